// XRechnung 3.0 rules (BR-DE-…, BR-TMP-…): what German public buyers require beyond EN 16931.
// They run only where BT-24 names XRechnung 3.0 (InvoiceValidator::isXRechnung).
#include "invoice/invoicereader.h"
#include "invoice/rules/rulehelpers.h"

#include <QRegularExpression>

namespace amtsdesk::invoicerules {

namespace {

constexpr int Both = InvoiceRule::Both;
using xmlns::kCac;
using xmlns::kCbc;
using xmlns::kRam;
using xmlns::kRsm;

void xr(QList<InvoiceRule> &rules, const char *id, std::function<void(RuleContext &)> check,
        FindingSeverity severity = FindingSeverity::Fatal, int syntaxes = Both)
{
    rule(rules, id, syntaxes, std::move(check), severity, true);
}

// XPath boolean(normalize-space(x)): present with some non-whitespace text.
bool blank(const Term &t)
{
    return !t.filled();
}

// The CII header settlement, where some payment facts live outside the payment means.
XmlNode ciiSettlement(const EInvoice &inv)
{
    return inv.root.child(kRsm, "SupplyChainTradeTransaction").child(kRam, "ApplicableHeaderTradeSettlement");
}

// Whether the CII invoice says anything of a direct debit: mandate (BT-89), creditor id (BT-90)
// or the debited account (BT-91) of this payment means.
bool ciiDirectDebit(const EInvoice &inv, const XmlNode &means)
{
    const XmlNode settlement = ciiSettlement(inv);
    for (const XmlNode &terms : settlement.children(kRam, "SpecifiedTradePaymentTerms")) {
        if (terms.child(kRam, "DirectDebitMandateID"))
            return true;
    }
    return settlement.child(kRam, "CreditorReferenceID") ||
           means.child(kRam, "PayerPartyDebtorFinancialAccount").child(kRam, "IBANID");
}

// ISO 13616: two letters, two check digits, up to 30 letters or digits, and mod 97 = 1 over
// the rearranged digits (letters as 10…35; as the official test, lower case letters in the
// account part count 42…67).
bool ibanValid(const QString &raw)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    QString s = raw;
    s.remove(space);
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{0,30}$"));
    if (!shape.match(s).hasMatch())
        return false;
    const QString rearranged = s.mid(4) + s.left(2).toUpper() + s.mid(2, 2);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const int cp = c.unicode();
        const int value = cp > 64 ? cp - 55 : cp - 48;
        for (const QChar digit : QString::number(value))
            remainder = (remainder * 10 + digit.digitValue()) % 97;
    }
    return remainder == 1;
}

// What a CII invoice says of a direct debit: the mandate (BT-89), the debited account (BT-91)
// and the creditor identifier (BT-90), as BR-DE-30 and BR-DE-31 read them.
struct CiiDirectDebit {
    XmlNode settlement;
    bool mandate = false;
    bool debited = false;
    bool creditor = false;
    bool any() const { return mandate || debited || creditor; }
};

CiiDirectDebit ciiDirectDebitParts(const EInvoice &inv)
{
    CiiDirectDebit d;
    d.settlement = ciiSettlement(inv);
    for (const XmlNode &terms : d.settlement.children(kRam, "SpecifiedTradePaymentTerms"))
        d.mandate = d.mandate || terms.child(kRam, "DirectDebitMandateID");
    for (const XmlNode &means : d.settlement.children(kRam, "SpecifiedTradeSettlementPaymentMeans"))
        d.debited = d.debited || means.child(kRam, "PayerPartyDebtorFinancialAccount").child(kRam, "IBANID");
    d.creditor = !d.settlement.child(kRam, "CreditorReferenceID").isNull();
    return d;
}

QString code(const Term &t)
{
    return t.text.simplified();
}

} // namespace

void addXRechnungRules(QList<InvoiceRule> &rules)
{
    xr(rules, "BR-DE-1", [](RuleContext &c) {
        if (c.invoice.paymentMeans.isEmpty())
            c.fail(c.invoice.root,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "An XRechnung must say how to pay: payment instructions (BG-16) are missing."));
    });
    xr(rules, "BR-DE-2", [](RuleContext &c) {
        if (c.invoice.seller.present() && !c.invoice.seller.contact.present())
            c.fail(c.invoice.seller.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "An XRechnung needs the seller's contact (BG-6)."));
    });
    const auto sellerAddress = [&rules](const char *id, Term PostalAddress::*member, const char *message) {
        xr(rules, id, [member, message](RuleContext &c) {
            const PostalAddress &a = c.invoice.seller.address;
            if (a.present() && blank(a.*member))
                c.fail(a.node, message);
        });
    };
    sellerAddress("BR-DE-3", &PostalAddress::city,
                  QT_TRANSLATE_NOOP("InvoiceRules", "An XRechnung needs the seller's city (BT-37)."));
    sellerAddress("BR-DE-4", &PostalAddress::postCode,
                  QT_TRANSLATE_NOOP("InvoiceRules", "An XRechnung needs the seller's post code (BT-38)."));
    xr(rules, "BR-DE-5", [](RuleContext &c) {
        const Contact &k = c.invoice.seller.contact;
        if (!k.present())
            return;
        bool named = k.name.filled();
        if (c.cii())
            named = named || k.node.child(kRam, "DepartmentName").text().simplified().size() > 0;
        if (!named)
            c.fail(k.node, QT_TRANSLATE_NOOP("InvoiceRules",
                                             "An XRechnung needs the name of the seller's contact point (BT-41)."));
    });
    const auto sellerContact = [&rules](const char *id, Term Contact::*member, const char *message) {
        xr(rules, id, [member, message](RuleContext &c) {
            const Contact &k = c.invoice.seller.contact;
            if (k.present() && blank(k.*member))
                c.fail(k.node, message);
        });
    };
    sellerContact(
        "BR-DE-6", &Contact::telephone,
        QT_TRANSLATE_NOOP("InvoiceRules", "An XRechnung needs the telephone number of the seller's contact (BT-42)."));
    sellerContact(
        "BR-DE-7", &Contact::email,
        QT_TRANSLATE_NOOP("InvoiceRules", "An XRechnung needs the e-mail address of the seller's contact (BT-43)."));
    xr(rules, "BR-DE-8", [](RuleContext &c) {
        const PostalAddress &a = c.invoice.buyer.address;
        if (a.present() && blank(a.city))
            c.fail(a.node, QT_TRANSLATE_NOOP("InvoiceRules", "An XRechnung needs the buyer's city (BT-52)."));
    });
    xr(rules, "BR-DE-9", [](RuleContext &c) {
        const PostalAddress &a = c.invoice.buyer.address;
        if (a.present() && blank(a.postCode))
            c.fail(a.node, QT_TRANSLATE_NOOP("InvoiceRules", "An XRechnung needs the buyer's post code (BT-53)."));
    });
    xr(rules, "BR-DE-10", [](RuleContext &c) {
        const PostalAddress &a = c.invoice.deliverTo.address;
        if (a.present() && blank(a.city))
            c.fail(a.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "An XRechnung needs the city of the deliver-to address (BT-77)."));
    });
    xr(rules, "BR-DE-11", [](RuleContext &c) {
        const PostalAddress &a = c.invoice.deliverTo.address;
        if (a.present() && blank(a.postCode))
            c.fail(a.node, QT_TRANSLATE_NOOP("InvoiceRules",
                                             "An XRechnung needs the post code of the deliver-to address (BT-78)."));
    });
    xr(rules, "BR-DE-14", [](RuleContext &c) {
        for (const VatBreakdown &b : c.invoice.vatBreakdown) {
            if (blank(b.rate))
                c.fail(b.node, QT_TRANSLATE_NOOP("InvoiceRules",
                                                 "An XRechnung needs the VAT rate (BT-119) in every VAT breakdown, "
                                                 "also 0 where no VAT is due."));
        }
    });
    xr(rules, "BR-DE-15", [](RuleContext &c) {
        if (blank(c.invoice.buyerReference))
            c.fail(c.invoice.root,
                   QT_TRANSLATE_NOOP("InvoiceRules", "An XRechnung needs the buyer reference (BT-10), for public "
                                                     "buyers their Leitweg-ID."));
    });
    xr(rules, "BR-DE-16", [](RuleContext &c) {
        static const QStringList taxed{QStringLiteral("S"),  QStringLiteral("Z"), QStringLiteral("E"),
                                       QStringLiteral("AE"), QStringLiteral("K"), QStringLiteral("G"),
                                       QStringLiteral("L"),  QStringLiteral("M")};
        bool any = false;
        if (c.ubl()) {
            for (const InvoiceLine &l : c.invoice.lines)
                any = any || taxed.contains(l.vatCategory.text);
            for (const AllowanceCharge &a : c.invoice.allowances + c.invoice.charges)
                any = any || taxed.contains(a.vatCategory.text);
        } else {
            // As the official test reads: some line tax is VAT, and some line category is taxed.
            bool vat = false;
            for (const InvoiceLine &l : c.invoice.lines) {
                const XmlNode tax =
                    l.node.child(kRam, "SpecifiedLineTradeSettlement").child(kRam, "ApplicableTradeTax");
                vat = vat || tax.child(kRam, "TypeCode").text() == QStringLiteral("VAT");
                any = any || taxed.contains(l.vatCategory.text);
            }
            any = any && vat;
        }
        const Party &s = c.invoice.seller;
        const bool identified =
            c.invoice.taxRepresentative.present() || s.vatIdentifier.filled() || s.taxRegistration.filled();
        if (any && !identified)
            c.fail(s.node, QT_TRANSLATE_NOOP("InvoiceRules",
                                             "Where VAT is charged, an XRechnung needs the seller's VAT identifier "
                                             "(BT-31), tax number (BT-32) or a tax representative (BG-11)."));
    });
    xr(
        rules, "BR-DE-17",
        [](RuleContext &c) {
            static const QStringList types{QStringLiteral("326"), QStringLiteral("380"), QStringLiteral("384"),
                                           QStringLiteral("389"), QStringLiteral("381"), QStringLiteral("875"),
                                           QStringLiteral("876"), QStringLiteral("877")};
            if (!types.contains(code(c.invoice.typeCode)))
                c.fail(c.invoice.typeCode.node,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The invoice type code %1 (BT-3) is not one XRechnung "
                                                         "expects (326, 380, 384, 389, 381, 875, 876, 877)."),
                       {code(c.invoice.typeCode)});
        },
        FindingSeverity::Warning);
    xr(rules, "BR-DE-18", [](RuleContext &c) {
        // The Skonto lines of the first payment terms text: "#SKONTO#TAGE=n#PROZENT=n.nn#" with
        // an optional "#BASISBETRAG=n.nn", and a line break after the last of them.
        if (c.invoice.paymentTerms.isEmpty())
            return;
        const Term &terms = c.invoice.paymentTerms.first();
        static const QRegularExpression skonto(QStringLiteral(
            "(^|\\r?\\n)#(SKONTO)#TAGE=([0-9]+#PROZENT=[0-9]+\\.[0-9]{2})(#BASISBETRAG=-?[0-9]+\\.[0-9]{2})?#$"));
        bool anyLine = false;
        bool ok = true;
        static const QRegularExpression lineBreak(QStringLiteral("\\r?\\n"));
        for (const QString &line : terms.text.split(lineBreak)) {
            const QString normalized = line.simplified();
            if (!normalized.startsWith(QLatin1Char('#')))
                continue;
            anyLine = true;
            ok = ok && skonto.match(normalized).hasMatch();
        }
        if (anyLine) {
            // What follows the last "#…#" on a line must start with a line break.
            static const QRegularExpression marked(QStringLiteral("#[^\\n]+#"));
            const QStringList parts = terms.text.split(marked);
            static const QRegularExpression newline(QStringLiteral("^\\s*\\n"));
            ok = ok && !parts.isEmpty() && newline.match(parts.last()).hasMatch();
        }
        if (!ok)
            c.fail(terms.node,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "The payment terms (BT-20) give cash discount (Skonto) lines that do not "
                                     "follow the XRechnung form #SKONTO#TAGE=14#PROZENT=2.00# (optionally "
                                     "#BASISBETRAG=…#), each ending with a line break."));
    });
    xr(
        rules, "BR-DE-19",
        [](RuleContext &c) {
            for (const PaymentMeans &m : c.invoice.paymentMeans) {
                if (code(m.typeCode) != QStringLiteral("58"))
                    continue;
                const QString account = m.transfers.isEmpty() ? QString() : m.transfers.first().account.text;
                if (!ibanValid(account))
                    c.fail(
                        m.node,
                        QT_TRANSLATE_NOOP("InvoiceRules",
                                          "The account for the SEPA credit transfer (BT-84) is not a valid IBAN: %1"),
                        {account.simplified()});
            }
        },
        FindingSeverity::Warning);
    xr(
        rules, "BR-DE-20",
        [](RuleContext &c) {
            for (const PaymentMeans &m : c.invoice.paymentMeans) {
                if (code(m.typeCode) != QStringLiteral("59"))
                    continue;
                if (!ibanValid(m.debitedAccount.text))
                    c.fail(
                        m.node,
                        QT_TRANSLATE_NOOP("InvoiceRules", "The account to be debited (BT-91) is not a valid IBAN: %1"),
                        {m.debitedAccount.text.simplified()});
            }
        },
        FindingSeverity::Warning);
    xr(
        rules, "BR-DE-21",
        [](RuleContext &c) {
            if (!InvoiceValidator::isXRechnung(c.invoice))
                c.fail(c.invoice.specificationId.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "The specification identifier (BT-24) is not that of XRechnung 3.0."));
        },
        FindingSeverity::Warning);
    xr(rules, "BR-DE-22", [](RuleContext &c) {
        // Each attachment's file name differs from those of the references before it.
        QList<XmlNode> references;
        if (c.ubl()) {
            references = c.invoice.root.children(kCac, "AdditionalDocumentReference");
        } else {
            for (const SupportingDocument &d : c.invoice.supportingDocuments)
                references << d.node;
        }
        QStringList seen;
        for (const XmlNode &reference : std::as_const(references)) {
            const XmlNode binary = c.ubl()
                                       ? reference.child(kCac, "Attachment").child(kCbc, "EmbeddedDocumentBinaryObject")
                                       : reference.child(kRam, "AttachmentBinaryObject");
            if (binary && binary.hasAttribute("filename")) {
                const QString name = binary.attribute("filename");
                if (seen.contains(name))
                    c.fail(binary,
                           QT_TRANSLATE_NOOP("InvoiceRules",
                                             "Two attachments have the same file name %1; XRechnung needs them "
                                             "distinct."),
                           {name});
                seen << name;
            }
        }
    });
    const auto eachMeans = [&rules](const char *id, QStringList codes,
                                    std::function<bool(RuleContext &, const PaymentMeans &)> ok, const char *message) {
        xr(rules, id, [codes, ok, message](RuleContext &c) {
            for (const PaymentMeans &m : c.invoice.paymentMeans) {
                if (codes.contains(code(m.typeCode)) && !ok(c, m))
                    c.fail(m.node, message, {code(m.typeCode)});
            }
        });
    };
    const QStringList transfer{QStringLiteral("30"), QStringLiteral("58")};
    const QStringList card{QStringLiteral("48"), QStringLiteral("54"), QStringLiteral("55")};
    const QStringList debit{QStringLiteral("59")};
    eachMeans(
        "BR-DE-23-a", transfer, [](RuleContext &, const PaymentMeans &m) { return !m.transfers.isEmpty(); },
        QT_TRANSLATE_NOOP("InvoiceRules", "Payment by credit transfer (code %1) needs the transfer details (BG-17)."));
    eachMeans(
        "BR-DE-23-b", transfer,
        [](RuleContext &c, const PaymentMeans &m) {
            return m.cardNode.isNull() && (c.ubl() ? m.directDebitNode.isNull() : !ciiDirectDebit(c.invoice, m.node));
        },
        QT_TRANSLATE_NOOP("InvoiceRules",
                          "Payment by credit transfer (code %1) may not carry card (BG-18) or direct debit (BG-19) "
                          "details."));
    eachMeans(
        "BR-DE-24-a", card, [](RuleContext &, const PaymentMeans &m) { return !m.cardNode.isNull(); },
        QT_TRANSLATE_NOOP("InvoiceRules", "Payment by card (code %1) needs the card details (BG-18)."));
    eachMeans(
        "BR-DE-24-b", card,
        [](RuleContext &c, const PaymentMeans &m) {
            return m.transfers.isEmpty() && (c.ubl() ? m.directDebitNode.isNull() : !ciiDirectDebit(c.invoice, m.node));
        },
        QT_TRANSLATE_NOOP("InvoiceRules",
                          "Payment by card (code %1) may not carry credit transfer (BG-17) or direct debit (BG-19) "
                          "details."));
    eachMeans(
        "BR-DE-25-a", debit,
        [](RuleContext &c, const PaymentMeans &m) {
            return c.ubl() ? !m.directDebitNode.isNull() : ciiDirectDebit(c.invoice, m.node);
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "Payment by direct debit (code %1) needs the direct debit details (BG-19)."));
    eachMeans(
        "BR-DE-25-b", debit,
        [](RuleContext &c, const PaymentMeans &m) {
            if (c.ubl())
                return m.transfers.isEmpty() && m.cardNode.isNull();
            return m.transfers.isEmpty() && !m.node.child(kRam, "PayeeSpecifiedCreditorFinancialInstitution") &&
                   !m.node.child(kRam, "PayerSpecifiedDebtorFinancialInstitution") && m.cardNode.isNull();
        },
        QT_TRANSLATE_NOOP("InvoiceRules",
                          "Payment by direct debit (code %1) may not carry credit transfer (BG-17) or card (BG-18) "
                          "details."));
    xr(
        rules, "BR-DE-26",
        [](RuleContext &c) {
            // UBL: an empty cac:BillingReference names no invoice.
            bool named = false;
            for (const PrecedingInvoice &p : c.invoice.precedingInvoices)
                named = named || p.node.rawName() != "BillingReference";
            if (code(c.invoice.typeCode) == QStringLiteral("384") && !named)
                c.fail(c.invoice.typeCode.node,
                       QT_TRANSLATE_NOOP("InvoiceRules", "A corrected invoice (type 384) should name the invoice "
                                                         "it corrects (BG-3)."));
        },
        FindingSeverity::Warning);
    xr(
        rules, "BR-DE-27",
        [](RuleContext &c) {
            const Contact &k = c.invoice.seller.contact;
            static const QRegularExpression digits(QStringLiteral("^.*([0-9].*){3,}.*$"));
            if (k.present() && !digits.match(k.telephone.text.simplified()).hasMatch())
                c.fail(k.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "The seller's telephone number (BT-42) should have at least three digits."));
        },
        FindingSeverity::Warning);
    xr(
        rules, "BR-DE-28",
        [](RuleContext &c) {
            const Contact &k = c.invoice.seller.contact;
            static const QRegularExpression email(QStringLiteral("^[^@\\s]+@([^@.\\s]+\\.)+[^@.\\s]+$"));
            if (k.present() && !email.match(k.email.text.simplified()).hasMatch())
                c.fail(k.node, QT_TRANSLATE_NOOP("InvoiceRules",
                                                 "The seller's e-mail address (BT-43) does not look like one."));
        },
        FindingSeverity::Warning);
    xr(rules, "BR-DE-30", [](RuleContext &c) {
        if (c.ubl()) {
            bool mandate = false;
            for (const PaymentMeans &m : c.invoice.paymentMeans)
                mandate = mandate || !m.directDebitNode.isNull();
            if (!mandate)
                return;
            bool creditor = false;
            for (const XmlNode &party : {c.invoice.seller.node, c.invoice.root.child(kCac, "PayeeParty")}) {
                for (const XmlNode &id : party.children(kCac, "PartyIdentification"))
                    creditor = creditor || id.child(kCbc, "ID").attribute("schemeID") == QStringLiteral("SEPA");
            }
            if (!creditor)
                c.fail(c.invoice.root,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "A direct debit needs the bank assigned creditor identifier (BT-90)."));
            return;
        }
        const CiiDirectDebit d = ciiDirectDebitParts(c.invoice);
        if (d.any() && !((d.mandate || d.debited) && d.creditor))
            c.fail(d.settlement,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "A direct debit needs the bank assigned creditor identifier (BT-90)."));
    });
    xr(rules, "BR-DE-31", [](RuleContext &c) {
        if (c.ubl()) {
            for (const PaymentMeans &m : c.invoice.paymentMeans) {
                if (!m.directDebitNode.isNull() && !m.debitedAccount.present()) {
                    c.fail(
                        m.directDebitNode,
                        QT_TRANSLATE_NOOP("InvoiceRules", "A direct debit needs the account to be debited (BT-91)."));
                    return;
                }
            }
            return;
        }
        const CiiDirectDebit d = ciiDirectDebitParts(c.invoice);
        if (d.any() && !((d.mandate || d.creditor) && d.debited))
            c.fail(d.settlement,
                   QT_TRANSLATE_NOOP("InvoiceRules", "A direct debit needs the account to be debited (BT-91)."));
    });
    xr(
        rules, "BR-DE-TMP-32",
        [](RuleContext &c) {
            if (c.invoice.deliveryDate.present() || c.invoice.invoicingPeriod.present())
                return;
            bool everyLine = true;
            for (const InvoiceLine &l : c.invoice.lines)
                everyLine = everyLine && l.period.present();
            if (!everyLine)
                c.fail(c.invoice.root,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "The invoice gives neither a delivery date (BT-72) nor an invoicing "
                                         "period (BG-14, or BG-26 on every line)."));
        },
        FindingSeverity::Information);
    xr(
        rules, "BR-TMP-2",
        [](RuleContext &c) {
            static const QRegularExpression url(QStringLiteral("^([a-zA-Z])([a-zA-Z0-9+.-])+:.*"));
            for (const SupportingDocument &d : c.invoice.supportingDocuments) {
                if (c.ubl()) {
                    const XmlNode external = d.node.child(kCac, "Attachment").child(kCac, "ExternalReference");
                    if (external && !url.match(external.child(kCbc, "URI").text()).hasMatch())
                        c.fail(external, QT_TRANSLATE_NOOP("InvoiceRules",
                                                           "The external document location (BT-124) is not a URL."));
                } else if (d.typeCode.text == QStringLiteral("916") && d.externalLocation.present() &&
                           !url.match(d.externalLocation.text).hasMatch()) {
                    c.fail(d.externalLocation.node,
                           QT_TRANSLATE_NOOP("InvoiceRules", "The external document location (BT-124) is not a URL."));
                }
            }
        },
        FindingSeverity::Warning);
    xr(
        rules, "BR-TMP-3",
        [](RuleContext &c) {
            for (const InvoiceLine &l : c.invoice.lines) {
                const XmlNode agreement = l.node.child(kRam, "SpecifiedLineTradeAgreement");
                const XmlNode gross = agreement.child(kRam, "GrossPriceProductTradePrice").child(kRam, "BasisQuantity");
                const XmlNode net = agreement.child(kRam, "NetPriceProductTradePrice").child(kRam, "BasisQuantity");
                if (!gross || !net)
                    continue;
                const bool units = !(net.hasAttribute("unitCode") && gross.hasAttribute("unitCode")) ||
                                   gross.attribute("unitCode") == net.attribute("unitCode");
                if (gross.text() != net.text() || !units)
                    c.fail(gross,
                           QT_TRANSLATE_NOOP("InvoiceRules",
                                             "The base quantity of the gross price differs from that of the net "
                                             "price on invoice line %1."),
                           {l.id.trimmed()});
            }
        },
        FindingSeverity::Fatal, InvoiceRule::Cii);
}

} // namespace amtsdesk::invoicerules
