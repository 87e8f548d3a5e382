#pragma once

#include <QString>

// Tables of the readable view (invoicesheet.cpp): untranslated sources, translated by the caller
// in the context "InvoiceSheet".
namespace amtsdesk::sheetterms {

// The official English name of a business term or group ("BT-27", "BG-4"), or null.
const char *termName(const QString &term);
// What a code means: list "type" (invoice type, UNTDID 1001), "payment" (payment means, UNTDID
// 4461) or "vat" (VAT category, UNTDID 5305); null for a code the table does not hold.
const char *meaning(const char *list, const QString &code);

} // namespace amtsdesk::sheetterms
