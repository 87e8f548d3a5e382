#include "invoice/invoicesheet.h"

#include "invoice/invoicereader.h"
#include "invoice/invoicesheetterms.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace amtsdesk {

namespace {

QString withMeaning(const Term &t, const char *list)
{
    const QString code = t.text.trimmed();
    const char *meaning = sheetterms::meaning(list, code);
    return meaning ? QStringLiteral("%1 (%2)").arg(code, QCoreApplication::translate("InvoiceSheet", meaning)) : code;
}

QString plain(const Term &t)
{
    return t.text.simplified();
}

// 20261120 (CII format 102) or 2026-11-20 (UBL) as the person's locale writes a date.
QString date(const Term &t)
{
    const QDate d = t.date();
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : t.text.trimmed();
}

// A number as the person's locale writes it (1.234,50 in German), with exactly the decimals the
// sender wrote; anything that is no plain decimal number stays as written.
QString number(const QString &raw)
{
    static const QRegularExpression decimal(QStringLiteral("^(-?)([0-9]{1,18})(?:\\.([0-9]+))?$"));
    const auto m = decimal.match(raw.trimmed());
    if (!m.hasMatch())
        return raw.trimmed();
    QString out = m.captured(1) + QLocale().toString(m.captured(2).toLongLong());
    if (m.capturedLength(3) > 0)
        out += QLocale().decimalPoint() + m.captured(3);
    return out;
}

QString amount(const AmountTerm &t, const QString &currency)
{
    const QString c = t.hasCurrency ? t.currency.trimmed() : currency;
    return c.isEmpty() ? number(t.text) : QStringLiteral("%1 %2").arg(number(t.text), c);
}

QString quantity(const QuantityTerm &t)
{
    return t.hasUnit ? QStringLiteral("%1 %2").arg(number(t.text), t.unit.trimmed()) : number(t.text);
}

QString schemed(const SchemedTerm &t)
{
    return t.hasScheme && !t.scheme.trimmed().isEmpty()
               ? InvoiceSheet::tr("%1 (scheme %2)").arg(t.text.trimmed(), t.scheme.trimmed())
               : t.text.trimmed();
}

QString percent(const Term &t)
{
    return t.text.trimmed().isEmpty() ? QString() : number(t.text) + QStringLiteral(" %");
}

// An IBAN in groups of four, as printed on paper; anything else as written.
QString account(const Term &t)
{
    QString s = t.text.simplified().remove(QLatin1Char(' '));
    static const QRegularExpression iban(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}$"));
    if (!iban.match(s).hasMatch())
        return t.text.simplified();
    for (qsizetype i = 4; i < s.size(); i += 5)
        s.insert(i, QLatin1Char(' '));
    return s;
}

// Payment terms, with the XRechnung Skonto lines (#SKONTO#TAGE=14#PROZENT=2.00#…) in words.
QString paymentTerms(const Term &t)
{
    static const QRegularExpression skonto(
        QStringLiteral("^#SKONTO#TAGE=([0-9]+)#PROZENT=([0-9]+\\.[0-9]{2})(?:#BASISBETRAG=(-?[0-9]+\\.[0-9]{2}))?#$"));
    static const QRegularExpression lineBreak(QStringLiteral("\\r?\\n"));
    QStringList out;
    for (const QString &line : t.text.split(lineBreak)) {
        const QString l = line.trimmed();
        if (l.isEmpty())
            continue;
        const auto m = skonto.match(l);
        if (!m.hasMatch()) {
            out << l;
            continue;
        }
        out << (m.captured(3).isEmpty() ? InvoiceSheet::tr("Cash discount (Skonto): %1 % if paid within %2 days")
                                              .arg(m.captured(2), m.captured(1))
                                        : InvoiceSheet::tr("Cash discount (Skonto): %1 % of %3 if paid within %2 days")
                                              .arg(m.captured(2), m.captured(1), m.captured(3)));
    }
    return out.join(QLatin1Char('\n'));
}

class Builder {
public:
    explicit Builder(const EInvoice &inv) : m_inv(inv), m_currency(inv.currency.text.trimmed()) {}

    SheetGroup group(const char *term, const XmlNode &node) const
    {
        SheetGroup g;
        g.term = QString::fromLatin1(term);
        g.title = InvoiceSheet::termName(g.term);
        g.node = node;
        return g;
    }

    static void add(SheetGroup &g, const char *term, const Term &t, const QString &value)
    {
        if (!t.present())
            return;
        SheetField f;
        f.term = QString::fromLatin1(term);
        f.label = InvoiceSheet::termName(f.term);
        f.value = value;
        f.node = t.node;
        g.fields << f;
    }
    static void add(SheetGroup &g, const char *term, const Term &t) { add(g, term, t, plain(t)); }

    void address(SheetGroup &parent, const char *groupTerm, const PostalAddress &a, const char *const terms[7]) const
    {
        if (!a.present())
            return;
        SheetGroup g = group(groupTerm, a.node);
        add(g, terms[0], a.line1);
        add(g, terms[1], a.line2);
        add(g, terms[2], a.line3);
        add(g, terms[3], a.city);
        add(g, terms[4], a.postCode);
        add(g, terms[5], a.subdivision);
        add(g, terms[6], a.country);
        parent.groups << g;
    }

    void contact(SheetGroup &parent, const char *groupTerm, const Contact &c, const char *const terms[3]) const
    {
        if (!c.present())
            return;
        SheetGroup g = group(groupTerm, c.node);
        add(g, terms[0], c.name);
        add(g, terms[1], c.telephone);
        add(g, terms[2], c.email);
        parent.groups << g;
    }

    void allowanceCharge(QList<SheetGroup> &into, const char *groupTerm, const AllowanceCharge &ac,
                         const char *const terms[7]) const
    {
        SheetGroup g = group(groupTerm, ac.node);
        add(g, terms[0], ac.amount, amount(ac.amount, m_currency));
        add(g, terms[1], ac.baseAmount, amount(ac.baseAmount, m_currency));
        add(g, terms[2], ac.percentage, percent(ac.percentage));
        if (terms[5]) {
            add(g, terms[5], ac.vatCategory, withMeaning(ac.vatCategory, "vat"));
            add(g, terms[6], ac.vatRate, percent(ac.vatRate));
        }
        add(g, terms[3], ac.reason);
        add(g, terms[4], ac.reasonCode);
        into << g;
    }

    SheetGroup line(const InvoiceLine &l) const
    {
        SheetGroup g = group("BG-25", l.node);
        g.title = InvoiceSheet::tr("Line %1").arg(l.id.text.trimmed());
        add(g, "BT-126", l.id);
        add(g, "BT-153", l.itemName);
        add(g, "BT-154", l.itemDescription);
        add(g, "BT-129", l.quantity, quantity(l.quantity));
        add(g, "BT-131", l.netAmount, amount(l.netAmount, m_currency));
        add(g, "BT-127", l.note);
        add(g, "BT-128", l.objectId, schemed(l.objectId));
        add(g, "BT-132", l.orderLineReference);
        add(g, "BT-133", l.accountingReference);
        if (l.period.present()) {
            SheetGroup p = group("BG-26", l.period.node);
            add(p, "BT-134", l.period.start, date(l.period.start));
            add(p, "BT-135", l.period.end, date(l.period.end));
            g.groups << p;
        }
        static const char *const lineAllowance[] = {"BT-136", "BT-137", "BT-138", "BT-139", "BT-140", nullptr, nullptr};
        static const char *const lineCharge[] = {"BT-141", "BT-142", "BT-143", "BT-144", "BT-145", nullptr, nullptr};
        for (const AllowanceCharge &ac : l.allowances)
            allowanceCharge(g.groups, "BG-27", ac, lineAllowance);
        for (const AllowanceCharge &ac : l.charges)
            allowanceCharge(g.groups, "BG-28", ac, lineCharge);
        SheetGroup price = group("BG-29", l.priceNode);
        add(price, "BT-146", l.netPrice, amount(l.netPrice, m_currency));
        add(price, "BT-147", l.priceDiscount, amount(l.priceDiscount, m_currency));
        add(price, "BT-148", l.grossPrice, amount(l.grossPrice, m_currency));
        add(price, "BT-149", l.priceBaseQuantity, quantity(l.priceBaseQuantity));
        // CII may give the base quantity with the gross price as well.
        if (m_inv.syntax == InvoiceSyntax::Cii) {
            const XmlNode gross = l.node.child(xmlns::kRam, "SpecifiedLineTradeAgreement")
                                      .child(xmlns::kRam, "GrossPriceProductTradePrice")
                                      .child(xmlns::kRam, "BasisQuantity");
            if (gross && !(gross == l.priceBaseQuantity.node)) {
                QuantityTerm q;
                q.node = gross;
                q.text = gross.text();
                q.hasUnit = gross.hasAttribute("unitCode");
                q.unit = gross.attribute("unitCode");
                add(price, "BT-149", q, quantity(q));
            }
        }
        if (!price.fields.isEmpty())
            g.groups << price;
        SheetGroup vat = group("BG-30", l.vatCategory.node ? l.vatCategory.node.parent() : XmlNode());
        add(vat, "BT-151", l.vatCategory, withMeaning(l.vatCategory, "vat"));
        add(vat, "BT-152", l.vatRate, percent(l.vatRate));
        if (!vat.fields.isEmpty())
            g.groups << vat;
        SheetGroup item = group("BG-31", l.itemName.node ? l.itemName.node.parent() : XmlNode());
        add(item, "BT-155", l.sellersItemId);
        add(item, "BT-156", l.buyersItemId);
        add(item, "BT-157", l.standardItemId, schemed(l.standardItemId));
        for (const SchemedTerm &c : l.classifications)
            add(item, "BT-158", c, schemed(c));
        add(item, "BT-159", l.originCountry);
        for (const InvoiceLine::Attribute &a : l.attributes) {
            SheetGroup attribute = group("BG-32", a.node);
            add(attribute, "BT-160", a.name);
            add(attribute, "BT-161", a.value);
            item.groups << attribute;
        }
        if (!item.empty())
            g.groups << item;
        for (const InvoiceLine &sub : l.subLines) {
            SheetGroup s = line(sub);
            s.title = InvoiceSheet::tr("Sub-line %1").arg(sub.id.text.trimmed());
            g.groups << s;
        }
        return g;
    }

    QList<SheetGroup> build() const
    {
        const EInvoice &inv = m_inv;
        QList<SheetGroup> out;

        SheetGroup head = group("", inv.root);
        head.title = InvoiceSheet::tr("Invoice data");
        add(head, "BT-1", inv.number);
        add(head, "BT-2", inv.issueDate, date(inv.issueDate));
        add(head, "BT-3", inv.typeCode, withMeaning(inv.typeCode, "type"));
        add(head, "BT-5", inv.currency);
        add(head, "BT-6", inv.vatCurrency);
        add(head, "BT-7", inv.taxPointDate, date(inv.taxPointDate));
        add(head, "BT-8", inv.vatDueDateCode);
        add(head, "BT-9", inv.paymentDueDate, date(inv.paymentDueDate));
        add(head, "BT-23", inv.processId);
        add(head, "BT-24", inv.specificationId);
        if (inv.invoicingPeriod.present()) {
            SheetGroup p = group("BG-14", inv.invoicingPeriod.node);
            add(p, "BT-73", inv.invoicingPeriod.start, date(inv.invoicingPeriod.start));
            add(p, "BT-74", inv.invoicingPeriod.end, date(inv.invoicingPeriod.end));
            head.groups << p;
        }
        out << head;

        SheetGroup refs = group("", XmlNode());
        refs.title = InvoiceSheet::tr("References");
        add(refs, "BT-10", inv.buyerReference);
        add(refs, "BT-11", inv.projectReference);
        add(refs, "BT-12", inv.contractReference);
        add(refs, "BT-13", inv.purchaseOrder);
        add(refs, "BT-14", inv.salesOrder);
        add(refs, "BT-15", inv.receivingAdvice);
        add(refs, "BT-16", inv.despatchAdvice);
        add(refs, "BT-17", inv.tenderReference);
        add(refs, "BT-18", inv.invoicedObject, schemed(inv.invoicedObject));
        add(refs, "BT-19", inv.buyerAccountingReference);
        for (const PrecedingInvoice &p : inv.precedingInvoices) {
            SheetGroup g = group("BG-3", p.node);
            add(g, "BT-25", p.reference);
            add(g, "BT-26", p.issueDate, date(p.issueDate));
            refs.groups << g;
        }
        if (!refs.empty())
            out << refs;

        static const char *const sellerAddress[] = {"BT-35", "BT-36", "BT-162", "BT-37", "BT-38", "BT-39", "BT-40"};
        static const char *const sellerContact[] = {"BT-41", "BT-42", "BT-43"};
        if (inv.seller.present()) {
            SheetGroup g = group("BG-4", inv.seller.node);
            add(g, "BT-27", inv.seller.name);
            add(g, "BT-28", inv.seller.tradingName);
            for (const SchemedTerm &id : inv.seller.identifiers)
                add(g, "BT-29", id, schemed(id));
            add(g, "BT-30", inv.seller.legalRegistration, schemed(inv.seller.legalRegistration));
            add(g, "BT-31", inv.seller.vatIdentifier);
            add(g, "BT-32", inv.seller.taxRegistration);
            add(g, "BT-33", inv.seller.additionalLegalInfo);
            add(g, "BT-34", inv.seller.electronicAddress, schemed(inv.seller.electronicAddress));
            add(g, "BT-90", inv.creditorId);
            address(g, "BG-5", inv.seller.address, sellerAddress);
            contact(g, "BG-6", inv.seller.contact, sellerContact);
            out << g;
        }
        static const char *const buyerAddress[] = {"BT-50", "BT-51", "BT-163", "BT-52", "BT-53", "BT-54", "BT-55"};
        static const char *const buyerContact[] = {"BT-56", "BT-57", "BT-58"};
        if (inv.buyer.present()) {
            SheetGroup g = group("BG-7", inv.buyer.node);
            add(g, "BT-44", inv.buyer.name);
            add(g, "BT-45", inv.buyer.tradingName);
            for (const SchemedTerm &id : inv.buyer.identifiers)
                add(g, "BT-46", id, schemed(id));
            add(g, "BT-47", inv.buyer.legalRegistration, schemed(inv.buyer.legalRegistration));
            add(g, "BT-48", inv.buyer.vatIdentifier);
            add(g, "BT-49", inv.buyer.electronicAddress, schemed(inv.buyer.electronicAddress));
            address(g, "BG-8", inv.buyer.address, buyerAddress);
            contact(g, "BG-9", inv.buyer.contact, buyerContact);
            out << g;
        }
        if (inv.payee.present()) {
            SheetGroup g = group("BG-10", inv.payee.node);
            add(g, "BT-59", inv.payee.name);
            for (const SchemedTerm &id : inv.payee.identifiers)
                add(g, "BT-60", id, schemed(id));
            add(g, "BT-61", inv.payee.legalRegistration, schemed(inv.payee.legalRegistration));
            out << g;
        }
        static const char *const representativeAddress[] = {"BT-64", "BT-65", "BT-164", "BT-66",
                                                            "BT-67", "BT-68", "BT-69"};
        if (inv.taxRepresentative.present()) {
            SheetGroup g = group("BG-11", inv.taxRepresentative.node);
            add(g, "BT-62", inv.taxRepresentative.name);
            add(g, "BT-63", inv.taxRepresentative.vatIdentifier);
            address(g, "BG-12", inv.taxRepresentative.address, representativeAddress);
            out << g;
        }
        static const char *const deliveryAddress[] = {"BT-75", "BT-76", "BT-165", "BT-77", "BT-78", "BT-79", "BT-80"};
        if (inv.deliverTo.present() || inv.deliveryDate.present()) {
            SheetGroup g = group("BG-13", inv.deliverTo.node);
            add(g, "BT-70", inv.deliverTo.name);
            for (const SchemedTerm &id : inv.deliverTo.identifiers)
                add(g, "BT-71", id, schemed(id));
            add(g, "BT-72", inv.deliveryDate, date(inv.deliveryDate));
            address(g, "BG-15", inv.deliverTo.address, deliveryAddress);
            out << g;
        }

        SheetGroup payment = group("BG-16", XmlNode());
        for (const Term &t : inv.paymentTerms)
            add(payment, "BT-20", t, paymentTerms(t));
        for (const PaymentMeans &m : inv.paymentMeans) {
            SheetGroup g = group("BG-16", m.node);
            add(g, "BT-81", m.typeCode, withMeaning(m.typeCode, "payment"));
            add(g, "BT-82", m.text);
            add(g, "BT-83", m.remittance);
            for (const PaymentMeans::Transfer &t : m.transfers) {
                SheetGroup transfer = group("BG-17", t.node);
                add(transfer, "BT-84", t.account, account(t.account));
                add(transfer, "BT-85", t.accountName);
                add(transfer, "BT-86", t.serviceProvider);
                g.groups << transfer;
            }
            if (!m.cardNode.isNull()) {
                SheetGroup card = group("BG-18", m.cardNode);
                add(card, "BT-87", m.cardNumber);
                add(card, "BT-88", m.cardHolder);
                g.groups << card;
            }
            if (!m.directDebitNode.isNull() || m.mandate.present() || m.debitedAccount.present()) {
                SheetGroup debit = group("BG-19", m.directDebitNode);
                add(debit, "BT-89", m.mandate);
                add(debit, "BT-91", m.debitedAccount, account(m.debitedAccount));
                g.groups << debit;
            }
            payment.groups << g;
        }
        // The XRechnung extension's third party payments (UBL), which the model does not carry.
        for (const XmlNode &p : inv.root.children(xmlns::kCac, "PrepaidPayment")) {
            SheetGroup g = group("BG-DEX-09", p);
            const XmlNode id = p.child(xmlns::kCbc, "ID"), paid = p.child(xmlns::kCbc, "PaidAmount"),
                          instruction = p.child(xmlns::kCbc, "InstructionID");
            add(g, "BT-DEX-001", Term{id, id.text()});
            AmountTerm a;
            a.node = paid;
            a.text = paid.text();
            a.hasCurrency = paid.hasAttribute("currencyID");
            a.currency = paid.attribute("currencyID");
            add(g, "BT-DEX-002", a, amount(a, m_currency));
            add(g, "BT-DEX-003", Term{instruction, instruction.text()});
            payment.groups << g;
        }

        payment.title = InvoiceSheet::tr("Payment");
        if (!payment.empty())
            out << payment;

        static const char *const allowance[] = {"BT-92", "BT-93", "BT-94", "BT-97", "BT-98", "BT-95", "BT-96"};
        static const char *const charge[] = {"BT-99", "BT-100", "BT-101", "BT-104", "BT-105", "BT-102", "BT-103"};
        if (!inv.allowances.isEmpty() || !inv.charges.isEmpty()) {
            SheetGroup g = group("", XmlNode());
            g.title = InvoiceSheet::tr("Allowances and charges");
            for (const AllowanceCharge &ac : inv.allowances)
                allowanceCharge(g.groups, "BG-20", ac, allowance);
            for (const AllowanceCharge &ac : inv.charges)
                allowanceCharge(g.groups, "BG-21", ac, charge);
            out << g;
        }

        SheetGroup totals = group("BG-22", inv.totalsNode);
        add(totals, "BT-106", inv.lineTotal, amount(inv.lineTotal, m_currency));
        add(totals, "BT-107", inv.allowanceTotal, amount(inv.allowanceTotal, m_currency));
        add(totals, "BT-108", inv.chargeTotal, amount(inv.chargeTotal, m_currency));
        add(totals, "BT-109", inv.totalWithoutVat, amount(inv.totalWithoutVat, m_currency));
        for (const AmountTerm &t : inv.vatTotals) {
            const bool accounting = t.hasCurrency && !inv.vatCurrency.text.trimmed().isEmpty() &&
                                    t.currency.trimmed() == inv.vatCurrency.text.trimmed() &&
                                    t.currency.trimmed() != m_currency;
            add(totals, accounting ? "BT-111" : "BT-110", t, amount(t, m_currency));
        }
        add(totals, "BT-112", inv.totalWithVat, amount(inv.totalWithVat, m_currency));
        add(totals, "BT-113", inv.prepaid, amount(inv.prepaid, m_currency));
        add(totals, "BT-114", inv.rounding, amount(inv.rounding, m_currency));
        add(totals, "BT-115", inv.amountDue, amount(inv.amountDue, m_currency));
        if (!totals.empty())
            out << totals;

        if (!inv.vatBreakdown.isEmpty()) {
            SheetGroup g = group("BG-23", XmlNode());
            for (const VatBreakdown &v : inv.vatBreakdown) {
                SheetGroup b = group("BG-23", v.node);
                b.title = withMeaning(v.category, "vat") +
                          (v.rate.present() ? QStringLiteral(", ") + percent(v.rate) : QString());
                add(b, "BT-116", v.taxableAmount, amount(v.taxableAmount, m_currency));
                add(b, "BT-117", v.taxAmount, amount(v.taxAmount, m_currency));
                add(b, "BT-118", v.category, withMeaning(v.category, "vat"));
                add(b, "BT-119", v.rate, percent(v.rate));
                add(b, "BT-120", v.exemptionReason);
                add(b, "BT-121", v.exemptionReasonCode);
                add(b, "BT-8", v.dueDateCode);
                g.groups << b;
            }
            out << g;
        }

        if (!inv.notes.isEmpty()) {
            SheetGroup g = group("BG-1", XmlNode());
            for (const EInvoice::Note &n : inv.notes) {
                SheetGroup note = group("BG-1", n.node);
                add(note, "BT-21", n.subjectCode);
                add(note, "BT-22", n.text);
                g.groups << note;
            }
            out << g;
        }

        if (!inv.supportingDocuments.isEmpty()) {
            SheetGroup g = group("BG-24", XmlNode());
            for (const SupportingDocument &d : inv.supportingDocuments) {
                SheetGroup doc = group("BG-24", d.node);
                add(doc, "BT-122", d.reference);
                add(doc, "BT-123", d.description);
                add(doc, "BT-124", d.externalLocation);
                if (d.attachment.present())
                    add(doc, "BT-125", d.attachment,
                        InvoiceSheet::tr("%1 (%2, %3 characters of Base64)")
                            .arg(d.attachment.hasFileName ? d.attachment.fileName : InvoiceSheet::tr("no name"),
                                 d.attachment.mimeCode)
                            .arg(d.attachment.text.size()));
                g.groups << doc;
            }
            out << g;
        }

        if (!inv.lines.isEmpty()) {
            SheetGroup g = group("BG-25", XmlNode());
            g.title = InvoiceSheet::tr("Invoice lines");
            for (const InvoiceLine &l : inv.lines)
                g.groups << line(l);
            out << g;
        }
        return out;
    }

private:
    const EInvoice &m_inv;
    QString m_currency;
};

// Where a finding goes: the field or group with the longest path that starts its location.
struct Placement {
    QHash<QString, QList<Finding> *> byPath;
    void index(SheetGroup &g)
    {
        if (!g.node.isNull() && !byPath.contains(g.node.path()))
            byPath.insert(g.node.path(), &g.findings);
        for (SheetField &f : g.fields) {
            if (!f.node.isNull())
                byPath.insert(f.node.path(), &f.findings);
        }
        for (SheetGroup &child : g.groups)
            index(child);
    }
    bool place(const Finding &f)
    {
        QString path = f.location;
        while (!path.isEmpty()) {
            if (auto *target = byPath.value(path)) {
                *target << f;
                return true;
            }
            const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
            if (slash <= 0)
                break;
            path.truncate(slash);
        }
        return false;
    }
};

void collectTerms(const SheetGroup &g, QStringList &out)
{
    for (const SheetField &f : g.fields)
        out << f.term;
    for (const SheetGroup &child : g.groups)
        collectTerms(child, out);
}

} // namespace

bool SheetGroup::empty() const
{
    return fields.isEmpty() &&
           std::all_of(groups.cbegin(), groups.cend(), [](const SheetGroup &g) { return g.empty(); });
}

QString InvoiceSheet::termName(const QString &term)
{
    const char *name = sheetterms::termName(term);
    return name ? QCoreApplication::translate("InvoiceSheet", name) : term;
}

InvoiceSheet InvoiceSheet::build(const InvoiceFile &file, const QList<Finding> &findings)
{
    InvoiceSheet sheet;
    const EInvoice &inv = file.invoice;
    sheet.groups = Builder(inv).build();
    sheet.syntax = inv.syntax == InvoiceSyntax::Ubl ? QStringLiteral("UBL") : QStringLiteral("CII");
    sheet.profile = file.profile;
    sheet.container = file.container == InvoiceFile::Container::Pdf ? QStringLiteral("PDF") : QStringLiteral("XML");
    sheet.attachment = file.attachment;
    const bool credit = inv.creditNote || inv.typeCode.text.trimmed() == QStringLiteral("381");
    sheet.title = (credit ? tr("Credit note %1 of %2") : tr("Invoice %1 of %2"))
                      .arg(inv.number.text.trimmed(), date(inv.issueDate));
    Placement placement;
    for (SheetGroup &g : sheet.groups)
        placement.index(g);
    for (const Finding &f : findings) {
        switch (f.severity) {
        case FindingSeverity::Fatal: ++sheet.fatal; break;
        case FindingSeverity::Warning: ++sheet.warnings; break;
        case FindingSeverity::Information: ++sheet.information; break;
        }
        if (f.location.startsWith(QLatin1Char('/')) && placement.place(f))
            continue;
        sheet.general << f;
    }
    sheet.valid = sheet.fatal == 0;
    sheet.summary = sheet.valid ? (sheet.warnings ? tr("Valid, with %n warning(s).", nullptr, sheet.warnings)
                                                  : tr("Valid: no rule is broken."))
                                : tr("Not valid: %n rule(s) broken.", nullptr, sheet.fatal) +
                                      (sheet.warnings ? QLatin1Char(' ') + tr("%n warning(s).", nullptr, sheet.warnings)
                                                      : QString());
    return sheet;
}

QStringList InvoiceSheet::terms() const
{
    QStringList out;
    for (const SheetGroup &g : groups)
        collectTerms(g, out);
    return out;
}

} // namespace amtsdesk
