#include "demo/demoprogramme.h"

#include "access/accessservice.h"
#include "efile/fileservice.h"
#include "programme/ideas.h"
#include "programme/ozgservices.h"
#include "programme/subprojects.h"
#include "programme/training.h"
#include "store/database.h"
#include "workflow/workflowengine.h"

#include <QRandomGenerator>

#include <map>

namespace amtsdesk {

namespace {

// The demo's year: everything happens month by month, from kFirstMonth months ago until today,
// on a clock set to each month, so that histories, reports and figures have their real dates.
constexpr int kFirstMonth = -16;

struct DemoSubProject {
    const char *code;
    const char *title;
    ProgrammeArea area;
    const char *lead;
    const char *department;
    const char *participating; // comma-separated codes
    const char *dependsOn;
    int startMonth; // relative to today
    int endMonth;
    int phaseSteps; // how far along the workflow it has come (0 = idea … 6 = completed)
    TrafficLight finalLight;
    const char *reason; // for amber and red
    int budgetThousands;
    const char *fileSubject; // the demo e-file holding its documents
};

const DemoSubProject kSubProjects[] = {
    {"TP-01", "E-Akte im Fachdienst Zentrale Dienste", ProgrammeArea::EFile, "j.hoffmann", "10", "10.3", "", -15, 2, 4,
     TrafficLight::Green, "", 85, nullptr},
    {"TP-02", "E-Akte im Fachdienst Bauaufsicht", ProgrammeArea::EFile, "u.krause", "63", "10.3", "TP-01", -10, 6, 3,
     TrafficLight::Amber,
     "Die Scanner für die Altakten werden erst im übernächsten Monat geliefert; der Pilot verschiebt sich.", 120,
     "Einführung der E-Akte im Fachdienst Bauaufsicht"},
    {"TP-03", "E-Rechnung: Rechnungseingang mit Vier-Augen-Freigabe", ProgrammeArea::EInvoice, "k.wolf", "20",
     "20.2,14", "", -14, 1, 5, TrafficLight::Green, "", 60, nullptr},
    {"TP-04", "Anbindung der Finanzsoftware an den Rechnungseingang", ProgrammeArea::EInvoice, "k.wolf", "20", "10.3",
     "TP-03", -6, 4, 2, TrafficLight::Amber,
     "Der Hersteller der Finanzsoftware liefert die Importschnittstelle später als zugesagt.", 45, nullptr},
    {"TP-05", "OZG: Wohngeld online", ProgrammeArea::Ozg, "l.lange", "50", "10.3", "", -11, 3, 3, TrafficLight::Red,
     "Die Schnittstelle zum Fachverfahren fehlt weiterhin; ohne sie ist kein Pilot mit echten Anträgen möglich.", 70,
     "OZG-Umsetzung: Onlinedienst Wohngeld"},
    {"TP-06", "OZG: Kfz-Zulassung online (i-Kfz)", ProgrammeArea::Ozg, "b.hartmann", "36", "10.3", "", -13, -1, 5,
     TrafficLight::Green, "", 55, nullptr},
    {"TP-07", "OZG: Führerscheinanträge online", ProgrammeArea::Ozg, "b.hartmann", "36", "", "TP-06", -5, 7, 2,
     TrafficLight::Green, "", 40, nullptr},
    {"TP-08", "OZG: Digitaler Bauantrag", ProgrammeArea::Ozg, "u.krause", "63", "10.3", "TP-02", -9, 9, 2,
     TrafficLight::Amber, "Zwei von drei Stellen in der Bauaufsicht sind unbesetzt; Tests laufen langsamer.", 150,
     nullptr},
    {"TP-09", "OZG: Elterngeld und Unterhaltsvorschuss online", ProgrammeArea::Ozg, "n.werner", "51", "", "", -8, 4, 3,
     TrafficLight::Green, "", 50, nullptr},
    {"TP-10", "OZG: Waffen- und Jagdrecht online", ProgrammeArea::Ozg, "d.braun", "32", "", "", -4, 8, 1,
     TrafficLight::Green, "", 35, nullptr},
    {"TP-11", "OZG: Gewerbe- und Gaststättenerlaubnisse online", ProgrammeArea::Ozg, "d.braun", "32", "53", "", -7, 5,
     2, TrafficLight::Amber, "Die Abstimmung mit dem Gesundheitsamt zur Lebensmittelbelehrung dauert länger.", 30,
     nullptr},
    {"TP-12", "OZG: Schülerbeförderung online", ProgrammeArea::Ozg, "v.weber", "40", "", "", -3, 9, 1,
     TrafficLight::Green, "", 25, nullptr},
    {"TP-13", "OZG: Wasserrecht und Immissionsschutz", ProgrammeArea::Ozg, "o.schmid", "70", "", "", -2, 10, 1,
     TrafficLight::Green, "", 30, nullptr},
    {"TP-14", "OZG: Belehrung nach dem Infektionsschutzgesetz online", ProgrammeArea::Ozg, "i.fischer", "53", "", "",
     -10, -2, 5, TrafficLight::Green, "", 20, nullptr},
    {"TP-15", "Prozesslandkarte des Landkreises", ProgrammeArea::Process, "t.wagner", "10.3", "10,50,63", "", -15, 3, 4,
     TrafficLight::Green, "", 40, nullptr},
    {"TP-16", "Prozessmodellierung in der Jugendhilfe", ProgrammeArea::Process, "n.werner", "51", "10.3", "TP-15", -6,
     6, 2, TrafficLight::Red, "Durch den Personalausfall im Fachdienst ruhen die Prozessworkshops seit zwei Monaten.",
     25, nullptr},
    {"TP-17", "Mehrstufige Digitalisierungsqualifizierung", ProgrammeArea::Training, "s.koch", "10.3", "11", "", -12,
     12, 4, TrafficLight::Green, "", 90, nullptr},
    {"TP-18", "Blitzlichtvorträge, Sprechstunde und Newsletter", ProgrammeArea::Training, "a.becker", "10.3", "", "",
     -14, 10, 5, TrafficLight::Green, "", 15, nullptr},
    {"TP-19", "Scanstraße und ersetzendes Scannen nach TR-RESISCAN", ProgrammeArea::Infrastructure, "j.hoffmann", "10",
     "10.3", "", -8, 2, 3, TrafficLight::Amber,
     "Die Verfahrensdokumentation für das ersetzende Scannen ist noch nicht freigegeben.", 110, nullptr},
    {"TP-20", "Elektronische Signatur und Siegel", ProgrammeArea::Infrastructure, "a.becker", "10.3", "20", "TP-19", -3,
     9, 1, TrafficLight::Green, "", 35, nullptr},
    {"TP-21", "Open-Data-Portal des Landkreises", ProgrammeArea::Other, "a.becker", "10.3", "80", "", -1, 11, 0,
     TrafficLight::None, "", 20, nullptr},
    {"TP-22", "Digitale Gremienarbeit im Kreistag", ProgrammeArea::Other, "j.hoffmann", "10", "LR", "", -16, -4, 6,
     TrafficLight::Green, "", 30, nullptr},
};

// Offered OZG services: the catalogue row (public facts of the OZG catalogue 2019), the
// department, maturity (model 2.0) a year ago and now, the sub-project, and whether it is online.
struct DemoService {
    const char *leikaKey; // empty: "nicht im LeiKa"
    const char *leikaName;
    const char *leikaType;
    const char *ozgId;
    const char *ozgName;
    const char *lifeSituation;
    const char *topic;
    const char *department;
    const char *subProject;
    int levelThen;
    int levelNow;
    int target;
    int goLiveMonth; // relative to today; 99: not online
};

const DemoService kServices[] = {
    {"99107023000000", "Wohngeld", "2/3", "10092", "Wohngeld", "Finanzielle Existenzsicherung", "Arbeit & Ruhestand",
     "50", "TP-05", 1, 2, 4, 99},
    {"99107022000000", "Wohnberechtigungsschein", "2/3", "10083", "Bescheinigung für Geringverdiener",
     "Finanzielle Existenzsicherung", "Arbeit & Ruhestand", "50", nullptr, 0, 1, 3, 99},
    {"99107014000000", "Hilfe zur Pflege", "2/3", "10218", "Hilfe zur Pflege", "Pflege", "Gesundheit", "50", nullptr, 0,
     0, 3, 99},
    {"99107009000000", "Grundsicherung im Alter und bei Erwerbsminderung (SGB XII)", "2/3", "10084",
     "Grundsicherung im Alter und bei Erwerbsminderung", "Finanzielle Existenzsicherung", "Arbeit & Ruhestand", "50",
     nullptr, 0, 1, 3, 99},
    {"99107032000000", "Leistungen für Bildung und Teilhabe bei Kindern, Jugendlichen und jungen Erwachsenen (SGB XII)",
     "1, 2/3", "10088", "Bedarf für Bildung und Teilhabe", "Finanzielle Existenzsicherung", "Arbeit & Ruhestand", "50",
     nullptr, 0, 2, 3, 99},
    {"99060001000000", "Eingliederungshilfe", "2/3", "10206", "Eingliederungshilfe", "Behinderung", "Gesundheit", "50",
     nullptr, 0, 1, 3, 99},
    {"99015007000000", "Schwerbehindertenausweis", "2/3", "10214", "Schwerbehindertenausweis", "Behinderung",
     "Gesundheit", "50", nullptr, 1, 3, 3, -5},
    {"99041006000000", "Elterngeld", "2/3", "10000", "Elterngeld", "Geburt", "Familie & Kind", "51", "TP-09", 1, 3, 4,
     -2},
    {"99107021000000", "Unterhaltsvorschuss", "2/3", "10035", "Unterhaltsvorschuss", "Trennung mit Kind",
     "Familie & Kind", "51", "TP-09", 1, 2, 4, 99},
    {"99060006000000", "Hilfe zur Erziehung", "2/3", "10018", "Gewährung von Hilfen zur Erziehung", "Kinderbetreuung",
     "Familie & Kind", "51", "TP-16", 0, 0, 2, 99},
    {"99071002000000", "Erlaubnis zur Kindertagespflege", "2/3", "10294", "Unternehmensanmeldung und -genehmigung",
     "Unternehmensstart & Gewerbezulassung", "Unternehmensführung & -entwicklung", "51", nullptr, 0, 1, 3, 99},
    {"99072002000000", "Geltendmachung von Unterhaltsansprüchen", "2/3", "10034", "Kindesunterhalt und Beistandschaft",
     "Trennung mit Kind", "Familie & Kind", "51", nullptr, 0, 1, 2, 99},
    {"99036010000000", "Fahrzeug für den öffentlichen Straßenverkehr", "2/3", "10439",
     "Kraftfahrzeugzulassung, -um- und Abmeldung", "Logistik & Transport", "Mobilität & Reisen", "36", "TP-06", 2, 4, 4,
     -4},
    {"99023002000000", "Fahrerlaubnis", "2/3", "10169", "Führerschein", "Führerschein", "Mobilität & Reisen", "36",
     "TP-07", 1, 2, 4, 99},
    {"99108001000000", "Bewohnerparkausweis", "2/3", "10173", "Parkausweise und Zufahrtsberechtigungen", "Kfz-Besitz",
     "Mobilität & Reisen", "36", nullptr, 2, 3, 3, -9},
    {"99012008000000", "Baugenehmigung", "4", "10519", "Bauvorbescheid und Baugenehmigung", "Bauen & Immobilien",
     "Bauen & Wohnen", "63", "TP-08", 1, 2, 4, 99},
    {"99012001000000", "Abbruchgenehmigung", "4", "10513", "Abbruchgenehmigung", "Bauen & Immobilien", "Bauen & Wohnen",
     "63", "TP-08", 0, 2, 3, 99},
    {"99093003000000", "Baumfällgenehmigung", "2/3", "10112", "Baumfällgenehmigung", "Wohnen & Umzug", "Bauen & Wohnen",
     "70", nullptr, 1, 3, 3, -1},
    {"99129011000000", "Benutzung eines Gewässers", "2/3", "10488", "Benutzung eines Gewässers",
     "Abfall & Umweltschutz", "Umwelt", "70", "TP-13", 0, 1, 3, 99},
    {"99001012000000", "Abfallbehandlungsanlage", "2/3", "10462", "Anlagengenehmigung und -zulassung",
     "Anlagen & Stoffe", "Umwelt", "70", "TP-13", 0, 0, 2, 99},
    {"99001001000000", "Abfallgebühr", "5", "10110", "Abfallentsorgung", "Wohnen & Umzug", "Bauen & Wohnen", "70",
     nullptr, 2, 3, 3, -11},
    {"99089086000000", "Waffenbesitzkarte", "2/3", "10151", "Waffenerlaubnis", "Fischen & Jagen", "Engagement & Hobby",
     "32", "TP-10", 0, 1, 3, 99},
    {"99067004000000", "Jagdschein", "2/3", "10149", "Jagdschein und -erlaubnis", "Fischen & Jagen",
     "Engagement & Hobby", "32", "TP-10", 0, 1, 3, 99},
    {"99042004000000", "Ausnahmen von der Fischereischeinpflicht", "4", "10148", "Fischereischein", "Fischen & Jagen",
     "Engagement & Hobby", "32", nullptr, 1, 2, 3, 99},
    {"99025002000000", "Gaststättengewerbe", "2/3", "10294", "Unternehmensanmeldung und -genehmigung",
     "Unternehmensstart & Gewerbezulassung", "Unternehmensführung & -entwicklung", "32", "TP-11", 1, 2, 3, 99},
    {"99010001000000", "Aufenthaltserlaubnis", "2/3", "10255", "Aufenthaltstitel", "Einwanderung",
     "Ein- & Auswanderung", "32", nullptr, 1, 2, 3, 99},
    {"99099002000000", "Einbürgerung", "2/3", "10257", "Einbürgerung", "Einwanderung", "Ein- & Auswanderung", "32",
     nullptr, 1, 3, 3, -3},
    {"99003002000000", "Belehrung nach dem Infektionsschutzgesetz", "2/3", "10181",
     "Gesundheitsberatungen, -untersuchungen und -bescheinigungen", "Gesundheitsvorsorge", "Gesundheit", "53", "TP-14",
     1, 4, 4, -6},
    {"99088011000000", "Schülerbeförderung", "4", "10042", "Schülerbeförderung", "Schule", "Bildung", "40", "TP-12", 0,
     1, 3, 99},
    {"99022001000000", "Ausbildungsförderung", "1, 2", "10056", "Ausbildungsförderung (BAföG)", "Studium", "Bildung",
     "40", nullptr, 2, 3, 3, -12},
    {"", "Kita-Gutschein online beantragen", "4", "10019", "Kindertagesbetreuung", "Kinderbetreuung", "Familie & Kind",
     "51", nullptr, 0, 2, 3, 99},
    {"", "Dokumentierung von Jagd-Abschüssen", "4", "10149", "Jagdschein und -erlaubnis", "Fischen & Jagen",
     "Engagement & Hobby", "32", "TP-10", 0, 0, 2, 99},
};

const char *const kFirstNames[] = {"Andrea", "Bernd",  "Carina",  "Dirk",   "Emine", "Florian", "Gisela", "Hakan",
                                   "Iris",   "Jörg",   "Kerstin", "Lars",   "Maria", "Nils",    "Olga",   "Paul",
                                   "Renate", "Stefan", "Tanja",   "Ulrich", "Vera",  "Werner",  "Yvonne", "Zeynep"};
const char *const kLastNames[] = {"Albrecht", "Bauer",  "Conrad", "Dietrich", "Engel",   "Franke", "Günther", "Haas",
                                  "Jung",     "Kaiser", "Lorenz", "Möller",   "Nowak",   "Otto",   "Peters",  "Roth",
                                  "Sommer",   "Thiel",  "Vogel",  "Winkler",  "Ziegler", "Kaya",   "Özdemir", "Brandt"};

struct DemoCourse {
    const char *code;
    const char *title;
    CourseKind kind;
    int everyMonths; // a session every n months
};

const DemoCourse kCourses[] = {
    {"EAKTE-1", "E-Akte: Anwenderschulung", CourseKind::EFileTraining, 2},
    {"ERECH-1", "E-Rechnung: Prüfen und Freigeben im Rechnungseingang", CourseKind::EInvoiceTraining, 3},
    {"DIGI-1", "Digitalisierungsqualifizierung Stufe 1: Grundlagen", CourseKind::DigitalTraining, 3},
    {"DIGI-2", "Digitalisierungsqualifizierung Stufe 2: Prozesse gestalten", CourseKind::DigitalTraining, 4},
    {"DIGI-3", "Digitalisierungsqualifizierung Stufe 3: Projekte leiten", CourseKind::DigitalTraining, 6},
    {"BLITZ", "Blitzlichtvortrag Digitalisierung (monatlich)", CourseKind::LightningTalk, 1},
    {"SPRECH", "Sprechstunde Digitalisierung", CourseKind::Consultation, 1},
    {"BUERGER", "Bürgerwerkstatt: Verwaltung digital", CourseKind::CitizenWorkshop, 6},
    {"WS-PROZ", "Workshop Prozessmodellierung", CourseKind::Workshop, 4},
};

struct DemoIdea {
    const char *title;
    const char *by;
    IdeaSource source;
    const char *department;
    int month;
    IdeaStatus status;
    const char *reason;
    const char *becomes; // the sub-project code it turns into
    const char *lead;
};

const DemoIdea kIdeas[] = {
    {"Online-Terminbuchung für die Zulassungsstelle", "Mehmet Yılmaz", IdeaSource::Consultation, "36", -9,
     IdeaStatus::Adopted, "", "TP-23", "b.hartmann"},
    {"Digitale Antragsstrecke Bildung und Teilhabe", "Bürgerwerkstatt März", IdeaSource::CitizenWorkshop, "50", -7,
     IdeaStatus::Adopted, "", "TP-24", "l.lange"},
    {"Statusabfrage für Bauanträge per Vorgangsnummer", "Gabriele Meier", IdeaSource::StaffWorkshop, "63", -5,
     IdeaStatus::Review, "", nullptr, nullptr},
    {"Papierlose Sitzungsunterlagen für Ausschüsse", "Innovationsteam", IdeaSource::InnovationTeam, "10", -12,
     IdeaStatus::Adopted, "Umgesetzt im Teilprojekt Digitale Gremienarbeit.", nullptr, nullptr},
    {"Chatbot für allgemeine Bürgeranfragen", "Bürgerwerkstatt Oktober", IdeaSource::CitizenWorkshop, "", -4,
     IdeaStatus::Declined, "Erst nach der Einführung des Landesportals sinnvoll; wird 2027 erneut bewertet.", nullptr,
     nullptr},
    {"Vorlagen-Bibliothek für Bescheide in der E-Akte", "Sabine Koch", IdeaSource::LightningTalk, "11", -3,
     IdeaStatus::Review, "", nullptr, nullptr},
    {"QR-Code auf Bescheiden zum Online-Widerspruch", "Ralf Schmitt", IdeaSource::Consultation, "50", -2,
     IdeaStatus::New, "", nullptr, nullptr},
    {"Gemeinsamer Scan-Service für kleine Fachdienste", "Innovationsteam", IdeaSource::InnovationTeam, "10", -1,
     IdeaStatus::New, "", nullptr, nullptr},
    {"Digitale Hundesteuer-Anmeldung für die Gemeinden", "Bürgerwerkstatt Oktober", IdeaSource::CitizenWorkshop, "", -4,
     IdeaStatus::Declined, "Die Hundesteuer ist Aufgabe der Gemeinden, nicht des Landkreises.", nullptr, nullptr},
    {"Erklärvideos zur E-Rechnung für Lieferanten", "Elif Schwarz", IdeaSource::StaffWorkshop, "20", 0, IdeaStatus::New,
     "", nullptr, nullptr},
};

// The officers who take the phase steps of their departments' sub-projects.
const std::map<QString, QString> &officers()
{
    static const std::map<QString, QString> map = {
        {QStringLiteral("10"), QStringLiteral("j.hoffmann")}, {QStringLiteral("10.3"), QStringLiteral("a.becker")},
        {QStringLiteral("20"), QStringLiteral("k.wolf")},     {QStringLiteral("32"), QStringLiteral("d.braun")},
        {QStringLiteral("36"), QStringLiteral("b.hartmann")}, {QStringLiteral("40"), QStringLiteral("v.weber")},
        {QStringLiteral("50"), QStringLiteral("l.lange")},    {QStringLiteral("51"), QStringLiteral("n.werner")},
        {QStringLiteral("53"), QStringLiteral("i.fischer")},  {QStringLiteral("63"), QStringLiteral("u.krause")},
        {QStringLiteral("70"), QStringLiteral("o.schmid")},
    };
    return map;
}

const char *const kPhaseSteps[] = {"start_concept", "start_implementation", "start_pilot",
                                   "start_rollout", "start_operation",      "complete"};

QString reportText(const DemoSubProject &p, int phase, TrafficLight light, QRandomGenerator &random)
{
    static const char *const done[] = {
        "Die Anforderungen sind mit dem Fachdienst abgestimmt.",
        "Der Hersteller hat die neue Version in der Testumgebung bereitgestellt.",
        "Die Schulungstermine für die Mitarbeitenden stehen fest.",
        "Der Datenschutzbeauftragte hat das Verfahrensverzeichnis geprüft.",
        "Die Testfälle sind beschrieben und die ersten Tests bestanden.",
        "Die Personalvertretung wurde beteiligt und hat zugestimmt.",
        "Die Prozessbeschreibung wurde im Workshop mit den Sachbearbeitenden überarbeitet.",
        "Im Newsletter wurde über den Stand berichtet; die Rückmeldungen sind eingearbeitet.",
    };
    static const char *const next[] = {
        "Nächster Schritt: Abnahme durch den Fachdienst.",
        "Nächster Schritt: Pilotbetrieb mit zwei Sachbearbeitenden.",
        "Nächster Schritt: Ausweitung auf alle Arbeitsplätze des Fachdienstes.",
        "Nächster Schritt: Vorstellung in der Sprechstunde Digitalisierung.",
        "Nächster Schritt: Übergabe in den Regelbetrieb an die IT.",
    };
    QString text = QString::fromUtf8(done[random.bounded(int(std::size(done)))]) + QLatin1Char(' ') +
                   QString::fromUtf8(next[std::min(phase, int(std::size(next)) - 1)]);
    if (light == TrafficLight::Amber || light == TrafficLight::Red)
        text = QString::fromUtf8(p.reason && *p.reason ? p.reason : "Der Zeitplan ist gefährdet.") + QLatin1Char(' ') +
               text;
    return text;
}

QDate monthDay(QDate today, int month, int day)
{
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(month);
    return QDate(first.year(), first.month(), std::min(day, first.daysInMonth()));
}

// Everything the demo needs while it walks through the months.
class Simulation {
public:
    Simulation(Database &db, FixedClock &clock, QDate today) : m_db(db), m_clock(clock), m_today(today) {}

    Status run(const QString &adminLogin);

private:
    Result<Actor> actor(const QString &login)
    {
        auto a = AccessService(m_db).actorForLogin(login);
        if (!a)
            return Error::internal(QStringLiteral("demo: %1: %2").arg(login, a.error().message));
        return a;
    }
    // Sets the clock to the month's day (never past the real today).
    QDate at(int month, int day)
    {
        QDate d = monthDay(m_today, month, day);
        if (d > m_today)
            d = m_today;
        m_clock.set(QDateTime(d, QTime(10, 0), Qt::UTC));
        return d;
    }
    Status createSubProject(const DemoSubProject &p, const Actor &manager, IdeaId idea = {});
    Status monthOfSubProject(const DemoSubProject &p, int month);
    Status services(const Actor &manager);
    Status training(const Actor &manager);
    Status ideas(int month, const Actor &manager);

    Database &m_db;
    FixedClock &m_clock;
    QDate m_today;
    QRandomGenerator m_random{20261};
    QHash<QString, SubProjectId> m_ids;
    QHash<QString, int> m_stepsTaken;
};

Status Simulation::createSubProject(const DemoSubProject &p, const Actor &manager, IdeaId idea)
{
    AccessService access(m_db);
    SubProjectDraft d;
    d.code = QString::fromUtf8(p.code);
    d.title = QString::fromUtf8(p.title);
    d.area = p.area;
    d.description = QStringLiteral("Teilprojekt des Digitalisierungsprogramms des Landkreises Musterfeld: %1.")
                        .arg(QString::fromUtf8(p.title));
    auto lead = access.userByLogin(QString::fromUtf8(p.lead));
    auto dept = access.departmentByCode(QString::fromUtf8(p.department));
    if (!lead || !dept)
        return Error::internal(QStringLiteral("demo: %1 has no lead or department").arg(d.code));
    d.lead = lead->id;
    d.department = *dept;
    for (const QString &code : QString::fromUtf8(p.participating).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto pd = access.departmentByCode(code))
            d.participating << *pd;
    }
    for (const QString &code : QString::fromUtf8(p.dependsOn).split(QLatin1Char(','), Qt::SkipEmptyParts))
        d.dependsOn << m_ids.value(code);
    d.plannedStart = monthDay(m_today, p.startMonth, 1);
    d.plannedEnd = monthDay(m_today, p.endMonth, 28);
    const int slip = p.finalLight == TrafficLight::Red ? 3 : p.finalLight == TrafficLight::Amber ? 2 : 0;
    d.forecastStart = d.plannedStart;
    d.forecastEnd = monthDay(m_today, p.endMonth + slip, 28);
    d.budgetPlanned = Decimal::fromInt(p.budgetThousands * 1000);
    d.budgetSpent = Decimal::fromInt(p.budgetThousands * 10 * std::clamp(p.phaseSteps * 17, 0, 100));
    d.risks = slip ? QString::fromUtf8(p.reason) : QStringLiteral("Personalkapazität im Fachdienst; Lieferzeiten.");
    if (p.fileSubject) {
        auto files = FileService(m_db).files(manager);
        if (files) {
            for (const EFile &f : *files)
                if (f.subject == QString::fromUtf8(p.fileSubject))
                    d.file = f.id;
        }
    }
    auto id = idea.isValid() ? Ideas(m_db).turnIntoSubProject(manager, idea, d) : SubProjects(m_db).create(manager, d);
    if (!id)
        return Error::internal(QStringLiteral("demo: %1: %2").arg(d.code, id.error().message));
    m_ids.insert(d.code, *id);
    SubProjects projects(m_db);
    // Four milestones over its time; the last one is going live.
    static const char *const titles[] = {"Konzept abgestimmt", "Testumgebung bereit", "Pilotbetrieb gestartet",
                                         "Regelbetrieb aufgenommen"};
    const int span = std::max(1, p.endMonth - p.startMonth);
    for (int i = 0; i < 4; ++i) {
        const int month = p.startMonth + (span * (i + 1) * 22) / 100 + (i == 3 ? span - (span * 88) / 100 : 0);
        if (auto m = projects.addMilestone(manager, *id, QString::fromUtf8(titles[i]), monthDay(m_today, month, 15));
            !m)
            return Error::internal(QStringLiteral("demo: %1 milestone: %2").arg(d.code, m.error().message));
    }
    return {};
}

Status Simulation::monthOfSubProject(const DemoSubProject &p, int month)
{
    const QString code = QString::fromUtf8(p.code);
    const SubProjectId id = m_ids.value(code);
    if (!id.isValid())
        return {};
    auto manager = actor(QStringLiteral("a.becker"));
    if (!manager)
        return manager.error();
    const auto officer = officers().find(QString::fromUtf8(p.department));
    auto reporter = actor(officer != officers().end() ? officer->second : QStringLiteral("a.becker"));
    if (!reporter)
        return reporter.error();
    SubProjects projects(m_db);
    // Phase steps spread evenly over the months up to today.
    const int elapsed = month - std::max(p.startMonth, kFirstMonth);
    const int total = std::max(1, 0 - std::max(p.startMonth, kFirstMonth));
    const int due = p.phaseSteps * std::min(elapsed + 1, total) / total;
    WorkflowEngine engine(m_db);
    while (m_stepsTaken.value(code) < std::min(due, p.phaseSteps)) {
        auto item = engine.itemFor(SubProjects::kItemType, QString::number(id.value));
        if (!item)
            return item.error();
        const QString step = QString::fromUtf8(kPhaseSteps[m_stepsTaken.value(code)]);
        at(month, 8);
        auto taken = engine.take(*manager, item->id, TransitionRequest{step, {}, {}, {}});
        if (!taken)
            taken = engine.take(*reporter, item->id, TransitionRequest{step, {}, {}, {}});
        if (!taken)
            return Error::internal(QStringLiteral("demo: %1 %2: %3").arg(code, step, taken.error().message));
        m_stepsTaken[code] += 1;
    }
    // Milestones reached on time, except the last one that fell due for a project in trouble.
    auto milestones = projects.milestones(id);
    if (!milestones)
        return milestones.error();
    const QDate endOfMonth = at(month, 27);
    const bool late = p.finalLight == TrafficLight::Amber || p.finalLight == TrafficLight::Red;
    for (const Milestone &m : *milestones) {
        if (m.done.isValid() || m.due > endOfMonth)
            continue;
        if (late && m.due > m_today.addDays(-75))
            continue; // overdue: on the lead's task list
        const QDate done = std::min(m.due.addDays(int(m_random.bounded(-6, 5))), endOfMonth);
        if (Status s = projects.completeMilestone(*reporter, m.id, done); !s)
            return Error::internal(QStringLiteral("demo: %1 milestone: %2").arg(code, s.error().message));
    }
    // The monthly status report, from the month it started (none yet for a new idea).
    if (p.phaseSteps == 0 || (m_stepsTaken.value(code) >= 6 && month > p.endMonth + 1))
        return {};
    TrafficLight light = TrafficLight::Green;
    if (month >= -2)
        light = p.finalLight;
    else if (m_random.bounded(100) < 12)
        light = TrafficLight::Amber;
    if (light == TrafficLight::None)
        light = TrafficLight::Green;
    const int span = std::max(1, p.endMonth - p.startMonth);
    int progress = std::clamp(100 * (month - p.startMonth) / span, 0, 100);
    if (light == TrafficLight::Amber)
        progress = std::max(0, progress - 10);
    if (light == TrafficLight::Red)
        progress = std::max(0, progress - 20);
    NewStatusReport report{at(month, 26), light, progress, reportText(p, m_stepsTaken.value(code), light, m_random)};
    if (auto r = projects.addReport(*reporter, id, report); !r)
        return Error::internal(QStringLiteral("demo: %1 report: %2").arg(code, r.error().message));
    return {};
}

Status Simulation::services(const Actor &manager)
{
    // The catalogue rows of the offered services, imported as any catalogue file would be.
    QByteArray csv = "leika_key,leika_name,leika_type,ozg_id,ozg_name,life_situation,topic\n";
    auto quoted = [](const char *text) {
        const QString s = QString::fromUtf8(text);
        return (s.contains(QLatin1Char(',')) ? QLatin1Char('"') + s + QLatin1Char('"') : s).toUtf8();
    };
    for (const DemoService &s : kServices)
        csv += (*s.leikaKey ? QByteArray(s.leikaKey) : QByteArray("nicht im LeiKa")) + ',' + quoted(s.leikaName) + ',' +
               quoted(s.leikaType) + ',' + s.ozgId + ',' + quoted(s.ozgName) + ',' + quoted(s.lifeSituation) + ',' +
               quoted(s.topic) + '\n';
    at(kFirstMonth, 3);
    OzgServices ozg(m_db);
    auto imported = ozg.importCatalogue(manager, csv, QStringLiteral("demo"));
    if (!imported)
        return imported.error();
    if (!imported->rejected.isEmpty())
        return Error::internal(QStringLiteral("demo: catalogue row %1: %2")
                                   .arg(imported->rejected.first().line)
                                   .arg(imported->rejected.first().reason));
    AccessService access(m_db);
    for (const DemoService &s : kServices) {
        std::optional<CatalogueEntry> entry;
        if (*s.leikaKey) {
            if (auto e = ozg.catalogueEntryByKey(QString::fromUtf8(s.leikaKey)))
                entry = *e;
        } else if (auto found = ozg.findInCatalogue(QString::fromUtf8(s.leikaName), 10)) {
            for (const CatalogueEntry &e : *found)
                if (e.leikaName == QString::fromUtf8(s.leikaName) && e.ozgId == QString::fromUtf8(s.ozgId))
                    entry = e;
        }
        auto dept = access.departmentByCode(QString::fromUtf8(s.department));
        if (!entry || !dept)
            return Error::internal(
                QStringLiteral("demo: service %1 not in the catalogue").arg(QString::fromUtf8(s.leikaName)));
        ServiceDraft d;
        d.catalogueEntry = entry->id;
        d.department = *dept;
        if (s.subProject)
            d.subProject = m_ids.value(QString::fromUtf8(s.subProject));
        // The social welfare office has not reassessed its services without a sub-project under
        // the maturity model 2.0 yet: they stand in model 1.1 (levels 0-4), as many do.
        const MaturityModel model = qstrcmp(s.department, "50") == 0 && !s.subProject && s.target <= 4
                                        ? MaturityModel::V1_1
                                        : MaturityModel::V2_0;
        d.now = Maturity{model, s.levelThen};
        d.target = Maturity{model, s.target};
        d.status = s.levelThen > 0 ? ServiceStatus::InProgress : ServiceStatus::Planning;
        d.since = at(-12, 5);
        auto id = ozg.offer(manager, d);
        if (!id)
            return Error::internal(
                QStringLiteral("demo: offer %1: %2").arg(QString::fromUtf8(s.leikaName), id.error().message));
        // One level at a time, spread over the year; online from its go-live month.
        for (int level = s.levelThen + 1; level <= s.levelNow; ++level) {
            const int month = s.goLiveMonth != 99 && level == s.levelNow
                                  ? s.goLiveMonth
                                  : -11 + (level - s.levelThen) * 10 / (s.levelNow - s.levelThen + 1);
            const QDate day = at(month, 12);
            if (Status st = ozg.setMaturity(manager, *id, Maturity{model, level}, day,
                                            QStringLiteral("Reifegrad %1 erreicht").arg(level));
                !st)
                return Error::internal(
                    QStringLiteral("demo: maturity %1: %2").arg(QString::fromUtf8(s.leikaName), st.error().message));
        }
        if (s.goLiveMonth != 99) {
            auto current = ozg.service(*id);
            if (!current)
                return current.error();
            ServiceDraft online = d;
            online.now = current->now;
            online.status = current->status == ServiceStatus::Done ? ServiceStatus::Done : ServiceStatus::InProgress;
            online.goLive = monthDay(m_today, s.goLiveMonth, 12);
            online.link =
                QStringLiteral("https://service.landkreis-musterfeld.example/ozg/%1").arg(QString::fromUtf8(s.ozgId));
            if (Status st = ozg.update(manager, *id, online, current->rowVersion, online.goLive); !st)
                return Error::internal(
                    QStringLiteral("demo: go-live %1: %2").arg(QString::fromUtf8(s.leikaName), st.error().message));
        }
    }
    return {};
}

Status Simulation::training(const Actor &manager)
{
    at(kFirstMonth, 2);
    Training t(m_db);
    AccessService access(m_db);
    auto departments = access.departments();
    auto users = access.users();
    if (!departments || !users)
        return (!departments ? departments.error() : users.error());
    // The staff directory: the Amtsdesk users and colleagues who do not use it.
    QHash<DepartmentId, QList<StaffId>> staffOf;
    QList<StaffId> everyone;
    int n = 0;
    for (const Department &d : *departments) {
        if (d.code.startsWith(QLatin1Char('D')) || d.code == QStringLiteral("LR"))
            continue;
        for (const User &u : *users) {
            if (u.department == d.id && !u.isSystem) {
                auto id = t.addStaff(
                    manager, NewStaffMember{u.displayName, d.id, QStringLiteral("Sachbearbeitung"), u.email, u.id});
                if (!id)
                    return id.error();
                staffOf[d.id] << *id;
            }
        }
        const int colleagues = 5 + int(m_random.bounded(12));
        for (int i = 0; i < colleagues; ++i, ++n) {
            const QString name = QString::fromUtf8(kFirstNames[(n * 7) % std::size(kFirstNames)]) + QLatin1Char(' ') +
                                 QString::fromUtf8(kLastNames[(n * 11 + n / 24) % std::size(kLastNames)]);
            auto id = t.addStaff(manager, NewStaffMember{name,
                                                         d.id,
                                                         i == 0 ? QStringLiteral("Fachdienstleitung")
                                                                : QStringLiteral("Sachbearbeitung"),
                                                         {},
                                                         {}});
            if (!id)
                return id.error();
            staffOf[d.id] << *id;
        }
        everyone << staffOf.value(d.id);
    }
    // Courses, what is required of whom, and the sessions of the year with who came.
    QHash<QString, CourseId> courses;
    for (const DemoCourse &c : kCourses) {
        auto id = t.addCourse(manager, Course{{}, QString::fromUtf8(c.code), QString::fromUtf8(c.title), c.kind, {}});
        if (!id)
            return id.error();
        courses.insert(QString::fromUtf8(c.code), *id);
    }
    QHash<CourseId, QList<StaffId>> mustTake;
    for (const char *code : {"10", "10.3", "32", "36", "50", "51", "63"}) {
        auto d = access.departmentByCode(QString::fromUtf8(code));
        if (!d)
            return d.error();
        if (auto r = t.addRequirement(manager, courses.value(QStringLiteral("EAKTE-1")), *d, {}); !r)
            return r.error();
        mustTake[courses.value(QStringLiteral("EAKTE-1"))] << staffOf.value(*d);
    }
    for (const char *code : {"20", "20.2", "14"}) {
        auto d = access.departmentByCode(QString::fromUtf8(code));
        if (!d)
            return d.error();
        if (auto r = t.addRequirement(manager, courses.value(QStringLiteral("ERECH-1")), *d, {}); !r)
            return r.error();
        mustTake[courses.value(QStringLiteral("ERECH-1"))] << staffOf.value(*d);
    }
    for (Role role : {Role::InvoiceChecker, Role::PaymentApprover})
        if (auto r = t.addRequirement(manager, courses.value(QStringLiteral("ERECH-1")), {}, Roles::key(role)); !r)
            return r.error();
    if (auto r = t.addRequirement(manager, courses.value(QStringLiteral("DIGI-1")), {},
                                  Roles::key(Role::DigitalisationOfficer));
        !r)
        return r.error();
    static const char *const places[] = {"Kreishaus, Raum 1.12", "Schulungsraum IT", "online (Videokonferenz)"};
    for (int month = -12; month <= 0; ++month) {
        for (const DemoCourse &c : kCourses) {
            if ((month + 12) % c.everyMonths != 0)
                continue;
            const CourseId course = courses.value(QString::fromUtf8(c.code));
            const QDate day = at(month, c.kind == CourseKind::LightningTalk ? 4 : 18);
            CourseSession s;
            s.course = course;
            s.date = day;
            s.place = QString::fromUtf8(places[m_random.bounded(int(std::size(places)))]);
            s.trainer = QStringLiteral("Anna Becker");
            auto id = t.addSession(manager, s);
            if (!id)
                return id.error();
            // Those who must take it come in turn; talks and consultations draw whoever is curious.
            const QList<StaffId> pool = mustTake.contains(course) ? mustTake.value(course) : everyone;
            const int share = mustTake.contains(course) ? 100 / std::max(1, 12 / c.everyMonths) + 4 : 3;
            for (const StaffId member : pool) {
                if (int(m_random.bounded(100)) < share)
                    if (Status st = t.recordAttendance(manager, *id, member);
                        !st && st.error().code != ErrorCode::Conflict)
                        return st;
            }
        }
    }
    return {};
}

Status Simulation::ideas(int month, const Actor &manager)
{
    Ideas register_(m_db);
    AccessService access(m_db);
    for (const DemoIdea &i : kIdeas) {
        if (i.month != month)
            continue;
        NewIdea idea;
        idea.title = QString::fromUtf8(i.title);
        idea.submittedBy = QString::fromUtf8(i.by);
        idea.source = i.source;
        idea.submittedOn = at(month, 14);
        if (*i.department) {
            auto d = access.departmentByCode(QString::fromUtf8(i.department));
            if (!d)
                return d.error();
            idea.department = *d;
        }
        auto id = register_.record(manager, idea);
        if (!id)
            return id.error();
        if (i.status == IdeaStatus::New)
            continue;
        at(month + 1 <= 0 ? month + 1 : 0, 3);
        if (i.becomes) {
            const DemoSubProject p{i.becomes,  i.title, ProgrammeArea::Ozg, i.lead, i.department, "",     "", month + 1,
                                   month + 13, 0,       TrafficLight::None, "",     30,           nullptr};
            if (Status s = createSubProject(p, manager, *id); !s)
                return s;
            continue;
        }
        if (Status s = register_.decide(manager, *id, i.status, QString::fromUtf8(i.reason)); !s)
            return s;
    }
    return {};
}

Status Simulation::run(const QString &adminLogin)
{
    Q_UNUSED(adminLogin)
    auto manager = actor(QStringLiteral("a.becker"));
    if (!manager)
        return manager.error();
    for (int month = kFirstMonth; month <= 0; ++month) {
        for (const DemoSubProject &p : kSubProjects) {
            if (std::max(p.startMonth, kFirstMonth) == month) {
                at(month, 2);
                if (Status s = createSubProject(p, *manager); !s)
                    return s;
            }
        }
        if (Status s = ideas(month, *manager); !s)
            return s;
        for (const DemoSubProject &p : kSubProjects) {
            if (month >= p.startMonth)
                if (Status s = monthOfSubProject(p, month); !s)
                    return s;
        }
    }
    if (Status s = services(*manager); !s)
        return s;
    return training(*manager);
}

} // namespace

Status DemoProgramme::fill(Database &db, const QString &adminLogin)
{
    if (db.kind() != StoreKind::Demo)
        return Error::invalid(tr("Demo data goes only into a demo store, never into a real one."));
    // A second connection whose clock walks through the months.
    FixedClock clock(db.clock().nowUtc());
    auto walking = Database::open(db.path(), clock);
    if (!walking)
        return walking.error();
    Simulation simulation(**walking, clock, db.clock().today());
    return simulation.run(adminLogin);
}

} // namespace amtsdesk
