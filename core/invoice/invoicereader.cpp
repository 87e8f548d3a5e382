#include "invoice/invoicereader.h"

namespace amtsdesk {

const AmountTerm *EInvoice::vatTotalInInvoiceCurrency() const
{
    for (const AmountTerm &total : vatTotals) {
        if (total.currency.trimmed() == currency.trimmed())
            return &total;
    }
    return nullptr;
}

const AmountTerm *EInvoice::vatTotalInVatCurrency() const
{
    if (!vatCurrency.filled())
        return nullptr;
    for (const AmountTerm &total : vatTotals) {
        if (total.currency.trimmed() == vatCurrency.trimmed())
            return &total;
    }
    return nullptr;
}

Result<EInvoice> InvoiceReader::read(const QByteArray &xml, const QString &name)
{
    auto tree = XmlTree::parse(xml, name);
    if (!tree)
        return tree.error();
    return read(*tree, name);
}

Result<EInvoice> InvoiceReader::read(std::shared_ptr<XmlTree> tree, const QString &name)
{
    const XmlNode root = tree->root();
    return readElement(std::move(tree), root, name);
}

Result<EInvoice> InvoiceReader::readElement(std::shared_ptr<XmlTree> tree, const XmlNode &root, const QString &name)
{
    const QString ns = root.namespaceUri();
    const QString local = root.localName();
    EInvoice invoice;
    if ((ns == QLatin1String(xmlns::kUblInvoice) && local == QStringLiteral("Invoice")) ||
        (ns == QLatin1String(xmlns::kUblCreditNote) && local == QStringLiteral("CreditNote")))
        invoice = readUbl(root);
    else if (ns == QLatin1String(xmlns::kRsm) && local == QStringLiteral("CrossIndustryInvoice"))
        invoice = readCii(root);
    else if (ns == QLatin1String(xmlns::kZugferd1))
        return Error::unsupported(
            tr("%1 is a ZUGFeRD 1.0 invoice (CrossIndustryDocument). That format was replaced by "
               "ZUGFeRD 2 / Factur-X and XRechnung; ask the sender for an invoice in one of them.")
                .arg(name));
    else if (local == QStringLiteral("SCRDMCCBDACIOMessageStructure") ||
             ns.contains(QStringLiteral("CrossIndustryOrder")))
        return Error::unsupported(tr("%1 is an order (Order-X), not an invoice.").arg(name));
    else
        return Error::unsupported(
            tr("%1 is not an e-invoice: its root element is %2 in the namespace \"%3\", where UBL "
               "Invoice or CreditNote, or CII CrossIndustryInvoice, was expected.")
                .arg(name, local, ns));
    invoice.tree = std::move(tree);
    return invoice;
}

} // namespace amtsdesk
