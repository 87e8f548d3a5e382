// The sheet as HTML for the view, printing and PDF: plain tables that QTextDocument renders,
// each field with its term number, findings beside the fields they concern.
#include "invoice/invoicesheet.h"

namespace amtsdesk {

namespace {

QString escaped(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString severityColour(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::Fatal: return QStringLiteral("#b3261e");
    case FindingSeverity::Warning: return QStringLiteral("#8a5a00");
    case FindingSeverity::Information: break;
    }
    return QStringLiteral("#1f5f99");
}

QString findingHtml(const Finding &f)
{
    const QString kind = f.severity == FindingSeverity::Fatal     ? InvoiceSheet::tr("Error")
                         : f.severity == FindingSeverity::Warning ? InvoiceSheet::tr("Warning")
                                                                  : InvoiceSheet::tr("Note");
    return QStringLiteral("<div style=\"color:%1\">%2 [%3]: %4</div>")
        .arg(severityColour(f.severity), kind, escaped(f.rule), escaped(f.message));
}

void groupHtml(const SheetGroup &g, int level, QString &out)
{
    if (g.empty() && g.findings.isEmpty())
        return;
    const int h = qMin(level, 4);
    out += QStringLiteral("<h%1>%2").arg(h).arg(escaped(g.title));
    if (!g.term.isEmpty())
        out += QStringLiteral(" <span style=\"color:#777; font-weight:normal; font-size:small\">%1</span>")
                   .arg(escaped(g.term));
    out += QStringLiteral("</h%1>").arg(h);
    for (const Finding &f : g.findings)
        out += findingHtml(f);
    if (!g.fields.isEmpty()) {
        out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
        for (const SheetField &f : g.fields) {
            out += QStringLiteral("<tr><td width=\"38%\" valign=\"top\"><a href=\"term:%1\" "
                                  "style=\"color:#000; text-decoration:none\">%2</a> "
                                  "<span style=\"color:#777; font-size:small\">%1</span></td>"
                                  "<td valign=\"top\">%3")
                       .arg(escaped(f.term), escaped(f.label), escaped(f.value));
            for (const Finding &finding : f.findings)
                out += findingHtml(finding);
            out += QStringLiteral("</td></tr>");
        }
        out += QStringLiteral("</table>");
    }
    for (const SheetGroup &child : g.groups)
        groupHtml(child, level + 1, out);
}

} // namespace

QString InvoiceSheet::toHtml() const
{
    QString out =
        QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head><body>").arg(escaped(title));
    out += QStringLiteral("<h1>%1</h1>").arg(escaped(title));
    out += QStringLiteral("<p style=\"color:%1; font-weight:bold\">%2</p>")
               .arg(valid ? QStringLiteral("#1e6b2e") : severityColour(FindingSeverity::Fatal), escaped(summary));
    QString format = tr("%1, profile %2").arg(syntax, profile);
    if (container == QStringLiteral("PDF"))
        format += QStringLiteral("; ") + tr("data from the PDF's attachment %1").arg(attachment);
    out += QStringLiteral("<p>%1</p>").arg(escaped(format));
    for (const Finding &f : general)
        out += findingHtml(f);
    for (const SheetGroup &g : groups)
        groupHtml(g, 2, out);
    out += QStringLiteral("</body></html>");
    return out;
}

} // namespace amtsdesk
