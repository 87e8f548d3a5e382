#include "invoice/invoicevalidator.h"

#include "invoice/invoicefile.h"

namespace amtsdesk {

QString Finding::severityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Fatal: return QStringLiteral("fatal");
    case FindingSeverity::Warning: return QStringLiteral("warning");
    case FindingSeverity::Information: return QStringLiteral("information");
    }
    return QStringLiteral("fatal");
}

void RuleContext::fail(const XmlNode &at, const char *text, const QStringList &args)
{
    const XmlNode where = at ? at : invoice.root;
    QString message = QCoreApplication::translate("InvoiceRules", text);
    // %1, %2, … as far as the message uses them (a translation may leave one out).
    for (int i = 0; i < args.size(); ++i)
        message.replace(QStringLiteral("%") + QString::number(i + 1), args.at(i));
    m_out.append(Finding{m_rule, m_severity, message, where.path(), where.line()});
}

const QList<InvoiceRule> &InvoiceValidator::rules()
{
    static const QList<InvoiceRule> all = [] {
        QList<InvoiceRule> list;
        invoicerules::addCoreRules(list);
        invoicerules::addCalculationRules(list);
        invoicerules::addXRechnungRules(list);
        invoicerules::addDecimalRules(list);
        invoicerules::addUblSyntaxRules(list);
        invoicerules::addCiiSyntaxRules(list);
        invoicerules::addVatCategoryRules(list);
        invoicerules::addPeppolRules(list);
        invoicerules::addXRechnungExtensionRules(list);
        invoicerules::addCodeListRules(list);
        invoicerules::addSyntaxWarningRules(list);
        return list;
    }();
    return all;
}

QStringList InvoiceValidator::ruleIds()
{
    QStringList ids;
    for (const InvoiceRule &rule : rules()) {
        if (!ids.contains(rule.id))
            ids << rule.id;
    }
    return ids;
}

bool InvoiceValidator::isXRechnung(const EInvoice &invoice)
{
    // As the scenarios of the KoSIT validator configuration for XRechnung 3.0: the
    // specification identifier (BT-24) is exactly the CIUS, the extension or the CVD one.
    static const QString cius = QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0");
    const QString &id = invoice.specificationId.text;
    return invoice.specificationId.present() &&
           (id == cius || id == cius + QStringLiteral("#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_3.0") ||
            id == cius + QStringLiteral("#compliant#urn:xeinkauf.de:kosit:xrechnung:cvd_0.9"));
}

QList<Finding> InvoiceValidator::validate(const EInvoice &invoice)
{
    return validate(invoice, {}, false);
}

bool InvoiceValidator::claimsXRechnung(const EInvoice &invoice)
{
    // 3.0 names xeinkauf.de, the 1.x and 2.x versions named xoev-de:kosit:standard; an invoice
    // of an outdated version is held to the rules of today's (BR-DE-21 names the version).
    const QString &id = invoice.specificationId.text;
    return isXRechnung(invoice) || id.contains(QStringLiteral("urn:xeinkauf.de:kosit:xrechnung")) ||
           id.contains(QStringLiteral("urn:xoev-de:kosit:standard:xrechnung"));
}

QList<Finding> InvoiceValidator::validate(const EInvoice &invoice, const QStringList &onlyRules, bool forceXRechnung)
{
    QList<Finding> findings;
    const int syntax = invoice.syntax == InvoiceSyntax::Ubl ? InvoiceRule::Ubl : InvoiceRule::Cii;
    const bool xrechnung = forceXRechnung || claimsXRechnung(invoice);
    const QString profile = InvoiceFiles::profileOf(invoice.specificationId.text);
    const bool scoped = invoicerules::profileLeavesRulesOut(profile);
    for (const InvoiceRule &rule : rules()) {
        if (!(rule.syntaxes & syntax) || (rule.xrechnungOnly && !xrechnung))
            continue;
        if (!onlyRules.isEmpty() && !onlyRules.contains(rule.id))
            continue;
        if (scoped && !forceXRechnung && !invoicerules::inProfileScope(rule.id, profile))
            continue;
        RuleContext context(invoice, rule.id, rule.severity, findings);
        rule.check(context);
    }
    if (onlyRules.isEmpty() && (profile == QStringLiteral("MINIMUM") || profile == QStringLiteral("BASIC WL"))) {
        const XmlNode at = invoice.specificationId.node ? invoice.specificationId.node : invoice.root;
        findings.append(Finding{
            QStringLiteral("FX-PROFILE"), FindingSeverity::Information,
            QCoreApplication::translate("InvoiceRules",
                                        "The profile %1 is not an EN 16931 invoice: it has no invoice lines. It "
                                        "is checked by the rules of its own profile; under German VAT law it does "
                                        "not count as an e-invoice (BMF letter of 15 October 2024).")
                .arg(profile),
            at.path(), at.line()});
    }
    return findings;
}

} // namespace amtsdesk
