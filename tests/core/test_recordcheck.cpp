// The store's own rules that SQLite cannot check (RecordCheck, part of verify): a store built
// through core passes, and each kind of half-done or hand-broken record is named.
#include "support/invoicefixtures.h"
#include "support/teststore.h"

#include "efile/documentindexer.h"
#include "efile/documentservice.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "invoice/inbox/invoiceinbox.h"
#include "maintenance/recordcheck.h"
#include "maintenance/storeverifier.h"
#include "workflow/workflowengine.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace amtsdesk;

namespace {

template <typename T> T must(Result<T> result)
{
    if (!result)
        FAIL(result.error().message.toStdString());
    return std::move(result).value();
}

// One of everything the rules look at, made through core.
struct Records {
    Records()
    {
        admin = store.admin();
        REQUIRE(store.access().createDepartment(admin, QStringLiteral("32"), QStringLiteral("Ordnung")).ok());
        FilePlan plan(store.db());
        REQUIRE(
            plan.addUnit(
                    admin,
                    PlanUnit{{}, QStringLiteral("3"), QStringLiteral("Ordnung"), {}, {}, {}, QStringLiteral("32"), 10})
                .ok());
        clerk = store.user(QStringLiteral("d.braun"), {Role::Clerk}, QStringLiteral("32"));
        NewFile nf;
        nf.planKey = QStringLiteral("3");
        nf.subject = QStringLiteral("Gaststätte Zum Löwen");
        FileService files(store.db());
        file = must(files.createFile(clerk, nf));
        caseId = must(files.createCase(clerk, file, QStringLiteral("Erlaubnis")));
        DocumentService documents(store.db());
        NewDocument letter;
        letter.caseId = caseId;
        document = must(documents.addDocument(clerk, letter, write("antrag.txt", "Antrag auf Erlaubnis")));
        version2 = must(documents.addVersion(clerk, document, write("antrag2.txt", "Antrag, berichtigt")));
        REQUIRE(DocumentIndexer(store.db(), nullptr).indexVersion(version2).ok());
        note = must(documents.addNote(clerk, QStringLiteral("case"), caseId.value, QStringLiteral("Rückruf erbeten")));
        WorkflowEngine engine(store.db());
        item = must(engine.itemFor(QStringLiteral("case"), QString::number(caseId.value))).id;
        REQUIRE(engine.take(clerk, item, TransitionRequest{QStringLiteral("start_work"), {}, {}, {}}).ok());

        const InvoiceDraft d = sampleInvoiceDraft(QStringLiteral("R-1"), QStringLiteral("05315-99999-99"));
        const QString path = write("r1.xml", must(InvoiceWriter::write(d)));
        invoice = must(InvoiceInbox(store.db()).importFile(admin, path, InvoiceChannel::Cli, nullptr)).id;
    }
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = store.dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    // Changes the store behind core's back, as someone with the sqlite3 shell could.
    void tamper(const QStringList &statements)
    {
        for (const QString &sql : statements) {
            auto r = store.db().exec(sql);
            INFO(sql.toStdString());
            REQUIRE(r.ok());
        }
    }
    QString findings() { return RecordCheck::run(store.db()).join(QLatin1Char('\n')); }

    TestStore store;
    Actor admin, clerk;
    FileId file;
    CaseId caseId;
    DocumentId document;
    VersionId version2;
    qint64 note = 0;
    WorkflowItemId item;
    InvoiceId invoice;
};

} // namespace

TEST_CASE("records made through core are whole", "[maintenance][verify]")
{
    Records r;
    INFO(r.findings().toStdString());
    REQUIRE(RecordCheck::run(r.store.db()).isEmpty());
    const VerifyReport report = StoreVerifier::run(r.store.db());
    REQUIRE(report.ok());
    REQUIRE(report.describe().join(QLatin1Char('\n')).contains(QLatin1String("Records: complete")));
}

TEST_CASE("half-done and hand-broken records are named by verify", "[maintenance][verify]")
{
    Records r;
    const QString doc = QString::number(r.document.value);
    const QString item = QString::number(r.item.value);
    QString expected;

    SECTION("a document without its versions")
    {
        r.tamper({QStringLiteral("DELETE FROM document_text WHERE version_id IN (SELECT id FROM document_versions "
                                 "WHERE document_id = %1)")
                      .arg(doc),
                  QStringLiteral("DELETE FROM document_versions WHERE document_id = %1").arg(doc)});
        expected = QStringLiteral("Document %1 has no version").arg(doc);
    }
    SECTION("a version missing between others")
    {
        r.tamper({QStringLiteral("DELETE FROM document_versions WHERE document_id = %1 AND version = 1").arg(doc)});
        expected = QStringLiteral("Document %1 lacks versions: it has 1 of the versions 1 to 2").arg(doc);
    }
    SECTION("a current version marked as indexed without its text")
    {
        r.tamper({QStringLiteral("DELETE FROM document_text WHERE version_id = %1").arg(r.version2.value)});
        expected = QStringLiteral("Document %1, version 2, is marked as indexed").arg(doc);
    }
    SECTION("a document gone, but its audit entry there")
    {
        r.tamper({QStringLiteral("DELETE FROM document_text"), QStringLiteral("DELETE FROM document_versions"),
                  QStringLiteral("DELETE FROM documents")});
        expected = QStringLiteral("(\"document.added\") names a record that does not exist and was not destroyed: "
                                  "Document %1")
                       .arg(doc);
    }
    SECTION("a case without its workflow item")
    {
        r.tamper({QStringLiteral("INSERT INTO cases(id, file_id, number, subject, created_at, created_by) VALUES(77, "
                                 "%1, 9, 'Nachtrag', '2026-03-02T09:30:00Z', %2)")
                      .arg(r.file.value)
                      .arg(r.clerk.userId.value)});
        expected = QStringLiteral("Case 77 has no workflow item");
    }
    SECTION("a workflow item whose case is gone")
    {
        r.tamper({QStringLiteral("UPDATE workflow_items SET item_ref = '99' WHERE id = %1").arg(item)});
        expected = QStringLiteral("Workflow item %1 belongs to a record that does not exist: Case 99").arg(item);
    }
    SECTION("a state changed behind the workflow engine")
    {
        r.tamper({QStringLiteral("UPDATE workflow_items SET state = 'closed' WHERE id = %1").arg(item)});
        expected = QStringLiteral("Workflow item %1 is in state \"closed\", but its history ends in \"in_progress\"")
                       .arg(item);
    }
    SECTION("a step without its audit entry")
    {
        r.tamper(
            {QStringLiteral("INSERT INTO workflow_history(item_id, transition, from_state, to_state, actor_id, at, "
                            "definition_version) VALUES(%1, 'close_to_file', 'in_progress', 'closed', %2, "
                            "'2026-03-02T10:00:00Z', 1)")
                 .arg(item)
                 .arg(r.clerk.userId.value),
             QStringLiteral("UPDATE workflow_items SET state = 'closed' WHERE id = %1").arg(item)});
        expected = QStringLiteral("took 2 steps, but the audit trail records 1");
    }
    SECTION("an invoice detached from its workflow item")
    {
        r.tamper({QStringLiteral("UPDATE invoices SET workflow_item_id = NULL WHERE id = %1").arg(r.invoice.value)});
        expected = QStringLiteral("Invoice %1 points at workflow item -, which is not its own").arg(r.invoice.value);
    }
    SECTION("a note written without its audit entry")
    {
        r.tamper(
            {QStringLiteral("INSERT INTO notes(id, object_type, object_id, text, created_at, created_by) VALUES(55, "
                            "'case', %1, 'nachgetragen', '2026-03-02T09:30:00Z', %2)")
                 .arg(r.caseId.value)
                 .arg(r.clerk.userId.value)});
        expected = QStringLiteral("Note 55 (on Case %1) has no audit entry \"note.added\"").arg(r.caseId.value);
    }
    SECTION("a file written without its audit entry")
    {
        r.tamper({QStringLiteral("INSERT INTO files(plan_unit_id, reference_number, running_number, year, subject, "
                                 "lead_department_id, confidentiality, created_at, created_by) SELECT plan_unit_id, "
                                 "'32-3-0099/2026', 99, 2026, 'Untergeschoben', lead_department_id, 'offen', "
                                 "created_at, created_by FROM files WHERE id = %1")
                      .arg(r.file.value)});
        expected = QStringLiteral("File 32-3-0099/2026 has no audit entry \"file.created\"");
    }
    const QString found = r.findings();
    INFO(found.toStdString());
    CHECK(found.contains(expected));
    // verify says so too, which is what `amtsdesk-cli verify` and the start page show.
    const VerifyReport report = StoreVerifier::run(r.store.db());
    CHECK_FALSE(report.ok());
    CHECK(report.describe().join(QLatin1Char('\n')).contains(QStringLiteral("Records: ")));
}

TEST_CASE("many findings of one kind are counted, not all named", "[maintenance][verify]")
{
    Records r;
    QStringList inserts;
    for (int i = 0; i < RecordCheck::kNamedPerRule + 5; ++i)
        inserts << QStringLiteral(
                       "INSERT INTO notes(object_type, object_id, text, created_at, created_by) VALUES('case', "
                       "%1, 'x', '2026-03-02T09:30:00Z', %2)")
                       .arg(r.caseId.value)
                       .arg(r.clerk.userId.value);
    r.tamper(inserts);
    const QStringList findings = RecordCheck::run(r.store.db());
    CHECK(findings.size() == RecordCheck::kNamedPerRule + 1);
    CHECK(findings.last().contains(QLatin1String("5 more")));
}
