#include "pages/startpage.h"

#include "background.h"
#include "dialogs/backupdialog.h"
#include "dialogs/messagebox.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "maintenance/backupschedule.h"
#include "maintenance/storeverifier.h"

#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace amtsdesk::ui {

namespace {
QLabel *wrappingLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

StartPage::StartPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_greeting(new QLabel), m_person(wrappingLabel()),
      m_deputies(wrappingLabel()), m_store(wrappingLabel()), m_verifyResult(wrappingLabel()),
      m_verifyButton(new QPushButton(tr("&Check store"))), m_backup(wrappingLabel()),
      m_backupSettingsButton(new QPushButton(tr("Backup &settings…"))),
      m_backupNowButton(new QPushButton(tr("&Back up now")))
{
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_greeting->setFont(big);

    auto *personBox = new QGroupBox(tr("You in Amtsdesk"));
    auto *personLayout = new QVBoxLayout(personBox);
    personLayout->addWidget(m_person);
    personLayout->addWidget(m_deputies);

    auto *storeBox = new QGroupBox(tr("Store"));
    auto *storeLayout = new QVBoxLayout(storeBox);
    storeLayout->addWidget(m_store);
    auto *verifyRow = new QHBoxLayout;
    m_verifyButton->setToolTip(tr("Checks the database, the whole audit trail and every stored document's hash"));
    verifyRow->addWidget(m_verifyButton);
    verifyRow->addWidget(m_verifyResult, 1);
    storeLayout->addLayout(verifyRow);

    auto *backupBox = new QGroupBox(tr("Backups"));
    auto *backupLayout = new QVBoxLayout(backupBox);
    backupLayout->addWidget(m_backup);
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupSettingsButton);
    backupRow->addWidget(m_backupNowButton);
    backupRow->addStretch(1);
    backupLayout->addLayout(backupRow);
    const bool admin = m_session.actor.hasRole(Role::Administrator);
    m_backupSettingsButton->setVisible(admin);
    m_backupNowButton->setVisible(admin);
    m_backupNowButton->setToolTip(tr("Makes a backup into the folder of the scheduled backup now"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_greeting);
    layout->addWidget(personBox);
    layout->addWidget(storeBox);
    layout->addWidget(backupBox);
    layout->addStretch(1);

    connect(m_verifyButton, &QPushButton::clicked, this, &StartPage::verifyStore);
    connect(m_backupSettingsButton, &QPushButton::clicked, this, &StartPage::editBackupPlan);
    connect(m_backupNowButton, &QPushButton::clicked, this, &StartPage::backupRequested);
    refresh();
}

void StartPage::refresh()
{
    const Actor &actor = m_session.actor;
    const int hour = QTime::currentTime().hour();
    const QString salutation = hour < 11 ? tr("Good morning, %1") : hour < 18 ? tr("Good day, %1") : tr("Good evening, %1");
    m_greeting->setText(salutation.arg(actor.displayName));

    AccessService access(*m_session.db);
    QStringList lines;
    if (auto user = access.user(actor.userId); user) {
        QString department = tr("no department");
        if (auto departments = access.departments(); departments) {
            for (const Department &d : *departments) {
                if (d.id == user->department)
                    department = QStringLiteral("%1 %2").arg(d.code, d.name);
            }
        }
        QStringList roles;
        for (Role role : user->roles)
            roles << Roles::displayName(role);
        lines << tr("Login: %1").arg(user->login.toHtmlEscaped())
              << tr("Department: %1").arg(department.toHtmlEscaped())
              << tr("Roles: %1").arg(roles.isEmpty() ? tr("none yet; ask an administrator") : roles.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_person->setText(lines.join(QStringLiteral("<br>")));

    QStringList deputies;
    const QLocale locale;
    if (auto list = access.deputyships(actor.userId, m_session.db->clock().today()); list) {
        for (const Deputyship &d : *list) {
            const QString from = locale.toString(d.from, QLocale::ShortFormat);
            const QString until = locale.toString(d.until, QLocale::ShortFormat);
            deputies << (d.deputy == actor.userId ? tr("You stand in for %1 from %2 to %3.").arg(d.principalName, from, until)
                                                  : tr("%1 stands in for you from %2 to %3.").arg(d.deputyName, from, until))
                            .toHtmlEscaped();
        }
    }
    m_deputies->setText(deputies.isEmpty() ? tr("No deputyships (Vertretungen) now or planned.") : deputies.join(QStringLiteral("<br>")));

    QStringList store;
    store << tr("File: %1").arg(QDir::toNativeSeparators(m_session.db->path()).toHtmlEscaped())
          << tr("Location: %1").arg(m_session.location.describe());
    switch (m_session.db->kind()) {
    case StoreKind::Demo: store << tr("<b>Demo store</b>: invented data of the Landkreis Musterfeld, for trying things out."); break;
    case StoreKind::Test: store << tr("<b>Test store</b>"); break;
    case StoreKind::Production: break;
    }
    const QString shown = store.join(QStringLiteral("<br>"));
    m_store->setText(shown);
    // Counting a long audit trail reads all of it: on a worker, added when done.
    runInBackground<qint64>(
        this, *m_session.db, [](Database &db) { return AuditLog(db).count(); },
        [this, shown](Result<qint64> entries) {
            if (entries)
                m_store->setText(shown + QStringLiteral("<br>") +
                                 tr("Audit trail: %1 entries").arg(QLocale().toString(*entries)));
        });
    showBackupState();
}

QString StartPage::backupText() const
{
    return m_backup->text();
}

void StartPage::setBackupRunning(bool running)
{
    m_backupRunning = running;
    showBackupState();
}

void StartPage::showBackupState()
{
    BackupSchedule schedule(*m_session.db);
    const BackupPlan plan = schedule.plan();
    const BackupRun last = schedule.lastRun();
    const QLocale locale;
    const auto when = [&](const QDateTime &utc) { return locale.toString(utc.toLocalTime(), QLocale::ShortFormat); };
    QStringList lines;
    if (!plan.enabled()) {
        lines << (m_session.actor.hasRole(Role::Administrator)
                      ? tr("No scheduled backup is set up. Set one up with \"Backup settings…\".")
                      : tr("No scheduled backup is set up; your administrator can set one up."));
    } else {
        const QString often = plan.intervalHours == 24        ? tr("daily")
                              : plan.intervalHours == 24 * 7 ? tr("weekly")
                                                              : tr("every %n hour(s)", nullptr, plan.intervalHours);
        lines << tr("Scheduled backup %1 into %2; the newest %3 are kept.")
                     .arg(often, QDir::toNativeSeparators(plan.folder).toHtmlEscaped())
                     .arg(plan.keep);
    }
    if (m_backupRunning)
        lines << tr("<b>A backup is being made…</b>");
    if (!last.at.isValid()) {
        lines << tr("No backup has been made yet.");
    } else if (last.ok) {
        lines << QStringLiteral("<span style='color:#1b7a2f'>%1</span>")
                     .arg(tr("Last backup: %1, written and verified in %2.")
                              .arg(when(last.at), QDir::toNativeSeparators(last.message).toHtmlEscaped()));
    } else {
        QString reason = last.message.trimmed();
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        const QString failed = tr("The last backup failed on %1: %2.").arg(when(last.at), reason.toHtmlEscaped());
        const QString older = tr("Older backups were kept.") + QLatin1Char(' ') +
                              (last.lastSuccess.isValid()
                                   ? tr("The last good backup is from %1.").arg(when(last.lastSuccess))
                                   : tr("There is no good backup yet."));
        lines << QStringLiteral("<span style='color:#b00020'><b>%1</b><br>%2</span>").arg(failed, older);
    }
    m_backup->setText(lines.join(QStringLiteral("<br>")));
    m_backupNowButton->setEnabled(plan.enabled() && !m_backupRunning);
}

bool StartPage::editBackupPlan()
{
    BackupDialog dialog(BackupSchedule(*m_session.db).plan(), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (Status s = BackupSchedule(*m_session.db).setPlan(m_session.actor, dialog.plan()); !s) {
            MessageBox::critical(this, tr("Scheduled backup"), s.error().message);
            continue;
        }
        showBackupState();
        return true;
    }
    return false;
}

void StartPage::verifyStore()
{
    m_verifyButton->setEnabled(false);
    m_verifyResult->setText(tr("Checking…"));
    // The check reads every document; it runs on a worker with its own connection.
    runInBackground<VerifyReport>(
        this, *m_session.db, [](Database &db) -> Result<VerifyReport> { return StoreVerifier::run(db); },
        [this](Result<VerifyReport> report) {
            if (report)
                showVerification(report->ok(), report->describe());
            else
                showVerification(false, {report.error().message});
        });
}

void StartPage::showVerification(bool ok, const QStringList &lines)
{
    m_verifyButton->setEnabled(true);
    QStringList escaped;
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped();
    const QString colour = ok ? QStringLiteral("#1b7a2f") : QStringLiteral("#b00020");
    m_verifyResult->setText(QStringLiteral("<span style='color:%1'>%2</span>").arg(colour, escaped.join(QStringLiteral("<br>"))));
    emit verificationFinished(ok);
}

} // namespace amtsdesk::ui
