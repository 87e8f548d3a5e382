#include "dialogs/newfiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace amtsdesk::ui {

NewFileDialog::NewFileDialog(const QString &planKey, const QString &planTitle, QWidget *parent)
    : QDialog(parent), m_planKey(planKey), m_subject(new QLineEdit), m_confidentiality(new QComboBox),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New file"));
    m_subject->setMaxLength(500);
    m_subject->setMinimumWidth(360);
    m_confidentiality->addItem(tr("Open"), QStringLiteral("offen"));
    m_confidentiality->addItem(QStringLiteral("VS-NfD"), QStringLiteral("VS-NfD"));
    m_confidentiality->setToolTip(tr("Higher levels (Vertraulich and above) belong in approved systems, not in Amtsdesk."));
    auto *form = new QFormLayout;
    form->addRow(tr("File plan unit:"), new QLabel(QStringLiteral("%1 %2").arg(planKey, planTitle)));
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Confidentiality:"), m_confidentiality);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create file"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_subject, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
}

NewFile NewFileDialog::file() const
{
    NewFile f;
    f.planKey = m_planKey;
    f.subject = m_subject->text().trimmed();
    f.confidentialityText = m_confidentiality->currentData().toString();
    return f;
}

} // namespace amtsdesk::ui
