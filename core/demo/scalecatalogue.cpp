#include "demo/scalecatalogue.h"

namespace amtsdesk {

const QList<ScalePlanUnit> &ScaleCatalogue::units()
{
    // Keys after the pattern of a district's Einheitsaktenplan; weights after how many files
    // such a department keeps in a year.
    static const QList<ScalePlanUnit> units = {
        {"0", "Allgemeine Verwaltung", nullptr, "10", 10},
        {"0.1", "Organisation und Geschäftsverteilung", "0", "10", 10, 2, false,
         {"Geschäftsverteilungsplan {year}", "Organisationsuntersuchung {company}", "Dienstanweisung {year}"},
         {"Entwurf", "Beteiligung Personalrat", "Inkraftsetzung"},
         {"Vermerk", "Entwurf", "Stellungnahme des Personalrats", "Protokoll", "Verfügung", "E-Mail"}},
        {"0.2", "Beschaffung und Vergabe", "0", "10", 10, 3, false,
         {"Vergabe {company} {year}", "Rahmenvertrag Büromaterial {year}", "Beschaffung Dienstfahrzeuge {year}"},
         {"Vergabeverfahren", "Zuschlag", "Vertragsabwicklung"},
         {"Leistungsbeschreibung", "Angebot", "Vergabevermerk", "Zuschlagsschreiben", "Absageschreiben", "Rechnung",
          "Lieferschein"}},
        {"0.3", "Haushalt, Kasse und Rechnungswesen", "0", "20", 10, 1, false,
         {"Haushaltsplan {year}", "Jahresabschluss {year}", "Mahnverfahren {company}"},
         {"Aufstellung", "Prüfung", "Feststellung"},
         {"Entwurf", "Vermerk", "Prüfbericht", "Beschlussvorlage", "Mahnung", "E-Mail"}},
        {"0.4", "Informationstechnik und Digitalisierung", "0", "10.3", 10, 2, false,
         {"Einführung Fachverfahren {company}", "OZG-Leistung {place}", "Netzwerkerneuerung {place}"},
         {"Projektplanung", "Umsetzung", "Abnahme"},
         {"Projektskizze", "Protokoll", "Angebot", "Abnahmeprotokoll", "Vermerk", "E-Mail"}},
        {"0.5", "Personalangelegenheiten", "0", "11", 50, 3, true,
         {"Personalakte {name}", "Stellenbesetzung {year}", "Beurteilung {name}"},
         {"Einstellung", "Beurteilung", "Fortbildung", "Nebentätigkeit"},
         {"Bewerbung", "Arbeitsvertrag", "Beurteilung", "Antrag", "Bescheid", "Vermerk", "Ärztliches Attest"}},
        {"1", "Öffentliche Sicherheit und Ordnung", nullptr, "32", 10},
        {"1.1", "Gewerbe- und Gaststättenrecht", "1", "32", 10, 5, false,
         {"Gaststättenerlaubnis {company}, {street}, {place}", "Gewerbeuntersagung {name}",
          "Reisegewerbekarte {name}"},
         {"Antrag auf Erlaubnis", "Anhörung", "Erlaubnis"},
         {"Antrag", "Führungszeugnis", "Auszug Gewerbezentralregister", "Anhörungsschreiben", "Erlaubnis",
          "Stellungnahme Ordnungsamt", "Vermerk"}},
        {"1.2", "Waffen- und Sprengstoffrecht", "1", "32", 10, 3, false,
         {"Waffenbesitzkarte {name}", "Sprengstofferlaubnis {company}"},
         {"Antrag", "Zuverlässigkeitsprüfung", "Erteilung"},
         {"Antrag", "Sachkundenachweis", "Anfrage Verfassungsschutz", "Bescheid", "Vermerk"}},
        {"1.3", "Katastrophenschutz", "1", "32", 30, 1, true,
         {"Alarm- und Einsatzplan {place}", "Übung Katastrophenschutz {year}"},
         {"Fortschreibung", "Übung", "Auswertung"},
         {"Einsatzplan", "Lagebericht", "Protokoll", "Vermerk", "Erreichbarkeitsliste"}},
        {"1.4", "Fahrerlaubnisse", "1", "36", 10, 9, false,
         {"Fahrerlaubnis {name}", "Entziehung der Fahrerlaubnis {name}"},
         {"Antrag", "Prüfauftrag", "Erteilung", "Entziehung"},
         {"Antrag auf Erteilung", "Sehtest", "Erste-Hilfe-Nachweis", "Prüfauftrag TÜV", "Mitteilung KBA",
          "Anhörung", "Bescheid", "Gutachten MPU"}},
        {"1.5", "Kfz-Zulassung", "1", "36", 5, 6, false,
         {"Zulassung Fahrzeugflotte {company}", "Außerbetriebsetzung {name}", "Saisonkennzeichen {name}"},
         {"Zulassung", "Umschreibung", "Außerbetriebsetzung"},
         {"Antrag", "Zulassungsbescheinigung", "Versicherungsbestätigung", "SEPA-Mandat", "Vermerk"}},
        {"1.6", "Verkehrslenkung und Sondernutzung", "1", "36", 10, 3, false,
         {"Verkehrsrechtliche Anordnung {street}, {place}", "Sondernutzung {company}, {street}"},
         {"Antrag", "Anhörung Polizei", "Anordnung"},
         {"Antrag", "Verkehrszeichenplan", "Stellungnahme Polizei", "Anordnung", "Vermerk"}},
        {"2", "Schule und Kultur", nullptr, "40", 10},
        {"2.1", "Schulentwicklung und Schulbau", "2", "40", 30, 2, false,
         {"Sanierung Grundschule {place}", "Schulentwicklungsplan {year}", "Erweiterung Gymnasium {place}"},
         {"Planung", "Ausschreibung", "Bauausführung"},
         {"Raumprogramm", "Kostenschätzung", "Protokoll Schulausschuss", "Planunterlagen", "Vermerk",
          "Stellungnahme der Schulleitung"}},
        {"2.2", "Schülerbeförderung", "2", "40", 10, 4, false,
         {"Schülerbeförderung {name}", "Linienverkehr {place} {year}"},
         {"Antrag", "Kostenübernahme"},
         {"Antrag auf Fahrkostenerstattung", "Schulbescheinigung", "Bescheid", "Widerspruch", "Vermerk"}},
        {"4", "Soziales, Jugend und Gesundheit", nullptr, "50", 10},
        {"4.1", "Hilfe zum Lebensunterhalt", "4", "50", 10, 9, false,
         {"Hilfe zum Lebensunterhalt {name}", "Grundsicherung {name}"},
         {"Erstantrag", "Weiterbewilligung", "Änderung", "Widerspruch"},
         {"Antrag", "Einkommensnachweis", "Kontoauszüge", "Mietbescheinigung", "Bescheid", "Änderungsbescheid",
          "Widerspruch", "Vermerk", "Anhörung"}},
        {"4.2", "Eingliederungshilfe", "4", "50", 10, 5, false,
         {"Eingliederungshilfe {name}", "Teilhabeplan {name}"},
         {"Bedarfsermittlung", "Gesamtplanverfahren", "Bewilligung"},
         {"Antrag", "Ärztliches Gutachten", "Teilhabeplan", "Stellungnahme Leistungserbringer", "Bescheid",
          "Protokoll Gesamtplankonferenz", "Vermerk"}},
        {"4.3", "Wohngeld", "4", "50", 10, 8, false,
         {"Wohngeld {name}, {street}, {place}"},
         {"Erstantrag", "Weiterleistungsantrag", "Rückforderung"},
         {"Antrag auf Mietzuschuss", "Mietbescheinigung", "Einkommensnachweis", "Bescheid", "Nachforderung",
          "Vermerk"}},
        {"4.4", "Kinder- und Jugendhilfe", "4", "51", 30, 6, true,
         {"Hilfe zur Erziehung {name}", "Inobhutnahme {name}", "Vormundschaft {name}"},
         {"Hilfeplanung", "Fortschreibung Hilfeplan", "Beendigung"},
         {"Hilfeplan", "Bericht des Trägers", "Protokoll Hilfeplangespräch", "Stellungnahme Schule", "Vermerk",
          "Bescheid", "Gerichtsbeschluss"}},
        {"4.5", "Unterhaltsvorschuss", "4", "51", 10, 4, false,
         {"Unterhaltsvorschuss {name}"},
         {"Antrag", "Rückgriff", "Einstellung"},
         {"Antrag", "Geburtsurkunde", "Bescheid", "Aufforderung an den Unterhaltspflichtigen", "Vermerk"}},
        {"4.6", "Infektionsschutz", "4", "53", 10, 3, false,
         {"Belehrung nach § 43 IfSG {company}", "Trinkwasserüberwachung {place}", "Hygieneüberwachung {company}"},
         {"Begehung", "Auflagen", "Nachkontrolle"},
         {"Begehungsprotokoll", "Laborbefund", "Anordnung", "Stellungnahme", "Vermerk"}},
        {"4.7", "Amtsärztliche Gutachten", "4", "53", 30, 3, true,
         {"Amtsärztliche Untersuchung {name}", "Dienstfähigkeit {name}"},
         {"Untersuchung", "Gutachten"},
         {"Auftrag", "Befundbericht", "Gutachten", "Vermerk"}},
        {"6", "Bauen und Wohnen", nullptr, "63", 30},
        {"6.1", "Baugenehmigungen", "6", "63", 30, 14, false,
         {"Neubau eines Einfamilienhauses, {street}, {place}", "Umbau und Erweiterung, {street}, {place}",
          "Neubau Mehrfamilienhaus mit Tiefgarage, {street}, {place}", "Errichtung einer Lagerhalle, {company}",
          "Nutzungsänderung Scheune zu Wohnraum, {street}, {place}"},
         {"Bauantrag", "Nachbarbeteiligung", "Stellungnahmen der Fachbehörden", "Baugenehmigung", "Bauüberwachung"},
         {"Bauantrag", "Baubeschreibung", "Lageplan", "Standsicherheitsnachweis", "Stellungnahme Umweltamt",
          "Stellungnahme Gemeinde", "Nachforderung", "Eingangsbestätigung", "Baugenehmigung", "Baubeginnanzeige",
          "Vermerk", "E-Mail"}},
        {"6.2", "Bauvoranfragen", "6", "63", 30, 5, false,
         {"Bauvoranfrage {street}, {place}", "Bauvoranfrage {company}"},
         {"Bauvoranfrage", "Vorbescheid"},
         {"Bauvoranfrage", "Lageplan", "Stellungnahme Gemeinde", "Entwurf Vorbescheid", "Vorbescheid", "Vermerk"}},
        {"6.3", "Bauordnungsrechtliche Verfahren", "6", "63", 30, 4, false,
         {"Ungenehmigte Werbeanlage, {street}, {place}", "Schwarzbau {street}, {place}",
          "Baufälliges Gebäude, {street}, {place}"},
         {"Anhörung", "Beseitigungsanordnung", "Zwangsgeld"},
         {"Ortsbesichtigung", "Fotodokumentation", "Anhörungsschreiben", "Stellungnahme des Eigentümers",
          "Beseitigungsanordnung", "Festsetzung Zwangsgeld", "Vermerk"}},
        {"6.4", "Denkmalschutz", "6", "63", 30, 2, false,
         {"Denkmalrechtliche Genehmigung {street}, {place}", "Kulturdenkmal {street}, {place}"},
         {"Antrag", "Stellungnahme Landesamt", "Genehmigung"},
         {"Antrag", "Bestandsaufnahme", "Stellungnahme Landesamt für Denkmalpflege", "Genehmigung", "Vermerk"}},
        {"7", "Umwelt", nullptr, "70", 10},
        {"7.1", "Immissionsschutz", "7", "70", 30, 3, false,
         {"Genehmigung nach dem BImSchG {company}", "Lärmbeschwerde {street}, {place}", "Windpark {place}"},
         {"Genehmigungsverfahren", "Öffentlichkeitsbeteiligung", "Überwachung"},
         {"Antrag", "Schallgutachten", "Schattenwurfprognose", "Einwendung", "Genehmigungsbescheid",
          "Messbericht", "Vermerk"}},
        {"7.2", "Wasserrecht", "7", "70", 30, 3, false,
         {"Wasserrechtliche Erlaubnis {company}", "Brunnenbohrung {name}, {place}", "Gewässerausbau {place}"},
         {"Antrag", "Prüfung", "Erlaubnis"},
         {"Antrag", "Hydrogeologisches Gutachten", "Stellungnahme Wasserverband", "Erlaubnis", "Vermerk"}},
        {"7.3", "Naturschutz", "7", "70", 30, 3, false,
         {"Eingriffsgenehmigung {street}, {place}", "Ausgleichsfläche {place}", "Baumfällung {street}, {place}"},
         {"Antrag", "Ortstermin", "Entscheidung"},
         {"Antrag", "Artenschutzgutachten", "Ortstermin", "Bescheid", "Vermerk"}},
        {"7.4", "Abfallrecht", "7", "70", 10, 2, false,
         {"Illegale Ablagerung {street}, {place}", "Abfallentsorgung {company}"},
         {"Ermittlung", "Anordnung"},
         {"Meldung", "Fotodokumentation", "Anhörung", "Anordnung", "Vermerk"}},
    };
    return units;
}

const QList<const char *> &ScaleCatalogue::firstNames()
{
    static const QList<const char *> names = {
        "Anna",    "Jürgen", "Sabine",  "Thomas",   "Monika", "Stefan", "Petra",  "Michael", "Claudia",
        "Andreas", "Birgit", "Frank",   "Heike",    "Jörg",   "Katrin", "Uwe",    "Susanne", "Markus",
        "Sandra",  "Ralf",   "Nicole",  "Dirk",     "Julia",  "Sven",   "Lena",   "Tobias",  "Laura",
        "Lukas",   "Marie",  "Jonas",   "Sophie",   "Felix",  "Emma",   "Paul",   "Mia",     "Ben",
        "Ayşe",    "Mehmet", "Fatma",   "Ali",      "Elif",   "Emre",   "Zeynep", "Murat",   "Olga",
        "Dmitri",  "Agnieszka", "Piotr", "Giulia", "Marco", "René",   "Chloé",  "Søren",   "Dorothée"};
    return names;
}

const QList<const char *> &ScaleCatalogue::lastNames()
{
    static const QList<const char *> names = {
        "Müller",   "Schmidt",  "Schneider", "Fischer", "Weber",     "Meyer",    "Wagner",    "Becker",
        "Schulz",   "Hoffmann", "Schäfer",   "Koch",    "Bauer",     "Richter",  "Klein",     "Wolf",
        "Schröder", "Neumann",  "Schwarz",   "Zimmermann", "Braun",  "Krüger",   "Hofmann",   "Hartmann",
        "Lange",    "Schmitt",  "Werner",    "Schmitz", "Krause",    "Meier",    "Lehmann",   "Schmid",
        "Köhler",   "Jäger",    "Günther",   "Große",   "Weiß",      "Böhm",     "Kühn",      "Vogt",
        "Yılmaz",   "Şahin",    "Öztürk",    "Kaya",    "Demir",     "Çelik",    "Nowak",     "Kowalski",
        "Ivanova",  "Rossi",    "Dubois",    "Nørgaard", "Novak"};
    return names;
}

const QList<const char *> &ScaleCatalogue::streets()
{
    static const QList<const char *> streets = {
        "Hauptstraße",  "Bahnhofstraße", "Gänseweg",       "Feldstraße",   "Am Mühlenbach", "Kirchweg",
        "Lindenallee",  "Schulstraße",   "Am Markt",       "Gartenstraße", "Dorfstraße",    "Birkenweg",
        "Industriestraße", "Waldweg",    "Auf dem Kamp",   "Rosenstraße",  "Ringstraße",    "Sandweg",
        "Mühlenstraße", "Kreishausplatz", "Zum Sportplatz", "Eichendorffstraße", "Goethestraße", "Heideweg"};
    return streets;
}

const QList<const char *> &ScaleCatalogue::places()
{
    static const QList<const char *> places = {
        "Musterfeld", "Lindenhof", "Hoher Kamp", "Mühlhausen am Bach", "Kleinmusterfeld", "Ostheide", "Birkenau",
        "Wiesengrund", "Altenbrück", "Neudorf", "Sankt Marien", "Großenwiede", "Ahlsdorf", "Rügenhagen"};
    return places;
}

const QList<const char *> &ScaleCatalogue::companies()
{
    static const QList<const char *> companies = {
        "Bauunternehmen Krüger GmbH", "Windkraft Hoher Kamp GmbH & Co. KG", "Gasthaus „Zur Linde“",
        "Systemhaus Nordlicht GmbH",  "Hof Lindemann",                        "Schulmöbel Weber KG",
        "Autohaus Becker e.K.",       "Ingenieurbüro Schröder & Partner",     "Kieswerk Ostheide GmbH",
        "Bäckerei Öztürk",            "Pflegedienst Sonnenschein gGmbH",       "Logistikzentrum Birkenau AG",
        "Architekturbüro Weiß",       "Entsorgung Nord GmbH",                  "Café am Markt"};
    return companies;
}

const QList<const char *> &ScaleCatalogue::longDocumentKinds()
{
    static const QList<const char *> kinds = {
        "Gutachten", "Planunterlagen", "Umweltverträglichkeitsstudie", "Prüfbericht", "Aktenauszug",
        "Satzung mit Begründung", "Verwaltungsvorgang des Gerichts", "Ausschreibungsunterlagen"};
    return kinds;
}

const QList<const char *> &ScaleCatalogue::noteTexts()
{
    static const QList<const char *> notes = {
        "Telefonisch Rücksprache gehalten; Unterlagen kommen in den nächsten Tagen.",
        "Bitte Frist im Auge behalten.",
        "Mit der Abteilungsleitung abgestimmt.",
        "Antragsteller war persönlich da, Sachstand erläutert.",
        "Unterlagen unvollständig, Nachforderung ist raus.",
        "Ortstermin vereinbart.",
        "Vorgang ruht bis zur Entscheidung des Gerichts.",
        "Rechtsamt beteiligt, Stellungnahme steht aus."};
    return notes;
}

const QList<const char *> &ScaleCatalogue::resubmissionReasons()
{
    static const QList<const char *> reasons = {
        "Eingang der Unterlagen prüfen", "Frist zur Stellungnahme läuft ab", "Sachstand beim Antragsteller erfragen",
        "Zahlungseingang prüfen",        "Wiedervorlage nach Ortstermin",   "Entscheidung des Gerichts abfragen"};
    return reasons;
}

const QList<ScaleInvoiceItem> &ScaleCatalogue::invoiceItems()
{
    static const QList<ScaleInvoiceItem> items = {
        {"Kopierpapier A4, 80 g, Karton à 2500 Blatt", "C62", "24.90", "19"},
        {"Toner, schwarz", "C62", "129.00", "19"},
        {"Notebook 14 Zoll, 16 GB RAM", "C62", "989.00", "19"},
        {"Einrichtung und Inventarisierung", "HUR", "95.00", "19"},
        {"Wartung Netzwerk", "HUR", "110.00", "19"},
        {"Schülertisch höhenverstellbar", "C62", "189.00", "19"},
        {"Broschüre, 24 Seiten", "C62", "0.92", "7"},
        {"Fachbuch Baurecht, aktuelle Auflage", "C62", "58.00", "7"},
        {"Kfz-Kennzeichen DIN 74069, Paar", "C62", "11.20", "19"},
        {"Pflege Ausgleichsfläche", "HUR", "48.00", "19"},
        {"Entsorgung Grünschnitt", "TNE", "38.00", "19"},
        {"Statische Prüfung", "C62", "1870.00", "19"},
        {"Winterdienst Kreisstraße, Einsatz", "HUR", "85.00", "19"},
        {"Dolmetscherleistung", "HUR", "75.00", "19"},
        {"Reinigung Verwaltungsgebäude", "MON", "2450.00", "19"},
        {"Lizenz Fachverfahren, Jahresgebühr", "C62", "14800.00", "19"},
    };
    return items;
}

} // namespace amtsdesk
