#include "invoice/xmpcheck.h"

#include "invoice/xmltree.h"

namespace amtsdesk {

namespace {

// The namespaces of the ZUGFeRD 1 and 2 and Factur-X extension schemas all contain this.
bool isInvoiceSchema(const QString &ns)
{
    return ns.contains(QStringLiteral(":pdfa:CrossIndustryDocument:"), Qt::CaseInsensitive);
}

// A property may be written as an element or as an attribute of rdf:Description.
struct Declared {
    bool found = false; // any property of the schema
    QString fileName, documentType, level;
    XmlNode at;
};

void collect(const XmlNode &node, Declared &out)
{
    for (const XmlNode &child : node.children(nullptr)) {
        if (isInvoiceSchema(child.namespaceUri())) {
            out.found = true;
            if (out.at.isNull())
                out.at = child;
            const QString name = child.localName(), value = child.text().trimmed();
            if (name == QStringLiteral("DocumentFileName"))
                out.fileName = value;
            else if (name == QStringLiteral("DocumentType"))
                out.documentType = value;
            else if (name == QStringLiteral("ConformanceLevel"))
                out.level = value;
        }
        collect(child, out);
    }
}

// The attribute form (fx:ConformanceLevel="…" on rdf:Description); XmlNode::attribute finds an
// attribute by its local name, whatever its prefix.
void collectAttributes(const XmlNode &node, Declared &out)
{
    for (const XmlNode &child : node.children(nullptr)) {
        if (child.localName() == QStringLiteral("Description")) {
            const QString file = child.attribute("DocumentFileName"), type = child.attribute("DocumentType"),
                          level = child.attribute("ConformanceLevel");
            if (!file.isEmpty() || !type.isEmpty() || !level.isEmpty()) {
                out.found = true;
                if (out.at.isNull())
                    out.at = child;
                if (out.fileName.isEmpty())
                    out.fileName = file.trimmed();
                if (out.documentType.isEmpty())
                    out.documentType = type.trimmed();
                if (out.level.isEmpty())
                    out.level = level.trimmed();
            }
        }
        collectAttributes(child, out);
    }
}

// EN 16931, EN16931, en-16931 and ZUGFeRD 2.0's COMFORT are one profile.
QString normalised(QString level)
{
    level = level.toUpper().remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (level == QStringLiteral("COMFORT"))
        return QStringLiteral("EN16931");
    return level;
}

Finding warning(const char *rule, const QString &message, const XmlNode &at)
{
    Finding f;
    f.rule = QString::fromLatin1(rule);
    f.severity = FindingSeverity::Warning;
    f.message = message;
    if (!at.isNull()) {
        f.location = QStringLiteral("XMP ") + at.path();
        f.line = at.line();
    } else {
        f.location = QStringLiteral("XMP");
    }
    return f;
}

} // namespace

QList<Finding> XmpCheck::compare(const QString &xmp, const QString &attachment, const QString &profile)
{
    if (xmp.trimmed().isEmpty())
        return {warning("FX-XMP-01",
                        tr("The PDF has no XMP metadata, so it does not declare itself a ZUGFeRD or "
                           "Factur-X invoice."),
                        {})};
    auto tree = XmlTree::parse(xmp.toUtf8(), tr("the PDF's XMP metadata"));
    if (!tree)
        return {warning("FX-XMP-01", tr("The PDF's XMP metadata cannot be read (%1).").arg(tree.error().message), {})};
    Declared d;
    collect((*tree)->root(), d);
    if (d.fileName.isEmpty() && d.level.isEmpty())
        collectAttributes((*tree)->root(), d);
    if (!d.found)
        return {warning("FX-XMP-01",
                        tr("The PDF's XMP metadata has no ZUGFeRD or Factur-X entries (file name, document "
                           "type, profile)."),
                        {})};
    QList<Finding> out;
    if (normalised(d.level) != normalised(profile))
        out << warning("FX-XMP-02",
                       tr("The PDF's metadata names the profile \"%1\", but the invoice data is %2.")
                           .arg(d.level.isEmpty() ? tr("(none)") : d.level, profile),
                       d.at);
    if (d.fileName != attachment)
        out << warning("FX-XMP-03",
                       tr("The PDF's metadata names the file \"%1\", but the invoice data is in \"%2\".")
                           .arg(d.fileName.isEmpty() ? tr("(none)") : d.fileName, attachment),
                       d.at);
    if (!d.documentType.isEmpty() && d.documentType.compare(QStringLiteral("INVOICE"), Qt::CaseInsensitive) != 0)
        out << warning(
            "FX-XMP-04",
            tr("The PDF's metadata says it carries a document of the type \"%1\", not an invoice.").arg(d.documentType),
            d.at);
    return out;
}

} // namespace amtsdesk
