#pragma once

#include "common/result.h"
#include "invoice/invoicemodel.h"

#include <QCoreApplication>

namespace amtsdesk {

namespace xmlns {
inline constexpr char kUblInvoice[] = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
inline constexpr char kUblCreditNote[] = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
inline constexpr char kCac[] = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
inline constexpr char kCbc[] = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
inline constexpr char kRsm[] = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
inline constexpr char kRam[] = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
inline constexpr char kUdt[] = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
inline constexpr char kQdt[] = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";
inline constexpr char kExt[] = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
// ZUGFeRD 1.0's root, read only to say what it is.
inline constexpr char kZugferd1[] = "urn:ferd:CrossIndustryDocument:invoice:1p0";
} // namespace xmlns

// Reads an e-invoice's XML into the semantic model: UBL 2.1 Invoice or CreditNote, or CII
// D16B CrossIndustryInvoice. Incomplete documents are read as far as they go (the rules say
// what is missing); only XML that is not an invoice in one of these syntaxes is refused, with
// what it is instead when that can be told (ZUGFeRD 1.0, an Order-X order).
class InvoiceReader {
    Q_DECLARE_TR_FUNCTIONS(InvoiceReader)

public:
    static Result<EInvoice> read(const QByteArray &xml, const QString &name);
    static Result<EInvoice> read(std::shared_ptr<XmlTree> tree, const QString &name);
    // Reads an invoice element anywhere in a tree (the conformance tests hold invoice
    // fragments inside their test sets).
    static Result<EInvoice> readElement(std::shared_ptr<XmlTree> tree, const XmlNode &element, const QString &name);

private:
    static EInvoice readUbl(const XmlNode &root);
    static EInvoice readCii(const XmlNode &root);
};

} // namespace amtsdesk
