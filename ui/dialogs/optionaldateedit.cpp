#include "dialogs/optionaldateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace amtsdesk::ui {

OptionalDateEdit::OptionalDateEdit(QDate proposal, QWidget *parent)
    : QWidget(parent), m_set(new QCheckBox), m_date(new QDateEdit(proposal))
{
    m_date->setCalendarPopup(true);
    m_date->setEnabled(false);
    m_set->setToolTip(tr("Tick to enter a date"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_set);
    layout->addWidget(m_date, 1);
    connect(m_set, &QCheckBox::toggled, m_date, &QDateEdit::setEnabled);
    setFocusProxy(m_set);
}

QDate OptionalDateEdit::date() const
{
    return m_set->isChecked() ? m_date->date() : QDate();
}

void OptionalDateEdit::setDate(QDate date)
{
    m_set->setChecked(date.isValid());
    if (date.isValid())
        m_date->setDate(date);
}

void OptionalDateEdit::setAccessibleName(const QString &name)
{
    m_set->setAccessibleName(name);
    m_date->setAccessibleName(name);
}

} // namespace amtsdesk::ui
