#pragma once

#include "invoice/invoicemodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace amtsdesk {

enum class FindingSeverity { Fatal, Warning, Information };

// One thing a rule found: the official rule id (BR-CO-10, BR-DE-15, UBL-SR-01, …), how grave
// it is, a message in our own words (translated: German, English, Turkish), and where.
struct Finding {
    QString rule;
    FindingSeverity severity = FindingSeverity::Fatal;
    QString message;
    QString location; // an XPath to the element, e.g. /Invoice/cac:InvoiceLine[2]/cbc:ID
    int line = 0;

    static QString severityName(FindingSeverity severity); // fatal, warning, information
};

// What a rule sees while it runs, and where it puts what it finds.
class RuleContext {
public:
    RuleContext(const EInvoice &invoice, const QString &rule, FindingSeverity severity, QList<Finding> &out)
        : invoice(invoice), m_rule(rule), m_severity(severity), m_out(out)
    {
    }
    const EInvoice &invoice;
    // Records a finding at the element (or at the invoice's root when it is null). The text is
    // the message's source (QT_TRANSLATE_NOOP("InvoiceRules", …)), translated here; %1… are
    // filled from args.
    void fail(const XmlNode &at, const char *text, const QStringList &args = {});
    bool ubl() const { return invoice.syntax == InvoiceSyntax::Ubl; }
    bool cii() const { return invoice.syntax == InvoiceSyntax::Cii; }

private:
    QString m_rule;
    FindingSeverity m_severity;
    QList<Finding> &m_out;
};

// A rule of the official rule sets, implemented natively, keyed by its official id.
struct InvoiceRule {
    enum Syntax { Ubl = 1, Cii = 2, Both = 3 };
    QString id;
    FindingSeverity severity = FindingSeverity::Fatal;
    int syntaxes = Both;
    bool xrechnungOnly = false; // applies only where BT-24 names XRechnung (as in the KoSIT validator)
    std::function<void(RuleContext &)> check;
};

// Applies the rules to an invoice. The XRechnung rules run where the specification identifier
// (BT-24) names XRechnung (claimsXRechnung), or where the caller forces them (the rule tests
// of the XRechnung Schematron run it on any identifier).
class InvoiceValidator {
    Q_DECLARE_TR_FUNCTIONS(InvoiceValidator)

public:
    static const QList<InvoiceRule> &rules();
    // Every rule id implemented, for the coverage test and the documentation.
    static QStringList ruleIds();
    // BT-24 is exactly one of the XRechnung 3.0 identifiers (CIUS, extension, CVD), as the
    // KoSIT validator's scenarios match it.
    static bool isXRechnung(const EInvoice &invoice);
    // BT-24 names XRechnung at all (also another version): the XRechnung rules apply, and
    // BR-DE-21 says when the identifier is not the 3.0 one. The KoSIT validator would reject
    // such a file without a report; a clerk is better served by one.
    static bool claimsXRechnung(const EInvoice &invoice);

    // All rules that apply to the invoice's syntax (and XRechnung, where it is one).
    static QList<Finding> validate(const EInvoice &invoice);
    // Only the rules with these ids (the conformance tests evaluate one rule on a fragment).
    static QList<Finding> validate(const EInvoice &invoice, const QStringList &onlyRules, bool forceXRechnung = false);
};

// Registration of each family of rules (invoice/rules/*.cpp).
namespace invoicerules {
void addCoreRules(QList<InvoiceRule> &rules);
void addCalculationRules(QList<InvoiceRule> &rules);
void addXRechnungRules(QList<InvoiceRule> &rules);
void addDecimalRules(QList<InvoiceRule> &rules);
void addUblSyntaxRules(QList<InvoiceRule> &rules);
void addCiiSyntaxRules(QList<InvoiceRule> &rules);
void addVatCategoryRules(QList<InvoiceRule> &rules);
void addPeppolRules(QList<InvoiceRule> &rules);
void addXRechnungExtensionRules(QList<InvoiceRule> &rules);
void addCodeListRules(QList<InvoiceRule> &rules);
void addSyntaxWarningRules(QList<InvoiceRule> &rules);
// Whether a rule applies to an invoice of this Factur-X / ZUGFeRD profile (as
// InvoiceFiles::profileOf names it): MINIMUM and BASIC WL take only the rules their official
// Schematron carries, EXTENDED all but the CII restrictions to the EN 16931 subset.
bool inProfileScope(const QString &ruleId, const QString &profile);
// Whether inProfileScope leaves any rule out for the profile (MINIMUM, BASIC WL, EXTENDED).
bool profileLeavesRulesOut(const QString &profile);
} // namespace invoicerules

} // namespace amtsdesk
