#pragma once

#include <QList>
#include <QString>

namespace amtsdesk {

// The material the scale generator builds a district's records from: the file plan of the
// departments that keep files, what their files are about, the kinds of documents in them, and
// the names and places of the invented Landkreis Musterfeld. Data only.
struct ScalePlanUnit {
    const char *key;
    const char *title;
    const char *parent;     // nullptr: a top-level unit
    const char *department; // code, as DemoDistrict creates them
    int retentionYears;
    int weight = 0;         // share of the files (leaves only; 0: not a leaf)
    bool restricted = false; // its files are VS-NfD
    // File subjects with {name}, {street}, {place}, {year}, {company}; case subjects; document kinds.
    QList<const char *> fileSubjects = {};
    QList<const char *> caseSubjects = {};
    QList<const char *> documentKinds = {};
};

// A line an invoice to the district may carry: name, unit (UN/ECE Rec. 20), net price, VAT rate.
struct ScaleInvoiceItem {
    const char *name;
    const char *unit;
    const char *price;
    const char *rate;
};

struct ScaleCatalogue {
    static const QList<ScalePlanUnit> &units();
    static const QList<const char *> &firstNames();
    static const QList<const char *> &lastNames();
    static const QList<const char *> &streets();
    static const QList<const char *> &places();
    static const QList<const char *> &companies();
    // Documents that run long (reports, plans, expert opinions).
    static const QList<const char *> &longDocumentKinds();
    static const QList<const char *> &noteTexts();
    static const QList<const char *> &resubmissionReasons();
    static const QList<ScaleInvoiceItem> &invoiceItems();
};

} // namespace amtsdesk
