#include "invoice/invoicefile.h"

#include "invoice/invoicereader.h"
#include "invoice/xmpcheck.h"
#include "pdf/workerclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace amtsdesk {

namespace {

// An attachment's name as the sender wrote it, fit for a message: control and format characters
// (a NUL, a terminal escape, a line break) become U+FFFD, so that a name cannot rewrite a terminal
// or a log line. Slashes stay: a path-like name is worth seeing as such.
QString printable(const QString &name)
{
    QString shown = name;
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    return shown;
}

} // namespace

QStringList InvoiceFiles::attachmentNames()
{
    return {QStringLiteral("factur-x.xml"), QStringLiteral("zugferd-invoice.xml"),
            QStringLiteral("ZUGFeRD-invoice.xml"), QStringLiteral("xrechnung.xml")};
}

QString InvoiceFiles::profileOf(const QString &specificationId)
{
    const QString id = specificationId.trimmed();
    // Longest first: the XRechnung and EXTENDED identifiers contain the EN 16931 one.
    if (id.contains(QStringLiteral("xrechnung"), Qt::CaseInsensitive))
        return QStringLiteral("XRECHNUNG");
    if (id.contains(QStringLiteral("extended"), Qt::CaseInsensitive))
        return QStringLiteral("EXTENDED");
    if (id.contains(QStringLiteral("basicwl"), Qt::CaseInsensitive))
        return QStringLiteral("BASIC WL");
    if (id.contains(QStringLiteral(":basic"), Qt::CaseInsensitive) ||
        id.contains(QStringLiteral("#basic"), Qt::CaseInsensitive))
        return QStringLiteral("BASIC");
    if (id.contains(QStringLiteral("minimum"), Qt::CaseInsensitive))
        return QStringLiteral("MINIMUM");
    if (id == QStringLiteral("urn:cen.eu:en16931:2017") ||
        id.startsWith(QStringLiteral("urn:cen.eu:en16931:2017#compliant")) ||
        id.contains(QStringLiteral("en16931"), Qt::CaseInsensitive))
        return QStringLiteral("EN 16931");
    return id;
}

Result<InvoiceFile> InvoiceFiles::fromXml(const QByteArray &xml, const QString &name)
{
    auto invoice = InvoiceReader::read(xml, name);
    if (!invoice)
        return invoice.error();
    InvoiceFile file;
    file.profile = profileOf(invoice->specificationId.text);
    file.invoice = std::move(*invoice);
    return file;
}

Result<InvoiceFile> InvoiceFiles::open(const QString &path, PdfWorker *worker, const QString &shownName)
{
    const QString shown = shownName.isEmpty() ? QDir::toNativeSeparators(path) : shownName;
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return Error::notFound(tr("%1 is not a file.").arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    if (file.size() > XmlTree::kMaxBytes && !file.peek(5).startsWith("%PDF"))
        return Error::overflow(tr("%1 is larger than %2 MB; Amtsdesk does not read invoices of that size.")
                                   .arg(shown)
                                   .arg(XmlTree::kMaxBytes >> 20));
    const QByteArray head = file.peek(1024);
    if (!head.startsWith("%PDF")) {
        // Not every PDF starts at byte 0; a "%PDF-" in the first kilobyte is still a PDF.
        if (!head.contains("%PDF-"))
            return fromXml(file.readAll(), shown);
    }
    file.close();
    if (!worker)
        return Error::internal(tr("%1 is a PDF; PDFs are read by the worker process, and none was given.").arg(shown));
    QString xmp;
    auto attachments = worker->attachments(path, {}, &xmp);
    if (!attachments) {
        // The worker names the path it read; people know the file by the name they were shown.
        Error error = attachments.error();
        error.message.replace(QDir::toNativeSeparators(path), shown);
        return error;
    }
    return fromAttachments(*attachments, xmp, shown);
}

Result<InvoiceFile> InvoiceFiles::fromAttachments(const QList<EmbeddedFile> &attachments, const QString &xmp,
                                                  const QString &shown)
{
    const QStringList names = attachmentNames();
    for (const EmbeddedFile &embedded : attachments) {
        if (!names.contains(embedded.name, Qt::CaseInsensitive))
            continue;
        auto result = fromXml(embedded.data, tr("%1 (attachment %2)").arg(shown, embedded.name));
        if (!result)
            return result.error();
        result->container = InvoiceFile::Container::Pdf;
        result->attachment = embedded.name;
        result->containerFindings = XmpCheck::compare(xmp, embedded.name, result->profile);
        return result;
    }
    QStringList found;
    for (const EmbeddedFile &embedded : attachments) {
        if (embedded.name.compare(QStringLiteral("order-x.xml"), Qt::CaseInsensitive) == 0)
            return Error::unsupported(tr("%1 is an order (Order-X), not an invoice.").arg(shown));
        found << printable(embedded.name);
    }
    return Error::unsupported(
        found.isEmpty()
            ? tr("%1 is a PDF without embedded invoice data: it is not a ZUGFeRD or Factur-X invoice.").arg(shown)
            : tr("%1 is a PDF whose attachments (%2) hold no ZUGFeRD, Factur-X or XRechnung invoice data.")
                  .arg(shown, found.join(QStringLiteral(", "))));
}

QList<Finding> InvoiceFiles::check(const InvoiceFile &file)
{
    return file.containerFindings + InvoiceValidator::validate(file.invoice);
}

} // namespace amtsdesk
