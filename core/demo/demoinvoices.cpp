#include "demo/demoinvoices.h"

#include "access/accessservice.h"
#include "demo/demoletter.h"
#include "invoice/inbox/invoiceexport.h"
#include "invoice/inbox/invoiceinbox.h"
#include "invoice/invoicewriter.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <iterator>
#include <QTemporaryDir>

namespace amtsdesk {

namespace {

// Leitweg-IDs of the Landkreis Musterfeld (an invented Grobadressierung 034590000000 with
// check digits after ISO/IEC 7064 MOD 97-10) and the departments they route to.
struct DemoRoute {
    const char *leitwegId;
    const char *department;
    const char *note;
};
const DemoRoute kRoutes[] = {
    {"034590000000-10300-47", "10.3", "IT-Beschaffung"},
    {"034590000000-10000-74", "10", "Zentrale Dienste, Bürobedarf"},
    {"034590000000-40000-90", "40", "Schulträgeraufgaben"},
    {"034590000000-63000-57", "63", "Bauaufsicht"},
    {"034590000000-70000-09", "70", "Umwelt"},
    {"034590000000-36000-62", "36", "Zulassungsstelle"},
};

struct DemoSeller {
    const char *name, *street, *postcode, *city, *vatId, *iban, *contact, *phone, *email;
};
const DemoSeller kSellers[] = {
    {"Bürobedarf Krüger GmbH", "Lister Meile 12", "30161", "Hannover", "DE811234567", "DE89370400440532013000",
     "Sabine Krüger", "0511 445566", "rechnung@krueger-buero.example"},
    {"Systemhaus Nordlicht GmbH", "Speicherstadt 3", "20457", "Hamburg", "DE298765432", "DE02120300000000202051",
     "Jens Petersen", "040 987650", "faktura@nordlicht-it.example"},
    {"Schulmöbel Weber KG", "Industriestraße 40", "33602", "Bielefeld", "DE176543210", "DE02100100100006820101",
     "Martina Weber", "0521 30405", "buchhaltung@schulmoebel-weber.example"},
    {"Druckerei Hansen e.K.", "Am Markt 7", "24937", "Flensburg", "DE143219876", "DE02200505501015871393", "Ole Hansen",
     "0461 22334", "hansen@druckerei-hansen.example"},
    {"Kfz-Schilder Becker GmbH", "Bahnhofstraße 5", "49074", "Osnabrück", "DE267891234", "DE02500105170137075030",
     "Frank Becker", "0541 77889", "info@schilder-becker.example"},
    {"Gartenbau Lindemann GmbH", "Feldweg 18", "26121", "Oldenburg", "DE312457896", "DE02300209000106531065",
     "Petra Lindemann", "0441 556677", "rechnungen@lindemann-gartenbau.example"},
    {"Ingenieurbüro Schröder & Partner", "Kaiserstraße 21", "44135", "Dortmund", "DE199887766",
     "DE02370502990000684712", "Dr. Uwe Schröder", "0231 123400", "rechnung@ib-schroeder.example"},
};

struct DemoLine {
    const char *name;
    const char *quantity;
    const char *unit;
    const char *price;
    const char *rate;
};

struct DemoInvoice {
    const char *number;
    int seller; // into kSellers
    int route;  // into kRoutes; -1: a Leitweg-ID nobody knows
    bool cii;
    int issuedDaysAgo;
    int dueInDays;  // BT-9 from the issue date; 0: none given (30 days by law)
    int skontoDays; // 0: no Skonto
    QList<DemoLine> lines;
    // How far it has come: received, checked, factual, arithmetic, ordered, exported.
    const char *stage;
};

const QList<DemoInvoice> &demoInvoices()
{
    static const QList<DemoInvoice> invoices = {
        {"KR-2026-4711",
         0,
         1,
         false,
         12,
         30,
         14,
         {{"Kopierpapier A4, 80 g, Karton à 2500 Blatt", "12", "C62", "24.90", "19"},
          {"Ordner breit, blau", "60", "C62", "2.35", "19"}},
         "checked"},
        {"KR-2026-4790", 0, 1, true, 5, 30, 10, {{"Toner HP 59X, schwarz", "8", "C62", "129.00", "19"}}, "checked"},
        {"NL-26-00318",
         1,
         0,
         false,
         20,
         14,
         0,
         {{"Notebook 14\", 16 GB RAM, 512 GB SSD", "10", "C62", "989.00", "19"},
          {"Einrichtung und Inventarisierung", "5", "HUR", "95.00", "19"}},
         "factual"},
        {"NL-26-00341",
         1,
         0,
         true,
         9,
         30,
         7,
         {{"Lizenz Fachverfahren, Jahresgebühr 2027", "1", "C62", "14800.00", "19"}},
         "arithmetic"},
        {"NL-26-00355", 1, 0, false, 3, 30, 0, {{"Dockingstation USB-C", "25", "C62", "149.00", "19"}}, "ordered"},
        {"SMW-2026-118",
         2,
         2,
         true,
         15,
         30,
         14,
         {{"Schülertisch höhenverstellbar", "30", "C62", "189.00", "19"},
          {"Schülerstuhl Gr. 6", "60", "C62", "79.50", "19"},
          {"Lieferung und Montage", "1", "C62", "650.00", "19"}},
         "checked"},
        {"SMW-2026-131",
         2,
         2,
         false,
         40,
         30,
         0,
         {{"Lehrertisch mit Schubfach", "4", "C62", "412.00", "19"}},
         "checked"},
        {"DH-26-0077",
         3,
         1,
         false,
         8,
         21,
         0,
         {{"Briefbogen Landkreis, 4c, 5000 Stück", "2", "C62", "185.00", "19"},
          {"Broschüre \"Digitales Amt\", 24 Seiten", "1000", "C62", "0.92", "7"}},
         "factual"},
        {"DH-26-0081",
         3,
         5,
         true,
         2,
         30,
         0,
         {{"Informationsflyer Zulassung, 2000 Stück", "1", "C62", "240.00", "7"}},
         "received"},
        {"KSB-11872",
         4,
         5,
         false,
         18,
         14,
         0,
         {{"Kfz-Kennzeichen DIN 74069, Paar", "400", "C62", "11.20", "19"}},
         "exported"},
        {"KSB-11901", 4, 5, true, 6, 14, 0, {{"Kfz-Kennzeichen Saison, Paar", "80", "C62", "12.40", "19"}}, "checked"},
        {"GL-2026-0412",
         5,
         4,
         false,
         25,
         30,
         0,
         {{"Pflege Ausgleichsfläche Mühlenbach", "32", "HUR", "48.00", "19"},
          {"Entsorgung Grünschnitt", "6", "TNE", "38.00", "19"}},
         "exported"},
        {"GL-2026-0433",
         5,
         4,
         true,
         4,
         30,
         10,
         {{"Baumkontrolle Kreisstraßen, Los 2", "1", "C62", "2380.00", "19"}},
         "checked"},
        {"IBS-2026-027",
         6,
         3,
         false,
         10,
         30,
         0,
         {{"Statische Prüfung Bauantrag 63-2026-0147", "1", "C62", "1870.00", "19"}},
         "checked"},
        {"IBS-2026-031", 6, 3, true, 1, 30, 0, {{"Prüfstatik Nachtrag", "6", "HUR", "118.00", "19"}}, "received"},
        {"NL-26-00360", 1, -1, false, 4, 30, 0, {{"Fernwartung Netzwerk", "3", "HUR", "110.00", "19"}}, "received"},
    };
    return invoices;
}

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

InvoiceDraft draftOf(const DemoInvoice &in, QDate today)
{
    InvoiceDraft d = DemoInvoices::supplierDraft(
        in.seller,
        in.route >= 0 ? QString::fromLatin1(kRoutes[in.route].leitwegId) : DemoInvoices::unknownLeitwegId(),
        today.addDays(-in.issuedDaysAgo), in.skontoDays);
    d.syntax = in.cii ? InvoiceSyntax::Cii : InvoiceSyntax::Ubl;
    d.number = QString::fromUtf8(in.number);
    d.deliveryDate = d.issueDate.addDays(-2);
    if (in.dueInDays > 0)
        d.dueDate = d.issueDate.addDays(in.dueInDays);
    for (const DemoLine &l : in.lines)
        d.lines << InvoiceDraftLine{
            {},           QString::fromUtf8(l.name), dec(l.quantity), QString::fromLatin1(l.unit),
            dec(l.price), QStringLiteral("S"),       dec(l.rate)};
    return d;
}

// The clerk of the ordering department who confirms it factually.
const char *factualApprover(const QString &department)
{
    static const QHash<QString, const char *> clerks{{QStringLiteral("10"), "j.hoffmann"},
                                                     {QStringLiteral("40"), "v.weber"},
                                                     {QStringLiteral("63"), "u.krause"},
                                                     {QStringLiteral("70"), "o.schmid"},
                                                     {QStringLiteral("36"), "m.yilmaz"}};
    return clerks.value(department, nullptr);
}

} // namespace

int DemoInvoices::supplierCount()
{
    return int(std::size(kSellers));
}

QStringList DemoInvoices::leitwegIds()
{
    QStringList ids;
    for (const DemoRoute &r : kRoutes)
        ids << QString::fromLatin1(r.leitwegId);
    return ids;
}

QString DemoInvoices::unknownLeitwegId()
{
    return QStringLiteral("034590000000-99000-75");
}

InvoiceDraft DemoInvoices::supplierDraft(int supplier, const QString &leitwegId, QDate issued, int skontoDays)
{
    const DemoSeller &s = kSellers[supplier % supplierCount()];
    InvoiceDraft d;
    d.issueDate = issued;
    d.buyerReference = leitwegId;
    d.seller = InvoiceParty{QString::fromUtf8(s.name),
                            QString::fromUtf8(s.street),
                            QString::fromUtf8(s.postcode),
                            QString::fromUtf8(s.city),
                            QStringLiteral("DE"),
                            QString::fromLatin1(s.vatId),
                            {},
                            {},
                            QString::fromLatin1(s.email),
                            QStringLiteral("EM"),
                            QString::fromUtf8(s.contact),
                            QString::fromLatin1(s.phone),
                            QString::fromLatin1(s.email)};
    d.buyer = InvoiceParty{QStringLiteral("Landkreis Musterfeld"),
                           QStringLiteral("Kreishausplatz 1"),
                           QStringLiteral("31999"),
                           QStringLiteral("Musterfeld"),
                           QStringLiteral("DE"),
                           {},
                           {},
                           {},
                           d.buyerReference,
                           QStringLiteral("0204"),
                           {},
                           {},
                           {}};
    d.iban = QString::fromLatin1(s.iban);
    d.accountName = QString::fromUtf8(s.name);
    d.paymentTerms = skontoDays > 0 ? InvoiceWriter::skontoLine(skontoDays, dec("2")) +
                                          QStringLiteral("Zahlbar innerhalb von 30 Tagen ohne Abzug.")
                                    : QStringLiteral("Zahlbar ohne Abzug bis zum Fälligkeitsdatum.");
    return d;
}

Status DemoInvoices::fill(Database &db, const QString &adminLogin, PdfWorker *worker)
{
    if (db.kind() != StoreKind::Demo)
        return Error::invalid(tr("Demo data goes only into a demo store, never into a real one."));
    AccessService access(db);
    auto admin = access.actorForLogin(adminLogin);
    if (!admin)
        return admin.error();
    InvoiceInbox inbox(db);
    for (const DemoRoute &r : kRoutes) {
        if (Status s = inbox.setRoute(*admin, QString::fromLatin1(r.leitwegId), QString::fromLatin1(r.department),
                                      QString::fromUtf8(r.note));
            !s)
            return s;
    }
    InvoiceExport exporter(db);
    if (Status s = exporter.setFilePlanKey(*admin, QStringLiteral("0.3")); !s)
        return s;

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::io(tr("No temporary folder can be made for the demo invoices."));
    const QDate today = db.clock().today();
    auto write = [&](const QString &name, const QByteArray &bytes) -> Result<QString> {
        const QString path = scratch.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return Error::io(tr("%1 cannot be written: %2").arg(path, f.errorString()));
        return path;
    };
    auto actorFor = [&](const char *login) { return access.actorForLogin(QString::fromLatin1(login)); };

    QList<QPair<InvoiceId, QString>> taken; // id, stage
    for (const DemoInvoice &in : demoInvoices()) {
        auto bytes = InvoiceWriter::write(draftOf(in, today));
        if (!bytes)
            return bytes.error();
        const QString name =
            QString::fromLatin1(in.number) + (in.cii ? QStringLiteral("_cii.xml") : QStringLiteral("_ubl.xml"));
        auto path = write(name, *bytes);
        if (!path)
            return path.error();
        auto r = inbox.importFile(*admin, *path, InvoiceChannel::Demo, worker);
        if (!r)
            return r.error();
        taken << qMakePair(r->id, QString::fromLatin1(in.stage));
    }

    // A duplicate: the office supplier sends its invoice again, this time as CII.
    {
        DemoInvoice again = demoInvoices().first();
        again.cii = true;
        auto bytes = InvoiceWriter::write(draftOf(again, today));
        if (!bytes)
            return bytes.error();
        auto path = write(QStringLiteral("KR-2026-4711_nochmals.xml"), *bytes);
        if (!path)
            return path.error();
        if (auto r = inbox.importFile(*admin, *path, InvoiceChannel::Demo, worker); !r)
            return r.error();
    }
    // Two that break rules: a total that does not add up, and a missing seller contact.
    {
        auto bytes = InvoiceWriter::write(draftOf(demoInvoices().at(6), today)); // UBL
        if (!bytes)
            return bytes.error();
        QByteArray broken = *bytes;
        broken.replace("SMW-2026-131", "SMW-2026-140");
        broken.replace("<cbc:PayableAmount currencyID=\"EUR\">", "<cbc:PayableAmount currencyID=\"EUR\">1");
        auto path = write(QStringLiteral("SMW-2026-140.xml"), broken);
        if (!path)
            return path.error();
        if (auto r = inbox.importFile(*admin, *path, InvoiceChannel::Demo, worker); !r)
            return r.error();
        DemoInvoice noContact = demoInvoices().at(10);
        InvoiceDraft d = draftOf(noContact, today);
        d.number = QStringLiteral("KSB-11920");
        auto contactless = InvoiceWriter::write(d);
        if (!contactless)
            return contactless.error();
        QByteArray stripped = *contactless;
        const int from = int(stripped.indexOf("<ram:DefinedTradeContact>"));
        const int to = int(stripped.indexOf("</ram:DefinedTradeContact>"));
        if (from > 0 && to > from)
            stripped.remove(from, to - from + int(qstrlen("</ram:DefinedTradeContact>")));
        path = write(QStringLiteral("KSB-11920.xml"), stripped);
        if (!path)
            return path.error();
        if (auto r = inbox.importFile(*admin, *path, InvoiceChannel::Demo, worker); !r)
            return r.error();
    }
    // A scanned paper invoice sent by mistake: a PDF without invoice data.
    {
        auto path = write(QStringLiteral("Rechnung_Scan_0815.pdf"),
                          demoLetterPdf(QStringLiteral("Rechnung 0815"),
                                        {QStringLiteral("Rechnung 0815"),
                                         QStringLiteral("Für Reparaturarbeiten am Dienstfahrzeug MF-LK 112 berechnen "
                                                        "wir 412,30 EUR. Bitte überweisen Sie den Betrag.")}));
        if (!path)
            return path.error();
        if (auto r = inbox.importFile(*admin, *path, InvoiceChannel::Demo, worker); !r)
            return r.error();
    }

    // Along the approval: the department's clerk (or the person running the demo, for IT),
    // Katrin Wolf of the Kämmerei for the arithmetic, Frank Neumann orders the payment. Katrin
    // Wolf may order payments too, but not of invoices she checked: four eyes.
    auto checker = actorFor("k.wolf");
    auto payer = actorFor("f.neumann");
    if (!checker || !payer)
        return !checker ? checker.error() : payer.error();
    static const QStringList order{QStringLiteral("checked"), QStringLiteral("factual"), QStringLiteral("arithmetic"),
                                   QStringLiteral("ordered"), QStringLiteral("exported")};
    auto advance = [&](InvoiceId id, int reach) -> Status {
        auto record = inbox.invoice(*admin, id);
        if (!record)
            return record.error();
        const char *login = factualApprover(record->departmentCode);
        auto clerk = login ? actorFor(login) : admin;
        if (!clerk)
            return clerk.error();
        QString centre = QStringLiteral("KST-") + record->departmentCode;
        centre.remove(QLatin1Char('.'));
        if (Status s = inbox.approveFactually(
                *clerk, id,
                {{centre, QStringLiteral("1.%1.0100.523100").arg(record->departmentCode), *record->payableAmount}});
            !s)
            return s;
        if (reach >= 2) {
            if (Status s = inbox.take(*checker, id, QStringLiteral("approve_arithmetically"), {}); !s)
                return s;
        }
        if (reach >= 3)
            return inbox.take(*payer, id, QStringLiteral("order_payment"), {});
        return {};
    };
    // First those handed over to the finance software (into a folder beside the store), so
    // that the e-file holds filed invoices; the others stay where the table says.
    for (const auto &[id, stage] : std::as_const(taken)) {
        if (stage == QStringLiteral("exported")) {
            if (Status s = advance(id, 3); !s)
                return s;
        }
    }
    const QString folder = QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("finance-export"));
    if (!QDir().mkpath(folder))
        return Error::io(tr("The folder %1 cannot be made.").arg(folder));
    auto exported = exporter.exportReleased(*payer, folder, worker);
    if (!exported)
        return exported.error();
    for (const auto &[id, stage] : std::as_const(taken)) {
        const int reach = int(order.indexOf(stage));
        if (reach >= 1 && reach <= 3) {
            if (Status s = advance(id, reach); !s)
                return s;
        }
    }
    return {};
}

} // namespace amtsdesk
