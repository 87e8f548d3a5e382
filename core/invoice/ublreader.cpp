// The UBL 2.1 binding of EN 16931 (CEN/TS 16931-3-2), for Invoice and CreditNote.
#include "invoice/invoicereader.h"
#include "invoice/readerterms.h"

namespace amtsdesk {

namespace {

using readerterms::amount;
using readerterms::quantity;
using readerterms::schemed;
using readerterms::term;
using xmlns::kCac;
using xmlns::kCbc;

Term cbc(const XmlNode &parent, const char *name)
{
    return term(parent.child(kCbc, name));
}

XmlNode path(const XmlNode &node, std::initializer_list<const char *> cacSteps)
{
    return readerterms::descend(node, kCac, cacSteps);
}

PostalAddress address(const XmlNode &node)
{
    PostalAddress a;
    if (!node)
        return a;
    a.node = node;
    a.line1 = cbc(node, "StreetName");
    a.line2 = cbc(node, "AdditionalStreetName");
    a.line3 = term(node.child(kCac, "AddressLine").child(kCbc, "Line"));
    a.city = cbc(node, "CityName");
    a.postCode = cbc(node, "PostalZone");
    a.subdivision = cbc(node, "CountrySubentity");
    a.country = term(node.child(kCac, "Country").child(kCbc, "IdentificationCode"));
    return a;
}

Contact contact(const XmlNode &node)
{
    Contact c;
    if (!node)
        return c;
    c.node = node;
    c.name = cbc(node, "Name");
    c.telephone = cbc(node, "Telephone");
    c.email = cbc(node, "ElectronicMail");
    return c;
}

// cac:PartyTaxScheme with TaxScheme/ID = VAT holds the VAT identifier, any other the tax number.
void taxSchemes(const XmlNode &party, Party &p, bool sellerTaxNumber)
{
    for (const XmlNode &scheme : party.children(kCac, "PartyTaxScheme")) {
        const QString kind = scheme.child(kCac, "TaxScheme").child(kCbc, "ID").text().trimmed();
        const Term id = cbc(scheme, "CompanyID");
        if (kind == QStringLiteral("VAT")) {
            if (!p.vatIdentifier.present())
                p.vatIdentifier = id;
        } else if (sellerTaxNumber && !p.taxRegistration.present()) {
            p.taxRegistration = id;
        }
    }
}

Party party(const XmlNode &partyNode, bool seller)
{
    Party p;
    if (!partyNode)
        return p;
    p.node = partyNode;
    for (const XmlNode &id : partyNode.children(kCac, "PartyIdentification"))
        p.identifiers << schemed(id.child(kCbc, "ID"));
    p.tradingName = term(partyNode.child(kCac, "PartyName").child(kCbc, "Name"));
    const XmlNode legal = partyNode.child(kCac, "PartyLegalEntity");
    p.name = cbc(legal, "RegistrationName");
    p.legalRegistration = schemed(legal.child(kCbc, "CompanyID"));
    p.additionalLegalInfo = cbc(legal, "CompanyLegalForm");
    taxSchemes(partyNode, p, seller);
    p.electronicAddress = schemed(partyNode.child(kCbc, "EndpointID"));
    p.address = address(partyNode.child(kCac, "PostalAddress"));
    p.contact = contact(partyNode.child(kCac, "Contact"));
    return p;
}

Period period(const XmlNode &node)
{
    Period p;
    if (!node)
        return p;
    p.node = node;
    p.start = cbc(node, "StartDate");
    p.end = cbc(node, "EndDate");
    return p;
}

AllowanceCharge allowanceCharge(const XmlNode &node)
{
    AllowanceCharge a;
    a.node = node;
    a.indicator = cbc(node, "ChargeIndicator");
    a.isCharge = a.indicator.trimmed() == QStringLiteral("true");
    a.amount = amount(node.child(kCbc, "Amount"));
    a.baseAmount = amount(node.child(kCbc, "BaseAmount"));
    a.percentage = cbc(node, "MultiplierFactorNumeric");
    const XmlNode category = node.child(kCac, "TaxCategory");
    a.vatCategory = cbc(category, "ID");
    a.vatRate = cbc(category, "Percent");
    a.reason = cbc(node, "AllowanceChargeReason");
    a.reasonCode = cbc(node, "AllowanceChargeReasonCode");
    return a;
}

void allowancesCharges(const XmlNode &parent, QList<AllowanceCharge> &allowances, QList<AllowanceCharge> &charges)
{
    for (const XmlNode &node : parent.children(kCac, "AllowanceCharge")) {
        AllowanceCharge a = allowanceCharge(node);
        (a.isCharge ? charges : allowances) << a;
    }
}

InvoiceLine line(const XmlNode &node, bool creditNote)
{
    InvoiceLine l;
    l.node = node;
    l.id = cbc(node, "ID");
    l.note = cbc(node, "Note");
    l.quantity = quantity(node.child(kCbc, creditNote ? "CreditedQuantity" : "InvoicedQuantity"));
    l.netAmount = amount(node.child(kCbc, "LineExtensionAmount"));
    l.accountingReference = cbc(node, "AccountingCost");
    l.period = period(node.child(kCac, "InvoicePeriod"));
    l.orderLineReference = term(node.child(kCac, "OrderLineReference").child(kCbc, "LineID"));
    for (const XmlNode &reference : node.children(kCac, "DocumentReference")) {
        if (reference.child(kCbc, "DocumentTypeCode").text().trimmed() == QStringLiteral("130") &&
            !l.objectId.present())
            l.objectId = schemed(reference.child(kCbc, "ID"));
    }
    allowancesCharges(node, l.allowances, l.charges);
    const XmlNode price = node.child(kCac, "Price");
    l.priceNode = price;
    l.netPrice = amount(price.child(kCbc, "PriceAmount"));
    l.priceBaseQuantity = quantity(price.child(kCbc, "BaseQuantity"));
    const XmlNode priceDiscount = price.child(kCac, "AllowanceCharge");
    l.priceDiscount = amount(priceDiscount.child(kCbc, "Amount"));
    l.grossPrice = amount(priceDiscount.child(kCbc, "BaseAmount"));
    const XmlNode item = node.child(kCac, "Item");
    l.itemName = cbc(item, "Name");
    l.itemDescription = cbc(item, "Description");
    l.buyersItemId = term(item.child(kCac, "BuyersItemIdentification").child(kCbc, "ID"));
    l.sellersItemId = term(item.child(kCac, "SellersItemIdentification").child(kCbc, "ID"));
    l.standardItemId = schemed(item.child(kCac, "StandardItemIdentification").child(kCbc, "ID"));
    for (const XmlNode &classification : item.children(kCac, "CommodityClassification"))
        l.classifications << schemed(classification.child(kCbc, "ItemClassificationCode"), "listID");
    l.originCountry = term(item.child(kCac, "OriginCountry").child(kCbc, "IdentificationCode"));
    const XmlNode tax = item.child(kCac, "ClassifiedTaxCategory");
    l.vatCategory = cbc(tax, "ID");
    l.vatRate = cbc(tax, "Percent");
    for (const XmlNode &property : item.children(kCac, "AdditionalItemProperty"))
        l.attributes << InvoiceLine::Attribute{property, cbc(property, "Name"), cbc(property, "Value")};
    for (const XmlNode &sub : node.children(kCac, creditNote ? "SubCreditNoteLine" : "SubInvoiceLine"))
        l.subLines << line(sub, creditNote);
    return l;
}

} // namespace

EInvoice InvoiceReader::readUbl(const XmlNode &root)
{
    EInvoice inv;
    inv.syntax = InvoiceSyntax::Ubl;
    inv.root = root;
    inv.creditNote = root.localName() == QStringLiteral("CreditNote");
    const bool cn = inv.creditNote;
    inv.specificationId = cbc(root, "CustomizationID");
    inv.processId = cbc(root, "ProfileID");
    inv.number = cbc(root, "ID");
    inv.issueDate = cbc(root, "IssueDate");
    inv.typeCode = cbc(root, cn ? "CreditNoteTypeCode" : "InvoiceTypeCode");
    for (const XmlNode &note : root.children(kCbc, "Note")) {
        // UBL writes the subject code (BT-21) before the text: "#AAI#Text".
        EInvoice::Note n{note, {}, term(note)};
        const QString text = n.text.text;
        if (text.startsWith(QLatin1Char('#'))) {
            const qsizetype end = text.indexOf(QLatin1Char('#'), 1);
            if (end > 0) {
                n.subjectCode = Term{note, text.mid(1, end - 1)};
                n.text.text = text.mid(end + 1);
            }
        }
        inv.notes << n;
    }
    inv.taxPointDate = cbc(root, "TaxPointDate");
    inv.currency = cbc(root, "DocumentCurrencyCode");
    inv.vatCurrency = cbc(root, "TaxCurrencyCode");
    inv.buyerAccountingReference = cbc(root, "AccountingCost");
    inv.buyerReference = cbc(root, "BuyerReference");
    inv.invoicingPeriod = period(root.child(kCac, "InvoicePeriod"));
    inv.vatDueDateCode = term(root.child(kCac, "InvoicePeriod").child(kCbc, "DescriptionCode"));
    const XmlNode order = root.child(kCac, "OrderReference");
    inv.purchaseOrder = cbc(order, "ID");
    inv.salesOrder = cbc(order, "SalesOrderID");
    for (const XmlNode &billing : root.children(kCac, "BillingReference")) {
        const XmlNode preceding = billing.child(kCac, "InvoiceDocumentReference");
        inv.precedingInvoices << PrecedingInvoice{preceding ? preceding : billing, cbc(preceding, "ID"),
                                                  cbc(preceding, "IssueDate")};
    }
    inv.despatchAdvice = term(root.child(kCac, "DespatchDocumentReference").child(kCbc, "ID"));
    inv.receivingAdvice = term(root.child(kCac, "ReceiptDocumentReference").child(kCbc, "ID"));
    inv.tenderReference = term(root.child(kCac, "OriginatorDocumentReference").child(kCbc, "ID"));
    inv.contractReference = term(root.child(kCac, "ContractDocumentReference").child(kCbc, "ID"));
    inv.projectReference = term(root.child(kCac, "ProjectReference").child(kCbc, "ID"));
    for (const XmlNode &reference : root.children(kCac, "AdditionalDocumentReference")) {
        if (reference.child(kCbc, "DocumentTypeCode").text().trimmed() == QStringLiteral("130")) {
            if (!inv.invoicedObject.present())
                inv.invoicedObject = schemed(reference.child(kCbc, "ID"));
            continue;
        }
        SupportingDocument d;
        d.node = reference;
        d.reference = cbc(reference, "ID");
        d.typeCode = cbc(reference, "DocumentTypeCode");
        d.description = cbc(reference, "DocumentDescription");
        const XmlNode attachment = reference.child(kCac, "Attachment");
        d.externalLocation = term(attachment.child(kCac, "ExternalReference").child(kCbc, "URI"));
        d.attachment = readerterms::binary(attachment.child(kCbc, "EmbeddedDocumentBinaryObject"));
        inv.supportingDocuments << d;
    }
    inv.seller = party(path(root, {"AccountingSupplierParty", "Party"}), true);
    inv.buyer = party(path(root, {"AccountingCustomerParty", "Party"}), false);
    for (const SchemedTerm &id : inv.seller.identifiers) {
        if (id.scheme == QStringLiteral("SEPA") && !inv.creditorId.present())
            inv.creditorId = id;
    }
    const XmlNode payee = root.child(kCac, "PayeeParty");
    if (payee) {
        inv.payee.node = payee;
        inv.payee.name = term(payee.child(kCac, "PartyName").child(kCbc, "Name"));
        for (const XmlNode &id : payee.children(kCac, "PartyIdentification"))
            inv.payee.identifiers << schemed(id.child(kCbc, "ID"));
        inv.payee.legalRegistration = schemed(payee.child(kCac, "PartyLegalEntity").child(kCbc, "CompanyID"));
        for (const SchemedTerm &id : inv.payee.identifiers) {
            if (id.scheme == QStringLiteral("SEPA") && !inv.creditorId.present())
                inv.creditorId = id;
        }
    }
    const XmlNode representative = root.child(kCac, "TaxRepresentativeParty");
    if (representative) {
        inv.taxRepresentative.node = representative;
        inv.taxRepresentative.name = term(representative.child(kCac, "PartyName").child(kCbc, "Name"));
        inv.taxRepresentative.address = address(representative.child(kCac, "PostalAddress"));
        taxSchemes(representative, inv.taxRepresentative, false);
    }
    const XmlNode delivery = root.child(kCac, "Delivery");
    inv.deliveryDate = cbc(delivery, "ActualDeliveryDate");
    const XmlNode location = delivery.child(kCac, "DeliveryLocation");
    const XmlNode deliveryParty = delivery.child(kCac, "DeliveryParty");
    if (location || deliveryParty) {
        inv.deliverTo.node = location ? location : deliveryParty;
        if (location.child(kCbc, "ID"))
            inv.deliverTo.identifiers << schemed(location.child(kCbc, "ID"));
        inv.deliverTo.address = address(location.child(kCac, "Address"));
        inv.deliverTo.name = term(deliveryParty.child(kCac, "PartyName").child(kCbc, "Name"));
    }
    for (const XmlNode &means : root.children(kCac, "PaymentMeans")) {
        PaymentMeans m;
        m.node = means;
        const XmlNode code = means.child(kCbc, "PaymentMeansCode");
        m.typeCode = term(code);
        if (code.hasAttribute("name"))
            m.text = Term{code, code.attribute("name")};
        m.remittance = cbc(means, "PaymentID");
        for (const XmlNode &account : means.children(kCac, "PayeeFinancialAccount")) {
            m.transfers << PaymentMeans::Transfer{
                account, cbc(account, "ID"), cbc(account, "Name"),
                term(account.child(kCac, "FinancialInstitutionBranch").child(kCbc, "ID"))};
        }
        const XmlNode card = means.child(kCac, "CardAccount");
        m.cardNode = card;
        m.cardNumber = cbc(card, "PrimaryAccountNumberID");
        m.cardHolder = cbc(card, "HolderName");
        const XmlNode mandate = means.child(kCac, "PaymentMandate");
        m.directDebitNode = mandate;
        m.mandate = cbc(mandate, "ID");
        m.debitedAccount = term(mandate.child(kCac, "PayerFinancialAccount").child(kCbc, "ID"));
        if (cn && !inv.paymentDueDate.present())
            inv.paymentDueDate = cbc(means, "PaymentDueDate");
        inv.paymentMeans << m;
    }
    if (!cn)
        inv.paymentDueDate = cbc(root, "DueDate");
    for (const XmlNode &terms : root.children(kCac, "PaymentTerms")) {
        for (const XmlNode &note : terms.children(kCbc, "Note"))
            inv.paymentTerms << term(note);
    }
    allowancesCharges(root, inv.allowances, inv.charges);
    for (const XmlNode &total : root.children(kCac, "TaxTotal")) {
        inv.vatTotals << amount(total.child(kCbc, "TaxAmount"));
        for (const XmlNode &sub : total.children(kCac, "TaxSubtotal")) {
            VatBreakdown b;
            b.node = sub;
            b.taxableAmount = amount(sub.child(kCbc, "TaxableAmount"));
            b.taxAmount = amount(sub.child(kCbc, "TaxAmount"));
            const XmlNode category = sub.child(kCac, "TaxCategory");
            b.category = cbc(category, "ID");
            b.rate = cbc(category, "Percent");
            b.exemptionReason = cbc(category, "TaxExemptionReason");
            b.exemptionReasonCode = cbc(category, "TaxExemptionReasonCode");
            inv.vatBreakdown << b;
        }
    }
    const XmlNode totals = root.child(kCac, "LegalMonetaryTotal");
    inv.totalsNode = totals;
    inv.lineTotal = amount(totals.child(kCbc, "LineExtensionAmount"));
    inv.totalWithoutVat = amount(totals.child(kCbc, "TaxExclusiveAmount"));
    inv.totalWithVat = amount(totals.child(kCbc, "TaxInclusiveAmount"));
    inv.allowanceTotal = amount(totals.child(kCbc, "AllowanceTotalAmount"));
    inv.chargeTotal = amount(totals.child(kCbc, "ChargeTotalAmount"));
    inv.prepaid = amount(totals.child(kCbc, "PrepaidAmount"));
    inv.rounding = amount(totals.child(kCbc, "PayableRoundingAmount"));
    inv.amountDue = amount(totals.child(kCbc, "PayableAmount"));
    for (const XmlNode &node : root.children(kCac, cn ? "CreditNoteLine" : "InvoiceLine"))
        inv.lines << line(node, cn);
    return inv;
}

} // namespace amtsdesk
