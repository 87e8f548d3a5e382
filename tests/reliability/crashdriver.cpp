// The crash driver of the reliability tests: on the store it is given, a seeded random sequence
// of real operations through core (imports of generated PDFs and text files, files, cases,
// versions, notes, resubmissions, case workflow steps, refiling, invoice intake and routing),
// each reported on standard output as soon as it committed (the lines are listed in
// workload.h). The tests kill it at random moments and check what it reported. A test
// executable, so that amtsdesk-cli carries no test hooks.
//   amtsdesk_crashdriver init STORE                          a new store with people and a file plan
//   amtsdesk_crashdriver run STORE SEED [OPERATIONS] [TAG]   OPERATIONS (default 1000), then exit 0
#include "workload.h"

#include "access/accessservice.h"
#include "common/application.h"
#include "efile/batchimport.h"
#include "efile/documentindexer.h"
#include "efile/documentservice.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "efile/resubmissions.h"
#include "invoice/inbox/invoiceinbox.h"
#include "pdf/workerclient.h"
#include "store/database.h"
#include "support/invoicefixtures.h"
#include "support/pdfbytes.h"
#include "workflow/workflowengine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>
#include <random>

using namespace amtsdesk;
using namespace reliability;

namespace {

enum class Outcome { Done, Skipped, Failed };

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

const char *const kWords[] = {"Antrag",         "Bescheid",   "Gebuehr",  "Widerspruch", "Anhoerung",     "Frist",
                              "Baugenehmigung", "Gewerbe",    "Auflage",  "Pruefung",    "Stellungnahme", "Akte",
                              "Vermerk",        "Zustellung", "Rechnung", "Landkreis",   "Ordnungsamt",   "Erlass"};

class Driver {
public:
    Driver(Database &db, quint64 seed, QString tag, QString workDir)
        : m_db(db), m_rng(seed), m_seed(seed), m_tag(std::move(tag)), m_work(std::move(workDir))
    {
    }

    int run(int operations);

private:
    using Op = Outcome (Driver::*)();
    Outcome createFile();
    Outcome createCase();
    Outcome importDocuments();
    Outcome addVersion();
    Outcome addNote();
    Outcome addResubmission();
    Outcome finishResubmission();
    Outcome takeStep();
    Outcome refile();
    Outcome receiveInvoice();
    Outcome routeInvoice();

    Outcome fail(const char *op, const QString &message)
    {
        std::fprintf(stderr, "failed %s: %s\n", op, qPrintable(message));
        std::fflush(stderr);
        return Outcome::Failed;
    }
    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    QList<qint64> ids(const QString &sql, const QVariantList &params = {}) const;
    QByteArray text(int lines);
    // Writes bytes to a new file of the work folder and returns its path.
    QString put(const QString &suffix, const QByteArray &bytes);
    static QString sha(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    Database &m_db;
    std::mt19937_64 m_rng;
    quint64 m_seed;
    QString m_tag;
    QString m_work;
    int m_counter = 0;
    Actor m_admin, m_clerk, m_signer;
    PdfWorker m_worker;
};

QList<qint64> Driver::ids(const QString &sql, const QVariantList &params) const
{
    QList<qint64> result;
    if (auto q = m_db.exec(sql, params); q) {
        while (q->next())
            result << q->value(0).toLongLong();
    }
    return result;
}

QByteArray Driver::text(int lines)
{
    QByteArray out = QStringLiteral("crashdriver %1 %2 %3").arg(m_tag).arg(m_seed).arg(++m_counter).toUtf8();
    for (int l = 0; l < lines; ++l) {
        out += '\n';
        for (int w = 0; w < 8; ++w)
            out += QByteArray(kWords[pick(int(std::size(kWords)))]) + ' ';
    }
    return out;
}

QString Driver::put(const QString &suffix, const QByteArray &bytes)
{
    const QString path = QDir(m_work).filePath(QStringLiteral("%1-%2.%3").arg(m_tag).arg(++m_counter).arg(suffix));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

int Driver::run(int operations)
{
    AccessService access(m_db);
    auto admin = access.actorForLogin(QStringLiteral("admin"));
    auto clerk = access.actorForLogin(kClerk);
    auto signer = access.actorForLogin(kSigner);
    if (!admin || !clerk || !signer) {
        fail("start", QStringLiteral("the store was not set up by 'init'"));
        return 1;
    }
    m_admin = *admin;
    m_clerk = *clerk;
    m_signer = *signer;

    // What a killed run left unindexed is indexed first: the work simply goes on.
    auto indexed = DocumentIndexer(m_db, &m_worker).indexPending();
    if (!indexed) {
        fail("index", indexed.error().message);
        return 1;
    }
    if (!indexed->isEmpty())
        say(QStringLiteral("committed indexed %1").arg(indexed->size()));
    say(QStringLiteral("ready"));

    const QList<QPair<int, Op>> ops{
        {22, &Driver::importDocuments}, {20, &Driver::takeStep},          {12, &Driver::addNote},
        {8, &Driver::createCase},       {8, &Driver::addVersion},         {7, &Driver::receiveInvoice},
        {6, &Driver::addResubmission},  {3, &Driver::finishResubmission}, {4, &Driver::routeInvoice},
        {4, &Driver::refile},           {3, &Driver::createFile}};
    int total = 0;
    for (const auto &op : ops)
        total += op.first;
    for (int i = 0; i < operations; ++i) {
        int roll = pick(total);
        for (const auto &[weight, op] : ops) {
            if (roll >= weight) {
                roll -= weight;
                continue;
            }
            if ((this->*op)() == Outcome::Failed)
                return 1;
            break;
        }
    }
    return 0;
}

Outcome Driver::createFile()
{
    NewFile nf;
    nf.planKey = kPlanLeaves.at(pick(2));
    nf.subject = QStringLiteral("Akte %1-%2 %3").arg(m_tag).arg(++m_counter).arg(QLatin1String(kWords[pick(6)]));
    FileService files(m_db);
    auto id = files.createFile(m_clerk, nf);
    if (!id)
        return fail("file", id.error().message);
    auto file = files.loadFile(*id);
    say(QStringLiteral("committed file %1 %2").arg(id->value).arg(file ? file->referenceNumber : QString()));
    return Outcome::Done;
}

Outcome Driver::createCase()
{
    const QList<qint64> files = ids(QStringLiteral("SELECT id FROM files ORDER BY id"));
    if (files.isEmpty())
        return createFile();
    const FileId file(files.at(pick(int(files.size()))));
    auto id = FileService(m_db).createCase(m_clerk, file, QStringLiteral("Vorgang %1-%2").arg(m_tag).arg(++m_counter));
    if (!id)
        return fail("case", id.error().message);
    say(QStringLiteral("committed case %1 %2").arg(id->value).arg(file.value));
    return Outcome::Done;
}

Outcome Driver::importDocuments()
{
    const QList<qint64> cases = ids(QStringLiteral("SELECT id FROM cases ORDER BY id"));
    if (cases.isEmpty())
        return createCase();
    const CaseId target(cases.at(pick(int(cases.size()))));
    QStringList paths;
    QHash<QString, QString> hashes;
    for (int n = 1 + pick(3); n > 0; --n) {
        // A third are PDFs, read by the worker process; the rest text files, read here.
        const bool pdf = pick(3) == 0;
        const QByteArray content = text(2 + pick(6));
        const QByteArray bytes = pdf ? textPdf(content.split('\n')) : content;
        const QString path = put(pdf ? QStringLiteral("pdf") : QStringLiteral("txt"), bytes);
        if (path.isEmpty())
            return fail("import", QStringLiteral("cannot write into %1").arg(m_work));
        paths << path;
        hashes.insert(path, sha(bytes));
    }
    const ImportSummary summary = BatchImport(m_db, m_worker).run(m_clerk, target, paths);
    for (const ImportItem &item : summary.added)
        say(QStringLiteral("committed document %1 %2 %3")
                .arg(item.document.value)
                .arg(target.value)
                .arg(hashes.value(item.path)));
    if (!summary.failed.isEmpty())
        return fail("import", summary.failed.first().message);
    if (!summary.duplicates.isEmpty())
        return fail("import", QStringLiteral("new content was taken for a duplicate"));
    return Outcome::Done;
}

Outcome Driver::addVersion()
{
    const QList<qint64> documents = ids(QStringLiteral("SELECT id FROM documents ORDER BY id"));
    if (documents.isEmpty())
        return importDocuments();
    const DocumentId document(documents.at(pick(int(documents.size()))));
    const QByteArray bytes = text(3);
    const QString path = put(QStringLiteral("txt"), bytes);
    auto version = DocumentService(m_db).addVersion(m_clerk, document, path, QStringLiteral("corrected"));
    if (!version)
        return fail("version", version.error().message);
    say(QStringLiteral("committed version %1 %2 %3").arg(version->value).arg(document.value).arg(sha(bytes)));
    if (auto indexed = DocumentIndexer(m_db, &m_worker).indexVersion(*version); !indexed)
        return fail("version", indexed.error().message);
    return Outcome::Done;
}

Outcome Driver::addNote()
{
    const bool onDocument = pick(2) == 0;
    const QList<qint64> targets = ids(onDocument ? QStringLiteral("SELECT id FROM documents ORDER BY id")
                                                 : QStringLiteral("SELECT id FROM cases ORDER BY id"));
    if (targets.isEmpty())
        return Outcome::Skipped;
    const qint64 target = targets.at(pick(int(targets.size())));
    const QString type = onDocument ? QStringLiteral("document") : QStringLiteral("case");
    auto id = DocumentService(m_db).addNote(m_clerk, type, target, QString::fromUtf8(text(1)));
    if (!id)
        return fail("note", id.error().message);
    say(QStringLiteral("committed note %1 %2 %3").arg(*id).arg(type).arg(target));
    return Outcome::Done;
}

Outcome Driver::addResubmission()
{
    const QList<qint64> cases = ids(QStringLiteral("SELECT id FROM cases ORDER BY id"));
    if (cases.isEmpty())
        return Outcome::Skipped;
    const CaseId target(cases.at(pick(int(cases.size()))));
    auto id = Resubmissions(m_db).add(m_clerk, target, QDate(2031, 1, 1).addDays(pick(300)),
                                      QStringLiteral("Wiedervorlage %1").arg(++m_counter));
    if (!id)
        return fail("resubmission", id.error().message);
    say(QStringLiteral("committed resubmission %1 %2").arg(*id).arg(target.value));
    return Outcome::Done;
}

Outcome Driver::finishResubmission()
{
    const QList<qint64> open =
        ids(QStringLiteral("SELECT id FROM resubmissions WHERE done_at IS NULL AND user_id = ? ORDER BY id"),
            {m_clerk.userId.value});
    if (open.isEmpty())
        return Outcome::Skipped;
    const qint64 id = open.at(pick(int(open.size())));
    const QList<qint64> caseOf = ids(QStringLiteral("SELECT case_id FROM resubmissions WHERE id = ?"), {id});
    if (Status s = Resubmissions(m_db).markDone(m_clerk, id); !s)
        return fail("resubmission-done", s.error().message);
    say(QStringLiteral("committed resubmission-done %1 %2").arg(id).arg(caseOf.value(0)));
    return Outcome::Done;
}

Outcome Driver::takeStep()
{
    const QList<qint64> items =
        ids(QStringLiteral("SELECT id FROM workflow_items WHERE item_type = 'case' AND is_open = 1 ORDER BY id"));
    if (items.isEmpty())
        return Outcome::Skipped;
    const WorkflowItemId id(items.at(pick(int(items.size()))));
    WorkflowEngine engine(m_db);
    auto item = engine.item(id);
    if (!item)
        return fail("step", item.error().message);
    QList<Actor> people{m_clerk, m_signer};
    if (pick(2) == 0)
        people.swapItemsAt(0, 1);
    for (const Actor &actor : people) {
        auto available = engine.available(actor, *item);
        if (!available)
            return fail("step", available.error().message);
        if (available->isEmpty())
            continue;
        const WorkflowTransition t = available->at(pick(int(available->size())));
        TransitionRequest request;
        request.transition = t.key;
        request.comment = QStringLiteral("Schritt %1").arg(++m_counter);
        request.expectedRowVersion = item->rowVersion;
        for (const QString &field : t.requiredFields)
            request.fields.insert(field, QStringLiteral("2031-06-01"));
        auto moved = engine.take(actor, id, request);
        if (!moved) {
            // With two processes, the other may have moved the item first.
            auto now = engine.item(id);
            if (moved.error().code == ErrorCode::Conflict && now && now->rowVersion != item->rowVersion) {
                say(QStringLiteral("lost step %1 %2: %3").arg(id.value).arg(t.key, moved.error().message));
                return Outcome::Done;
            }
            return fail("step", moved.error().message);
        }
        say(QStringLiteral("committed step %1 %2 %3").arg(id.value).arg(t.key, moved->state));
        return Outcome::Done;
    }
    return Outcome::Skipped;
}

Outcome Driver::refile()
{
    const QList<qint64> files = ids(QStringLiteral("SELECT id FROM files ORDER BY id"));
    if (files.isEmpty())
        return Outcome::Skipped;
    const FileId id(files.at(pick(int(files.size()))));
    FileService service(m_db);
    auto file = service.loadFile(id);
    if (!file)
        return fail("refile", file.error().message);
    QStringList others = kPlanLeaves;
    others.removeAll(file->planKey);
    const QString key = others.at(pick(int(others.size())));
    if (Status s = service.refile(m_clerk, id, key); !s) {
        // Refused where the other unit has a file of the same number (FileService::refile).
        if (s.error().code == ErrorCode::Conflict) {
            say(QStringLiteral("refused refile %1 %2: %3").arg(id.value).arg(key, s.error().message));
            return Outcome::Done;
        }
        return fail("refile", s.error().message);
    }
    say(QStringLiteral("committed refile %1 %2").arg(id.value).arg(key));
    return Outcome::Done;
}

Outcome Driver::receiveInvoice()
{
    InvoiceDraft d = sampleInvoiceDraft(QStringLiteral("CD-%1-%2-%3").arg(m_tag).arg(m_seed).arg(++m_counter),
                                        pick(2) == 0 ? kRoutedLeitwegId : kUnknownLeitwegId);
    d.issueDate = QDate::currentDate().addDays(-pick(20));
    auto bytes = InvoiceWriter::write(d);
    if (!bytes)
        return fail("invoice", bytes.error().message);
    const QString path = put(QStringLiteral("xml"), *bytes);
    auto taken = InvoiceInbox(m_db).importFile(m_admin, path, InvoiceChannel::Cli, &m_worker);
    if (!taken)
        return fail("invoice", taken.error().message);
    say(QStringLiteral("committed invoice %1 %2").arg(taken->id.value).arg(d.number));
    return Outcome::Done;
}

Outcome Driver::routeInvoice()
{
    const QList<qint64> waiting =
        ids(QStringLiteral("SELECT v.id FROM invoices v JOIN workflow_items w ON w.id = v.workflow_item_id "
                           "WHERE w.department_id IS NULL AND w.is_open = 1 ORDER BY v.id"));
    if (waiting.isEmpty())
        return Outcome::Skipped;
    const InvoiceId id(waiting.at(pick(int(waiting.size()))));
    if (Status s = InvoiceInbox(m_db).route(m_admin, id, kDepartment); !s) {
        if (s.error().code == ErrorCode::Conflict) {
            say(QStringLiteral("lost route %1: %2").arg(id.value).arg(s.error().message));
            return Outcome::Done;
        }
        return fail("route", s.error().message);
    }
    say(QStringLiteral("committed route %1 %2").arg(id.value).arg(kDepartment));
    return Outcome::Done;
}

// A new store: the administrator, a department with a clerk and a signatory, a file plan with
// two units to file under, a Leitweg-ID routed to the department, and one file with one case.
int init(const QString &path)
{
    auto created = Database::create(path, StoreKind::Test);
    if (!created) {
        std::fprintf(stderr, "failed init: %s\n", qPrintable(created.error().message));
        return 1;
    }
    Database &db = **created;
    AccessService access(db);
    QStringList problems;
    auto check = [&](const auto &result) {
        if (!result)
            problems << result.error().message;
    };
    check(access.bootstrap(QStringLiteral("admin"), QStringLiteral("Ada Admin")));
    const Actor admin = access.actorForLogin(QStringLiteral("admin")).value();
    check(access.createDepartment(admin, kDepartment, QStringLiteral("Ordnungsamt")));
    for (const auto &[login, roles] :
         {std::pair{kClerk, QList<Role>{Role::Clerk}}, std::pair{kSigner, QList<Role>{Role::Clerk, Role::Signatory}}}) {
        auto user = access.createUser(admin, NewUser{login, login, {}, kDepartment});
        check(user);
        for (Role role : roles)
            check(user ? access.grantRole(admin, *user, role) : Status());
    }
    FilePlan plan(db);
    check(
        plan.addUnit(admin, PlanUnit{{}, QStringLiteral("1"), QStringLiteral("Ordnung"), {}, {}, {}, kDepartment, 10}));
    check(plan.addUnit(
        admin,
        PlanUnit{
            {}, QStringLiteral("10"), QStringLiteral("Ordnungsrecht"), {}, QStringLiteral("1"), {}, kDepartment, 10}));
    for (const QString &leaf : kPlanLeaves)
        check(plan.addUnit(
            admin, PlanUnit{{}, leaf, QStringLiteral("Unit ") + leaf, {}, QStringLiteral("10"), {}, kDepartment, 10}));
    check(InvoiceInbox(db).setRoute(admin, kRoutedLeitwegId, kDepartment));
    const Actor clerk = access.actorForLogin(kClerk).value();
    NewFile nf;
    nf.planKey = kPlanLeaves.first();
    nf.subject = QStringLiteral("Gewerbeaufsicht");
    auto file = FileService(db).createFile(clerk, nf);
    check(file);
    if (file)
        check(FileService(db).createCase(clerk, *file, QStringLiteral("Erster Vorgang")));
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "failed init: %s\n", qPrintable(problems.join(QStringLiteral("; "))));
        return 1;
    }
    say(QStringLiteral("ready"));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
#ifdef AMTSDESK_WORKER_BUILT
    if (qEnvironmentVariableIsEmpty("AMTSDESK_WORKER"))
        qputenv("AMTSDESK_WORKER", AMTSDESK_WORKER_BUILT);
#endif
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    Application::setIdentity();
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.at(0) == QLatin1String("init"))
        return init(args.at(1));
    if (args.size() < 3 || args.size() > 5 || args.at(0) != QLatin1String("run")) {
        std::fprintf(stderr, "usage: amtsdesk_crashdriver init STORE | run STORE SEED [OPERATIONS] [TAG]\n");
        return 2;
    }
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "failed open: %s\n", qPrintable(db.error().message));
        return 1;
    }
    const QString tag = args.value(4, QStringLiteral("d"));
    // Files to import are written next to the store, in a folder of this tag emptied first
    // (a killed run cannot clean up after itself).
    const QString work = args.at(1) + QStringLiteral(".driver-") + tag;
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    Driver driver(**db, args.at(2).toULongLong(), tag, work);
    return driver.run(args.size() > 3 ? args.at(3).toInt() : 1000);
}
