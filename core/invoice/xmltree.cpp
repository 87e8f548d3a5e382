#include "invoice/xmltree.h"

#include <atomic>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>

namespace amtsdesk {

namespace {

// libxml2 2.9 reports some errors (a text node over its limit, for one) through the generic error
// handler even under XML_PARSE_NOERROR; the message reaches the user through the Result instead.
void ignoreGenericError(void *, const char *, ...) {}

QString fromXml(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

bool named(const xmlNode *node, const char *ns, const char *name)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return false;
    if (name && std::strcmp(reinterpret_cast<const char *>(node->name), name) != 0)
        return false;
    if (!ns)
        return true;
    return node->ns && node->ns->href && std::strcmp(reinterpret_cast<const char *>(node->ns->href), ns) == 0;
}

// Visits the nodes below top depth first, in document order, without recursion (a deeply
// nested document cannot exhaust the stack), until visit returns true; says whether it did.
template <class Visit> bool anyBelow(xmlNode *top, Visit visit)
{
    for (xmlNode *n = top ? top->children : nullptr; n && n != top;) {
        if (visit(n))
            return true;
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        while (n != top && !n->next)
            n = n->parent;
        if (n != top)
            n = n->next;
    }
    return false;
}

// What a document type declares, read from the bytes before any parser sees them: an entity
// declaration or an external subset is refused (XXE, billion laughs), a bare DOCTYPE is not.
enum class Doctype { None, Plain, Dangerous };

Doctype inspectDoctype(const QByteArray &bytes)
{
    const qsizetype start = bytes.indexOf("<!DOCTYPE");
    if (start < 0)
        return Doctype::None;
    // The declaration ends at the first '>' outside its internal subset ("[ … ]").
    qsizetype end = -1;
    bool inSubset = false;
    for (qsizetype i = start; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '[')
            inSubset = true;
        else if (c == ']')
            inSubset = false;
        else if (c == '>' && !inSubset) {
            end = i;
            break;
        }
    }
    const QByteArray declaration = bytes.mid(start, end < 0 ? -1 : end - start + 1);
    if (declaration.contains("<!ENTITY") || declaration.contains("SYSTEM") || declaration.contains("PUBLIC"))
        return Doctype::Dangerous;
    return Doctype::Plain;
}

} // namespace

QString XmlNode::localName() const
{
    return m_node ? fromXml(m_node->name) : QString();
}

std::string_view XmlNode::rawName() const
{
    return m_node && m_node->name ? std::string_view(reinterpret_cast<const char *>(m_node->name)) : std::string_view();
}

bool XmlNode::is(const char *ns, const char *name) const
{
    return named(m_node, ns, name);
}

QString XmlNode::namespaceUri() const
{
    return m_node && m_node->ns ? fromXml(m_node->ns->href) : QString();
}

QString XmlNode::text() const
{
    if (!m_node)
        return {};
    xmlChar *content = xmlNodeGetContent(m_node);
    const QString text = fromXml(content);
    xmlFree(content);
    return text;
}

bool XmlNode::hasAttribute(const char *name) const
{
    return m_node && xmlHasProp(m_node, reinterpret_cast<const xmlChar *>(name)) != nullptr;
}

QString XmlNode::attribute(const char *name) const
{
    if (!m_node)
        return {};
    xmlChar *value = xmlGetProp(m_node, reinterpret_cast<const xmlChar *>(name));
    const QString text = fromXml(value);
    xmlFree(value);
    return text;
}

QList<XmlNode> XmlNode::children(const char *ns, const char *name) const
{
    QList<XmlNode> result;
    if (!m_node)
        return result;
    for (xmlNode *c = m_node->children; c; c = c->next) {
        if (named(c, ns, name))
            result.append(XmlNode(c));
    }
    return result;
}

XmlNode XmlNode::child(const char *ns, const char *name) const
{
    if (!m_node)
        return {};
    for (xmlNode *c = m_node->children; c; c = c->next) {
        if (named(c, ns, name))
            return XmlNode(c);
    }
    return {};
}

XmlNode XmlNode::parent() const
{
    return m_node && m_node->parent && m_node->parent->type == XML_ELEMENT_NODE ? XmlNode(m_node->parent) : XmlNode();
}

bool XmlNode::hasElementChildren() const
{
    if (!m_node)
        return false;
    for (xmlNode *c = m_node->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE)
            return true;
    }
    return false;
}

XmlNode XmlNode::firstChildElement() const
{
    xmlNode *c = m_node ? m_node->children : nullptr;
    while (c && c->type != XML_ELEMENT_NODE)
        c = c->next;
    return XmlNode(c);
}

XmlNode XmlNode::nextSiblingElement() const
{
    xmlNode *c = m_node ? m_node->next : nullptr;
    while (c && c->type != XML_ELEMENT_NODE)
        c = c->next;
    return XmlNode(c);
}

bool XmlNode::hasNonBlankText() const
{
    if (!m_node)
        return false;
    const auto blank = [](const xmlChar *t) {
        for (; t && *t; ++t) {
            if (*t != ' ' && *t != '\t' && *t != '\n' && *t != '\r')
                return false;
        }
        return true;
    };
    return anyBelow(m_node, [&blank](const xmlNode *n) {
        return (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && !blank(n->content);
    });
}

int XmlNode::line() const
{
    return m_node ? int(xmlGetLineNo(m_node)) : 0;
}

QString XmlNode::path() const
{
    if (!m_node)
        return {};
    xmlChar *path = xmlGetNodePath(m_node);
    const QString text = fromXml(path);
    xmlFree(path);
    return text;
}

Result<std::shared_ptr<XmlTree>> XmlTree::parse(const QByteArray &bytes, const QString &name)
{
    if (bytes.isEmpty())
        return Error::invalid(tr("%1 is empty: it holds no XML.").arg(name));
    if (bytes.size() > kMaxBytes)
        return Error::overflow(
            tr("%1 is larger than %2 MB; Amtsdesk does not read XML of that size.").arg(name).arg(kMaxBytes >> 20));
    if (inspectDoctype(bytes) == Doctype::Dangerous)
        return Error::invalid(tr("%1 declares entities or an external document type; Amtsdesk does not read such XML, "
                                 "because it could expand without end or read other files.")
                                  .arg(name));
    // NONET: never fetch anything. No NOENT, DTDLOAD or DTDVALID (STYLE.md). No HUGE: text
    // nodes stay under libxml2's 10 MB limit, enough for an attachment of about 7 MB.
    // COMPACT keeps short texts inside their nodes (the tree is never changed), BIG_LINES keeps
    // line numbers right beyond 65535 for messages.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
                        XML_PARSE_COMPACT | XML_PARSE_BIG_LINES;
    xmlSetGenericErrorFunc(nullptr, ignoreGenericError); // per thread in libxml2
    xmlDoc *doc = xmlReadMemory(bytes.constData(), int(bytes.size()), nullptr, nullptr, options);
    if (!doc) {
        const xmlError *error = xmlGetLastError();
        const QString why =
            error && error->message ? QString::fromUtf8(error->message).trimmed() : tr("it is not well-formed XML");
        return Error::invalid(
            tr("%1 is not well-formed XML (line %2): %3").arg(name).arg(error ? error->line : 0).arg(why));
    }
    auto tree = std::shared_ptr<XmlTree>(new XmlTree(doc));
    // Belt and braces: whatever the scan above missed, a declared entity is refused here.
    if ((doc->intSubset && (doc->intSubset->entities || doc->intSubset->pentities || doc->intSubset->ExternalID ||
                            doc->intSubset->SystemID)) ||
        doc->extSubset)
        return Error::invalid(tr("%1 declares entities or an external document type; Amtsdesk does not read such XML, "
                                 "because it could expand without end or read other files.")
                                  .arg(name));
    if (!xmlDocGetRootElement(doc))
        return Error::invalid(tr("%1 has no root element.").arg(name));
    return tree;
}

XmlTree::~XmlTree()
{
    xmlFreeDoc(m_doc);
}

XmlTree::XmlTree(_xmlDoc *doc) : m_doc(doc)
{
    static std::atomic<quint64> next{1};
    m_serial = next++;
}

XmlNode XmlTree::root() const
{
    return XmlNode(xmlDocGetRootElement(m_doc));
}

const QList<XmlNode> &XmlTree::elementsBelow(const XmlNode &top) const
{
    std::lock_guard<std::mutex> lock(m_elementsMutex);
    auto found = m_elements.find(top);
    if (found != m_elements.end())
        return found->second;
    QList<XmlNode> &list = m_elements[top];
    anyBelow(top.m_node, [&list](xmlNode *n) {
        if (n->type == XML_ELEMENT_NODE)
            list.append(XmlNode(n));
        return false;
    });
    return list;
}

void XmlTree::indexNames() const
{
    // From the list of elementsBelow, which the rules ask for anyway: one walk of the tree.
    std::call_once(m_namesOnce, [this] {
        const XmlNode top = root();
        if (!top)
            return;
        const auto add = [this](const XmlNode &n) {
            m_byName[n.rawName()].append(n);
            for (const xmlAttr *a = n.m_node->properties; a; a = a->next)
                m_attributeNames.insert(reinterpret_cast<const char *>(a->name));
        };
        add(top);
        for (const XmlNode &n : elementsBelow(top))
            add(n);
    });
}

const QList<XmlNode> &XmlTree::elementsNamed(std::string_view localName) const
{
    static const QList<XmlNode> none;
    indexNames();
    const auto found = m_byName.find(localName);
    return found == m_byName.end() ? none : found->second;
}

std::vector<std::string_view> XmlTree::elementNames() const
{
    indexNames();
    std::vector<std::string_view> names;
    names.reserve(m_byName.size());
    for (const auto &[name, elements] : m_byName)
        names.push_back(name);
    return names;
}

std::vector<std::string_view> XmlTree::attributeNames() const
{
    indexNames();
    return {m_attributeNames.cbegin(), m_attributeNames.cend()};
}

} // namespace amtsdesk
