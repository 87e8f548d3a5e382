#pragma once

#include "common/decimal.h"
#include "invoice/xmltree.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace amtsdesk {

// The semantic model of EN 16931-1 (business terms BT-n, groups BG-n), filled from UBL or CII
// by the readers. Every value keeps the element it was read from (for the position in
// messages) and its text exactly as written: whether a term is there, empty or malformed is
// what many rules are about, so nothing is converted or dropped on reading.

// A business term: the element it came from (null when absent) and its text.
struct Term {
    XmlNode node;
    QString text;

    bool present() const { return !node.isNull(); }
    // Present with some non-whitespace text: XPath's "exists(x) and normalize-space(x) != ''".
    bool filled() const { return present() && !text.trimmed().isEmpty(); }
    QString trimmed() const { return text.trimmed(); }
    // The text as an xs:decimal (optional sign, digits, one point), when it is one.
    std::optional<Decimal> number() const
    {
        if (!present())
            return std::nullopt;
        auto d = Decimal::parse(text.trimmed());
        return d ? std::optional<Decimal>(*d) : std::nullopt;
    }
    // The text as a date: 2026-11-20 (UBL) or 20261120 (CII, format 102); invalid otherwise.
    QDate date() const
    {
        const QString s = text.trimmed();
        const QDate d = QDate::fromString(s, QStringLiteral("yyyyMMdd"));
        return d.isValid() ? d : QDate::fromString(s, Qt::ISODate);
    }
};

// An identifier or code with its scheme or list (an attribute of the same element).
struct SchemedTerm : Term {
    bool hasScheme = false;
    QString scheme;
};

// An amount and its currency attribute.
struct AmountTerm : Term {
    bool hasCurrency = false;
    QString currency;
};

// A quantity and its unit code attribute.
struct QuantityTerm : Term {
    bool hasUnit = false;
    QString unit;
};

// A binary object (BT-125) with its MIME code and file name.
struct BinaryTerm : Term {
    QString mimeCode;
    QString fileName;
    bool hasMimeCode = false;
    bool hasFileName = false;
};

struct PostalAddress { // BG-5, BG-8, BG-12, BG-15
    XmlNode node;      // the address element; null when the group is absent
    Term line1, line2, line3, city, postCode, subdivision;
    Term country; // the country code
    bool present() const { return !node.isNull(); }
};

struct Contact { // BG-6, BG-9
    XmlNode node;
    Term name, telephone, email;
    bool present() const { return !node.isNull(); }
};

struct Party { // BG-4 seller, BG-7 buyer, BG-10 payee, BG-11 tax representative, BG-13 deliver to
    XmlNode node;
    QList<SchemedTerm> identifiers; // BT-29, BT-46, BT-60, BT-71
    Term name;                      // BT-27, BT-44, BT-59, BT-62, BT-70
    Term tradingName;               // BT-28, BT-45
    SchemedTerm legalRegistration;  // BT-30, BT-47, BT-61
    Term vatIdentifier;             // BT-31, BT-48, BT-63
    Term taxRegistration;           // BT-32 (seller's local tax number)
    Term additionalLegalInfo;       // BT-33
    SchemedTerm electronicAddress;  // BT-34, BT-49
    PostalAddress address;          // BG-5, BG-8, BG-12, BG-15
    Contact contact;                // BG-6, BG-9
    bool present() const { return !node.isNull(); }
};

struct Period { // BG-14, BG-26
    XmlNode node;
    Term start, end;
    bool present() const { return !node.isNull(); }
};

struct PrecedingInvoice { // BG-3
    XmlNode node;
    Term reference; // BT-25
    Term issueDate; // BT-26
};

struct SupportingDocument { // BG-24
    XmlNode node;
    Term reference;        // BT-122
    Term typeCode;         // CII TypeCode / UBL DocumentTypeCode (916 for BG-24)
    Term description;      // BT-123
    Term externalLocation; // BT-124
    BinaryTerm attachment; // BT-125
};

struct PaymentMeans { // BG-16
    XmlNode node;
    Term typeCode;    // BT-81
    Term text;        // BT-82
    Term remittance;  // BT-83
    struct Transfer { // BG-17
        XmlNode node;
        Term account;         // BT-84 (IBAN or proprietary)
        Term accountName;     // BT-85
        Term serviceProvider; // BT-86
    };
    QList<Transfer> transfers;
    XmlNode cardNode;        // BG-18
    Term cardNumber;         // BT-87
    Term cardHolder;         // BT-88
    XmlNode directDebitNode; // BG-19
    Term mandate;            // BT-89
    Term debitedAccount;     // BT-91
};

struct AllowanceCharge { // BG-20, BG-21 (document) and BG-27, BG-28 (line)
    XmlNode node;
    bool isCharge = false;
    Term indicator;        // the charge indicator as written
    AmountTerm amount;     // BT-92, BT-99, BT-136, BT-141
    AmountTerm baseAmount; // BT-93, BT-100, BT-137, BT-142
    Term percentage;       // BT-94, BT-101, BT-138, BT-143
    Term vatCategory;      // BT-95, BT-102 (document level only)
    Term vatRate;          // BT-96, BT-103
    Term reason;           // BT-97, BT-104, BT-139, BT-144
    Term reasonCode;       // BT-98, BT-105, BT-140, BT-145
};

struct VatBreakdown { // BG-23
    XmlNode node;
    AmountTerm taxableAmount; // BT-116
    AmountTerm taxAmount;     // BT-117
    Term category;            // BT-118
    Term rate;                // BT-119
    Term exemptionReason;     // BT-120
    Term exemptionReasonCode; // BT-121
    Term dueDateCode;         // BT-8 (CII carries it here)
};

struct InvoiceLine { // BG-25
    XmlNode node;
    Term id;                            // BT-126
    Term note;                          // BT-127
    SchemedTerm objectId;               // BT-128
    QuantityTerm quantity;              // BT-129, BT-130
    AmountTerm netAmount;               // BT-131
    Term orderLineReference;            // BT-132
    Term accountingReference;           // BT-133
    Period period;                      // BG-26
    QList<AllowanceCharge> allowances;  // BG-27
    QList<AllowanceCharge> charges;     // BG-28
    XmlNode priceNode;                  // BG-29
    AmountTerm netPrice;                // BT-146
    AmountTerm priceDiscount;           // BT-147
    AmountTerm grossPrice;              // BT-148
    QuantityTerm priceBaseQuantity;     // BT-149, BT-150
    Term vatCategory;                   // BT-151
    Term vatRate;                       // BT-152
    Term itemName;                      // BT-153
    Term itemDescription;               // BT-154
    Term sellersItemId;                 // BT-155
    Term buyersItemId;                  // BT-156
    SchemedTerm standardItemId;         // BT-157
    QList<SchemedTerm> classifications; // BT-158
    Term originCountry;                 // BT-159
    struct Attribute {                  // BG-32
        XmlNode node;
        Term name;  // BT-160
        Term value; // BT-161
    };
    QList<Attribute> attributes;
    QList<InvoiceLine> subLines; // XRechnung extension: sub invoice lines (UBL) / parent line ids (CII)
};

enum class InvoiceSyntax { Ubl, Cii };

struct EInvoice {
    InvoiceSyntax syntax = InvoiceSyntax::Ubl;
    bool creditNote = false;       // a UBL CreditNote (CII tells it by BT-3 only)
    std::shared_ptr<XmlTree> tree; // keeps every node alive
    XmlNode root;

    Term number;                   // BT-1
    Term issueDate;                // BT-2
    Term typeCode;                 // BT-3
    Term currency;                 // BT-5
    Term vatCurrency;              // BT-6
    Term taxPointDate;             // BT-7
    Term vatDueDateCode;           // BT-8 (UBL: header; CII: in the VAT breakdown)
    Term paymentDueDate;           // BT-9
    Term buyerReference;           // BT-10
    Term projectReference;         // BT-11
    Term contractReference;        // BT-12
    Term purchaseOrder;            // BT-13
    Term salesOrder;               // BT-14
    Term receivingAdvice;          // BT-15
    Term despatchAdvice;           // BT-16
    Term tenderReference;          // BT-17
    SchemedTerm invoicedObject;    // BT-18
    Term buyerAccountingReference; // BT-19
    QList<Term> paymentTerms;      // BT-20 (UBL: one per PaymentTerms/Note; CII: per Description)
    struct Note {                  // BG-1
        XmlNode node;
        Term subjectCode; // BT-21
        Term text;        // BT-22
    };
    QList<Note> notes;
    Term processId;                                // BT-23
    Term specificationId;                          // BT-24
    QList<PrecedingInvoice> precedingInvoices;     // BG-3
    Party seller;                                  // BG-4
    Party buyer;                                   // BG-7
    Party payee;                                   // BG-10
    Party taxRepresentative;                       // BG-11
    Party deliverTo;                               // BG-13 (and its location id BT-71 in identifiers)
    Term creditorId;                               // BT-90 (UBL: a seller or payee identifier with scheme SEPA)
    Term deliveryDate;                             // BT-72
    Period invoicingPeriod;                        // BG-14
    QList<PaymentMeans> paymentMeans;              // BG-16
    QList<AllowanceCharge> allowances;             // BG-20
    QList<AllowanceCharge> charges;                // BG-21
    XmlNode totalsNode;                            // BG-22
    AmountTerm lineTotal;                          // BT-106
    AmountTerm allowanceTotal;                     // BT-107
    AmountTerm chargeTotal;                        // BT-108
    AmountTerm totalWithoutVat;                    // BT-109
    QList<AmountTerm> vatTotals;                   // BT-110 and BT-111: each tax total amount with its currency
    AmountTerm totalWithVat;                       // BT-112
    AmountTerm prepaid;                            // BT-113
    AmountTerm rounding;                           // BT-114
    AmountTerm amountDue;                          // BT-115
    QList<VatBreakdown> vatBreakdown;              // BG-23
    QList<SupportingDocument> supportingDocuments; // BG-24
    QList<InvoiceLine> lines;                      // BG-25

    // BT-110: the tax total in the invoice currency (BT-5), if given.
    const AmountTerm *vatTotalInInvoiceCurrency() const;
    // BT-111: the tax total in the VAT accounting currency (BT-6), if given.
    const AmountTerm *vatTotalInVatCurrency() const;
};

} // namespace amtsdesk
