#pragma once

#include "invoice/invoicevalidator.h"

namespace amtsdesk::invoicerules {

// One of the syntax rules that say "this element (or attribute) is not used in EN 16931
// invoices" (UBL-CR, UBL-DT-08…28, CII-SR, part of CII-DT): at each context element, nothing
// may be found at the path. Paths are the official ones: steps "prefix:Name" separated by "/",
// a last step "@name" for an attribute, "(cac:InvoiceLine|cac:CreditNoteLine)" for either, and
// a leading "//" for anywhere in the document.
struct AbsentRule {
    enum Context {
        Root,                     // the invoice's root element
        Path,                     // the elements at the absolute path contextPath
        TradeTax,                 // CII elements whose name ends in TradeTax (the CII-DT order)
        DocumentContextParameter, // CII elements whose name ends in DocumentContextParameter
        PaymentMeans,             // every ram:SpecifiedTradeSettlementPaymentMeans
    };
    const char *id;
    Context context;
    const char *contextPath;
    const char *path;
};

extern const AbsentRule kUblAbsentRules[];
extern const int kUblAbsentRuleCount;
extern const AbsentRule kCiiAbsentRules[];
extern const int kCiiAbsentRuleCount;

// The CII elements the data type rules read as "TradeTaxType" (ciisyntaxrules.cpp).
const QList<XmlNode> &ciiTradeTaxElements(const EInvoice &invoice);

} // namespace amtsdesk::invoicerules
