// The names of the business terms and the meanings of common codes, for the readable view.
#include "invoice/invoicesheetterms.h"

#include <QCoreApplication>
#include <QHash>

namespace amtsdesk::sheetterms {

namespace {

struct TermName {
    const char *term;
    const char *name;
};

// The official English names of the business terms and groups of EN 16931-1, as labels (the
// translations give the German names of XRechnung, and Turkish).
const TermName kTermNames[] = {
    {"BT-1", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice number")},
    {"BT-2", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice issue date")},
    {"BT-3", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice type code")},
    {"BT-5", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice currency code")},
    {"BT-6", QT_TRANSLATE_NOOP("InvoiceSheet", "VAT accounting currency code")},
    {"BT-7", QT_TRANSLATE_NOOP("InvoiceSheet", "Value added tax point date")},
    {"BT-8", QT_TRANSLATE_NOOP("InvoiceSheet", "Value added tax point date code")},
    {"BT-9", QT_TRANSLATE_NOOP("InvoiceSheet", "Payment due date")},
    {"BT-10", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer reference")},
    {"BT-11", QT_TRANSLATE_NOOP("InvoiceSheet", "Project reference")},
    {"BT-12", QT_TRANSLATE_NOOP("InvoiceSheet", "Contract reference")},
    {"BT-13", QT_TRANSLATE_NOOP("InvoiceSheet", "Purchase order reference")},
    {"BT-14", QT_TRANSLATE_NOOP("InvoiceSheet", "Sales order reference")},
    {"BT-15", QT_TRANSLATE_NOOP("InvoiceSheet", "Receiving advice reference")},
    {"BT-16", QT_TRANSLATE_NOOP("InvoiceSheet", "Despatch advice reference")},
    {"BT-17", QT_TRANSLATE_NOOP("InvoiceSheet", "Tender or lot reference")},
    {"BT-18", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoiced object identifier")},
    {"BT-19", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer accounting reference")},
    {"BT-20", QT_TRANSLATE_NOOP("InvoiceSheet", "Payment terms")},
    {"BT-21", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice note subject code")},
    {"BT-22", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice note")},
    {"BT-23", QT_TRANSLATE_NOOP("InvoiceSheet", "Business process type")},
    {"BT-24", QT_TRANSLATE_NOOP("InvoiceSheet", "Specification identifier")},
    {"BT-25", QT_TRANSLATE_NOOP("InvoiceSheet", "Preceding invoice reference")},
    {"BT-26", QT_TRANSLATE_NOOP("InvoiceSheet", "Preceding invoice issue date")},
    {"BT-27", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller name")},
    {"BT-28", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller trading name")},
    {"BT-29", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller identifier")},
    {"BT-30", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller legal registration identifier")},
    {"BT-31", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller VAT identifier")},
    {"BT-32", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller tax registration identifier")},
    {"BT-33", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller additional legal information")},
    {"BT-34", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller electronic address")},
    {"BT-35", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller address line 1")},
    {"BT-36", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller address line 2")},
    {"BT-162", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller address line 3")},
    {"BT-37", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller city")},
    {"BT-38", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller post code")},
    {"BT-39", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller country subdivision")},
    {"BT-40", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller country code")},
    {"BT-41", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller contact point")},
    {"BT-42", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller contact telephone number")},
    {"BT-43", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller contact email address")},
    {"BT-44", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer name")},
    {"BT-45", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer trading name")},
    {"BT-46", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer identifier")},
    {"BT-47", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer legal registration identifier")},
    {"BT-48", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer VAT identifier")},
    {"BT-49", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer electronic address")},
    {"BT-50", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer address line 1")},
    {"BT-51", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer address line 2")},
    {"BT-163", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer address line 3")},
    {"BT-52", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer city")},
    {"BT-53", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer post code")},
    {"BT-54", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer country subdivision")},
    {"BT-55", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer country code")},
    {"BT-56", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer contact point")},
    {"BT-57", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer contact telephone number")},
    {"BT-58", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer contact email address")},
    {"BT-59", QT_TRANSLATE_NOOP("InvoiceSheet", "Payee name")},
    {"BT-60", QT_TRANSLATE_NOOP("InvoiceSheet", "Payee identifier")},
    {"BT-61", QT_TRANSLATE_NOOP("InvoiceSheet", "Payee legal registration identifier")},
    {"BT-62", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller tax representative name")},
    {"BT-63", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller tax representative VAT identifier")},
    {"BT-64", QT_TRANSLATE_NOOP("InvoiceSheet", "Tax representative address line 1")},
    {"BT-65", QT_TRANSLATE_NOOP("InvoiceSheet", "Tax representative address line 2")},
    {"BT-164", QT_TRANSLATE_NOOP("InvoiceSheet", "Tax representative address line 3")},
    {"BT-66", QT_TRANSLATE_NOOP("InvoiceSheet", "Tax representative city")},
    {"BT-67", QT_TRANSLATE_NOOP("InvoiceSheet", "Tax representative post code")},
    {"BT-68", QT_TRANSLATE_NOOP("InvoiceSheet", "Tax representative country subdivision")},
    {"BT-69", QT_TRANSLATE_NOOP("InvoiceSheet", "Tax representative country code")},
    {"BT-70", QT_TRANSLATE_NOOP("InvoiceSheet", "Deliver to party name")},
    {"BT-71", QT_TRANSLATE_NOOP("InvoiceSheet", "Deliver to location identifier")},
    {"BT-72", QT_TRANSLATE_NOOP("InvoiceSheet", "Actual delivery date")},
    {"BT-73", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoicing period start date")},
    {"BT-74", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoicing period end date")},
    {"BT-75", QT_TRANSLATE_NOOP("InvoiceSheet", "Deliver to address line 1")},
    {"BT-76", QT_TRANSLATE_NOOP("InvoiceSheet", "Deliver to address line 2")},
    {"BT-165", QT_TRANSLATE_NOOP("InvoiceSheet", "Deliver to address line 3")},
    {"BT-77", QT_TRANSLATE_NOOP("InvoiceSheet", "Deliver to city")},
    {"BT-78", QT_TRANSLATE_NOOP("InvoiceSheet", "Deliver to post code")},
    {"BT-79", QT_TRANSLATE_NOOP("InvoiceSheet", "Deliver to country subdivision")},
    {"BT-80", QT_TRANSLATE_NOOP("InvoiceSheet", "Deliver to country code")},
    {"BT-81", QT_TRANSLATE_NOOP("InvoiceSheet", "Payment means type code")},
    {"BT-82", QT_TRANSLATE_NOOP("InvoiceSheet", "Payment means text")},
    {"BT-83", QT_TRANSLATE_NOOP("InvoiceSheet", "Remittance information")},
    {"BT-84", QT_TRANSLATE_NOOP("InvoiceSheet", "Payment account identifier")},
    {"BT-85", QT_TRANSLATE_NOOP("InvoiceSheet", "Payment account name")},
    {"BT-86", QT_TRANSLATE_NOOP("InvoiceSheet", "Payment service provider identifier")},
    {"BT-87", QT_TRANSLATE_NOOP("InvoiceSheet", "Payment card primary account number")},
    {"BT-88", QT_TRANSLATE_NOOP("InvoiceSheet", "Payment card holder name")},
    {"BT-89", QT_TRANSLATE_NOOP("InvoiceSheet", "Mandate reference identifier")},
    {"BT-90", QT_TRANSLATE_NOOP("InvoiceSheet", "Bank assigned creditor identifier")},
    {"BT-91", QT_TRANSLATE_NOOP("InvoiceSheet", "Debited account identifier")},
    {"BT-92", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level allowance amount")},
    {"BT-93", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level allowance base amount")},
    {"BT-94", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level allowance percentage")},
    {"BT-95", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level allowance VAT category code")},
    {"BT-96", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level allowance VAT rate")},
    {"BT-97", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level allowance reason")},
    {"BT-98", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level allowance reason code")},
    {"BT-99", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level charge amount")},
    {"BT-100", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level charge base amount")},
    {"BT-101", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level charge percentage")},
    {"BT-102", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level charge VAT category code")},
    {"BT-103", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level charge VAT rate")},
    {"BT-104", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level charge reason")},
    {"BT-105", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level charge reason code")},
    {"BT-106", QT_TRANSLATE_NOOP("InvoiceSheet", "Sum of Invoice line net amount")},
    {"BT-107", QT_TRANSLATE_NOOP("InvoiceSheet", "Sum of allowances on document level")},
    {"BT-108", QT_TRANSLATE_NOOP("InvoiceSheet", "Sum of charges on document level")},
    {"BT-109", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice total amount without VAT")},
    {"BT-110", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice total VAT amount")},
    {"BT-111", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice total VAT amount in accounting currency")},
    {"BT-112", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice total amount with VAT")},
    {"BT-113", QT_TRANSLATE_NOOP("InvoiceSheet", "Paid amount")},
    {"BT-114", QT_TRANSLATE_NOOP("InvoiceSheet", "Rounding amount")},
    {"BT-115", QT_TRANSLATE_NOOP("InvoiceSheet", "Amount due for payment")},
    {"BT-116", QT_TRANSLATE_NOOP("InvoiceSheet", "VAT category taxable amount")},
    {"BT-117", QT_TRANSLATE_NOOP("InvoiceSheet", "VAT category tax amount")},
    {"BT-118", QT_TRANSLATE_NOOP("InvoiceSheet", "VAT category code")},
    {"BT-119", QT_TRANSLATE_NOOP("InvoiceSheet", "VAT category rate")},
    {"BT-120", QT_TRANSLATE_NOOP("InvoiceSheet", "VAT exemption reason text")},
    {"BT-121", QT_TRANSLATE_NOOP("InvoiceSheet", "VAT exemption reason code")},
    {"BT-122", QT_TRANSLATE_NOOP("InvoiceSheet", "Supporting document reference")},
    {"BT-123", QT_TRANSLATE_NOOP("InvoiceSheet", "Supporting document description")},
    {"BT-124", QT_TRANSLATE_NOOP("InvoiceSheet", "External document location")},
    {"BT-125", QT_TRANSLATE_NOOP("InvoiceSheet", "Attached document")},
    {"BT-126", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line identifier")},
    {"BT-127", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line note")},
    {"BT-128", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line object identifier")},
    {"BT-129", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoiced quantity")},
    {"BT-130", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoiced quantity unit of measure code")},
    {"BT-131", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line net amount")},
    {"BT-132", QT_TRANSLATE_NOOP("InvoiceSheet", "Referenced purchase order line reference")},
    {"BT-133", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line Buyer accounting reference")},
    {"BT-134", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line period start date")},
    {"BT-135", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line period end date")},
    {"BT-136", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line allowance amount")},
    {"BT-137", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line allowance base amount")},
    {"BT-138", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line allowance percentage")},
    {"BT-139", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line allowance reason")},
    {"BT-140", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line allowance reason code")},
    {"BT-141", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line charge amount")},
    {"BT-142", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line charge base amount")},
    {"BT-143", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line charge percentage")},
    {"BT-144", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line charge reason")},
    {"BT-145", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line charge reason code")},
    {"BT-146", QT_TRANSLATE_NOOP("InvoiceSheet", "Item net price")},
    {"BT-147", QT_TRANSLATE_NOOP("InvoiceSheet", "Item price discount")},
    {"BT-148", QT_TRANSLATE_NOOP("InvoiceSheet", "Item gross price")},
    {"BT-149", QT_TRANSLATE_NOOP("InvoiceSheet", "Item price base quantity")},
    {"BT-150", QT_TRANSLATE_NOOP("InvoiceSheet", "Item price base quantity unit of measure code")},
    {"BT-151", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoiced item VAT category code")},
    {"BT-152", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoiced item VAT rate")},
    {"BT-153", QT_TRANSLATE_NOOP("InvoiceSheet", "Item name")},
    {"BT-154", QT_TRANSLATE_NOOP("InvoiceSheet", "Item description")},
    {"BT-155", QT_TRANSLATE_NOOP("InvoiceSheet", "Item Seller's identifier")},
    {"BT-156", QT_TRANSLATE_NOOP("InvoiceSheet", "Item Buyer's identifier")},
    {"BT-157", QT_TRANSLATE_NOOP("InvoiceSheet", "Item standard identifier")},
    {"BT-158", QT_TRANSLATE_NOOP("InvoiceSheet", "Item classification identifier")},
    {"BT-159", QT_TRANSLATE_NOOP("InvoiceSheet", "Item country of origin")},
    {"BT-160", QT_TRANSLATE_NOOP("InvoiceSheet", "Item attribute name")},
    {"BT-161", QT_TRANSLATE_NOOP("InvoiceSheet", "Item attribute value")},
    {"BG-1", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice note")},
    {"BG-2", QT_TRANSLATE_NOOP("InvoiceSheet", "Process control")},
    {"BG-3", QT_TRANSLATE_NOOP("InvoiceSheet", "Preceding invoice reference")},
    {"BG-4", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller")},
    {"BG-5", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller postal address")},
    {"BG-6", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller contact")},
    {"BG-7", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer")},
    {"BG-8", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer postal address")},
    {"BG-9", QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer contact")},
    {"BG-10", QT_TRANSLATE_NOOP("InvoiceSheet", "Payee")},
    {"BG-11", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller tax representative party")},
    {"BG-12", QT_TRANSLATE_NOOP("InvoiceSheet", "Seller tax representative postal address")},
    {"BG-13", QT_TRANSLATE_NOOP("InvoiceSheet", "Delivery information")},
    {"BG-14", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoicing period")},
    {"BG-15", QT_TRANSLATE_NOOP("InvoiceSheet", "Deliver to address")},
    {"BG-16", QT_TRANSLATE_NOOP("InvoiceSheet", "Payment instructions")},
    {"BG-17", QT_TRANSLATE_NOOP("InvoiceSheet", "Credit transfer")},
    {"BG-18", QT_TRANSLATE_NOOP("InvoiceSheet", "Payment card information")},
    {"BG-19", QT_TRANSLATE_NOOP("InvoiceSheet", "Direct debit")},
    {"BG-20", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level allowances")},
    {"BG-21", QT_TRANSLATE_NOOP("InvoiceSheet", "Document level charges")},
    {"BG-22", QT_TRANSLATE_NOOP("InvoiceSheet", "Document totals")},
    {"BG-23", QT_TRANSLATE_NOOP("InvoiceSheet", "VAT breakdown")},
    {"BG-24", QT_TRANSLATE_NOOP("InvoiceSheet", "Additional supporting documents")},
    {"BG-25", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line")},
    {"BG-26", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line period")},
    {"BG-27", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line allowances")},
    {"BG-28", QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice line charges")},
    {"BG-29", QT_TRANSLATE_NOOP("InvoiceSheet", "Price details")},
    {"BG-30", QT_TRANSLATE_NOOP("InvoiceSheet", "Line VAT information")},
    {"BG-31", QT_TRANSLATE_NOOP("InvoiceSheet", "Item information")},
    {"BG-32", QT_TRANSLATE_NOOP("InvoiceSheet", "Item attributes")},
    // The XRechnung extension's third party payments.
    {"BG-DEX-09", QT_TRANSLATE_NOOP("InvoiceSheet", "Third party payment")},
    {"BT-DEX-001", QT_TRANSLATE_NOOP("InvoiceSheet", "Third party payment type")},
    {"BT-DEX-002", QT_TRANSLATE_NOOP("InvoiceSheet", "Third party payment amount")},
    {"BT-DEX-003", QT_TRANSLATE_NOOP("InvoiceSheet", "Third party payment description")},
};

struct Code {
    const char *code;
    const char *meaning;
};

// Meanings of the codes a clerk meets most (UNTDID 1001, 4461, 5305), in their own words.
const Code kTypeCodes[] = {
    {"380", QT_TRANSLATE_NOOP("InvoiceSheet", "commercial invoice")},
    {"381", QT_TRANSLATE_NOOP("InvoiceSheet", "credit note")},
    {"384", QT_TRANSLATE_NOOP("InvoiceSheet", "corrected invoice")},
    {"389", QT_TRANSLATE_NOOP("InvoiceSheet", "self-billed invoice")},
    {"326", QT_TRANSLATE_NOOP("InvoiceSheet", "partial invoice")},
    {"875", QT_TRANSLATE_NOOP("InvoiceSheet", "partial construction invoice")},
    {"876", QT_TRANSLATE_NOOP("InvoiceSheet", "partial final construction invoice")},
    {"877", QT_TRANSLATE_NOOP("InvoiceSheet", "final construction invoice")},
    {"261", QT_TRANSLATE_NOOP("InvoiceSheet", "self-billed credit note")},
};
const Code kPaymentMeans[] = {
    {"1", QT_TRANSLATE_NOOP("InvoiceSheet", "not defined")},
    {"10", QT_TRANSLATE_NOOP("InvoiceSheet", "in cash")},
    {"30", QT_TRANSLATE_NOOP("InvoiceSheet", "credit transfer")},
    {"42", QT_TRANSLATE_NOOP("InvoiceSheet", "payment to bank account")},
    {"48", QT_TRANSLATE_NOOP("InvoiceSheet", "bank card")},
    {"49", QT_TRANSLATE_NOOP("InvoiceSheet", "direct debit")},
    {"57", QT_TRANSLATE_NOOP("InvoiceSheet", "standing agreement")},
    {"58", QT_TRANSLATE_NOOP("InvoiceSheet", "SEPA credit transfer")},
    {"59", QT_TRANSLATE_NOOP("InvoiceSheet", "SEPA direct debit")},
    {"97", QT_TRANSLATE_NOOP("InvoiceSheet", "clearing between partners")},
};
const Code kVatCategories[] = {
    {"S", QT_TRANSLATE_NOOP("InvoiceSheet", "standard rate")},
    {"Z", QT_TRANSLATE_NOOP("InvoiceSheet", "zero rated goods")},
    {"E", QT_TRANSLATE_NOOP("InvoiceSheet", "exempt from tax")},
    {"AE", QT_TRANSLATE_NOOP("InvoiceSheet", "reverse charge")},
    {"K", QT_TRANSLATE_NOOP("InvoiceSheet", "intra-community supply")},
    {"G", QT_TRANSLATE_NOOP("InvoiceSheet", "export outside the EU")},
    {"O", QT_TRANSLATE_NOOP("InvoiceSheet", "not subject to VAT")},
    {"L", QT_TRANSLATE_NOOP("InvoiceSheet", "Canary Islands general indirect tax")},
    {"M", QT_TRANSLATE_NOOP("InvoiceSheet", "tax for production, services and importation in Ceuta and Melilla")},
};


template <size_t N> const char *find(const Code (&codes)[N], const QString &code)
{
    for (const Code &c : codes) {
        if (code == QLatin1String(c.code))
            return c.meaning;
    }
    return nullptr;
}

} // namespace

const char *termName(const QString &term)
{
    static const QHash<QString, const char *> names = [] {
        QHash<QString, const char *> h;
        for (const TermName &t : kTermNames)
            h.insert(QString::fromLatin1(t.term), t.name);
        return h;
    }();
    return names.value(term);
}

const char *meaning(const char *list, const QString &code)
{
    const std::string_view l(list);
    if (l == "type")
        return find(kTypeCodes, code);
    if (l == "payment")
        return find(kPaymentMeans, code);
    if (l == "vat")
        return find(kVatCategories, code);
    return nullptr;
}

} // namespace amtsdesk::sheetterms
