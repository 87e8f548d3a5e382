// The readable view shows every business term a document carries: for each KoSIT business case
// and CEN example, every element with text is shown by a field of the sheet (the field's element,
// or an element inside it), except the few that carry no business term of their own.
#include "support/teststore.h"

#include "invoice/invoicefile.h"
#include "invoice/invoicesheet.h"
#include "invoice/invoicevalidator.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace amtsdesk;

namespace {

void fieldNodes(const SheetGroup &g, QSet<QString> &paths)
{
    for (const SheetField &f : g.fields)
        paths.insert(f.node.path());
    for (const SheetGroup &child : g.groups)
        fieldNodes(child, paths);
}

// Elements that hold no business term: the tax scheme ("VAT"), charge indicators (which say
// whether a group is BG-20 or BG-21), CII type codes of tax ("VAT") and of documents, the scheme
// of a line object identifier (CII ReferenceTypeCode), a buyer's tax number other than the VAT
// identifier, UBL's card network, CII's project name (BT-11 is its identifier), a line document
// reference that is no object identifier (no type code 130), and the VAT exemption reason on a
// CII line (not a term of EN 16931 at line level; CII-DT-098 warns of it).
bool structural(const XmlNode &n)
{
    const QString name = n.localName();
    const QString parent = n.parent().localName();
    const bool buyer = n.parent().parent().localName() == QStringLiteral("BuyerTradeParty") ||
                       n.parent().parent().parent().localName() == QStringLiteral("AccountingCustomerParty");
    if (buyer && name == QStringLiteral("ID") && parent == QStringLiteral("SpecifiedTaxRegistration"))
        return n.attribute("schemeID") != QStringLiteral("VA");
    if (buyer && name == QStringLiteral("CompanyID") && parent == QStringLiteral("PartyTaxScheme"))
        return n.parent().child(nullptr, "TaxScheme").child(nullptr, "ID").text().trimmed() != QStringLiteral("VAT");
    if (name == QStringLiteral("ID") && parent == QStringLiteral("DocumentReference") &&
        n.parent().parent().localName().endsWith(QStringLiteral("Line")))
        return n.parent().child(nullptr, "DocumentTypeCode").text().trimmed() != QStringLiteral("130");
    return (name == QStringLiteral("ID") && parent == QStringLiteral("TaxScheme")) ||
           name == QStringLiteral("ChargeIndicator") || parent == QStringLiteral("ChargeIndicator") ||
           (name == QStringLiteral("TypeCode") && parent.endsWith(QStringLiteral("TradeTax"))) ||
           name == QStringLiteral("DocumentTypeCode") || name == QStringLiteral("ReferenceTypeCode") ||
           (name == QStringLiteral("TypeCode") && parent.endsWith(QStringLiteral("ReferencedDocument"))) ||
           (name == QStringLiteral("NetworkID") && parent == QStringLiteral("CardAccount")) ||
           (name == QStringLiteral("Name") && parent == QStringLiteral("SpecifiedProcuringProject")) ||
           (name == QStringLiteral("ExemptionReason") &&
            n.parent().parent().localName() == QStringLiteral("SpecifiedLineTradeSettlement"));
}

} // namespace

TEST_CASE("KoSIT business cases and CEN examples: valid, and every business term shown in the readable view",
          "[conformance][invoice]")
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    QStringList files;
    for (const QString &folder : {QStringLiteral("/einvoice/kosit-xrechnung-testsuite/business-cases"),
                                  QStringLiteral("/einvoice/cen-1.3.15/examples")}) {
        QDirIterator it(corpus + folder, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    REQUIRE(files.size() > 100);
    QMap<QString, int> missing; // element path pattern → files
    QMap<QString, QString> example;
    for (const QString &path : std::as_const(files)) {
        QFile in(path);
        REQUIRE(in.open(QIODevice::ReadOnly));
        auto file = InvoiceFiles::fromXml(in.readAll(), path);
        REQUIRE(file.ok());
        const QList<Finding> findings = InvoiceValidator::validate(file->invoice);
        QStringList fatal; // valid, as their publishers say
        for (const Finding &f : findings) {
            if (f.severity == FindingSeverity::Fatal)
                fatal << f.rule + QStringLiteral(" ") + f.location;
        }
        INFO(path.toStdString() + "\n" + fatal.join(QLatin1Char('\n')).toStdString());
        CHECK(fatal.isEmpty());
        const InvoiceSheet sheet = InvoiceSheet::build(*file, findings);
        QSet<QString> shown;
        for (const SheetGroup &g : sheet.groups)
            fieldNodes(g, shown);
        for (const XmlNode &n : file->invoice.tree->elementsBelow(file->invoice.root)) {
            if (n.hasElementChildren() || !n.hasNonBlankText() || structural(n))
                continue;
            // Shown when this element, or one of its ancestors, is a field.
            bool covered = false;
            for (XmlNode a = n; a && !covered; a = a.parent())
                covered = shown.contains(a.path());
            if (!covered) {
                QString pattern = n.path();
                pattern.remove(QRegularExpression(QStringLiteral("\\[[0-9]+\\]")));
                ++missing[pattern];
                example.insert(pattern, QFileInfo(path).fileName());
            }
        }
        CHECK(sheet.toHtml().contains(file->invoice.number.text.trimmed().toHtmlEscaped()));
    }
    QStringList report;
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        report << QStringLiteral("%1 (%2 files, e.g. %3)").arg(it.key()).arg(it.value()).arg(example.value(it.key()));
    INFO(report.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}
