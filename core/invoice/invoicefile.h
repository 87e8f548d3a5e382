#pragma once

#include "common/result.h"
#include "invoice/invoicemodel.h"
#include "invoice/invoicevalidator.h"

#include <QCoreApplication>
#include <QString>

namespace amtsdesk {

class PdfWorker;
struct EmbeddedFile;

// An e-invoice as it arrives: an XML file (XRechnung in UBL or CII), or a PDF carrying its XML
// (ZUGFeRD / Factur-X). PDFs are opened in the worker process, never here.
struct InvoiceFile {
    enum class Container { Xml, Pdf };
    Container container = Container::Xml;
    QString attachment; // the embedded XML's name, for PDFs (never used as a path)
    QString profile;    // MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED, XRECHNUNG, or BT-24 as found
    EInvoice invoice;
    // What the container itself shows, beside the invoice data: for PDFs, where the XMP
    // metadata disagrees with the embedded XML (XmpCheck).
    QList<Finding> containerFindings;
};

class InvoiceFiles {
    Q_DECLARE_TR_FUNCTIONS(InvoiceFiles)

public:
    // The names under which ZUGFeRD 2 / Factur-X and XRechnung PDFs carry their XML.
    static QStringList attachmentNames();
    // The profile named by a specification identifier (BT-24), or the identifier itself.
    static QString profileOf(const QString &specificationId);

    // worker may be null: then a PDF is refused with a message saying why.
    // shownName: how messages name the file (the stored copy is read, the original named);
    // empty: the path.
    static Result<InvoiceFile> open(const QString &path, PdfWorker *worker, const QString &shownName = {});
    static Result<InvoiceFile> fromXml(const QByteArray &xml, const QString &name);
    // A PDF's invoice from its embedded files and XMP packet (as the worker reads them); shown
    // names the PDF in messages.
    static Result<InvoiceFile> fromAttachments(const QList<EmbeddedFile> &attachments, const QString &xmp,
                                               const QString &shown);
    // What the container shows and every rule that applies to the invoice (without the schema step).
    static QList<Finding> check(const InvoiceFile &file);
};

} // namespace amtsdesk
