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
</TS>
