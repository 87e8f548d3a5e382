// Who may do what, for every core service: a matrix over roles, departments and confidentiality
// levels. Every object belongs to department 32. A row names a service, an object and the
// department of the person acting (own: 32, other: 50); its columns give the outcome for a
// person holding only that role, and for a deputy acting i.V. for the clerk of that department.
//   Y  allowed
//   N  refused by core with "permission denied", and the refusal is in the audit trail
//      (access.denied: who, for whom, which object, what was attempted)
//   H  hidden: a list or a search answers without error and without the object
// A view of a VS-NfD file that is allowed, search hits included, is audited as file.viewed.
#include "support/invoicefixtures.h"
#include "support/pdffixtures.h"
#include "support/teststore.h"

#include "audit/auditlog.h"
#include "efile/documentsearch.h"
#include "efile/documentservice.h"
#include "efile/fileexport.h"
#include "efile/fileservice.h"
#include "invoice/inbox/invoiceexport.h"
#include "invoice/inbox/invoiceinbox.h"
#include "programme/ozgservices.h"
#include "programme/programmereport.h"
#include "programme/subprojects.h"
#include "workflow/processfigures.h"
#include "workflow/workflowengine.h"

#include <catch2/catch.hpp>

#include <array>

using namespace amtsdesk;

namespace {

enum class Outcome { Yes, No, Hidden };
constexpr Outcome Y = Outcome::Yes;
constexpr Outcome N = Outcome::No;
constexpr Outcome H = Outcome::Hidden;

enum class Dept { Own, Other };

enum class Object { OpenFile, RestrictedFile, Invoice, SubProject, AllInvoices, Figures };

enum class Service {
    ReadFile,       // FileService::file
    ReadCase,       // FileService::caseById
    ReadDocument,   // DocumentService::versionPath (the bytes, for preview and export)
    Search,         // DocumentSearch::search
    ExportFile,     // FileExport::exportFile
    ReadInvoice,    // InvoiceInbox::invoice
    ListInvoices,   // InvoiceInbox::list
    ExportInvoices, // InvoiceExport::exportReleased (the hand-over CSV)
    StartWork,      // WorkflowEngine::take, case: start_work
    CoSign,         // WorkflowEngine::take, case: co_sign (four eyes: another clerk asked for it)
    ApproveInvoice, // InvoiceInbox::approveFactually
    RejectInvoice,  // WorkflowEngine::take, invoice: reject
    SubProjectStep, // WorkflowEngine::take, sub-project: start_concept
    StatusReport,   // SubProjects::addReport (a change, for the sub-project rows)
    ReadSubProject, // SubProjects::get
    Report,         // ProgrammeReport::gather for the department of the object
    Figures,        // ProcessFigures::compute and toCsv
};

const char *name(Service s)
{
    switch (s) {
    case Service::ReadFile: return "read file";
    case Service::ReadCase: return "read case";
    case Service::ReadDocument: return "read document";
    case Service::Search: return "search";
    case Service::ExportFile: return "export file";
    case Service::ReadInvoice: return "read invoice";
    case Service::ListInvoices: return "list invoices";
    case Service::ExportInvoices: return "export invoices";
    case Service::StartWork: return "case: start_work";
    case Service::CoSign: return "case: co_sign";
    case Service::ApproveInvoice: return "invoice: approve_factually";
    case Service::RejectInvoice: return "invoice: reject";
    case Service::SubProjectStep: return "sub-project: start_concept";
    case Service::StatusReport: return "sub-project status report";
    case Service::ReadSubProject: return "read sub-project";
    case Service::Report: return "programme report";
    case Service::Figures: return "process figures";
    }
    return "?";
}

const char *name(Object o)
{
    switch (o) {
    case Object::OpenFile: return "Offen file";
    case Object::RestrictedFile: return "VS-NfD file";
    case Object::Invoice: return "invoice";
    case Object::SubProject: return "sub-project";
    case Object::AllInvoices: return "released invoices";
    case Object::Figures: return "all workflows";
    }
    return "?";
}

// The columns: each role held alone by a person of the row's department, then a person of
// department 99 without roles of their own, acting i.V. for the clerk of that department.
const std::array<Role, 8> kRoles{Role::Clerk,
                                 Role::Signatory,
                                 Role::InvoiceChecker,
                                 Role::PaymentApprover,
                                 Role::DigitalisationOfficer,
                                 Role::ProgrammeManager,
                                 Role::ProcessManager,
                                 Role::Administrator};
constexpr int kDeputy = 8;

struct Row {
    Service service;
    Object object;
    Dept dept;
    std::array<Outcome, 9> expected;
};

// clang-format off
const Row kMatrix[] = {
    //                                                     clerk sign check pay  digi prog proc admin i.V.
    {Service::ReadFile,       Object::OpenFile,       Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::ReadFile,       Object::OpenFile,       Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::ReadFile,       Object::RestrictedFile, Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::ReadFile,       Object::RestrictedFile, Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::ReadCase,       Object::OpenFile,       Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::ReadCase,       Object::OpenFile,       Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::ReadCase,       Object::RestrictedFile, Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::ReadCase,       Object::RestrictedFile, Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::ReadDocument,   Object::OpenFile,       Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::ReadDocument,   Object::OpenFile,       Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::ReadDocument,   Object::RestrictedFile, Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::ReadDocument,   Object::RestrictedFile, Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::Search,         Object::OpenFile,       Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::Search,         Object::OpenFile,       Dept::Other, {H,   H,   H,    H,   H,   H,   H,   H,    H}},
    {Service::Search,         Object::RestrictedFile, Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::Search,         Object::RestrictedFile, Dept::Other, {H,   H,   H,    H,   H,   H,   H,   H,    H}},
    {Service::ExportFile,     Object::OpenFile,       Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::ExportFile,     Object::OpenFile,       Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::ExportFile,     Object::RestrictedFile, Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::ExportFile,     Object::RestrictedFile, Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::StartWork,      Object::OpenFile,       Dept::Own,   {Y,   N,   N,    N,   N,   N,   N,   N,    Y}},
    {Service::StartWork,      Object::OpenFile,       Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::StartWork,      Object::RestrictedFile, Dept::Own,   {Y,   N,   N,    N,   N,   N,   N,   N,    Y}},
    {Service::StartWork,      Object::RestrictedFile, Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::CoSign,         Object::OpenFile,       Dept::Own,   {Y,   Y,   N,    N,   N,   N,   N,   N,    Y}},
    {Service::CoSign,         Object::OpenFile,       Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::CoSign,         Object::RestrictedFile, Dept::Own,   {Y,   Y,   N,    N,   N,   N,   N,   N,    Y}},
    {Service::CoSign,         Object::RestrictedFile, Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::ReadInvoice,    Object::Invoice,        Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::ReadInvoice,    Object::Invoice,        Dept::Other, {N,   N,   Y,    Y,   N,   N,   N,   Y,    N}},
    {Service::ListInvoices,   Object::Invoice,        Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::ListInvoices,   Object::Invoice,        Dept::Other, {H,   H,   Y,    Y,   H,   H,   H,   Y,    H}},
    {Service::ApproveInvoice, Object::Invoice,        Dept::Own,   {Y,   N,   N,    N,   N,   N,   N,   N,    Y}},
    {Service::ApproveInvoice, Object::Invoice,        Dept::Other, {N,   N,   N,    N,   N,   N,   N,   N,    N}},
    {Service::RejectInvoice,  Object::Invoice,        Dept::Own,   {Y,   N,   Y,    N,   N,   N,   N,   N,    Y}},
    {Service::RejectInvoice,  Object::Invoice,        Dept::Other, {N,   N,   Y,    N,   N,   N,   N,   N,    N}},
    {Service::ExportInvoices, Object::AllInvoices,    Dept::Own,   {N,   N,   Y,    Y,   N,   N,   N,   Y,    N}},
    {Service::ExportInvoices, Object::AllInvoices,    Dept::Other, {N,   N,   Y,    Y,   N,   N,   N,   Y,    N}},
    {Service::SubProjectStep, Object::SubProject,     Dept::Own,   {N,   N,   N,    N,   Y,   Y,   N,   N,    N}},
    {Service::SubProjectStep, Object::SubProject,     Dept::Other, {N,   N,   N,    N,   N,   Y,   N,   N,    N}},
    {Service::StatusReport,   Object::SubProject,     Dept::Own,   {N,   N,   N,    N,   Y,   Y,   N,   N,    N}},
    {Service::StatusReport,   Object::SubProject,     Dept::Other, {N,   N,   N,    N,   N,   Y,   N,   N,    N}},
    {Service::ReadSubProject, Object::SubProject,     Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::ReadSubProject, Object::SubProject,     Dept::Other, {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::Report,         Object::SubProject,     Dept::Own,   {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::Report,         Object::SubProject,     Dept::Other, {Y,   Y,   Y,    Y,   Y,   Y,   Y,   Y,    Y}},
    {Service::Figures,        Object::Figures,        Dept::Own,   {N,   N,   N,    N,   N,   Y,   Y,   Y,    N}},
    {Service::Figures,        Object::Figures,        Dept::Other, {N,   N,   N,    N,   N,   Y,   Y,   Y,    N}},
};
// clang-format on

const QString kLeitwegId = QStringLiteral("05315-32000-77");
const QString kWord = QStringLiteral("Zauberwort");

// What one attempt did: its status, whether the object was in the answer (lists and search),
// and the object id an access.denied entry must name (empty: the refusal names no single object).
struct Attempt {
    Status status;
    bool shown = false;
    QString objectId;
};

template <typename T> Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

// Department 32 with an Offen and a VS-NfD file (a case and a searchable document each), an
// invoice routed to it and a sub-project it sponsors; in 32 and in 50 one person per role; in
// 99 a deputy for the clerks of 32 and 50.
struct District {
    District()
    {
        admin = store.admin();
        for (Role role : kRoles) {
            people[0] << store.user(Roles::key(role) + QStringLiteral(".32"), {role}, QStringLiteral("32"));
            people[1] << store.user(Roles::key(role) + QStringLiteral(".50"), {role}, QStringLiteral("50"));
        }
        worker = store.user(QStringLiteral("sachbearbeitung.32"), {Role::Clerk}, QStringLiteral("32"));
        const Actor deputy = store.user(QStringLiteral("vertretung"), {}, QStringLiteral("99"));
        AccessService access = store.access();
        const QDate today = store.db().clock().today();
        for (int d = 0; d < 2; ++d) {
            REQUIRE(access.addDeputy(admin, people[d].at(0).userId, deputy.userId, today, today.addDays(14)).ok());
            auto acting = access.actAsDeputy(deputy, people[d].at(0).login);
            REQUIRE(acting.ok());
            people[d] << *acting;
        }
        department32 = *access.departmentByCode(QStringLiteral("32"));

        store.addPlanUnit(QStringLiteral("321"), QStringLiteral("Gewerbe"), QStringLiteral("32"));
        openFile = newFile(QStringLiteral("Gaststätte Zum Löwen"), QStringLiteral("Offen"));
        restrictedFile = newFile(QStringLiteral("Ermittlungen Schwarzarbeit"), QStringLiteral("VS-NfD"));

        InvoiceInbox inbox(store.db());
        REQUIRE(inbox.setRoute(admin, kLeitwegId, QStringLiteral("32")).ok());
        invoice = newInvoice();

        subProject = newSubProject();
    }

    FileId file(Object o) const { return o == Object::RestrictedFile ? restrictedFile : openFile; }
    QString reference(Object o) { return FileService(store.db()).loadFile(file(o)).value().referenceNumber; }

    FileId newFile(const QString &subject, const QString &confidentiality)
    {
        NewFile nf;
        nf.planKey = QStringLiteral("321");
        nf.subject = subject;
        nf.confidentialityText = confidentiality;
        auto id = FileService(store.db()).createFile(worker, nf);
        REQUIRE(id.ok());
        auto c = FileService(store.db()).createCase(worker, *id, QStringLiteral("Anhörung"));
        REQUIRE(c.ok());
        cases[id->value] = *c;
        DocumentService documents(store.db());
        auto document = documents.addDocument(
            worker, NewDocument{*c, QStringLiteral("Anhörungsschreiben"), Direction::Outgoing, {}, {}, {}},
            writeFile(files, QStringLiteral("anhoerung-%1.txt").arg(id->value), "Das Zauberwort steht im Schreiben."));
        REQUIRE(document.ok());
        const VersionId version = documents.document(worker, *document)->current.id;
        REQUIRE(
            DocumentIndex(store.db())
                .store(version, {QStringLiteral("Das Zauberwort steht im Schreiben.")}, 1, QStringLiteral("indexed"))
                .ok());
        versions[id->value] = version;
        return *id;
    }

    // A fresh case of the file, in the state the step starts from.
    CaseId newCase(Object o, bool forCoSigning)
    {
        auto c = FileService(store.db()).createCase(worker, file(o), QStringLiteral("Auflage"));
        REQUIRE(c.ok());
        if (forCoSigning) {
            WorkflowEngine engine(store.db());
            const WorkflowItemId item = engine.itemFor(QStringLiteral("case"), QString::number(c->value))->id;
            for (const char *step : {"start_work", "request_co_signing"})
                REQUIRE(engine.take(worker, item, TransitionRequest{QString::fromLatin1(step), {}, {}, {}}).ok());
        }
        return *c;
    }

    InvoiceId newInvoice()
    {
        const QString number = QStringLiteral("R-%1").arg(++serial);
        auto bytes = InvoiceWriter::write(sampleInvoiceDraft(number, kLeitwegId));
        REQUIRE(bytes.ok());
        auto imported = InvoiceInbox(store.db())
                            .importFile(worker, writeFile(files, number + QStringLiteral(".xml"), *bytes),
                                        InvoiceChannel::Cli, nullptr);
        REQUIRE(imported.ok());
        REQUIRE(imported->state == QStringLiteral("checked"));
        return imported->id;
    }

    SubProjectId newSubProject()
    {
        SubProjectDraft draft;
        draft.code = QStringLiteral("TP-%1").arg(++serial);
        draft.title = QStringLiteral("E-Akte im Ordnungsamt");
        draft.area = ProgrammeArea::EFile;
        draft.lead = people[0].at(4).userId;
        draft.department = department32;
        auto id = SubProjects(store.db()).create(people[0].at(5), draft);
        REQUIRE(id.ok());
        return *id;
    }

    Attempt attempt(Service service, Object object, const Actor &actor)
    {
        Database &db = store.db();
        FileService files(db);
        InvoiceInbox inbox(db);
        WorkflowEngine engine(db);
        switch (service) {
        case Service::ReadFile: return {statusOf(files.file(actor, file(object))), false, reference(object)};
        case Service::ReadCase:
            return {statusOf(files.caseById(actor, cases.value(file(object).value))), false, reference(object)};
        case Service::ReadDocument:
            return {statusOf(DocumentService(db).versionPath(actor, versions.value(file(object).value))), false,
                    reference(object)};
        case Service::Search: {
            auto hits = DocumentSearch(db).search(actor, kWord);
            const bool shown = hits && std::any_of(hits->cbegin(), hits->cend(),
                                                   [&](const SearchHit &h) { return h.file == file(object); });
            return {statusOf(hits), shown, {}};
        }
        case Service::ExportFile:
            return {statusOf(FileExport(db).exportFile(
                        actor, file(object), this->files.filePath(QStringLiteral("export-%1").arg(++serial)))),
                    false, reference(object)};
        case Service::ReadInvoice:
            return {statusOf(inbox.invoice(actor, invoice)), false, QString::number(invoice.value)};
        case Service::ListInvoices: {
            auto list = inbox.list(actor, InvoiceFilter{});
            const bool shown = list && std::any_of(list->cbegin(), list->cend(),
                                                   [&](const InvoiceRecord &r) { return r.id == invoice; });
            return {statusOf(list), shown, {}};
        }
        case Service::ExportInvoices:
            return {statusOf(InvoiceExport(db).exportReleased(actor, this->files.path(), nullptr)), false, {}};
        case Service::StartWork:
        case Service::CoSign: {
            const CaseId c = newCase(object, service == Service::CoSign);
            const WorkflowItemId item = engine.itemFor(QStringLiteral("case"), QString::number(c.value))->id;
            const QString step = service == Service::CoSign ? QStringLiteral("co_sign") : QStringLiteral("start_work");
            return {statusOf(engine.take(actor, item, TransitionRequest{step, {}, {}, {}})), false,
                    QString::number(c.value)};
        }
        case Service::ApproveInvoice: {
            const InvoiceId id = newInvoice();
            return {inbox.approveFactually(actor, id,
                                           {Allocation{QStringLiteral("32-100"), QStringLiteral("1.1100.5200"),
                                                       *Decimal::parse(u"297.50")}}),
                    false, QString::number(id.value)};
        }
        case Service::RejectInvoice: {
            const InvoiceId id = newInvoice();
            const WorkflowItemId item = engine.itemFor(InvoiceInbox::kItemType, QString::number(id.value))->id;
            return {statusOf(engine.take(
                        actor, item,
                        TransitionRequest{QStringLiteral("reject"), QStringLiteral("Nicht bestellt"), {}, {}})),
                    false, QString::number(id.value)};
        }
        case Service::SubProjectStep: {
            const SubProjectId id = newSubProject();
            const WorkflowItemId item = SubProjects(db).get(id)->workflowItem;
            return {statusOf(engine.take(actor, item, TransitionRequest{QStringLiteral("start_concept"), {}, {}, {}})),
                    false, QString::number(id.value)};
        }
        case Service::StatusReport:
            return {statusOf(SubProjects(db).addReport(
                        actor, subProject, NewStatusReport{{}, TrafficLight::Green, 10, QStringLiteral("Läuft")})),
                    false, QString::number(subProject.value)};
        case Service::ReadSubProject: return {statusOf(SubProjects(db).get(subProject)), false, {}};
        case Service::Report: {
            auto report = ProgrammeReport::gather(db, actor, ProgrammeReportRequest{{}, department32, 30});
            Attempt a{statusOf(report), false, {}};
            if (report)
                a.status = std::any_of(report->subProjects.cbegin(), report->subProjects.cend(),
                                       [&](const ReportedSubProject &r) { return r.subProject.id == subProject; })
                               ? Status()
                               : Status(Error::internal(QStringLiteral("the sub-project is missing from the report")));
            return a;
        }
        case Service::Figures: {
            auto figures = ProcessFigures::compute(db, actor);
            if (figures)
                (void)ProcessFigures::toCsv(*figures);
            return {statusOf(figures), false, {}};
        }
        }
        return {};
    }

    TestStore store;
    QTemporaryDir files;
    Actor admin;
    Actor worker;                       // a second clerk of 32: creates the objects
    std::array<QList<Actor>, 2> people; // [own, other]: one per role in column order, then the deputy
    DepartmentId department32;
    FileId openFile, restrictedFile;
    QHash<qint64, CaseId> cases;       // by file
    QHash<qint64, VersionId> versions; // by file
    InvoiceId invoice;
    SubProjectId subProject;
    int serial = 0;
};

// The entries written since the entry `after`, oldest first.
QList<AuditEntry> entriesAfter(Database &db, qint64 after)
{
    QList<AuditEntry> result;
    for (const AuditEntry &e : AuditLog(db).page({}, 200).value()) {
        if (e.id.value > after)
            result.prepend(e);
    }
    return result;
}

qint64 lastEntry(Database &db)
{
    return AuditLog(db).count().value();
}

bool samePerson(const AuditEntry &e, const Actor &a)
{
    return e.actor == a.userId && e.onBehalfOf == a.onBehalfOf;
}

} // namespace

TEST_CASE("the access matrix: core refuses what a person may not do, and audits the refusal", "[access][matrix]")
{
    District district;
    Database &db = district.store.db();
    const QStringList columns{QStringLiteral("clerk"),
                              QStringLiteral("signatory"),
                              QStringLiteral("invoice_checker"),
                              QStringLiteral("payment_approver"),
                              QStringLiteral("digitalisation_officer"),
                              QStringLiteral("programme_manager"),
                              QStringLiteral("process_manager"),
                              QStringLiteral("administrator"),
                              QStringLiteral("deputy i.V. clerk")};
    for (const Row &row : kMatrix) {
        for (int column = 0; column < kDeputy + 1; ++column) {
            const Actor &actor = district.people[row.dept == Dept::Own ? 0 : 1].at(column);
            const Outcome expected = row.expected.at(column);
            INFO(name(row.service) << " on the " << name(row.object) << " of department 32 by the "
                                   << columns.at(column).toStdString() << " of department "
                                   << (row.dept == Dept::Own ? "32" : "50") << " (" << actor.signature().toStdString()
                                   << "), expected "
                                   << (expected == Y   ? "allowed"
                                       : expected == N ? "refused"
                                                       : "hidden"));
            const qint64 before = lastEntry(db);
            const Attempt a = district.attempt(row.service, row.object, actor);
            INFO("outcome: " << (a.status ? std::string("ok") : a.status.error().message.toStdString()));
            const QList<AuditEntry> written = entriesAfter(db, before);
            const auto denial = std::find_if(written.cbegin(), written.cend(), [&](const AuditEntry &e) {
                return e.action == QStringLiteral("access.denied") && samePerson(e, actor);
            });
            switch (expected) {
            case Outcome::Yes:
                CHECK(a.status.ok());
                if (row.service == Service::Search || row.service == Service::ListInvoices)
                    CHECK(a.shown);
                CHECK(denial == written.cend());
                break;
            case Outcome::Hidden:
                CHECK(a.status.ok());
                CHECK_FALSE(a.shown);
                CHECK(denial == written.cend());
                break;
            case Outcome::No:
                // CHECK, not REQUIRE: one wrong cell must not hide the others.
                CHECK_FALSE(a.status.ok());
                CHECK((!a.status.ok() && a.status.error().code == ErrorCode::PermissionDenied));
                CHECK(denial != written.cend());
                if (denial != written.cend()) {
                    CHECK_FALSE(denial->details.value(QStringLiteral("attempted")).toString().isEmpty());
                    if (!a.objectId.isEmpty())
                        CHECK(denial->objectId == a.objectId);
                }
                break;
            }
            // Every allowed look into the VS-NfD file, a search hit included, is in the trail.
            if (row.object == Object::RestrictedFile && expected == Y &&
                QList<Service>{Service::ReadFile, Service::ReadCase, Service::ReadDocument, Service::Search,
                               Service::ExportFile}
                    .contains(row.service)) {
                const QString reference = district.reference(Object::RestrictedFile);
                CHECK(std::any_of(written.cbegin(), written.cend(), [&](const AuditEntry &e) {
                    return e.action == QStringLiteral("file.viewed") && e.objectId == reference && samePerson(e, actor);
                }));
            }
            // An Offen file's view is not audited; nothing says "viewed" about it.
            if (row.object == Object::OpenFile) {
                const QString reference = district.reference(Object::OpenFile);
                CHECK(std::none_of(written.cbegin(), written.cend(), [&](const AuditEntry &e) {
                    return e.action == QStringLiteral("file.viewed") && e.objectId == reference;
                }));
            }
        }
    }
    REQUIRE(AuditLog(db).verify().ok());
}

TEST_CASE("the deputy's rights end with the deputyship: as themselves they see nothing of department 32",
          "[access][matrix]")
{
    District district;
    auto self = district.store.access().actorForLogin(QStringLiteral("vertretung"));
    REQUIRE(self.ok());
    for (Service service : {Service::ReadFile, Service::ReadCase, Service::ExportFile, Service::ReadInvoice,
                            Service::StartWork, Service::ApproveInvoice}) {
        INFO(name(service));
        const Object object = service == Service::ReadInvoice || service == Service::ApproveInvoice
                                  ? Object::Invoice
                                  : Object::RestrictedFile;
        const Attempt a = district.attempt(service, object, *self);
        REQUIRE_FALSE(a.status.ok());
        CHECK(a.status.error().code == ErrorCode::PermissionDenied);
    }
    // A deputyship that has ended borrows nothing.
    district.store.clock.set(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    CHECK(district.store.access().actAsDeputy(*self, QStringLiteral("clerk.32")).error().code ==
          ErrorCode::PermissionDenied);
}

TEST_CASE("confidentiality above VS-NfD is refused at creation, whoever asks", "[access][matrix]")
{
    District district;
    FileService files(district.store.db());
    const qint64 filesBefore = district.store.db().scalar(QStringLiteral("SELECT count(*) FROM files"))->toLongLong();
    for (const QString &level : {QStringLiteral("VS-Vertraulich"), QStringLiteral("Vertraulich"),
                                 QStringLiteral("Geheim"), QStringLiteral("Streng geheim")}) {
        for (const Actor &actor : district.people[0]) {
            INFO(level.toStdString() << " by " << actor.signature().toStdString());
            NewFile nf;
            nf.planKey = QStringLiteral("321");
            nf.subject = QStringLiteral("Verschlusssache");
            nf.confidentialityText = level;
            auto created = files.createFile(actor, nf);
            REQUIRE_FALSE(created.ok());
            CHECK(created.error().code == ErrorCode::InvalidInput);
            CHECK(created.error().message.contains(QStringLiteral("approved system")));
        }
    }
    CHECK(district.store.db().scalar(QStringLiteral("SELECT count(*) FROM files"))->toLongLong() == filesBefore);
}

TEST_CASE("everyone may read the programme report, and a department's report holds that department's part only",
          "[access][matrix]")
{
    District district;
    Database &db = district.store.db();
    // A sub-project of department 50 that does not involve 32.
    SubProjectDraft draft;
    draft.code = QStringLiteral("TP-50");
    draft.title = QStringLiteral("Online-Antrag Jugendhilfe");
    draft.area = ProgrammeArea::Ozg;
    draft.lead = district.people[1].at(4).userId;
    draft.department = *district.store.access().departmentByCode(QStringLiteral("50"));
    REQUIRE(SubProjects(db).create(district.people[1].at(5), draft).ok());

    for (const Actor &actor : district.people[1]) {
        INFO(actor.signature().toStdString());
        auto whole = ProgrammeReport::gather(db, actor, ProgrammeReportRequest{});
        REQUIRE(whole.ok());
        CHECK(whole->subProjects.size() == 2);
        auto only32 = ProgrammeReport::gather(db, actor, ProgrammeReportRequest{{}, district.department32, 30});
        REQUIRE(only32.ok());
        REQUIRE(only32->subProjects.size() == 1);
        CHECK(only32->subProjects.first().subProject.departmentCode == QStringLiteral("32"));
        for (const TrafficCount &count : std::as_const(only32->byDepartment))
            CHECK(count.key == QStringLiteral("32"));
        for (const DistrictService &service : std::as_const(only32->services))
            CHECK(service.departmentCode == QStringLiteral("32"));
    }
    // Somebody nobody knows is no reader.
    CHECK(ProgrammeReport::gather(db, Actor{}, ProgrammeReportRequest{}).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("a workflow item of another department is not shown, not even its title", "[access][matrix]")
{
    District district;
    Database &db = district.store.db();
    WorkflowEngine engine(db);
    const CaseId c = district.newCase(Object::RestrictedFile, true);
    const WorkflowItem item = *engine.itemFor(QStringLiteral("case"), QString::number(c.value));
    const Actor &stranger = district.people[1].at(0);
    auto seen = engine.item(stranger, item.id);
    REQUIRE_FALSE(seen.ok());
    CHECK(seen.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(seen.error().message.contains(QStringLiteral("Auflage")));
    auto taken =
        engine.take(stranger, item.id, TransitionRequest{QStringLiteral("return"), QStringLiteral("?"), {}, {}});
    REQUIRE_FALSE(taken.ok());
    CHECK_FALSE(taken.error().message.contains(QStringLiteral("Auflage")));
    CHECK(engine.item(district.people[0].at(0), item.id).ok());
}

TEST_CASE("asking whether a change is allowed, as a page does to offer it, is no refusal", "[access][matrix]")
{
    District district;
    Database &db = district.store.db();
    const qint64 before = lastEntry(db);
    const Actor &clerk = district.people[0].at(0);
    CHECK_FALSE(OzgServices(db).mayEdit(clerk, district.department32).ok());
    CHECK_FALSE(SubProjects(db).mayEdit(clerk, *SubProjects(db).get(district.subProject)).ok());
    CHECK(lastEntry(db) == before);
    // Trying it is.
    CHECK(SubProjects(db)
              .addMilestone(clerk, district.subProject, QStringLiteral("Pilot"), QDate(2026, 6, 1))
              .error()
              .code == ErrorCode::PermissionDenied);
    const QList<AuditEntry> written = entriesAfter(db, before);
    REQUIRE(written.size() == 1);
    CHECK(written.first().action == QStringLiteral("access.denied"));
    CHECK(written.first().details.value(QStringLiteral("attempted")).toString() == QStringLiteral("add milestone"));
}
