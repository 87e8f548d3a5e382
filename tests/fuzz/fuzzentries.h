#pragma once

// What each fuzz target does with its bytes, shared by the libFuzzer targets (tools/fuzz) and the
// test that replays the inputs kept under tests/fuzz/regressions. An input passes when the call
// returns: any outcome is fine, a crash, a hang or a sanitizer report is not.
#include "access/accessservice.h"
#include "efile/fileplan.h"
#include "invoice/invoicefile.h"
#include "invoice/invoicesheet.h"
#include "invoice/invoicevalidator.h"
#include "pdf/pdfdocument.h"
#include "programme/ozgservices.h"
#include "search/searchquery.h"
#include "store/database.h"
#include "store/transaction.h"
#include "workflow/workflowdefinition.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>

namespace amtsdesk::fuzz {

// An e-invoice's XML: read (UBL or CII), every rule, the readable view.
inline void invoice(const QByteArray &bytes)
{
    auto file = InvoiceFiles::fromXml(bytes, QStringLiteral("fuzz.xml"));
    if (!file)
        return;
    const QList<Finding> findings = InvoiceFiles::check(*file);
    const InvoiceSheet sheet = InvoiceSheet::build(*file, findings);
    (void)sheet.toHtml();
}

// A ZUGFeRD / Factur-X PDF: opened by Poppler, its embedded files and XMP packet taken out (as
// the worker does, here in process), the invoice in them read and checked.
inline void zugferd(const QByteArray &bytes)
{
    auto document = PdfDocument::openData(bytes);
    if (!document)
        return;
    const QList<EmbeddedFile> attachments = (*document)->embeddedFiles();
    auto file = InvoiceFiles::fromAttachments(attachments, (*document)->xmpMetadata(), QStringLiteral("fuzz.pdf"));
    if (file)
        (void)InvoiceFiles::check(*file);
}

// A search as a person types it, with the filters the search page knows.
inline void searchQuery(const QByteArray &bytes)
{
    static const QStringList filters{QStringLiteral("akte"), QStringLiteral("von"), QStringLiteral("bis"),
                                     QStringLiteral("typ"), QStringLiteral("status")};
    (void)SearchQuery::parse(QString::fromUtf8(bytes), filters);
}

// A workflow definition as an administrator installs it.
inline void workflowDefinition(const QByteArray &bytes)
{
    (void)WorkflowDefinition::parse(bytes, QStringLiteral("fuzz.json"));
}

// A store made once per process, with its administrator and one department, for the targets
// that import into a store (most inputs are refused whole, so it rarely grows).
struct FuzzStore {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Actor admin;
};

inline FuzzStore &fuzzStore()
{
    static FuzzStore *store = [] {
        auto *s = new FuzzStore;
        auto db = Database::create(s->dir.filePath(QStringLiteral("fuzz.sqlite")), StoreKind::Test);
        if (!db)
            qFatal("fuzz: no store: %s", qPrintable(db.error().message));
        s->db = std::move(*db);
        // Durability is not what is fuzzed: without a sync per commit the imports run many times faster.
        (void)s->db->exec(QStringLiteral("PRAGMA synchronous = OFF"));
        AccessService access(*s->db);
        if (!access.bootstrap(QStringLiteral("admin"), QStringLiteral("Admin")) ||
            !access.createDepartment(*access.actorForLogin(QStringLiteral("admin")), QStringLiteral("10"),
                                     QStringLiteral("Zentrale Dienste")))
            qFatal("fuzz: the store cannot be set up");
        s->admin = *access.actorForLogin(QStringLiteral("admin"));
        return s;
    }();
    return *store;
}

// A file plan as CSV, imported into the process's store (nothing is written when a row does
// not fit, so most inputs leave it as it was).
inline void filePlanCsv(const QByteArray &bytes)
{
    FuzzStore &store = fuzzStore();
    (void)FilePlan(*store.db).importCsv(store.admin, bytes, QStringLiteral("fuzz.csv"));
}

// The OZG / LeiKa catalogue as CSV (the format of the OZG catalogue 2019), imported into the
// process's store over a catalogue of three services (rows that fit are added or update one of
// them, the others are listed), then rolled back: each input meets the same catalogue.
inline void ozgCatalogue(const QByteArray &bytes)
{
    FuzzStore &store = fuzzStore();
    static const bool catalogue = [&] {
        const QByteArray csv = "leika_key,leika_name,leika_type,ozg_id,ozg_name,life_situation,topic\n"
                               "99012001000000,Abbruchgenehmigung,4,10513,Abbruchgenehmigung,Bauen & Immobilien,"
                               "Bauen & Wohnen\n"
                               "99088018034000,Abendgymnasium Aufnahme,4,10041,Schulaufnahme und -wechsel,Schule,"
                               "Bildung\n"
                               "nicht im LeiKa,(Baumuster-) Prüfung von Gefahrengutverpackungen,1,10478,"
                               "Produkt- und Stoffzulassung,Anlagen & Stoffe,Umwelt\n";
        return OzgServices(*store.db).importCatalogue(store.admin, csv, QStringLiteral("catalogue.csv")).ok();
    }();
    (void)catalogue;
    Transaction tx(*store.db);
    (void)OzgServices(*store.db).importCatalogue(store.admin, bytes, QStringLiteral("fuzz.csv"));
    tx.rollback();
}

} // namespace amtsdesk::fuzz
