// The syntax warnings of EN 16931: elements and attributes that UBL and CII know but EN 16931
// does not use (UBL-CR, UBL-DT-08…28, CII-SR, the CII-DT warnings). Most are "nothing at this
// path", kept as data (ublabsentrules.cpp, ciiabsentrules.cpp) and evaluated here; the few
// that count or compare are written out below. A receiver may ignore such content, and the
// sender should leave it out: hence warnings, as in the official rules.
#include "invoice/rules/syntaxwarnings.h"
#include "invoice/invoicereader.h"
#include "invoice/rules/rulehelpers.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <unordered_map>
#include <vector>

namespace amtsdesk::invoicerules {

namespace {

using xmlns::kCac;
using xmlns::kCbc;
using xmlns::kRam;
using xmlns::kUdt;

const char *namespaceOf(std::string_view prefix)
{
    if (prefix == "cac")
        return xmlns::kCac;
    if (prefix == "cbc")
        return xmlns::kCbc;
    if (prefix == "ext")
        return xmlns::kExt;
    if (prefix == "ram")
        return xmlns::kRam;
    if (prefix == "rsm")
        return xmlns::kRsm;
    if (prefix == "udt")
        return xmlns::kUdt;
    if (prefix == "qdt")
        return xmlns::kQdt;
    return nullptr;
}

// One step of a path: an element by one of its names ("prefix:Name", or two for the line
// alternative), or an attribute.
struct Step {
    QList<std::pair<const char *, std::string>> names; // namespace, local name
    std::string attribute;                             // set for "@name"
};

struct ParsedPath {
    bool anywhere = false; // a leading "//"
    QList<Step> steps;
};

ParsedPath parse(const char *text)
{
    ParsedPath p;
    std::string_view s(text);
    if (s.substr(0, 2) == "//") {
        p.anywhere = true;
        s.remove_prefix(2);
    }
    while (!s.empty()) {
        std::string_view token;
        if (s.front() == '(') {
            const size_t close = s.find(')');
            token = s.substr(1, close - 1);
            s.remove_prefix(close + 1);
        } else {
            const size_t slash = s.find('/');
            token = s.substr(0, slash);
            s.remove_prefix(slash == std::string_view::npos ? s.size() : slash);
        }
        if (!s.empty() && s.front() == '/')
            s.remove_prefix(1);
        Step step;
        if (token.front() == '@') {
            step.attribute = std::string(token.substr(1));
        } else {
            while (!token.empty()) {
                const size_t bar = token.find('|');
                const std::string_view one = token.substr(0, bar);
                const size_t colon = one.find(':');
                step.names.append({namespaceOf(one.substr(0, colon)), std::string(one.substr(colon + 1))});
                token.remove_prefix(bar == std::string_view::npos ? token.size() : bar + 1);
            }
        }
        p.steps << step;
    }
    return p;
}

bool matches(const XmlNode &n, const Step &step)
{
    for (const auto &[ns, name] : step.names) {
        if (n.is(ns, name.c_str()))
            return true;
    }
    return false;
}

// The first element at which the rest of the path is found below from (the owner of the
// attribute, for an attribute step), or null.
XmlNode find(const XmlNode &from, const QList<Step> &steps, qsizetype i)
{
    const Step &step = steps.at(i);
    if (!step.attribute.empty())
        return from.hasAttribute(step.attribute.c_str()) ? from : XmlNode();
    for (XmlNode c = from.firstChildElement(); c; c = c.nextSiblingElement()) {
        if (!matches(c, step))
            continue;
        if (i + 1 == steps.size())
            return c;
        if (const XmlNode found = find(c, steps, i + 1))
            return found;
    }
    return {};
}

XmlNode findFrom(const EInvoice &inv, const XmlNode &context, const ParsedPath &p)
{
    if (!p.anywhere)
        return find(context, p.steps, 0);
    // "//a/b": any a in the document (the root included), then b below it.
    const Step &first = p.steps.first();
    QList<XmlNode> candidates{inv.root};
    candidates += allElements(inv);
    for (const XmlNode &n : std::as_const(candidates)) {
        if (!first.attribute.empty()) {
            if (n.hasAttribute(first.attribute.c_str()))
                return n;
            continue;
        }
        if (!matches(n, first))
            continue;
        if (p.steps.size() == 1)
            return n;
        if (const XmlNode found = find(n, p.steps, 1))
            return found;
    }
    return {};
}

// The names in the paths of the absent rules, numbered as the rules are made (when
// InvoiceValidator::rules() builds them, once), and for an invoice which of them occur in its
// document: one look-up per name of the document, then a bit per name of a path. Most of these
// rules name something the invoice does not have, and end there.
class PathNames {
public:
    static PathNames &instance()
    {
        static PathNames names;
        return names;
    }
    // For each step of the path, the numbers of the names it takes (any of them).
    std::vector<std::vector<int>> number(const ParsedPath &p)
    {
        std::vector<std::vector<int>> steps;
        for (const Step &step : p.steps) {
            std::vector<int> ids;
            if (!step.attribute.empty())
                ids.push_back(numberOf(m_attributes, step.attribute));
            for (const auto &name : step.names)
                ids.push_back(numberOf(m_elements, name.second));
            steps.push_back(std::move(ids));
        }
        return steps;
    }
    // Whether each step of a path (as number made it) names something the invoice's document has;
    // where one does not, nothing can be found at the path.
    bool mayBePresent(const EInvoice &inv, const std::vector<std::vector<int>> &steps) const
    {
        if (!inv.tree)
            return true;
        thread_local quint64 serial = 0;
        thread_local std::vector<bool> present;
        if (serial != inv.tree->serial()) {
            present.assign(m_count, false);
            mark(present, m_elements, inv.tree->elementNames());
            mark(present, m_attributes, inv.tree->attributeNames());
            serial = inv.tree->serial();
        }
        // From the last step: the most particular name, most often the one that is absent.
        for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
            if (std::none_of(it->cbegin(), it->cend(), [](int id) { return present[size_t(id)]; }))
                return false;
        }
        return true;
    }

private:
    using Numbers = std::unordered_map<std::string_view, int>;
    int numberOf(Numbers &numbers, const std::string &name)
    {
        const auto found = numbers.find(name);
        if (found != numbers.end())
            return found->second;
        m_names.push_back(name); // a deque: the views into it stay valid
        numbers.emplace(m_names.back(), m_count);
        return m_count++;
    }
    static void mark(std::vector<bool> &present, const Numbers &numbers, const std::vector<std::string_view> &names)
    {
        for (const std::string_view name : names) {
            const auto found = numbers.find(name);
            if (found != numbers.end())
                present[size_t(found->second)] = true;
        }
    }
    std::deque<std::string> m_names;
    Numbers m_elements, m_attributes;
    int m_count = 0;
};

// The elements at an absolute path such as /rsm:CrossIndustryInvoice/rsm:ExchangedDocument.
QList<XmlNode> atAbsolutePath(const EInvoice &inv, const ParsedPath &p)
{
    if (p.steps.isEmpty() || !matches(inv.root, p.steps.first()))
        return {};
    QList<XmlNode> level{inv.root};
    for (qsizetype i = 1; i < p.steps.size(); ++i) {
        QList<XmlNode> next;
        for (const XmlNode &n : std::as_const(level)) {
            for (XmlNode c = n.firstChildElement(); c; c = c.nextSiblingElement()) {
                if (matches(c, p.steps.at(i)))
                    next << c;
            }
        }
        level = next;
    }
    return level;
}

QList<XmlNode> atAbsolutePath(const EInvoice &inv, const char *path)
{
    return atAbsolutePath(inv, parse(path + 1)); // without the leading "/"
}

// The context elements of a path, found once per invoice for all the rules that share the
// context (several hundred share a few dozen paths); the tree's serial and the invoice's root
// tell invoices apart.
const QList<XmlNode> &cachedContexts(const EInvoice &inv, const char *contextPath, const ParsedPath &parsed)
{
    thread_local quint64 serial = 0;
    thread_local XmlNode root;
    thread_local QHash<const char *, QList<XmlNode>> byPath;
    const quint64 current = inv.tree ? inv.tree->serial() : 0;
    if (current != serial || !(root == inv.root)) {
        byPath.clear();
        serial = current;
        root = inv.root;
    }
    auto it = byPath.find(contextPath);
    if (it == byPath.end())
        it = byPath.insert(contextPath, atAbsolutePath(inv, parsed));
    return *it;
}

QList<XmlNode> contextsOf(const EInvoice &inv, const AbsentRule &r, const ParsedPath &contextPath)
{
    switch (r.context) {
    case AbsentRule::Root: return {inv.root};
    case AbsentRule::Path: return cachedContexts(inv, r.contextPath, contextPath);
    case AbsentRule::TradeTax: return ciiTradeTaxElements(inv);
    case AbsentRule::DocumentContextParameter: {
        QList<XmlNode> out;
        for (const XmlNode &n : allElements(inv)) {
            const std::string_view name = n.rawName();
            constexpr std::string_view tail = "DocumentContextParameter";
            if (name.size() >= tail.size() && name.substr(name.size() - tail.size()) == tail)
                out << n;
        }
        return out;
    }
    case AbsentRule::PaymentMeans: {
        QList<XmlNode> out;
        for (const XmlNode &n : allElements(inv)) {
            if (n.is(kRam, "SpecifiedTradeSettlementPaymentMeans"))
                out << n;
        }
        return out;
    }
    }
    return {};
}

void addAbsentRules(QList<InvoiceRule> &rules, const AbsentRule *table, int count, int syntax)
{
    for (int i = 0; i < count; ++i) {
        const AbsentRule &r = table[i];
        const ParsedPath path = parse(r.path);
        const ParsedPath contextPath = r.context == AbsentRule::Path ? parse(r.contextPath + 1) : ParsedPath();
        const bool attribute = !path.steps.last().attribute.empty();
        const QString shown = attribute ? QString::fromStdString(path.steps.last().attribute)
                                        : QString::fromStdString(path.steps.last().names.first().second);
        rule(
            rules, r.id, syntax,
            [r, path, contextPath, attribute, shown, names = PathNames::instance().number(path)](RuleContext &c) {
                if (!PathNames::instance().mayBePresent(c.invoice, names))
                    return;
                for (const XmlNode &context : contextsOf(c.invoice, r, contextPath)) {
                    const XmlNode found = findFrom(c.invoice, context, path);
                    if (!found)
                        continue;
                    if (attribute)
                        c.fail(found,
                               QT_TRANSLATE_NOOP("InvoiceRules",
                                                 "The attribute %1 is not used in EN 16931 invoices (on %2)."),
                               {shown, found.localName()});
                    else
                        c.fail(found,
                               QT_TRANSLATE_NOOP("InvoiceRules",
                                                 "The element %1 is not used in EN 16931 invoices (in %2)."),
                               {shown, found.parent().localName()});
                    if (path.anywhere)
                        break; // a "//" path is the same for every context
                }
            },
            FindingSeverity::Warning);
    }
}

void warning(QList<InvoiceRule> &rules, const char *id, int syntax, std::function<void(RuleContext &)> check)
{
    rule(rules, id, syntax, std::move(check), FindingSeverity::Warning);
}

QList<XmlNode> at(const EInvoice &inv, const char *path)
{
    return atAbsolutePath(inv, path);
}

constexpr char kLineAgreement[] = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"
                                  "ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement";
constexpr char kHeaderAgreement[] =
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement";
constexpr char kHeaderSettlement[] =
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement";

// "count(path) <= most" at each context element.
void atMost(QList<InvoiceRule> &rules, const char *id, const char *context, const char *path, int most = 1)
{
    const ParsedPath p = parse(path);
    warning(rules, id, InvoiceRule::Cii, [context, p, most](RuleContext &c) {
        for (const XmlNode &n : at(c.invoice, context)) {
            QList<XmlNode> level{n};
            for (const Step &step : p.steps) {
                QList<XmlNode> next;
                for (const XmlNode &l : std::as_const(level)) {
                    for (const XmlNode &child : l.children(nullptr)) {
                        if (matches(child, step))
                            next << child;
                    }
                }
                level = next;
            }
            if (level.size() > most)
                c.fail(level.at(most),
                       QT_TRANSLATE_NOOP("InvoiceRules", "The element %1 is given %2 times here; EN 16931 uses it "
                                                         "at most once."),
                       {level.first().localName(), QString::number(level.size())});
        }
    });
}

// "ID and GlobalID are not both given" for a party of a CII context.
void idOrGlobalId(QList<InvoiceRule> &rules, const char *id, const char *context, const char *party)
{
    warning(rules, id, InvoiceRule::Cii, [context, party](RuleContext &c) {
        for (const XmlNode &n : at(c.invoice, context)) {
            for (const XmlNode &p : n.children(kRam, party)) {
                if (p.child(kRam, "ID") && p.child(kRam, "GlobalID"))
                    c.fail(p.child(kRam, "GlobalID"),
                           QT_TRANSLATE_NOOP("InvoiceRules",
                                             "The party %1 gives both an identifier (ID) and a global identifier "
                                             "(GlobalID); EN 16931 takes one of them."),
                           {p.localName()});
            }
        }
    });
}

// "not(ram:X) or ancestor::ram:ApplicableHeaderTradeSettlement" (or self::ram:ApplicableTradeTax)
// on the TradeTax elements (CII-DT).
void onlyIn(QList<InvoiceRule> &rules, const char *id, const char *child, bool headerOnly)
{
    warning(rules, id, InvoiceRule::Cii, [child, headerOnly](RuleContext &c) {
        for (const XmlNode &n : ciiTradeTaxElements(c.invoice)) {
            const XmlNode found = n.child(kRam, child);
            if (!found)
                continue;
            bool allowed = false;
            if (headerOnly) {
                for (XmlNode a = n.parent(); a && !allowed; a = a.parent())
                    allowed = a.is(kRam, "ApplicableHeaderTradeSettlement");
            } else {
                allowed = n.is(kRam, "ApplicableTradeTax");
            }
            if (!allowed)
                c.fail(found,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The element %1 is not used in EN 16931 invoices (in %2)."),
                       {QString::fromLatin1(child), n.localName()});
        }
    });
}

} // namespace

void addSyntaxWarningRules(QList<InvoiceRule> &rules)
{
    addAbsentRules(rules, kUblAbsentRules, kUblAbsentRuleCount, InvoiceRule::Ubl);
    addAbsentRules(rules, kCiiAbsentRules, kCiiAbsentRuleCount, InvoiceRule::Cii);

    // UBL, at the root.
    warning(rules, "UBL-DT-18", InvoiceRule::Ubl, [](RuleContext &c) {
        // An attribute "name" anywhere but on the payment means code.
        for (const XmlNode &n : allElements(c.invoice)) {
            if (n.hasAttribute("name") && !n.is(kCbc, "PaymentMeansCode")) {
                c.fail(n,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The attribute %1 is not used in EN 16931 invoices (on %2)."),
                       {QStringLiteral("name"), n.localName()});
                return;
            }
        }
    });
    warning(rules, "UBL-CR-002", InvoiceRule::Ubl, [](RuleContext &c) {
        const QList<XmlNode> versions = c.invoice.root.children(kCbc, "UBLVersionID");
        if (!versions.isEmpty() && std::none_of(versions.cbegin(), versions.cend(),
                                                [](const XmlNode &v) { return v.text() == QStringLiteral("2.1"); }))
            c.fail(versions.first(),
                   QT_TRANSLATE_NOOP("InvoiceRules", "The UBL version is given as \"%1\"; EN 16931 uses UBL 2.1."),
                   {versions.first().text()});
    });
    warning(rules, "UBL-CR-412", InvoiceRule::Ubl, [](RuleContext &c) {
        if (c.invoice.creditNote)
            return;
        for (const XmlNode &m : c.invoice.root.children(kCac, "PaymentMeans")) {
            if (const XmlNode due = m.child(kCbc, "PaymentDueDate")) {
                c.fail(due,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The element %1 is not used in EN 16931 invoices (in %2)."),
                       {QStringLiteral("PaymentDueDate"), m.localName()});
                return;
            }
        }
    });
    warning(rules, "UBL-CR-665", InvoiceRule::Ubl, [](RuleContext &c) {
        // A scheme on the identifier of a supporting document that is not an invoiced object (130).
        for (const XmlNode &n : allElements(c.invoice)) {
            if (!n.is(kCac, "AdditionalDocumentReference"))
                continue;
            const QList<XmlNode> codes = n.children(kCbc, "DocumentTypeCode");
            const bool other = codes.isEmpty() || std::any_of(codes.cbegin(), codes.cend(), [](const XmlNode &t) {
                                   return t.text() != QStringLiteral("130");
                               });
            const XmlNode id = n.child(kCbc, "ID");
            if (other && id && id.hasAttribute("schemeID")) {
                c.fail(id,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The attribute %1 is not used in EN 16931 invoices (on %2)."),
                       {QStringLiteral("schemeID"), id.localName()});
                return;
            }
        }
    });

    // CII.
    // CII-SR-464 reads "either institution, or neither": always true, so it never warns.
    warning(rules, "CII-SR-464", InvoiceRule::Cii, [](RuleContext &) {});
    atMost(rules, "CII-SR-003", "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext",
           "ram:BusinessProcessSpecifiedDocumentContextParameter");
    atMost(rules, "CII-SR-030", "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote", "ram:Content");
    static constexpr char lineDocument[] = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"
                                           "ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument";
    atMost(rules, "CII-SR-039", lineDocument, "ram:IncludedNote");
    atMost(rules, "CII-SR-040", lineDocument, "ram:IncludedNote/ram:Content");
    atMost(rules, "CII-SR-454",
           "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/"
           "ram:SpecifiedLineTradeSettlement",
           "ram:ApplicableTradeTax");
    atMost(rules, "CII-SR-452", kHeaderSettlement, "ram:SpecifiedTradePaymentTerms");
    atMost(rules, "CII-SR-453", kHeaderSettlement, "ram:SpecifiedTradePaymentTerms/ram:Description");
    warning(rules, "CII-SR-119", InvoiceRule::Cii, [](RuleContext &c) {
        // A gross price's allowance: a charge indicator of "false" and an amount, or neither.
        for (const XmlNode &agreement : at(c.invoice, kLineAgreement)) {
            for (const XmlNode &price : agreement.children(kRam, "GrossPriceProductTradePrice")) {
                bool falseIndicator = false, indicator = false, amount = false;
                for (const XmlNode &ac : price.children(kRam, "AppliedTradeAllowanceCharge")) {
                    for (const XmlNode &ci : ac.children(kRam, "ChargeIndicator")) {
                        indicator = true;
                        for (const XmlNode &v : ci.children(kUdt, "Indicator")) {
                            const QString t = v.text().trimmed();
                            falseIndicator = falseIndicator || t == QStringLiteral("false") || t == QStringLiteral("0");
                        }
                    }
                    amount = amount || ac.child(kRam, "ActualAmount");
                }
                if (!((falseIndicator && amount) || (!indicator && !amount)))
                    c.fail(price, QT_TRANSLATE_NOOP("InvoiceRules",
                                                    "A gross price (BT-148) may only carry a discount: an allowance "
                                                    "with the charge indicator false and its amount (BT-147)."));
            }
        }
    });
    idOrGlobalId(rules, "CII-SR-450", kHeaderAgreement, "BuyerTradeParty");
    idOrGlobalId(rules, "CII-SR-449",
                 "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery",
                 "ShipToTradeParty");
    idOrGlobalId(rules, "CII-SR-451", kHeaderSettlement, "PayeeTradeParty");
    for (const auto &[id, type] : {std::pair{"CII-SR-457", "50"}, std::pair{"CII-SR-458", "130"}}) {
        const char *const code = type; // clang 14 cannot capture a structured binding
        warning(rules, id, InvoiceRule::Cii, [code](RuleContext &c) {
            for (const XmlNode &agreement : at(c.invoice, kHeaderAgreement)) {
                QList<XmlNode> documents;
                for (const XmlNode &d : agreement.children(kRam, "AdditionalReferencedDocument")) {
                    const QList<XmlNode> codes = d.children(kRam, "TypeCode");
                    if (std::any_of(codes.cbegin(), codes.cend(),
                                    [code](const XmlNode &t) { return t.text() == QLatin1String(code); }))
                        documents << d;
                }
                if (documents.size() > 1)
                    c.fail(documents.at(1),
                           QT_TRANSLATE_NOOP("InvoiceRules", "%1 referenced documents of the type %2 are given; "
                                                             "EN 16931 uses at most one."),
                           {QString::number(documents.size()), QLatin1String(code)});
            }
        });
    }
    for (const auto &[id, party] :
         {std::pair{"CII-SR-465", "SellerTradeParty"}, std::pair{"CII-SR-466", "BuyerTradeParty"}}) {
        const char *const who = party; // clang 14 cannot capture a structured binding
        warning(rules, id, InvoiceRule::Cii, [who](RuleContext &c) {
            for (const XmlNode &agreement : at(c.invoice, kHeaderAgreement)) {
                bool person = false, department = false;
                for (const XmlNode &p : agreement.children(kRam, who)) {
                    for (const XmlNode &contact : p.children(kRam, "DefinedTradeContact")) {
                        person = person || contact.child(kRam, "PersonName");
                        department = department || contact.child(kRam, "DepartmentName");
                    }
                }
                if (person && department)
                    c.fail(agreement.child(kRam, who),
                           QT_TRANSLATE_NOOP("InvoiceRules", "The contact of %1 gives both a person and a department "
                                                             "name; EN 16931 has one field for the contact point."),
                           {QLatin1String(who)});
            }
        });
    }
    onlyIn(rules, "CII-DT-041", "BasisAmount", true);
    onlyIn(rules, "CII-DT-054", "TaxPointDate", true);
    onlyIn(rules, "CII-DT-058", "DueDateTypeCode", true);
    onlyIn(rules, "CII-DT-052", "ExemptionReasonCode", false);
    onlyIn(rules, "CII-DT-098", "ExemptionReason", false);
}

} // namespace amtsdesk::invoicerules
