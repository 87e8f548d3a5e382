#include "invoice/inbox/invoicenotice.h"

#include "invoice/invoicesheet.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace amtsdesk {

namespace {

// Paragraphs of plain text (blank-line separated) and lists ("- " lines) as simple HTML.
QString toHtml(const QString &title, const QString &text)
{
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt\"><h2>%1</h2>")
                       .arg(title.toHtmlEscaped());
    bool inList = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("- "))) {
            if (!inList)
                html += QStringLiteral("<ul>");
            inList = true;
            html += QStringLiteral("<li>%1</li>").arg(line.mid(2).toHtmlEscaped());
            continue;
        }
        if (inList)
            html += QStringLiteral("</ul>");
        inList = false;
        if (!line.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    }
    if (inList)
        html += QStringLiteral("</ul>");
    return html + QStringLiteral("</body></html>");
}

NoticeText notice(const QString &title, const QString &text)
{
    return NoticeText{title, text, toHtml(title, text)};
}

QString money(const std::optional<Decimal> &amount, const QString &currency)
{
    return amount ? QStringLiteral("%1 %2").arg(amount->toLocaleString(QLocale(), 2), currency) : QStringLiteral("–");
}

QString identification(const InvoiceRecord &r)
{
    return InvoiceNotices::tr("Invoice number: %1\nInvoice date: %2\nSeller: %3\nAmount due: %4\nLeitweg-ID: %5\n"
                              "Received: %6 (file %7)")
        .arg(r.number.isEmpty() ? InvoiceNotices::tr("none given") : r.number,
             r.issueDate.isValid() ? QLocale().toString(r.issueDate, QLocale::ShortFormat) : QStringLiteral("–"),
             r.sellerName.isEmpty() ? QStringLiteral("–") : r.sellerName, money(r.payableAmount, r.currency),
             r.leitwegId.isEmpty() ? QStringLiteral("–") : r.leitwegId,
             QLocale().toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat), r.fileName);
}

QString findingLines(const QList<Finding> &findings, bool fatalOnly)
{
    QString out;
    for (const Finding &f : findings) {
        if (fatalOnly && f.severity != FindingSeverity::Fatal)
            continue;
        out += QStringLiteral("- [%1] %2").arg(f.rule, f.message);
        if (f.line > 0)
            out += InvoiceNotices::tr(" (line %1)").arg(f.line);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace

Status NoticeText::writePdf(const QString &path) const
{
    return InvoiceSheet::writeHtmlAsPdfA(html, title, path);
}

Status NoticeText::write(const QString &path) const
{
    if (!path.endsWith(QStringLiteral(".txt"), Qt::CaseInsensitive))
        return writePdf(path);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit())
        return Error::io(
            InvoiceNotices::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    return {};
}

Result<NoticeText> InvoiceNotices::rejection(Database &db, const Actor &actor, InvoiceId id)
{
    InvoiceInbox inbox(db);
    auto invoice = inbox.invoice(actor, id);
    if (!invoice)
        return invoice.error();
    if (invoice->state != QStringLiteral("rejected"))
        return Error::conflict(tr("Invoice %1 is not rejected; there is no rejection notice.").arg(id.value));
    auto findings = inbox.findings(actor, id);
    if (!findings)
        return findings.error();
    auto history = WorkflowEngine(db).history(invoice->workflowItem);
    if (!history)
        return history.error();
    QString reason, by;
    QDate on;
    for (const WorkflowHistoryEntry &h : std::as_const(*history)) {
        if (h.transition == QStringLiteral("reject")) {
            reason = h.comment;
            by = h.onBehalfOf ? tr("%1 on behalf of %2").arg(h.actorName, h.onBehalfOfName) : h.actorName;
            on = h.at.toLocalTime().date();
        }
    }
    return rejection(*invoice, *findings, reason, by, on);
}

NoticeText InvoiceNotices::rejection(const InvoiceRecord &invoice, const QList<Finding> &findings,
                                     const QString &reason, const QString &rejectedBy, const QDate &on)
{
    QString text = tr("We cannot process the following invoice and return it to you.") + QStringLiteral("\n\n") +
                   identification(invoice) + QStringLiteral("\n\n") + tr("Reason: %1").arg(reason.trimmed()) +
                   QStringLiteral("\n\n");
    if (!invoice.readable()) {
        text += tr("The file could not be read as an electronic invoice: %1").arg(invoice.readError) +
                QStringLiteral("\n\n");
    }
    const QString broken = findingLines(findings, true);
    if (!broken.isEmpty())
        text += tr("The invoice breaks these rules of EN 16931 and XRechnung:") + QLatin1Char('\n') + broken +
                QLatin1Char('\n');
    text += tr("Please send a corrected invoice as XRechnung (UBL or CII) or ZUGFeRD/Factur-X, under a new invoice "
               "number where the law on VAT requires it.") +
            QStringLiteral("\n\n") + tr("%1, %2").arg(rejectedBy, QLocale().toString(on, QLocale::LongFormat));
    return notice(tr("Rejection of invoice %1").arg(invoice.number.isEmpty() ? invoice.fileName : invoice.number),
                  text);
}

NoticeText InvoiceNotices::validationReport(const InvoiceRecord &invoice, const QList<Finding> &findings)
{
    QString text = identification(invoice) + QStringLiteral("\n\n");
    text += tr("Format: %1 %2, profile %3")
                .arg(invoice.container.toUpper(), invoice.syntax.toUpper(),
                     invoice.profile.isEmpty() ? QStringLiteral("–") : invoice.profile) +
            QLatin1Char('\n');
    if (!invoice.readable())
        text += tr("Result: not readable – %1").arg(invoice.readError);
    else if (invoice.errors == 0)
        text += tr("Result: valid (%n warning(s))", nullptr, invoice.warnings);
    else
        text += tr("Result: NOT valid (%n error(s))", nullptr, invoice.errors);
    text += QStringLiteral("\n\n");
    if (!invoice.duplicateWhy.isEmpty())
        text += tr("Possible duplicate: %1").arg(invoice.duplicateWhy) + QStringLiteral("\n\n");
    if (!findings.isEmpty())
        text += tr("Findings:") + QLatin1Char('\n') + findingLines(findings, false);
    return notice(tr("Validation report for invoice %1").arg(invoice.number), text);
}

NoticeText InvoiceNotices::approvalHistory(const InvoiceRecord &invoice, const QList<WorkflowHistoryEntry> &history)
{
    QString text = identification(invoice) + QStringLiteral("\n\n");
    if (!invoice.allocations.isEmpty()) {
        text += tr("Account assignment:") + QLatin1Char('\n');
        for (const Allocation &a : invoice.allocations)
            text += tr("- cost centre %1, budget item %2: %3")
                        .arg(a.costCentre, a.budgetItem, money(a.amount, invoice.currency)) +
                    QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    text += tr("Steps:") + QLatin1Char('\n');
    for (const WorkflowHistoryEntry &h : history) {
        QString who = h.actorName;
        if (h.onBehalfOf)
            who = tr("%1 on behalf of %2").arg(h.actorName, h.onBehalfOfName);
        QString line = QStringLiteral("- %1: %2 → %3, %4")
                           .arg(QLocale().toString(h.at.toLocalTime(), QLocale::ShortFormat),
                                h.transition.isEmpty() ? tr("start") : h.transitionLabel, h.toStateLabel, who);
        if (!h.comment.isEmpty())
            line += QStringLiteral(" („%1“)").arg(h.comment);
        text += line + QLatin1Char('\n');
    }
    return notice(tr("Approval history of invoice %1").arg(invoice.number), text);
}

} // namespace amtsdesk
