#pragma once

// How both readers turn elements into the model's terms (internal to invoice/).
#include "invoice/invoicemodel.h"

#include <initializer_list>

namespace amtsdesk::readerterms {

// The element reached by child steps in one namespace (null when one is missing).
inline XmlNode descend(XmlNode node, const char *ns, std::initializer_list<const char *> steps)
{
    for (const char *step : steps) {
        node = node.child(ns, step);
        if (!node)
            break;
    }
    return node;
}

inline Term term(const XmlNode &node)
{
    return node ? Term{node, node.text()} : Term{};
}

// A term with one attribute of the same element: identifier and scheme, amount and currency,
// quantity and unit.
template <typename T> T withAttribute(const XmlNode &node, const char *attribute, bool T::*has, QString T::*value)
{
    T t;
    if (node) {
        t.node = node;
        t.text = node.text();
        t.*has = node.hasAttribute(attribute);
        t.*value = node.attribute(attribute);
    }
    return t;
}

inline SchemedTerm schemed(const XmlNode &node, const char *attribute = "schemeID")
{
    return withAttribute(node, attribute, &SchemedTerm::hasScheme, &SchemedTerm::scheme);
}

inline AmountTerm amount(const XmlNode &node)
{
    return withAttribute(node, "currencyID", &AmountTerm::hasCurrency, &AmountTerm::currency);
}

inline QuantityTerm quantity(const XmlNode &node)
{
    return withAttribute(node, "unitCode", &QuantityTerm::hasUnit, &QuantityTerm::unit);
}

inline BinaryTerm binary(const XmlNode &node)
{
    BinaryTerm b;
    if (node) {
        b.node = node;
        b.text = node.text();
        b.hasMimeCode = node.hasAttribute("mimeCode");
        b.mimeCode = node.attribute("mimeCode");
        b.hasFileName = node.hasAttribute("filename");
        b.fileName = node.attribute("filename");
    }
    return b;
}

} // namespace amtsdesk::readerterms
