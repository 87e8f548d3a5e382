// amtsdesk-cli invoice …: reading and validating e-invoices (XRechnung, ZUGFeRD / Factur-X).
#include "cli/cli.h"

#include "invoice/invoicefile.h"
#include "invoice/invoiceschemas.h"
#include "invoice/invoicesheet.h"
#include "invoice/invoicevalidator.h"
#include "pdf/workerclient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace amtsdesk::cli {

int Cli::cmdInvoice(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QStringLiteral("show"))
        return cmdInvoiceShow(args.mid(1));
    static const QStringList inbox{QStringLiteral("import"), QStringLiteral("list"),   QStringLiteral("info"),
                                   QStringLiteral("route"),  QStringLiteral("routes"), QStringLiteral("step"),
                                   QStringLiteral("reject"), QStringLiteral("export"), QStringLiteral("file-plan"),
                                   QStringLiteral("archive")};
    if (inbox.contains(sub))
        return cmdInvoiceInbox(sub, args.mid(1));
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        m_out << tr("Usage: amtsdesk-cli invoice validate FILE… [--json] [--schemas DIR] | invoice show FILE "
                    "[--html OUT] | invoice %1 … (the inbox; --help on each)")
                     .arg(inbox.join(QLatin1Char('|')))
              << Qt::endl;
        return Ok;
    }
    if (sub != QStringLiteral("validate"))
        return fail(tr("Use: amtsdesk-cli invoice validate FILE… [--json] [--schemas DIR] | invoice show FILE "
                       "[--html OUT] | invoice %1 … (the inbox; --help on each)")
                        .arg(inbox.join(QLatin1Char('|'))));
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Validates e-invoices (XRechnung in UBL or CII; ZUGFeRD / Factur-X PDFs) against the rules of "
           "EN 16931 and, where the invoice is an XRechnung, of XRechnung 3.0. Exit code 0 when all are "
           "valid, 1 when any is not, 2 when a file cannot be read as an invoice."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("invoice files (XML or PDF)"), QStringLiteral("FILE…"));
    const QCommandLineOption json(QStringLiteral("json"), tr("one JSON object per line and file"));
    p.addOption(json);
    const QCommandLineOption schemasOption(
        QStringLiteral("schemas"),
        tr("check each invoice against the XML schema of its syntax first (UBL 2.1, CII D16B), from DIR"),
        QStringLiteral("DIR"));
    p.addOption(schemasOption);
    if (!parseCommand(p, QStringLiteral("invoice validate"), args.mid(1), 1, 100000))
        return stopped(p);
    std::unique_ptr<InvoiceSchemas> schemas;
    if (p.isSet(schemasOption)) {
        auto opened = InvoiceSchemas::open(p.value(schemasOption));
        if (!opened)
            return fail(opened.error().message);
        schemas = std::move(*opened);
    }
    PdfWorker worker;
    int exit = Ok;
    for (const QString &path : p.positionalArguments()) {
        auto file = InvoiceFiles::open(path, &worker);
        if (!file) {
            exit = UsageOrReadError;
            if (p.isSet(json))
                m_out << QJsonDocument(QJsonObject{{QStringLiteral("file"), path},
                                                   {QStringLiteral("error"), file.error().message}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            else
                m_err << file.error().message << Qt::endl;
            continue;
        }
        QList<Finding> findings;
        if (schemas) {
            auto schemaFindings = schemas->validate(file->invoice);
            if (!schemaFindings)
                return fail(schemaFindings.error().message);
            findings = *schemaFindings;
        }
        findings += InvoiceFiles::check(*file);
        bool valid = true;
        for (const Finding &f : findings)
            valid = valid && f.severity != FindingSeverity::Fatal;
        if (!valid && exit == Ok)
            exit = ProblemsFound;
        const bool xrechnung = InvoiceValidator::claimsXRechnung(file->invoice);
        const QString syntax =
            file->invoice.syntax == InvoiceSyntax::Ubl ? QStringLiteral("ubl") : QStringLiteral("cii");
        if (p.isSet(json)) {
            QJsonArray list;
            for (const Finding &f : findings)
                list.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                        {QStringLiteral("severity"), Finding::severityName(f.severity)},
                                        {QStringLiteral("message"), f.message},
                                        {QStringLiteral("location"), f.location}});
            QJsonObject o{{QStringLiteral("file"), path},
                          {QStringLiteral("syntax"), syntax},
                          {QStringLiteral("container"), file->container == InvoiceFile::Container::Pdf
                                                            ? QStringLiteral("pdf")
                                                            : QStringLiteral("xml")},
                          {QStringLiteral("profile"), file->profile},
                          {QStringLiteral("xrechnung"), xrechnung},
                          {QStringLiteral("valid"), valid},
                          {QStringLiteral("findings"), list}};
            if (file->container == InvoiceFile::Container::Pdf)
                o.insert(QStringLiteral("attachment"), file->attachment);
            m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
            continue;
        }
        m_out << (valid ? tr("%1: valid (%2, %3)") : tr("%1: NOT valid (%2, %3)"))
                     .arg(path, syntax.toUpper(), file->profile)
              << Qt::endl;
        for (const Finding &f : findings)
            m_out << QStringLiteral("  [%1] %2: %3 (line %4, %5)")
                         .arg(f.rule, Finding::severityName(f.severity), f.message)
                         .arg(f.line)
                         .arg(f.location)
                  << Qt::endl;
    }
    return exit;
}

int Cli::cmdInvoiceShow(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Shows an e-invoice as a clerk reads it, with its findings, as HTML (the same "
                                   "view the application prints)."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("invoice file (XML or PDF)"));
    const QCommandLineOption html(QStringLiteral("html"), tr("write the HTML to OUT instead of standard output"),
                                  QStringLiteral("OUT"));
    p.addOption(html);
    if (!parseCommand(p, QStringLiteral("invoice show"), args, 1, 1))
        return stopped(p);
    PdfWorker worker;
    auto file = InvoiceFiles::open(p.positionalArguments().first(), &worker);
    if (!file)
        return fail(file.error().message);
    const QList<Finding> findings = InvoiceFiles::check(*file);
    const QString text = InvoiceSheet::build(*file, findings).toHtml();
    if (!p.isSet(html)) {
        m_out << text << Qt::endl;
        return Ok;
    }
    QSaveFile out(p.value(html));
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit())
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(p.value(html)), out.errorString()));
    return Ok;
}

} // namespace amtsdesk::cli
