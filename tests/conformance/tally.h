#pragma once

// How the conformance harnesses count agreement per rule and report it.
#include <QMap>
#include <QString>
#include <QStringList>

struct RuleTally {
    int agree = 0;
    QStringList disagreements;
};

// One line per rule ("BR-CO-10: 12 of 12 agree") with the disagreements under it, and the
// number of disagreements in all.
inline QStringList tallyReport(const QMap<QString, RuleTally> &byRule, int *disagreeing)
{
    QStringList report;
    *disagreeing = 0;
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it) {
        report << QStringLiteral("%1: %2 of %3 agree")
                      .arg(it.key())
                      .arg(it->agree)
                      .arg(it->agree + it->disagreements.size());
        for (const QString &d : it->disagreements)
            report << QStringLiteral("    ") + d;
        *disagreeing += int(it->disagreements.size());
    }
    return report;
}
