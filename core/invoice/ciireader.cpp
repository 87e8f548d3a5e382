// The UN/CEFACT CII D16B binding of EN 16931 (CEN/TS 16931-3-3).
#include "invoice/invoicereader.h"
#include "invoice/readerterms.h"

namespace amtsdesk {

namespace {

using readerterms::amount;
using readerterms::quantity;
using readerterms::schemed;
using readerterms::term;
using xmlns::kRam;
using xmlns::kRsm;
using xmlns::kUdt;

Term ram(const XmlNode &parent, const char *name)
{
    return term(parent.child(kRam, name));
}

XmlNode at(const XmlNode &node, std::initializer_list<const char *> ramSteps)
{
    return readerterms::descend(node, kRam, ramSteps);
}

// A date in udt:DateTimeString (format 102: YYYYMMDD) under the given element.
Term dateString(const XmlNode &parent)
{
    return term(parent.child(kUdt, "DateTimeString"));
}

PostalAddress address(const XmlNode &node)
{
    PostalAddress a;
    if (!node)
        return a;
    a.node = node;
    a.line1 = ram(node, "LineOne");
    a.line2 = ram(node, "LineTwo");
    a.line3 = ram(node, "LineThree");
    a.city = ram(node, "CityName");
    a.postCode = ram(node, "PostcodeCode");
    a.subdivision = ram(node, "CountrySubDivisionName");
    a.country = ram(node, "CountryID");
    return a;
}

Contact contact(const XmlNode &node)
{
    Contact c;
    if (!node)
        return c;
    c.node = node;
    c.name = ram(node, "PersonName");
    c.telephone = term(at(node, {"TelephoneUniversalCommunication", "CompleteNumber"}));
    c.email = term(at(node, {"EmailURIUniversalCommunication", "URIID"}));
    return c;
}

Party party(const XmlNode &node)
{
    Party p;
    if (!node)
        return p;
    p.node = node;
    for (const XmlNode &id : node.children(kRam, "ID"))
        p.identifiers << schemed(id);
    for (const XmlNode &id : node.children(kRam, "GlobalID"))
        p.identifiers << schemed(id);
    p.name = ram(node, "Name");
    p.additionalLegalInfo = ram(node, "Description");
    const XmlNode legal = node.child(kRam, "SpecifiedLegalOrganization");
    p.legalRegistration = schemed(legal.child(kRam, "ID"));
    p.tradingName = ram(legal, "TradingBusinessName");
    p.address = address(node.child(kRam, "PostalTradeAddress"));
    p.contact = contact(node.child(kRam, "DefinedTradeContact"));
    p.electronicAddress = schemed(at(node, {"URIUniversalCommunication", "URIID"}));
    for (const XmlNode &registration : node.children(kRam, "SpecifiedTaxRegistration")) {
        const XmlNode id = registration.child(kRam, "ID");
        const QString scheme = id.attribute("schemeID").trimmed();
        if (scheme == QStringLiteral("VA") && !p.vatIdentifier.present())
            p.vatIdentifier = term(id);
        else if (scheme == QStringLiteral("FC") && !p.taxRegistration.present())
            p.taxRegistration = term(id);
    }
    return p;
}

Period period(const XmlNode &node)
{
    Period p;
    if (!node)
        return p;
    p.node = node;
    p.start = dateString(node.child(kRam, "StartDateTime"));
    p.end = dateString(node.child(kRam, "EndDateTime"));
    return p;
}

AllowanceCharge allowanceCharge(const XmlNode &node)
{
    AllowanceCharge a;
    a.node = node;
    a.indicator = term(node.child(kRam, "ChargeIndicator").child(kUdt, "Indicator"));
    a.isCharge = a.indicator.trimmed() == QStringLiteral("true");
    a.amount = amount(node.child(kRam, "ActualAmount"));
    a.baseAmount = amount(node.child(kRam, "BasisAmount"));
    a.percentage = ram(node, "CalculationPercent");
    const XmlNode tax = node.child(kRam, "CategoryTradeTax");
    a.vatCategory = ram(tax, "CategoryCode");
    a.vatRate = ram(tax, "RateApplicablePercent");
    a.reason = ram(node, "Reason");
    a.reasonCode = ram(node, "ReasonCode");
    return a;
}

void allowancesCharges(const XmlNode &parent, QList<AllowanceCharge> &allowances, QList<AllowanceCharge> &charges)
{
    for (const XmlNode &node : parent.children(kRam, "SpecifiedTradeAllowanceCharge")) {
        AllowanceCharge a = allowanceCharge(node);
        (a.isCharge ? charges : allowances) << a;
    }
}

InvoiceLine line(const XmlNode &node)
{
    InvoiceLine l;
    l.node = node;
    const XmlNode document = node.child(kRam, "AssociatedDocumentLineDocument");
    l.id = ram(document, "LineID");
    l.note = term(at(document, {"IncludedNote", "Content"}));
    const XmlNode product = node.child(kRam, "SpecifiedTradeProduct");
    l.standardItemId = schemed(product.child(kRam, "GlobalID"));
    l.sellersItemId = ram(product, "SellerAssignedID");
    l.buyersItemId = ram(product, "BuyerAssignedID");
    l.itemName = ram(product, "Name");
    l.itemDescription = ram(product, "Description");
    for (const XmlNode &characteristic : product.children(kRam, "ApplicableProductCharacteristic"))
        l.attributes << InvoiceLine::Attribute{characteristic, ram(characteristic, "Description"),
                                               ram(characteristic, "Value")};
    for (const XmlNode &classification : product.children(kRam, "DesignatedProductClassification"))
        l.classifications << schemed(classification.child(kRam, "ClassCode"), "listID");
    l.originCountry = term(at(product, {"OriginTradeCountry", "ID"}));
    const XmlNode agreement = node.child(kRam, "SpecifiedLineTradeAgreement");
    l.orderLineReference = term(at(agreement, {"BuyerOrderReferencedDocument", "LineID"}));
    const XmlNode gross = agreement.child(kRam, "GrossPriceProductTradePrice");
    l.grossPrice = amount(gross.child(kRam, "ChargeAmount"));
    l.priceDiscount = amount(at(gross, {"AppliedTradeAllowanceCharge", "ActualAmount"}));
    const XmlNode net = agreement.child(kRam, "NetPriceProductTradePrice");
    l.priceNode = net;
    l.netPrice = amount(net.child(kRam, "ChargeAmount"));
    l.priceBaseQuantity = quantity(net.child(kRam, "BasisQuantity"));
    l.quantity = quantity(at(node, {"SpecifiedLineTradeDelivery", "BilledQuantity"}));
    const XmlNode settlement = node.child(kRam, "SpecifiedLineTradeSettlement");
    const XmlNode tax = settlement.child(kRam, "ApplicableTradeTax");
    l.vatCategory = ram(tax, "CategoryCode");
    l.vatRate = ram(tax, "RateApplicablePercent");
    l.period = period(settlement.child(kRam, "BillingSpecifiedPeriod"));
    allowancesCharges(settlement, l.allowances, l.charges);
    l.netAmount = amount(at(settlement, {"SpecifiedTradeSettlementLineMonetarySummation", "LineTotalAmount"}));
    l.objectId = schemed(at(settlement, {"AdditionalReferencedDocument", "IssuerAssignedID"}));
    l.accountingReference = term(at(settlement, {"ReceivableSpecifiedTradeAccountingAccount", "ID"}));
    return l;
}

} // namespace

EInvoice InvoiceReader::readCii(const XmlNode &root)
{
    EInvoice inv;
    inv.syntax = InvoiceSyntax::Cii;
    inv.root = root;
    const XmlNode context = root.child(kRsm, "ExchangedDocumentContext");
    inv.processId = term(at(context, {"BusinessProcessSpecifiedDocumentContextParameter", "ID"}));
    inv.specificationId = term(at(context, {"GuidelineSpecifiedDocumentContextParameter", "ID"}));
    const XmlNode document = root.child(kRsm, "ExchangedDocument");
    inv.number = ram(document, "ID");
    inv.typeCode = ram(document, "TypeCode");
    inv.issueDate = dateString(document.child(kRam, "IssueDateTime"));
    for (const XmlNode &note : document.children(kRam, "IncludedNote"))
        inv.notes << EInvoice::Note{note, ram(note, "SubjectCode"), ram(note, "Content")};

    const XmlNode transaction = root.child(kRsm, "SupplyChainTradeTransaction");
    for (const XmlNode &node : transaction.children(kRam, "IncludedSupplyChainTradeLineItem"))
        inv.lines << line(node);

    const XmlNode agreement = transaction.child(kRam, "ApplicableHeaderTradeAgreement");
    inv.buyerReference = ram(agreement, "BuyerReference");
    inv.seller = party(agreement.child(kRam, "SellerTradeParty"));
    inv.buyer = party(agreement.child(kRam, "BuyerTradeParty"));
    inv.taxRepresentative = party(agreement.child(kRam, "SellerTaxRepresentativeTradeParty"));
    inv.salesOrder = term(at(agreement, {"SellerOrderReferencedDocument", "IssuerAssignedID"}));
    inv.purchaseOrder = term(at(agreement, {"BuyerOrderReferencedDocument", "IssuerAssignedID"}));
    inv.contractReference = term(at(agreement, {"ContractReferencedDocument", "IssuerAssignedID"}));
    inv.projectReference = term(at(agreement, {"SpecifiedProcuringProject", "ID"}));
    for (const XmlNode &reference : agreement.children(kRam, "AdditionalReferencedDocument")) {
        const QString type = reference.child(kRam, "TypeCode").text().trimmed();
        if (type == QStringLiteral("130")) {
            if (!inv.invoicedObject.present())
                inv.invoicedObject = schemed(reference.child(kRam, "IssuerAssignedID"), "schemeID");
            if (!inv.invoicedObject.hasScheme) {
                const XmlNode scheme = reference.child(kRam, "ReferenceTypeCode");
                inv.invoicedObject.hasScheme = !scheme.isNull();
                inv.invoicedObject.scheme = scheme.text();
            }
            continue;
        }
        if (type == QStringLiteral("50")) {
            if (!inv.tenderReference.present())
                inv.tenderReference = ram(reference, "IssuerAssignedID");
            continue;
        }
        SupportingDocument d;
        d.node = reference;
        d.reference = ram(reference, "IssuerAssignedID");
        d.typeCode = ram(reference, "TypeCode");
        d.description = ram(reference, "Name");
        d.externalLocation = ram(reference, "URIID");
        d.attachment = readerterms::binary(reference.child(kRam, "AttachmentBinaryObject"));
        inv.supportingDocuments << d;
    }

    const XmlNode delivery = transaction.child(kRam, "ApplicableHeaderTradeDelivery");
    inv.deliverTo = party(delivery.child(kRam, "ShipToTradeParty"));
    inv.deliveryDate = dateString(at(delivery, {"ActualDeliverySupplyChainEvent", "OccurrenceDateTime"}));
    inv.despatchAdvice = term(at(delivery, {"DespatchAdviceReferencedDocument", "IssuerAssignedID"}));
    inv.receivingAdvice = term(at(delivery, {"ReceivingAdviceReferencedDocument", "IssuerAssignedID"}));

    const XmlNode settlement = transaction.child(kRam, "ApplicableHeaderTradeSettlement");
    inv.currency = ram(settlement, "InvoiceCurrencyCode");
    inv.vatCurrency = ram(settlement, "TaxCurrencyCode");
    inv.payee = party(settlement.child(kRam, "PayeeTradeParty"));
    const Term creditorId = ram(settlement, "CreditorReferenceID");
    const Term remittance = ram(settlement, "PaymentReference");
    for (const XmlNode &means : settlement.children(kRam, "SpecifiedTradeSettlementPaymentMeans")) {
        PaymentMeans m;
        m.node = means;
        m.typeCode = ram(means, "TypeCode");
        m.text = ram(means, "Information");
        m.remittance = remittance;
        for (const XmlNode &account : means.children(kRam, "PayeePartyCreditorFinancialAccount")) {
            Term id = ram(account, "IBANID");
            if (!id.present())
                id = ram(account, "ProprietaryID");
            m.transfers << PaymentMeans::Transfer{
                account, id, ram(account, "AccountName"),
                term(at(means, {"PayeeSpecifiedCreditorFinancialInstitution", "BICID"}))};
        }
        const XmlNode card = means.child(kRam, "ApplicableTradeSettlementFinancialCard");
        m.cardNode = card;
        m.cardNumber = ram(card, "ID");
        m.cardHolder = ram(card, "CardholderName");
        const XmlNode debtor = means.child(kRam, "PayerPartyDebtorFinancialAccount");
        m.directDebitNode = debtor;
        m.debitedAccount = ram(debtor, "IBANID");
        inv.paymentMeans << m;
    }
    for (const XmlNode &tax : settlement.children(kRam, "ApplicableTradeTax")) {
        VatBreakdown b;
        b.node = tax;
        b.taxAmount = amount(tax.child(kRam, "CalculatedAmount"));
        b.exemptionReason = ram(tax, "ExemptionReason");
        b.taxableAmount = amount(tax.child(kRam, "BasisAmount"));
        b.category = ram(tax, "CategoryCode");
        b.exemptionReasonCode = ram(tax, "ExemptionReasonCode");
        b.dueDateCode = ram(tax, "DueDateTypeCode");
        b.rate = ram(tax, "RateApplicablePercent");
        if (b.dueDateCode.present() && !inv.vatDueDateCode.present())
            inv.vatDueDateCode = b.dueDateCode;
        const XmlNode taxPoint = tax.child(kRam, "TaxPointDate");
        if (taxPoint && !inv.taxPointDate.present())
            inv.taxPointDate = term(taxPoint.child(kUdt, "DateString"));
        inv.vatBreakdown << b;
    }
    inv.invoicingPeriod = period(settlement.child(kRam, "BillingSpecifiedPeriod"));
    allowancesCharges(settlement, inv.allowances, inv.charges);
    for (const XmlNode &terms : settlement.children(kRam, "SpecifiedTradePaymentTerms")) {
        const Term description = ram(terms, "Description");
        if (description.present())
            inv.paymentTerms << description;
        if (!inv.paymentDueDate.present())
            inv.paymentDueDate = dateString(terms.child(kRam, "DueDateDateTime"));
        const Term mandate = ram(terms, "DirectDebitMandateID");
        if (mandate.present()) {
            for (PaymentMeans &m : inv.paymentMeans) {
                if (!m.mandate.present())
                    m.mandate = mandate;
            }
        }
    }
    inv.creditorId = creditorId;
    const XmlNode totals = settlement.child(kRam, "SpecifiedTradeSettlementHeaderMonetarySummation");
    inv.totalsNode = totals;
    inv.lineTotal = amount(totals.child(kRam, "LineTotalAmount"));
    inv.chargeTotal = amount(totals.child(kRam, "ChargeTotalAmount"));
    inv.allowanceTotal = amount(totals.child(kRam, "AllowanceTotalAmount"));
    inv.totalWithoutVat = amount(totals.child(kRam, "TaxBasisTotalAmount"));
    for (const XmlNode &total : totals.children(kRam, "TaxTotalAmount"))
        inv.vatTotals << amount(total);
    inv.rounding = amount(totals.child(kRam, "RoundingAmount"));
    inv.totalWithVat = amount(totals.child(kRam, "GrandTotalAmount"));
    inv.prepaid = amount(totals.child(kRam, "TotalPrepaidAmount"));
    inv.amountDue = amount(totals.child(kRam, "DuePayableAmount"));
    for (const XmlNode &preceding : settlement.children(kRam, "InvoiceReferencedDocument"))
        inv.precedingInvoices << PrecedingInvoice{
            preceding, ram(preceding, "IssuerAssignedID"),
            term(at(preceding, {"FormattedIssueDateTime"}).child(xmlns::kQdt, "DateTimeString"))};
    inv.buyerAccountingReference = term(at(settlement, {"ReceivableSpecifiedTradeAccountingAccount", "ID"}));
    return inv;
}

} // namespace amtsdesk
