#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

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
    // The text of the element and all its descendants, as XPath's string() has it.
    QString text() const;
    bool hasAttribute(const char *name) const;
    QString attribute(const char *name) const;
    // Child elements with this local name in this namespace (all elements when name is empty).
    QList<XmlNode> children(const char *ns, const char *name = nullptr) const;
    XmlNode child(const char *ns, const char *name) const;
    XmlNode parent() const;
    // Whether the element has element children, or any non-whitespace text.
    bool hasElementChildren() const;
    // Line of the element in the document, and an XPath to it such as
    // /Invoice/cac:InvoiceLine[2]/cbc:LineExtensionAmount, for messages.
    int line() const;
    QString path() const;
    bool operator==(const XmlNode &other) const { return m_node == other.m_node; }

private:
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

private:
    explicit XmlTree(_xmlDoc *doc) : m_doc(doc) {}
    _xmlDoc *m_doc;
};

} // namespace amtsdesk
