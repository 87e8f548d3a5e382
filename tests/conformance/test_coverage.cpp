// Which of the fatal rules that the KoSIT validator applies to XRechnung 3.0 (corpus
// einvoice/rules.tsv) Amtsdesk implements. Fails when an implemented id is not an official one
// (a typo would otherwise pass as coverage); lists what is missing.
#include "support/teststore.h"

#include "invoice/invoicevalidator.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSet>

using namespace amtsdesk;

TEST_CASE("rule coverage: every fatal rule of the XRechnung 3.0 scope, implemented or not", "[conformance][invoice]")
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    QFile tsv(corpus + QStringLiteral("/einvoice/rules.tsv"));
    REQUIRE(tsv.open(QIODevice::ReadOnly | QIODevice::Text));
    QSet<QString> fatal, official;
    bool header = true;
    while (!tsv.atEnd()) {
        const QList<QByteArray> columns = tsv.readLine().split('\t');
        if (header || columns.size() < 2) {
            header = false;
            continue;
        }
        const QString id = QString::fromUtf8(columns.at(0)).trimmed();
        official.insert(id);
        if (columns.at(1).trimmed() == "fatal")
            fatal.insert(id);
    }
    REQUIRE(fatal.size() == 438);
    const QStringList implemented = InvoiceValidator::ruleIds();
    for (const QString &id : implemented) {
        INFO(id.toStdString());
        CHECK(official.contains(id));
    }
    QStringList missing;
    for (const QString &id : std::as_const(fatal)) {
        if (!implemented.contains(id))
            missing << id;
    }
    missing.sort();
    WARN(QStringLiteral("fatal rules implemented: %1 of %2; not yet: %3")
             .arg(fatal.size() - missing.size())
             .arg(fatal.size())
             .arg(missing.join(QStringLiteral(", ")))
             .toStdString());
}
