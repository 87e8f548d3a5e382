#include "support/teststore.h"

#include "audit/auditlog.h"
#include "efile/disposal.h"
#include "efile/documentservice.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "efile/resubmissions.h"
#include "maintenance/storeverifier.h"
#include "store/blobstore.h"
#include "tasks/standardtasks.h"
#include "workflow/workflowengine.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonObject>

using namespace amtsdesk;

namespace {

// A district office with a small file plan: 3 Ordnung → 32 Ordnungsrecht → 32.1 Gewerbe.
struct Office {
    Office()
    {
        admin = store.admin();
        AccessService access = store.access();
        REQUIRE(access.createDepartment(admin, QStringLiteral("32"), QStringLiteral("Sicherheit und Ordnung")).ok());
        REQUIRE(access.createDepartment(admin, QStringLiteral("51"), QStringLiteral("Jugend")).ok());
        FilePlan plan(store.db());
        REQUIRE(
            plan.addUnit(
                    admin,
                    PlanUnit{{}, QStringLiteral("3"), QStringLiteral("Ordnung"), {}, {}, {}, QStringLiteral("32"), 10})
                .ok());
        REQUIRE(plan.addUnit(admin, PlanUnit{{},
                                             QStringLiteral("32"),
                                             QStringLiteral("Ordnungsrecht"),
                                             {},
                                             QStringLiteral("3"),
                                             {},
                                             QStringLiteral("32"),
                                             10})
                    .ok());
        REQUIRE(plan.addUnit(admin, PlanUnit{{},
                                             QStringLiteral("32.1"),
                                             QStringLiteral("Gewerbeangelegenheiten"),
                                             {},
                                             QStringLiteral("32"),
                                             {},
                                             QStringLiteral("32"),
                                             5})
                    .ok());
        clerk = store.user(QStringLiteral("d.braun"), {Role::Clerk}, QStringLiteral("32"));
        signatory = store.user(QStringLiteral("c.krueger"), {Role::Signatory, Role::Clerk}, QStringLiteral("32"));
        outsider = store.user(QStringLiteral("n.werner"), {Role::Clerk}, QStringLiteral("51"));
    }

    FileId newFile(const QString &subject = QStringLiteral("Gaststätte Zum Löwen"), const QString &confidentiality = {})
    {
        NewFile nf;
        nf.planKey = QStringLiteral("32.1");
        nf.subject = subject;
        nf.confidentialityText = confidentiality;
        auto id = FileService(store.db()).createFile(clerk, nf);
        if (!id)
            FAIL(id.error().message.toStdString());
        return *id;
    }

    // 32.9 Sonstiges, beside 32.1.
    void addSecondUnit()
    {
        REQUIRE(FilePlan(store.db())
                    .addUnit(admin, PlanUnit{{},
                                             QStringLiteral("32.9"),
                                             QStringLiteral("Sonstiges"),
                                             {},
                                             QStringLiteral("32"),
                                             {},
                                             QStringLiteral("32"),
                                             5})
                    .ok());
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = store.dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    TestStore store;
    Actor admin, clerk, signatory, outsider;
};

} // namespace

TEST_CASE("the file plan: units, leaves, CSV import and export, all or nothing", "[efile]")
{
    Office office;
    FilePlan plan(office.store.db());
    REQUIRE_FALSE(plan.isLeaf(plan.unit(QStringLiteral("32"))->id).value());
    REQUIRE(plan.isLeaf(plan.unit(QStringLiteral("32.1"))->id).value());
    REQUIRE(plan.addUnit(office.clerk,
                         PlanUnit{{}, QStringLiteral("9"), QStringLiteral("X"), {}, {}, {}, QStringLiteral("32"), 1})
                .error()
                .code == ErrorCode::PermissionDenied);

    const QByteArray csv = "key,title,parent,department,retention_years\n"
                           "32.2,\"Waffen- und Sprengstoffrecht\",32,32,30\n"
                           "32.2.1,Waffenbesitzkarten,32.2,32,unbefristet\n"
                           "32.1,Gewerbe (neu),32,32,6\n";
    PlanImportReport report = plan.importCsv(office.admin, csv, QStringLiteral("plan.csv"));
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    REQUIRE(report.added == 2);
    REQUIRE(report.updated == 1);
    REQUIRE(plan.unit(QStringLiteral("32.2.1"))->retentionYears == std::nullopt);
    REQUIRE(plan.unit(QStringLiteral("32.1"))->title == QStringLiteral("Gewerbe (neu)"));

    // Units come in the order a person reads the plan: 32.10 after 32.2 and its children.
    REQUIRE(plan.addUnit(office.admin, PlanUnit{{}, QStringLiteral("32.10"), QStringLiteral("Jagdrecht"), {},
                                                QStringLiteral("32"), {}, QStringLiteral("32"), 10})
                .ok());
    QStringList keys;
    for (const PlanUnit &u : plan.units().value())
        if (u.key.startsWith(QStringLiteral("32")))
            keys << u.key;
    REQUIRE(keys == QStringList{QStringLiteral("32"), QStringLiteral("32.1"), QStringLiteral("32.2"),
                                QStringLiteral("32.2.1"), QStringLiteral("32.10")});
    REQUIRE(FilePlan::keyLess(QStringLiteral("9"), QStringLiteral("10")));
    REQUIRE_FALSE(FilePlan::keyLess(QStringLiteral("10"), QStringLiteral("9")));
    REQUIRE(FilePlan::keyLess(QStringLiteral("63"), QStringLiteral("63.1")));
    REQUIRE_FALSE(FilePlan::keyLess(QStringLiteral("63.1"), QStringLiteral("63.1")));
    REQUIRE(FilePlan::keyLess(QStringLiteral("7.9"), QStringLiteral("7.a")));

    // A bad row: nothing of the file is taken, and the message names the line.
    const QByteArray bad = "key;title;parent;department;retention_years\n"
                           "32.3;Fundsachen;32;32;5\n"
                           "32.4;Märkte;32;99;5\n"
                           "32.5;Verkehr;nirgends;32;zehn\n";
    report = plan.importCsv(office.admin, bad, QStringLiteral("bad.csv"));
    REQUIRE_FALSE(report.ok());
    REQUIRE(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("bad.csv, line 4")));
    REQUIRE_FALSE(plan.unit(QStringLiteral("32.3")).ok());
    report = plan.importCsv(office.admin, "key;title;parent;department;retention_years\n32.4;Märkte;32;99;5\n",
                            QStringLiteral("bad2.csv"));
    REQUIRE(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("99")));
    REQUIRE(plan.importCsv(office.admin, "titel,key\n", QStringLiteral("x.csv"))
                .problems.first()
                .contains(QStringLiteral("parent")));

    const QString exported = QString::fromUtf8(plan.exportCsv().value());
    REQUIRE(exported.startsWith(QStringLiteral("key,title,parent,department,retention_years\n")));
    REQUIRE(exported.contains(QStringLiteral("32.2.1,Waffenbesitzkarten,32.2,32,unbefristet\n")));
    // The export reads back unchanged.
    report = plan.importCsv(office.admin, exported.toUtf8(), QStringLiteral("export.csv"));
    REQUIRE(report.ok());
    REQUIRE(report.added + report.updated == 0);
}

TEST_CASE("files: reference numbers, confidentiality, departments", "[efile]")
{
    Office office;
    FileService files(office.store.db());
    const FileId first = office.newFile();
    const FileId second = office.newFile(QStringLiteral("Imbiss am Markt"));
    REQUIRE(files.file(office.clerk, first)->referenceNumber == QStringLiteral("32-32.1-0001/2026"));
    REQUIRE(files.file(office.clerk, second)->referenceNumber == QStringLiteral("32-32.1-0002/2026"));
    REQUIRE(files.file(office.clerk, first)->retentionYears == 5);
    REQUIRE(FileService::renderReferenceNumber(QStringLiteral("{oe}.1-{plan}-{nr:4}/{year}"), QStringLiteral("32"),
                                               QStringLiteral("2223.6"), 17,
                                               2026) == QStringLiteral("32.1-2223.6-0017/2026"));

    NewFile secret{QStringLiteral("32.1"), QStringLiteral("Verschlusssache"), {},
                   Confidentiality::Open,  QStringLiteral("VS-Vertraulich"),  {}};
    auto refused = files.createFile(office.clerk, secret);
    REQUIRE(refused.error().code == ErrorCode::InvalidInput);
    REQUIRE(refused.error().message.contains(QStringLiteral("VS-NfD")));
    secret.confidentialityText = QStringLiteral("Geheim");
    REQUIRE_FALSE(files.createFile(office.clerk, secret).ok());
    NewFile underParent{QStringLiteral("32"), QStringLiteral("Falsch abgelegt"), {}, Confidentiality::Open, {}, {}};
    REQUIRE(files.createFile(office.clerk, underParent).error().code == ErrorCode::InvalidInput);
    REQUIRE(files
                .createFile(office.outsider,
                            NewFile{QStringLiteral("32.1"), QStringLiteral("Fremd"), {}, Confidentiality::Open, {}, {}})
                .error()
                .code == ErrorCode::PermissionDenied);

    // Other departments see nothing of it, in lists neither.
    REQUIRE(files.file(office.outsider, first).error().code == ErrorCode::PermissionDenied);
    REQUIRE(files.files(office.outsider)->isEmpty());
    REQUIRE(files.files(office.clerk)->size() == 2);

    // A VS-NfD file: every view is audited.
    const FileId restricted = office.newFile(QStringLiteral("Personalsache"), QStringLiteral("VS-NfD"));
    AuditLog audit(office.store.db());
    const qint64 before = audit.count().value();
    REQUIRE(files.file(office.clerk, restricted)->confidentiality == Confidentiality::Restricted);
    REQUIRE(audit.count().value() == before + 1);
    REQUIRE(audit.page({}, 1)->first().action == QStringLiteral("file.viewed"));
    REQUIRE(files.file(office.clerk, first).ok());
    REQUIRE(audit.count().value() == before + 1); // open files' views are not
}

TEST_CASE("cases, documents, versions and notes", "[efile]")
{
    Office office;
    FileService files(office.store.db());
    DocumentService documents(office.store.db());
    const FileId file = office.newFile();
    auto caseId = files.createCase(office.clerk, file, QStringLiteral("Antrag auf Gaststättenerlaubnis"));
    REQUIRE(caseId.ok());
    auto secondCase = files.createCase(office.clerk, file, QStringLiteral("Sperrzeitverkürzung"));
    auto cases = files.cases(office.clerk, file);
    REQUIRE(cases->size() == 2);
    REQUIRE(cases->at(1).number == 2);
    REQUIRE(cases->at(0).state == QStringLiteral("received"));
    REQUIRE_FALSE(cases->at(0).closed);
    REQUIRE(files.createCase(office.outsider, file, QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);

    const QString path =
        office.writeFile(QStringLiteral("Antrag Müller.txt"), "Antrag auf Erteilung einer Gaststättenerlaubnis\n");
    auto doc = documents.addDocument(
        office.clerk,
        NewDocument{*caseId, {}, Direction::Incoming, QDate(2026, 2, 27), QStringLiteral("Hans Müller"), {}}, path);
    REQUIRE(doc.ok());
    auto loaded = documents.document(office.clerk, *doc);
    REQUIRE(loaded->title == QStringLiteral("Antrag Müller"));
    REQUIRE(loaded->current.version == 1);
    REQUIRE(loaded->current.textStatus == QStringLiteral("pending"));
    REQUIRE(loaded->current.mimeType == QStringLiteral("text/plain"));
    REQUIRE(documents.addDocument(office.outsider, NewDocument{*caseId, {}, Direction::Incoming, {}, {}, {}}, path)
                .error()
                .code == ErrorCode::PermissionDenied);

    const QString v2 = office.writeFile(QStringLiteral("antrag-v2.txt"), "Antrag, ergänzt\n");
    REQUIRE(documents.addVersion(office.clerk, *doc, v2, QStringLiteral("Ergänzung")).ok());
    auto versions = documents.versions(office.clerk, *doc);
    REQUIRE(versions->size() == 2);
    REQUIRE(documents.document(office.clerk, *doc)->current.version == 2);
    auto stored = documents.versionPath(office.clerk, versions->first().id);
    QFile f(*stored);
    REQUIRE(f.open(QIODevice::ReadOnly));
    REQUIRE(f.readAll() == "Antrag auf Erteilung einer Gaststättenerlaubnis\n");
    REQUIRE(documents.versionPath(office.outsider, versions->first().id).error().code == ErrorCode::PermissionDenied);

    REQUIRE(
        documents.addNote(office.clerk, QStringLiteral("case"), caseId->value, QStringLiteral("Rückfrage beim Bauamt"))
            .ok());
    REQUIRE(documents.notes(office.clerk, QStringLiteral("case"), caseId->value)->first().text ==
            QStringLiteral("Rückfrage beim Bauamt"));
    REQUIRE(
        documents.addNote(office.clerk, QStringLiteral("document"), doc->value, QStringLiteral("   ")).error().code ==
        ErrorCode::InvalidInput);
    REQUIRE(documents.documents(office.clerk, *secondCase)->isEmpty());
    REQUIRE(StoreVerifier::run(office.store.db()).ok());
}

TEST_CASE("odd file names become safe names, never paths", "[efile]")
{
    REQUIRE(DocumentService::safeFileName(QStringLiteral("../../etc/passwd")) == QStringLiteral("passwd"));
    REQUIRE(DocumentService::safeFileName(QStringLiteral("C:\\Users\\x\\Bescheid.pdf")) ==
            QStringLiteral("Bescheid.pdf"));
    REQUIRE(DocumentService::safeFileName(QStringLiteral(".hidden")) == QStringLiteral("hidden"));
    REQUIRE(DocumentService::safeFileName(QStringLiteral("a\u0000b\u202Efdp.exe")) == QStringLiteral("a_b_fdp.exe"));
    REQUIRE(DocumentService::safeFileName(QStringLiteral("...")) == QStringLiteral("dokument"));
    REQUIRE(DocumentService::safeFileName(QString(300, QLatin1Char('x')) + QStringLiteral(".pdf")).size() == 120);
    REQUIRE(DocumentService::safeFileName(QString(300, QLatin1Char('x')) + QStringLiteral(".pdf"))
                .endsWith(QStringLiteral(".pdf")));
}

TEST_CASE("resubmissions appear on the task list when due and are done from there", "[efile][tasks]")
{
    Office office;
    FileService files(office.store.db());
    const FileId file = office.newFile();
    const CaseId caseId = *files.createCase(office.clerk, file, QStringLiteral("Auflagen prüfen"));
    Resubmissions resubmissions(office.store.db());
    const QDate today = office.store.clock.today();
    REQUIRE(resubmissions.add(office.clerk, caseId, today.addDays(7), QStringLiteral("Frist Stellungnahme")).ok());
    REQUIRE(resubmissions
                .add(office.clerk, caseId, today, QStringLiteral("Nachweis angefordert"), QStringLiteral("c.krueger"))
                .ok());
    REQUIRE(
        resubmissions.add(office.clerk, caseId, today, QStringLiteral("x"), QStringLiteral("n.werner")).error().code ==
        ErrorCode::InvalidInput);

    const TaskList list = standardTaskList(office.store.db());
    auto signatoryTasks = list.tasksFor(office.signatory);
    auto resubmissionTask = std::find_if(signatoryTasks->cbegin(), signatoryTasks->cend(),
                                         [](const Task &t) { return t.itemType == QStringLiteral("resubmission"); });
    REQUIRE(resubmissionTask != signatoryTasks->cend());
    REQUIRE(resubmissionTask->state == QStringLiteral("Nachweis angefordert"));
    // The clerk's own one is not due yet.
    const auto clerkTasks = list.tasksFor(office.clerk);
    for (const Task &t : *clerkTasks)
        REQUIRE(t.itemType != QStringLiteral("resubmission"));
    REQUIRE(list.act(office.signatory, *resubmissionTask, QStringLiteral("done")).ok());
    const auto afterDone = list.tasksFor(office.signatory);
    for (const Task &t : *afterDone)
        REQUIRE(t.itemType != QStringLiteral("resubmission"));
    office.store.clock.advanceSeconds(8 * 86400);
    auto later = list.tasksFor(office.clerk);
    REQUIRE(std::count_if(later->cbegin(), later->cend(), [](const Task &t) {
                return t.itemType == QStringLiteral("resubmission") && t.overdue;
            }) == 1);
}

TEST_CASE("a case set aside for resubmission comes back into work on its day, by itself", "[efile][tasks][workflow]")
{
    Office office;
    FileService files(office.store.db());
    const CaseId caseId = *files.createCase(office.clerk, office.newFile(), QStringLiteral("Nachforderung Statik"));
    WorkflowEngine engine(office.store.db());
    auto item = engine.itemFor(QStringLiteral("case"), QString::number(caseId.value));
    REQUIRE(item.ok());
    REQUIRE(engine.take(office.clerk, item->id, TransitionRequest{QStringLiteral("start_work"), {}, {}, {}}).ok());
    // The date must be one: the program acts on it.
    auto vague = engine.take(
        office.clerk, item->id,
        TransitionRequest{QStringLiteral("set_aside"),
                          {},
                          QJsonObject{{QStringLiteral("resubmission_date"), QStringLiteral("nächste Woche")}},
                          {}});
    REQUIRE_FALSE(vague.ok());
    REQUIRE(vague.error().message.contains(QStringLiteral("2026-03-01")));
    const QDate back = office.store.clock.today().addDays(3);
    REQUIRE(engine
                .take(office.clerk, item->id,
                      TransitionRequest{QStringLiteral("set_aside"),
                                        {},
                                        QJsonObject{{QStringLiteral("resubmission_date"), back.toString(Qt::ISODate)}},
                                        {}})
                .ok());

    const TaskList list = standardTaskList(office.store.db());
    const auto caseTask = [&](const QList<Task> &tasks) {
        return std::find_if(tasks.cbegin(), tasks.cend(),
                            [&](const Task &t) { return t.itemRef == QString::number(caseId.value); });
    };
    REQUIRE(list.tasksFor(office.clerk).ok());
    REQUIRE(engine.item(item->id)->state == QStringLiteral("resubmission"));
    office.store.clock.advanceSeconds(2 * 86400);
    REQUIRE(engine.takeDueSteps(office.store.clock.today()).value() == 0);
    office.store.clock.advanceSeconds(86400);
    auto onTheDay = list.tasksFor(office.clerk);
    REQUIRE(onTheDay.ok());
    REQUIRE(engine.item(item->id)->state == QStringLiteral("in_progress"));
    REQUIRE(caseTask(*onTheDay) != onTheDay->cend());
    const auto history = engine.history(item->id);
    REQUIRE(history->last().transition == QStringLiteral("resubmission_due"));
    REQUIRE(history->last().actor != office.clerk.userId);
    // Taken once: the next listing changes nothing.
    REQUIRE(engine.takeDueSteps(office.store.clock.today()).value() == 0);
    REQUIRE(engine.history(item->id)->size() == history->size());
}

TEST_CASE("re-filing: the old unit numbers on, a clash of numbers is refused clearly", "[efile]")
{
    Office office;
    FileService files(office.store.db());
    office.addSecondUnit();
    const FileId first = office.newFile(QStringLiteral("Erste"));
    const FileId second = office.newFile(QStringLiteral("Zweite"));
    NewFile other;
    other.planKey = QStringLiteral("32.9");
    other.subject = QStringLiteral("Dort");
    const FileId there = *files.createFile(office.clerk, other);
    REQUIRE(files.file(office.clerk, there)->referenceNumber == QStringLiteral("32-32.9-0001/2026"));

    // The newest file of 32.1 moves away with its number; the next file of 32.1 takes the next free one.
    REQUIRE(files.refile(office.clerk, second, QStringLiteral("32.9")).ok());
    const FileId next = office.newFile(QStringLiteral("Dritte"));
    CHECK(files.file(office.clerk, next)->referenceNumber == QStringLiteral("32-32.1-0003/2026"));

    // 32.9 has a file numbered 1 of 2026 already: the first one of 32.1 cannot join it.
    auto clash = files.refile(office.clerk, first, QStringLiteral("32.9"));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == ErrorCode::Conflict);
    CHECK(clash.error().message.contains(QStringLiteral("32-32.9-0001/2026")));
    CHECK(files.file(office.clerk, first)->planKey == QStringLiteral("32.1"));
}

TEST_CASE("closing, re-filing, the disposal list and destruction with four eyes", "[efile]")
{
    Office office;
    FileService files(office.store.db());
    DocumentService documents(office.store.db());
    WorkflowEngine engine(office.store.db());
    const FileId file = office.newFile();
    const CaseId caseId = *files.createCase(office.clerk, file, QStringLiteral("Erlaubnis"));
    const QString path = office.writeFile(QStringLiteral("Bescheid.txt"), "Erlaubnisbescheid\n");
    const DocumentId doc =
        *documents.addDocument(office.clerk, NewDocument{caseId, {}, Direction::Outgoing, {}, {}, {}}, path);
    const QString blob = documents.document(office.clerk, doc)->current.blobHash;

    REQUIRE(files.refile(office.clerk, file, QStringLiteral("32.1")).ok());
    office.addSecondUnit();
    REQUIRE(files.refile(office.clerk, file, QStringLiteral("32.9")).ok());
    REQUIRE(files.file(office.clerk, file)->planKey == QStringLiteral("32.9"));
    REQUIRE(files.file(office.clerk, file)->referenceNumber == QStringLiteral("32-32.1-0001/2026"));

    auto refused = files.closeFile(office.clerk, file);
    REQUIRE(refused.error().code == ErrorCode::Conflict);
    REQUIRE(refused.error().message.contains(QStringLiteral("open case")));
    const auto item = engine.itemFor(QStringLiteral("case"), QString::number(caseId.value));
    REQUIRE(engine.take(office.clerk, item->id, TransitionRequest{QStringLiteral("start_work"), {}, {}, std::nullopt})
                .ok());
    REQUIRE(
        engine.take(office.clerk, item->id, TransitionRequest{QStringLiteral("close_to_file"), {}, {}, std::nullopt})
            .ok());
    REQUIRE(files.cases(office.clerk, file)->first().closed);
    REQUIRE(files.closeFile(office.clerk, file).ok());
    const EFile closed = *files.file(office.clerk, file);
    REQUIRE(closed.isClosed());
    REQUIRE(closed.retentionUntil == QDate(2031, 12, 31)); // closed in 2026, kept 5 years to the end of the year
    REQUIRE(files.createCase(office.clerk, file, QStringLiteral("zu spät")).error().code == ErrorCode::Conflict);

    Disposal disposal(office.store.db());
    REQUIRE(disposal.candidates(office.clerk)->isEmpty());
    REQUIRE(disposal.requestDestruction(office.clerk, file).error().code == ErrorCode::Conflict);
    office.store.clock.set(QDateTime(QDate(2032, 1, 2), QTime(9, 0), Qt::UTC));
    REQUIRE(disposal.candidates(office.clerk)->size() == 1);
    REQUIRE(disposal.candidates(office.outsider)->isEmpty());
    auto request = disposal.requestDestruction(office.clerk, file);
    REQUIRE(request.ok());
    REQUIRE(disposal.approveDestruction(office.clerk, *request).error().code == ErrorCode::PermissionDenied);
    const Actor requesterSignatory = office.signatory;
    auto approved = disposal.approveDestruction(requesterSignatory, *request);
    INFO((approved ? QString() : approved.error().message).toStdString());
    REQUIRE(approved.ok());

    REQUIRE(files.file(office.clerk, file).error().code == ErrorCode::NotFound);
    REQUIRE(office.store.db().scalar(QStringLiteral("SELECT count(*) FROM documents"))->toInt() == 0);
    REQUIRE(office.store.db().scalar(QStringLiteral("SELECT count(*) FROM blobs WHERE hash = ?"), {blob})->toInt() ==
            0);
    const AuditEntry destroyed = AuditLog(office.store.db()).page({}, 1)->first();
    REQUIRE(destroyed.action == QStringLiteral("file.destroyed"));
    REQUIRE(destroyed.objectId == QStringLiteral("32-32.1-0001/2026"));
    REQUIRE(destroyed.actorLogin == QStringLiteral("c.krueger"));
    REQUIRE(destroyed.details.value(QStringLiteral("requested_by")).toString() ==
            QString::number(office.clerk.userId.value));
    // The bytes are collected as orphans; the store verifies.
    BlobStore blobs(office.store.db());
    REQUIRE(blobs.exists(blob));
    REQUIRE(blobs.collectOrphans(0).value() == 1);
    REQUIRE_FALSE(blobs.exists(blob));
    REQUIRE(StoreVerifier::run(office.store.db()).ok());
}
