#include "demo/demorecords.h"

#include "access/accessservice.h"
#include "common/clock.h"
#include "demo/demoletter.h"
#include "efile/documentindexer.h"
#include "efile/documentservice.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "efile/resubmissions.h"
#include "store/database.h"
#include "workflow/workflowengine.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

namespace amtsdesk {

namespace {

// The file plan: keys after the pattern of a district's Einheitsaktenplan, one department each.
struct DemoUnit {
    const char *key;
    const char *title;
    const char *parent;
    const char *department;
    int retentionYears;
};

const DemoUnit kUnits[] = {
    {"0", "Allgemeine Verwaltung", nullptr, "10", 10},
    {"0.1", "Organisation, IT und Digitalisierung", "0", "10.3", 10},
    {"0.2", "Beschaffung", "0", "10", 10},
    {"0.3", "Haushalt, Kasse und Rechnungswesen", "0", "20", 10},
    {"1", "Öffentliche Sicherheit und Ordnung", nullptr, "32", 10},
    {"1.2", "Gewerbe- und Gaststättenrecht", "1", "32", 10},
    {"1.4", "Katastrophenschutz", "1", "32", 30},
    {"6", "Bauen und Wohnen", nullptr, "63", 30},
    {"6.1", "Baugenehmigungen", "6", "63", 30},
    {"6.2", "Bauordnungsrechtliche Verfahren", "6", "63", 30},
    {"7", "Umwelt", nullptr, "70", 10},
    {"7.1", "Immissionsschutz", "7", "70", 30},
};

struct DemoDocument {
    const char *fileName; // .pdf: a letter; .txt: plain text
    const char *sender;
    int daysAgo;
    QStringList text; // the first paragraph is the heading
};

struct DemoCase {
    const char *subject;
    // The workflow steps taken on it, in order, with their fields (resubmission_date: days from today).
    QStringList steps;
    QList<DemoDocument> documents;
    const char *note = nullptr;
    int resubmissionInDays = -1; // a Wiedervorlage for the clerk, due in so many days
    const char *resubmissionReason = nullptr;
};

struct DemoFile {
    const char *planKey;
    const char *subject;
    QString clerk; // login
    Confidentiality confidentiality;
    QList<DemoCase> cases;
};

QList<DemoFile> currentFiles(const QString &ownLogin)
{
    return {
        {"0.1",
         "OZG-Umsetzung: Onlinedienst Wohngeld",
         ownLogin,
         Confidentiality::Open,
         {{"Anbindung an das Landesportal",
           {QStringLiteral("start_work")},
           {{"Projektskizze Wohngeld online.pdf",
             "IT und digitale Verwaltung",
             40,
             {QStringLiteral("Projektskizze: Onlinedienst Wohngeld nach dem Einer-für-Alle-Prinzip"),
              QStringLiteral("Landkreis Musterfeld – IT und digitale Verwaltung – Stand: Entwurf"), QString(),
              QStringLiteral(
                  "Ziel: Bürgerinnen und Bürger beantragen Wohngeld vollständig online über das Landesportal. Der "
                  "Antrag "
                  "kommt als strukturierter Datensatz im Fachverfahren an; Nachweise werden als PDF angehängt."),
              QStringLiteral(
                  "Beteiligt sind der Fachdienst Soziales (fachliche Verantwortung), die IT und digitale Verwaltung "
                  "(Anbindung, Betrieb) und der Datenschutzbeauftragte. Die Schnittstelle zum Fachverfahren wird mit "
                  "dem Hersteller abgestimmt; Testdaten liefert die Wohngeldstelle."),
              QStringLiteral(
                  "Meilensteine: Anbindung Testumgebung bis Ende des Quartals, Pilotbetrieb mit zwei "
                  "Sachbearbeiterinnen, "
                  "danach Regelbetrieb. Schulungen über die Sprechstunde Digitalisierung und den Newsletter."),
              QStringLiteral("Risiken: Verzögerung der Schnittstelle beim Hersteller; Medienbruch bei Nachweisen in "
                             "Papierform.")}},
            {"Protokoll Auftaktbesprechung.pdf",
             "Anna Becker",
             21,
             {QStringLiteral("Protokoll der Auftaktbesprechung Onlinedienst Wohngeld"),
              QStringLiteral(
                  "Teilnehmende: Frau Becker (Programmleitung), Frau Lange (Fachdienst Soziales), Herr Wagner "
                  "(Prozessmanagement), Vertreter des Herstellers."),
              QString(),
              QStringLiteral(
                  "1. Der Prozess wird vor der Umsetzung modelliert; Herr Wagner legt den Ist-Prozess bis zur nächsten "
                  "Sitzung vor."),
              QStringLiteral("2. Die Antragsdaten kommen über die Schnittstelle XWohngeld; Nachweise als PDF/A."),
              QStringLiteral("3. Die Straße und Hausnummer werden gegen das Melderegister geprüft."),
              QStringLiteral("Nächster Termin: in vier Wochen.")}},
            {"Schnittstellenbeschreibung.txt",
             "Hersteller Fachverfahren",
             7,
             {QStringLiteral("Schnittstellenbeschreibung XWohngeld – Auszug"),
              QStringLiteral(
                  "Nachrichten: Antrag, Nachforderung, Bescheid. Zeichensatz UTF-8. Jede Nachricht trägt das "
                  "Aktenzeichen der Wohngeldstelle und die Antragsnummer des Portals.")}}},
           "Herstellertermin für die Testumgebung ist zugesagt.",
           0,
           "Rückmeldung des Herstellers zur Testumgebung prüfen"},
          {"Datenschutz-Folgenabschätzung", {}, {}}}},
        {"0.1",
         "Einführung der E-Akte im Fachdienst Bauaufsicht",
         ownLogin,
         Confidentiality::Open,
         {{"Schulungen",
           {QStringLiteral("start_work")},
           {{"Schulungsplan E-Akte.pdf",
             "IT und digitale Verwaltung",
             12,
             {QStringLiteral("Schulungsplan E-Akte – Fachdienst Bauaufsicht"),
              QStringLiteral(
                  "Grundschulung (2 Stunden): Aktenplan, Akte anlegen, Vorgang, Dokumente hinzufügen, Suche."),
              QStringLiteral(
                  "Aufbauschulung (2 Stunden): Mitzeichnung, Wiedervorlage, zdA-Verfügung, Aufbewahrungsfristen."),
              QStringLiteral(
                  "Termine: jeweils dienstags 9–11 Uhr im Schulungsraum 2.14; Anmeldung über das Intranet.")}}},
           nullptr,
           3,
           "Teilnehmerliste der ersten Schulung auswerten"}}},
        {"6.1",
         "Neubau eines Einfamilienhauses, Gänseweg 4, Musterfeld",
         QStringLiteral("u.krause"),
         Confidentiality::Open,
         {{"Bauantrag",
           {QStringLiteral("start_work")},
           {{"Bauantrag Müller.pdf",
             "Jürgen Müller",
             30,
             {QStringLiteral("Antrag auf Baugenehmigung"),
              QStringLiteral("Jürgen Müller, Gänseweg 2, 12345 Musterfeld"), QString(),
              QStringLiteral(
                  "Sehr geehrte Damen und Herren, hiermit beantrage ich die Genehmigung zum Neubau eines "
                  "Einfamilienhauses auf dem Grundstück Gänseweg 4 (Gemarkung Musterfeld, Flur 3, Flurstück 117). "
                  "Die Bauvorlagen hat der Entwurfsverfasser, Architekt Weiß, erstellt."),
              QStringLiteral(
                  "Die Zufahrt erfolgt über die Straße Am Gänsemarkt. Das Vorhaben liegt im Geltungsbereich des "
                  "Bebauungsplans Nr. 12 „Gänsewiese“."),
              QStringLiteral("Mit freundlichen Grüßen, Jürgen Müller")}},
            {"Stellungnahme Umweltamt.pdf",
             "Fachdienst Umwelt",
             12,
             {QStringLiteral("Stellungnahme des Fachdienstes Umwelt"),
              QStringLiteral(
                  "Gegen das Vorhaben Gänseweg 4 bestehen aus Sicht des Naturschutzes keine Bedenken, wenn die "
                  "Baumreihe an der Grundstücksgrenze erhalten bleibt. Niederschlagswasser ist auf dem Grundstück zu "
                  "versickern.")}},
            {"Nachforderung Statik.txt",
             "Bauaufsicht",
             5,
             {QStringLiteral("Nachforderung"),
              QStringLiteral(
                  "Für die Prüfung fehlen der Standsicherheitsnachweis und die Entwässerungsplanung. Bitte reichen Sie "
                  "die Unterlagen innerhalb von vier Wochen nach.")}}},
           "Statik fehlt noch; Bauherr telefonisch informiert.",
           0,
           "Eingang der Statik prüfen"},
          {"Nachbarbeteiligung", {}, {}}}},
        {"6.1",
         "Umbau einer Scheune zu Wohnraum, Feldstraße 12, Lindenhof",
         QStringLiteral("u.krause"),
         Confidentiality::Open,
         {{"Bauvoranfrage",
           {QStringLiteral("start_work"), QStringLiteral("request_co_signing")},
           {{"Bauvoranfrage Scheune.pdf",
             "Familie Şahin",
             60,
             {QStringLiteral("Bauvoranfrage"),
              QStringLiteral(
                  "Wir fragen an, ob die Scheune auf unserem Grundstück Feldstraße 12 im Ortsteil Lindenhof zu zwei "
                  "Wohnungen umgebaut werden darf. Die Scheune steht im Außenbereich; die Hofstelle ist seit 1998 "
                  "ohne landwirtschaftliche Nutzung.")}},
            {"Entwurf Vorbescheid.txt",
             "Bauaufsicht",
             2,
             {QStringLiteral("Entwurf Vorbescheid"),
              QStringLiteral("Das Vorhaben ist nach § 35 Abs. 4 Satz 1 Nr. 1 BauGB begünstigt. Die Erschließung ist "
                             "gesichert.")}}}}}},
        {"6.2",
         "Ungenehmigte Werbeanlage, Bahnhofstraße 7",
         QStringLiteral("u.krause"),
         Confidentiality::Open,
         {{"Anhörung",
           {QStringLiteral("start_work"), QStringLiteral("set_aside")},
           {{"Anhörungsschreiben.pdf",
             "Bauaufsicht",
             9,
             {QStringLiteral("Anhörung vor Erlass einer Beseitigungsanordnung"),
              QStringLiteral(
                  "An der Fassade Bahnhofstraße 7 ist eine beleuchtete Werbeanlage ohne Genehmigung angebracht. Sie "
                  "erhalten Gelegenheit, sich innerhalb von zwei Wochen zu äußern.")}}}}}},
        {"1.2",
         "Gaststättenerlaubnis „Zur Linde“, Marktplatz 2",
         QStringLiteral("c.krueger"),
         Confidentiality::Open,
         {{"Antrag auf Erlaubnis",
           {QStringLiteral("start_work")},
           {{"Antrag Gaststättenerlaubnis.pdf",
             "Mehmet Öztürk",
             14,
             {QStringLiteral("Antrag auf Erteilung einer Gaststättenerlaubnis"),
              QStringLiteral("Ich beantrage die Erlaubnis zum Betrieb der Schank- und Speisewirtschaft „Zur Linde“ am "
                             "Marktplatz 2 "
                             "ab dem nächsten Monat. Führungszeugnis und Auszug aus dem Gewerbezentralregister sind "
                             "beantragt.")}}},
           nullptr,
           0,
           "Führungszeugnis angekommen?"}}},
        {"1.4",
         "Katastrophenschutzplan Hochwasser Musterbach",
         QStringLiteral("c.krueger"),
         Confidentiality::Restricted,
         {{"Fortschreibung",
           {QStringLiteral("start_work")},
           {{"Alarmierungsplan.txt",
             "Fachdienst Sicherheit und Ordnung",
             20,
             {QStringLiteral("Alarmierungsplan – VS-NUR FÜR DEN DIENSTGEBRAUCH"),
              QStringLiteral("Pegelstände und Alarmstufen am Musterbach; Erreichbarkeiten des Krisenstabs.")}}}}}},
        {"7.1",
         "Windpark Hoher Kamp – Genehmigung nach dem BImSchG",
         QStringLiteral("o.schmid"),
         Confidentiality::Open,
         {{"Genehmigungsverfahren",
           {QStringLiteral("start_work")},
           {{"Antrag Windpark.pdf",
             "Windkraft Hoher Kamp GmbH & Co. KG",
             45,
             {QStringLiteral("Antrag auf Genehmigung nach § 4 BImSchG"),
              QStringLiteral("Errichtung und Betrieb von fünf Windenergieanlagen mit je 5,6 MW Nennleistung am "
                             "Standort Hoher Kamp. "
                             "Schallgutachten und Schattenwurfprognose liegen bei.")}}}}}},
    };
}

// Closed in 2013 with ten years of retention: on the disposal list today.
struct OldFile {
    const char *planKey;
    const char *subject;
    const char *caseSubject;
    DemoDocument document;
};
const OldFile kOldFiles[] = {
    {"0.2",
     "Beschaffung von Arbeitsplatzrechnern 2013",
     "Vergabe",
     {"Vergabevermerk.pdf",
      "IT und digitale Verwaltung",
      30,
      {QStringLiteral("Vergabevermerk: Beschaffung von 120 Arbeitsplatzrechnern"),
       QStringLiteral("Der Zuschlag geht an das wirtschaftlichste Angebot. Die Lieferung erfolgt in zwei Losen; die "
                      "Altgeräte werden "
                      "nach Löschung der Datenträger verwertet.")}}},
    {"0.1",
     "Umstellung der Arbeitsplätze auf Windows 7",
     "Rollout",
     {"Rolloutplan.txt",
      "IT und digitale Verwaltung",
      60,
      {QStringLiteral("Rolloutplan"),
       QStringLiteral("Fachdienst für Fachdienst, jeweils freitags nach Dienstschluss.")}}},
};

Status addDocuments(Database &db, const Actor &clerk, CaseId caseId, const QList<DemoDocument> &documents,
                    const QString &folder)
{
    DocumentService service(db);
    const QDate today = db.clock().today();
    for (const DemoDocument &d : documents) {
        const QString name = QString::fromUtf8(d.fileName);
        const QString path = folder + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error::io(DemoRecords::tr("The demo letter %1 cannot be written: %2").arg(path, file.errorString()));
        file.write(name.endsWith(QStringLiteral(".pdf")) ? demoLetterPdf(d.text.value(0), d.text)
                                                         : d.text.join(QStringLiteral("\n\n")).toUtf8() + '\n');
        file.close();
        auto id = service.addDocument(
            clerk,
            NewDocument{caseId, {}, Direction::Incoming, today.addDays(-d.daysAgo), QString::fromUtf8(d.sender), {}},
            path);
        if (!id)
            return id.error();
    }
    return {};
}

} // namespace

Status DemoRecords::fill(Database &db, const QString &adminLogin, PdfWorker *worker)
{
    AccessService access(db);
    auto admin = access.actorForLogin(adminLogin);
    if (!admin)
        return admin.error();
    FilePlan plan(db);
    for (const DemoUnit &u : kUnits) {
        PlanUnit unit;
        unit.key = QString::fromUtf8(u.key);
        unit.title = QString::fromUtf8(u.title);
        unit.parentKey = u.parent ? QString::fromUtf8(u.parent) : QString();
        unit.departmentCode = QString::fromUtf8(u.department);
        unit.retentionYears = u.retentionYears;
        if (auto id = plan.addUnit(*admin, unit); !id)
            return id.error();
    }
    QTemporaryDir letters;
    if (!letters.isValid())
        return Error::io(tr("No temporary folder for the demo letters can be made."));

    // Files closed in 2013: made on a connection whose clock says so, the way they happened.
    {
        FixedClock then(QDateTime(QDate(2013, 5, 14), QTime(9, 15), Qt::UTC));
        auto old = Database::open(db.path(), then);
        if (!old)
            return old.error();
        auto clerk = AccessService(**old).actorForLogin(adminLogin);
        if (!clerk)
            return clerk.error();
        FileService files(**old);
        WorkflowEngine engine(**old);
        for (const OldFile &f : kOldFiles) {
            auto file = files.createFile(*clerk, NewFile{QString::fromUtf8(f.planKey),
                                                         QString::fromUtf8(f.subject),
                                                         QStringLiteral("10.3"),
                                                         Confidentiality::Open,
                                                         {},
                                                         {}});
            if (!file)
                return file.error();
            auto caseId = files.createCase(*clerk, *file, QString::fromUtf8(f.caseSubject));
            if (!caseId)
                return caseId.error();
            if (Status s = addDocuments(**old, *clerk, *caseId, {f.document}, letters.path()); !s)
                return s;
            auto item = engine.itemFor(QStringLiteral("case"), QString::number(caseId->value));
            if (!item)
                return item.error();
            for (const QString &step : {QStringLiteral("start_work"), QStringLiteral("close_to_file")}) {
                if (auto taken = engine.take(*clerk, item->id, TransitionRequest{step, {}, {}, {}}); !taken)
                    return taken.error();
            }
            if (Status s = files.closeFile(*clerk, *file); !s)
                return s;
        }
    }

    FileService files(db);
    WorkflowEngine engine(db);
    Resubmissions resubmissions(db);
    DocumentService documents(db);
    const QDate today = db.clock().today();
    for (const DemoFile &f : currentFiles(adminLogin)) {
        auto clerk = access.actorForLogin(f.clerk);
        if (!clerk)
            return clerk.error();
        auto file = files.createFile(
            *clerk, NewFile{QString::fromUtf8(f.planKey), QString::fromUtf8(f.subject), {}, f.confidentiality, {}, {}});
        if (!file)
            return file.error();
        for (const DemoCase &c : f.cases) {
            auto caseId = files.createCase(*clerk, *file, QString::fromUtf8(c.subject));
            if (!caseId)
                return caseId.error();
            if (Status s = addDocuments(db, *clerk, *caseId, c.documents, letters.path()); !s)
                return s;
            auto item = engine.itemFor(QStringLiteral("case"), QString::number(caseId->value));
            if (!item)
                return item.error();
            for (const QString &step : c.steps) {
                QJsonObject fields;
                if (step == QStringLiteral("set_aside"))
                    fields.insert(QStringLiteral("resubmission_date"), today.addDays(10).toString(Qt::ISODate));
                if (auto taken = engine.take(*clerk, item->id, TransitionRequest{step, {}, fields, {}}); !taken)
                    return taken.error();
            }
            if (c.note) {
                if (auto note =
                        documents.addNote(*clerk, QStringLiteral("case"), caseId->value, QString::fromUtf8(c.note));
                    !note)
                    return note.error();
            }
            if (c.resubmissionReason) {
                if (auto r = resubmissions.add(*clerk, *caseId, today.addDays(c.resubmissionInDays),
                                               QString::fromUtf8(c.resubmissionReason));
                    !r)
                    return r.error();
            }
        }
    }
    // The letters' text goes into the search index now, so that the demo can be searched at once.
    if (worker) {
        if (auto indexed = DocumentIndexer(db, worker).indexPending(); !indexed)
            return indexed.error();
    }
    return {};
}

} // namespace amtsdesk
