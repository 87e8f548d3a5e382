// The e-file commands: file plan, files, cases, import, show, export, resubmissions, disposal.
#include "cli/cli.h"

#include "efile/batchimport.h"
#include "efile/disposal.h"
#include "efile/documentindexer.h"
#include "efile/documentsearch.h"
#include "efile/documentservice.h"
#include "efile/fileexport.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "efile/inboxfolder.h"
#include "efile/resubmissions.h"
#include "pdf/workerclient.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

namespace amtsdesk::cli {

int Cli::cmdPlan(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    if (sub == QStringLiteral("import")) {
        p.setApplicationDescription(tr("Imports a file plan from CSV (key,title,parent,department,retention_years); existing "
                                       "units are updated. All or nothing: any bad row stops the import and is named."));
        p.addPositionalArgument(QStringLiteral("CSV"), tr("the file plan"));
        if (!parseCommand(p, QStringLiteral("plan import"), args.mid(1), 1, 1))
            return stopped(p);
        QFile file(p.positionalArguments().first());
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        const PlanImportReport report = FilePlan(*session->db).importCsv(session->actor, file.read(32 << 20), file.fileName());
        for (const QString &problem : report.problems)
            m_err << "amtsdesk-cli: " << problem << '\n';
        m_err.flush();
        if (!report.ok())
            return ProblemsFound;
        m_out << tr("File plan imported: %1 units added, %2 changed.").arg(report.added).arg(report.updated) << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("export") || sub == QStringLiteral("list")) {
        p.setApplicationDescription(tr("Writes the file plan as CSV (to FILE, or to standard output)."));
        p.addPositionalArgument(QStringLiteral("FILE"), tr("where to write (optional)"));
        if (!parseCommand(p, QStringLiteral("plan ") + sub, args.mid(1), 0, 1))
            return stopped(p);
        auto db = openStore();
        if (!db)
            return fail(db.error().message);
        auto csv = FilePlan(**db).exportCsv();
        if (!csv)
            return fail(csv.error().message);
        if (p.positionalArguments().isEmpty()) {
            m_out << QString::fromUtf8(*csv);
            m_out.flush();
            return Ok;
        }
        QFile out(p.positionalArguments().first());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(*csv) != csv->size())
            return fail(tr("%1 cannot be written: %2").arg(out.fileName(), out.errorString()));
        return Ok;
    }
    m_out << tr("Usage: amtsdesk-cli plan import CSV | export [FILE] | list") << Qt::endl;
    return sub == QStringLiteral("--help") ? Ok : UsageOrReadError;
}

int Cli::cmdFile(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    if (sub == QStringLiteral("create")) {
        p.setApplicationDescription(tr("Creates a file (Akte) under a unit of the file plan and prints its reference number."));
        const QCommandLineOption plan(QStringLiteral("plan"), tr("file plan key"), QStringLiteral("KEY"));
        const QCommandLineOption subject(QStringLiteral("subject"), tr("subject"), QStringLiteral("TEXT"));
        const QCommandLineOption department(QStringLiteral("department"), tr("lead department (default: the plan unit's)"),
                                            QStringLiteral("CODE"));
        const QCommandLineOption confidentiality(QStringLiteral("confidentiality"), tr("Offen (default) or VS-NfD"), QStringLiteral("LEVEL"));
        p.addOptions({plan, subject, department, confidentiality});
        if (!parseCommand(p, QStringLiteral("file create"), args.mid(1), 0, 0))
            return stopped(p);
        if (!p.isSet(plan) || !p.isSet(subject))
            return fail(tr("file create needs --plan KEY and --subject TEXT."));
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        FileService files(*session->db);
        auto id = files.createFile(session->actor, NewFile{p.value(plan), p.value(subject), p.value(department), Confidentiality::Open,
                                                           p.value(confidentiality), {}});
        if (!id)
            return fail(id.error().message, ProblemsFound);
        m_out << files.loadFile(*id)->referenceNumber << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("list")) {
        p.setApplicationDescription(tr("Lists the files you may see."));
        const QCommandLineOption plan(QStringLiteral("plan"), tr("only under this file plan unit"), QStringLiteral("KEY"));
        p.addOption(plan);
        if (!parseCommand(p, QStringLiteral("file list"), args.mid(1), 0, 0))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        PlanUnitId unit;
        if (p.isSet(plan)) {
            auto u = FilePlan(*session->db).unit(p.value(plan));
            if (!u)
                return fail(u.error().message);
            unit = u->id;
        }
        FileService files(*session->db);
        FileId after;
        while (true) {
            auto page = files.files(session->actor, unit, after, 500);
            if (!page)
                return fail(page.error().message);
            for (const EFile &f : *page)
                m_out << f.referenceNumber.leftJustified(24) << (f.isClosed() ? tr("zdA") : QStringLiteral("   ")) << "  "
                      << FileService::confidentialityLabel(f.confidentiality).leftJustified(7) << f.subject << '\n';
            if (page->size() < 500)
                break;
            after = page->last().id;
        }
        m_out.flush();
        return Ok;
    }
    if (sub == QStringLiteral("close") || sub == QStringLiteral("refile")) {
        const bool close = sub == QStringLiteral("close");
        p.setApplicationDescription(close ? tr("Closes a file (zdA): every case must be closed; its retention period starts.")
                                          : tr("Moves a file to another unit of the file plan; it keeps its reference number."));
        p.addPositionalArgument(QStringLiteral("REFERENCE"), tr("the file's reference number"));
        if (!close)
            p.addPositionalArgument(QStringLiteral("KEY"), tr("the new file plan unit"));
        if (!parseCommand(p, QStringLiteral("file ") + sub, args.mid(1), close ? 1 : 2, close ? 1 : 2))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        FileService files(*session->db);
        auto file = files.fileByReference(session->actor, p.positionalArguments().first());
        if (!file)
            return fail(file.error().message, file.error().code == ErrorCode::NotFound ? UsageOrReadError : ProblemsFound);
        Status s = close ? files.closeFile(session->actor, file->id) : files.refile(session->actor, file->id, p.positionalArguments().at(1));
        if (!s)
            return fail(s.error().message, ProblemsFound);
        return Ok;
    }
    m_out << tr("Usage: amtsdesk-cli file create --plan KEY --subject TEXT [options] | list [--plan KEY] | close REFERENCE | "
                "refile REFERENCE KEY")
          << Qt::endl;
    return sub == QStringLiteral("--help") ? Ok : UsageOrReadError;
}

int Cli::cmdCase(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Opens a case (Vorgang) in a file and prints its number; it starts in the case workflow."));
    p.addPositionalArgument(QStringLiteral("REFERENCE"), tr("the file's reference number"));
    p.addPositionalArgument(QStringLiteral("SUBJECT"), tr("what the case is about"));
    const QCommandLineOption due(QStringLiteral("due"), tr("due date (YYYY-MM-DD)"), QStringLiteral("DATE"));
    p.addOption(due);
    if (args.value(0) != QStringLiteral("create")) {
        m_out << tr("Usage: amtsdesk-cli case create REFERENCE SUBJECT [--due DATE]") << Qt::endl;
        return args.value(0) == QStringLiteral("--help") ? Ok : UsageOrReadError;
    }
    if (!parseCommand(p, QStringLiteral("case create"), args.mid(1), 2, 2))
        return stopped(p);
    QDate dueDate;
    if (p.isSet(due) && !(dueDate = QDate::fromString(p.value(due), Qt::ISODate)).isValid())
        return fail(tr("--due needs a date as YYYY-MM-DD, not \"%1\".").arg(p.value(due)));
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    FileService files(*session->db);
    auto file = files.fileByReference(session->actor, p.positionalArguments().first());
    if (!file)
        return fail(file.error().message, file.error().code == ErrorCode::NotFound ? UsageOrReadError : ProblemsFound);
    auto id = files.createCase(session->actor, file->id, p.positionalArguments().at(1), dueDate);
    if (!id)
        return fail(id.error().message, ProblemsFound);
    m_out << id->value << Qt::endl;
    return Ok;
}

int Cli::cmdImport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Stores files as documents of a case, each file as it is; prints one line per file: "
                                   "added, or why not. Exit code 1 when any file was not added."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("files to add"), QStringLiteral("FILE…"));
    const QCommandLineOption caseOption(QStringLiteral("case"), tr("the case number (from 'case create' or 'show')"), QStringLiteral("N"));
    const QCommandLineOption direction(QStringLiteral("direction"), tr("incoming (default), outgoing or internal"), QStringLiteral("WAY"));
    const QCommandLineOption date(QStringLiteral("date"), tr("date of receipt or dispatch (YYYY-MM-DD)"), QStringLiteral("DATE"));
    const QCommandLineOption sender(QStringLiteral("sender"), tr("sender"), QStringLiteral("TEXT"));
    const QCommandLineOption password(QStringLiteral("password"), tr("password of protected PDFs, to read their text"),
                                      QStringLiteral("TEXT"));
    p.addOptions({caseOption, direction, date, sender, password});
    if (!parseCommand(p, QStringLiteral("import"), args, 1, 100000))
        return stopped(p);
    if (!p.isSet(caseOption))
        return fail(tr("import needs --case N."));
    const auto way = directionFromKey(p.isSet(direction) ? p.value(direction) : QStringLiteral("incoming"));
    if (!way)
        return fail(tr("--direction is incoming, outgoing or internal, not \"%1\".").arg(p.value(direction)));
    QDate documentDate;
    if (p.isSet(date) && !(documentDate = QDate::fromString(p.value(date), Qt::ISODate)).isValid())
        return fail(tr("--date needs a date as YYYY-MM-DD, not \"%1\".").arg(p.value(date)));
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    PdfWorker worker;
    const ImportSummary summary = BatchImport(*session->db, worker)
                                      .run(session->actor, CaseId(p.value(caseOption).toLongLong()), p.positionalArguments(), *way,
                                           documentDate, p.value(sender), p.value(password).toUtf8());
    printImportSummary(summary);
    m_out << summary.describe().first() << '\n';
    const int failed = int(summary.failed.size());
    m_out.flush();
    return failed == 0 ? Ok : ProblemsFound;
}

void Cli::printImportSummary(const ImportSummary &summary)
{
    for (const ImportItem &item : summary.added)
        m_out << tr("added    %1 as document %2").arg(item.path).arg(item.document.value)
              << (item.message.isEmpty() ? QString() : QStringLiteral("; ") + item.message) << '\n';
    for (const ImportItem &item : summary.duplicates)
        m_out << tr("already  %1 is document %2 of this file").arg(item.path).arg(item.document.value) << '\n';
    for (const ImportItem &item : summary.failed)
        m_out << tr("FAILED   %1: %2").arg(item.path, item.message) << '\n';
}

int Cli::cmdInbox(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Watches an inbox folder (e.g. the scanner's output): files that have stopped growing are "
                                   "added to the case and moved to imported/; files that cannot be added go to failed/ with "
                                   "a .reason.txt. Runs until stopped (Ctrl+C), or looks once with --once."));
    p.addPositionalArgument(QStringLiteral("FOLDER"), tr("the inbox folder"));
    const QCommandLineOption caseOption(QStringLiteral("case"), tr("the case the documents go to"), QStringLiteral("N"));
    const QCommandLineOption once(QStringLiteral("once"), tr("look once and stop"));
    const QCommandLineOption settle(QStringLiteral("settle"), tr("seconds a file must stay unchanged (default 3)"), QStringLiteral("S"),
                                    QStringLiteral("3"));
    p.addOptions({caseOption, once, settle});
    if (!parseCommand(p, QStringLiteral("inbox"), args, 1, 1))
        return stopped(p);
    if (!p.isSet(caseOption))
        return fail(tr("inbox needs --case N."));
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    PdfWorker worker;
    InboxFolder inbox(*session->db, worker, p.positionalArguments().first(), session->actor, CaseId(p.value(caseOption).toLongLong()));
    inbox.setSettleSeconds(std::max(0, p.value(settle).toInt()));
    int failed = 0;
    while (true) {
        auto summary = inbox.scan();
        if (!summary)
            return fail(summary.error().message);
        printImportSummary(*summary);
        m_out.flush();
        failed += int(summary->failed.size());
        if (p.isSet(once))
            return failed == 0 ? Ok : ProblemsFound;
        QThread::sleep(2);
    }
}

int Cli::cmdSearch(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Searches the text and metadata of the documents you may read. Syntax: words (all must "
                                   "occur), Bau* (prefix), \"exact phrase\", OR, NOT or -word, parentheses; filters akte:, oe:, "
                                   "plan:, von:, bis:, typ:, status:. Müller, Mueller and Muller find each other."));
    p.addPositionalArgument(QStringLiteral("QUERY"), tr("what to look for"), QStringLiteral("QUERY…"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("at most N documents (default 20)"), QStringLiteral("N"), QStringLiteral("20"));
    p.addOption(limit);
    if (!parseCommand(p, QStringLiteral("search"), args, 1, 1000))
        return stopped(p);
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    auto hits = DocumentSearch(*session->db).search(session->actor, p.positionalArguments().join(QLatin1Char(' ')),
                                                     std::clamp(p.value(limit).toInt(), 1, 1000));
    if (!hits)
        return fail(hits.error().message, hits.error().code == ErrorCode::InvalidInput ? UsageOrReadError : ProblemsFound);
    if (hits->isEmpty()) {
        m_out << tr("Nothing found.") << Qt::endl;
        return Ok;
    }
    for (const SearchHit &h : *hits) {
        QString snippet = h.snippet.simplified();
        snippet.replace(DocumentSearch::kHitStart, QStringLiteral("[")).replace(DocumentSearch::kHitEnd, QStringLiteral("]"));
        m_out << tr("%1/%2  document %3: %4").arg(h.referenceNumber).arg(h.caseNumber).arg(h.document.value).arg(h.title);
        if (h.page > 0)
            m_out << "  " << tr("page %1").arg(h.page);
        m_out << '\n' << "    " << snippet << '\n';
    }
    m_out.flush();
    return Ok;
}

int Cli::cmdShow(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Shows a file with its cases, documents and their text status."));
    p.addPositionalArgument(QStringLiteral("REFERENCE"), tr("the file's reference number"));
    if (!parseCommand(p, QStringLiteral("show"), args, 1, 1))
        return stopped(p);
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    FileService files(*session->db);
    DocumentService documents(*session->db);
    auto file = files.fileByReference(session->actor, p.positionalArguments().first());
    if (!file)
        return fail(file.error().message, file.error().code == ErrorCode::NotFound ? UsageOrReadError : ProblemsFound);
    const QLocale locale;
    m_out << file->referenceNumber << "  " << file->subject << '\n'
          << tr("Plan unit %1, department %2, %3, retention %4").arg(file->planKey, file->departmentCode,
                                                                      FileService::confidentialityLabel(file->confidentiality),
                                                                      FilePlan::retentionText(file->retentionYears))
          << '\n';
    if (file->isClosed())
        m_out << tr("Closed (zdA) on %1, kept until %2").arg(locale.toString(file->closedAt.toLocalTime().date(), QLocale::ShortFormat),
                                                             locale.toString(file->retentionUntil, QLocale::ShortFormat))
              << '\n';
    auto cases = files.cases(session->actor, file->id);
    if (!cases)
        return fail(cases.error().message);
    for (const Case &c : *cases) {
        m_out << tr("  Case %1 (no. %2): %3 [%4]").arg(c.id.value).arg(c.number).arg(c.subject, c.stateLabel) << '\n';
        auto docs = documents.documents(session->actor, c.id);
        if (!docs)
            return fail(docs.error().message);
        for (const Document &d : *docs) {
            const QString &status = d.current.textStatus;
            const QString text = status == QStringLiteral("indexed")     ? tr("searchable")
                                 : status == QStringLiteral("pending")   ? tr("not read yet")
                                 : status == QStringLiteral("encrypted") ? tr("password-protected")
                                 : status == QStringLiteral("unreadable") ? tr("cannot be read")
                                                                          : tr("no text");
            m_out << "    " << tr("Document %1: %2 (%3, version %4, %5 bytes, text: %6)")
                                   .arg(d.id.value)
                                   .arg(d.title, d.current.fileName)
                                   .arg(d.current.version)
                                   .arg(d.current.size)
                                   .arg(text)
                  << '\n';
        }
    }
    m_out.flush();
    return Ok;
}

int Cli::cmdExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Writes a file, or one of its cases, as a folder of its documents with metadata.json."));
    p.addPositionalArgument(QStringLiteral("REFERENCE"), tr("the file's reference number"));
    p.addPositionalArgument(QStringLiteral("DEST"), tr("a folder that does not exist yet"));
    const QCommandLineOption caseOption(QStringLiteral("case"), tr("only this case (its number from 'show')"), QStringLiteral("N"));
    p.addOption(caseOption);
    if (!parseCommand(p, QStringLiteral("export"), args, 2, 2))
        return stopped(p);
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    auto file = FileService(*session->db).fileByReference(session->actor, p.positionalArguments().first());
    if (!file)
        return fail(file.error().message, file.error().code == ErrorCode::NotFound ? UsageOrReadError : ProblemsFound);
    auto summary = FileExport(*session->db).exportFile(session->actor, file->id, p.positionalArguments().at(1),
                                                       CaseId(p.value(caseOption).toLongLong()));
    if (!summary)
        return fail(summary.error().message, ProblemsFound);
    m_out << tr("Exported %1 cases with %2 documents to %3.").arg(summary->cases).arg(summary->documents).arg(summary->folder) << Qt::endl;
    return Ok;
}

int Cli::cmdResubmission(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Puts a case on resubmission (Wiedervorlage): on the date it comes back to you, or to "
                                   "a colleague of the file's department, with the reason."));
    p.addPositionalArgument(QStringLiteral("CASE"), tr("the case number"));
    p.addPositionalArgument(QStringLiteral("DATE"), tr("YYYY-MM-DD"));
    p.addPositionalArgument(QStringLiteral("REASON"), tr("why"));
    const QCommandLineOption forUser(QStringLiteral("for"), tr("for this colleague"), QStringLiteral("LOGIN"));
    p.addOption(forUser);
    if (args.value(0) != QStringLiteral("add")) {
        m_out << tr("Usage: amtsdesk-cli resubmission add CASE DATE REASON [--for LOGIN]") << Qt::endl;
        return args.value(0) == QStringLiteral("--help") ? Ok : UsageOrReadError;
    }
    if (!parseCommand(p, QStringLiteral("resubmission add"), args.mid(1), 3, 3))
        return stopped(p);
    const QDate date = QDate::fromString(p.positionalArguments().at(1), Qt::ISODate);
    if (!date.isValid())
        return fail(tr("DATE must be YYYY-MM-DD, not \"%1\".").arg(p.positionalArguments().at(1)));
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    auto id = Resubmissions(*session->db).add(session->actor, CaseId(p.positionalArguments().first().toLongLong()), date,
                                              p.positionalArguments().at(2), p.value(forUser));
    if (!id)
        return fail(id.error().message, ProblemsFound);
    return Ok;
}

int Cli::cmdDisposal(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ARG"), tr("the file's reference number (request) or the request number (approve)"));
    if (sub != QStringLiteral("list") && sub != QStringLiteral("request") && sub != QStringLiteral("approve")) {
        m_out << tr("Usage: amtsdesk-cli disposal list | request REFERENCE | approve REQUEST") << Qt::endl;
        return sub == QStringLiteral("--help") ? Ok : UsageOrReadError;
    }
    p.setApplicationDescription(tr("The disposal list: closed files whose retention period has ended; destruction needs "
                                   "a request and a second person's approval."));
    const int n = sub == QStringLiteral("list") ? 0 : 1;
    if (!parseCommand(p, QStringLiteral("disposal ") + sub, args.mid(1), n, n))
        return stopped(p);
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    Disposal disposal(*session->db);
    if (sub == QStringLiteral("list")) {
        auto list = disposal.candidates(session->actor);
        if (!list)
            return fail(list.error().message);
        for (const DisposalCandidate &c : *list)
            m_out << c.referenceNumber.leftJustified(24) << tr("kept until %1").arg(c.retentionUntil.toString(Qt::ISODate)) << "  "
                  << (c.requestId ? tr("destruction requested by %1 (request %2)").arg(c.requestedBy).arg(*c.requestId) : QString())
                  << '\n';
        m_out.flush();
        return Ok;
    }
    if (sub == QStringLiteral("request")) {
        auto file = FileService(*session->db).fileByReference(session->actor, p.positionalArguments().first());
        if (!file)
            return fail(file.error().message, ProblemsFound);
        auto id = disposal.requestDestruction(session->actor, file->id);
        if (!id)
            return fail(id.error().message, ProblemsFound);
        m_out << tr("Destruction requested (request %1); a signatory of the department must approve it.").arg(*id) << Qt::endl;
        return Ok;
    }
    if (Status s = disposal.approveDestruction(session->actor, p.positionalArguments().first().toLongLong()); !s)
        return fail(s.error().message, ProblemsFound);
    m_out << tr("The file was destroyed; the audit trail records it.") << Qt::endl;
    return Ok;
}

} // namespace amtsdesk::cli
