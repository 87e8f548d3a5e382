// Conformance with the CEN TC 434 unit tests (validation artefacts 1.3.15): each test set holds
// invoice fragments for one rule, each marked as one the rule must accept (success) or reject
// (error, warning). Only the rule named in the test set's scope is evaluated, as the artefacts
// intend. Every rule Amtsdesk implements must agree on every case; the output lists per rule
// how many cases agree, and which rules are not implemented yet.
#include "support/teststore.h"

#include "invoice/invoicereader.h"
#include "invoice/invoicevalidator.h"
#include "tally.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QMap>

using namespace amtsdesk;

namespace {

constexpr char kVefa[] = "http://difi.no/xsd/vefa/validator/1.0";

} // namespace

TEST_CASE("CEN 1.3.15 unit tests: every implemented rule agrees on every case", "[conformance][invoice]")
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    const QStringList implemented = InvoiceValidator::ruleIds();
    QMap<QString, RuleTally> byRule;
    QSet<QString> notImplemented;
    int cases = 0;
    QDirIterator files(corpus + QStringLiteral("/einvoice/cen-1.3.15/unit-tests"), {QStringLiteral("*.xml")},
                       QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto tree = XmlTree::parse(file.readAll(), path);
        REQUIRE(tree.ok());
        const XmlNode set = (*tree)->root();
        const QString scope = set.child(kVefa, "assert").child(kVefa, "scope").text().trimmed();
        if (!implemented.contains(scope)) {
            notImplemented.insert(scope);
            continue;
        }
        for (const XmlNode &test : set.children(kVefa, "test")) {
            const XmlNode expectation = test.child(kVefa, "assert");
            const bool mustFire = expectation.child(kVefa, "error") || expectation.child(kVefa, "warning");
            XmlNode fragment;
            for (const XmlNode &child : test.children(nullptr)) {
                if (child.localName() != QStringLiteral("assert"))
                    fragment = child;
            }
            REQUIRE(fragment);
            ++cases;
            const QString where = QStringLiteral("%1 line %2 (%3)")
                                      .arg(QDir(corpus).relativeFilePath(path))
                                      .arg(test.line())
                                      .arg(expectation.child(kVefa, "description").text().simplified());
            auto invoice = InvoiceReader::readElement(*tree, fragment, path);
            if (!invoice) {
                byRule[scope].disagreements << where + QStringLiteral(": not read: ") + invoice.error().message;
                continue;
            }
            bool fired = false;
            for (const Finding &f : InvoiceValidator::validate(*invoice, {scope}))
                fired = fired || f.rule == scope;
            if (fired == mustFire)
                ++byRule[scope].agree;
            else
                byRule[scope].disagreements << where + (mustFire ? QStringLiteral(": should fire, did not")
                                                                 : QStringLiteral(": fired, should not"));
        }
    }
    int disagreeing = 0;
    QStringList report = tallyReport(byRule, &disagreeing);
    QStringList missing = notImplemented.values();
    missing.sort();
    report << QStringLiteral("not implemented yet (%1 test sets): %2")
                  .arg(missing.size())
                  .arg(missing.join(QStringLiteral(", ")));
    INFO(report.join(QLatin1Char('\n')).toStdString());
    CHECK(cases > 0);
    CHECK(disagreeing == 0);
    if (disagreeing == 0)
        WARN(QStringLiteral("CEN unit tests: %1 cases of %2 implemented rules agree; %3 test sets wait for their rule")
                 .arg(cases)
                 .arg(byRule.size())
                 .arg(missing.size())
                 .toStdString());
}
