// The sheet as a PDF/A-1b file, for filing in the e-file: QTextDocument laid out on A4 by
// QPdfWriter, which embeds the fonts and writes the PDF/A identification.
#include "invoice/invoicesheet.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace amtsdesk {

Status InvoiceSheet::writePdfA(const QString &path) const
{
    return writeHtmlAsPdfA(toHtml(), title, path);
}

Status InvoiceSheet::writeHtmlAsPdfA(const QString &html, const QString &title, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Written beside the target and renamed, so that a half-written file never takes its place.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(tr("%1 cannot be written: %2").arg(shown, out.errorString()));
    {
        QPdfWriter writer(&out);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Amtsdesk"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (!out.commit())
        return Error::io(tr("%1 cannot be written: %2").arg(shown, out.errorString()));
    return {};
}

QString InvoiceSheet::pdfTotalsNote(const EInvoice &invoice, const QStringList &pageTexts)
{
    const QString due = invoice.amountDue.text.trimmed();
    if (due.isEmpty() || pageTexts.isEmpty())
        return {};
    // The amount as a person prints it: 1234.50, 1234,50, 1.234,50 or 1,234.50.
    QString integer = due.section(QLatin1Char('.'), 0, 0);
    QString fraction = due.section(QLatin1Char('.'), 1);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    const bool negative = integer.startsWith(QLatin1Char('-'));
    if (negative)
        integer.remove(0, 1);
    QString grouped;
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0)
            grouped += QLatin1Char('#');
        grouped += integer.at(i);
    }
    const QStringList forms{integer + QLatin1Char('.') + fraction, integer + QLatin1Char(',') + fraction,
                            QString(grouped).replace(QLatin1Char('#'), QLatin1Char('.')) + QLatin1Char(',') + fraction,
                            QString(grouped).replace(QLatin1Char('#'), QLatin1Char(',')) + QLatin1Char('.') + fraction};
    const QString text = pageTexts.join(QLatin1Char('\n'));
    for (const QString &form : forms) {
        if (text.contains(form))
            return {};
    }
    return tr("The PDF does not show the amount due of the invoice data (%1 %2): check that the picture and the "
              "data are the same invoice.")
        .arg(due, invoice.currency.text.trimmed());
}

} // namespace amtsdesk
