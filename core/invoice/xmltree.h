#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct _xmlDoc;
struct _xmlNode;

namespace amtsdesk {

// An XML document read safely from untrusted bytes (an e-invoice, or the XML inside a PDF):
// no network, no DTD loading, no entity substitution; a document type that declares entities
// or names an external subset is refused before it is parsed, as is anything larger than
// kMaxBytes. The tree is libxml2's; XmlNode is a small read-only view on it.
class XmlNode {
public:
    XmlNode() = default;
    explicit XmlNode(_xmlNode *node) : m_node(node) {}

    bool isNull() const { return m_node == nullptr; }
    explicit operator bool() const { return m_node != nullptr; }
    QString localName() const;
    QString namespaceUri() const;
    // The same without building strings, for the rules that look at every element: the local
    // name's UTF-8 bytes, and whether the element has this name (any when null) in this
    // namespace (any when null).
    std::string_view rawName() const;
    bool is(const char *ns, const char *name) const;
    // The text of the element and all its descendants, as XPath's string() has it.
    QString text() const;
    bool hasAttribute(const char *name) const;
    QString attribute(const char *name) const;
    // Child elements with this local name in this namespace (all elements when name is empty).
    QList<XmlNode> children(const char *ns, const char *name = nullptr) const;
    XmlNode child(const char *ns, const char *name) const;
    // Walking the element children without building a list: the first, and the next one.
    XmlNode firstChildElement() const;
    XmlNode nextSiblingElement() const;
    XmlNode parent() const;
    // Whether the element has element children, or any non-whitespace text.
    bool hasElementChildren() const;
    // Whether its text (as text() has it) has a character other than XML white space, as
    // XPath's normalize-space(.) != '' asks; without building the text.
    bool hasNonBlankText() const;
    // Line of the element in the document, and an XPath to it such as
    // /Invoice/cac:InvoiceLine[2]/cbc:LineExtensionAmount, for messages.
    int line() const;
    QString path() const;
    bool operator==(const XmlNode &other) const { return m_node == other.m_node; }
    bool operator<(const XmlNode &other) const { return m_node < other.m_node; }

private:
    friend class XmlTree;
    _xmlNode *m_node = nullptr;
};

class XmlTree {
    Q_DECLARE_TR_FUNCTIONS(XmlTree)

public:
    static constexpr qint64 kMaxBytes = 64 << 20; // an invoice with large attachments inside

    // name: how the person knows the input (a file name), for messages.
    static Result<std::shared_ptr<XmlTree>> parse(const QByteArray &bytes, const QString &name);
    ~XmlTree();
    XmlTree(const XmlTree &) = delete;
    XmlTree &operator=(const XmlTree &) = delete;

    XmlNode root() const;
    // Every element below an element of this tree (the root, or an invoice inside a test set),
    // in document order: the rules whose context is "//x" walk this list instead of the tree.
    // Built on first use, once per element asked for.
    const QList<XmlNode> &elementsBelow(const XmlNode &top) const;
    // The elements of this local name (in any namespace) in the whole document, in document
    // order (the code list rules take theirs from here), and every local name of an element and
    // every attribute name in the document, each once (the several hundred "nothing at this
    // path" rules look at these first, and most find a name of their path absent). Built on
    // first use, in one walk.
    const QList<XmlNode> &elementsNamed(std::string_view localName) const;
    std::vector<std::string_view> elementNames() const;
    std::vector<std::string_view> attributeNames() const;
    // Unique for the life of the program, so that caches can tell trees apart even when one is
    // allocated where an earlier one was.
    quint64 serial() const { return m_serial; }
    // libxml2's document, for the schema step (InvoiceSchemas); read-only.
    _xmlDoc *handle() const { return m_doc; }

private:
    explicit XmlTree(_xmlDoc *doc);
    _xmlDoc *m_doc;
    quint64 m_serial;
    mutable std::mutex m_elementsMutex;
    mutable std::map<XmlNode, QList<XmlNode>> m_elements; // a map: its values stay where they are
    // The index of elementsNamed and attributeNames; the names view libxml2's strings of m_doc.
    void indexNames() const;
    mutable std::once_flag m_namesOnce;
    mutable std::unordered_map<std::string_view, QList<XmlNode>> m_byName;
    mutable std::unordered_set<std::string_view> m_attributeNames;
};

} // namespace amtsdesk
