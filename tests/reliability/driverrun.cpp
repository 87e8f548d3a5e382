#include "driverrun.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "efile/documentservice.h"
#include "efile/fileservice.h"
#include "efile/resubmissions.h"
#include "invoice/inbox/invoiceinbox.h"
#include "maintenance/storeverifier.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "workflow/workflowengine.h"

#include <catch2/catch.hpp>

#include <QJsonObject>
#include <QProcessEnvironment>

#include <algorithm>

using namespace amtsdesk;

namespace reliability {

namespace {

std::unique_ptr<QProcess> start(const QString &program, const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p->setProcessEnvironment(env);
    p->start(program, args);
    return p;
}

// Whether wanted appears in have in the same order (others may lie between).
bool inOrder(const QStringList &wanted, const QStringList &have)
{
    qsizetype at = 0;
    for (const QString &w : wanted) {
        at = have.indexOf(w, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

} // namespace

std::unique_ptr<QProcess> startDriver(const QStringList &args)
{
    return start(QStringLiteral(AMTSDESK_CRASHDRIVER), args);
}

std::unique_ptr<QProcess> startCli(const QStringList &args)
{
    return start(QStringLiteral(AMTSDESK_CLI), args);
}

Finished finish(QProcess &process, int timeoutMs)
{
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    Finished f;
    f.crashed = process.exitStatus() != QProcess::NormalExit;
    f.exitCode = f.crashed ? -1 : process.exitCode();
    f.out = process.readAllStandardOutput();
    f.err = QString::fromUtf8(process.readAllStandardError());
    return f;
}

QString initStore(const QString &path)
{
    auto p = startDriver({QStringLiteral("init"), path});
    const Finished f = finish(*p);
    if (f.crashed || f.exitCode != 0 || !f.out.contains("ready"))
        return f.err.isEmpty() ? QStringLiteral("the driver's init ended with %1").arg(f.exitCode) : f.err;
    return {};
}

std::unique_ptr<Database> requireWhole(const QString &path, const QList<QList<Committed>> &sequences)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
    const VerifyReport report = StoreVerifier::run(**db);
    INFO(report.describe().join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    QStringList missing;
    for (const QList<Committed> &ops : sequences)
        missing += missingCommitted(**db, ops);
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    REQUIRE(missing.isEmpty());
    return std::move(*db);
}

qint64 envNumber(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? value : fallback;
}

QStringList missingCommitted(Database &db, const QList<Committed> &ops)
{
    QStringList missing;
    AccessService access(db);
    const auto clerk = access.actorForLogin(kClerk);
    const auto admin = access.actorForLogin(QStringLiteral("admin"));
    if (!clerk || !admin)
        return {QStringLiteral("the driver's people are not in the store")};
    FileService files(db);
    DocumentService documents(db);
    InvoiceInbox inbox(db);
    QMap<qint64, QStringList> steps;     // item → "transition state", as reported
    QMap<qint64, QStringList> refilings; // file → plan keys, as reported
    for (const Committed &op : ops) {
        const QStringList &a = op.args;
        auto number = [&](int i) { return a.value(i).toLongLong(); };
        bool there = false;
        if (op.op == QLatin1String("file")) {
            auto f = files.file(*clerk, FileId(number(0)));
            there = f && f->referenceNumber == a.value(1);
        } else if (op.op == QLatin1String("case")) {
            auto c = files.caseById(*clerk, CaseId(number(0)));
            there = c && c->file.value == number(1);
        } else if (op.op == QLatin1String("document")) {
            auto d = documents.document(*clerk, DocumentId(number(0)));
            auto v = documents.versions(*clerk, DocumentId(number(0)));
            there = d && d->caseId.value == number(1) && v && !v->isEmpty() && v->first().blobHash == a.value(2) &&
                    BlobStore(db).exists(a.value(2));
        } else if (op.op == QLatin1String("version")) {
            auto v = documents.versions(*clerk, DocumentId(number(1)));
            there = v && std::any_of(v->cbegin(), v->cend(), [&](const DocumentVersion &version) {
                        return version.id.value == number(0) && version.blobHash == a.value(2);
                    });
        } else if (op.op == QLatin1String("note")) {
            auto n = documents.notes(*clerk, a.value(1), number(2));
            there = n && std::any_of(n->cbegin(), n->cend(), [&](const Note &note) { return note.id == number(0); });
        } else if (op.op == QLatin1String("resubmission") || op.op == QLatin1String("resubmission-done")) {
            auto r = Resubmissions(db).forCase(*clerk, CaseId(number(1)));
            const bool done = op.op == QLatin1String("resubmission-done");
            there = r && std::any_of(r->cbegin(), r->cend(), [&](const Resubmission &resubmission) {
                        return resubmission.id == number(0) && (!done || resubmission.done);
                    });
        } else if (op.op == QLatin1String("invoice")) {
            auto i = inbox.invoice(*admin, InvoiceId(number(0)));
            there = i && i->number == a.value(1);
        } else if (op.op == QLatin1String("route")) {
            auto i = inbox.invoice(*admin, InvoiceId(number(0)));
            there = i && i->departmentCode == a.value(1);
        } else if (op.op == QLatin1String("step")) {
            steps[number(0)] << a.value(1) + QLatin1Char(' ') + a.value(2);
            there = true;
        } else if (op.op == QLatin1String("refile")) {
            refilings[number(0)] << a.value(1);
            there = true;
        } else if (op.op == QLatin1String("indexed")) {
            there = true; // the pending versions are checked by the tests themselves
        }
        if (!there)
            missing << QStringLiteral("not in the store: %1").arg(op.line);
    }
    WorkflowEngine engine(db);
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        auto history = engine.history(WorkflowItemId(it.key()));
        QStringList taken;
        if (history) {
            for (const WorkflowHistoryEntry &e : *history)
                taken << e.transition + QLatin1Char(' ') + e.toState;
        }
        if (!inOrder(it.value(), taken))
            missing << QStringLiteral("workflow item %1: reported %2, history holds %3")
                           .arg(it.key())
                           .arg(it.value().join(QStringLiteral(", ")), taken.join(QStringLiteral(", ")));
    }
    for (auto it = refilings.cbegin(); it != refilings.cend(); ++it) {
        auto file = files.loadFile(FileId(it.key()));
        auto entries = file ? AuditLog(db).page({}, 1000000, QStringLiteral("file"), file->referenceNumber)
                            : Result<QList<AuditEntry>>(file.error());
        QStringList keys;
        if (entries) {
            for (auto e = entries->crbegin(); e != entries->crend(); ++e) {
                if (e->action == QLatin1String("file.refiled"))
                    keys << e->details.value(QStringLiteral("plan")).toObject().value(QStringLiteral("new")).toString();
            }
        }
        if (!inOrder(it.value(), keys))
            missing << QStringLiteral("file %1: refiled to %2 as reported, the audit trail holds %3")
                           .arg(it.key())
                           .arg(it.value().join(QStringLiteral(", ")), keys.join(QStringLiteral(", ")));
    }
    return missing;
}

} // namespace reliability
