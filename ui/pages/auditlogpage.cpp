#include "pages/auditlogpage.h"

#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "models/auditlogmodel.h"
#include "pages/recordlists.h"

#include "audit/audithead.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace amtsdesk::ui {

AuditLogPage::AuditLogPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AuditLogModel(*session.db, session.actor, this)),
      m_view(new QTableView)
{
    auto *title = new QLabel(tr("<h2>Audit trail</h2>Every change in the store, newest first. Entries cannot be changed; "
                                "each carries the hash of the one before it."));
    title->setWordWrap(true);
    auto *reload = new QPushButton(tr("&Reload"));
    auto *exportHeadButton = new QPushButton(tr("&Export audit head…"));
    exportHeadButton->setToolTip(tr("Saves the hash of the newest entry, the number of entries and the time in a small "
                                    "file. Keep it away from the store: checked against it, a rewrite of the whole "
                                    "trail shows."));
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
    top->addWidget(exportHeadButton, 0, Qt::AlignBottom);
    top->addWidget(reload, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(reload, &QPushButton::clicked, this, &AuditLogPage::reload);
    connect(exportHeadButton, &QPushButton::clicked, this, &AuditLogPage::exportHead);
}

bool AuditLogPage::exportHead()
{
    auto head = AuditHead::of(*m_session.db);
    if (!head) {
        MessageBox::critical(this, tr("Export audit head"), head.error().message);
        return false;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("amtsdesk-audit-head-%1.txt")
                                                .arg(head->savedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = FileDialog::saveFileName(this, tr("Export audit head"), suggested, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return false;
    if (Status s = head->save(path); !s) {
        MessageBox::critical(this, tr("Export audit head"), s.error().message);
        return false;
    }
    MessageBox::information(this, tr("Export audit head"),
                            tr("The head of the audit trail (%n entries) is saved in %1. Keep the file away from the "
                               "store, for example with the backups; \"amtsdesk-cli verify --expect-head-file\" checks "
                               "the store against it.",
                               nullptr, int(head->entries))
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

void AuditLogPage::reload()
{
    m_model->reload();
}

} // namespace amtsdesk::ui
