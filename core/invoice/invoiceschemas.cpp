#include "invoice/invoiceschemas.h"

#include "invoice/invoicefile.h"

#include <QDir>
#include <QFileInfo>

#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>

namespace amtsdesk {

namespace {

enum Kind { UblInvoice, UblCreditNote, Cii, FxMinimum, FxBasicWl, FxBasic, FxExtended, KindCount };
// The first three must be in every schema folder; the Factur-X profile schemas are used where
// present.
constexpr int kRequiredKinds = 3;

QString relativePath(Kind kind)
{
    switch (kind) {
    case UblInvoice: return QStringLiteral("ubl-2.1/maindoc/UBL-Invoice-2.1.xsd");
    case UblCreditNote: return QStringLiteral("ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd");
    case FxMinimum: return QStringLiteral("factur-x-1.07/MINIMUM/FACTUR-X_MINIMUM.xsd");
    case FxBasicWl: return QStringLiteral("factur-x-1.07/BASIC-WL/FACTUR-X_BASICWL.xsd");
    case FxBasic: return QStringLiteral("factur-x-1.07/BASIC/FACTUR-X_BASIC.xsd");
    case FxExtended: return QStringLiteral("factur-x-1.07/EXTENDED/FACTUR-X_EXTENDED.xsd");
    default: return QStringLiteral("cii-d16b-uncoupled/CII/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd");
    }
}

// A Factur-X / ZUGFeRD profile other than EN 16931 has its own, narrower or wider, schema; an
// EN 16931 or XRechnung invoice in CII is checked against CII D16B, as the KoSIT validator does.
Kind kindOf(const EInvoice &invoice, const QString &dir)
{
    if (invoice.syntax == InvoiceSyntax::Ubl)
        return invoice.creditNote ? UblCreditNote : UblInvoice;
    const QString profile = InvoiceFiles::profileOf(invoice.specificationId.text);
    Kind kind = Cii;
    if (profile == QStringLiteral("MINIMUM"))
        kind = FxMinimum;
    else if (profile == QStringLiteral("BASIC WL"))
        kind = FxBasicWl;
    else if (profile == QStringLiteral("BASIC"))
        kind = FxBasic;
    else if (profile == QStringLiteral("EXTENDED"))
        kind = FxExtended;
    return kind == Cii || QFileInfo(QDir(dir).filePath(relativePath(kind))).isFile() ? kind : Cii;
}

struct Collected {
    QList<Finding> findings;
    QString firstMessage; // libxml2's own text of the first error
    int more = 0;
};

void collect(void *data, xmlErrorPtr error)
{
    auto *out = static_cast<Collected *>(data);
    if (!error || error->level < XML_ERR_ERROR)
        return;
    if (out->findings.size() >= InvoiceSchemas::kMaxFindings) {
        ++out->more;
        return;
    }
    const QString text = QString::fromUtf8(error->message ? error->message : "").trimmed();
    if (out->firstMessage.isEmpty())
        out->firstMessage = text;
    Finding f;
    f.rule = InvoiceSchemas::ruleId();
    f.severity = FindingSeverity::Fatal;
    // libxml2's own words, in English, behind our introduction.
    f.message = QCoreApplication::translate("InvoiceSchemas", "The XML schema refuses this: %1").arg(text);
    f.line = error->line;
    if (error->node && static_cast<xmlNode *>(error->node)->type == XML_ELEMENT_NODE)
        f.location = XmlNode(static_cast<xmlNode *>(error->node)).path();
    out->findings << f;
}

} // namespace

struct InvoiceSchemas::Schemas {
    QString dir;
    xmlSchemaPtr compiled[KindCount] = {};
};

InvoiceSchemas::InvoiceSchemas(const QString &dir) : d(std::make_unique<Schemas>())
{
    d->dir = dir;
}

InvoiceSchemas::~InvoiceSchemas()
{
    for (xmlSchemaPtr s : d->compiled) {
        if (s)
            xmlSchemaFree(s);
    }
}

Result<std::unique_ptr<InvoiceSchemas>> InvoiceSchemas::open(const QString &dir)
{
    const QString shown = QDir::toNativeSeparators(dir);
    if (!QFileInfo(dir).isDir())
        return Error::notFound(tr("The schema folder %1 does not exist.").arg(shown));
    QStringList missing;
    for (int k = 0; k < kRequiredKinds; ++k) {
        if (!QFileInfo(QDir(dir).filePath(relativePath(Kind(k)))).isFile())
            missing << relativePath(Kind(k));
    }
    if (!missing.isEmpty())
        return Error::notFound(tr("The schema folder %1 lacks %2; it must be laid out like the published UBL 2.1 "
                                  "and CII D16B schema sets.")
                                   .arg(shown, missing.join(QStringLiteral(", "))));
    return std::unique_ptr<InvoiceSchemas>(new InvoiceSchemas(QDir(dir).absolutePath()));
}

Result<QList<Finding>> InvoiceSchemas::validate(const EInvoice &invoice)
{
    if (!invoice.tree)
        return QList<Finding>{};
    const Kind kind = kindOf(invoice, d->dir);
    if (!d->compiled[kind]) {
        // Schemas import only files beside them; libxml2's no-network loader refuses http: and
        // ftp:, so a schema set cannot make the application fetch anything.
        static const bool loaderSet = [] {
            xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
            return true;
        }();
        Q_UNUSED(loaderSet);
        const QString path = QDir(d->dir).filePath(relativePath(kind));
        xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(QFile::encodeName(path).constData());
        Collected parseErrors;
        xmlSchemaSetParserStructuredErrors(parser, collect, &parseErrors);
        d->compiled[kind] = parser ? xmlSchemaParse(parser) : nullptr;
        if (parser)
            xmlSchemaFreeParserCtxt(parser);
        if (!d->compiled[kind])
            return Error::invalid(tr("The schema %1 cannot be read: %2")
                                      .arg(QDir::toNativeSeparators(path), parseErrors.firstMessage.isEmpty()
                                                                               ? tr("unknown error")
                                                                               : parseErrors.firstMessage));
    }
    Collected out;
    xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt(d->compiled[kind]);
    if (!ctxt)
        return Error::internal(tr("The schema check cannot start: out of memory."));
    xmlSchemaSetValidStructuredErrors(ctxt, collect, &out);
    xmlSchemaValidateDoc(ctxt, invoice.tree->handle());
    xmlSchemaFreeValidCtxt(ctxt);
    if (out.more > 0) {
        Finding f;
        f.rule = ruleId();
        f.message = tr("%n further schema error(s) not listed.", nullptr, out.more);
        out.findings << f;
    }
    return out.findings;
}

} // namespace amtsdesk
