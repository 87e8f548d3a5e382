#pragma once

// Small pieces the rule families share: how XPath's tests read on the model's terms.
#include "common/decimal.h"
#include "invoice/invoicevalidator.h"

#include <optional>

namespace amtsdesk::invoicerules {

// XPath "(x) != ''": present with any text at all (whitespace counts, as in XPath).
inline bool hasText(const Term &t)
{
    return t.present() && !t.text.isEmpty();
}

// XPath "normalize-space(x) != ''".
inline bool hasValue(const Term &t)
{
    return t.filled();
}

// The number in a term, when it is one (xs:decimal: optional sign, digits, one point).
inline std::optional<Decimal> number(const Term &t)
{
    return t.number();
}

// A number or zero (XPath sums treat an absent amount as no contribution).
inline Decimal numberOrZero(const Term &t)
{
    return number(t).value_or(Decimal());
}

// XPath round(x * 100) div 100, the rules' rounding to two places.
inline Decimal round2(const Decimal &d)
{
    auto r = d.rounded(2, RoundingMode::HalfUp);
    return r ? *r : d;
}

inline Decimal plus(const Decimal &a, const Decimal &b)
{
    auto r = a.add(b);
    return r ? *r : a;
}

inline Decimal minus(const Decimal &a, const Decimal &b)
{
    auto r = a.sub(b);
    return r ? *r : a;
}

inline Decimal times(const Decimal &a, const Decimal &b)
{
    auto r = a.mul(b);
    return r ? *r : a;
}

// BT-24 is the XRechnung 3.0 extension identifier.
inline bool isXRechnungExtension(const EInvoice &invoice)
{
    return invoice.specificationId.text == QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:"
                                                          "xrechnung_3.0#conformant#urn:xeinkauf.de:kosit:extension:"
                                                          "xrechnung_3.0");
}

// BT-24 names the XRechnung clean vehicle invoice (CVD).
inline bool isCvd(const EInvoice &invoice)
{
    return invoice.specificationId.text ==
           QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0#compliant#urn:"
                          "xeinkauf.de:kosit:xrechnung:cvd_0.9");
}

// Every element below the invoice's root, in document order (built once per document).
inline const QList<XmlNode> &allElements(const EInvoice &invoice)
{
    static const QList<XmlNode> none;
    return invoice.tree ? invoice.tree->elementsBelow(invoice.root) : none;
}

// Adds a rule to the list (a short form for the families' tables).
inline void rule(QList<InvoiceRule> &rules, const char *id, int syntaxes, std::function<void(RuleContext &)> check,
                 FindingSeverity severity = FindingSeverity::Fatal, bool xrechnungOnly = false)
{
    rules.append(InvoiceRule{QString::fromLatin1(id), severity, syntaxes, xrechnungOnly, std::move(check)});
}

// Adds a rule that applies only where BT-24 names XRechnung (the XRechnung and Peppol rules).
inline void xrechnungRule(QList<InvoiceRule> &rules, const char *id, int syntaxes,
                          std::function<void(RuleContext &)> check)
{
    rule(rules, id, syntaxes, std::move(check), FindingSeverity::Fatal, true);
}

} // namespace amtsdesk::invoicerules
