// The mustangproject validator's test files (corpus einvoice/mustang) and the Factur-X fixtures
// (einvoice/factur-x): each read as a clerk's Amtsdesk reads it (PDFs through the worker, the
// schema step on), and compared with the verdict its name states (corpus README). Where
// Amtsdesk's verdict differs for a reason we stand by, the file is listed below with that
// reason and the listing is printed; any other difference fails, and so does a listed file
// that has come to agree (the list must stay true).
#include "support/teststore.h"

#include "invoice/invoicefile.h"
#include "invoice/invoiceschemas.h"
#include "invoice/invoicevalidator.h"
#include "pdf/workerclient.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QMap>

using namespace amtsdesk;

namespace {

enum class Stated { Valid, Invalid, Order, None };

// The corpus README's encoding of the verdicts in the mustang file names.
Stated statedByName(const QString &name)
{
    if (name.startsWith(QStringLiteral("ORDER-X_")))
        return Stated::Order;
    if (name.startsWith(QStringLiteral("valid")) || name == QStringLiteral("roundingDifferenceIsInTolerance.xml"))
        return Stated::Valid;
    if (name.startsWith(QStringLiteral("invalid")) || name.startsWith(QStringLiteral("FAIL_")) ||
        name.startsWith(QStringLiteral("corrupted")) || name.startsWith(QStringLiteral("XMLinvalid")) ||
        name.contains(QStringLiteral("_with_Peppol_violation")))
        return Stated::Invalid;
    return Stated::None;
}

// The Factur-X fixtures are valid for their profile; order-x-* are orders; zugferd-* are
// ZUGFeRD 1.0, which Amtsdesk names and does not read.
Stated statedFacturX(const QString &name)
{
    if (name.startsWith(QStringLiteral("order-x")))
        return Stated::Order;
    if (name.startsWith(QStringLiteral("zugferd-")))
        return Stated::None;
    return Stated::Valid;
}

struct Known {
    const char *file;
    const char *reason;
};

// Files whose stated verdict Amtsdesk does not share, and why.
const char kOldXRechnung[] =
    "an XRechnung 1.x or 2.x (BT-24 names xoev-de:kosit:standard:xrechnung_…), held to XRechnung 3.0, in force "
    "since 1 February 2024: it lacks the business process and the electronic addresses that 3.0 requires "
    "(PEPPOL-EN16931-R001, R010, R020); the KoSIT validator for 3.0 refuses such files altogether";
const char kZugferd1[] = "its XML is ZUGFeRD 1.0 (CrossIndustryDocument), which Amtsdesk names and does not read";
const char kNoSellerIdNoTerms[] =
    "the seller has no identifier, legal registration or VAT identifier (BR-CO-26), and an amount is due "
    "without a due date or payment terms (BR-CO-25): both are fatal rules of EN 16931";

const Known kKnown[] = {
    {"invalidArithmetics.xml", "line 1 says 2 h at 160.00 make 160.00. EN 16931 has no rule for the line net amount; "
                               "PEPPOL-EN16931-R120 checks it, as a warning, in XRechnung invoices only"},
    {"CII_XRechnung_with_Peppol_violation.xml",
     "three document notes: Peppol BIS allows one (PEPPOL-EN16931-R002), but XRechnung 3.0 does not take "
     "that rule over, so under the KoSIT rules the invoice is valid"},
    {"invalidPDF.pdf",
     "the name speaks of the PDF container (its PDF/A-3 conformance), which Amtsdesk does not check; the "
     "invoice data and the XMP metadata are in order"},
    {"roundingDifferenceIsInTolerance.xml",
     "the rounding is within tolerance indeed, but the VAT breakdown of category S gives an exemption reason "
     "(\"Normalsatz\"), which BR-S-10 forbids in EN 16931 and in the Factur-X EXTENDED rules alike"},
    {"valid_Avoir_FR_type380_minimum_factur-x.xml",
     "it refers to a preceding invoice (BT-25, line 54), for which the Factur-X 1.07 MINIMUM schema of the "
     "schema folder has no place; the file was made for a later Factur-X version"},
    {"valid_with_VAT_O.xml", kNoSellerIdNoTerms},
    {"validZREtestZugferd.xml", kNoSellerIdNoTerms},
    {"validV1.xml", kZugferd1},
    {"validV2PDF.pdf", kZugferd1},
    {"validV1WithAdditionalData.pdf", kZugferd1},
    {"validXRechnung.pdf", kOldXRechnung},
    {"validXRv2.xml", kOldXRechnung},
    {"validXRV23.xml", kOldXRechnung},
};

struct Outcome {
    bool read = false;
    bool valid = false;
    bool order = false;
    QString summary; // for the listing
};

Outcome judge(const QString &path, PdfWorker &worker, InvoiceSchemas &schemas)
{
    Outcome o;
    auto file = InvoiceFiles::open(path, &worker);
    if (!file) {
        o.order = file.error().message.contains(QStringLiteral("Order-X"));
        o.summary = QStringLiteral("refused: ") + file.error().message;
        return o;
    }
    o.read = true;
    QList<Finding> findings = schemas.validate(file->invoice).valueOr({});
    findings += file->containerFindings;
    findings += InvoiceValidator::validate(file->invoice);
    QStringList fatal;
    for (const Finding &f : std::as_const(findings)) {
        if (f.severity == FindingSeverity::Fatal && !fatal.contains(f.rule))
            fatal << f.rule;
    }
    o.valid = fatal.isEmpty();
    o.summary = (o.valid ? QStringLiteral("valid") : QStringLiteral("invalid: ") + fatal.join(QStringLiteral(", "))) +
                QStringLiteral(" (%1)").arg(file->profile);
    return o;
}

bool agrees(Stated stated, const Outcome &o)
{
    switch (stated) {
    case Stated::Valid: return o.read && o.valid;
    case Stated::Invalid: return !o.read || !o.valid;
    case Stated::Order: return !o.read && o.order;
    case Stated::None: return true;
    }
    return false;
}

QString statedName(Stated s)
{
    switch (s) {
    case Stated::Valid: return QStringLiteral("valid");
    case Stated::Invalid: return QStringLiteral("invalid");
    case Stated::Order: return QStringLiteral("an order");
    case Stated::None: break;
    }
    return QStringLiteral("no verdict");
}

void runFolder(const QString &folder, Stated (*stated)(const QString &))
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    auto schemas = InvoiceSchemas::open(corpus + QStringLiteral("/einvoice/schemas"));
    REQUIRE(schemas.ok());
    PdfWorker worker;
    QMap<QString, QString> known;
    for (const Known &k : kKnown)
        known.insert(QString::fromUtf8(k.file), QString::fromUtf8(k.reason));

    QStringList files;
    const QDir dir(corpus + QStringLiteral("/einvoice/") + folder);
    for (const QString &sub : {QStringLiteral("."), QStringLiteral("xml"), QStringLiteral("pdf")}) {
        const QDir d(dir.filePath(sub));
        for (const QString &name : d.entryList({QStringLiteral("*.xml"), QStringLiteral("*.pdf")}, QDir::Files))
            files << d.filePath(name);
    }
    REQUIRE(!files.isEmpty());
    int agreeing = 0, stating = 0;
    QStringList listing, unstated;
    for (const QString &path : std::as_const(files)) {
        const QString name = QFileInfo(path).fileName();
        const Stated s = stated(name);
        const Outcome o = judge(path, worker, **schemas);
        if (s == Stated::None) {
            unstated << QStringLiteral("  %1: %2").arg(name, o.summary);
            continue;
        }
        ++stating;
        const bool agree = agrees(s, o);
        INFO(QStringLiteral("%1: named %2, Amtsdesk says %3").arg(name, statedName(s), o.summary).toStdString());
        if (agree) {
            ++agreeing;
            CHECK(!known.contains(name)); // listed as differing, but agrees now: update the list
            continue;
        }
        CHECK(known.contains(name));
        listing << QStringLiteral("  %1: named %2, Amtsdesk says %3\n    because %4")
                       .arg(name, statedName(s), o.summary, known.value(name, QStringLiteral("(no reason known)")));
    }
    WARN(QStringLiteral("%1: %2 of %3 files with a stated verdict agree\n%4\nwithout a stated verdict, judged by "
                        "the official rules:\n%5")
             .arg(folder)
             .arg(agreeing)
             .arg(stating)
             .arg(listing.isEmpty() ? QStringLiteral("  (no differences)") : listing.join(QLatin1Char('\n')))
             .arg(unstated.join(QLatin1Char('\n')))
             .toStdString());
}

} // namespace

TEST_CASE("mustang files: Amtsdesk agrees with their names, or says why not", "[conformance][invoice]")
{
    runFolder(QStringLiteral("mustang"), statedByName);
}

TEST_CASE("Factur-X fixtures: valid for their profile, orders named as orders", "[conformance][invoice]")
{
    runFolder(QStringLiteral("factur-x"), statedFacturX);
}
