#pragma once

#include "invoice/invoicevalidator.h"

#include <QCoreApplication>
#include <QString>

namespace amtsdesk {

// A ZUGFeRD / Factur-X PDF declares in its XMP metadata which file carries the invoice data
// (fx:DocumentFileName), what it is (fx:DocumentType: INVOICE) and its profile
// (fx:ConformanceLevel). A reader should be able to trust that; where the metadata is missing
// or says something other than the embedded XML, the PDF is not a conforming ZUGFeRD /
// Factur-X file. The invoice itself may still be right, so these findings are warnings:
//   FX-XMP-01 no ZUGFeRD / Factur-X metadata (or XMP that cannot be read)
//   FX-XMP-02 the declared profile differs from the one the XML names (BT-24)
//   FX-XMP-03 the declared file name differs from the attachment that holds the XML
//   FX-XMP-04 the declared document type is not INVOICE
class XmpCheck {
    Q_DECLARE_TR_FUNCTIONS(XmpCheck)

public:
    // xmp: the PDF's XMP packet; attachment: the name of the embedded XML; profile: as
    // InvoiceFiles::profileOf gives it.
    static QList<Finding> compare(const QString &xmp, const QString &attachment, const QString &profile);
};

} // namespace amtsdesk
