#include "pages/startpage.h"

#include "background.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
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
      m_verifyButton(new QPushButton(tr("&Check store")))
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_greeting);
    layout->addWidget(personBox);
    layout->addWidget(storeBox);
    layout->addStretch(1);

    connect(m_verifyButton, &QPushButton::clicked, this, &StartPage::verifyStore);
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
