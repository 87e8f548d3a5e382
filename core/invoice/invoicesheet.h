#pragma once

#include "invoice/invoicefile.h"
#include "invoice/invoicevalidator.h"

#include <QCoreApplication>
#include <QString>

namespace amtsdesk {

// An e-invoice as a clerk reads it: the sections of the official XRechnung visualisation
// (invoice data, seller, buyer, payee, tax representative, delivery, payment, allowances and
// charges, totals, VAT breakdown, notes, supporting documents, lines), each field with its
// business term (BT-n) and label, its value in plain words (dates, amounts with currency,
// codes with their meaning, Skonto terms, grouped IBANs), and the findings that concern it.
struct SheetField {
    QString term;  // "BT-1"
    QString label; // translated name of the term
    QString value; // for people
    XmlNode node;
    QList<Finding> findings;
};

struct SheetGroup {
    QString term;  // "BG-4"; empty for the invoice data
    QString title; // translated
    XmlNode node;
    QList<SheetField> fields;
    QList<SheetGroup> groups;
    QList<Finding> findings; // those about the group as a whole
    bool empty() const;
};

struct InvoiceSheet {
    Q_DECLARE_TR_FUNCTIONS(InvoiceSheet)

public:
    QString title;   // "Invoice RE-2026-0815 of 20.11.2026"
    QString summary; // the verdict in a sentence
    bool valid = true;
    int fatal = 0, warnings = 0, information = 0;
    QString syntax, profile, container, attachment;
    QList<SheetGroup> groups;
    QList<Finding> general; // findings not under any field shown (and those of the container)

    // findings: as the validator (and the schema step) gave them; they are placed beside the
    // field whose element they concern, or the nearest group.
    static InvoiceSheet build(const InvoiceFile &file, const QList<Finding> &findings);
    // The translated name of a term or group ("BT-27", "BG-4").
    static QString termName(const QString &term);
    // Every business term shown, for the completeness test.
    QStringList terms() const;
    // A self-contained HTML document (tables, no scripts), for the view, printing and PDF.
    QString toHtml() const;
    // The sheet as a PDF/A-1b file (A4), for filing; the file appears only once complete.
    Status writePdfA(const QString &path) const;
    // Any HTML laid out the same way (A4, embedded fonts, PDF/A-1b): notices and reports.
    static Status writeHtmlAsPdfA(const QString &html, const QString &title, const QString &path);
    // For a ZUGFeRD / Factur-X PDF: a note when the PDF's text does not show the amount due of
    // the invoice data (the picture and the data may not be the same invoice); empty otherwise.
    static QString pdfTotalsNote(const EInvoice &invoice, const QStringList &pageTexts);
};

} // namespace amtsdesk
