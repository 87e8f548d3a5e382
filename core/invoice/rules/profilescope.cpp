// Which rules apply to the Factur-X / ZUGFeRD profiles that are not EN 16931 invoices, and what
// Amtsdesk tells the clerk about them. The rule lists are the EN 16931 rule ids that the
// official Factur-X 1.07.3 Schematron of each profile carries (FACTUR-X_MINIMUM.sch,
// FACTUR-X_BASIC-WL.sch, as the mustangproject validator bundles them); those profiles have no
// lines, and the other EN 16931 rules would fail every such file.
#include "invoice/invoicefile.h"
#include "invoice/invoicevalidator.h"

#include <QSet>

namespace amtsdesk::invoicerules {

namespace {

QSet<QString> idSet(std::initializer_list<const char *> ids)
{
    QSet<QString> set;
    for (const char *id : ids)
        set.insert(QString::fromLatin1(id));
    return set;
}

const QSet<QString> &minimumRules()
{
    static const QSet<QString> ids =
        idSet({"BR-01", "BR-02", "BR-03", "BR-04", "BR-05", "BR-06", "BR-07", "BR-08", "BR-09", "BR-13", "BR-14",
               "BR-15", "BR-CO-09", "BR-CO-26", "BR-DEC-12", "BR-DEC-13", "BR-DEC-14", "BR-DEC-18"});
    return ids;
}

const QSet<QString> &basicWlRules()
{
    static const QSet<QString> ids =
        idSet({"BR-01",     "BR-02",     "BR-03",     "BR-04",     "BR-05",     "BR-06",     "BR-07",     "BR-08",
               "BR-09",     "BR-10",     "BR-11",     "BR-12",     "BR-13",     "BR-14",     "BR-15",     "BR-17",
               "BR-18",     "BR-19",     "BR-20",     "BR-29",     "BR-31",     "BR-32",     "BR-33",     "BR-36",
               "BR-37",     "BR-38",     "BR-45",     "BR-46",     "BR-47",     "BR-48",     "BR-49",     "BR-50",
               "BR-53",     "BR-55",     "BR-56",     "BR-57",     "BR-61",     "BR-62",     "BR-63",     "BR-66",
               "BR-AE-03",  "BR-AE-04",  "BR-AE-06",  "BR-AE-07",  "BR-AE-09",  "BR-AE-10",  "BR-AF-03",  "BR-AF-04",
               "BR-AF-06",  "BR-AF-07",  "BR-AF-09",  "BR-AF-10",  "BR-AG-03",  "BR-AG-04",  "BR-AG-06",  "BR-AG-07",
               "BR-AG-09",  "BR-AG-10",  "BR-CO-03",  "BR-CO-05",  "BR-CO-06",  "BR-CO-09",  "BR-CO-11",  "BR-CO-12",
               "BR-CO-13",  "BR-CO-14",  "BR-CO-15",  "BR-CO-16",  "BR-CO-17",  "BR-CO-18",  "BR-CO-19",  "BR-CO-21",
               "BR-CO-22",  "BR-CO-25",  "BR-CO-26",  "BR-CO-27",  "BR-DEC-01", "BR-DEC-02", "BR-DEC-05", "BR-DEC-06",
               "BR-DEC-09", "BR-DEC-10", "BR-DEC-11", "BR-DEC-12", "BR-DEC-13", "BR-DEC-14", "BR-DEC-15", "BR-DEC-16",
               "BR-DEC-17", "BR-DEC-18", "BR-DEC-19", "BR-DEC-20", "BR-E-03",   "BR-E-04",   "BR-E-06",   "BR-E-07",
               "BR-E-09",   "BR-E-10",   "BR-G-03",   "BR-G-04",   "BR-G-06",   "BR-G-07",   "BR-G-09",   "BR-G-10",
               "BR-IC-03",  "BR-IC-04",  "BR-IC-06",  "BR-IC-07",  "BR-IC-09",  "BR-IC-10",  "BR-IC-11",  "BR-IC-12",
               "BR-O-03",   "BR-O-04",   "BR-O-06",   "BR-O-07",   "BR-O-09",   "BR-O-10",   "BR-O-11",   "BR-O-13",
               "BR-O-14",   "BR-S-03",   "BR-S-04",   "BR-S-06",   "BR-S-07",   "BR-S-09",   "BR-S-10",   "BR-Z-03",
               "BR-Z-04",   "BR-Z-06",   "BR-Z-07",   "BR-Z-09",   "BR-Z-10"});
    return ids;
}

// The O category rules the EXTENDED profile leaves out (it states the O breakdown differently).
const QSet<QString> &notInExtended()
{
    static const QSet<QString> ids =
        idSet({"BR-O-02", "BR-O-03", "BR-O-04", "BR-O-11", "BR-O-12", "BR-O-13", "BR-O-14"});
    return ids;
}

} // namespace

bool profileLeavesRulesOut(const QString &profile)
{
    return profile == QStringLiteral("MINIMUM") || profile == QStringLiteral("BASIC WL") ||
           profile == QStringLiteral("EXTENDED");
}

bool inProfileScope(const QString &ruleId, const QString &profile)
{
    const bool codeList = ruleId.startsWith(QStringLiteral("BR-CL-"));
    const bool ciiSyntax = ruleId.startsWith(QStringLiteral("CII-SR-")) || ruleId.startsWith(QStringLiteral("CII-DT-"));
    if (profile == QStringLiteral("MINIMUM"))
        return codeList || minimumRules().contains(ruleId);
    if (profile == QStringLiteral("BASIC WL"))
        return codeList || basicWlRules().contains(ruleId);
    // EXTENDED goes beyond EN 16931 by design: the CII restrictions to the EN 16931 subset do not
    // hold for it (its own schema governs the structure). Its sums are held to EN 16931 exactly,
    // where Factur-X allows 0.01 per line; an EXTENDED invoice that is off by a cent is reported.
    if (profile == QStringLiteral("EXTENDED"))
        return !ciiSyntax && !notInExtended().contains(ruleId);
    return true;
}

} // namespace amtsdesk::invoicerules
