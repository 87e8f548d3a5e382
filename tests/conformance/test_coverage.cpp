// Which of the rules that the KoSIT validator applies to XRechnung 3.0 (corpus
// einvoice/rules.tsv) Amtsdesk implements, per syntax and with the official severity. Fails when
// an implemented id is not an official one (a typo would otherwise pass as coverage), when a
// rule carries another severity than the official one, or when a fatal rule is missing; lists
// the warnings and information rules not yet there.
#include "support/teststore.h"

#include "invoice/invoicevalidator.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMap>
#include <QSet>

using namespace amtsdesk;

TEST_CASE("rule coverage: every rule of the XRechnung 3.0 scope, per syntax and severity", "[conformance][invoice]")
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    QFile tsv(corpus + QStringLiteral("/einvoice/rules.tsv"));
    REQUIRE(tsv.open(QIODevice::ReadOnly | QIODevice::Text));
    // (id, syntax) → severity, as the official rules give it.
    QMap<QPair<QString, QString>, QString> official;
    QSet<QString> ids, fatalIds;
    bool header = true;
    while (!tsv.atEnd()) {
        const QList<QByteArray> columns = tsv.readLine().split('\t');
        if (header || columns.size() < 3) {
            header = false;
            continue;
        }
        const QString id = QString::fromUtf8(columns.at(0)).trimmed();
        const QString severity = QString::fromUtf8(columns.at(1)).trimmed();
        official.insert({id, QString::fromUtf8(columns.at(2)).trimmed()}, severity);
        ids.insert(id);
        if (severity == QStringLiteral("fatal"))
            fatalIds.insert(id);
    }
    REQUIRE(fatalIds.size() == 438);

    QMap<QPair<QString, QString>, QString> ours;
    for (const InvoiceRule &rule : InvoiceValidator::rules()) {
        INFO(rule.id.toStdString());
        CHECK(ids.contains(rule.id));
        for (const auto &[flag, syntax] :
             {std::pair{int(InvoiceRule::Ubl), "ubl"}, std::pair{int(InvoiceRule::Cii), "cii"}}) {
            if (rule.syntaxes & flag)
                ours.insert({rule.id, QString::fromLatin1(syntax)}, Finding::severityName(rule.severity));
        }
    }
    QMap<QString, QStringList> missing; // severity → "id (syntax)"
    QMap<QString, int> total, done;
    QStringList wrongSeverity;
    for (auto it = official.cbegin(); it != official.cend(); ++it) {
        ++total[it.value()];
        const auto found = ours.constFind(it.key());
        if (found == ours.constEnd()) {
            missing[it.value()] << QStringLiteral("%1 (%2)").arg(it.key().first, it.key().second);
            continue;
        }
        ++done[it.value()];
        if (*found != it.value())
            wrongSeverity << QStringLiteral("%1 (%2): %3, officially %4")
                                 .arg(it.key().first, it.key().second, *found, it.value());
    }
    INFO(wrongSeverity.join(QLatin1Char('\n')).toStdString());
    CHECK(wrongSeverity.isEmpty());
    INFO(missing.value(QStringLiteral("fatal")).join(QStringLiteral(", ")).toStdString());
    CHECK(missing.value(QStringLiteral("fatal")).isEmpty());
    QStringList report;
    for (const QString &severity : {QStringLiteral("fatal"), QStringLiteral("warning"), QStringLiteral("information")})
        report << QStringLiteral("%1 rules (per syntax) implemented: %2 of %3; not yet: %4")
                      .arg(severity)
                      .arg(done.value(severity))
                      .arg(total.value(severity))
                      .arg(missing.value(severity).join(QStringLiteral(", ")));
    WARN(report.join(QLatin1Char('\n')).toStdString());
}
