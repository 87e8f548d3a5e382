#include "pages/auditlogpage.h"

#include "models/auditlogmodel.h"
#include "pages/recordlists.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace amtsdesk::ui {

AuditLogPage::AuditLogPage(Session &session, QWidget *parent)
    : QWidget(parent), m_model(new AuditLogModel(*session.db, session.actor, this)), m_view(new QTableView)
{
    auto *title = new QLabel(tr("<h2>Audit trail</h2>Every change in the store, newest first. Entries cannot be changed; "
                                "each carries the hash of the one before it."));
    title->setWordWrap(true);
    auto *reload = new QPushButton(tr("&Reload"));
    setUpListView(m_view, m_model);
    // As wide as the longest time the locale writes (measuring the rows would read them all).
    const QString longest =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat);
    m_view->setColumnWidth(AuditLogModel::Time, m_view->fontMetrics().horizontalAdvance(longest) + 24);
    m_view->setColumnWidth(AuditLogModel::Person, 180);
    m_view->setColumnWidth(AuditLogModel::Action, 170);
    m_view->setColumnWidth(AuditLogModel::Object, 120);
    m_view->setColumnWidth(AuditLogModel::Details, 360);

    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(reload, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(reload, &QPushButton::clicked, this, &AuditLogPage::reload);
}

void AuditLogPage::reload()
{
    m_model->reload();
}

} // namespace amtsdesk::ui
