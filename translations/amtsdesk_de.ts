<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessService</name>
    <message>
        <source>&quot;%1&quot; is not a valid login: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger Anmeldename: Verwenden Sie bis zu 64 Buchstaben, Ziffern, „.“, „_“, „-“ oder „@“; das erste Zeichen muss ein Buchstabe oder eine Ziffer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the program itself.</source>
        <translation>„%1“ ist für das Programm selbst reserviert.</translation>
    </message>
    <message>
        <source>This store already has users; its first administrator was named when it was created.</source>
        <translation>Dieser Datenbestand hat bereits Benutzer; sein erster Administrator wurde beim Anlegen festgelegt.</translation>
    </message>
    <message>
        <source>Amtsdesk (system)</source>
        <translation>Amtsdesk (System)</translation>
    </message>
    <message>
        <source>There is no user with the number %1.</source>
        <translation>Es gibt keinen Benutzer mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no user record in this store. Ask an administrator to add you.</source>
        <translation>Zum Anmeldenamen „%1“ gibt es in diesem Datenbestand kein Benutzerkonto. Bitten Sie die Administration, Sie aufzunehmen.</translation>
    </message>
    <message>
        <source>Nobody can sign in as the program&apos;s own system actor.</source>
        <translation>Niemand kann sich als interner Systembenutzer des Programms anmelden.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is deactivated in this store.</source>
        <translation>Der Benutzer „%1“ ist in diesem Datenbestand deaktiviert.</translation>
    </message>
    <message>
        <source>%1 is not deputy for %2 today.</source>
        <translation>%1 ist heute nicht als Vertretung für %2 eingetragen.</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role &quot;%3&quot;.</source>
        <translation>%1 ist zum %2 nicht berechtigt: Dafür ist die Rolle „%3“ erforderlich.</translation>
    </message>
    <message>
        <source>There is no department with the code &quot;%1&quot;.</source>
        <translation>Es gibt keine Organisationseinheit mit dem Kürzel „%1“.</translation>
    </message>
    <message>
        <source>create departments</source>
        <translation>Anlegen von Organisationseinheiten</translation>
    </message>
    <message>
        <source>A department code must have 1 to 32 characters; &quot;%1&quot; has %2.</source>
        <translation>Das Kürzel einer Organisationseinheit muss 1 bis 32 Zeichen lang sein; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; needs a name of 1 to 200 characters.</source>
        <translation>Die Organisationseinheit „%1“ braucht einen Namen mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>A department with the code &quot;%1&quot; exists already.</source>
        <translation>Eine Organisationseinheit mit dem Kürzel „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>create users</source>
        <translation>Anlegen von Benutzern</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; needs a name of 1 to 200 characters.</source>
        <translation>Der Benutzer „%1“ braucht einen Namen mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken already.</source>
        <translation>Der Anmeldename „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>grant roles</source>
        <translation>Vergeben von Rollen</translation>
    </message>
    <message>
        <source>The program&apos;s system actor has no roles.</source>
        <translation>Der interne Systembenutzer des Programms hat keine Rollen.</translation>
    </message>
    <message>
        <source>revoke roles</source>
        <translation>Entziehen von Rollen</translation>
    </message>
    <message>
        <source>The last administrator keeps that role: name another administrator first.</source>
        <translation>Der letzte Administrator behält diese Rolle: Bestimmen Sie zuerst einen weiteren Administrator.</translation>
    </message>
    <message>
        <source>name deputies for other people</source>
        <translation>Festlegen von Vertretungen für andere Personen</translation>
    </message>
    <message>
        <source>A deputyship needs a start date on or before its end date.</source>
        <translation>Bei einer Vertretung darf das Anfangsdatum nicht nach dem Enddatum liegen.</translation>
    </message>
    <message>
        <source>Nobody can be their own deputy.</source>
        <translation>Niemand kann sich selbst vertreten.</translation>
    </message>
    <message>
        <source>The program&apos;s system actor cannot take part in a deputyship.</source>
        <translation>Der interne Systembenutzer des Programms kann nicht an einer Vertretung beteiligt sein.</translation>
    </message>
    <message>
        <source>move people between departments</source>
        <translation>Umsetzen von Personen in andere Organisationseinheiten</translation>
    </message>
</context>
<context>
    <name>Actor</name>
    <message>
        <source>%1 i.V. %2</source>
        <extracomment>&quot;i.V.&quot; (in Vertretung) is how a German deputy signs for an absent colleague.</extracomment>
        <translation>%1 i.V. %2</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>&quot;%1&quot; is not a language of Amtsdesk; choose one of: %2.</source>
        <translation>„%1“ ist keine Sprache von Amtsdesk; wählen Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>given with --database</source>
        <translation>angegeben mit --database</translation>
    </message>
    <message>
        <source>given in AMTSDESK_DATABASE</source>
        <translation>angegeben in AMTSDESK_DATABASE</translation>
    </message>
    <message>
        <source>set by the administrator for this computer</source>
        <translation>von der Administration für diesen Computer festgelegt</translation>
    </message>
    <message>
        <source>in your own data folder (single-user install)</source>
        <translation>in Ihrem eigenen Datenordner (Einzelplatzinstallation)</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry needs an actor, an action and an object type.</source>
        <translation>Ein Protokolleintrag braucht eine handelnde Person, eine Aktion und einen Objekttyp.</translation>
    </message>
    <message>
        <source>entry %1 follows entry %2: entries are missing or were renumbered</source>
        <translation>Eintrag %1 folgt auf Eintrag %2: Es fehlen Einträge oder sie wurden umnummeriert</translation>
    </message>
    <message>
        <source>entry %1 does not point at the entry before it: an entry was changed, removed or moved</source>
        <translation>Eintrag %1 verweist nicht auf den vorhergehenden Eintrag: Ein Eintrag wurde geändert, entfernt oder verschoben</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written: its content does not match its hash</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert: Sein Inhalt passt nicht zu seinem Hashwert</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The stored document %1 is damaged (its bytes no longer match); run verify on the store.</source>
        <translation>Das gespeicherte Dokument %1 ist beschädigt (sein Inhalt stimmt nicht mehr überein); führen Sie verify für den Datenbestand aus.</translation>
    </message>
    <message>
        <source>The copy did not verify: %1</source>
        <translation>Die Kopie hat die Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>%1 could not be moved aside; nothing was restored.</source>
        <translation>%1 konnte nicht beiseitegelegt werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 exists already and is not an empty folder; choose a new folder for the backup.</source>
        <translation>%1 existiert bereits und ist kein leerer Ordner; wählen Sie einen neuen Ordner für die Sicherung.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database could not be copied to %1: %2</source>
        <translation>Die Datenbank konnte nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>The finished backup could not be moved to %1.</source>
        <translation>Die fertige Sicherung konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>%1 is not an Amtsdesk backup: it holds no %2.</source>
        <translation>%1 ist keine Amtsdesk-Sicherung: %2 fehlt darin.</translation>
    </message>
    <message>
        <source>%1 is not an Amtsdesk backup: %2 is not an Amtsdesk store.</source>
        <translation>%1 ist keine Amtsdesk-Sicherung: %2 ist kein Amtsdesk-Datenbestand.</translation>
    </message>
    <message>
        <source>There is a store at %1 already; restore with --replace to put the backup in its place (the current store is then moved aside, not deleted).</source>
        <translation>Unter %1 gibt es bereits einen Datenbestand; stellen Sie mit --replace wieder her, um ihn durch die Sicherung zu ersetzen (der bisherige Datenbestand wird dann beiseitegelegt, nicht gelöscht).</translation>
    </message>
    <message>
        <source>The backup database %1 could not be copied. Is the disk full?</source>
        <translation>Die Sicherungsdatenbank %1 konnte nicht kopiert werden. Ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>The restored database could not be moved to %1.</source>
        <translation>Die wiederhergestellte Datenbank konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>The restored documents could not be moved to %1.</source>
        <translation>Die wiederhergestellten Dokumente konnten nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The blob folder %1 cannot be created.</source>
        <translation>Der Ordner für Dokumentdateien %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A temporary file cannot be created in %1: %2</source>
        <translation>In %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>The document could not be written to the blob store (%1). Is the disk full?</source>
        <translation>Das Dokument konnte nicht in die Dokumentablage geschrieben werden (%1). Ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>The document could not be written to disk safely. Is the disk full?</source>
        <translation>Das Dokument konnte nicht sicher auf den Datenträger geschrieben werden. Ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>The document could not be moved into the blob store at %1.</source>
        <translation>Das Dokument konnte nicht in die Dokumentablage unter %1 verschoben werden.</translation>
    </message>
    <message>
        <source>The blob folder %1 could not be synchronised to disk.</source>
        <translation>Der Ordner für Dokumentdateien %1 konnte nicht auf den Datenträger synchronisiert werden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The blob %1 is referenced before it was written.</source>
        <translation>Auf die Dokumentdatei %1 wird verwiesen, bevor sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>%1 is not a blob hash.</source>
        <translation>%1 ist kein Hashwert einer Dokumentdatei.</translation>
    </message>
    <message>
        <source>The stored document %1 is missing from the blob store.</source>
        <translation>Das gespeicherte Dokument %1 fehlt in der Dokumentablage.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read to the end.</source>
        <translation>Die Datei %1 kann nicht bis zum Ende gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: amtsdesk-cli [--database PATH] [--user LOGIN] [--lang de|en|tr] COMMAND [ARGS]</source>
        <translation>Aufruf: amtsdesk-cli [--database PATH] [--user LOGIN] [--lang de|en|tr] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Allgemeine Optionen:</translation>
    </message>
    <message>
        <source>the store to use (also AMTSDESK_DATABASE); default: the administrator&apos;s setting, else your data folder</source>
        <translation>der zu verwendende Datenbestand (auch AMTSDESK_DATABASE); Standard: die Einstellung der Administration, sonst Ihr Datenordner</translation>
    </message>
    <message>
        <source>act as LOGIN (demo and test stores only)</source>
        <translation>als LOGIN handeln (nur bei Demo- und Test-Datenbeständen)</translation>
    </message>
    <message>
        <source>language of messages: de, en or tr</source>
        <translation>Sprache der Meldungen: de, en oder tr</translation>
    </message>
    <message>
        <source>Run &apos;amtsdesk-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;amtsdesk-cli COMMAND --help&apos; an.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments; see &apos;amtsdesk-cli %1 --help&apos;.</source>
        <translation>%1: falsche Anzahl von Argumenten; siehe &apos;amtsdesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--user works on demo and test stores only; on this store you act as your own login (%1).</source>
        <translation>--user wirkt nur bei Demo- und Test-Datenbeständen; in diesem Datenbestand handeln Sie unter Ihrem eigenen Anmeldenamen (%1).</translation>
    </message>
    <message>
        <source>create a new store with its first administrator</source>
        <translation>einen neuen Datenbestand mit seinem ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>create a demo store of a realistic district office</source>
        <translation>einen Demo-Datenbestand einer realistischen Kreisverwaltung anlegen</translation>
    </message>
    <message>
        <source>check integrity, the audit chain and every document&apos;s hash</source>
        <translation>Integrität, Protokollkette und den Hashwert jedes Dokuments prüfen</translation>
    </message>
    <message>
        <source>print the hash of the newest audit entry</source>
        <translation>den Hashwert des neuesten Protokolleintrags ausgeben</translation>
    </message>
    <message>
        <source>write a consistent backup into a new folder</source>
        <translation>eine konsistente Sicherung in einen neuen Ordner schreiben</translation>
    </message>
    <message>
        <source>put a backup in place of the store</source>
        <translation>den Datenbestand durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>show who you act as, with roles and deputyships</source>
        <translation>anzeigen, als wer Sie handeln, mit Rollen und Vertretungen</translation>
    </message>
    <message>
        <source>list the users and departments of the store</source>
        <translation>die Benutzer und Organisationseinheiten des Datenbestands auflisten</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;; run &apos;amtsdesk-cli --help&apos;.</source>
        <translation>Unbekannte Option &apos;%1&apos;; rufen Sie &apos;amtsdesk-cli --help&apos; auf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; run &apos;amtsdesk-cli --help&apos; for the list.</source>
        <translation>&apos;%1&apos; ist kein Befehl; die Liste der Befehle zeigt &apos;amtsdesk-cli --help&apos; an.</translation>
    </message>
    <message>
        <source>Creates a new store at the store location with LOGIN as its first administrator.</source>
        <translation>Legt am Speicherort des Datenbestands einen neuen Datenbestand mit LOGIN als erstem Administrator an.</translation>
    </message>
    <message>
        <source>login of the first administrator</source>
        <translation>Anmeldename des ersten Administrators</translation>
    </message>
    <message>
        <source>their full name</source>
        <translation>dessen vollständiger Name</translation>
    </message>
    <message>
        <source>init: name the first administrator with --admin LOGIN.</source>
        <translation>init: Geben Sie den ersten Administrator mit --admin LOGIN an.</translation>
    </message>
    <message>
        <source>Created the store %1 (%2) with %3 as its administrator.</source>
        <translation>Datenbestand %1 (%2) mit %3 als Administrator angelegt.</translation>
    </message>
    <message>
        <source>Creates a demo store of the Landkreis Musterfeld, with you as its administrator.</source>
        <translation>Legt einen Demo-Datenbestand des Landkreises Musterfeld an, mit Ihnen als Administrator.</translation>
    </message>
    <message>
        <source>replace an existing demo store (never a real one)</source>
        <translation>einen vorhandenen Demo-Datenbestand ersetzen (niemals einen echten)</translation>
    </message>
    <message>
        <source>There is a store at %1 already; add --replace to replace a demo store.</source>
        <translation>Unter %1 gibt es bereits einen Datenbestand; mit --replace ersetzen Sie einen Demo-Datenbestand.</translation>
    </message>
    <message>
        <source>%1 is not a demo store; it is never replaced by demo data.</source>
        <translation>%1 ist kein Demo-Datenbestand; er wird niemals durch Demodaten ersetzt.</translation>
    </message>
    <message>
        <source>Created the demo store %1; you (%2) are its administrator. Other users: see &apos;amtsdesk-cli users&apos;.</source>
        <translation>Demo-Datenbestand %1 angelegt; Sie (%2) sind sein Administrator. Weitere Benutzer: siehe &apos;amtsdesk-cli users&apos;.</translation>
    </message>
    <message>
        <source>Checks SQLite integrity, the whole audit chain and every stored document&apos;s hash.</source>
        <translation>Prüft die SQLite-Integrität, die gesamte Protokollkette und den Hashwert jedes gespeicherten Dokuments.</translation>
    </message>
    <message>
        <source>also check that the audit chain still ends in HASH (from audit-head)</source>
        <translation>zusätzlich prüfen, ob die Protokollkette noch mit HASH endet (aus audit-head)</translation>
    </message>
    <message>
        <source>Audit trail: the exported head %1 is no longer in the chain: the trail was rewritten or cut.</source>
        <translation>Protokoll: Der exportierte Hashwert %1 des letzten Eintrags ist nicht mehr in der Kette enthalten: Das Protokoll wurde neu geschrieben oder gekürzt.</translation>
    </message>
    <message>
        <source>Audit trail: the exported head %1 is still in the chain.</source>
        <translation>Protokoll: Der exportierte Hashwert %1 des letzten Eintrags ist weiterhin in der Kette enthalten.</translation>
    </message>
    <message>
        <source>verify: the audit trail is broken at entry %1</source>
        <translation>verify: Das Protokoll ist bei Eintrag %1 unterbrochen</translation>
    </message>
    <message>
        <source>Prints the hash of the newest audit entry. Keep it elsewhere: &apos;verify --expect-head&apos; then detects a rewrite of the whole trail.</source>
        <translation>Gibt den Hashwert des neuesten Protokolleintrags aus. Bewahren Sie ihn an anderer Stelle auf: &apos;verify --expect-head&apos; erkennt dann, wenn das gesamte Protokoll neu geschrieben wurde.</translation>
    </message>
    <message>
        <source>Writes a consistent backup of the store and its documents into the new folder DEST, also while others work; the copy is verified before it is kept.</source>
        <translation>Schreibt eine konsistente Sicherung des Datenbestands und seiner Dokumente in den neuen Ordner DEST, auch während andere damit arbeiten; die Kopie wird geprüft, bevor sie behalten wird.</translation>
    </message>
    <message>
        <source>a folder that does not exist yet (or is empty)</source>
        <translation>ein Ordner, der noch nicht existiert (oder leer ist)</translation>
    </message>
    <message>
        <source>Backup written to %1: the database and %2 documents, %3 bytes, verified.</source>
        <translation>Sicherung nach %1 geschrieben: die Datenbank und %2 Dokumente, %3 Bytes, geprüft.</translation>
    </message>
    <message>
        <source>Puts the backup in folder SOURCE in place of the store. Close Amtsdesk first.</source>
        <translation>Ersetzt den Datenbestand durch die Sicherung im Ordner SOURCE. Schließen Sie vorher Amtsdesk.</translation>
    </message>
    <message>
        <source>a folder written by &apos;backup&apos;</source>
        <translation>ein mit &apos;backup&apos; geschriebener Ordner</translation>
    </message>
    <message>
        <source>replace an existing store (it is moved aside, not deleted)</source>
        <translation>einen vorhandenen Datenbestand ersetzen (er wird beiseitegelegt, nicht gelöscht)</translation>
    </message>
    <message>
        <source>Restored %1 documents into %2; the store verifies.</source>
        <translation>%1 Dokumente nach %2 wiederhergestellt; die Prüfung des Datenbestands war erfolgreich.</translation>
    </message>
    <message>
        <source>The store that was there is kept at %1.</source>
        <translation>Der bisherige Datenbestand bleibt unter %1 erhalten.</translation>
    </message>
    <message>
        <source>Shows who you act as in the store, with your roles and deputyships.</source>
        <translation>Zeigt, als wer Sie im Datenbestand handeln, mit Ihren Rollen und Vertretungen.</translation>
    </message>
    <message>
        <source>%1 (%2), department %3</source>
        <translation>%1 (%2), Organisationseinheit %3</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Deputyship: %1 for %2, %3 to %4</source>
        <translation>Vertretung: %1 für %2, %3 bis %4</translation>
    </message>
    <message>
        <source>Store: %1 (%2)</source>
        <translation>Datenbestand: %1 (%2)</translation>
    </message>
    <message>
        <source>Lists the departments and users of the store.</source>
        <translation>Listet die Organisationseinheiten und Benutzer des Datenbestands auf.</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Organisationseinheiten:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>list what waits for you (Meine Aufgaben)</source>
        <translation>auflisten, was für Sie vorliegt (Meine Aufgaben)</translation>
    </message>
    <message>
        <source>list, install and show workflows; take a step on an item</source>
        <translation>Workflows auflisten, installieren und anzeigen; einen Schritt für einen Eintrag ausführen</translation>
    </message>
    <message>
        <source>process figures: time spent per state and month</source>
        <translation>Prozesskennzahlen: Verweildauer je Status und Monat</translation>
    </message>
    <message>
        <source>Lists what waits for you, also as deputy, soonest due first; &apos;!&apos; marks overdue items.</source>
        <translation>Listet auf, was für Sie vorliegt, auch als Vertretung, das am frühesten Fällige zuerst; &apos;!&apos; kennzeichnet überfällige Einträge.</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Für Sie liegt nichts vor.</translation>
    </message>
    <message>
        <source>(i.V. %1)</source>
        <translation>(i.V. %1)</translation>
    </message>
    <message>
        <source>steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <source>Lists the workflows with their version and states.</source>
        <translation>Listet die Workflows mit ihrer Version und ihren Status auf.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Checks a workflow definition (JSON) and installs it as the new version of its workflow. Items already under way keep the version they started under.</source>
        <translation>Prüft eine Workflow-Definition (JSON) und installiert sie als neue Version ihres Workflows. Bereits laufende Einträge behalten die Version, mit der sie begonnen wurden.</translation>
    </message>
    <message>
        <source>the definition</source>
        <translation>die Definition</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Installed the workflow &quot;%1&quot; as version %2.</source>
        <translation>Workflow „%1“ als Version %2 installiert.</translation>
    </message>
    <message>
        <source>Shows an item&apos;s state, fields and history, and the steps you may take.</source>
        <translation>Zeigt Status, Felder und Verlauf eines Eintrags sowie die Schritte, die Sie ausführen dürfen.</translation>
    </message>
    <message>
        <source>the item number (as &apos;tasks&apos; shows it)</source>
        <translation>die Nummer des Eintrags (wie &apos;tasks&apos; sie anzeigt)</translation>
    </message>
    <message>
        <source>Workflow: %1, version %2</source>
        <translation>Workflow: %1, Version %2</translation>
    </message>
    <message>
        <source>State: %1 since %2</source>
        <translation>Status: %1 seit %2</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>%1 i.V. %2</source>
        <translation>%1 i.V. %2</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>Steps you may take: %1</source>
        <translation>Schritte, die Sie ausführen dürfen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Takes a step (transition) on an item: one transaction with every check; exit code 1 when it is refused.</source>
        <translation>Führt einen Schritt (Übergang) für einen Eintrag aus: eine Transaktion mit allen Prüfungen; Exit-Code 1, wenn der Schritt abgelehnt wird.</translation>
    </message>
    <message>
        <source>the item number</source>
        <translation>die Nummer des Eintrags</translation>
    </message>
    <message>
        <source>the step&apos;s key, e.g. start_work</source>
        <translation>der Schlüssel des Schritts, z. B. start_work</translation>
    </message>
    <message>
        <source>why (some steps need it)</source>
        <translation>Begründung (bei manchen Schritten erforderlich)</translation>
    </message>
    <message>
        <source>fill a field, e.g. cost_centre=20-110 (repeatable)</source>
        <translation>ein Feld ausfüllen, z. B. cost_centre=20-110 (mehrfach angebbar)</translation>
    </message>
    <message>
        <source>refuse when the item changed since you saw this version</source>
        <translation>ablehnen, wenn sich der Eintrag seit dieser von Ihnen gesehenen Version geändert hat</translation>
    </message>
    <message>
        <source>act as deputy (i.V.) for LOGIN</source>
        <translation>als Vertretung (i.V.) für LOGIN handeln</translation>
    </message>
    <message>
        <source>--field needs NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--field braucht NAME=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>--expect-version needs a number, not &quot;%1&quot;.</source>
        <translation>--expect-version braucht eine Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>#%1 is now &quot;%2&quot; (version %3).</source>
        <translation>#%1 hat jetzt den Status „%2“ (Version %3).</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli workflow list | install FILE | show ITEM | take ITEM STEP [options]</source>
        <translation>Aufruf: amtsdesk-cli workflow list | install FILE | show ITEM | take ITEM STEP [Optionen]</translation>
    </message>
    <message>
        <source>Process figures from the workflow history: per workflow, state and month, how many items left the state and the median and 90th percentile of the hours they spent in it.</source>
        <translation>Prozesskennzahlen aus dem Workflow-Verlauf: je Workflow, Status und Monat die Anzahl der Einträge, die den Status verlassen haben, sowie Median und 90. Perzentil der Stunden, die sie darin verbracht haben.</translation>
    </message>
    <message>
        <source>only this workflow</source>
        <translation>nur dieser Workflow</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>erster Tag (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>letzter Tag (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>write CSV to FILE (&apos;-&apos; for standard output)</source>
        <translation>CSV in FILE schreiben (&apos;-&apos; für die Standardausgabe)</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 braucht ein Datum im Format YYYY-MM-DD, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Workflow      Month    State                     Items  Median h  90 % h</source>
        <translation>Workflow      Monat    Status                     Anz.  Median h  90 % h</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is already a file at %1; a new store is only created where none exists.</source>
        <translation>Unter %1 gibt es bereits eine Datei; ein neuer Datenbestand wird nur dort angelegt, wo noch keine Datei vorhanden ist.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no Amtsdesk store at %1.</source>
        <translation>Unter %1 gibt es keinen Amtsdesk-Datenbestand.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an Amtsdesk store.</source>
        <translation>%1 ist ein Ordner, kein Amtsdesk-Datenbestand.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Amtsdesk store; it was left as it is.</source>
        <translation>%1 ist eine leere Datei, kein Amtsdesk-Datenbestand; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 is not an Amtsdesk store (not an SQLite database); it was left as it is.</source>
        <translation>%1 ist kein Amtsdesk-Datenbestand (keine SQLite-Datenbank); die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Amtsdesk store; it was left as it is.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, kein Amtsdesk-Datenbestand; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Amtsdesk (schema %2; this program knows up to %3). Install the newer version; the store was left as it is.</source>
        <translation>%1 wurde von einer neueren Amtsdesk-Version geschrieben (Schema %2; dieses Programm kennt Schemata bis %3). Installieren Sie die neuere Version; der Datenbestand wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>Der Datenbestand %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation>Der Datenbestand %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The store %1 does not say what kind of store it is.</source>
        <translation>Der Datenbestand %1 enthält keine Angabe, welche Art von Datenbestand er ist.</translation>
    </message>
    <message>
        <source>The SQLite driver of this Qt installation does not expose its connection.</source>
        <translation>Der SQLite-Treiber dieser Qt-Installation stellt seine Verbindung nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>The store %1 cannot use write-ahead logging; it must be on a local disk, not a network share.</source>
        <translation>Der Datenbestand %1 kann kein Write-Ahead-Logging verwenden; er muss auf einem lokalen Datenträger liegen, nicht auf einer Netzwerkfreigabe.</translation>
    </message>
    <message>
        <source>This program was built without its schema migrations.</source>
        <translation>Dieses Programm wurde ohne seine Schema-Migrationen erstellt.</translation>
    </message>
    <message>
        <source>Before updating its schema, a copy of the store could not be written to %1: %2</source>
        <translation>Vor der Aktualisierung des Schemas konnte keine Kopie des Datenbestands nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The migration %1 cannot be read.</source>
        <translation>Die Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>Die Schema-Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>A database statement could not be prepared: %1</source>
        <translation>Eine Datenbankanweisung konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The store is busy with another Amtsdesk; please try again in a moment.</source>
        <translation>Der Datenbestand wird gerade von einem anderen Amtsdesk verwendet; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk holding the store is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger mit dem Datenbestand ist voll; es wurde nichts geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store is read-only; nothing was changed.</source>
        <translation>Der Datenbestand ist schreibgeschützt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the store: %1</source>
        <translation>Die Änderung verstößt gegen eine Regel des Datenbestands: %1</translation>
    </message>
    <message>
        <source>The store is damaged: %1</source>
        <translation>Der Datenbestand ist beschädigt: %1</translation>
    </message>
    <message>
        <source>A database statement failed: %1</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DemoDistrict</name>
    <message>
        <source>Demo data goes only into a demo store, never into a real one.</source>
        <translation>Demodaten werden nur in einen Demo-Datenbestand geschrieben, niemals in einen echten.</translation>
    </message>
</context>
<context>
    <name>ProcessFigures</name>
    <message>
        <source>see process figures</source>
        <translation>Einsehen der Prozesskennzahlen</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Zeichnungsbefugnis</translation>
    </message>
    <message>
        <source>Invoice checker</source>
        <translation>Rechnungsprüfung</translation>
    </message>
    <message>
        <source>Payment approver</source>
        <translation>Anordnungsbefugnis</translation>
    </message>
    <message>
        <source>Digitalisation officer</source>
        <translation>Digitalisierungsbeauftragte(r)</translation>
    </message>
    <message>
        <source>Programme manager</source>
        <translation>Projektleitung Digitalisierungsprogramm</translation>
    </message>
    <message>
        <source>Process manager</source>
        <translation>Prozessmanagement</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <source>There is no Amtsdesk store at %1 (%2). Ask your administrator, or create one with &apos;amtsdesk-cli init --admin LOGIN&apos;.</source>
        <translation>Unter %1 (%2) gibt es keinen Amtsdesk-Datenbestand. Wenden Sie sich an Ihre Administration, oder legen Sie einen mit &apos;amtsdesk-cli init --admin LOGIN&apos; an.</translation>
    </message>
    <message>
        <source>Welcome to Amtsdesk</source>
        <translation>Willkommen bei Amtsdesk</translation>
    </message>
    <message>
        <source>There is no Amtsdesk store on this computer yet.

Create one at %1, with you (%2) as its first administrator?</source>
        <translation>Auf diesem Computer gibt es noch keinen Amtsdesk-Datenbestand.

Soll unter %1 einer angelegt werden, mit Ihnen (%2) als erstem Administrator?</translation>
    </message>
    <message>
        <source>No store was created.</source>
        <translation>Es wurde kein Datenbestand angelegt.</translation>
    </message>
    <message>
        <source>--user works on demo and test stores only; on this store you act as your own login (%1).</source>
        <translation>--user wirkt nur bei Demo- und Test-Datenbeständen; in diesem Datenbestand handeln Sie unter Ihrem eigenen Anmeldenamen (%1).</translation>
    </message>
</context>
<context>
    <name>StoreVerifier</name>
    <message>
        <source>row %1 of table %2 points at a missing row of %3</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>The store is intact.</source>
        <translation>Der Datenbestand ist unversehrt.</translation>
    </message>
    <message>
        <source>The store is NOT intact.</source>
        <translation>Der Datenbestand ist NICHT unversehrt.</translation>
    </message>
    <message>
        <source>Database integrity: ok</source>
        <translation>Datenbankintegrität: in Ordnung</translation>
    </message>
    <message>
        <source>Database integrity: %1</source>
        <translation>Datenbankintegrität: %1</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, chain unbroken, head %2</source>
        <translation>Protokoll: %1 Einträge, Kette lückenlos, letzter Hashwert %2</translation>
    </message>
    <message>
        <source>Audit trail: broken at entry %1: %2</source>
        <translation>Protokoll: unterbrochen bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Audit trail: cannot be read: %1</source>
        <translation>Protokoll: kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Documents: %1 stored files, all match their hashes</source>
        <translation>Dokumente: %1 gespeicherte Dateien, alle passen zu ihren Hashwerten</translation>
    </message>
    <message>
        <source>Documents: blob %1 is missing</source>
        <translation>Dokumente: Dokumentdatei %1 fehlt</translation>
    </message>
    <message>
        <source>Documents: blob %1 does not match its hash (changed or damaged)</source>
        <translation>Dokumente: Dokumentdatei %1 passt nicht zu ihrem Hashwert (geändert oder beschädigt)</translation>
    </message>
    <message>
        <source>Documents: %1 unreferenced files (left by interrupted imports; harmless)</source>
        <translation>Dokumente: %1 nicht referenzierte Dateien (Reste abgebrochener Importe; unbedenklich)</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>Die Transaktion war bereits abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>WorkflowDefinition</name>
    <message>
        <source>The workflow definition %1 is larger than 1 MB.</source>
        <translation>Die Workflow-Definition %1 ist größer als 1 MB.</translation>
    </message>
    <message>
        <source>The workflow definition %1 is not valid JSON at byte %2: %3</source>
        <translation>Die Workflow-Definition %1 ist bei Byte %2 kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>The workflow definition %1 must be a JSON object.</source>
        <translation>Die Workflow-Definition %1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The workflow definition %1: transition &quot;%2&quot; names the unknown role &quot;%3&quot;.</source>
        <translation>Die Workflow-Definition %1: Der Schritt „%2“ nennt die unbekannte Rolle „%3“.</translation>
    </message>
    <message>
        <source>The workflow definition %1: %2</source>
        <translation>Die Workflow-Definition %1: %2</translation>
    </message>
    <message>
        <source>its key &quot;%1&quot; must be lower-case letters, digits and &apos;_&apos;.</source>
        <translation>Der Workflow-Schlüssel „%1“ darf nur Kleinbuchstaben, Ziffern und „_“ enthalten.</translation>
    </message>
    <message>
        <source>it needs a version number of 1 or more.</source>
        <translation>Die Versionsnummer muss 1 oder größer sein.</translation>
    </message>
    <message>
        <source>the workflow has no label in &quot;%1&quot;.</source>
        <translation>Der Workflow hat keine Bezeichnung für die Sprache „%1“.</translation>
    </message>
    <message>
        <source>it has no states.</source>
        <translation>Es sind keine Status definiert.</translation>
    </message>
    <message>
        <source>the state key &quot;%1&quot; must be lower-case letters, digits and &apos;_&apos;.</source>
        <translation>Der Statusschlüssel „%1“ darf nur Kleinbuchstaben, Ziffern und „_“ enthalten.</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; is declared twice.</source>
        <translation>Der Status „%1“ ist zweimal definiert.</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; has no label in &quot;%2&quot;.</source>
        <translation>Der Status „%1“ hat keine Bezeichnung für die Sprache „%2“.</translation>
    </message>
    <message>
        <source>the initial state &quot;%1&quot; is not one of its states.</source>
        <translation>Der Anfangsstatus „%1“ ist keiner der definierten Status.</translation>
    </message>
    <message>
        <source>it has no final state.</source>
        <translation>Es ist kein Endstatus definiert.</translation>
    </message>
    <message>
        <source>the transition key &quot;%1&quot; must be lower-case letters, digits and &apos;_&apos;.</source>
        <translation>Der Schrittschlüssel „%1“ darf nur Kleinbuchstaben, Ziffern und „_“ enthalten.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; is declared twice.</source>
        <translation>Der Schritt „%1“ ist zweimal definiert.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; has no label in &quot;%2&quot;.</source>
        <translation>Der Schritt „%1“ hat keine Bezeichnung für die Sprache „%2“.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; does not say where it starts (&quot;from&quot;).</source>
        <translation>Beim Schritt „%1“ fehlt die Angabe, in welchem Status er beginnt („from“).</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; starts in the unknown state &quot;%2&quot;.</source>
        <translation>Der Schritt „%1“ beginnt im unbekannten Status „%2“.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; leaves the final state &quot;%2&quot;.</source>
        <translation>Der Schritt „%1“ führt aus dem Endstatus „%2“ heraus.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; leads to the unknown state &quot;%2&quot;.</source>
        <translation>Der Schritt „%1“ führt in den unbekannten Status „%2“.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; is taken by the system, so it cannot name roles.</source>
        <translation>Der Schritt „%1“ wird vom System ausgeführt und darf daher keine Rollen nennen.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; names no role that may take it.</source>
        <translation>Der Schritt „%1“ nennt keine Rolle, die ihn ausführen darf.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; is taken by the system, so it can neither need a comment nor a four-eyes rule.</source>
        <translation>Der Schritt „%1“ wird vom System ausgeführt und kann daher weder eine Bemerkung verlangen noch dem Vier-Augen-Prinzip unterliegen.</translation>
    </message>
    <message>
        <source>the four-eyes rule of &quot;%1&quot; names the unknown transition &quot;%2&quot;.</source>
        <translation>Das Vier-Augen-Prinzip des Schritts „%1“ nennt den unbekannten Schritt „%2“.</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; cannot be reached from the initial state.</source>
        <translation>Der Status „%1“ ist vom Anfangsstatus aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; is not final but has no way out.</source>
        <translation>Der Status „%1“ ist kein Endstatus, aber kein Schritt führt aus ihm heraus.</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>A workflow item needs a type and a reference.</source>
        <translation>Ein Workflow-Eintrag braucht einen Typ und eine Referenz.</translation>
    </message>
    <message>
        <source>A workflow item needs a title.</source>
        <translation>Ein Workflow-Eintrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>%1 %2 is in a workflow already.</source>
        <translation>%1 %2 befindet sich bereits in einem Workflow.</translation>
    </message>
    <message>
        <source>There is no workflow item %1.</source>
        <translation>Es gibt keinen Workflow-Eintrag %1.</translation>
    </message>
    <message>
        <source>%1 %2 is in no workflow.</source>
        <translation>%1 %2 befindet sich in keinem Workflow.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done by the program itself, not by a person.</source>
        <translation>„%1“ wird vom Programm selbst ausgeführt, nicht von einer Person.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be done by a person.</source>
        <translation>„%1“ muss von einer Person ausgeführt werden.</translation>
    </message>
    <message>
        <source>%1 may not &quot;%2&quot;: that needs one of the roles %3.</source>
        <translation>%1 darf „%2“ nicht ausführen: Dafür ist eine der Rollen %3 erforderlich.</translation>
    </message>
    <message>
        <source>%1 may not &quot;%2&quot;: the item belongs to another department.</source>
        <translation>%1 darf „%2“ nicht ausführen: Der Eintrag gehört zu einer anderen Organisationseinheit.</translation>
    </message>
    <message>
        <source>%1 may not &quot;%2&quot;: four eyes are needed, and %1 already did &quot;%3&quot; on this item.</source>
        <translation>%1 darf „%2“ nicht ausführen: Es gilt das Vier-Augen-Prinzip, und %1 hat bei diesem Eintrag bereits „%3“ ausgeführt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else in the meantime; it is now &quot;%2&quot;. Please look at it again.</source>
        <translation>„%1“ wurde inzwischen von einer anderen Person geändert und hat jetzt den Status „%2“. Bitte sehen Sie sich den Eintrag noch einmal an.</translation>
    </message>
    <message>
        <source>The workflow &quot;%1&quot; has no step &quot;%2&quot;.</source>
        <translation>Der Workflow „%1“ hat keinen Schritt „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be done now: &quot;%2&quot; is &quot;%3&quot;.</source>
        <translation>„%1“ ist jetzt nicht möglich: „%2“ hat den Status „%3“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a comment that says why.</source>
        <translation>„%1“ erfordert eine Bemerkung mit Begründung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the field &quot;%2&quot; filled in first.</source>
        <translation>Für „%1“ muss zuerst das Feld „%2“ ausgefüllt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else in the meantime. Please look at it again.</source>
        <translation>„%1“ wurde inzwischen von einer anderen Person geändert. Bitte sehen Sie sich den Eintrag noch einmal an.</translation>
    </message>
</context>
<context>
    <name>WorkflowRegistry</name>
    <message>
        <source>There is no workflow &quot;%1&quot;.</source>
        <translation>Es gibt keinen Workflow „%1“.</translation>
    </message>
    <message>
        <source>%1, version %2 (installed)</source>
        <translation>%1, Version %2 (installiert)</translation>
    </message>
    <message>
        <source>Version %1 of the workflow &quot;%2&quot; is not available.</source>
        <translation>Version %1 des Workflows „%2“ ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>install workflow definitions</source>
        <translation>Installieren von Workflow-Definitionen</translation>
    </message>
    <message>
        <source>The workflow &quot;%1&quot; is at version %2 already; a changed definition needs a higher version number.</source>
        <translation>Der Workflow „%1“ hat bereits die Version %2; eine geänderte Definition braucht eine höhere Versionsnummer.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::Decimal</name>
    <message>
        <source>%1 decimal places requested, allowed are 0 to %2</source>
        <translation>%1 Nachkommastellen angefordert, zulässig sind 0 bis %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 does not fit into %4 digits</source>
        <translation>%1 %2 %3 passt nicht in %4 Stellen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid decimal number: %2</source>
        <translation>„%1“ ist keine gültige Dezimalzahl: %2</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>unerwartetes Zeichen „%1“ an Position %2</translation>
    </message>
    <message>
        <source>it contains no digits</source>
        <translation>es sind keine Ziffern enthalten</translation>
    </message>
    <message>
        <source>it has more than %1 significant digits</source>
        <translation>die Zahl hat mehr als %1 signifikante Stellen</translation>
    </message>
    <message>
        <source>it has more than %1 decimal places</source>
        <translation>die Zahl hat mehr als %1 Nachkommastellen</translation>
    </message>
    <message>
        <source>Cannot divide %1 by zero</source>
        <translation>%1 kann nicht durch null geteilt werden</translation>
    </message>
    <message>
        <source>%1 with %2 decimal places does not fit into %3 digits</source>
        <translation>%1 mit %2 Nachkommastellen passt nicht in %3 Stellen</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::AuditLogModel</name>
    <message>
        <source>Store created</source>
        <translation>Datenbestand angelegt</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <source>Role revoked</source>
        <translation>Rolle entzogen</translation>
    </message>
    <message>
        <source>Department created</source>
        <translation>Organisationseinheit angelegt</translation>
    </message>
    <message>
        <source>Deputy named</source>
        <translation>Vertretung festgelegt</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Entry %1, hash %2</source>
        <translation>Eintrag %1, Hashwert %2</translation>
    </message>
    <message>
        <source>%1 i.V. %2</source>
        <translation>%1 i.V. %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Department changed</source>
        <translation>Organisationseinheit geändert</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>gehört zu</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>attempted</source>
        <translation>versucht</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::AuditLogPage</name>
    <message>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;Every change in the store, newest first. Entries cannot be changed; each carries the hash of the one before it.</source>
        <translation>&lt;h2&gt;Protokoll&lt;/h2&gt;Jede Änderung im Datenbestand, die neueste zuerst. Einträge können nicht geändert werden; jeder enthält den Hashwert des vorhergehenden.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::MainWindow</name>
    <message>
        <source>Amtsdesk</source>
        <translation>Amtsdesk</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Demo store: %1</source>
        <translation>Demo-Datenbestand: %1</translation>
    </message>
    <message>
        <source>Comes with a later version of Amtsdesk</source>
        <translation>Folgt in einer späteren Version von Amtsdesk</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>You, your roles and the store</source>
        <translation>Sie, Ihre Rollen und der Datenbestand</translation>
    </message>
    <message>
        <source>E-Files</source>
        <translation>E-Akte</translation>
    </message>
    <message>
        <source>Invoice Inbox</source>
        <translation>Rechnungseingang</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Departments, users and their roles</source>
        <translation>Organisationseinheiten, Benutzer und ihre Rollen</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Every change in the store</source>
        <translation>Jede Änderung im Datenbestand</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Check store</source>
        <translation>Datenbestand &amp;prüfen</translation>
    </message>
    <message>
        <source>Checks the database, the audit trail and every document&apos;s hash</source>
        <translation>Prüft die Datenbank, das Protokoll und den Hashwert jedes Dokuments</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Amtsdesk</source>
        <translation>Ü&amp;ber Amtsdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Amtsdesk</source>
        <translation>Über Amtsdesk</translation>
    </message>
    <message>
        <source>Amtsdesk %1

E-files, e-invoices and the digitalisation programme of a district office.

Licence: GNU General Public License, version 3 or later. Built with Qt %2.

Store: %3</source>
        <translation>Amtsdesk %1

E-Akte, E-Rechnungen und das Digitalisierungsprogramm einer Kreisverwaltung.

Lizenz: GNU General Public License, Version 3 oder später. Erstellt mit Qt %2.

Datenbestand: %3</translation>
    </message>
    <message>
        <source>What waits for you, also as deputy</source>
        <translation>Was für Sie vorliegt, auch als Vertretung</translation>
    </message>
    <message>
        <source>Process Figures</source>
        <translation>Prozesskennzahlen</translation>
    </message>
    <message>
        <source>Where the processes wait: time per state and month</source>
        <translation>Wo die Prozesse warten: Verweildauer je Status und Monat</translation>
    </message>
    <message>
        <source>&amp;Install workflow definition…</source>
        <translation>Workflow-Definition &amp;installieren…</translation>
    </message>
    <message>
        <source>Installs a changed workflow (JSON) as the new version of its workflow</source>
        <translation>Installiert einen geänderten Workflow (JSON) als neue Version dieses Workflows</translation>
    </message>
    <message>
        <source>Install workflow definition</source>
        <translation>Workflow-Definition installieren</translation>
    </message>
    <message>
        <source>Workflow definitions (*.json)</source>
        <translation>Workflow-Definitionen (*.json)</translation>
    </message>
    <message>
        <source>Workflow not installed</source>
        <translation>Workflow nicht installiert</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Workflow installed</source>
        <translation>Workflow installiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is installed as version %2. Items already under way keep the version they started under.</source>
        <translation>„%1“ ist als Version %2 installiert. Bereits laufende Einträge behalten die Version, mit der sie begonnen haben.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::PeoplePage</name>
    <message>
        <source>&lt;h2&gt;People and departments&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Personen und Organisationseinheiten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::ProcessFiguresPage</name>
    <message>
        <source>&lt;h2&gt;Process figures&lt;/h2&gt;How long items wait in each state of a workflow, from the workflow history: per month, the number of items that left a state, and the median and 90th percentile of the hours they spent in it.</source>
        <translation>&lt;h2&gt;Prozesskennzahlen&lt;/h2&gt;Wie lange Einträge in den einzelnen Status eines Workflows warten, ermittelt aus dem Workflow-Verlauf: je Monat die Anzahl der Einträge, die einen Status verlassen haben, sowie Median und 90. Perzentil der Stunden, die sie darin verbracht haben.</translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation>Alle Workflows</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Month for the chart</source>
        <translation>Monat für das Diagramm</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Median (h)</source>
        <translation>Median (Std.)</translation>
    </message>
    <message>
        <source>90th percentile (h)</source>
        <translation>90. Perzentil (Std.)</translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation>Workflow:</translation>
    </message>
    <message>
        <source>Chart for:</source>
        <translation>Diagramm für:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <source>No item has left a state yet: there is nothing to measure.</source>
        <translation>Bisher hat kein Eintrag einen Status verlassen: Es gibt noch nichts zu messen.</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>Hours spent per state, %1</source>
        <translation>Verweildauer je Status in Stunden, %1</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Export process figures</source>
        <translation>Prozesskennzahlen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::StartPage</name>
    <message>
        <source>&amp;Check store</source>
        <translation>Datenbestand &amp;prüfen</translation>
    </message>
    <message>
        <source>You in Amtsdesk</source>
        <translation>Ihre Angaben in Amtsdesk</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <source>Checks the database, the whole audit trail and every stored document&apos;s hash</source>
        <translation>Prüft die Datenbank, das gesamte Protokoll und den Hashwert jedes gespeicherten Dokuments</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Guten Morgen, %1</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>Guten Tag, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Guten Abend, %1</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>keine Organisationseinheit</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Anmeldename: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Organisationseinheit: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>none yet; ask an administrator</source>
        <translation>noch keine; wenden Sie sich an die Administration</translation>
    </message>
    <message>
        <source>You stand in for %1 from %2 to %3.</source>
        <translation>Sie vertreten %1 vom %2 bis %3.</translation>
    </message>
    <message>
        <source>%1 stands in for you from %2 to %3.</source>
        <translation>%1 vertritt Sie vom %2 bis %3.</translation>
    </message>
    <message>
        <source>No deputyships (Vertretungen) now or planned.</source>
        <translation>Keine aktuellen oder geplanten Vertretungen.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Speicherort: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo store&lt;/b&gt;: invented data of the Landkreis Musterfeld, for trying things out.</source>
        <translation>&lt;b&gt;Demo-Datenbestand&lt;/b&gt;: erfundene Daten des Landkreises Musterfeld zum Ausprobieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test store&lt;/b&gt;</source>
        <translation>&lt;b&gt;Test-Datenbestand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries</source>
        <translation>Protokoll: %1 Einträge</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::TaskListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>i.V. %1</source>
        <translation>i.V. %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Possible steps</source>
        <translation>Mögliche Schritte</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::TasksPage</name>
    <message>
        <source>&lt;h2&gt;My tasks&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Meine Aufgaben&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Take step</source>
        <translation>&amp;Schritt ausführen</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Für Sie liegt nichts vor.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) wait for you</source>
        <translation>
            <numerusform>%n Aufgabe wartet auf Sie</numerusform>
            <numerusform>%n Aufgaben warten auf Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%n overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%n überfällig&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%n überfällig&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Step not taken</source>
        <translation>Schritt nicht ausgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: done.</source>
        <translation>„%1“: erledigt.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::TransitionDialog</name>
    <message>
        <source>Resubmission date (YYYY-MM-DD)</source>
        <translation>Wiedervorlagedatum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Budget item</source>
        <translation>Haushaltsstelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</translation>
    </message>
    <message>
        <source>Required: say why</source>
        <translation>Erforderlich: Bitte geben Sie eine Begründung an</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Bemerkung:</translation>
    </message>
</context>
</TS>
