// Conformance with the KoSIT XRechnung rule tests (xrechnung-schematron test instances): each
// file carries <?xmute …?> instructions that name a mutator for the element after them
// (identity, remove, empty, whitespace, code with comma-separated values) and the rules that must fire
// (schematron-invalid) or must not (schematron-valid) on the mutated file. Every variant is
// made here with libxml2 (test code only; core reads, never edits), read and validated whole.
// Rules Amtsdesk implements must agree on every variant; the others are counted as waiting.
#include "support/teststore.h"

#include "invoice/invoicereader.h"
#include "invoice/invoicevalidator.h"
#include "tally.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

#include <libxml/parser.h>
#include <libxml/tree.h>

using namespace amtsdesk;

namespace {

struct Instruction {
    QHash<QString, QString> attributes;
    int index = 0; // which xmute instruction of the document, in document order
};

QHash<QString, QString> pseudoAttributes(const QString &content)
{
    QHash<QString, QString> result;
    static const QRegularExpression pair(QStringLiteral("([A-Za-z-]+)\\s*=\\s*\"([^\"]*)\""));
    for (auto it = pair.globalMatch(content); it.hasNext();) {
        const auto m = it.next();
        result.insert(m.captured(1), m.captured(2));
    }
    return result;
}

void collect(xmlNode *node, QList<xmlNode *> &out)
{
    for (xmlNode *n = node; n; n = n->next) {
        if (n->type == XML_PI_NODE && xmlStrcmp(n->name, BAD_CAST "xmute") == 0)
            out << n;
        if (n->children)
            collect(n->children, out);
    }
}

QList<xmlNode *> instructions(xmlDoc *doc)
{
    QList<xmlNode *> list;
    collect(doc->children, list);
    return list;
}

xmlNode *nextElement(xmlNode *node)
{
    for (xmlNode *n = node->next; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE)
            return n;
    }
    return nullptr;
}

void setContent(xmlNode *target, const QString &attribute, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (!attribute.isEmpty()) {
        xmlSetProp(target, BAD_CAST attribute.toUtf8().constData(), BAD_CAST utf8.constData());
        return;
    }
    xmlChar *escaped = xmlEncodeSpecialChars(target->doc, BAD_CAST utf8.constData());
    xmlNodeSetContent(target, escaped);
    xmlFree(escaped);
}

QString contentOf(xmlNode *target, const QString &attribute)
{
    xmlChar *value =
        attribute.isEmpty() ? xmlNodeGetContent(target) : xmlGetProp(target, BAD_CAST attribute.toUtf8().constData());
    const QString text = value ? QString::fromUtf8(reinterpret_cast<const char *>(value)) : QString();
    xmlFree(value);
    return text;
}

// The variants one instruction asks for: the values to put in (code), or one run otherwise.
QStringList variants(const QHash<QString, QString> &a)
{
    if (a.value(QStringLiteral("mutator")) != QStringLiteral("code"))
        return {QString()};
    // The instances separate values by commas unless they name another separator (the
    // corpus README says spaces, but every list in it is comma-separated).
    QString separator = a.value(QStringLiteral("separator"));
    if (separator.isEmpty())
        separator = QStringLiteral(",");
    QStringList values = a.value(QStringLiteral("values")).split(separator);
    for (QString &v : values)
        v = v.trimmed();
    return values;
}

QStringList rulesOf(const QString &list)
{
    QStringList rules;
    for (const QString &entry : list.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        rules << entry.section(QLatin1Char(':'), -1);
    return rules;
}

} // namespace

TEST_CASE("KoSIT XRechnung rule tests: every implemented rule agrees on every mutation", "[conformance][invoice]")
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    const QStringList implemented = InvoiceValidator::ruleIds();
    QMap<QString, RuleTally> byRule;
    QMap<QString, int> waiting;
    int variantsRun = 0;
    QDirIterator files(corpus + QStringLiteral("/einvoice/kosit-xrechnung-rules"), {QStringLiteral("*.xml")},
                       QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        xmlDoc *original = xmlReadMemory(bytes.constData(), int(bytes.size()), nullptr, nullptr, XML_PARSE_NONET);
        REQUIRE(original);
        const QList<xmlNode *> found = instructions(original);
        for (int i = 0; i < found.size(); ++i) {
            const QHash<QString, QString> a =
                pseudoAttributes(QString::fromUtf8(reinterpret_cast<const char *>(found.at(i)->content)));
            const QStringList mustFire = rulesOf(a.value(QStringLiteral("schematron-invalid")));
            const QStringList mustNot = rulesOf(a.value(QStringLiteral("schematron-valid")));
            QStringList checked;
            for (const QString &r : mustFire + mustNot) {
                if (implemented.contains(r))
                    checked << r;
                else
                    ++waiting[r];
            }
            if (checked.isEmpty())
                continue;
            const QString mutator = a.value(QStringLiteral("mutator"));
            const QString attribute = a.value(QStringLiteral("attribute"));
            for (const QString &value : variants(a)) {
                xmlDoc *copy = xmlCopyDoc(original, 1);
                xmlNode *target = nextElement(instructions(copy).at(i));
                REQUIRE(target);
                if (mutator == QStringLiteral("remove")) {
                    if (attribute.isEmpty()) {
                        xmlUnlinkNode(target);
                        xmlFreeNode(target);
                    } else {
                        xmlUnsetProp(target, BAD_CAST attribute.toUtf8().constData());
                    }
                } else if (mutator == QStringLiteral("empty")) {
                    setContent(target, attribute, QString());
                } else if (mutator == QStringLiteral("whitespace")) {
                    setContent(target, attribute,
                               QStringLiteral("  \n ") + contentOf(target, attribute) + QStringLiteral(" \n  "));
                } else if (mutator == QStringLiteral("code")) {
                    setContent(target, attribute, value);
                } else {
                    REQUIRE(mutator == QStringLiteral("identity"));
                }
                xmlChar *out = nullptr;
                int size = 0;
                xmlDocDumpMemory(copy, &out, &size);
                const QByteArray mutated(reinterpret_cast<const char *>(out), size);
                xmlFree(out);
                xmlFreeDoc(copy);
                ++variantsRun;
                const QString where = QStringLiteral("%1 [%2%3]")
                                          .arg(QDir(corpus).relativeFilePath(path), a.value(QStringLiteral("id")),
                                               value.isEmpty() ? QString() : QStringLiteral(" = ") + value);
                auto invoice = InvoiceReader::read(mutated, path);
                if (!invoice) {
                    for (const QString &r : std::as_const(checked))
                        byRule[r].disagreements << where + QStringLiteral(": not read: ") + invoice.error().message;
                    continue;
                }
                QSet<QString> fired;
                // These instances test the XRechnung Schematron itself, which runs on any BT-24.
                for (const Finding &f : InvoiceValidator::validate(*invoice, {}, true))
                    fired.insert(f.rule);
                for (const QString &r : std::as_const(checked)) {
                    const bool should = mustFire.contains(r);
                    if (fired.contains(r) == should)
                        ++byRule[r].agree;
                    else
                        byRule[r].disagreements << where + (should ? QStringLiteral(": should fire, did not")
                                                                   : QStringLiteral(": fired, should not"));
                }
            }
        }
        xmlFreeDoc(original);
    }
    int disagreeing = 0;
    QStringList report = tallyReport(byRule, &disagreeing);
    QStringList missing;
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it)
        missing << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
    report << QStringLiteral("not implemented yet (assertions): %1").arg(missing.join(QStringLiteral(", ")));
    INFO(report.join(QLatin1Char('\n')).toStdString());
    CHECK(disagreeing == 0);
    WARN(QStringLiteral("KoSIT rule tests: %1 variants; %2 implemented rules checked; assertions waiting for %3 rules")
             .arg(variantsRun)
             .arg(byRule.size())
             .arg(waiting.size())
             .toStdString());
}
