// XRechnung 3.0 rules for its extension (BR-DEX-…: sub-invoice lines, third party payments,
// identifier schemes) and for clean vehicle invoices (BR-DE-CVD-…, BR-TMP-CVD-01). They run only
// where BT-24 is the extension's or the CVD identifier, as the official Schematron gates them.
#include "invoice/invoicereader.h"
#include "invoice/rules/codelists.h"
#include "invoice/rules/rulehelpers.h"

namespace amtsdesk::invoicerules {

namespace {

constexpr int Both = InvoiceRule::Both;
constexpr int Ubl = InvoiceRule::Ubl;
using xmlns::kCac;
using xmlns::kCbc;
using xmlns::kRam;
using xmlns::kRsm;

QList<XmlNode> named(const EInvoice &inv, const char *ns, const char *name)
{
    QList<XmlNode> out;
    const QList<XmlNode> &all = allElements(inv);
    for (const XmlNode &n : std::as_const(all)) {
        if (n.is(ns, name))
            out << n;
    }
    return out;
}

bool hasAncestor(const XmlNode &n, const char *name)
{
    for (XmlNode p = n.parent(); p; p = p.parent()) {
        if (p.rawName() == name)
            return true;
    }
    return false;
}

// The identifier schemes of ISO/IEC 6523 (ICD 0002 … 0244 as XRechnung 3.0 lists them), with the
// German DiGA codes in front. As in the official list, 0244 has no blank after it and so is not
// accepted by the list test.
const QString &icdCodes()
{
    static const QString list = [] {
        QString s = QStringLiteral(" XR01 XR02 XR03 ");
        for (int code = 2; code <= 244; ++code) {
            if (code == 92 || code == 103 || code == 181 || code == 182)
                continue;
            s += QStringLiteral(" %1").arg(code, 4, 10, QLatin1Char('0'));
        }
        return s;
    }();
    return list;
}

// The electronic address schemes (CEF EAS), with the DiGA codes.
const QString &easCodes()
{
    static const QString list = QStringLiteral(" XR01 XR02 XR03  0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 "
                                               "0135 0142 0147 0151 0154 0158 0170 0177 0183 0184 0188 "
                                               "0190 0191 0192 0193 0194 0195 0196 0198 0199 0200 0201 0202 0203 0204 "
                                               "0205 0208 0209 0210 0211 0212 0213 0215 0216 0217 "
                                               "0218 0219 0220 0221 0225 0230 0235 0240 0244 9910 9913 9914 9915 9918 "
                                               "9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 "
                                               "9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 "
                                               "9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 "
                                               "9957 9959 AN AQ AS AU EM ");
    return list;
}

// UNTDID 7143 item type identification codes, with CVD in front.
const QString &itemTypeCodes()
{
    static const QString list = QStringLiteral(" CVD  AA AB AC AD AE AF AG AH AI AJ AK AL AM AN AO AP AQ AR AS AT AU "
                                               "AV AW AX AY AZ BA BB BC BD BE BF BG BH BI BJ BK BL BM BN "
                                               "BO BP BQ BR BS BT BU BV BW BX BY BZ CC CG CL CR CV DR DW EC EF EMD EN "
                                               "FS GB GN GMN GS HS IB IN IS IT IZ MA MF MN MP NB ON PD "
                                               "PL PO PPI PV QS RC RN RU RY SA SG SK SN SRS SRT SRU SRV SRW SRX SRY "
                                               "SRZ SS SSA SSB SSC SSD SSE SSF SSG SSH SSI SSJ SSK SSL "
                                               "SSM SSN SSO SSP SSQ SSR SSS SST SSU SSV SSW SSX SSY SSZ ST STA STB STC "
                                               "STD STE STF STG STH STI STJ STK STL STM STN STO STP "
                                               "STQ STR STS STT STU STV STW STX STY STZ SUA SUB SUC SUD SUE SUF SUG "
                                               "SUH SUI SUJ SUK SUL SUM TG TSN TSO TSP TSQ TSR TSS TST "
                                               "TSU UA UP VN VP VS VX ZZZ ");
    return list;
}

void schemeRule(QList<InvoiceRule> &rules, const char *id, const QString &(*list)(),
                std::function<QList<XmlNode>(const EInvoice &, bool ubl)> nodes,
                std::function<bool(const XmlNode &)> alsoAllowed = {})
{
    rule(
        rules, id, Both,
        [list, nodes, alsoAllowed](RuleContext &c) {
            if (!isXRechnungExtension(c.invoice))
                return;
            for (const XmlNode &n : nodes(c.invoice, c.ubl())) {
                if (!n.hasAttribute("schemeID"))
                    continue;
                if (!inCodeList(list(), n.attribute("schemeID")) && !(alsoAllowed && alsoAllowed(n)))
                    c.fail(n,
                           QT_TRANSLATE_NOOP("InvoiceRules",
                                             "The scheme \"%1\" is not one the XRechnung extension allows here."),
                           {n.attribute("schemeID")});
            }
        },
        FindingSeverity::Fatal, true);
}

} // namespace

void addXRechnungExtensionRules(QList<InvoiceRule> &rules)
{
    xrechnungRule(rules, "BR-DEX-01", Both, [](RuleContext &c) {
        if (!isXRechnungExtension(c.invoice))
            return;
        static const QStringList allowed{
            QStringLiteral("application/pdf"),
            QStringLiteral("image/png"),
            QStringLiteral("image/jpeg"),
            QStringLiteral("text/csv"),
            QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"),
            QStringLiteral("application/xml")};
        const QList<XmlNode> binaries = c.ubl() ? named(c.invoice, kCbc, "EmbeddedDocumentBinaryObject")
                                                : named(c.invoice, kRam, "AttachmentBinaryObject");
        for (const XmlNode &b : binaries) {
            if (!allowed.contains(b.attribute("mimeCode")))
                c.fail(
                    b,
                    QT_TRANSLATE_NOOP("InvoiceRules",
                                      "An attachment of the type \"%1\" is not allowed; the XRechnung extension takes "
                                      "PDF, PNG, JPEG, CSV, XLSX, ODS and XML."),
                    {b.attribute("mimeCode")});
        }
    });
    rule(
        rules, "BR-DEX-02", Ubl,
        [](RuleContext &c) {
            if (!isXRechnungExtension(c.invoice) || c.invoice.creditNote)
                return;
            // The net amount of a line, or of a sub-line with sub-lines, is the sum of theirs.
            const auto check = [&c](const XmlNode &line) {
                const QList<XmlNode> subs = line.children(kCac, "SubInvoiceLine");
                if (subs.isEmpty())
                    return;
                const auto own = number(
                    Term{line.child(kCbc, "LineExtensionAmount"), line.child(kCbc, "LineExtensionAmount").text()});
                Decimal sum;
                for (const XmlNode &sub : subs) {
                    const XmlNode amount = sub.child(kCbc, "LineExtensionAmount");
                    sum = plus(sum, number(Term{amount, amount.text()}).value_or(Decimal()));
                }
                if (!own || !(*own == sum))
                    c.fail(line.child(kCbc, "LineExtensionAmount") ? line.child(kCbc, "LineExtensionAmount") : line,
                           QT_TRANSLATE_NOOP("InvoiceRules",
                                             "The net amount of line %1 should be the sum of its sub-lines' net "
                                             "amounts (%2)."),
                           {line.child(kCbc, "ID").text().trimmed(), sum.toString()});
            };
            for (const XmlNode &line : c.invoice.root.children(kCac, "InvoiceLine"))
                check(line);
            for (const XmlNode &sub : named(c.invoice, kCac, "SubInvoiceLine"))
                check(sub);
        },
        FindingSeverity::Warning, true);
    rule(
        rules, "BR-DEX-15", InvoiceRule::Cii,
        [](RuleContext &c) {
            if (!isXRechnungExtension(c.invoice) || named(c.invoice, kRam, "ParentLineID").isEmpty())
                return;
            // Once per line, as the official rule reads, when any line names a parent line.
            for (const InvoiceLine &l : c.invoice.lines)
                c.fail(l.node.child(kRam, "AssociatedDocumentLineDocument"),
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "This CII invoice seems to use sub-invoice lines (ParentLineID), which "
                                         "XRechnung supports only in UBL."));
        },
        FindingSeverity::Warning, true);
    xrechnungRule(rules, "BR-DEX-03", Ubl, [](RuleContext &c) {
        if (!isXRechnungExtension(c.invoice) || c.invoice.creditNote)
            return;
        for (const XmlNode &sub : named(c.invoice, kCac, "SubInvoiceLine")) {
            for (const XmlNode &item : sub.children(kCac, "Item")) {
                if (item.children(kCac, "ClassifiedTaxCategory").size() != 1)
                    c.fail(item, QT_TRANSLATE_NOOP("InvoiceRules",
                                                   "The item of a sub-invoice line needs exactly one VAT category."));
            }
        }
    });
    schemeRule(
        rules, "BR-DEX-04", icdCodes,
        [](const EInvoice &inv, bool ubl) {
            QList<XmlNode> out;
            if (ubl) {
                for (const XmlNode &p : named(inv, kCac, "PartyIdentification"))
                    out << p.children(kCbc, "ID");
            } else {
                for (const XmlNode &g : named(inv, kRam, "GlobalID")) {
                    if (!hasAncestor(g, "SpecifiedTradeProduct") && !hasAncestor(g, "ShipToTradeParty"))
                        out << g;
                }
            }
            return out;
        },
        [](const XmlNode &n) {
            // The creditor identifier of seller or payee may carry the scheme SEPA (UBL).
            return n.is(kCbc, nullptr) &&
                   inCodeList(QStringLiteral(" SEPA "), n.attribute("schemeID")) &&
                   (hasAncestor(n, "AccountingSupplierParty") || hasAncestor(n, "PayeeParty"));
        });
    schemeRule(rules, "BR-DEX-05", icdCodes, [](const EInvoice &inv, bool ubl) {
        QList<XmlNode> out;
        if (ubl) {
            for (const XmlNode &p : named(inv, kCac, "PartyLegalEntity"))
                out << p.children(kCbc, "CompanyID");
        } else {
            for (const XmlNode &id : named(inv, kRam, "ID")) {
                if (!hasAncestor(id, "SpecifiedTaxRegistration"))
                    out << id;
            }
        }
        return out;
    });
    schemeRule(rules, "BR-DEX-06", icdCodes, [](const EInvoice &inv, bool ubl) {
        QList<XmlNode> out;
        if (ubl) {
            for (const XmlNode &p : named(inv, kCac, "StandardItemIdentification"))
                out << p.children(kCbc, "ID");
        } else {
            for (const XmlNode &p : named(inv, kRam, "SpecifiedTradeProduct"))
                out << p.children(kRam, "GlobalID");
        }
        return out;
    });
    schemeRule(rules, "BR-DEX-07", easCodes, [](const EInvoice &inv, bool ubl) {
        QList<XmlNode> out;
        if (ubl) {
            out = named(inv, kCbc, "EndpointID");
        } else {
            for (const XmlNode &p : named(inv, kRam, "URIUniversalCommunication"))
                out << p.children(kRam, "URIID");
        }
        return out;
    });
    schemeRule(rules, "BR-DEX-08", icdCodes, [](const EInvoice &inv, bool ubl) {
        QList<XmlNode> out;
        if (ubl) {
            for (const XmlNode &p : named(inv, kCac, "DeliveryLocation"))
                out << p.children(kCbc, "ID");
        } else {
            out = inv.root.child(kRsm, "SupplyChainTradeTransaction")
                      .child(kRam, "ApplicableHeaderTradeDelivery")
                      .child(kRam, "ShipToTradeParty")
                      .children(kRam, "GlobalID");
        }
        return out;
    });
    xrechnungRule(rules, "BR-DEX-09", Ubl, [](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        if (!isXRechnungExtension(inv) || inv.totalsNode.isNull())
            return;
        const Decimal prepaid = numberOrZero(inv.prepaid), rounding = numberOrZero(inv.rounding);
        Decimal thirdParty;
        bool anyPaid = false;
        for (const XmlNode &p : inv.root.children(kCac, "PrepaidPayment")) {
            const Term paid{p.child(kCbc, "PaidAmount"), p.child(kCbc, "PaidAmount").text()};
            anyPaid = anyPaid || paid.filled();
            thirdParty = plus(thirdParty, numberOrZero(paid));
        }
        const auto due = number(inv.amountDue), gross = number(inv.totalWithVat);
        const Decimal expected =
            round2(plus(minus(gross.value_or(Decimal()), prepaid), anyPaid ? thirdParty : Decimal()));
        if (!due || !gross || round2(minus(*due, rounding)) != expected)
            c.fail(inv.amountDue.present() ? inv.amountDue.node : inv.totalsNode,
                   QT_TRANSLATE_NOOP(
                       "InvoiceRules",
                       "The amount due (BT-115) must be the total with VAT minus the paid amount plus the third "
                       "party payments, plus the rounding amount."));
    });
    const auto prepaidPayments = [&rules](const char *id, std::function<bool(const XmlNode &, const EInvoice &)> ok,
                                          const char *message) {
        xrechnungRule(rules, id, Ubl, [ok, message](RuleContext &c) {
            if (!isXRechnungExtension(c.invoice) || c.invoice.creditNote)
                return;
            for (const XmlNode &p : c.invoice.root.children(kCac, "PrepaidPayment")) {
                if (!ok(p, c.invoice))
                    c.fail(p, message);
            }
        });
    };
    prepaidPayments(
        "BR-DEX-10",
        [](const XmlNode &p, const EInvoice &) { return !p.child(kCbc, "ID").text().simplified().isEmpty(); },
        QT_TRANSLATE_NOOP("InvoiceRules", "A third party payment needs its type (BT-DEX-001)."));
    prepaidPayments(
        "BR-DEX-11",
        [](const XmlNode &p, const EInvoice &) { return !p.child(kCbc, "PaidAmount").text().simplified().isEmpty(); },
        QT_TRANSLATE_NOOP("InvoiceRules", "A third party payment needs its amount (BT-DEX-002)."));
    prepaidPayments(
        "BR-DEX-12",
        [](const XmlNode &p, const EInvoice &) {
            return !p.child(kCbc, "InstructionID").text().simplified().isEmpty();
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "A third party payment needs its description (BT-DEX-003)."));
    prepaidPayments(
        "BR-DEX-13",
        [](const XmlNode &p, const EInvoice &) {
            const QString text = p.child(kCbc, "PaidAmount").text();
            const qsizetype dot = text.indexOf(QLatin1Char('.'));
            return dot < 0 || text.size() - dot - 1 <= 2;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "The amount of a third party payment has more than two decimals."));
    prepaidPayments(
        "BR-DEX-14",
        [](const XmlNode &p, const EInvoice &inv) {
            const XmlNode paid = p.child(kCbc, "PaidAmount");
            return paid && paid.attribute("currencyID") == inv.currency.text;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "A third party payment must be in the invoice currency (BT-5)."));

    // Clean vehicles (Saubere-Fahrzeuge-Beschaffungs-Gesetz).
    const auto cvd = [&rules](const char *id, std::function<void(RuleContext &)> check) {
        xrechnungRule(rules, id, Both, [check](RuleContext &c) {
            if (isCvd(c.invoice))
                check(c);
        });
    };
    cvd("BR-DE-CVD-01", [](RuleContext &c) {
        if (!c.invoice.contractReference.filled())
            c.fail(c.invoice.root,
                   QT_TRANSLATE_NOOP("InvoiceRules", "A clean vehicle invoice needs the contract reference (BT-12)."));
    });
    cvd("BR-DE-CVD-02", [](RuleContext &c) {
        if (!c.invoice.tenderReference.filled())
            c.fail(c.invoice.root,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "A clean vehicle invoice needs the tender or lot reference (BT-17)."));
    });
    const auto cvdClass = [](const InvoiceLine &l) {
        for (const SchemedTerm &k : l.classifications) {
            if (k.scheme == QStringLiteral("CVD"))
                return true;
        }
        return false;
    };
    const auto cvaCount = [](const InvoiceLine &l) {
        int n = 0;
        for (const InvoiceLine::Attribute &a : l.attributes)
            n += a.name.text == QStringLiteral("cva") ? 1 : 0;
        return n;
    };
    cvd("BR-DE-CVD-03", [cvdClass, cvaCount](RuleContext &c) {
        bool any = false;
        for (const InvoiceLine &l : c.invoice.lines)
            any = any || (cvdClass(l) && cvaCount(l) > 0);
        if (!any)
            c.fail(c.invoice.root,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "A clean vehicle invoice needs at least one line with a vehicle category "
                                     "(list CVD) and the attribute cva."));
    });
    cvd("BR-DE-CVD-04", [](RuleContext &c) {
        static const QStringList categories{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3"),
                                            QStringLiteral("N1"), QStringLiteral("N2"), QStringLiteral("N3")};
        for (const InvoiceLine &l : c.invoice.lines) {
            for (const SchemedTerm &k : l.classifications) {
                if (k.scheme.simplified() == QStringLiteral("CVD") && !categories.contains(k.text.simplified()))
                    c.fail(
                        k.node,
                        QT_TRANSLATE_NOOP("InvoiceRules", "\"%1\" is not a vehicle category (M1, M2, M3, N1, N2, N3)."),
                        {k.text});
            }
        }
    });
    cvd("BR-DE-CVD-05", [](RuleContext &c) {
        static const QStringList values{QStringLiteral("clean"), QStringLiteral("zero-emission"),
                                        QStringLiteral("other")};
        for (const InvoiceLine &l : c.invoice.lines) {
            for (const InvoiceLine::Attribute &a : l.attributes) {
                if (a.name.text == QStringLiteral("cva") && !values.contains(a.value.text.simplified()))
                    c.fail(a.node,
                           QT_TRANSLATE_NOOP("InvoiceRules",
                                             "The attribute cva must be clean, zero-emission or other, not \"%1\"."),
                           {a.value.text});
            }
        }
    });
    cvd("BR-DE-CVD-06-a", [cvdClass, cvaCount](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            if (cvdClass(l) && cvaCount(l) != 1)
                c.fail(l.node, QT_TRANSLATE_NOOP("InvoiceRules",
                                                 "A line with a vehicle category needs exactly one attribute cva."));
        }
    });
    cvd("BR-DE-CVD-06-b", [cvaCount](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            int categories = 0;
            for (const SchemedTerm &k : l.classifications)
                categories += k.scheme == QStringLiteral("CVD") ? 1 : 0;
            if (cvaCount(l) > 0 && categories != 1)
                c.fail(l.node, QT_TRANSLATE_NOOP(
                                   "InvoiceRules",
                                   "A line with the attribute cva needs exactly one vehicle category (list CVD)."));
        }
    });
    cvd("BR-TMP-CVD-01", [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            for (const SchemedTerm &k : l.classifications) {
                // As the official list test: a missing list identifier passes (see the list's double blank).
                const QString v = k.scheme.simplified();
                if (!v.contains(QLatin1Char(' ')) && !itemTypeCodes().contains(QLatin1Char(' ') + v + QLatin1Char(' ')))
                    c.fail(
                        k.node,
                        QT_TRANSLATE_NOOP("InvoiceRules", "\"%1\" is not an item classification list (UNTDID 7143)."),
                        {k.scheme});
            }
        }
    });
}

} // namespace amtsdesk::invoicerules
