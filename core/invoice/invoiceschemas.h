#pragma once

#include "common/result.h"
#include "invoice/invoicevalidator.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace amtsdesk {

// The optional schema step: an invoice checked against the XML schema of its syntax (OASIS UBL
// 2.1 Invoice or CreditNote, UN/CEFACT CII D16B) with libxml2, before the rules. The schemas
// come from a folder laid out as the published sets are:
//   ubl-2.1/maindoc/UBL-Invoice-2.1.xsd, ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd (and common/),
//   cii-d16b-uncoupled/CII/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd,
// and, where present, the Factur-X 1.07 profile schemas, used for a CII invoice of the
// MINIMUM, BASIC WL, BASIC or EXTENDED profile:
//   factur-x-1.07/{MINIMUM,BASIC-WL,BASIC,EXTENDED}/FACTUR-X_{MINIMUM,BASICWL,BASIC,EXTENDED}.xsd
// Each schema is compiled on first use and kept; loading never touches the network.
class InvoiceSchemas {
    Q_DECLARE_TR_FUNCTIONS(InvoiceSchemas)

public:
    // The rule id under which schema errors are reported.
    static QString ruleId() { return QStringLiteral("XSD"); }

    // Refuses a folder that does not hold the three schemas, naming what is missing.
    static Result<std::unique_ptr<InvoiceSchemas>> open(const QString &dir);
    ~InvoiceSchemas();
    InvoiceSchemas(const InvoiceSchemas &) = delete;
    InvoiceSchemas &operator=(const InvoiceSchemas &) = delete;

    // Schema errors as fatal findings (at most kMaxFindings, then one saying how many more);
    // an error when the schema itself cannot be compiled.
    static constexpr int kMaxFindings = 50;
    Result<QList<Finding>> validate(const EInvoice &invoice);

private:
    struct Schemas;
    explicit InvoiceSchemas(const QString &dir);
    std::unique_ptr<Schemas> d;
};

} // namespace amtsdesk
