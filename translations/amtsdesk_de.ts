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
    <message>
        <source>choose where invoices are filed</source>
        <translation>Festlegen des Ablageorts für Rechnungen</translation>
    </message>
    <message>
        <source>keep the Leitweg-IDs</source>
        <translation>Pflegen der Leitweg-IDs</translation>
    </message>
    <message>
        <source>import the OZG catalogue</source>
        <translation>Importieren des OZG-Katalogs</translation>
    </message>
    <message>
        <source>set up the scheduled backup</source>
        <translation>Einrichten der automatischen Sicherung</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>das Protokoll lesen</translation>
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
    <name>AuditHead</name>
    <message>
        <source>%1 is not an audit head saved by Amtsdesk (it lacks the line &quot;%2&quot;).</source>
        <translation>%1 ist kein von Amtsdesk gespeicherter Protokollstand (die Zeile „%2“ fehlt).</translation>
    </message>
    <message>
        <source>%1 names no audit head: its line &quot;hash=&quot; needs 64 hexadecimal digits.</source>
        <translation>%1 enthält keinen Protokollstand: Die Zeile „hash=“ braucht 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>%1 does not say how many entries the trail had: its line &quot;entries=&quot; needs a number.</source>
        <translation>%1 gibt nicht an, wie viele Einträge das Protokoll hatte: Die Zeile „entries=“ braucht eine Zahl.</translation>
    </message>
    <message>
        <source>%1 exists and is not an audit head; choose another file name.</source>
        <translation>%1 existiert bereits und ist kein Protokollstand; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The audit head could not be written to %1: %2</source>
        <translation>Der Protokollstand konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no audit head file %1.</source>
        <translation>Es gibt keine Protokollstand-Datei %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an audit head saved by Amtsdesk: it is far too large.</source>
        <translation>%1 ist kein von Amtsdesk gespeicherter Protokollstand: Die Datei ist viel zu groß.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audit head: it needs 64 hexadecimal digits.</source>
        <translation>„%1“ ist kein Hashwert eines Protokolleintrags: Er braucht 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>the exported head %1 is no longer in the chain: the trail was rewritten or cut.</source>
        <translation>Der exportierte Hashwert %1 ist nicht mehr in der Kette enthalten: Das Protokoll wurde neu geschrieben oder gekürzt.</translation>
    </message>
    <message>
        <source>the trail had %1 entries when the head was saved and has only %2 now: entries were cut off.</source>
        <translation>Das Protokoll hatte beim Speichern des Protokollstands %1 Einträge und hat jetzt nur noch %2: Einträge wurden abgeschnitten.</translation>
    </message>
    <message>
        <source>entry %1 no longer carries the saved head %2: the trail was rewritten up to there.</source>
        <translation>Eintrag %1 enthält nicht mehr den gespeicherten Hashwert %2: Das Protokoll wurde bis dorthin neu geschrieben.</translation>
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
    <message>
        <source>The stored document %1 is missing from %2; run verify on the store.</source>
        <translation>Das gespeicherte Dokument %1 fehlt in %2; führen Sie verify für den Datenbestand aus.</translation>
    </message>
    <message>
        <source>At least one backup must be kept; %1 is too few.</source>
        <translation>Mindestens eine Sicherung muss aufbewahrt werden; %1 ist zu wenig.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The copy %1 could not be completed: its write-ahead log could not be written into it.</source>
        <translation>Die Kopie %1 konnte nicht abgeschlossen werden: Ihr Write-Ahead-Log konnte nicht in sie geschrieben werden.</translation>
    </message>
    <message>
        <source>The backup folder cannot be created: %1.</source>
        <translation>Der Sicherungsordner kann nicht angelegt werden: %1.</translation>
    </message>
    <message>
        <source>The backup to %1 was not written: %2 Nothing was kept there; the store is unchanged.</source>
        <translation>Die Sicherung nach %1 wurde nicht geschrieben: %2 Dort wurde nichts behalten; der Datenbestand ist unverändert.</translation>
    </message>
    <message>
        <source>The finished backup could not be moved to %1: %2.</source>
        <translation>Die fertige Sicherung konnte nicht nach %1 verschoben werden: %2.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>The backup folder must be given as a full path, not &quot;%1&quot;.</source>
        <translation>Der Sicherungsordner muss als vollständiger Pfad angegeben werden, nicht als „%1“.</translation>
    </message>
    <message>
        <source>The backups cannot go inside the store&apos;s own documents folder.</source>
        <translation>Die Sicherungen dürfen nicht im Dokumentordner des Datenbestands selbst liegen.</translation>
    </message>
    <message>
        <source>A backup interval needs 1 to 8,784 hours; %1 is outside.</source>
        <translation>Der Abstand zwischen zwei Sicherungen muss 1 bis 8.784 Stunden betragen; %1 liegt außerhalb.</translation>
    </message>
    <message>
        <source>Between 1 and 1,000 backups can be kept; %1 is outside.</source>
        <translation>Es können 1 bis 1.000 Sicherungen aufbewahrt werden; %1 liegt außerhalb.</translation>
    </message>
    <message>
        <source>No backup folder is set up; an administrator sets it on the start page.</source>
        <translation>Es ist kein Sicherungsordner eingerichtet; die Administration legt ihn auf der Startseite fest.</translation>
    </message>
    <message>
        <source>Another Amtsdesk has been making the backup since %1.</source>
        <translation>Ein anderes Amtsdesk erstellt die Sicherung bereits seit %1.</translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message>
        <source>%1 added, %2 already there, %3 failed.</source>
        <translation>%1 hinzugefügt, %2 bereits vorhanden, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The import was cancelled; the files before that are stored.</source>
        <translation>Der Import wurde abgebrochen; die bis dahin verarbeiteten Dateien sind gespeichert.</translation>
    </message>
    <message>
        <source>%1: added; %2</source>
        <translation>%1: hinzugefügt; %2</translation>
    </message>
    <message>
        <source>%1: already in this file as document %2; not added again.</source>
        <translation>%1: bereits als Dokument %2 in dieser Akte; nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1: nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>it is not a file (a folder, or it does not exist).</source>
        <translation>keine Datei (ein Ordner oder nicht vorhanden).</translation>
    </message>
    <message>
        <source>its text could not be read now: %1</source>
        <translation>ihr Text konnte jetzt nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The blob folder %1 cannot be created.</source>
        <translation>Der Ordner für Dokumentdateien %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The document could not be written to the blob store (%1). Is the disk full?</source>
        <translation>Das Dokument konnte nicht in die Dokumentablage geschrieben werden (%1). Ist der Datenträger voll?</translation>
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
    <message>
        <source>The blob folder cannot be created: %1.</source>
        <translation>Der Ordner für Dokumentdateien kann nicht angelegt werden: %1.</translation>
    </message>
    <message>
        <source>A temporary file cannot be created: %1.</source>
        <translation>Eine temporäre Datei kann nicht angelegt werden: %1.</translation>
    </message>
    <message>
        <source>The document could not be read to the end (%1); nothing was stored.</source>
        <translation>Das Dokument konnte nicht bis zum Ende gelesen werden (%1); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end (%2); nothing was stored.</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden (%2); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>it stopped sending</source>
        <translation>die Quelle lieferte keine Daten mehr</translation>
    </message>
    <message>
        <source>The document could not be stored: %1.</source>
        <translation>Das Dokument konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>The document could not be written to disk safely: %1.</source>
        <translation>Das Dokument konnte nicht sicher auf den Datenträger geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>The document could not be moved into the blob store: %1.</source>
        <translation>Das Dokument konnte nicht in die Dokumentablage verschoben werden: %1.</translation>
    </message>
    <message>
        <source>The blob folder could not be synchronised to disk: %1.</source>
        <translation>Der Ordner für Dokumentdateien konnte nicht auf den Datenträger synchronisiert werden: %1.</translation>
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
        <source>also check that the audit chain still ends in HASH (from audit-head)</source>
        <translation>zusätzlich prüfen, ob die Protokollkette noch mit HASH endet (aus audit-head)</translation>
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
        <source>import, export and list the file plan</source>
        <translation>den Aktenplan importieren, exportieren und auflisten</translation>
    </message>
    <message>
        <source>create, list, close and re-file files (Akten)</source>
        <translation>Akten anlegen, auflisten, zdA verfügen und einer anderen Aktenplaneinheit zuordnen</translation>
    </message>
    <message>
        <source>open a case (Vorgang) in a file</source>
        <translation>einen Vorgang in einer Akte anlegen</translation>
    </message>
    <message>
        <source>store files as documents of a case</source>
        <translation>Dateien als Dokumente eines Vorgangs speichern</translation>
    </message>
    <message>
        <source>watch an inbox folder (scanner) and add what arrives to a case</source>
        <translation>einen Eingangsordner (Scanner) überwachen und Eingehendes einem Vorgang hinzufügen</translation>
    </message>
    <message>
        <source>show a file with its cases and documents</source>
        <translation>eine Akte mit ihren Vorgängen und Dokumenten anzeigen</translation>
    </message>
    <message>
        <source>full-text search in the documents you may read</source>
        <translation>Volltextsuche in den Dokumenten, die Sie lesen dürfen</translation>
    </message>
    <message>
        <source>write a file or case as a folder with metadata</source>
        <translation>eine Akte oder einen Vorgang als Ordner mit Metadaten schreiben</translation>
    </message>
    <message>
        <source>put a case on resubmission (Wiedervorlage)</source>
        <translation>einen Vorgang auf Wiedervorlage legen</translation>
    </message>
    <message>
        <source>files past their retention: list, request and approve destruction</source>
        <translation>Akten mit abgelaufener Aufbewahrungsfrist: auflisten, Vernichtung beantragen und genehmigen</translation>
    </message>
    <message>
        <source>Imports a file plan from CSV (key,title,parent,department,retention_years); existing units are updated. All or nothing: any bad row stops the import and is named.</source>
        <translation>Importiert einen Aktenplan aus CSV (key,title,parent,department,retention_years); vorhandene Aktenplaneinheiten werden aktualisiert. Alles oder nichts: Jede fehlerhafte Zeile bricht den Import ab und wird genannt.</translation>
    </message>
    <message>
        <source>the file plan</source>
        <translation>der Aktenplan</translation>
    </message>
    <message>
        <source>File plan imported: %1 units added, %2 changed.</source>
        <translation>Aktenplan importiert: %1 Aktenplaneinheiten hinzugefügt, %2 geändert.</translation>
    </message>
    <message>
        <source>Writes the file plan as CSV (to FILE, or to standard output).</source>
        <translation>Schreibt den Aktenplan als CSV (in FILE oder auf die Standardausgabe).</translation>
    </message>
    <message>
        <source>where to write (optional)</source>
        <translation>Ziel der Ausgabe (optional)</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli plan import CSV | export [FILE] | list</source>
        <translation>Aufruf: amtsdesk-cli plan import CSV | export [FILE] | list</translation>
    </message>
    <message>
        <source>Creates a file (Akte) under a unit of the file plan and prints its reference number.</source>
        <translation>Legt eine Akte unter einer Aktenplaneinheit an und gibt ihr Aktenzeichen aus.</translation>
    </message>
    <message>
        <source>file plan key</source>
        <translation>Aktenplankennzeichen</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>lead department (default: the plan unit&apos;s)</source>
        <translation>federführende Organisationseinheit (Standard: die der Aktenplaneinheit)</translation>
    </message>
    <message>
        <source>Offen (default) or VS-NfD</source>
        <translation>Offen (Standard) oder VS-NfD</translation>
    </message>
    <message>
        <source>file create needs --plan KEY and --subject TEXT.</source>
        <translation>file create braucht --plan KEY und --subject TEXT.</translation>
    </message>
    <message>
        <source>Lists the files you may see.</source>
        <translation>Listet die Akten auf, die Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>only under this file plan unit</source>
        <translation>nur unterhalb dieser Aktenplaneinheit</translation>
    </message>
    <message>
        <source>zdA</source>
        <translation>zdA</translation>
    </message>
    <message>
        <source>Closes a file (zdA): every case must be closed; its retention period starts.</source>
        <translation>Verfügt eine Akte zdA (zu den Akten): Alle Vorgänge müssen abgeschlossen sein; die Aufbewahrungsfrist beginnt.</translation>
    </message>
    <message>
        <source>Moves a file to another unit of the file plan; it keeps its reference number.</source>
        <translation>Ordnet eine Akte einer anderen Aktenplaneinheit zu; ihr Aktenzeichen bleibt erhalten.</translation>
    </message>
    <message>
        <source>the file&apos;s reference number</source>
        <translation>das Aktenzeichen der Akte</translation>
    </message>
    <message>
        <source>the new file plan unit</source>
        <translation>die neue Aktenplaneinheit</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli file create --plan KEY --subject TEXT [options] | list [--plan KEY] | close REFERENCE | refile REFERENCE KEY</source>
        <translation>Aufruf: amtsdesk-cli file create --plan KEY --subject TEXT [Optionen] | list [--plan KEY] | close REFERENCE | refile REFERENCE KEY</translation>
    </message>
    <message>
        <source>Opens a case (Vorgang) in a file and prints its number; it starts in the case workflow.</source>
        <translation>Legt einen Vorgang in einer Akte an und gibt seine Nummer aus; der Vorgang beginnt im Vorgangs-Workflow.</translation>
    </message>
    <message>
        <source>what the case is about</source>
        <translation>worum es in dem Vorgang geht</translation>
    </message>
    <message>
        <source>due date (YYYY-MM-DD)</source>
        <translation>Fälligkeitsdatum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli case create REFERENCE SUBJECT [--due DATE]</source>
        <translation>Aufruf: amtsdesk-cli case create REFERENCE SUBJECT [--due DATE]</translation>
    </message>
    <message>
        <source>--due needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--due braucht ein Datum im Format YYYY-MM-DD, nicht „%1“.</translation>
    </message>
    <message>
        <source>Stores files as documents of a case, each file as it is; prints one line per file: added, or why not. Exit code 1 when any file was not added.</source>
        <translation>Speichert Dateien unverändert als Dokumente eines Vorgangs; gibt je Datei eine Zeile aus: hinzugefügt oder warum nicht. Exit-Code 1, wenn eine Datei nicht hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>files to add</source>
        <translation>hinzuzufügende Dateien</translation>
    </message>
    <message>
        <source>the case number (from &apos;case create&apos; or &apos;show&apos;)</source>
        <translation>die Nummer des Vorgangs (aus &apos;case create&apos; oder &apos;show&apos;)</translation>
    </message>
    <message>
        <source>incoming (default), outgoing or internal</source>
        <translation>incoming (Eingang; Standard), outgoing (Ausgang) oder internal (intern)</translation>
    </message>
    <message>
        <source>date of receipt or dispatch (YYYY-MM-DD)</source>
        <translation>Eingangs- oder Versanddatum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>password of protected PDFs, to read their text</source>
        <translation>Kennwort kennwortgeschützter PDF-Dateien, um deren Text zu lesen</translation>
    </message>
    <message>
        <source>import needs --case N.</source>
        <translation>import braucht --case N.</translation>
    </message>
    <message>
        <source>--direction is incoming, outgoing or internal, not &quot;%1&quot;.</source>
        <translation>--direction ist incoming, outgoing oder internal, nicht „%1“.</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date braucht ein Datum im Format YYYY-MM-DD, nicht „%1“.</translation>
    </message>
    <message>
        <source>added    %1 as document %2</source>
        <translation>hinzugefügt  %1 als Dokument %2</translation>
    </message>
    <message>
        <source>already  %1 is document %2 of this file</source>
        <translation>vorhanden    %1 ist bereits Dokument %2 dieser Akte</translation>
    </message>
    <message>
        <source>FAILED   %1: %2</source>
        <translation>FEHLER       %1: %2</translation>
    </message>
    <message>
        <source>Watches an inbox folder (e.g. the scanner&apos;s output): files that have stopped growing are added to the case and moved to imported/; files that cannot be added go to failed/ with a .reason.txt. Runs until stopped (Ctrl+C), or looks once with --once.</source>
        <translation>Überwacht einen Eingangsordner (z. B. den Ablageordner des Scanners): Dateien, die nicht mehr wachsen, werden dem Vorgang hinzugefügt und nach imported/ verschoben; Dateien, die nicht hinzugefügt werden können, kommen mit einer .reason.txt nach failed/. Läuft, bis er beendet wird (Strg+C), oder sieht mit --once einmal nach.</translation>
    </message>
    <message>
        <source>the inbox folder</source>
        <translation>der Eingangsordner</translation>
    </message>
    <message>
        <source>the case the documents go to</source>
        <translation>der Vorgang, dem die Dokumente hinzugefügt werden</translation>
    </message>
    <message>
        <source>look once and stop</source>
        <translation>einmal nachsehen und beenden</translation>
    </message>
    <message>
        <source>seconds a file must stay unchanged (default 3)</source>
        <translation>Sekunden, die eine Datei unverändert bleiben muss (Standard: 3)</translation>
    </message>
    <message>
        <source>inbox needs --case N.</source>
        <translation>inbox braucht --case N.</translation>
    </message>
    <message>
        <source>Searches the text and metadata of the documents you may read. Syntax: words (all must occur), Bau* (prefix), &quot;exact phrase&quot;, OR, NOT or -word, parentheses; filters akte:, oe:, plan:, von:, bis:, typ:, status:. Müller, Mueller and Muller find each other.</source>
        <translation>Durchsucht Text und Metadaten der Dokumente, die Sie lesen dürfen. Syntax: Wörter (alle müssen vorkommen), Bau* (Wortanfang), &quot;genaue Wortfolge&quot;, OR, NOT oder -Wort, Klammern; Filter akte:, oe:, plan:, von:, bis:, typ:, status:. Müller, Mueller und Muller gelten bei der Suche als gleich.</translation>
    </message>
    <message>
        <source>what to look for</source>
        <translation>die Suchbegriffe</translation>
    </message>
    <message>
        <source>at most N documents (default 20)</source>
        <translation>höchstens N Dokumente (Standard: 20)</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>%1/%2  document %3: %4</source>
        <translation>%1/%2  Dokument %3: %4</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Shows a file with its cases, documents and their text status.</source>
        <translation>Zeigt eine Akte mit ihren Vorgängen und Dokumenten samt deren Textstatus.</translation>
    </message>
    <message>
        <source>Plan unit %1, department %2, %3, retention %4</source>
        <translation>Aktenplaneinheit %1, Organisationseinheit %2, %3, Aufbewahrungsfrist in Jahren: %4</translation>
    </message>
    <message>
        <source>Closed (zdA) on %1, kept until %2</source>
        <translation>zdA verfügt am %1, aufzubewahren bis %2</translation>
    </message>
    <message>
        <source>  Case %1 (no. %2): %3 [%4]</source>
        <translation>  Vorgang %1 (Nr. %2): %3 [%4]</translation>
    </message>
    <message>
        <source>Document %1: %2 (%3, version %4, %5 bytes, text: %6)</source>
        <translation>Dokument %1: %2 (%3, Version %4, %5 Bytes, Text: %6)</translation>
    </message>
    <message>
        <source>Writes a file, or one of its cases, as a folder of its documents with metadata.json.</source>
        <translation>Schreibt eine Akte oder einen ihrer Vorgänge als Ordner mit den Dokumenten und metadata.json.</translation>
    </message>
    <message>
        <source>a folder that does not exist yet</source>
        <translation>ein Ordner, der noch nicht existiert</translation>
    </message>
    <message>
        <source>only this case (its number from &apos;show&apos;)</source>
        <translation>nur dieser Vorgang (seine Nummer aus &apos;show&apos;)</translation>
    </message>
    <message>
        <source>Exported %1 cases with %2 documents to %3.</source>
        <translation>%1 Vorgänge mit %2 Dokumenten nach %3 exportiert.</translation>
    </message>
    <message>
        <source>Puts a case on resubmission (Wiedervorlage): on the date it comes back to you, or to a colleague of the file&apos;s department, with the reason.</source>
        <translation>Legt einen Vorgang auf Wiedervorlage: Am angegebenen Datum kommt er mit der Begründung wieder zu Ihnen oder zu einer anderen Person aus der Organisationseinheit der Akte.</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>die Nummer des Vorgangs</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>for this colleague</source>
        <translation>für diese Person</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli resubmission add CASE DATE REASON [--for LOGIN]</source>
        <translation>Aufruf: amtsdesk-cli resubmission add CASE DATE REASON [--for LOGIN]</translation>
    </message>
    <message>
        <source>DATE must be YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>DATE muss im Format YYYY-MM-DD angegeben werden, nicht „%1“.</translation>
    </message>
    <message>
        <source>the file&apos;s reference number (request) or the request number (approve)</source>
        <translation>das Aktenzeichen der Akte (request) oder die Nummer des Antrags (approve)</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli disposal list | request REFERENCE | approve REQUEST</source>
        <translation>Aufruf: amtsdesk-cli disposal list | request REFERENCE | approve REQUEST</translation>
    </message>
    <message>
        <source>The disposal list: closed files whose retention period has ended; destruction needs a request and a second person&apos;s approval.</source>
        <translation>Die Aussonderungsliste: zdA verfügte Akten, deren Aufbewahrungsfrist abgelaufen ist; die Vernichtung erfordert einen Antrag und die Genehmigung durch eine zweite Person.</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>aufzubewahren bis %1</translation>
    </message>
    <message>
        <source>destruction requested by %1 (request %2)</source>
        <translation>Vernichtung beantragt von %1 (Antrag %2)</translation>
    </message>
    <message>
        <source>Destruction requested (request %1); a signatory of the department must approve it.</source>
        <translation>Vernichtung beantragt (Antrag %1); eine zeichnungsbefugte Person der Organisationseinheit muss sie genehmigen.</translation>
    </message>
    <message>
        <source>The file was destroyed; the audit trail records it.</source>
        <translation>Die Akte wurde vernichtet; das Protokoll hält dies fest.</translation>
    </message>
    <message>
        <source>searchable</source>
        <translation>durchsuchbar</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>kennwortgeschützt</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>Validates e-invoices (XRechnung in UBL or CII; ZUGFeRD / Factur-X PDFs) against the rules of EN 16931 and, where the invoice is an XRechnung, of XRechnung 3.0. Exit code 0 when all are valid, 1 when any is not, 2 when a file cannot be read as an invoice.</source>
        <translation>Prüft E-Rechnungen (XRechnung in UBL oder CII; PDF-Dateien nach ZUGFeRD / Factur-X) gegen die Regeln der EN 16931 und, wenn es sich um eine XRechnung handelt, gegen die Regeln der XRechnung 3.0. Exit-Code 0, wenn alle gültig sind, 1, wenn mindestens eine ungültig ist, 2, wenn eine Datei nicht als Rechnung gelesen werden kann.</translation>
    </message>
    <message>
        <source>invoice files (XML or PDF)</source>
        <translation>Rechnungsdateien (XML oder PDF)</translation>
    </message>
    <message>
        <source>one JSON object per line and file</source>
        <translation>je Datei ein JSON-Objekt in einer eigenen Zeile</translation>
    </message>
    <message>
        <source>%1: valid (%2, %3)</source>
        <translation>%1: gültig (%2, %3)</translation>
    </message>
    <message>
        <source>%1: NOT valid (%2, %3)</source>
        <translation>%1: NICHT gültig (%2, %3)</translation>
    </message>
    <message>
        <source>check each invoice against the XML schema of its syntax first (UBL 2.1, CII D16B), from DIR</source>
        <translation>jede Rechnung zuerst gegen das XML-Schema ihrer Syntax prüfen (UBL 2.1, CII D16B), aus ORDNER</translation>
    </message>
    <message>
        <source>Shows an e-invoice as a clerk reads it, with its findings, as HTML (the same view the application prints).</source>
        <translation>Zeigt eine E-Rechnung so, wie Sachbearbeiter sie lesen, mit ihren Befunden, als HTML (dieselbe Ansicht, die die Anwendung druckt).</translation>
    </message>
    <message>
        <source>invoice file (XML or PDF)</source>
        <translation>Rechnungsdatei (XML oder PDF)</translation>
    </message>
    <message>
        <source>write the HTML to OUT instead of standard output</source>
        <translation>das HTML nach AUSGABE statt auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>e-invoices: validate, show, and the inbox (import, approve, export)</source>
        <translation>E-Rechnungen: prüfen, anzeigen und Rechnungseingang (einlesen, freigeben, exportieren)</translation>
    </message>
    <message>
        <source>Takes e-invoices into the inbox: each is stored unchanged, validated, checked for duplicates and routed by its Leitweg-ID. Exit code 1 when any was not valid or not readable, 2 when one could not be taken in.</source>
        <translation>Nimmt E-Rechnungen in den Rechnungseingang auf: Jede wird unverändert gespeichert, geprüft, auf Dubletten untersucht und anhand ihrer Leitweg-ID zugeordnet. Exit-Code 1, wenn eine ungültig oder nicht lesbar war, 2, wenn eine nicht aufgenommen werden konnte.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Lists the invoices you may see, soonest due first (S: the Skonto deadline).</source>
        <translation>Listet die Rechnungen, die Sie sehen dürfen, die am frühesten fälligen zuerst (S: Skontofrist).</translation>
    </message>
    <message>
        <source>only in this workflow state</source>
        <translation>nur in diesem Bearbeitungsstatus</translation>
    </message>
    <message>
        <source>only of this department; - for the central intake queue</source>
        <translation>nur dieser Organisationseinheit; - für die zentrale Eingangsstelle</translation>
    </message>
    <message>
        <source>only due on or before</source>
        <translation>nur mit Fälligkeit bis einschließlich</translation>
    </message>
    <message>
        <source>only invalid or unreadable invoices</source>
        <translation>nur ungültige oder nicht lesbare Rechnungen</translation>
    </message>
    <message>
        <source>only invoices not rejected or archived</source>
        <translation>nur Rechnungen, die weder abgelehnt noch archiviert sind</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>ein JSON-Objekt pro Zeile</translation>
    </message>
    <message>
        <source>--due-by needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--due-by erwartet ein Datum im Format YYYY-MM-DD, nicht „%1“.</translation>
    </message>
    <message>
        <source>  [not valid]</source>
        <translation>  [ungültig]</translation>
    </message>
    <message>
        <source>  [duplicate of %1?]</source>
        <translation>  [Dublette von %1?]</translation>
    </message>
    <message>
        <source>Shows an invoice of the inbox: what was read, where it is, its findings and the arithmetic check.</source>
        <translation>Zeigt eine Rechnung aus dem Rechnungseingang: was gelesen wurde, wo sie liegt, ihre Befunde und die rechnerische Prüfung.</translation>
    </message>
    <message>
        <source>invoice number in the inbox</source>
        <translation>Nummer der Rechnung im Rechnungseingang</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no invoice number.</source>
        <translation>„%1“ ist keine Rechnungsnummer.</translation>
    </message>
    <message>
        <source>Invoice %1: %2 from %3</source>
        <translation>Rechnung %1: %2 von %3</translation>
    </message>
    <message>
        <source>State: %1; department: %2</source>
        <translation>Status: %1; Organisationseinheit: %2</translation>
    </message>
    <message>
        <source>central intake queue</source>
        <translation>zentrale Eingangsstelle</translation>
    </message>
    <message>
        <source>Amount due: %1 %2, due %3</source>
        <translation>Zahlbetrag: %1 %2, fällig am %3</translation>
    </message>
    <message>
        <source>Skonto: %1 % (%2) until %3</source>
        <translation>Skonto: %1 % (%2) bis %3</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Possible duplicate: %1</source>
        <translation>Mögliche Dublette: %1</translation>
    </message>
    <message>
        <source>Assigned: cost centre %1, budget item %2, %3</source>
        <translation>Kontiert: Kostenstelle %1, Haushaltsstelle %2, %3</translation>
    </message>
    <message>
        <source>Arithmetic check (stated / computed):</source>
        <translation>Rechnerische Prüfung (angegeben / berechnet):</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <source>Routes an invoice to a department by hand.</source>
        <translation>Ordnet eine Rechnung manuell einer Organisationseinheit zu.</translation>
    </message>
    <message>
        <source>department code</source>
        <translation>Kürzel der Organisationseinheit</translation>
    </message>
    <message>
        <source>Invoice %1 routed to %2.</source>
        <translation>Rechnung %1 wurde %2 zugeordnet.</translation>
    </message>
    <message>
        <source>Lists the Leitweg-IDs and their departments; --set and --remove change them (administrators).</source>
        <translation>Listet die Leitweg-IDs und ihre Organisationseinheiten; --set und --remove ändern sie (Administratoren).</translation>
    </message>
    <message>
        <source>route LEITWEG-ID=DEPARTMENT</source>
        <translation>LEITWEG-ID=DEPARTMENT zuordnen</translation>
    </message>
    <message>
        <source>remove the route of a Leitweg-ID</source>
        <translation>die Zuordnung einer Leitweg-ID entfernen</translation>
    </message>
    <message>
        <source>--set needs LEITWEG-ID=DEPARTMENT, not &quot;%1&quot;.</source>
        <translation>--set erwartet LEITWEG-ID=DEPARTMENT, nicht „%1“.</translation>
    </message>
    <message>
        <source>Rejects an invoice with a reason; --notice writes the rejection notice for the seller (PDF).</source>
        <translation>Lehnt eine Rechnung mit Begründung ab; --notice schreibt das Ablehnungsschreiben für den Rechnungssteller (PDF).</translation>
    </message>
    <message>
        <source>Takes a step of the invoice workflow: accept_despite_findings, approve_factually (with --allocation), approve_arithmetically, order_payment, return_for_check, reject.</source>
        <translation>Führt einen Schritt des Rechnungs-Workflows aus: accept_despite_findings, approve_factually (mit --allocation), approve_arithmetically, order_payment, return_for_check, reject.</translation>
    </message>
    <message>
        <source>the step&apos;s key</source>
        <translation>Schlüssel des Schritts</translation>
    </message>
    <message>
        <source>comment or reason</source>
        <translation>Bemerkung oder Begründung</translation>
    </message>
    <message>
        <source>account assignment COST-CENTRE:BUDGET-ITEM[:AMOUNT], repeatable to split; without AMOUNT the whole amount due</source>
        <translation>Kontierung COST-CENTRE:BUDGET-ITEM[:AMOUNT], zum Aufteilen wiederholbar; ohne AMOUNT der gesamte Zahlbetrag</translation>
    </message>
    <message>
        <source>--allocation needs COST-CENTRE:BUDGET-ITEM[:AMOUNT], not &quot;%1&quot;.</source>
        <translation>--allocation erwartet COST-CENTRE:BUDGET-ITEM[:AMOUNT], nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no amount (write it as 1234.56).</source>
        <translation>„%1“ ist kein Betrag (schreiben Sie ihn als 1234.56).</translation>
    </message>
    <message>
        <source>Invoice %1 is now &quot;%2&quot;.</source>
        <translation>Rechnung %1 hat jetzt den Status „%2“.</translation>
    </message>
    <message>
        <source>Rejection notice written to %1.</source>
        <translation>Ablehnungsschreiben in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Hands every invoice whose payment was ordered to the finance software: a CSV and the original files into FOLDER; then files them in the e-file.</source>
        <translation>Übergibt jede Rechnung, deren Zahlung angeordnet wurde, an die Finanzsoftware: eine CSV-Datei und die Originaldateien in FOLDER; danach werden sie in der E-Akte abgelegt.</translation>
    </message>
    <message>
        <source>the finance software&apos;s import folder</source>
        <translation>Importordner der Finanzsoftware</translation>
    </message>
    <message>
        <source>export this invoice once more, on purpose</source>
        <translation>diese Rechnung bewusst noch einmal exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export %1: %n invoice(s) in %2</source>
        <translation>
            <numerusform>Export %1: %n Rechnung in %2</numerusform>
            <numerusform>Export %1: %n Rechnungen in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filed in the e-file</source>
        <translation>
            <numerusform>%n in der E-Akte abgelegt</numerusform>
            <numerusform>%n in der E-Akte abgelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT FILED: %1</source>
        <translation>NICHT ABGELEGT: %1</translation>
    </message>
    <message>
        <source>Shows or sets (administrators) the file plan unit under which invoices are filed, one file per department and year.</source>
        <translation>Zeigt oder setzt (Administratoren) die Aktenplaneinheit, unter der Rechnungen abgelegt werden, je eine Akte pro Organisationseinheit und Jahr.</translation>
    </message>
    <message>
        <source>No file plan unit is set for invoices.</source>
        <translation>Für Rechnungen ist keine Aktenplaneinheit festgelegt.</translation>
    </message>
    <message>
        <source>Files every invoice handed over but not filed yet.</source>
        <translation>Legt jede übergebene, aber noch nicht abgelegte Rechnung ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) filed.</source>
        <translation>
            <numerusform>%n Rechnung abgelegt.</numerusform>
            <numerusform>%n Rechnungen abgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown invoice command &quot;%1&quot;.</source>
        <translation>Unbekannter Rechnungsbefehl „%1“.</translation>
    </message>
    <message>
        <source>Use: amtsdesk-cli invoice validate FILE… [--json] [--schemas DIR] | invoice show FILE [--html OUT] | invoice %1 … (the inbox; --help on each)</source>
        <translation>Aufruf: amtsdesk-cli invoice validate FILE… [--json] [--schemas DIR] | invoice show FILE [--html OUT] | invoice %1 … (Rechnungseingang; jeweils mit --help)</translation>
    </message>
    <message>
        <source>write the rejection notice to this file: PDF/A, or plain text for .txt</source>
        <translation>das Ablehnungsschreiben in diese Datei schreiben: PDF/A, oder reiner Text bei .txt</translation>
    </message>
    <message>
        <source>No invoice is waiting to be handed over: none has its payment ordered and unexported.</source>
        <translation>Keine Rechnung wartet auf die Übergabe: Bei keiner ist die Zahlung angeordnet und der Export noch offen.</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli invoice validate FILE… [--json] [--schemas DIR] | invoice show FILE [--html OUT] | invoice %1 … (the inbox; --help on each)</source>
        <translation>Aufruf: amtsdesk-cli invoice validate FILE… [--json] [--schemas DIR] | invoice show FILE [--html OUT] | invoice %1 … (Rechnungseingang; jeweils mit --help)</translation>
    </message>
    <message>
        <source>the digitalisation programme: sub-projects, OZG services, training, ideas, report</source>
        <translation>das Digitalisierungsprogramm: Teilprojekte, OZG-Leistungen, Schulungen, Ideen, Statusbericht</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>der Titel</translation>
    </message>
    <message>
        <source>programme area: efile, einvoice, ozg, process, training, infrastructure, other</source>
        <translation>Programmbereich: efile, einvoice, ozg, process, training, infrastructure, other</translation>
    </message>
    <message>
        <source>what it is about</source>
        <translation>worum es geht</translation>
    </message>
    <message>
        <source>the login of the lead</source>
        <translation>der Anmeldename der Teilprojektleitung</translation>
    </message>
    <message>
        <source>the sponsoring department</source>
        <translation>die federführende Organisationseinheit</translation>
    </message>
    <message>
        <source>participating departments, comma-separated</source>
        <translation>beteiligte Organisationseinheiten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>sub-projects this one depends on, comma-separated</source>
        <translation>Teilprojekte, von denen dieses abhängt, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>geplanter Beginn</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>geplantes Ende</translation>
    </message>
    <message>
        <source>forecast start</source>
        <translation>prognostizierter Beginn</translation>
    </message>
    <message>
        <source>forecast end</source>
        <translation>prognostiziertes Ende</translation>
    </message>
    <message>
        <source>budget planned in euros, e.g. 25000.00</source>
        <translation>geplantes Budget in Euro, z. B. 25000.00</translation>
    </message>
    <message>
        <source>budget spent in euros</source>
        <translation>verbrauchtes Budget in Euro</translation>
    </message>
    <message>
        <source>the risks</source>
        <translation>die Risiken</translation>
    </message>
    <message>
        <source>the e-file (reference number) for its documents</source>
        <translation>die E-Akte (Aktenzeichen) für seine Dokumente</translation>
    </message>
    <message>
        <source>--area: &apos;%1&apos; is not a programme area; use efile, einvoice, ozg, process, training, infrastructure or other.</source>
        <translation>--area: &apos;%1&apos; ist kein Programmbereich; verwenden Sie efile, einvoice, ozg, process, training, infrastructure oder other.</translation>
    </message>
    <message>
        <source>--depends-on: %1</source>
        <translation>--depends-on: %1</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an amount in euros (e.g. 25000.00).</source>
        <translation>--%1: &apos;%2&apos; ist kein Betrag in Euro (z. B. 25000.00).</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli programme %1 … (--help on each)</source>
        <translation>Aufruf: amtsdesk-cli programme %1 … (jeweils mit --help)</translation>
    </message>
    <message>
        <source>&apos;programme %1&apos; is not a command; use one of: %2.</source>
        <translation>&apos;programme %1&apos; ist kein Befehl; verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>Lists the sub-projects: code, traffic light, progress, phase, department, lead, forecast end and title.</source>
        <translation>Listet die Teilprojekte auf: Kürzel, Ampel, Fortschritt, Phase, Organisationseinheit, Leitung, prognostiziertes Ende und Titel.</translation>
    </message>
    <message>
        <source>only those this department sponsors or takes part in</source>
        <translation>nur die, bei denen diese Organisationseinheit federführend oder beteiligt ist</translation>
    </message>
    <message>
        <source>only of this programme area</source>
        <translation>nur aus diesem Programmbereich</translation>
    </message>
    <message>
        <source>only with this traffic light: green, amber, red, none</source>
        <translation>nur mit dieser Ampelfarbe: green (grün), amber (gelb), red (rot), none (keine)</translation>
    </message>
    <message>
        <source>without the completed ones</source>
        <translation>ohne die abgeschlossenen</translation>
    </message>
    <message>
        <source>--area: &apos;%1&apos; is not a programme area.</source>
        <translation>--area: &apos;%1&apos; ist kein Programmbereich.</translation>
    </message>
    <message>
        <source>--light: &apos;%1&apos; is not a traffic light; use green, amber, red or none.</source>
        <translation>--light: &apos;%1&apos; ist keine Ampelfarbe; verwenden Sie green, amber, red oder none.</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-project(s)</source>
        <translation>
            <numerusform>%n Teilprojekt</numerusform>
            <numerusform>%n Teilprojekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows a sub-project with its milestones and status reports.</source>
        <translation>Zeigt ein Teilprojekt mit seinen Meilensteinen und Statusberichten.</translation>
    </message>
    <message>
        <source>the sub-project</source>
        <translation>das Teilprojekt</translation>
    </message>
    <message>
        <source>Area:          %1</source>
        <translation>Bereich:       %1</translation>
    </message>
    <message>
        <source>Phase:         %1 (workflow item #%2)</source>
        <translation>Phase:         %1 (Workflow-Eintrag #%2)</translation>
    </message>
    <message>
        <source>Status:        %1, %2% done</source>
        <translation>Status:        %1, %2 % erledigt</translation>
    </message>
    <message>
        <source>Lead:          %1</source>
        <translation>Leitung:       %1</translation>
    </message>
    <message>
        <source>Department:    %1</source>
        <translation>Federführung:  %1</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, beteiligt: %1</translation>
    </message>
    <message>
        <source>Planned:       %1 – %2</source>
        <translation>Geplant:       %1 – %2</translation>
    </message>
    <message>
        <source>Forecast:      %1 – %2</source>
        <translation>Prognose:      %1 – %2</translation>
    </message>
    <message>
        <source>Budget:        %1 EUR planned, %2 EUR spent</source>
        <translation>Budget:        %1 EUR geplant, %2 EUR verbraucht</translation>
    </message>
    <message>
        <source>Depends on:    %1</source>
        <translation>Abhängig von:  %1</translation>
    </message>
    <message>
        <source>E-file:        %1</source>
        <translation>E-Akte:        %1</translation>
    </message>
    <message>
        <source>Risks:         %1</source>
        <translation>Risiken:       %1</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Meilensteine:</translation>
    </message>
    <message>
        <source>(reached %1)</source>
        <translation>(erreicht am %1)</translation>
    </message>
    <message>
        <source>Status reports:</source>
        <translation>Statusberichte:</translation>
    </message>
    <message>
        <source>Creates a sub-project in the phase &apos;Idea&apos;. The programme manager may create any; a digitalisation officer those their departments sponsor. --idea carries on an adopted idea.</source>
        <translation>Legt ein Teilprojekt in der Phase &apos;Idee&apos; an. Die Projektleitung Digitalisierungsprogramm darf jedes Teilprojekt anlegen, Digitalisierungsbeauftragte nur solche, bei denen ihre Organisationseinheiten federführend sind. --idea führt eine angenommene Idee fort.</translation>
    </message>
    <message>
        <source>Changes what is given of a sub-project; the rest stays.</source>
        <translation>Ändert die angegebenen Felder eines Teilprojekts; alles Übrige bleibt unverändert.</translation>
    </message>
    <message>
        <source>the sub-project&apos;s code, e.g. TP-07</source>
        <translation>das Kürzel des Teilprojekts, z. B. TP-07</translation>
    </message>
    <message>
        <source>the idea it carries on (its number)</source>
        <translation>die Idee, die es fortführt (ihre Nummer)</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>Created the sub-project %1.</source>
        <translation>Teilprojekt %1 angelegt.</translation>
    </message>
    <message>
        <source>Adds a status report: a dated snapshot of traffic light, progress and text that is never changed. Amber and red need a text with the reason.</source>
        <translation>Fügt einen Statusbericht hinzu: eine datierte Momentaufnahme von Ampel, Fortschritt und Text, die nie mehr geändert wird. Bei Gelb und Rot ist ein Text mit der Begründung erforderlich.</translation>
    </message>
    <message>
        <source>green, amber, red or none</source>
        <translation>green (grün), amber (gelb), red (rot) oder none (keine)</translation>
    </message>
    <message>
        <source>per cent done, 0 to 100</source>
        <translation>Fertigstellungsgrad in Prozent, 0 bis 100</translation>
    </message>
    <message>
        <source>what happened, what comes next, the reason</source>
        <translation>was geschehen ist, was als Nächstes ansteht, die Begründung</translation>
    </message>
    <message>
        <source>the day it reports on (default today)</source>
        <translation>der Stichtag des Berichts (Standard: heute)</translation>
    </message>
    <message>
        <source>--progress: &apos;%1&apos; is not a whole number from 0 to 100.</source>
        <translation>--progress: &apos;%1&apos; ist keine ganze Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>Status report %1 added to %2.</source>
        <translation>Statusbericht %1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>das Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>the day it was reached (default today)</source>
        <translation>der Tag, an dem er erreicht wurde (Standard: heute)</translation>
    </message>
    <message>
        <source>Adds a milestone to a sub-project.</source>
        <translation>Fügt einem Teilprojekt einen Meilenstein hinzu.</translation>
    </message>
    <message>
        <source>what is reached</source>
        <translation>was erreicht wird</translation>
    </message>
    <message>
        <source>Marks a milestone reached.</source>
        <translation>Markiert einen Meilenstein als erreicht.</translation>
    </message>
    <message>
        <source>Moves an open milestone to a new due date.</source>
        <translation>Verschiebt einen offenen Meilenstein auf ein neues Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>the milestone&apos;s number (as &apos;programme show&apos; lists it)</source>
        <translation>die Nummer des Meilensteins (wie &apos;programme show&apos; sie auflistet)</translation>
    </message>
    <message>
        <source>Use: amtsdesk-cli programme milestone add CODE TITLE --due DATE | milestone done ID [--date DATE] | milestone move ID --due DATE</source>
        <translation>Aufruf: amtsdesk-cli programme milestone add CODE TITLE --due DATE | milestone done ID [--date DATE] | milestone move ID --due DATE</translation>
    </message>
    <message>
        <source>%1: --due is needed.</source>
        <translation>%1: --due ist erforderlich.</translation>
    </message>
    <message>
        <source>Milestone #%1 added to %2, due %3.</source>
        <translation>Meilenstein #%1 zu %2 hinzugefügt, fällig am %3.</translation>
    </message>
    <message>
        <source>Milestone #%1 reached.</source>
        <translation>Meilenstein #%1 erreicht.</translation>
    </message>
    <message>
        <source>Milestone #%1 moved.</source>
        <translation>Meilenstein #%1 verschoben.</translation>
    </message>
    <message>
        <source>The status report / newsletter of the programme for a day, for one department or the whole programme: as PDF (with the charts), as HTML, or as a text summary when neither is asked for.</source>
        <translation>Der Statusbericht / Newsletter des Programms zu einem Stichtag, für eine Organisationseinheit oder das gesamte Programm: als PDF (mit den Diagrammen), als HTML oder als Textzusammenfassung, wenn keines von beiden angefordert wird.</translation>
    </message>
    <message>
        <source>write the report as PDF</source>
        <translation>den Bericht als PDF schreiben</translation>
    </message>
    <message>
        <source>write the report as HTML</source>
        <translation>den Bericht als HTML schreiben</translation>
    </message>
    <message>
        <source>the day it stands on (default today)</source>
        <translation>der Stichtag (Standard: heute)</translation>
    </message>
    <message>
        <source>only this department</source>
        <translation>nur diese Organisationseinheit</translation>
    </message>
    <message>
        <source>days looked back (reached, went online) and ahead (due); default 30</source>
        <translation>Tage rückblickend (erreicht, online gegangen) und vorausschauend (fällig); Standard: 30</translation>
    </message>
    <message>
        <source>--period: &apos;%1&apos; is not a number of days from 1 to 366.</source>
        <translation>--period: &apos;%1&apos; ist keine Anzahl von Tagen zwischen 1 und 366.</translation>
    </message>
    <message>
        <source>Wrote the status report to %1.</source>
        <translation>Statusbericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Status report %1, %2</source>
        <translation>Statusbericht %1, %2</translation>
    </message>
    <message>
        <source>Sub-projects: %1 (%2 at risk, %3 off track)</source>
        <translation>Teilprojekte: %1 (%2 gefährdet, %3 kritisch)</translation>
    </message>
    <message>
        <source>Milestones: %1 reached since %2, %3 due until %4, %5 overdue</source>
        <translation>Meilensteine: %1 erreicht seit %2, %3 fällig bis %4, %5 überfällig</translation>
    </message>
    <message>
        <source>OZG services: %1, %2 went online since %3</source>
        <translation>OZG-Leistungen: %1, davon %2 seit %3 online gegangen</translation>
    </message>
    <message>
        <source>Training: %1 of %2 required trainings done (%3%)</source>
        <translation>Schulungen: %1 von %2 Pflichtschulungen absolviert (%3 %)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from %3 to %4.</source>
        <translation>%1: &apos;%2&apos; ist keine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>Imports the OZG / LeiKa catalogue from CSV (leika_key, leika_name, leika_type, ozg_id, ozg_name, life_situation, topic). A re-import updates; rows that do not fit are listed with their line. Exit code 1 when rows were rejected.</source>
        <translation>Importiert den OZG-/LeiKa-Katalog aus CSV (leika_key, leika_name, leika_type, ozg_id, ozg_name, life_situation, topic). Ein erneuter Import aktualisiert die Einträge; Zeilen, die nicht passen, werden mit ihrer Zeilennummer aufgelistet. Exit-Code 1, wenn Zeilen abgewiesen wurden.</translation>
    </message>
    <message>
        <source>the catalogue (CSV, UTF-8)</source>
        <translation>der Katalog (CSV, UTF-8)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 abgewiesen.</translation>
    </message>
    <message>
        <source>Finds services in the imported catalogue by name, LeiKa key or OZG id.</source>
        <translation>Sucht Leistungen im importierten Katalog nach Name, LeiKa-Schlüssel oder OZG-ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: amtsdesk-cli programme catalogue import FILE | catalogue find TEXT</source>
        <translation>Aufruf: amtsdesk-cli programme catalogue import FILE | catalogue find TEXT</translation>
    </message>
    <message>
        <source>Lists the OZG services the district offers with their maturity now and the target (model/level), status and go-live.</source>
        <translation>Listet die OZG-Leistungen auf, die der Landkreis anbietet, mit aktuellem Reifegrad und Zielreifegrad (Modell/Stufe), Status und Online-Start.</translation>
    </message>
    <message>
        <source>only of this department</source>
        <translation>nur dieser Organisationseinheit</translation>
    </message>
    <message>
        <source>only open, planning, in_progress or done</source>
        <translation>nur open, planning, in_progress oder done</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a status; use open, planning, in_progress or done.</source>
        <translation>--status: &apos;%1&apos; ist kein Status; verwenden Sie open, planning, in_progress oder done.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n OZG-Leistung</numerusform>
            <numerusform>%n OZG-Leistungen</numerusform>
        </translation>
    </message>
    <message>
        <source>the responsible department</source>
        <translation>die zuständige Organisationseinheit</translation>
    </message>
    <message>
        <source>the sub-project that implements it</source>
        <translation>das Teilprojekt, das sie umsetzt</translation>
    </message>
    <message>
        <source>maturity model 1.1 (levels 0-4) or 2.0 (0-7); default 2.0</source>
        <translation>Reifegradmodell 1.1 (Stufen 0-4) oder 2.0 (0-7); Standard: 2.0</translation>
    </message>
    <message>
        <source>the maturity level now</source>
        <translation>der aktuelle Reifegrad</translation>
    </message>
    <message>
        <source>the level aimed at (default 3)</source>
        <translation>der angestrebte Reifegrad (Standard: 3)</translation>
    </message>
    <message>
        <source>the online service (http or https)</source>
        <translation>der Link zur Online-Leistung (http oder https)</translation>
    </message>
    <message>
        <source>when it went or goes online</source>
        <translation>wann sie online gegangen ist oder online geht</translation>
    </message>
    <message>
        <source>open, planning, in_progress or done</source>
        <translation>open, planning, in_progress oder done</translation>
    </message>
    <message>
        <source>the day the level was reached (default today)</source>
        <translation>der Tag, an dem der Reifegrad erreicht wurde (Standard: heute)</translation>
    </message>
    <message>
        <source>what changed</source>
        <translation>was sich geändert hat</translation>
    </message>
    <message>
        <source>Offers a service of the catalogue in the district.</source>
        <translation>Bietet eine Leistung aus dem Katalog im Landkreis an.</translation>
    </message>
    <message>
        <source>the LeiKa key, or the OZG id</source>
        <translation>der LeiKa-Schlüssel oder die OZG-ID</translation>
    </message>
    <message>
        <source>Records a new maturity level of an offered service; kept in its history.</source>
        <translation>Erfasst einen neuen Reifegrad einer angebotenen Leistung; er wird in ihrem Verlauf festgehalten.</translation>
    </message>
    <message>
        <source>the service&apos;s number (as &apos;programme services&apos; lists it)</source>
        <translation>die Nummer der Leistung (wie &apos;programme services&apos; sie auflistet)</translation>
    </message>
    <message>
        <source>Shows how the maturity of an offered service changed.</source>
        <translation>Zeigt, wie sich der Reifegrad einer angebotenen Leistung verändert hat.</translation>
    </message>
    <message>
        <source>the service&apos;s number</source>
        <translation>die Nummer der Leistung</translation>
    </message>
    <message>
        <source>Use: amtsdesk-cli programme service offer KEY --department CODE … | service maturity ID --level N … | service history ID</source>
        <translation>Aufruf: amtsdesk-cli programme service offer KEY --department CODE … | service maturity ID --level N … | service history ID</translation>
    </message>
    <message>
        <source>--model: &apos;%1&apos; is not a maturity model; use 1.1 or 2.0.</source>
        <translation>--model: &apos;%1&apos; ist kein Reifegradmodell; verwenden Sie 1.1 oder 2.0.</translation>
    </message>
    <message>
        <source>%1: --level is needed.</source>
        <translation>%1: --level ist erforderlich.</translation>
    </message>
    <message>
        <source>Service #%1 now at maturity level %2 (model %3).</source>
        <translation>Leistung #%1 hat jetzt Reifegrad %2 (Modell %3).</translation>
    </message>
    <message>
        <source>--subproject: %1</source>
        <translation>--subproject: %1</translation>
    </message>
    <message>
        <source>Service #%1 offered: %2.</source>
        <translation>Leistung #%1 angeboten: %2.</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>die Organisationseinheit</translation>
    </message>
    <message>
        <source>the day (default today)</source>
        <translation>der Tag (Standard: heute)</translation>
    </message>
    <message>
        <source>Lists the staff directory, or adds a member of staff with --add NAME.</source>
        <translation>Listet das Beschäftigtenverzeichnis auf oder nimmt mit --add NAME eine Person darin auf.</translation>
    </message>
    <message>
        <source>add this person</source>
        <translation>diese Person aufnehmen</translation>
    </message>
    <message>
        <source>their position</source>
        <translation>deren Funktion</translation>
    </message>
    <message>
        <source>their Amtsdesk login, if they have one</source>
        <translation>deren Amtsdesk-Anmeldename, falls vorhanden</translation>
    </message>
    <message>
        <source>--login: %1</source>
        <translation>--login: %1</translation>
    </message>
    <message>
        <source>Staff member #%1 added: %2.</source>
        <translation>Beschäftigteneintrag #%1 angelegt: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of staff</source>
        <translation>
            <numerusform>%n Beschäftigte(r)</numerusform>
            <numerusform>%n Beschäftigte</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the courses, or adds one with --add CODE --title TEXT --kind KIND.</source>
        <translation>Listet die Schulungen auf oder legt mit --add CODE --title TEXT --kind KIND eine neue an.</translation>
    </message>
    <message>
        <source>the new course&apos;s code</source>
        <translation>das Kürzel der neuen Schulung</translation>
    </message>
    <message>
        <source>its title</source>
        <translation>ihr Titel</translation>
    </message>
    <message>
        <source>efile_training, einvoice_training, digital_training, lightning_talk, consultation, citizen_workshop or workshop</source>
        <translation>efile_training, einvoice_training, digital_training, lightning_talk, consultation, citizen_workshop oder workshop</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not a kind of course; see &apos;programme course --help&apos;.</source>
        <translation>--kind: &apos;%1&apos; ist keine Schulungsart; siehe &apos;programme course --help&apos;.</translation>
    </message>
    <message>
        <source>Course %1 added.</source>
        <translation>Schulung %1 angelegt.</translation>
    </message>
    <message>
        <source>Lists the sessions of a course, or adds one with --add DATE.</source>
        <translation>Listet die Termine einer Schulung auf oder legt mit --add DATE einen neuen an.</translation>
    </message>
    <message>
        <source>the course&apos;s code</source>
        <translation>das Kürzel der Schulung</translation>
    </message>
    <message>
        <source>a session on this day</source>
        <translation>ein Termin an diesem Tag</translation>
    </message>
    <message>
        <source>where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>who trains</source>
        <translation>Schulungsleitung</translation>
    </message>
    <message>
        <source>Session #%1 of %2 on %3 added.</source>
        <translation>Termin #%1 der Schulung %2 am %3 angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n Teilnehmende(r)</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <source>Records that members of staff attended a session.</source>
        <translation>Erfasst, dass Beschäftigte an einem Termin teilgenommen haben.</translation>
    </message>
    <message>
        <source>the session&apos;s number</source>
        <translation>die Nummer des Termins</translation>
    </message>
    <message>
        <source>staff numbers</source>
        <translation>Nummern der Beschäftigten</translation>
    </message>
    <message>
        <source>staff #%1: %2</source>
        <translation>Beschäftigteneintrag #%1: %2</translation>
    </message>
    <message>
        <source>Attendance recorded.</source>
        <translation>Teilnahme erfasst.</translation>
    </message>
    <message>
        <source>Attendance recorded where possible.</source>
        <translation>Teilnahme erfasst, soweit möglich.</translation>
    </message>
    <message>
        <source>Makes a course required for a department&apos;s staff or for a role&apos;s holders.</source>
        <translation>Macht eine Schulung für die Beschäftigten einer Organisationseinheit oder für alle Inhaber einer Rolle verpflichtend.</translation>
    </message>
    <message>
        <source>the role, e.g. invoice_checker</source>
        <translation>die Rolle, z. B. invoice_checker</translation>
    </message>
    <message>
        <source>%1 is now required.</source>
        <translation>%1 ist jetzt eine Pflichtschulung.</translation>
    </message>
    <message>
        <source>Per department and required course: how many of the staff who must take it have.</source>
        <translation>Je Organisationseinheit und Pflichtschulung: wie viele der Beschäftigten, die sie absolvieren müssen, dies getan haben.</translation>
    </message>
    <message>
        <source>new, review, adopted or declined</source>
        <translation>new (neu), review (in Prüfung), adopted (angenommen) oder declined (abgelehnt)</translation>
    </message>
    <message>
        <source>Lists the ideas and suggestions, newest first.</source>
        <translation>Listet die Ideen und Vorschläge auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a status of an idea; use new, review, adopted or declined.</source>
        <translation>--status: &apos;%1&apos; ist kein Status einer Idee; verwenden Sie new, review, adopted oder declined.</translation>
    </message>
    <message>
        <source>Records an idea or suggestion.</source>
        <translation>Erfasst eine Idee oder einen Vorschlag.</translation>
    </message>
    <message>
        <source>the idea in a line</source>
        <translation>die Idee in einer Zeile</translation>
    </message>
    <message>
        <source>who brought it</source>
        <translation>wer sie eingebracht hat</translation>
    </message>
    <message>
        <source>consultation, innovation_team, staff_workshop, citizen_workshop, lightning_talk or other</source>
        <translation>consultation, innovation_team, staff_workshop, citizen_workshop, lightning_talk oder other</translation>
    </message>
    <message>
        <source>the department it concerns</source>
        <translation>die Organisationseinheit, die sie betrifft</translation>
    </message>
    <message>
        <source>more about it</source>
        <translation>nähere Beschreibung</translation>
    </message>
    <message>
        <source>--source: &apos;%1&apos; is not a source of ideas; see &apos;programme idea add --help&apos;.</source>
        <translation>--source: &apos;%1&apos; ist keine Quelle für Ideen; siehe &apos;programme idea add --help&apos;.</translation>
    </message>
    <message>
        <source>Idea #%1 recorded.</source>
        <translation>Idee #%1 erfasst.</translation>
    </message>
    <message>
        <source>Moves an idea to review, adopts or declines it (declining needs --reason). &apos;programme add CODE --idea ID&apos; turns an idea into a sub-project.</source>
        <translation>Gibt eine Idee in die Prüfung, nimmt sie an oder lehnt sie ab (eine Ablehnung erfordert --reason). &apos;programme add CODE --idea ID&apos; macht aus einer Idee ein Teilprojekt.</translation>
    </message>
    <message>
        <source>the idea&apos;s number</source>
        <translation>die Nummer der Idee</translation>
    </message>
    <message>
        <source>review, adopted or declined</source>
        <translation>review (in Prüfung), adopted (angenommen) oder declined (abgelehnt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decision; use review, adopted or declined.</source>
        <translation>&apos;%1&apos; ist keine Entscheidung; verwenden Sie review, adopted oder declined.</translation>
    </message>
    <message>
        <source>Idea #%1: %2.</source>
        <translation>Idee #%1: %2.</translation>
    </message>
    <message>
        <source>Use: amtsdesk-cli programme idea add TITLE … | idea decide ID review|adopted|declined [--reason TEXT]</source>
        <translation>Aufruf: amtsdesk-cli programme idea add TITLE … | idea decide ID review|adopted|declined [--reason TEXT]</translation>
    </message>
    <message>
        <source>fill a new demo store with a district&apos;s records at a chosen size</source>
        <translation>einen neuen Demo-Datenbestand in gewählter Größe mit den Datensätzen eines Landkreises füllen</translation>
    </message>
    <message>
        <source>check integrity, the audit chain, every document&apos;s hash and that every record is whole</source>
        <translation>Integrität, Protokollkette, den Hashwert jedes Dokuments und die Vollständigkeit jedes Datensatzes prüfen</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Fills a new demo store with a district&apos;s ten years of synthetic records: files, cases in every state, documents as PDFs with German text, invoices, the programme. The same seed gives the same content. Ctrl+C stops after the current batch; the same command then goes on where it stopped.</source>
        <translation>Füllt einen neuen Demo-Datenbestand mit synthetischen Datensätzen eines Landkreises aus zehn Jahren: Akten, Vorgänge in jedem Status, Dokumente als PDFs mit deutschem Text, Rechnungen, das Digitalisierungsprogramm. Derselbe Startwert (Seed) ergibt denselben Inhalt. Strg+C hält nach dem laufenden Stapel an; derselbe Befehl setzt dann dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>how many documents (default 10000)</source>
        <translation>wie viele Dokumente (Standard: 10000)</translation>
    </message>
    <message>
        <source>seed of the random content (default 1)</source>
        <translation>Startwert für den Zufallsinhalt (Standard: 1)</translation>
    </message>
    <message>
        <source>last day of the ten years (default: today)</source>
        <translation>letzter Tag der zehn Jahre (Standard: heute)</translation>
    </message>
    <message>
        <source>documents per transaction (default 2000)</source>
        <translation>Dokumente je Transaktion (Standard: 2000)</translation>
    </message>
    <message>
        <source>generate: --documents needs a positive number, not &quot;%1&quot;.</source>
        <translation>generate: --documents braucht eine positive Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>generate: --seed needs a whole number, not &quot;%1&quot;.</source>
        <translation>generate: --seed braucht eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>generate: --batch needs a positive number, not &quot;%1&quot;.</source>
        <translation>generate: --batch braucht eine positive Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>generate: --until needs a date such as 2026-03-01, not &quot;%1&quot;.</source>
        <translation>generate: --until braucht ein Datum wie 2026-03-01, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 of %2 documents (%3 %), %4 documents/s, %5 left</source>
        <translation>%1 von %2 Dokumenten (%3 %), %4 Dokumente/s, noch %5</translation>
    </message>
    <message>
        <source>The store %1 holds %2 documents (%3 pages) in %4 files with %5 cases, and %6 invoices.</source>
        <translation>Der Datenbestand %1 enthält %2 Dokumente (%3 Seiten) in %4 Akten mit %5 Vorgängen sowie %6 Rechnungen.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 documents; the store %3 is valid. Run the same command again to go on.</source>
        <translation>Angehalten nach %1 von %2 Dokumenten; der Datenbestand %3 ist gültig. Führen Sie denselben Befehl erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>This run added %1 documents in %2 (%3 documents/s).</source>
        <translation>Dieser Lauf hat %1 Dokumente in %2 hinzugefügt (%3 Dokumente/s).</translation>
    </message>
    <message>
        <source>Disk use: database %1, documents %2 in %3 blobs; %4 per 100,000 documents.</source>
        <translation>Speicherbedarf: Datenbank %1, Dokumente %2 in %3 Dokumentdateien; %4 je 100.000 Dokumente.</translation>
    </message>
    <message>
        <source>From idea:     #%1 %2</source>
        <translation>Aus Idee:      #%1 %2</translation>
    </message>
    <message>
        <source>Checks SQLite integrity, the whole audit chain, every stored document&apos;s hash and that every record is whole.</source>
        <translation>Prüft die SQLite-Integrität, die gesamte Protokollkette, den Hashwert jedes gespeicherten Dokuments und die Vollständigkeit jedes Datensatzes.</translation>
    </message>
    <message>
        <source>also check the audit chain against the head saved in FILE (audit-head --save)</source>
        <translation>zusätzlich die Protokollkette gegen den in FILE gespeicherten Protokollstand prüfen (audit-head --save)</translation>
    </message>
    <message>
        <source>then, if the store is intact, remove the stored files no record references that are older than an hour (left by interrupted imports)</source>
        <translation>danach, wenn der Datenbestand unversehrt ist, die gespeicherten Dateien entfernen, auf die kein Datensatz verweist und die älter als eine Stunde sind (Reste abgebrochener Importe)</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Audit trail: entry %1 still carries the head saved on %2.</source>
        <translation>Protokoll: Eintrag %1 enthält weiterhin den am %2 gespeicherten Hashwert.</translation>
    </message>
    <message>
        <source>Documents: %1 unreferenced files removed.</source>
        <translation>Dokumente: %1 nicht referenzierte Dateien entfernt.</translation>
    </message>
    <message>
        <source>also save it with the number of entries, the time and the store in FILE, for &apos;verify --expect-head-file&apos;</source>
        <translation>zusätzlich mit der Anzahl der Einträge, dem Zeitpunkt und dem Datenbestand in FILE speichern, für &apos;verify --expect-head-file&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Saved the audit head (%n entries) to %1.</source>
        <translation>
            <numerusform>Protokollstand (%n Eintrag) in %1 gespeichert.</numerusform>
            <numerusform>Protokollstand (%n Einträge) in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a consistent backup of the store and its documents into the new folder DEST, also while others work; the copy is verified before it is kept. With --rotate, DEST is the folder of the backups: each goes into a sub-folder named by its time, and only the newest N stay (older ones are removed after the new one verified).</source>
        <translation>Schreibt eine konsistente Sicherung des Datenbestands und seiner Dokumente in den neuen Ordner DEST, auch während andere damit arbeiten; die Kopie wird geprüft, bevor sie behalten wird. Mit --rotate ist DEST der Ordner der Sicherungen: Jede Sicherung kommt in einen Unterordner, der nach ihrem Zeitpunkt benannt ist, und nur die neuesten N bleiben erhalten (ältere werden erst entfernt, nachdem die neue geprüft wurde).</translation>
    </message>
    <message>
        <source>a folder that does not exist yet (or is empty); with --rotate the folder of the backups</source>
        <translation>ein Ordner, der noch nicht existiert (oder leer ist); mit --rotate der Ordner der Sicherungen</translation>
    </message>
    <message>
        <source>keep the newest N backups in DEST</source>
        <translation>die neuesten N Sicherungen in DEST behalten</translation>
    </message>
    <message>
        <source>--rotate: &apos;%1&apos; is not a number of backups from 1 to 1000.</source>
        <translation>--rotate: &apos;%1&apos; ist keine Anzahl von Sicherungen zwischen 1 und 1000.</translation>
    </message>
    <message>
        <source>Removed the older backup %1.</source>
        <translation>Ältere Sicherung %1 entfernt.</translation>
    </message>
    <message>
        <source>the programme&apos;s milestones instead: per month due, how many were reached on time, late, or are overdue</source>
        <translation>stattdessen die Meilensteine des Programms: je Fälligkeitsmonat, wie viele rechtzeitig oder verspätet erreicht wurden oder überfällig sind</translation>
    </message>
    <message>
        <source>with --milestones: only the sub-projects this department sponsors</source>
        <translation>mit --milestones: nur die Teilprojekte, bei denen diese Organisationseinheit federführend ist</translation>
    </message>
    <message>
        <source>--department goes with --milestones.</source>
        <translation>--department ist nur zusammen mit --milestones möglich.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
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
        <translation>Anz.</translation>
    </message>
    <message>
        <source>Median h</source>
        <translation>Median h</translation>
    </message>
    <message>
        <source>90 % h</source>
        <translation>90 % h</translation>
    </message>
    <message>
        <source>Month due</source>
        <translation>Fällig im</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Rechtzeitig</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Median delay (days)</source>
        <translation>Median Verzug (Tage)</translation>
    </message>
    <message>
        <source>%1 cannot be written; it is read as it is, without changing anything.</source>
        <translation>%1 kann nicht geschrieben werden; der Datenbestand wird so gelesen, wie er ist, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>merge the search index into one piece after a bulk import</source>
        <translation>den Suchindex nach einem großen Import zu einem Stück zusammenführen</translation>
    </message>
    <message>
        <source>All documents written; merging the search index, step %1</source>
        <translation>Alle Dokumente geschrieben; der Suchindex wird zusammengeführt, Schritt %1</translation>
    </message>
    <message>
        <source>The search index was merged into one piece in %1.</source>
        <translation>Der Suchindex wurde in %1 zu einem Stück zusammengeführt.</translation>
    </message>
    <message>
        <source>Merges the full-text index into one piece. Every import adds a piece, which the index combines only bit by bit; after a large import (thousands of documents) prefix and phrase searches read many pieces, and after the merge they take about half the time. Works in short steps: others may go on working meanwhile. About half a minute per 100,000 documents.</source>
        <translation>Führt den Volltextindex zu einem Stück zusammen. Jeder Import fügt ein Stück hinzu, das der Index nur nach und nach zusammenfasst; nach einem großen Import (Tausende Dokumente) lesen Präfix- und Phrasensuchen viele Stücke, nach dem Zusammenführen brauchen sie etwa die halbe Zeit. Arbeitet in kurzen Schritten: andere können währenddessen weiterarbeiten. Etwa eine halbe Minute je 100.000 Dokumente.</translation>
    </message>
    <message>
        <source>The search index was in one piece already.</source>
        <translation>Der Suchindex war schon ein Stück.</translation>
    </message>
    <message>
        <source>The search index is in one piece now (%1 steps, %2 s).</source>
        <translation>Der Suchindex ist jetzt ein Stück (%1 Schritte, %2 s).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation>OE</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
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
    <message>
        <source>The store is busy: another Amtsdesk (or a backup) has kept it locked for more than %1 seconds. Please try again in a moment.</source>
        <translation>Der Datenbestand ist belegt: Ein anderes Amtsdesk (oder eine Sicherung) hält ihn seit mehr als %1 Sekunden gesperrt. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>A new store cannot be created at %1: %2.</source>
        <translation>An %1 kann kein neuer Datenbestand angelegt werden: %2.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened for work: %2. It was left as it is; &apos;amtsdesk-cli verify&apos; and &apos;backup&apos; can still read it.</source>
        <translation>Der Datenbestand %1 kann nicht zum Arbeiten geöffnet werden: %2. Er wurde so belassen, wie er ist; „amtsdesk-cli verify“ und „backup“ können ihn weiterhin lesen.</translation>
    </message>
    <message>
        <source>The store %1 is read-only and was not closed properly: its write-ahead log %2 holds changes that can only be read where the store can be written. Copy the store&apos;s folder to a writable disk and open the copy.</source>
        <translation>Der Datenbestand %1 ist schreibgeschützt und wurde nicht ordnungsgemäß geschlossen: Sein Write-Ahead-Log %2 enthält Änderungen, die nur gelesen werden können, wo der Datenbestand beschreibbar ist. Kopieren Sie den Ordner des Datenbestands auf einen beschreibbaren Datenträger und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>%1 was written by an older Amtsdesk (schema %2) and must be updated before it can be read, which needs a writable store; it was left as it is.</source>
        <translation>%1 wurde von einer älteren Amtsdesk-Version geschrieben (Schema %2) und muss aktualisiert werden, bevor er gelesen werden kann; dazu muss der Datenbestand beschreibbar sein. Er wurde so belassen, wie er ist.</translation>
    </message>
    <message>
        <source>The disk holding the store %1 is full; nothing was changed. Free some space there and try again.</source>
        <translation>Der Datenträger des Datenbestands %1 ist voll; es wurde nichts geändert. Schaffen Sie dort Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store %1 is read-only; nothing was changed.</source>
        <translation>Der Datenbestand %1 ist schreibgeschützt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A database statement failed: %1 (%2)</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>The copy of the database could not be written: %1.</source>
        <translation>Die Kopie der Datenbank konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>The copy of the database could not be written to %1: %2</source>
        <translation>Die Kopie der Datenbank konnte nicht nach %1 geschrieben werden: %2</translation>
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
    <name>DemoInvoices</name>
    <message>
        <source>Demo data goes only into a demo store, never into a real one.</source>
        <translation>Demodaten werden nur in einen Demo-Datenbestand geschrieben, niemals in einen echten.</translation>
    </message>
    <message>
        <source>No temporary folder can be made for the demo invoices.</source>
        <translation>Für die Demo-Rechnungen kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>DemoProgramme</name>
    <message>
        <source>Demo data goes only into a demo store, never into a real one.</source>
        <translation>Demodaten werden nur in einen Demo-Datenbestand geschrieben, niemals in einen echten.</translation>
    </message>
</context>
<context>
    <name>DemoRecords</name>
    <message>
        <source>The demo letter %1 cannot be written: %2</source>
        <translation>Der Demo-Brief %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the demo letters can be made.</source>
        <translation>Für die Demo-Briefe kann kein temporärer Ordner angelegt werden.</translation>
    </message>
</context>
<context>
    <name>DiskError</name>
    <message>
        <source>the disk holding %1 is full (free some space there and try again)</source>
        <translation>der Datenträger mit %1 ist voll (schaffen Sie dort Platz und versuchen Sie es erneut)</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk</source>
        <translation>%1 liegt auf einem schreibgeschützten Datenträger</translation>
    </message>
    <message>
        <source>you may not write to %1</source>
        <translation>Sie dürfen %1 nicht schreiben</translation>
    </message>
    <message>
        <source>the disk holding %1 reported an input/output error (%2)</source>
        <translation>der Datenträger mit %1 meldete einen Ein-/Ausgabefehler (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Disposal</name>
    <message>
        <source>%1 may not ask for the destruction of files.</source>
        <translation>%1 darf keine Vernichtung von Akten beantragen.</translation>
    </message>
    <message>
        <source>The retention period of %1 has not ended; it cannot be destroyed.</source>
        <translation>Die Aufbewahrungsfrist von %1 ist noch nicht abgelaufen; die Akte kann nicht vernichtet werden.</translation>
    </message>
    <message>
        <source>The destruction of %1 has been asked for already.</source>
        <translation>Die Vernichtung von %1 wurde bereits beantragt.</translation>
    </message>
    <message>
        <source>There is no destruction request number %1.</source>
        <translation>Es gibt keinen Vernichtungsantrag mit der Nummer %1.</translation>
    </message>
    <message>
        <source>%1 has been destroyed already.</source>
        <translation>%1 wurde bereits vernichtet.</translation>
    </message>
    <message>
        <source>%1 may not approve the destruction of %2: that needs the role &quot;%3&quot;.</source>
        <translation>%1 darf die Vernichtung von %2 nicht genehmigen: Dafür ist die Rolle „%3“ erforderlich.</translation>
    </message>
    <message>
        <source>%1 asked for the destruction of %2 and so cannot approve it: four eyes are needed.</source>
        <translation>%1 hat die Vernichtung von %2 beantragt und kann sie daher nicht genehmigen: Es gilt das Vier-Augen-Prinzip.</translation>
    </message>
</context>
<context>
    <name>DocumentIndex</name>
    <message>
        <source>There is no document version number %1.</source>
        <translation>Es gibt keine Dokumentversion mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>DocumentIndexer</name>
    <message>
        <source>There is no document version number %1.</source>
        <translation>Es gibt keine Dokumentversion mit der Nummer %1.</translation>
    </message>
    <message>
        <source>%1 is protected by a password: it is stored, but its text can only be searched once the password is given.</source>
        <translation>%1 ist kennwortgeschützt: Die Datei ist gespeichert, ihr Text kann aber erst durchsucht werden, wenn das Kennwort angegeben wird.</translation>
    </message>
    <message>
        <source>The password given for %1 is wrong: it is stored without its text.</source>
        <translation>Das für %1 angegebene Kennwort ist falsch: Die Datei ist ohne ihren Text gespeichert.</translation>
    </message>
    <message>
        <source>%1 is stored, but cannot be indexed or previewed: %2</source>
        <translation>%1 ist gespeichert, kann aber nicht indiziert oder in der Vorschau angezeigt werden: %2</translation>
    </message>
    <message>
        <source>%1 has no text layer (a scan?): it can be read and previewed, not searched.</source>
        <translation>%1 hat keine Textebene (ein Scan?): Die Datei kann gelesen und in der Vorschau angezeigt, aber nicht durchsucht werden.</translation>
    </message>
    <message>
        <source>%1 has more text than Amtsdesk indexes; the rest is not searchable.</source>
        <translation>%1 enthält mehr Text, als Amtsdesk indiziert; der Rest ist nicht durchsuchbar.</translation>
    </message>
    <message>
        <source>The stored file of %1 cannot be read: %2</source>
        <translation>Die gespeicherte Datei von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; only its beginning is searchable.</source>
        <translation>%1 ist größer als 20 MB; nur der Anfang ist durchsuchbar.</translation>
    </message>
    <message>
        <source>This kind of file has no text to index.</source>
        <translation>Diese Art von Datei enthält keinen Text, der indiziert werden kann.</translation>
    </message>
    <message>
        <source>PDFs and images are read by the worker process, and none was given.</source>
        <translation>PDFs und Bilder werden vom Hilfsprozess gelesen, und es wurde keiner übergeben.</translation>
    </message>
    <message>
        <source>%1 is an image: it can be previewed, not searched (Amtsdesk does not recognise text in images).</source>
        <translation>%1 ist ein Bild: Es kann angezeigt, aber nicht durchsucht werden (Amtsdesk erkennt keinen Text in Bildern).</translation>
    </message>
</context>
<context>
    <name>DocumentSearch</name>
    <message>
        <source>Type at least one word to search for; filters alone are not a search.</source>
        <translation>Geben Sie mindestens ein Suchwort ein; Filter allein ergeben keine Suche.</translation>
    </message>
    <message>
        <source>&quot;%1:%2&quot; needs a date such as 2026-03-01 or 1.3.2026.</source>
        <translation>„%1:%2“ braucht ein Datum wie 2026-03-01 oder 1.3.2026.</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>Die Suche konnte nicht ausgeführt werden: %1</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>There is no case number %1.</source>
        <translation>Es gibt keinen Vorgang mit der Nummer %1.</translation>
    </message>
    <message>
        <source>There is no document number %1.</source>
        <translation>Es gibt kein Dokument mit der Nummer %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than 2 GB; split it or store it elsewhere.</source>
        <translation>%1 ist größer als 2 GB; teilen Sie die Datei auf oder legen Sie sie an anderer Stelle ab.</translation>
    </message>
    <message>
        <source>This kind of file has no text to index.</source>
        <translation>Diese Art von Datei enthält keinen Text, der indiziert werden kann.</translation>
    </message>
    <message>
        <source>A document title may have at most 500 characters.</source>
        <translation>Ein Dokumenttitel darf höchstens 500 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is no document version number %1.</source>
        <translation>Es gibt keine Dokumentversion mit der Nummer %1.</translation>
    </message>
    <message>
        <source>Notes belong to cases and documents.</source>
        <translation>Vermerke gehören zu Vorgängen und Dokumenten.</translation>
    </message>
    <message>
        <source>A note needs 1 to 20,000 characters.</source>
        <translation>Ein Vermerk muss 1 bis 20.000 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <source>%1 exists already and is not an empty folder; choose a new folder for the export.</source>
        <translation>%1 existiert bereits und ist kein leerer Ordner; wählen Sie einen neuen Ordner für den Export.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be written. Is the disk full?</source>
        <translation>%1 konnte nicht geschrieben werden. Ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>The file %1 has no case number %2.</source>
        <translation>Die Akte %1 hat keinen Vorgang mit der Nummer %2.</translation>
    </message>
    <message>
        <source>metadata.json could not be written in %1.</source>
        <translation>metadata.json konnte in %1 nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>FilePlan</name>
    <message>
        <source>The file plan has no unit &quot;%1&quot;.</source>
        <translation>Im Aktenplan gibt es keine Einheit „%1“.</translation>
    </message>
    <message>
        <source>The file plan has no unit number %1.</source>
        <translation>Im Aktenplan gibt es keine Einheit mit der Nummer %1.</translation>
    </message>
    <message>
        <source>change the file plan</source>
        <translation>Ändern des Aktenplans</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file plan key: use up to 32 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;/&apos;.</source>
        <translation>„%1“ ist kein gültiges Aktenplankennzeichen: Verwenden Sie bis zu 32 Buchstaben, Ziffern, „.“, „-“ oder „/“.</translation>
    </message>
    <message>
        <source>The file plan unit &quot;%1&quot; needs a title of 1 to 300 characters.</source>
        <translation>Die Aktenplaneinheit „%1“ braucht einen Titel mit 1 bis 300 Zeichen.</translation>
    </message>
    <message>
        <source>The retention period of &quot;%1&quot; must be 0 to 200 years, or unlimited.</source>
        <translation>Die Aufbewahrungsfrist von „%1“ muss 0 bis 200 Jahre betragen oder unbefristet sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds files, so it cannot get sub-units.</source>
        <translation>„%1“ enthält bereits Akten und kann daher keine untergeordneten Einheiten erhalten.</translation>
    </message>
    <message>
        <source>The file plan has a unit &quot;%1&quot; already.</source>
        <translation>Im Aktenplan gibt es bereits eine Einheit „%1“.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB; a file plan is much smaller.</source>
        <translation>%1 ist größer als 16 MB; ein Aktenplan ist deutlich kleiner.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1, line 1: the column &quot;%2&quot; is missing (expected: %3).</source>
        <translation>%1, Zeile 1: Die Spalte „%2“ fehlt (erwartet: %3).</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a number of years.</source>
        <translation>%1, Zeile %2: „%3“ ist keine gültige Anzahl von Jahren.</translation>
    </message>
    <message>
        <source>%1, line %2: the key &quot;%3&quot; appears twice.</source>
        <translation>%1, Zeile %2: Das Kennzeichen „%3“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2: the parent &quot;%3&quot; is neither in the file nor in the plan.</source>
        <translation>%1, Zeile %2: Die übergeordnete Einheit „%3“ steht weder in der Datei noch im Aktenplan.</translation>
    </message>
</context>
<context>
    <name>FileService</name>
    <message>
        <source>Records classified &quot;%1&quot; belong in an approved system for classified information, not in Amtsdesk, which holds records up to VS-NfD.</source>
        <translation>Unterlagen mit der Einstufung „%1“ gehören in ein zugelassenes System für Verschlusssachen, nicht in Amtsdesk; Amtsdesk verwaltet Unterlagen nur bis VS-NfD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a confidentiality level; use Offen or VS-NfD.</source>
        <translation>„%1“ ist keine Vertraulichkeitsstufe; verwenden Sie Offen oder VS-NfD.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1 may not see the file %2: it belongs to the department %3.</source>
        <translation>%1 darf die Akte %2 nicht einsehen: Sie gehört zur Organisationseinheit %3.</translation>
    </message>
    <message>
        <source>%1 may not change the file %2: that needs the role &quot;%3&quot;.</source>
        <translation>%1 darf die Akte %2 nicht ändern: Dafür ist die Rolle „%3“ erforderlich.</translation>
    </message>
    <message>
        <source>The file %1 is closed (zdA); it cannot be changed.</source>
        <translation>Die Akte %1 ist zdA verfügt; sie kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>There is no file number %1.</source>
        <translation>Es gibt keine Akte mit der Nummer %1.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Akte %1.</translation>
    </message>
    <message>
        <source>A file needs a subject of 1 to 500 characters.</source>
        <translation>Eine Akte braucht einen Betreff mit 1 bis 500 Zeichen.</translation>
    </message>
    <message>
        <source>Files are filed under the lowest level of the file plan; &quot;%1&quot; has sub-units.</source>
        <translation>Akten werden auf der untersten Ebene des Aktenplans gebildet; „%1“ hat untergeordnete Einheiten.</translation>
    </message>
    <message>
        <source>%1 may not create files for the department %2: that needs a clerk of that department.</source>
        <translation>%1 darf keine Akten für die Organisationseinheit %2 anlegen: Dafür ist die Rolle „Sachbearbeitung“ in dieser Organisationseinheit erforderlich.</translation>
    </message>
    <message>
        <source>The reference number %1 exists already; check the reference number template.</source>
        <translation>Das Aktenzeichen %1 ist bereits vergeben; prüfen Sie das Aktenzeichenmuster.</translation>
    </message>
    <message numerus="yes">
        <source>The file %1 still has %n open case(s); close them first.</source>
        <translation>
            <numerusform>Die Akte %1 hat noch %n offenen Vorgang; schließen Sie ihn zuerst ab.</numerusform>
            <numerusform>Die Akte %1 hat noch %n offene Vorgänge; schließen Sie diese zuerst ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>A case needs a subject of 1 to 500 characters.</source>
        <translation>Ein Vorgang braucht einen Betreff mit 1 bis 500 Zeichen.</translation>
    </message>
    <message>
        <source>There is no case number %1.</source>
        <translation>Es gibt keinen Vorgang mit der Nummer %1.</translation>
    </message>
    <message>
        <source>%1 cannot be re-filed under %2: the file %3 there has the same running number of the same department and year. Nothing was changed.</source>
        <translation>%1 kann nicht der Aktenplaneinheit %2 zugeordnet werden: Die dortige Akte %3 hat dieselbe laufende Nummer derselben Organisationseinheit und desselben Jahres. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <source>Ideas are decided by people, not by the program itself.</source>
        <translation>Über Ideen entscheiden Menschen, nicht das Programm selbst.</translation>
    </message>
    <message>
        <source>%1 may not decide on the idea &quot;%2&quot;: it belongs to no department, so the programme manager decides.</source>
        <translation>%1 darf nicht über die Idee „%2“ entscheiden: Sie gehört zu keiner Organisationseinheit, daher entscheidet die Projektleitung Digitalisierungsprogramm.</translation>
    </message>
    <message>
        <source>%1 may not decide on the idea &quot;%2&quot;: it belongs to the department %3, which is not among yours.</source>
        <translation>%1 darf nicht über die Idee „%2“ entscheiden: Sie gehört zur Organisationseinheit %3, die nicht zu den eigenen Organisationseinheiten zählt.</translation>
    </message>
    <message>
        <source>%1 may not decide on the idea &quot;%2&quot;: that needs the role &quot;%3&quot;, or the role &quot;%4&quot; in the idea&apos;s department.</source>
        <translation>%1 darf nicht über die Idee „%2“ entscheiden: Dafür ist die Rolle „%3“ erforderlich oder die Rolle „%4“ in der Organisationseinheit der Idee.</translation>
    </message>
    <message>
        <source>Ideas are recorded by people, not by the program itself.</source>
        <translation>Ideen werden von Menschen erfasst, nicht vom Programm selbst.</translation>
    </message>
    <message>
        <source>%1 is no longer an active user and cannot record ideas.</source>
        <translation>%1 ist kein aktiver Benutzer mehr und kann keine Ideen erfassen.</translation>
    </message>
    <message>
        <source>The title of an idea needs 1 to 200 characters; it has %1.</source>
        <translation>Der Titel einer Idee muss 1 bis 200 Zeichen lang sein; er hat %1.</translation>
    </message>
    <message>
        <source>An idea needs the name of the person who brought it in.</source>
        <translation>Für eine Idee ist der Name der Person erforderlich, die sie eingebracht hat.</translation>
    </message>
    <message>
        <source>The name of the person who brought in an idea may have at most 200 characters.</source>
        <translation>Der Name der Person, die eine Idee eingebracht hat, darf höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The description of an idea may have at most 10,000 characters.</source>
        <translation>Die Beschreibung einer Idee darf höchstens 10.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>An idea cannot have been brought in in the future (%1); today is %2.</source>
        <translation>Eine Idee kann nicht in der Zukunft eingebracht worden sein (%1); heute ist der %2.</translation>
    </message>
    <message>
        <source>The department of an idea must exist; there is no department %1.</source>
        <translation>Die Organisationseinheit einer Idee muss vorhanden sein; es gibt keine Organisationseinheit %1.</translation>
    </message>
    <message>
        <source>An idea cannot be set back to &quot;%1&quot;; it can go to &quot;%2&quot;.</source>
        <translation>Eine Idee kann nicht auf „%1“ zurückgesetzt werden; möglich ist „%2“.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; was adopted; that decision is final.</source>
        <translation>Die Idee „%1“ wurde angenommen; diese Entscheidung ist endgültig.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is &quot;%2&quot; already.</source>
        <translation>Die Idee „%1“ hat bereits den Status „%2“.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; was declined; it must go back to &quot;%2&quot; before anything else.</source>
        <translation>Die Idee „%1“ wurde abgelehnt; sie muss zuerst wieder auf „%2“ gesetzt werden.</translation>
    </message>
    <message>
        <source>Declining the idea &quot;%1&quot; needs a reason.</source>
        <translation>Für die Ablehnung der Idee „%1“ ist eine Begründung erforderlich.</translation>
    </message>
    <message>
        <source>The reason of a decision may have at most 2,000 characters.</source>
        <translation>Die Begründung einer Entscheidung darf höchstens 2.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; was declined; it cannot become a sub-project unless it is taken back into review and adopted.</source>
        <translation>Die Idee „%1“ wurde abgelehnt; sie kann erst dann zu einem Teilprojekt werden, wenn sie wieder in Prüfung genommen und angenommen wurde.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; became the sub-project %2 already.</source>
        <translation>Aus der Idee „%1“ ist bereits das Teilprojekt %2 entstanden.</translation>
    </message>
    <message>
        <source>There is no idea %1.</source>
        <translation>Es gibt keine Idee %1.</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor an image this program can show.</source>
        <translation>%1 ist weder ein PDF noch ein Bild, das dieses Programm anzeigen kann.</translation>
    </message>
    <message>
        <source>%1 has %2 images; at most %3 can be shown.</source>
        <translation>%1 enthält %2 Bilder; höchstens %3 können angezeigt werden.</translation>
    </message>
    <message>
        <source>Image %1 of %2 cannot be read.</source>
        <translation>Bild %1 von %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is too large to show (%2 × %3 pixels).</source>
        <translation>%1 ist zu groß für die Anzeige (%2 × %3 Pixel).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be shown: %2</source>
        <translation>%1 ist beschädigt und kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>%1 needs more memory than is available.</source>
        <translation>%1 braucht mehr Speicher, als verfügbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no page %2: it has %n page(s).</source>
        <translation>
            <numerusform>%1 hat keine Seite %2: Es hat %n Seite.</numerusform>
            <numerusform>%1 hat keine Seite %2: Es hat %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large to show at %2 dpi (%3 × %4 pixels).</source>
        <translation>%1 ist zu groß, um mit %2 dpi angezeigt zu werden (%3 × %4 Pixel).</translation>
    </message>
</context>
<context>
    <name>InboxFolder</name>
    <message>
        <source>The inbox folder %1 does not exist.</source>
        <translation>Der Eingangsordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>InvoiceExport</name>
    <message>
        <source>%1 may not hand invoices over to the finance software: that needs the role &quot;%2&quot;.</source>
        <translation>%1 darf keine Rechnungen an die Finanzsoftware übergeben: Dafür ist die Rolle „%2“ erforderlich.</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist.</source>
        <translation>Der Exportordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Invoice %1 was never exported; it is exported with the others once its payment is ordered.</source>
        <translation>Rechnung %1 wurde nie exportiert; sie wird zusammen mit den anderen exportiert, sobald ihre Zahlung angeordnet ist.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export %1 by %2</source>
        <translation>Export %1 durch %2</translation>
    </message>
    <message>
        <source>The file plan has no active unit %1.</source>
        <translation>Der Aktenplan hat keine aktive Einheit %1.</translation>
    </message>
    <message>
        <source>No file plan unit is set for invoices, so they cannot be filed; an administrator sets one (amtsdesk-cli invoice file-plan KEY).</source>
        <translation>Für Rechnungen ist keine Aktenplaneinheit festgelegt, daher können sie nicht abgelegt werden; die Administration legt eine fest (amtsdesk-cli invoice file-plan KEY).</translation>
    </message>
    <message>
        <source>Invoices %1</source>
        <translation>Rechnungen %1</translation>
    </message>
    <message>
        <source>Invoice %1 is &quot;%2&quot;; only invoices handed over are filed.</source>
        <translation>Rechnung %1 hat den Status „%2“; nur übergebene Rechnungen werden abgelegt.</translation>
    </message>
    <message>
        <source>Invoice %1 cannot be filed: %2</source>
        <translation>Rechnung %1 kann nicht abgelegt werden: %2</translation>
    </message>
    <message>
        <source>No temporary folder can be made to file invoice %1.</source>
        <translation>Zum Ablegen von Rechnung %1 kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The original of invoice %1 cannot be copied for filing.</source>
        <translation>Das Original von Rechnung %1 kann zum Ablegen nicht kopiert werden.</translation>
    </message>
    <message>
        <source>Invoice %1 (readable).pdf</source>
        <translation>Rechnung %1 (lesbar).pdf</translation>
    </message>
    <message>
        <source>Validation report %1.pdf</source>
        <translation>Prüfbericht %1.pdf</translation>
    </message>
    <message>
        <source>Approval history %1.pdf</source>
        <translation>Freigabeprotokoll %1.pdf</translation>
    </message>
    <message>
        <source>Invoice %1 – %2</source>
        <translation>Rechnung %1 – %2</translation>
    </message>
    <message>
        <source>without number</source>
        <translation>ohne Nummer</translation>
    </message>
    <message>
        <source>Invoice %1 (original)</source>
        <translation>Rechnung %1 (Original)</translation>
    </message>
    <message>
        <source>Invoice %1 (readable)</source>
        <translation>Rechnung %1 (lesbar)</translation>
    </message>
    <message>
        <source>Validation report %1</source>
        <translation>Prüfbericht %1</translation>
    </message>
    <message>
        <source>Approval history %1</source>
        <translation>Freigabeprotokoll %1</translation>
    </message>
</context>
<context>
    <name>InvoiceFiles</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Amtsdesk does not read invoices of that size.</source>
        <translation>%1 ist größer als %2 MB; Rechnungen dieser Größe liest Amtsdesk nicht.</translation>
    </message>
    <message>
        <source>%1 is a PDF; PDFs are read by the worker process, and none was given.</source>
        <translation>%1 ist ein PDF; PDFs werden vom Hilfsprozess gelesen, und es wurde keiner übergeben.</translation>
    </message>
    <message>
        <source>%1 (attachment %2)</source>
        <translation>%1 (Anhang %2)</translation>
    </message>
    <message>
        <source>%1 is an order (Order-X), not an invoice.</source>
        <translation>%1 ist eine Bestellung (Order-X), keine Rechnung.</translation>
    </message>
    <message>
        <source>%1 is a PDF without embedded invoice data: it is not a ZUGFeRD or Factur-X invoice.</source>
        <translation>%1 ist ein PDF ohne eingebettete Rechnungsdaten: Es ist keine ZUGFeRD- oder Factur-X-Rechnung.</translation>
    </message>
    <message>
        <source>%1 is a PDF whose attachments (%2) hold no ZUGFeRD, Factur-X or XRechnung invoice data.</source>
        <translation>%1 ist ein PDF, dessen Anhänge (%2) keine Rechnungsdaten nach ZUGFeRD, Factur-X oder XRechnung enthalten.</translation>
    </message>
</context>
<context>
    <name>InvoiceInbox</name>
    <message>
        <source>&quot;%1&quot; is no Leitweg-ID: it has 2 to 12 digits, optionally a hyphen and up to 30 letters or digits, then a hyphen and two check digits (e.g. 05315-12345-67).</source>
        <translation>„%1“ ist keine Leitweg-ID: Sie besteht aus 2 bis 12 Ziffern, optional einem Bindestrich und bis zu 30 Buchstaben oder Ziffern, dann einem Bindestrich und zwei Prüfziffern (z. B. 05315-12345-67).</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; no invoice is that large, so it was not taken in.</source>
        <translation>%1 ist größer als %2 MB; so groß ist keine Rechnung, daher wurde die Datei nicht aufgenommen.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>The very same file was taken in before as invoice %1.</source>
        <translation>Genau diese Datei wurde bereits als Rechnung %1 aufgenommen.</translation>
    </message>
    <message>
        <source>Invoice %1 has the same number %2 from the same seller.</source>
        <translation>Rechnung %1 hat dieselbe Nummer %2 vom selben Rechnungssteller.</translation>
    </message>
    <message>
        <source>without number</source>
        <translation>ohne Nummer</translation>
    </message>
    <message>
        <source>unknown seller</source>
        <translation>unbekannter Rechnungssteller</translation>
    </message>
    <message>
        <source>Unreadable invoice file %1</source>
        <translation>Nicht lesbare Rechnungsdatei %1</translation>
    </message>
    <message>
        <source>invoice %1, %2</source>
        <translation>Rechnung %1, %2</translation>
    </message>
    <message>
        <source>central intake queue</source>
        <translation>zentrale Eingangsstelle</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>Organisationseinheit %1</translation>
    </message>
    <message>
        <source>, not readable</source>
        <translation>, nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n Fehler</numerusform>
            <numerusform>, %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>, possible duplicate of invoice %1</source>
        <translation>, mögliche Dublette von Rechnung %1</translation>
    </message>
    <message>
        <source>There is no invoice number %1.</source>
        <translation>Es gibt keine Rechnung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>%1 may not see invoice %2: it belongs to the department %3.</source>
        <translation>%1 darf Rechnung %2 nicht sehen: Sie gehört zur Organisationseinheit %3.</translation>
    </message>
    <message>
        <source>%1 may not see invoice %2: it waits in the central intake queue.</source>
        <translation>%1 darf Rechnung %2 nicht sehen: Sie wartet in der zentralen Eingangsstelle.</translation>
    </message>
    <message>
        <source>The stored original of invoice %1 is missing (%2); restore it from a backup.</source>
        <translation>Das gespeicherte Original von Rechnung %1 fehlt (%2); stellen Sie es aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 may not route invoices: that needs the role &quot;%2&quot; or &quot;%3&quot;.</source>
        <translation>%1 darf keine Rechnungen zuordnen: Dafür ist die Rolle „%2“ oder „%3“ erforderlich.</translation>
    </message>
    <message>
        <source>Invoice %1 is &quot;%2&quot;; only invoices not yet confirmed factually can be routed.</source>
        <translation>Rechnung %1 hat den Status „%2“; nur Rechnungen, die noch nicht sachlich richtig gezeichnet sind, können zugeordnet werden.</translation>
    </message>
    <message>
        <source>Invoice %1 could not be read at all (%2); it can only be rejected.</source>
        <translation>Rechnung %1 konnte überhaupt nicht gelesen werden (%2); sie kann nur abgelehnt werden.</translation>
    </message>
    <message>
        <source>Confirming invoice %1 factually needs a cost centre and a budget item.</source>
        <translation>Um Rechnung %1 sachlich richtig zu zeichnen, sind eine Kostenstelle und eine Haushaltsstelle erforderlich.</translation>
    </message>
    <message>
        <source>Each line of the account assignment of invoice %1 needs a cost centre and a budget item.</source>
        <translation>Jede Zeile der Kontierung von Rechnung %1 braucht eine Kostenstelle und eine Haushaltsstelle.</translation>
    </message>
    <message>
        <source>The account assignment of invoice %1 adds up to %2, but the amount due is %3.</source>
        <translation>Die Kontierung von Rechnung %1 ergibt in Summe %2, der Zahlbetrag ist aber %3.</translation>
    </message>
    <message>
        <source>The Leitweg-ID %1 has no route.</source>
        <translation>Der Leitweg-ID %1 ist keine Organisationseinheit zugeordnet.</translation>
    </message>
</context>
<context>
    <name>InvoiceNotices</name>
    <message>
        <source>Invoice number: %1
Invoice date: %2
Seller: %3
Amount due: %4
Leitweg-ID: %5
Received: %6 (file %7)</source>
        <translation>Rechnungsnummer: %1
Rechnungsdatum: %2
Rechnungssteller: %3
Zahlbetrag: %4
Leitweg-ID: %5
Eingegangen: %6 (Datei %7)</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
    <message>
        <source>We cannot process the following invoice and return it to you.</source>
        <translation>Wir können die folgende Rechnung nicht bearbeiten und senden sie Ihnen zurück.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>The file could not be read as an electronic invoice: %1</source>
        <translation>Die Datei konnte nicht als elektronische Rechnung gelesen werden: %1</translation>
    </message>
    <message>
        <source>The invoice breaks these rules of EN 16931 and XRechnung:</source>
        <translation>Die Rechnung verstößt gegen folgende Regeln der EN 16931 und der XRechnung:</translation>
    </message>
    <message>
        <source>Please send a corrected invoice as XRechnung (UBL or CII) or ZUGFeRD/Factur-X, under a new invoice number where the law on VAT requires it.</source>
        <translation>Bitte senden Sie eine korrigierte Rechnung als XRechnung (UBL oder CII) oder ZUGFeRD/Factur-X, unter einer neuen Rechnungsnummer, soweit das Umsatzsteuerrecht dies verlangt.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Rejection of invoice %1</source>
        <translation>Ablehnung der Rechnung %1</translation>
    </message>
    <message>
        <source>Format: %1 %2, profile %3</source>
        <translation>Format: %1 %2, Profil %3</translation>
    </message>
    <message>
        <source>Result: not readable – %1</source>
        <translation>Ergebnis: nicht lesbar – %1</translation>
    </message>
    <message numerus="yes">
        <source>Result: valid (%n warning(s))</source>
        <translation>
            <numerusform>Ergebnis: gültig (%n Warnung)</numerusform>
            <numerusform>Ergebnis: gültig (%n Warnungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Result: NOT valid (%n error(s))</source>
        <translation>
            <numerusform>Ergebnis: NICHT gültig (%n Fehler)</numerusform>
            <numerusform>Ergebnis: NICHT gültig (%n Fehler)</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: %1</source>
        <translation>Mögliche Dublette: %1</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Validation report for invoice %1</source>
        <translation>Prüfbericht zur Rechnung %1</translation>
    </message>
    <message>
        <source>Account assignment:</source>
        <translation>Kontierung:</translation>
    </message>
    <message>
        <source>- cost centre %1, budget item %2: %3</source>
        <translation>- Kostenstelle %1, Haushaltsstelle %2: %3</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>%1 on behalf of %2</source>
        <translation>%1 i.V. %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Approval history of invoice %1</source>
        <translation>Freigabeprotokoll der Rechnung %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Invoice %1 is not rejected; there is no rejection notice.</source>
        <translation>Rechnung %1 ist nicht abgelehnt; es gibt kein Ablehnungsschreiben.</translation>
    </message>
</context>
<context>
    <name>InvoiceReader</name>
    <message>
        <source>%1 is a ZUGFeRD 1.0 invoice (CrossIndustryDocument). That format was replaced by ZUGFeRD 2 / Factur-X and XRechnung; ask the sender for an invoice in one of them.</source>
        <translation>%1 ist eine Rechnung nach ZUGFeRD 1.0 (CrossIndustryDocument). Dieses Format wurde durch ZUGFeRD 2 / Factur-X und XRechnung abgelöst; bitten Sie den Absender um eine Rechnung in einem dieser Formate.</translation>
    </message>
    <message>
        <source>%1 is an order (Order-X), not an invoice.</source>
        <translation>%1 ist eine Bestellung (Order-X), keine Rechnung.</translation>
    </message>
    <message>
        <source>%1 is not an e-invoice: its root element is %2 in the namespace &quot;%3&quot;, where UBL Invoice or CreditNote, or CII CrossIndustryInvoice, was expected.</source>
        <translation>%1 ist keine E-Rechnung: Das Wurzelelement ist %2 im Namensraum „%3“; erwartet wurde UBL Invoice oder CreditNote bzw. CII CrossIndustryInvoice.</translation>
    </message>
</context>
<context>
    <name>InvoiceRules</name>
    <message>
        <source>The invoice gives both a VAT point date (BT-7) and a VAT point date code (BT-8); only one of them may be given.</source>
        <translation>Die Rechnung enthält sowohl ein Abrechnungsdatum der Umsatzsteuer (BT-7) als auch einen Code für das Umsatzsteuer-Abrechnungsdatum (BT-8); nur eines von beiden darf angegeben werden.</translation>
    </message>
    <message>
        <source>Invoice line %1 has no VAT category code (BT-151).</source>
        <translation>Die Rechnungsposition %1 hat keinen Code der Umsatzsteuerkategorie (BT-151).</translation>
    </message>
    <message>
        <source>The VAT identifier %1 does not start with a country code.</source>
        <translation>Die USt.-Identifikationsnummer %1 beginnt nicht mit einem Ländercode.</translation>
    </message>
    <message>
        <source>The sum of the line net amounts (BT-106) is %1, but the lines add up to %2.</source>
        <translation>Die Summe der Nettobeträge der Rechnungspositionen (BT-106) beträgt %1, die Positionen ergeben zusammen aber %2.</translation>
    </message>
    <message>
        <source>The sum of charges (BT-108) is %1, but the document level charges add up to %2.</source>
        <translation>Die Summe der Zuschläge (BT-108) beträgt %1, die Zuschläge auf Dokumentenebene ergeben zusammen aber %2.</translation>
    </message>
    <message>
        <source>The sum of allowances (BT-107) is %1, but the document level allowances add up to %2.</source>
        <translation>Die Summe der Nachlässe (BT-107) beträgt %1, die Nachlässe auf Dokumentenebene ergeben zusammen aber %2.</translation>
    </message>
    <message>
        <source>The total without VAT (BT-109) is %1; it must be the sum of the lines (BT-106) minus allowances (BT-107) plus charges (BT-108).</source>
        <translation>Der Gesamtbetrag ohne Umsatzsteuer (BT-109) beträgt %1; er muss der Summe der Positionen (BT-106) abzüglich der Nachlässe (BT-107) zuzüglich der Zuschläge (BT-108) entsprechen.</translation>
    </message>
    <message>
        <source>The VAT total (BT-110) is %1, but the VAT breakdown adds up to %2.</source>
        <translation>Der Umsatzsteuergesamtbetrag (BT-110) beträgt %1, die Aufschlüsselung der Umsatzsteuer ergibt zusammen aber %2.</translation>
    </message>
    <message>
        <source>The total with VAT (BT-112) is %1; it must be the total without VAT (BT-109) plus exactly one VAT total in the invoice currency (BT-110).</source>
        <translation>Der Gesamtbetrag einschließlich Umsatzsteuer (BT-112) beträgt %1; er muss dem Gesamtbetrag ohne Umsatzsteuer (BT-109) zuzüglich genau eines Umsatzsteuergesamtbetrags in Rechnungswährung (BT-110) entsprechen.</translation>
    </message>
    <message>
        <source>The amount due (BT-115) is %1; it must be the total with VAT (BT-112) minus the paid amount (BT-113) plus the rounding amount (BT-114).</source>
        <translation>Der fällige Zahlungsbetrag (BT-115) beträgt %1; er muss dem Gesamtbetrag einschließlich Umsatzsteuer (BT-112) abzüglich des gezahlten Betrags (BT-113) zuzüglich des Rundungsbetrags (BT-114) entsprechen.</translation>
    </message>
    <message>
        <source>The VAT amount of category &quot;%1&quot; (BT-117) is %2; at the rate of %3 % on %4 it should be within one currency unit of the taxable amount times the rate.</source>
        <translation>Der Umsatzsteuerbetrag der Kategorie „%1“ (BT-117) beträgt %2; bei einem Satz von %3 % auf %4 sollte er höchstens um eine Währungseinheit vom Produkt aus Steuerbasisbetrag und Steuersatz abweichen.</translation>
    </message>
    <message>
        <source>The invoice has no VAT breakdown (BG-23).</source>
        <translation>Die Rechnung enthält keine Aufschlüsselung der Umsatzsteuer (BG-23).</translation>
    </message>
    <message>
        <source>The invoicing period (BG-14) gives neither a start (BT-73) nor an end date (BT-74).</source>
        <translation>Der Abrechnungszeitraum (BG-14) enthält weder ein Anfangsdatum (BT-73) noch ein Enddatum (BT-74).</translation>
    </message>
    <message>
        <source>The period of invoice line %1 (BG-26) gives neither a start nor an end date.</source>
        <translation>Der Abrechnungszeitraum der Rechnungsposition %1 (BG-26) enthält weder ein Anfangs- noch ein Enddatum.</translation>
    </message>
    <message>
        <source>A document level allowance needs a reason (BT-97) or a reason code (BT-98).</source>
        <translation>Für einen Nachlass auf Dokumentenebene ist ein Grund (BT-97) oder ein Code für den Grund (BT-98) erforderlich.</translation>
    </message>
    <message>
        <source>A document level charge needs a reason (BT-104) or a reason code (BT-105).</source>
        <translation>Für einen Zuschlag auf Dokumentenebene ist ein Grund (BT-104) oder ein Code für den Grund (BT-105) erforderlich.</translation>
    </message>
    <message>
        <source>A line allowance needs a reason (BT-139) or a reason code (BT-140).</source>
        <translation>Für einen Nachlass auf Positionsebene ist ein Grund (BT-139) oder ein Code für den Grund (BT-140) erforderlich.</translation>
    </message>
    <message>
        <source>A line charge needs a reason (BT-144) or a reason code (BT-145).</source>
        <translation>Für einen Zuschlag auf Positionsebene ist ein Grund (BT-144) oder ein Code für den Grund (BT-145) erforderlich.</translation>
    </message>
    <message>
        <source>An amount is due (BT-115), but the invoice gives neither a payment due date (BT-9) nor payment terms (BT-20).</source>
        <translation>Es ist ein Betrag fällig (BT-115), die Rechnung enthält aber weder ein Fälligkeitsdatum (BT-9) noch Zahlungsbedingungen (BT-20).</translation>
    </message>
    <message>
        <source>The seller needs an identifier (BT-29), a legal registration identifier (BT-30) or a VAT identifier (BT-31).</source>
        <translation>Für den Verkäufer ist eine Kennung (BT-29), eine Kennung der rechtlichen Registrierung (BT-30) oder eine USt.-Identifikationsnummer (BT-31) erforderlich.</translation>
    </message>
    <message>
        <source>The invoice does not say which specification it follows (BT-24).</source>
        <translation>Die Rechnung gibt nicht an, welcher Spezifikation sie folgt (BT-24).</translation>
    </message>
    <message>
        <source>The invoice has no invoice number (BT-1).</source>
        <translation>Die Rechnung hat keine Rechnungsnummer (BT-1).</translation>
    </message>
    <message>
        <source>The invoice has no issue date (BT-2).</source>
        <translation>Die Rechnung hat kein Rechnungsdatum (BT-2).</translation>
    </message>
    <message>
        <source>The invoice has no type code (BT-3).</source>
        <translation>Die Rechnung hat keinen Code für die Rechnungsart (BT-3).</translation>
    </message>
    <message>
        <source>The invoice does not name its currency (BT-5).</source>
        <translation>Die Rechnung gibt ihre Währung nicht an (BT-5).</translation>
    </message>
    <message>
        <source>The seller&apos;s name (BT-27) is missing.</source>
        <translation>Der Name des Verkäufers (BT-27) fehlt.</translation>
    </message>
    <message>
        <source>The buyer&apos;s name (BT-44) is missing.</source>
        <translation>Der Name des Käufers (BT-44) fehlt.</translation>
    </message>
    <message>
        <source>The seller&apos;s postal address (BG-5) is missing.</source>
        <translation>Die Postanschrift des Verkäufers (BG-5) fehlt.</translation>
    </message>
    <message>
        <source>The seller&apos;s postal address has no country code (BT-40).</source>
        <translation>Die Postanschrift des Verkäufers hat keinen Ländercode (BT-40).</translation>
    </message>
    <message>
        <source>The buyer&apos;s postal address (BG-8) is missing.</source>
        <translation>Die Postanschrift des Käufers (BG-8) fehlt.</translation>
    </message>
    <message>
        <source>The buyer&apos;s postal address has no country code (BT-55).</source>
        <translation>Die Postanschrift des Käufers hat keinen Ländercode (BT-55).</translation>
    </message>
    <message>
        <source>The sum of the invoice lines&apos; net amounts (BT-106) is missing.</source>
        <translation>Die Summe der Nettobeträge der Rechnungspositionen (BT-106) fehlt.</translation>
    </message>
    <message>
        <source>The invoice total without VAT (BT-109) is missing.</source>
        <translation>Der Gesamtbetrag der Rechnung ohne Umsatzsteuer (BT-109) fehlt.</translation>
    </message>
    <message>
        <source>The invoice total with VAT (BT-112) is missing.</source>
        <translation>Der Gesamtbetrag der Rechnung einschließlich Umsatzsteuer (BT-112) fehlt.</translation>
    </message>
    <message>
        <source>The amount due for payment (BT-115) is missing.</source>
        <translation>Der fällige Zahlungsbetrag (BT-115) fehlt.</translation>
    </message>
    <message>
        <source>The invoice has no invoice line (BG-25).</source>
        <translation>Die Rechnung hat keine Rechnungsposition (BG-25).</translation>
    </message>
    <message>
        <source>The seller&apos;s tax representative has no name (BT-62).</source>
        <translation>Der Steuervertreter des Verkäufers hat keinen Namen (BT-62).</translation>
    </message>
    <message>
        <source>The seller&apos;s tax representative has no postal address (BG-12).</source>
        <translation>Der Steuervertreter des Verkäufers hat keine Postanschrift (BG-12).</translation>
    </message>
    <message>
        <source>The postal address of the seller&apos;s tax representative has no country code (BT-69).</source>
        <translation>Die Postanschrift des Steuervertreters des Verkäufers hat keinen Ländercode (BT-69).</translation>
    </message>
    <message>
        <source>An invoice line has no line identifier (BT-126).</source>
        <translation>Eine Rechnungsposition hat keine Positionskennung (BT-126).</translation>
    </message>
    <message>
        <source>Invoice line %1 has no invoiced quantity (BT-129).</source>
        <translation>Die Rechnungsposition %1 hat keine in Rechnung gestellte Menge (BT-129).</translation>
    </message>
    <message>
        <source>The quantity of invoice line %1 has no unit of measure (BT-130).</source>
        <translation>Die Menge der Rechnungsposition %1 hat keine Maßeinheit (BT-130).</translation>
    </message>
    <message>
        <source>Invoice line %1 has no net amount (BT-131).</source>
        <translation>Die Rechnungsposition %1 hat keinen Nettobetrag (BT-131).</translation>
    </message>
    <message>
        <source>The item of invoice line %1 has no name (BT-153).</source>
        <translation>Der Artikel der Rechnungsposition %1 hat keinen Namen (BT-153).</translation>
    </message>
    <message>
        <source>Invoice line %1 has no net item price (BT-146).</source>
        <translation>Die Rechnungsposition %1 hat keinen Nettopreis des Artikels (BT-146).</translation>
    </message>
    <message>
        <source>The net item price of invoice line %1 (BT-146) is negative.</source>
        <translation>Der Nettopreis des Artikels in Rechnungsposition %1 (BT-146) ist negativ.</translation>
    </message>
    <message>
        <source>The gross item price of invoice line %1 (BT-148) is negative.</source>
        <translation>Der Bruttopreis des Artikels in Rechnungsposition %1 (BT-148) ist negativ.</translation>
    </message>
    <message>
        <source>The payee (BG-10) has no name (BT-59).</source>
        <translation>Der Zahlungsempfänger (BG-10) hat keinen Namen (BT-59).</translation>
    </message>
    <message>
        <source>The invoicing period ends (BT-74) before it starts (BT-73).</source>
        <translation>Der Abrechnungszeitraum endet (BT-74), bevor er beginnt (BT-73).</translation>
    </message>
    <message>
        <source>The period of invoice line %1 ends (BT-135) before it starts (BT-134).</source>
        <translation>Der Abrechnungszeitraum der Rechnungsposition %1 endet (BT-135), bevor er beginnt (BT-134).</translation>
    </message>
    <message>
        <source>A document level allowance has no amount (BT-92).</source>
        <translation>Ein Nachlass auf Dokumentenebene hat keinen Betrag (BT-92).</translation>
    </message>
    <message>
        <source>A document level allowance has no VAT category code (BT-95).</source>
        <translation>Ein Nachlass auf Dokumentenebene hat keinen Code der Umsatzsteuerkategorie (BT-95).</translation>
    </message>
    <message>
        <source>A document level allowance gives neither a reason (BT-97) nor a reason code (BT-98).</source>
        <translation>Ein Nachlass auf Dokumentenebene enthält weder einen Grund (BT-97) noch einen Code für den Grund (BT-98).</translation>
    </message>
    <message>
        <source>A document level charge has no amount (BT-99).</source>
        <translation>Ein Zuschlag auf Dokumentenebene hat keinen Betrag (BT-99).</translation>
    </message>
    <message>
        <source>A document level charge has no VAT category code (BT-102).</source>
        <translation>Ein Zuschlag auf Dokumentenebene hat keinen Code der Umsatzsteuerkategorie (BT-102).</translation>
    </message>
    <message>
        <source>A document level charge gives neither a reason (BT-104) nor a reason code (BT-105).</source>
        <translation>Ein Zuschlag auf Dokumentenebene enthält weder einen Grund (BT-104) noch einen Code für den Grund (BT-105).</translation>
    </message>
    <message>
        <source>An allowance of invoice line %1 has no amount (BT-136).</source>
        <translation>Ein Nachlass der Rechnungsposition %1 hat keinen Betrag (BT-136).</translation>
    </message>
    <message>
        <source>An allowance of invoice line %1 gives neither a reason (BT-139) nor a reason code (BT-140).</source>
        <translation>Ein Nachlass der Rechnungsposition %1 enthält weder einen Grund (BT-139) noch einen Code für den Grund (BT-140).</translation>
    </message>
    <message>
        <source>A charge of invoice line %1 has no amount (BT-141).</source>
        <translation>Ein Zuschlag der Rechnungsposition %1 hat keinen Betrag (BT-141).</translation>
    </message>
    <message>
        <source>A charge of invoice line %1 gives neither a reason (BT-144) nor a reason code (BT-145).</source>
        <translation>Ein Zuschlag der Rechnungsposition %1 enthält weder einen Grund (BT-144) noch einen Code für den Grund (BT-145).</translation>
    </message>
    <message>
        <source>The VAT breakdown for category &quot;%1&quot; has no taxable amount (BT-116).</source>
        <translation>Die Aufschlüsselung der Umsatzsteuer für die Kategorie „%1“ hat keinen Steuerbasisbetrag (BT-116).</translation>
    </message>
    <message>
        <source>The VAT breakdown for category &quot;%1&quot; has no VAT amount (BT-117).</source>
        <translation>Die Aufschlüsselung der Umsatzsteuer für die Kategorie „%1“ hat keinen Umsatzsteuerbetrag (BT-117).</translation>
    </message>
    <message>
        <source>A VAT breakdown has no VAT category code (BT-118).</source>
        <translation>Eine Aufschlüsselung der Umsatzsteuer hat keinen Code der Umsatzsteuerkategorie (BT-118).</translation>
    </message>
    <message>
        <source>The VAT breakdown for category &quot;%1&quot; has no VAT rate (BT-119); only category O has none.</source>
        <translation>Die Aufschlüsselung der Umsatzsteuer für die Kategorie „%1“ hat keinen Umsatzsteuersatz (BT-119); nur die Kategorie O hat keinen.</translation>
    </message>
    <message>
        <source>A payment instruction has no payment means type code (BT-81).</source>
        <translation>Eine Zahlungsanweisung hat keinen Code für die Zahlungsart (BT-81).</translation>
    </message>
    <message>
        <source>A credit transfer (BG-17) has no payment account identifier (BT-84).</source>
        <translation>Eine Überweisung (BG-17) hat keine Kennung des Zahlungskontos (BT-84).</translation>
    </message>
    <message>
        <source>The card number (BT-87) shows more than the first six and last four digits that card security standards allow.</source>
        <translation>Die Kartennummer (BT-87) zeigt mehr Ziffern als die ersten sechs und die letzten vier, die nach den Sicherheitsstandards für Zahlungskarten höchstens angezeigt werden dürfen.</translation>
    </message>
    <message>
        <source>An additional supporting document (BG-24) has no reference (BT-122).</source>
        <translation>Eine rechnungsbegründende Unterlage (BG-24) hat keine Kennung (BT-122).</translation>
    </message>
    <message>
        <source>The invoice names a VAT accounting currency (BT-6) but gives no VAT total in it (BT-111).</source>
        <translation>Die Rechnung nennt eine Umsatzsteuer-Buchungswährung (BT-6), gibt aber keinen Umsatzsteuergesamtbetrag in dieser Währung an (BT-111).</translation>
    </message>
    <message>
        <source>An item attribute of invoice line %1 lacks its name (BT-160) or its value (BT-161).</source>
        <translation>Bei einem Artikelattribut der Rechnungsposition %1 fehlt der Name (BT-160) oder der Wert (BT-161).</translation>
    </message>
    <message>
        <source>A preceding invoice reference (BG-3) has no invoice number (BT-25).</source>
        <translation>Ein Verweis auf eine vorausgegangene Rechnung (BG-3) hat keine Rechnungsnummer (BT-25).</translation>
    </message>
    <message>
        <source>The seller&apos;s tax representative has no VAT identifier (BT-63).</source>
        <translation>Der Steuervertreter des Verkäufers hat keine USt.-Identifikationsnummer (BT-63).</translation>
    </message>
    <message>
        <source>The deliver-to address (BG-15) has no country code (BT-80).</source>
        <translation>Die Lieferanschrift (BG-15) hat keinen Ländercode (BT-80).</translation>
    </message>
    <message>
        <source>Payment by credit transfer (code %1) needs the payment account identifier (BT-84).</source>
        <translation>Für die Zahlung per Überweisung (Code %1) ist die Kennung des Zahlungskontos (BT-84) erforderlich.</translation>
    </message>
    <message>
        <source>The seller&apos;s electronic address (BT-34) has no scheme identifier.</source>
        <translation>Die elektronische Adresse des Verkäufers (BT-34) hat keine Kennung des Schemas.</translation>
    </message>
    <message>
        <source>The buyer&apos;s electronic address (BT-49) has no scheme identifier.</source>
        <translation>Die elektronische Adresse des Käufers (BT-49) hat keine Kennung des Schemas.</translation>
    </message>
    <message>
        <source>The standard item identifier of invoice line %1 (BT-157) has no scheme identifier.</source>
        <translation>Die Standardkennung des Artikels in Rechnungsposition %1 (BT-157) hat keine Kennung des Schemas.</translation>
    </message>
    <message>
        <source>An item classification of invoice line %1 (BT-158) has no list identifier.</source>
        <translation>Eine Klassifizierungskennung des Artikels in Rechnungsposition %1 (BT-158) hat keine Kennung der Liste.</translation>
    </message>
    <message>
        <source>The amount %1 (%2) has more than two decimals.</source>
        <translation>Der Betrag %1 (%2) hat mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>document level allowance amount, BT-92</source>
        <translation>Betrag des Nachlasses auf Dokumentenebene, BT-92</translation>
    </message>
    <message>
        <source>document level allowance base amount, BT-93</source>
        <translation>Grundbetrag des Nachlasses auf Dokumentenebene, BT-93</translation>
    </message>
    <message>
        <source>document level charge amount, BT-99</source>
        <translation>Betrag des Zuschlags auf Dokumentenebene, BT-99</translation>
    </message>
    <message>
        <source>document level charge base amount, BT-100</source>
        <translation>Grundbetrag des Zuschlags auf Dokumentenebene, BT-100</translation>
    </message>
    <message>
        <source>sum of invoice line net amounts, BT-106</source>
        <translation>Summe der Nettobeträge der Rechnungspositionen, BT-106</translation>
    </message>
    <message>
        <source>sum of allowances, BT-107</source>
        <translation>Summe der Nachlässe, BT-107</translation>
    </message>
    <message>
        <source>sum of charges, BT-108</source>
        <translation>Summe der Zuschläge, BT-108</translation>
    </message>
    <message>
        <source>invoice total without VAT, BT-109</source>
        <translation>Gesamtbetrag der Rechnung ohne Umsatzsteuer, BT-109</translation>
    </message>
    <message>
        <source>invoice total VAT amount, BT-110</source>
        <translation>Umsatzsteuergesamtbetrag der Rechnung, BT-110</translation>
    </message>
    <message>
        <source>invoice total with VAT, BT-112</source>
        <translation>Gesamtbetrag der Rechnung einschließlich Umsatzsteuer, BT-112</translation>
    </message>
    <message>
        <source>invoice total VAT amount in accounting currency, BT-111</source>
        <translation>Umsatzsteuergesamtbetrag der Rechnung in Buchungswährung, BT-111</translation>
    </message>
    <message>
        <source>paid amount, BT-113</source>
        <translation>gezahlter Betrag, BT-113</translation>
    </message>
    <message>
        <source>rounding amount, BT-114</source>
        <translation>Rundungsbetrag, BT-114</translation>
    </message>
    <message>
        <source>amount due for payment, BT-115</source>
        <translation>fälliger Zahlungsbetrag, BT-115</translation>
    </message>
    <message>
        <source>VAT category taxable amount, BT-116</source>
        <translation>Steuerbasisbetrag der Umsatzsteuerkategorie, BT-116</translation>
    </message>
    <message>
        <source>VAT category tax amount, BT-117</source>
        <translation>Steuerbetrag der Umsatzsteuerkategorie, BT-117</translation>
    </message>
    <message>
        <source>invoice line net amount, BT-131</source>
        <translation>Nettobetrag der Rechnungsposition, BT-131</translation>
    </message>
    <message>
        <source>line allowance amount, BT-136</source>
        <translation>Betrag des Nachlasses auf Positionsebene, BT-136</translation>
    </message>
    <message>
        <source>line allowance base amount, BT-137</source>
        <translation>Grundbetrag des Nachlasses auf Positionsebene, BT-137</translation>
    </message>
    <message>
        <source>line charge amount, BT-141</source>
        <translation>Betrag des Zuschlags auf Positionsebene, BT-141</translation>
    </message>
    <message>
        <source>line charge base amount, BT-142</source>
        <translation>Grundbetrag des Zuschlags auf Positionsebene, BT-142</translation>
    </message>
    <message>
        <source>An XRechnung must say how to pay: payment instructions (BG-16) are missing.</source>
        <translation>Eine XRechnung muss angeben, wie zu zahlen ist: Die Zahlungsanweisungen (BG-16) fehlen.</translation>
    </message>
    <message>
        <source>An XRechnung needs the seller&apos;s contact (BG-6).</source>
        <translation>Eine XRechnung erfordert die Kontaktinformationen des Verkäufers (BG-6).</translation>
    </message>
    <message>
        <source>An XRechnung needs the seller&apos;s city (BT-37).</source>
        <translation>Eine XRechnung erfordert den Ort des Verkäufers (BT-37).</translation>
    </message>
    <message>
        <source>An XRechnung needs the seller&apos;s post code (BT-38).</source>
        <translation>Eine XRechnung erfordert die Postleitzahl des Verkäufers (BT-38).</translation>
    </message>
    <message>
        <source>An XRechnung needs the name of the seller&apos;s contact point (BT-41).</source>
        <translation>Eine XRechnung erfordert den Namen der Kontaktstelle des Verkäufers (BT-41).</translation>
    </message>
    <message>
        <source>An XRechnung needs the telephone number of the seller&apos;s contact (BT-42).</source>
        <translation>Eine XRechnung erfordert die Telefonnummer der Kontaktstelle des Verkäufers (BT-42).</translation>
    </message>
    <message>
        <source>An XRechnung needs the e-mail address of the seller&apos;s contact (BT-43).</source>
        <translation>Eine XRechnung erfordert die E-Mail-Adresse der Kontaktstelle des Verkäufers (BT-43).</translation>
    </message>
    <message>
        <source>An XRechnung needs the buyer&apos;s city (BT-52).</source>
        <translation>Eine XRechnung erfordert den Ort des Käufers (BT-52).</translation>
    </message>
    <message>
        <source>An XRechnung needs the buyer&apos;s post code (BT-53).</source>
        <translation>Eine XRechnung erfordert die Postleitzahl des Käufers (BT-53).</translation>
    </message>
    <message>
        <source>An XRechnung needs the city of the deliver-to address (BT-77).</source>
        <translation>Eine XRechnung erfordert den Ort der Lieferanschrift (BT-77).</translation>
    </message>
    <message>
        <source>An XRechnung needs the post code of the deliver-to address (BT-78).</source>
        <translation>Eine XRechnung erfordert die Postleitzahl der Lieferanschrift (BT-78).</translation>
    </message>
    <message>
        <source>An XRechnung needs the VAT rate (BT-119) in every VAT breakdown, also 0 where no VAT is due.</source>
        <translation>Eine XRechnung erfordert in jeder Aufschlüsselung der Umsatzsteuer den Umsatzsteuersatz (BT-119), auch 0, wenn keine Umsatzsteuer anfällt.</translation>
    </message>
    <message>
        <source>An XRechnung needs the buyer reference (BT-10), for public buyers their Leitweg-ID.</source>
        <translation>Eine XRechnung erfordert die Käuferreferenz (BT-10), bei öffentlichen Auftraggebern deren Leitweg-ID.</translation>
    </message>
    <message>
        <source>Where VAT is charged, an XRechnung needs the seller&apos;s VAT identifier (BT-31), tax number (BT-32) or a tax representative (BG-11).</source>
        <translation>Wenn Umsatzsteuer berechnet wird, erfordert eine XRechnung die USt.-Identifikationsnummer des Verkäufers (BT-31), seine Steuernummer (BT-32) oder einen Steuervertreter (BG-11).</translation>
    </message>
    <message>
        <source>The invoice type code %1 (BT-3) is not one XRechnung expects (326, 380, 384, 389, 381, 875, 876, 877).</source>
        <translation>Der Code für die Rechnungsart %1 (BT-3) gehört nicht zu den Codes, die XRechnung vorsieht (326, 380, 384, 389, 381, 875, 876, 877).</translation>
    </message>
    <message>
        <source>The payment terms (BT-20) give cash discount (Skonto) lines that do not follow the XRechnung form #SKONTO#TAGE=14#PROZENT=2.00# (optionally #BASISBETRAG=…#), each ending with a line break.</source>
        <translation>Die Zahlungsbedingungen (BT-20) enthalten Skonto-Zeilen, die nicht der von XRechnung vorgegebenen Form #SKONTO#TAGE=14#PROZENT=2.00# (optional mit #BASISBETRAG=…#) entsprechen, bei der jede Zeile mit einem Zeilenumbruch endet.</translation>
    </message>
    <message>
        <source>The account for the SEPA credit transfer (BT-84) is not a valid IBAN: %1</source>
        <translation>Das Konto für die SEPA-Überweisung (BT-84) ist keine gültige IBAN: %1</translation>
    </message>
    <message>
        <source>The account to be debited (BT-91) is not a valid IBAN: %1</source>
        <translation>Das zu belastende Konto (BT-91) ist keine gültige IBAN: %1</translation>
    </message>
    <message>
        <source>The specification identifier (BT-24) is not that of XRechnung 3.0.</source>
        <translation>Die Spezifikationskennung (BT-24) ist nicht die der XRechnung 3.0.</translation>
    </message>
    <message>
        <source>Two attachments have the same file name %1; XRechnung needs them distinct.</source>
        <translation>Zwei Anhänge haben denselben Dateinamen %1; XRechnung verlangt unterschiedliche Dateinamen.</translation>
    </message>
    <message>
        <source>Payment by credit transfer (code %1) needs the transfer details (BG-17).</source>
        <translation>Für die Zahlung per Überweisung (Code %1) sind die Überweisungsangaben (BG-17) erforderlich.</translation>
    </message>
    <message>
        <source>Payment by credit transfer (code %1) may not carry card (BG-18) or direct debit (BG-19) details.</source>
        <translation>Eine Zahlung per Überweisung (Code %1) darf keine Angaben zur Zahlungskarte (BG-18) oder zur Lastschrift (BG-19) enthalten.</translation>
    </message>
    <message>
        <source>Payment by card (code %1) needs the card details (BG-18).</source>
        <translation>Für die Zahlung per Karte (Code %1) sind die Kartenangaben (BG-18) erforderlich.</translation>
    </message>
    <message>
        <source>Payment by card (code %1) may not carry credit transfer (BG-17) or direct debit (BG-19) details.</source>
        <translation>Eine Zahlung per Karte (Code %1) darf keine Angaben zur Überweisung (BG-17) oder zur Lastschrift (BG-19) enthalten.</translation>
    </message>
    <message>
        <source>Payment by direct debit (code %1) needs the direct debit details (BG-19).</source>
        <translation>Für die Zahlung per Lastschrift (Code %1) sind die Lastschriftangaben (BG-19) erforderlich.</translation>
    </message>
    <message>
        <source>Payment by direct debit (code %1) may not carry credit transfer (BG-17) or card (BG-18) details.</source>
        <translation>Eine Zahlung per Lastschrift (Code %1) darf keine Angaben zur Überweisung (BG-17) oder zur Zahlungskarte (BG-18) enthalten.</translation>
    </message>
    <message>
        <source>A corrected invoice (type 384) should name the invoice it corrects (BG-3).</source>
        <translation>Eine korrigierte Rechnung (Typ 384) sollte die Rechnung nennen, die sie korrigiert (BG-3).</translation>
    </message>
    <message>
        <source>The seller&apos;s telephone number (BT-42) should have at least three digits.</source>
        <translation>Die Telefonnummer des Verkäufers (BT-42) sollte mindestens drei Ziffern enthalten.</translation>
    </message>
    <message>
        <source>The seller&apos;s e-mail address (BT-43) does not look like one.</source>
        <translation>Die E-Mail-Adresse des Verkäufers (BT-43) ist offenbar keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A direct debit needs the bank assigned creditor identifier (BT-90).</source>
        <translation>Für eine Lastschrift ist die Gläubiger-ID (BT-90) erforderlich.</translation>
    </message>
    <message>
        <source>A direct debit needs the account to be debited (BT-91).</source>
        <translation>Für eine Lastschrift ist das zu belastende Konto (BT-91) erforderlich.</translation>
    </message>
    <message>
        <source>The invoice gives neither a delivery date (BT-72) nor an invoicing period (BG-14, or BG-26 on every line).</source>
        <translation>Die Rechnung enthält weder ein Lieferdatum (BT-72) noch einen Abrechnungszeitraum (BG-14 oder BG-26 in jeder Position).</translation>
    </message>
    <message>
        <source>The external document location (BT-124) is not a URL.</source>
        <translation>Die externe Adresse des Dokuments (BT-124) ist keine URL.</translation>
    </message>
    <message>
        <source>The base quantity of the gross price differs from that of the net price on invoice line %1.</source>
        <translation>In Rechnungsposition %1 unterscheidet sich die Basismenge des Bruttopreises von der des Nettopreises.</translation>
    </message>
    <message>
        <source>%1 occurs %2 times; UBL invoices allow it at most once.</source>
        <translation>%1 kommt %2-mal vor; UBL-Rechnungen erlauben es höchstens einmal.</translation>
    </message>
    <message>
        <source>The invoice names %1 invoiced objects (BT-18); at most one is allowed.</source>
        <translation>Die Rechnung nennt %1 Objektkennungen (BT-18); höchstens eine ist erlaubt.</translation>
    </message>
    <message>
        <source>A party has %1 VAT identifiers; at most one is allowed.</source>
        <translation>Ein Beteiligter hat %1 USt.-Identifikationsnummern; höchstens eine ist erlaubt.</translation>
    </message>
    <message>
        <source>The seller has %1 tax numbers; at most one is allowed.</source>
        <translation>Der Verkäufer hat %1 Steuernummern; höchstens eine ist erlaubt.</translation>
    </message>
    <message>
        <source>The payee (BG-10) must be named once, differ from the seller by name, and have at most one identifier and one legal registration.</source>
        <translation>Der Zahlungsempfänger (BG-10) muss genau einmal benannt sein, sich im Namen vom Verkäufer unterscheiden und höchstens eine Kennung sowie eine Registernummer haben.</translation>
    </message>
    <message>
        <source>The tax representative has more than one VAT identifier.</source>
        <translation>Der Steuervertreter hat mehr als eine USt.-Identifikationsnummer.</translation>
    </message>
    <message>
        <source>The invoice gives %1 bank assigned creditor identifiers (BT-90); at most one is allowed.</source>
        <translation>Die Rechnung nennt %1 Gläubiger-IDs (BT-90); höchstens eine ist erlaubt.</translation>
    </message>
    <message>
        <source>The seller gives more than two tax registrations (PartyTaxScheme).</source>
        <translation>Der Verkäufer gibt mehr als zwei Steuerregistrierungen (PartyTaxScheme) an.</translation>
    </message>
    <message>
        <source>A scheme identifier or document type code on a supporting document is only allowed for the invoiced object (code 130).</source>
        <translation>Eine Schema-Kennung oder ein Dokumenttyp-Code an einem rechnungsbegründenden Dokument ist nur für die Objektkennung (Code 130) erlaubt.</translation>
    </message>
    <message>
        <source>The invoice gives different remittance information (BT-83): %1; only one is allowed.</source>
        <translation>Die Rechnung nennt verschiedene Verwendungszwecke (BT-83): %1; nur einer ist erlaubt.</translation>
    </message>
    <message>
        <source>The payment means text (BT-82) is given %1 times; at most once is allowed.</source>
        <translation>Der Text zum Zahlungsmittel (BT-82) ist %1-mal angegeben; höchstens einmal ist erlaubt.</translation>
    </message>
    <message>
        <source>The invoice gives different payment means codes (BT-81): %1; only one is allowed.</source>
        <translation>Die Rechnung nennt verschiedene Codes für das Zahlungsmittel (BT-81): %1; nur einer ist erlaubt.</translation>
    </message>
    <message>
        <source>An invoice line must have exactly one VAT category (ClassifiedTaxCategory).</source>
        <translation>Eine Rechnungsposition muss genau eine Umsatzsteuerkategorie (ClassifiedTaxCategory) haben.</translation>
    </message>
    <message>
        <source>An address has more than one additional address line (AddressLine).</source>
        <translation>Eine Anschrift hat mehr als eine zusätzliche Adresszeile (AddressLine).</translation>
    </message>
    <message>
        <source>A tax registration (PartyTaxScheme) needs both the identifier (CompanyID) and the tax scheme.</source>
        <translation>Eine Steuerregistrierung (PartyTaxScheme) braucht sowohl die Kennung (CompanyID) als auch das Steuerschema.</translation>
    </message>
    <message>
        <source>The amount %1 has more than two decimals.</source>
        <translation>Der Betrag %1 hat mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>An attached document has no MIME type (mimeCode).</source>
        <translation>Ein angehängtes Dokument hat keinen MIME-Typ (mimeCode).</translation>
    </message>
    <message>
        <source>An attached document has no file name (filename).</source>
        <translation>Ein angehängtes Dokument hat keinen Dateinamen (filename).</translation>
    </message>
    <message>
        <source>The invoiced object reference (code 130) may not carry an attachment.</source>
        <translation>Die Objektkennung (Code 130) darf keinen Anhang tragen.</translation>
    </message>
    <message>
        <source>The invoiced object reference (code 130) may not carry a document description.</source>
        <translation>Die Objektkennung (Code 130) darf keine Dokumentbeschreibung tragen.</translation>
    </message>
    <message>
        <source>The attribute %1 is not used in EN 16931 invoices (on %2).</source>
        <translation>Das Attribut %1 wird in Rechnungen nach EN 16931 nicht verwendet (an %2).</translation>
    </message>
    <message>
        <source>The element %1 is not used in EN 16931 invoices (in %2).</source>
        <translation>Das Element %1 wird in Rechnungen nach EN 16931 nicht verwendet (in %2).</translation>
    </message>
    <message>
        <source>The document context must name the specification exactly once.</source>
        <translation>Der Dokumentkontext muss die Spezifikation genau einmal nennen.</translation>
    </message>
    <message>
        <source>The specification identifier (BT-24) must be given exactly once.</source>
        <translation>Die Spezifikationskennung (BT-24) muss genau einmal angegeben sein.</translation>
    </message>
    <message>
        <source>The invoice type code (BT-3) must be given exactly once.</source>
        <translation>Der Code für den Rechnungstyp (BT-3) muss genau einmal angegeben sein.</translation>
    </message>
    <message>
        <source>The standard item identifier (BT-157) needs a scheme identifier.</source>
        <translation>Die Artikelkennung nach Standard (BT-157) braucht eine Schema-Kennung.</translation>
    </message>
    <message>
        <source>The item&apos;s country of origin (BT-159) must be given exactly once.</source>
        <translation>Das Herkunftsland des Artikels (BT-159) muss genau einmal angegeben sein.</translation>
    </message>
    <message>
        <source>An item attribute needs exactly one name (BT-160).</source>
        <translation>Ein Artikelattribut braucht genau einen Namen (BT-160).</translation>
    </message>
    <message>
        <source>An item attribute needs exactly one value (BT-161).</source>
        <translation>Ein Artikelattribut braucht genau einen Wert (BT-161).</translation>
    </message>
    <message>
        <source>An invoice line needs exactly one net price (BT-146).</source>
        <translation>Eine Rechnungsposition braucht genau einen Nettopreis (BT-146).</translation>
    </message>
    <message>
        <source>An invoice line may give the net price (BT-146) at most once.</source>
        <translation>Eine Rechnungsposition darf den Nettopreis (BT-146) höchstens einmal angeben.</translation>
    </message>
    <message>
        <source>The seller may have at most one contact (BG-6).</source>
        <translation>Der Verkäufer darf höchstens eine Kontaktstelle (BG-6) haben.</translation>
    </message>
    <message>
        <source>The buyer may have at most one contact (BG-9).</source>
        <translation>Der Käufer darf höchstens eine Kontaktstelle (BG-9) haben.</translation>
    </message>
    <message>
        <source>The seller may have at most one electronic address (BT-34).</source>
        <translation>Der Verkäufer darf höchstens eine elektronische Adresse (BT-34) haben.</translation>
    </message>
    <message>
        <source>The buyer may have at most one electronic address (BT-49).</source>
        <translation>Der Käufer darf höchstens eine elektronische Adresse (BT-49) haben.</translation>
    </message>
    <message>
        <source>The VAT point date (BT-7) may be given at most once.</source>
        <translation>Das Abrechnungsdatum der Umsatzsteuer (BT-7) darf höchstens einmal angegeben sein.</translation>
    </message>
    <message>
        <source>The VAT point date codes (BT-8) differ: %1; one code is allowed.</source>
        <translation>Die Codes für das Umsatzsteuer-Abrechnungsdatum (BT-8) unterscheiden sich: %1; nur ein Code ist erlaubt.</translation>
    </message>
    <message>
        <source>An allowance or charge must say which of the two it is (ChargeIndicator).</source>
        <translation>Ein Nachlass oder Zuschlag muss angeben, was von beiden er ist (ChargeIndicator).</translation>
    </message>
    <message>
        <source>The price discount (BT-147) may be given at most once.</source>
        <translation>Der Preisnachlass (BT-147) darf höchstens einmal angegeben sein.</translation>
    </message>
    <message>
        <source>The tax type code must be VAT, not &quot;%1&quot;.</source>
        <translation>Der Steuerart-Code muss VAT sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>A period gives its start as a date and time (udt:DateTime); EN 16931 takes a date string only.</source>
        <translation>Ein Zeitraum gibt seinen Beginn als Datum mit Uhrzeit an (udt:DateTime); EN 16931 erlaubt nur eine Datumsangabe.</translation>
    </message>
    <message>
        <source>A period gives its end as a date and time (udt:DateTime); EN 16931 takes a date string only.</source>
        <translation>Ein Zeitraum gibt sein Ende als Datum mit Uhrzeit an (udt:DateTime); EN 16931 erlaubt nur eine Datumsangabe.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a date in the form YYYYMMDD (format 102).</source>
        <translation>„%1“ ist kein Datum der Form JJJJMMTT (Format 102).</translation>
    </message>
    <message>
        <source>A payment account gives both an IBAN and a proprietary identifier (BT-84); use one of them.</source>
        <translation>Ein Zahlungskonto gibt sowohl eine IBAN als auch eine proprietäre Kennung an (BT-84); verwenden Sie nur eine davon.</translation>
    </message>
    <message>
        <source>A preceding invoice reference (BG-3) must name the invoice (BT-25).</source>
        <translation>Ein Verweis auf eine vorausgegangene Rechnung (BG-3) muss die Rechnung nennen (BT-25).</translation>
    </message>
    <message>
        <source>VAT category %1 is used in the lines, allowances or charges but not (or not exactly once) in the VAT breakdown (BG-23), or the other way round.</source>
        <translation>Die Umsatzsteuerkategorie %1 wird in Positionen, Nachlässen oder Zuschlägen verwendet, aber nicht (oder nicht genau einmal) in der Aufschlüsselung der Umsatzsteuer (BG-23), oder umgekehrt.</translation>
    </message>
    <message>
        <source>Where VAT category %1 (not subject to VAT) is used, neither the seller nor the buyer may give a VAT identifier.</source>
        <translation>Wo die Umsatzsteuerkategorie %1 (nicht steuerbar) verwendet wird, dürfen weder Verkäufer noch Käufer eine USt.-Identifikationsnummer angeben.</translation>
    </message>
    <message>
        <source>Where VAT category %1 is used, the invoice needs the seller&apos;s VAT identifier or tax number (for some categories also the buyer&apos;s).</source>
        <translation>Wo die Umsatzsteuerkategorie %1 verwendet wird, braucht die Rechnung die USt.-Identifikationsnummer oder Steuernummer des Verkäufers (bei manchen Kategorien auch die des Käufers).</translation>
    </message>
    <message>
        <source>VAT category %1 takes no VAT rate, but one is given.</source>
        <translation>Die Umsatzsteuerkategorie %1 hat keinen Steuersatz, es ist aber einer angegeben.</translation>
    </message>
    <message>
        <source>VAT category %1 needs a VAT rate above zero.</source>
        <translation>Die Umsatzsteuerkategorie %1 braucht einen Steuersatz über null.</translation>
    </message>
    <message>
        <source>VAT category %1 needs the VAT rate 0.</source>
        <translation>Die Umsatzsteuerkategorie %1 braucht den Steuersatz 0.</translation>
    </message>
    <message>
        <source>VAT category %1 needs a VAT rate of zero or more.</source>
        <translation>Die Umsatzsteuerkategorie %1 braucht einen Steuersatz von null oder mehr.</translation>
    </message>
    <message>
        <source>The taxable amount of VAT category %1 (BT-116) is %2; it must be the sum of the line net amounts minus allowances plus charges of that category.</source>
        <translation>Der Steuerbasisbetrag der Umsatzsteuerkategorie %1 (BT-116) ist %2; er muss die Summe der Nettobeträge der Positionen abzüglich Nachlässen zuzüglich Zuschlägen dieser Kategorie sein.</translation>
    </message>
    <message>
        <source>The VAT amount of category %1 (BT-117) does not match taxable amount times rate.</source>
        <translation>Der Umsatzsteuerbetrag der Kategorie %1 (BT-117) passt nicht zu Steuerbasisbetrag mal Steuersatz.</translation>
    </message>
    <message>
        <source>The VAT amount of category %1 (BT-117) must be 0.</source>
        <translation>Der Umsatzsteuerbetrag der Kategorie %1 (BT-117) muss 0 sein.</translation>
    </message>
    <message>
        <source>VAT category %1 needs an exemption reason (BT-120) or its code (BT-121).</source>
        <translation>Die Umsatzsteuerkategorie %1 braucht einen Befreiungsgrund (BT-120) oder dessen Code (BT-121).</translation>
    </message>
    <message>
        <source>VAT category %1 takes no exemption reason (BT-120, BT-121).</source>
        <translation>Die Umsatzsteuerkategorie %1 hat keinen Befreiungsgrund (BT-120, BT-121).</translation>
    </message>
    <message>
        <source>An intra-community supply needs the delivery date (BT-72) or the invoicing period (BG-14).</source>
        <translation>Eine innergemeinschaftliche Lieferung braucht das Lieferdatum (BT-72) oder den Abrechnungszeitraum (BG-14).</translation>
    </message>
    <message>
        <source>An intra-community supply needs the deliver-to country (BT-80).</source>
        <translation>Eine innergemeinschaftliche Lieferung braucht das Land der Lieferanschrift (BT-80).</translation>
    </message>
    <message>
        <source>An invoice not subject to VAT (category O) may have no other VAT category in its breakdown.</source>
        <translation>Eine nicht steuerbare Rechnung (Kategorie O) darf in ihrer Aufschlüsselung keine andere Umsatzsteuerkategorie haben.</translation>
    </message>
    <message>
        <source>An invoice not subject to VAT (category O) may have no line in another VAT category.</source>
        <translation>Eine nicht steuerbare Rechnung (Kategorie O) darf keine Position in einer anderen Umsatzsteuerkategorie haben.</translation>
    </message>
    <message>
        <source>An invoice not subject to VAT (category O) may have no allowance in another VAT category.</source>
        <translation>Eine nicht steuerbare Rechnung (Kategorie O) darf keinen Nachlass in einer anderen Umsatzsteuerkategorie haben.</translation>
    </message>
    <message>
        <source>An invoice not subject to VAT (category O) may have no charge in another VAT category.</source>
        <translation>Eine nicht steuerbare Rechnung (Kategorie O) darf keinen Zuschlag in einer anderen Umsatzsteuerkategorie haben.</translation>
    </message>
    <message>
        <source>Split payment (category B) is only for Italian domestic invoices.</source>
        <translation>Die geteilte Zahlung (Kategorie B) gilt nur für italienische Inlandsrechnungen.</translation>
    </message>
    <message>
        <source>Split payment (category B) and standard rate (category S) may not be used in the same invoice.</source>
        <translation>Geteilte Zahlung (Kategorie B) und Normalsatz (Kategorie S) dürfen nicht in derselben Rechnung verwendet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code of the list this element takes (%2).</source>
        <translation>&quot;%1&quot; ist kein Code der Codeliste, die für dieses Element gilt (%2).</translation>
    </message>
    <message>
        <source>An attachment of the type &quot;%1&quot; is not allowed; EN 16931 takes PDF, PNG, JPEG, CSV, XLSX and ODS.</source>
        <translation>Ein Anhang vom Typ &quot;%1&quot; ist nicht zulässig; EN 16931 lässt PDF, PNG, JPEG, CSV, XLSX und ODS zu.</translation>
    </message>
    <message>
        <source>The business process (BT-23) is missing.</source>
        <translation>Die Angabe zum Geschäftsprozess (BT-23) fehlt.</translation>
    </message>
    <message>
        <source>The VAT accounting currency (BT-6) may only be given when it differs from the invoice currency (BT-5).</source>
        <translation>Die Umsatzsteuer-Buchungswährung (BT-6) darf nur angegeben werden, wenn sie sich von der Rechnungswährung (BT-5) unterscheidet.</translation>
    </message>
    <message>
        <source>The element %1 is empty; leave out what has no value.</source>
        <translation>Das Element %1 ist leer; lassen Sie Angaben ohne Wert weg.</translation>
    </message>
    <message>
        <source>The buyer&apos;s electronic address (BT-49) is missing.</source>
        <translation>Die elektronische Adresse des Käufers (BT-49) fehlt.</translation>
    </message>
    <message>
        <source>The seller&apos;s electronic address (BT-34) is missing.</source>
        <translation>Die elektronische Adresse des Verkäufers (BT-34) fehlt.</translation>
    </message>
    <message>
        <source>An allowance or charge amount is not its base amount times its percentage (expected %1).</source>
        <translation>Der Betrag eines Nachlasses oder Zuschlags entspricht nicht seinem Grundbetrag multipliziert mit seinem Prozentsatz (erwartet: %1).</translation>
    </message>
    <message>
        <source>An allowance or charge gives a percentage but no base amount.</source>
        <translation>Ein Nachlass oder Zuschlag gibt einen Prozentsatz, aber keinen Grundbetrag an.</translation>
    </message>
    <message>
        <source>An allowance or charge gives a base amount but no percentage.</source>
        <translation>Ein Nachlass oder Zuschlag gibt einen Grundbetrag, aber keinen Prozentsatz an.</translation>
    </message>
    <message>
        <source>The charge indicator must be &quot;true&quot; or &quot;false&quot;.</source>
        <translation>Das Zuschlagskennzeichen muss &quot;true&quot; oder &quot;false&quot; lauten.</translation>
    </message>
    <message>
        <source>A price may only carry a discount, not a charge.</source>
        <translation>Ein Preis darf nur einen Nachlass enthalten, keinen Zuschlag.</translation>
    </message>
    <message>
        <source>The net price (BT-146) must be the gross price (BT-148) minus the price discount (BT-147).</source>
        <translation>Der Nettopreis (BT-146) muss dem Bruttopreis (BT-148) abzüglich des Preisnachlasses (BT-147) entsprechen.</translation>
    </message>
    <message>
        <source>The invoice needs exactly one VAT total with a VAT breakdown.</source>
        <translation>Die Rechnung braucht genau einen Umsatzsteuergesamtbetrag mit Aufschlüsselung der Umsatzsteuer.</translation>
    </message>
    <message>
        <source>The VAT total in the invoice currency (BT-110) is given more than once.</source>
        <translation>Der Umsatzsteuergesamtbetrag in Rechnungswährung (BT-110) ist mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>A VAT total without breakdown (BT-111) is needed exactly when the VAT accounting currency (BT-6) is given.</source>
        <translation>Ein Umsatzsteuergesamtbetrag ohne Aufschlüsselung (BT-111) ist genau dann erforderlich, wenn die Umsatzsteuer-Buchungswährung (BT-6) angegeben ist.</translation>
    </message>
    <message>
        <source>The VAT totals in the two currencies (BT-110, BT-111) must have the same sign.</source>
        <translation>Die Umsatzsteuergesamtbeträge in beiden Währungen (BT-110, BT-111) müssen dasselbe Vorzeichen haben.</translation>
    </message>
    <message>
        <source>A direct debit (code %1) needs the mandate reference (BT-89).</source>
        <translation>Für eine Lastschrift (Code %1) ist die Mandatsreferenz (BT-89) erforderlich.</translation>
    </message>
    <message>
        <source>A document referenced from invoice line %1 may only be its invoiced object (code 130).</source>
        <translation>Ein von Rechnungsposition %1 referenziertes Dokument darf nur deren Objektkennung (Code 130) sein.</translation>
    </message>
    <message>
        <source>The period of invoice line %1 starts before the invoicing period.</source>
        <translation>Der Zeitraum der Rechnungsposition %1 beginnt vor dem Abrechnungszeitraum.</translation>
    </message>
    <message>
        <source>The period of invoice line %1 ends after the invoicing period.</source>
        <translation>Der Zeitraum der Rechnungsposition %1 endet nach dem Abrechnungszeitraum.</translation>
    </message>
    <message>
        <source>The base quantity of a price (BT-149) must be above zero.</source>
        <translation>Die Basismenge eines Preises (BT-149) muss größer als null sein.</translation>
    </message>
    <message>
        <source>The unit of the price&apos;s base quantity (BT-150) differs from that of the invoiced quantity (BT-130) on line %1.</source>
        <translation>In Rechnungsposition %1 unterscheidet sich die Einheit der Basismenge des Preises (BT-150) von der Einheit der in Rechnung gestellten Menge (BT-130).</translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is not one the XRechnung extension allows here.</source>
        <translation>Das Schema &quot;%1&quot; ist nach der XRechnung-Extension an dieser Stelle nicht zulässig.</translation>
    </message>
    <message>
        <source>An attachment of the type &quot;%1&quot; is not allowed; the XRechnung extension takes PDF, PNG, JPEG, CSV, XLSX, ODS and XML.</source>
        <translation>Ein Anhang vom Typ &quot;%1&quot; ist nicht zulässig; die XRechnung-Extension lässt PDF, PNG, JPEG, CSV, XLSX, ODS und XML zu.</translation>
    </message>
    <message>
        <source>The item of a sub-invoice line needs exactly one VAT category.</source>
        <translation>Der Artikel einer Rechnungsunterposition braucht genau eine Umsatzsteuerkategorie.</translation>
    </message>
    <message>
        <source>The amount due (BT-115) must be the total with VAT minus the paid amount plus the third party payments, plus the rounding amount.</source>
        <translation>Der fällige Zahlungsbetrag (BT-115) muss dem Gesamtbetrag einschließlich Umsatzsteuer abzüglich des gezahlten Betrags zuzüglich der Zahlungen Dritter und zuzüglich des Rundungsbetrags entsprechen.</translation>
    </message>
    <message>
        <source>A third party payment needs its type (BT-DEX-001).</source>
        <translation>Für eine Zahlung Dritter ist die Art (BT-DEX-001) erforderlich.</translation>
    </message>
    <message>
        <source>A third party payment needs its amount (BT-DEX-002).</source>
        <translation>Für eine Zahlung Dritter ist der Betrag (BT-DEX-002) erforderlich.</translation>
    </message>
    <message>
        <source>A third party payment needs its description (BT-DEX-003).</source>
        <translation>Für eine Zahlung Dritter ist die Beschreibung (BT-DEX-003) erforderlich.</translation>
    </message>
    <message>
        <source>The amount of a third party payment has more than two decimals.</source>
        <translation>Der Betrag einer Zahlung Dritter hat mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>A third party payment must be in the invoice currency (BT-5).</source>
        <translation>Eine Zahlung Dritter muss in Rechnungswährung (BT-5) angegeben sein.</translation>
    </message>
    <message>
        <source>A clean vehicle invoice needs the contract reference (BT-12).</source>
        <translation>Eine Rechnung über saubere Fahrzeuge braucht die Vertragsnummer (BT-12).</translation>
    </message>
    <message>
        <source>A clean vehicle invoice needs the tender or lot reference (BT-17).</source>
        <translation>Eine Rechnung über saubere Fahrzeuge braucht die Vergabe- oder Losnummer (BT-17).</translation>
    </message>
    <message>
        <source>A clean vehicle invoice needs at least one line with a vehicle category (list CVD) and the attribute cva.</source>
        <translation>Eine Rechnung über saubere Fahrzeuge braucht mindestens eine Rechnungsposition mit einer Fahrzeugkategorie (Liste CVD) und dem Attribut cva.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vehicle category (M1, M2, M3, N1, N2, N3).</source>
        <translation>&quot;%1&quot; ist keine Fahrzeugkategorie (M1, M2, M3, N1, N2, N3).</translation>
    </message>
    <message>
        <source>The attribute cva must be clean, zero-emission or other, not &quot;%1&quot;.</source>
        <translation>Das Attribut cva muss clean, zero-emission oder other lauten, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A line with a vehicle category needs exactly one attribute cva.</source>
        <translation>Eine Rechnungsposition mit Fahrzeugkategorie braucht genau ein Attribut cva.</translation>
    </message>
    <message>
        <source>A line with the attribute cva needs exactly one vehicle category (list CVD).</source>
        <translation>Eine Rechnungsposition mit dem Attribut cva braucht genau eine Fahrzeugkategorie (Liste CVD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item classification list (UNTDID 7143).</source>
        <translation>&quot;%1&quot; ist keine Liste zur Artikelklassifizierung (UNTDID 7143).</translation>
    </message>
    <message>
        <source>The profile %1 is not an EN 16931 invoice: it has no invoice lines. It is checked by the rules of its own profile; under German VAT law it does not count as an e-invoice (BMF letter of 15 October 2024).</source>
        <translation>Das Profil %1 ist keine Rechnung nach EN 16931: Es hat keine Rechnungspositionen. Es wird nach den Regeln seines eigenen Profils geprüft; umsatzsteuerlich gilt es nicht als E-Rechnung (BMF-Schreiben vom 15. Oktober 2024).</translation>
    </message>
    <message>
        <source>The net amount of line %1 is %2, but quantity × price, plus charges and less allowances, gives %3.</source>
        <translation>Der Nettobetrag der Position %1 ist %2, Menge × Preis zuzüglich Zuschlägen und abzüglich Nachlässen ergibt aber %3.</translation>
    </message>
    <message>
        <source>The element %1 is given %2 times here; EN 16931 uses it at most once.</source>
        <translation>Das Element %1 ist hier %2-mal angegeben; EN 16931 verwendet es höchstens einmal.</translation>
    </message>
    <message>
        <source>The party %1 gives both an identifier (ID) and a global identifier (GlobalID); EN 16931 takes one of them.</source>
        <translation>Die Partei %1 nennt sowohl eine Kennung (ID) als auch eine globale Kennung (GlobalID); EN 16931 nimmt eine davon.</translation>
    </message>
    <message>
        <source>The UBL version is given as &quot;%1&quot;; EN 16931 uses UBL 2.1.</source>
        <translation>Als UBL-Version ist &quot;%1&quot; angegeben; EN 16931 verwendet UBL 2.1.</translation>
    </message>
    <message>
        <source>A gross price (BT-148) may only carry a discount: an allowance with the charge indicator false and its amount (BT-147).</source>
        <translation>Ein Bruttopreis (BT-148) darf nur einen Rabatt tragen: einen Nachlass mit dem Zuschlagskennzeichen false und seinem Betrag (BT-147).</translation>
    </message>
    <message>
        <source>%1 referenced documents of the type %2 are given; EN 16931 uses at most one.</source>
        <translation>Es sind %1 referenzierte Dokumente der Art %2 angegeben; EN 16931 verwendet höchstens eines.</translation>
    </message>
    <message>
        <source>The contact of %1 gives both a person and a department name; EN 16931 has one field for the contact point.</source>
        <translation>Der Kontakt von %1 nennt sowohl eine Person als auch eine Abteilung; EN 16931 hat ein Feld für die Kontaktstelle.</translation>
    </message>
    <message>
        <source>The net amount of line %1 should be the sum of its sub-lines&apos; net amounts (%2).</source>
        <translation>Der Nettobetrag der Position %1 sollte die Summe der Nettobeträge ihrer Unterpositionen sein (%2).</translation>
    </message>
    <message>
        <source>This CII invoice seems to use sub-invoice lines (ParentLineID), which XRechnung supports only in UBL.</source>
        <translation>Diese CII-Rechnung scheint Unterpositionen (ParentLineID) zu verwenden, die XRechnung nur in UBL unterstützt.</translation>
    </message>
</context>
<context>
    <name>InvoiceSchemas</name>
    <message>
        <source>The XML schema refuses this: %1</source>
        <translation>Das XML-Schema lässt dies nicht zu: %1</translation>
    </message>
    <message>
        <source>The schema folder %1 does not exist.</source>
        <translation>Der Schema-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The schema folder %1 lacks %2; it must be laid out like the published UBL 2.1 and CII D16B schema sets.</source>
        <translation>Im Schema-Ordner %1 fehlt %2; er muss aufgebaut sein wie die veröffentlichten Schemasätze von UBL 2.1 und CII D16B.</translation>
    </message>
    <message>
        <source>The schema %1 cannot be read: %2</source>
        <translation>Das Schema %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The schema check cannot start: out of memory.</source>
        <translation>Die Schemaprüfung kann nicht beginnen: Der Arbeitsspeicher reicht nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n further schema error(s) not listed.</source>
        <translation>
            <numerusform>%n weiterer Schemafehler nicht aufgeführt.</numerusform>
            <numerusform>%n weitere Schemafehler nicht aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceSheet</name>
    <message>
        <source>%1 (scheme %2)</source>
        <translation>%1 (Schema %2)</translation>
    </message>
    <message>
        <source>Cash discount (Skonto): %1 % if paid within %2 days</source>
        <translation>Skonto: %1 % bei Zahlung innerhalb von %2 Tagen</translation>
    </message>
    <message>
        <source>Cash discount (Skonto): %1 % of %3 if paid within %2 days</source>
        <translation>Skonto: %1 % auf %3 bei Zahlung innerhalb von %2 Tagen</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Sub-line %1</source>
        <translation>Unterposition %1</translation>
    </message>
    <message>
        <source>Invoice data</source>
        <translation>Rechnungsdaten</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Allowances and charges</source>
        <translation>Nachlässe und Zuschläge</translation>
    </message>
    <message>
        <source>%1 (%2, %3 characters of Base64)</source>
        <translation>%1 (%2, %3 Zeichen Base64)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Rechnungspositionen</translation>
    </message>
    <message>
        <source>Credit note %1 of %2</source>
        <translation>Gutschrift %1 vom %2</translation>
    </message>
    <message>
        <source>Invoice %1 of %2</source>
        <translation>Rechnung %1 vom %2</translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s).</source>
        <translation>
            <numerusform>Gültig, mit %n Warnung.</numerusform>
            <numerusform>Gültig, mit %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: no rule is broken.</source>
        <translation>Gültig: Keine Regel ist verletzt.</translation>
    </message>
    <message numerus="yes">
        <source>Not valid: %n rule(s) broken.</source>
        <translation>
            <numerusform>Nicht gültig: %n Regel verletzt.</numerusform>
            <numerusform>Nicht gültig: %n Regeln verletzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1, profile %2</source>
        <translation>%1, Profil %2</translation>
    </message>
    <message>
        <source>data from the PDF&apos;s attachment %1</source>
        <translation>Daten aus dem PDF-Anhang %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The PDF does not show the amount due of the invoice data (%1 %2): check that the picture and the data are the same invoice.</source>
        <translation>Das PDF zeigt den fälligen Betrag der Rechnungsdaten (%1 %2) nicht: Prüfen Sie, ob Bild und Daten dieselbe Rechnung sind.</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Invoice issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Invoice type code</source>
        <translation>Code für den Rechnungstyp</translation>
    </message>
    <message>
        <source>Invoice currency code</source>
        <translation>Code für die Rechnungswährung</translation>
    </message>
    <message>
        <source>VAT accounting currency code</source>
        <translation>Code für die Umsatzsteuer-Buchungswährung</translation>
    </message>
    <message>
        <source>Value added tax point date</source>
        <translation>Abrechnungsdatum der Umsatzsteuer</translation>
    </message>
    <message>
        <source>Value added tax point date code</source>
        <translation>Code für das Umsatzsteuer-Abrechnungsdatum</translation>
    </message>
    <message>
        <source>Payment due date</source>
        <translation>Fälligkeitsdatum der Zahlung</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Käuferreferenz</translation>
    </message>
    <message>
        <source>Project reference</source>
        <translation>Projektreferenz</translation>
    </message>
    <message>
        <source>Contract reference</source>
        <translation>Vertragsreferenz</translation>
    </message>
    <message>
        <source>Purchase order reference</source>
        <translation>Bestellreferenz</translation>
    </message>
    <message>
        <source>Sales order reference</source>
        <translation>Auftragsreferenz</translation>
    </message>
    <message>
        <source>Receiving advice reference</source>
        <translation>Referenz auf die Empfangsbestätigung</translation>
    </message>
    <message>
        <source>Despatch advice reference</source>
        <translation>Referenz auf die Versandanzeige</translation>
    </message>
    <message>
        <source>Tender or lot reference</source>
        <translation>Referenz auf die Ausschreibung oder das Los</translation>
    </message>
    <message>
        <source>Invoiced object identifier</source>
        <translation>Kennung des in Rechnung gestellten Objekts</translation>
    </message>
    <message>
        <source>Buyer accounting reference</source>
        <translation>Buchungsreferenz des Käufers</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Invoice note subject code</source>
        <translation>Code für den Betreff der Rechnungsanmerkung</translation>
    </message>
    <message>
        <source>Invoice note</source>
        <translation>Rechnungsanmerkung</translation>
    </message>
    <message>
        <source>Business process type</source>
        <translation>Geschäftsprozesstyp</translation>
    </message>
    <message>
        <source>Specification identifier</source>
        <translation>Spezifikationskennung</translation>
    </message>
    <message>
        <source>Preceding invoice reference</source>
        <translation>Referenz auf die vorausgegangene Rechnung</translation>
    </message>
    <message>
        <source>Preceding invoice issue date</source>
        <translation>Datum der vorausgegangenen Rechnung</translation>
    </message>
    <message>
        <source>Seller name</source>
        <translation>Name des Verkäufers</translation>
    </message>
    <message>
        <source>Seller trading name</source>
        <translation>Handelsname des Verkäufers</translation>
    </message>
    <message>
        <source>Seller identifier</source>
        <translation>Kennung des Verkäufers</translation>
    </message>
    <message>
        <source>Seller legal registration identifier</source>
        <translation>Kennung der rechtlichen Registrierung des Verkäufers</translation>
    </message>
    <message>
        <source>Seller VAT identifier</source>
        <translation>Umsatzsteuer-Identifikationsnummer des Verkäufers</translation>
    </message>
    <message>
        <source>Seller tax registration identifier</source>
        <translation>Steuernummer des Verkäufers</translation>
    </message>
    <message>
        <source>Seller additional legal information</source>
        <translation>Weitere rechtliche Informationen zum Verkäufer</translation>
    </message>
    <message>
        <source>Seller electronic address</source>
        <translation>Elektronische Adresse des Verkäufers</translation>
    </message>
    <message>
        <source>Seller address line 1</source>
        <translation>Adresszeile 1 des Verkäufers</translation>
    </message>
    <message>
        <source>Seller address line 2</source>
        <translation>Adresszeile 2 des Verkäufers</translation>
    </message>
    <message>
        <source>Seller address line 3</source>
        <translation>Adresszeile 3 des Verkäufers</translation>
    </message>
    <message>
        <source>Seller city</source>
        <translation>Ort des Verkäufers</translation>
    </message>
    <message>
        <source>Seller post code</source>
        <translation>Postleitzahl des Verkäufers</translation>
    </message>
    <message>
        <source>Seller country subdivision</source>
        <translation>Region des Verkäufers</translation>
    </message>
    <message>
        <source>Seller country code</source>
        <translation>Ländercode des Verkäufers</translation>
    </message>
    <message>
        <source>Seller contact point</source>
        <translation>Kontaktstelle des Verkäufers</translation>
    </message>
    <message>
        <source>Seller contact telephone number</source>
        <translation>Telefonnummer der Kontaktstelle des Verkäufers</translation>
    </message>
    <message>
        <source>Seller contact email address</source>
        <translation>E-Mail-Adresse der Kontaktstelle des Verkäufers</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>Name des Käufers</translation>
    </message>
    <message>
        <source>Buyer trading name</source>
        <translation>Handelsname des Käufers</translation>
    </message>
    <message>
        <source>Buyer identifier</source>
        <translation>Kennung des Käufers</translation>
    </message>
    <message>
        <source>Buyer legal registration identifier</source>
        <translation>Kennung der rechtlichen Registrierung des Käufers</translation>
    </message>
    <message>
        <source>Buyer VAT identifier</source>
        <translation>Umsatzsteuer-Identifikationsnummer des Käufers</translation>
    </message>
    <message>
        <source>Buyer electronic address</source>
        <translation>Elektronische Adresse des Käufers</translation>
    </message>
    <message>
        <source>Buyer address line 1</source>
        <translation>Adresszeile 1 des Käufers</translation>
    </message>
    <message>
        <source>Buyer address line 2</source>
        <translation>Adresszeile 2 des Käufers</translation>
    </message>
    <message>
        <source>Buyer address line 3</source>
        <translation>Adresszeile 3 des Käufers</translation>
    </message>
    <message>
        <source>Buyer city</source>
        <translation>Ort des Käufers</translation>
    </message>
    <message>
        <source>Buyer post code</source>
        <translation>Postleitzahl des Käufers</translation>
    </message>
    <message>
        <source>Buyer country subdivision</source>
        <translation>Region des Käufers</translation>
    </message>
    <message>
        <source>Buyer country code</source>
        <translation>Ländercode des Käufers</translation>
    </message>
    <message>
        <source>Buyer contact point</source>
        <translation>Kontaktstelle des Käufers</translation>
    </message>
    <message>
        <source>Buyer contact telephone number</source>
        <translation>Telefonnummer der Kontaktstelle des Käufers</translation>
    </message>
    <message>
        <source>Buyer contact email address</source>
        <translation>E-Mail-Adresse der Kontaktstelle des Käufers</translation>
    </message>
    <message>
        <source>Payee name</source>
        <translation>Name des Zahlungsempfängers</translation>
    </message>
    <message>
        <source>Payee identifier</source>
        <translation>Kennung des Zahlungsempfängers</translation>
    </message>
    <message>
        <source>Payee legal registration identifier</source>
        <translation>Kennung der rechtlichen Registrierung des Zahlungsempfängers</translation>
    </message>
    <message>
        <source>Seller tax representative name</source>
        <translation>Name des Steuervertreters des Verkäufers</translation>
    </message>
    <message>
        <source>Seller tax representative VAT identifier</source>
        <translation>Umsatzsteuer-Identifikationsnummer des Steuervertreters des Verkäufers</translation>
    </message>
    <message>
        <source>Tax representative address line 1</source>
        <translation>Adresszeile 1 des Steuervertreters</translation>
    </message>
    <message>
        <source>Tax representative address line 2</source>
        <translation>Adresszeile 2 des Steuervertreters</translation>
    </message>
    <message>
        <source>Tax representative address line 3</source>
        <translation>Adresszeile 3 des Steuervertreters</translation>
    </message>
    <message>
        <source>Tax representative city</source>
        <translation>Ort des Steuervertreters</translation>
    </message>
    <message>
        <source>Tax representative post code</source>
        <translation>Postleitzahl des Steuervertreters</translation>
    </message>
    <message>
        <source>Tax representative country subdivision</source>
        <translation>Region des Steuervertreters</translation>
    </message>
    <message>
        <source>Tax representative country code</source>
        <translation>Ländercode des Steuervertreters</translation>
    </message>
    <message>
        <source>Deliver to party name</source>
        <translation>Name des Warenempfängers</translation>
    </message>
    <message>
        <source>Deliver to location identifier</source>
        <translation>Kennung des Lieferorts</translation>
    </message>
    <message>
        <source>Actual delivery date</source>
        <translation>Tatsächliches Lieferdatum</translation>
    </message>
    <message>
        <source>Invoicing period start date</source>
        <translation>Anfangsdatum des Abrechnungszeitraums</translation>
    </message>
    <message>
        <source>Invoicing period end date</source>
        <translation>Enddatum des Abrechnungszeitraums</translation>
    </message>
    <message>
        <source>Deliver to address line 1</source>
        <translation>Adresszeile 1 der Lieferanschrift</translation>
    </message>
    <message>
        <source>Deliver to address line 2</source>
        <translation>Adresszeile 2 der Lieferanschrift</translation>
    </message>
    <message>
        <source>Deliver to address line 3</source>
        <translation>Adresszeile 3 der Lieferanschrift</translation>
    </message>
    <message>
        <source>Deliver to city</source>
        <translation>Ort der Lieferanschrift</translation>
    </message>
    <message>
        <source>Deliver to post code</source>
        <translation>Postleitzahl der Lieferanschrift</translation>
    </message>
    <message>
        <source>Deliver to country subdivision</source>
        <translation>Region der Lieferanschrift</translation>
    </message>
    <message>
        <source>Deliver to country code</source>
        <translation>Ländercode der Lieferanschrift</translation>
    </message>
    <message>
        <source>Payment means type code</source>
        <translation>Code für die Zahlungsart</translation>
    </message>
    <message>
        <source>Payment means text</source>
        <translation>Text zur Zahlungsart</translation>
    </message>
    <message>
        <source>Remittance information</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Payment account identifier</source>
        <translation>Kennung des Zahlungskontos</translation>
    </message>
    <message>
        <source>Payment account name</source>
        <translation>Name des Zahlungskontos</translation>
    </message>
    <message>
        <source>Payment service provider identifier</source>
        <translation>Kennung des Zahlungsdienstleisters</translation>
    </message>
    <message>
        <source>Payment card primary account number</source>
        <translation>Primäre Kontonummer der Zahlungskarte</translation>
    </message>
    <message>
        <source>Payment card holder name</source>
        <translation>Name des Karteninhabers</translation>
    </message>
    <message>
        <source>Mandate reference identifier</source>
        <translation>Kennung der Mandatsreferenz</translation>
    </message>
    <message>
        <source>Bank assigned creditor identifier</source>
        <translation>Gläubiger-Identifikationsnummer</translation>
    </message>
    <message>
        <source>Debited account identifier</source>
        <translation>Kennung des zu belastenden Kontos</translation>
    </message>
    <message>
        <source>Document level allowance amount</source>
        <translation>Betrag des Nachlasses auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level allowance base amount</source>
        <translation>Grundbetrag des Nachlasses auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level allowance percentage</source>
        <translation>Prozentsatz des Nachlasses auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level allowance VAT category code</source>
        <translation>Code der Umsatzsteuerkategorie des Nachlasses auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level allowance VAT rate</source>
        <translation>Umsatzsteuersatz des Nachlasses auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level allowance reason</source>
        <translation>Grund des Nachlasses auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level allowance reason code</source>
        <translation>Code für den Grund des Nachlasses auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level charge amount</source>
        <translation>Betrag des Zuschlags auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level charge base amount</source>
        <translation>Grundbetrag des Zuschlags auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level charge percentage</source>
        <translation>Prozentsatz des Zuschlags auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level charge VAT category code</source>
        <translation>Code der Umsatzsteuerkategorie des Zuschlags auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level charge VAT rate</source>
        <translation>Umsatzsteuersatz des Zuschlags auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level charge reason</source>
        <translation>Grund des Zuschlags auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level charge reason code</source>
        <translation>Code für den Grund des Zuschlags auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Sum of Invoice line net amount</source>
        <translation>Summe der Nettobeträge der Rechnungspositionen</translation>
    </message>
    <message>
        <source>Sum of allowances on document level</source>
        <translation>Summe der Nachlässe auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Sum of charges on document level</source>
        <translation>Summe der Zuschläge auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Invoice total amount without VAT</source>
        <translation>Gesamtbetrag der Rechnung ohne Umsatzsteuer</translation>
    </message>
    <message>
        <source>Invoice total VAT amount</source>
        <translation>Umsatzsteuergesamtbetrag der Rechnung</translation>
    </message>
    <message>
        <source>Invoice total VAT amount in accounting currency</source>
        <translation>Umsatzsteuergesamtbetrag der Rechnung in der Buchungswährung</translation>
    </message>
    <message>
        <source>Invoice total amount with VAT</source>
        <translation>Gesamtbetrag der Rechnung einschließlich Umsatzsteuer</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>Gezahlter Betrag</translation>
    </message>
    <message>
        <source>Rounding amount</source>
        <translation>Rundungsbetrag</translation>
    </message>
    <message>
        <source>Amount due for payment</source>
        <translation>Fälliger Zahlungsbetrag</translation>
    </message>
    <message>
        <source>VAT category taxable amount</source>
        <translation>Steuerbasisbetrag der Umsatzsteuerkategorie</translation>
    </message>
    <message>
        <source>VAT category tax amount</source>
        <translation>Umsatzsteuerbetrag der Umsatzsteuerkategorie</translation>
    </message>
    <message>
        <source>VAT category code</source>
        <translation>Code der Umsatzsteuerkategorie</translation>
    </message>
    <message>
        <source>VAT category rate</source>
        <translation>Umsatzsteuersatz der Umsatzsteuerkategorie</translation>
    </message>
    <message>
        <source>VAT exemption reason text</source>
        <translation>Text zum Grund der Umsatzsteuerbefreiung</translation>
    </message>
    <message>
        <source>VAT exemption reason code</source>
        <translation>Code für den Grund der Umsatzsteuerbefreiung</translation>
    </message>
    <message>
        <source>Supporting document reference</source>
        <translation>Kennung der rechnungsbegründenden Unterlage</translation>
    </message>
    <message>
        <source>Supporting document description</source>
        <translation>Beschreibung der rechnungsbegründenden Unterlage</translation>
    </message>
    <message>
        <source>External document location</source>
        <translation>Speicherort des externen Dokuments</translation>
    </message>
    <message>
        <source>Attached document</source>
        <translation>Angehängtes Dokument</translation>
    </message>
    <message>
        <source>Invoice line identifier</source>
        <translation>Kennung der Rechnungsposition</translation>
    </message>
    <message>
        <source>Invoice line note</source>
        <translation>Anmerkung zur Rechnungsposition</translation>
    </message>
    <message>
        <source>Invoice line object identifier</source>
        <translation>Objektkennung der Rechnungsposition</translation>
    </message>
    <message>
        <source>Invoiced quantity</source>
        <translation>In Rechnung gestellte Menge</translation>
    </message>
    <message>
        <source>Invoiced quantity unit of measure code</source>
        <translation>Code der Maßeinheit der in Rechnung gestellten Menge</translation>
    </message>
    <message>
        <source>Invoice line net amount</source>
        <translation>Nettobetrag der Rechnungsposition</translation>
    </message>
    <message>
        <source>Referenced purchase order line reference</source>
        <translation>Referenz auf die Bestellposition</translation>
    </message>
    <message>
        <source>Invoice line Buyer accounting reference</source>
        <translation>Buchungsreferenz des Käufers zur Rechnungsposition</translation>
    </message>
    <message>
        <source>Invoice line period start date</source>
        <translation>Anfangsdatum des Abrechnungszeitraums der Rechnungsposition</translation>
    </message>
    <message>
        <source>Invoice line period end date</source>
        <translation>Enddatum des Abrechnungszeitraums der Rechnungsposition</translation>
    </message>
    <message>
        <source>Invoice line allowance amount</source>
        <translation>Betrag des Nachlasses auf Positionsebene</translation>
    </message>
    <message>
        <source>Invoice line allowance base amount</source>
        <translation>Grundbetrag des Nachlasses auf Positionsebene</translation>
    </message>
    <message>
        <source>Invoice line allowance percentage</source>
        <translation>Prozentsatz des Nachlasses auf Positionsebene</translation>
    </message>
    <message>
        <source>Invoice line allowance reason</source>
        <translation>Grund des Nachlasses auf Positionsebene</translation>
    </message>
    <message>
        <source>Invoice line allowance reason code</source>
        <translation>Code für den Grund des Nachlasses auf Positionsebene</translation>
    </message>
    <message>
        <source>Invoice line charge amount</source>
        <translation>Betrag des Zuschlags auf Positionsebene</translation>
    </message>
    <message>
        <source>Invoice line charge base amount</source>
        <translation>Grundbetrag des Zuschlags auf Positionsebene</translation>
    </message>
    <message>
        <source>Invoice line charge percentage</source>
        <translation>Prozentsatz des Zuschlags auf Positionsebene</translation>
    </message>
    <message>
        <source>Invoice line charge reason</source>
        <translation>Grund des Zuschlags auf Positionsebene</translation>
    </message>
    <message>
        <source>Invoice line charge reason code</source>
        <translation>Code für den Grund des Zuschlags auf Positionsebene</translation>
    </message>
    <message>
        <source>Item net price</source>
        <translation>Nettopreis des Artikels</translation>
    </message>
    <message>
        <source>Item price discount</source>
        <translation>Rabatt auf den Artikelpreis</translation>
    </message>
    <message>
        <source>Item gross price</source>
        <translation>Bruttopreis des Artikels</translation>
    </message>
    <message>
        <source>Item price base quantity</source>
        <translation>Basismenge zum Artikelpreis</translation>
    </message>
    <message>
        <source>Item price base quantity unit of measure code</source>
        <translation>Code der Maßeinheit der Basismenge zum Artikelpreis</translation>
    </message>
    <message>
        <source>Invoiced item VAT category code</source>
        <translation>Code der Umsatzsteuerkategorie des in Rechnung gestellten Artikels</translation>
    </message>
    <message>
        <source>Invoiced item VAT rate</source>
        <translation>Umsatzsteuersatz des in Rechnung gestellten Artikels</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Artikelname</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Artikelbeschreibung</translation>
    </message>
    <message>
        <source>Item Seller&apos;s identifier</source>
        <translation>Artikelkennung des Verkäufers</translation>
    </message>
    <message>
        <source>Item Buyer&apos;s identifier</source>
        <translation>Artikelkennung des Käufers</translation>
    </message>
    <message>
        <source>Item standard identifier</source>
        <translation>Standardkennung des Artikels</translation>
    </message>
    <message>
        <source>Item classification identifier</source>
        <translation>Kennung der Artikelklassifizierung</translation>
    </message>
    <message>
        <source>Item country of origin</source>
        <translation>Ursprungsland des Artikels</translation>
    </message>
    <message>
        <source>Item attribute name</source>
        <translation>Name des Artikelattributs</translation>
    </message>
    <message>
        <source>Item attribute value</source>
        <translation>Wert des Artikelattributs</translation>
    </message>
    <message>
        <source>Process control</source>
        <translation>Prozesssteuerung</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Seller postal address</source>
        <translation>Postanschrift des Verkäufers</translation>
    </message>
    <message>
        <source>Seller contact</source>
        <translation>Kontaktinformationen des Verkäufers</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Buyer postal address</source>
        <translation>Postanschrift des Käufers</translation>
    </message>
    <message>
        <source>Buyer contact</source>
        <translation>Kontaktinformationen des Käufers</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Zahlungsempfänger</translation>
    </message>
    <message>
        <source>Seller tax representative party</source>
        <translation>Steuervertreter des Verkäufers</translation>
    </message>
    <message>
        <source>Seller tax representative postal address</source>
        <translation>Postanschrift des Steuervertreters des Verkäufers</translation>
    </message>
    <message>
        <source>Delivery information</source>
        <translation>Lieferinformationen</translation>
    </message>
    <message>
        <source>Invoicing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Deliver to address</source>
        <translation>Lieferanschrift</translation>
    </message>
    <message>
        <source>Payment instructions</source>
        <translation>Zahlungsanweisungen</translation>
    </message>
    <message>
        <source>Credit transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Payment card information</source>
        <translation>Informationen zur Zahlungskarte</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <source>Document level allowances</source>
        <translation>Nachlässe auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document level charges</source>
        <translation>Zuschläge auf Dokumentenebene</translation>
    </message>
    <message>
        <source>Document totals</source>
        <translation>Gesamtbeträge der Rechnung</translation>
    </message>
    <message>
        <source>VAT breakdown</source>
        <translation>Aufschlüsselung der Umsatzsteuer</translation>
    </message>
    <message>
        <source>Additional supporting documents</source>
        <translation>Rechnungsbegründende Unterlagen</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Rechnungsposition</translation>
    </message>
    <message>
        <source>Invoice line period</source>
        <translation>Abrechnungszeitraum der Rechnungsposition</translation>
    </message>
    <message>
        <source>Invoice line allowances</source>
        <translation>Nachlässe auf Positionsebene</translation>
    </message>
    <message>
        <source>Invoice line charges</source>
        <translation>Zuschläge auf Positionsebene</translation>
    </message>
    <message>
        <source>Price details</source>
        <translation>Preiseinzelheiten</translation>
    </message>
    <message>
        <source>Line VAT information</source>
        <translation>Umsatzsteuerinformationen zur Rechnungsposition</translation>
    </message>
    <message>
        <source>Item information</source>
        <translation>Artikelinformationen</translation>
    </message>
    <message>
        <source>Item attributes</source>
        <translation>Artikelattribute</translation>
    </message>
    <message>
        <source>Third party payment</source>
        <translation>Zahlung durch Dritte</translation>
    </message>
    <message>
        <source>Third party payment type</source>
        <translation>Art der Zahlung durch Dritte</translation>
    </message>
    <message>
        <source>Third party payment amount</source>
        <translation>Betrag der Zahlung durch Dritte</translation>
    </message>
    <message>
        <source>Third party payment description</source>
        <translation>Beschreibung der Zahlung durch Dritte</translation>
    </message>
    <message>
        <source>commercial invoice</source>
        <translation>Handelsrechnung</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>corrected invoice</source>
        <translation>korrigierte Rechnung</translation>
    </message>
    <message>
        <source>self-billed invoice</source>
        <translation>Selbst ausgestellte Rechnung (Gutschriftverfahren)</translation>
    </message>
    <message>
        <source>partial invoice</source>
        <translation>Teilrechnung</translation>
    </message>
    <message>
        <source>partial construction invoice</source>
        <translation>Abschlagsrechnung (Bauleistung)</translation>
    </message>
    <message>
        <source>partial final construction invoice</source>
        <translation>Teilschlussrechnung (Bauleistung)</translation>
    </message>
    <message>
        <source>final construction invoice</source>
        <translation>Schlussrechnung (Bauleistung)</translation>
    </message>
    <message>
        <source>self-billed credit note</source>
        <translation>Selbst ausgestellte Gutschrift</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>in cash</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>credit transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>payment to bank account</source>
        <translation>Zahlung auf Bankkonto</translation>
    </message>
    <message>
        <source>bank card</source>
        <translation>Bankkarte</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <source>standing agreement</source>
        <translation>Dauerauftrag</translation>
    </message>
    <message>
        <source>SEPA credit transfer</source>
        <translation>SEPA-Überweisung</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>SEPA-Lastschrift</translation>
    </message>
    <message>
        <source>clearing between partners</source>
        <translation>Verrechnung zwischen Partnern</translation>
    </message>
    <message>
        <source>standard rate</source>
        <translation>Normalsatz</translation>
    </message>
    <message>
        <source>zero rated goods</source>
        <translation>Nullsatz</translation>
    </message>
    <message>
        <source>exempt from tax</source>
        <translation>steuerbefreit</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>Umkehrung der Steuerschuldnerschaft</translation>
    </message>
    <message>
        <source>intra-community supply</source>
        <translation>innergemeinschaftliche Lieferung</translation>
    </message>
    <message>
        <source>export outside the EU</source>
        <translation>Ausfuhr außerhalb der EU</translation>
    </message>
    <message>
        <source>not subject to VAT</source>
        <translation>nicht umsatzsteuerbar</translation>
    </message>
    <message>
        <source>Canary Islands general indirect tax</source>
        <translation>allgemeine indirekte Steuer der Kanarischen Inseln (IGIC)</translation>
    </message>
    <message>
        <source>tax for production, services and importation in Ceuta and Melilla</source>
        <translation>Steuer für Produktion, Dienstleistungen und Einfuhr in Ceuta und Melilla (IPSI)</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
</context>
<context>
    <name>InvoiceTaskSource</name>
    <message>
        <source>The task names no invoice (&quot;%1&quot;).</source>
        <translation>Die Aufgabe nennt keine Rechnung („%1“).</translation>
    </message>
</context>
<context>
    <name>InvoiceWriter</name>
    <message>
        <source>The invoice draft lacks %1.</source>
        <translation>Im Rechnungsentwurf fehlt %1.</translation>
    </message>
    <message>
        <source>the seller&apos;s name (BT-27)</source>
        <translation>der Name des Verkäufers (BT-27)</translation>
    </message>
    <message>
        <source>the buyer&apos;s name (BT-44)</source>
        <translation>der Name des Käufers (BT-44)</translation>
    </message>
    <message>
        <source>the seller&apos;s post code (BT-38)</source>
        <translation>die Postleitzahl des Verkäufers (BT-38)</translation>
    </message>
    <message>
        <source>the buyer&apos;s post code (BT-53)</source>
        <translation>die Postleitzahl des Käufers (BT-53)</translation>
    </message>
    <message>
        <source>the seller&apos;s city (BT-37)</source>
        <translation>der Ort des Verkäufers (BT-37)</translation>
    </message>
    <message>
        <source>the buyer&apos;s city (BT-52)</source>
        <translation>der Ort des Käufers (BT-52)</translation>
    </message>
    <message>
        <source>The seller&apos;s country &quot;%1&quot; (BT-40) is not a code of two capital letters such as DE.</source>
        <translation>Das Land des Verkäufers „%1“ (BT-40) ist kein Code aus zwei Großbuchstaben wie DE.</translation>
    </message>
    <message>
        <source>The buyer&apos;s country &quot;%1&quot; (BT-55) is not a code of two capital letters such as DE.</source>
        <translation>Das Land des Käufers „%1“ (BT-55) ist kein Code aus zwei Großbuchstaben wie DE.</translation>
    </message>
    <message>
        <source>the seller&apos;s electronic address and its scheme (BT-34)</source>
        <translation>die elektronische Adresse des Verkäufers samt Schema (BT-34)</translation>
    </message>
    <message>
        <source>the buyer&apos;s electronic address and its scheme (BT-49)</source>
        <translation>die elektronische Adresse des Käufers samt Schema (BT-49)</translation>
    </message>
    <message>
        <source>The seller&apos;s VAT identifier &quot;%1&quot; (BT-31) must start with its country prefix, as in DE123456789, and have no spaces.</source>
        <translation>Die USt.-Identifikationsnummer des Verkäufers „%1“ (BT-31) muss wie in DE123456789 mit dem Länderpräfix beginnen und darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT identifier &quot;%1&quot; (BT-48) must start with its country prefix, as in DE123456789, and have no spaces.</source>
        <translation>Die USt.-Identifikationsnummer des Käufers „%1“ (BT-48) muss wie in DE123456789 mit dem Länderpräfix beginnen und darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>the seller&apos;s VAT identifier (BT-31), or else both the tax number (BT-32) and the legal registration identifier (BT-30)</source>
        <translation>die USt.-Identifikationsnummer des Verkäufers (BT-31) oder aber sowohl die Steuernummer (BT-32) als auch die Kennung der rechtlichen Registrierung (BT-30)</translation>
    </message>
    <message>
        <source>the seller&apos;s contact (BG-6) with name, telephone and e-mail address (BT-41 to BT-43), which XRechnung requires</source>
        <translation>die von XRechnung verlangten Kontaktinformationen des Verkäufers (BG-6) mit Name, Telefonnummer und E-Mail-Adresse (BT-41 bis BT-43)</translation>
    </message>
    <message>
        <source>the item name of line %1 (BT-153)</source>
        <translation>die Artikelbezeichnung in Zeile %1 (BT-153)</translation>
    </message>
    <message>
        <source>the unit of the quantity of line %1 (BT-130)</source>
        <translation>die Mengeneinheit in Zeile %1 (BT-130)</translation>
    </message>
    <message>
        <source>The net price of line %1 (BT-146) is %2; a price is never negative (invoice a negative quantity instead).</source>
        <translation>Der Nettopreis in Zeile %1 (BT-146) ist %2; ein Preis ist nie negativ (stellen Sie stattdessen eine negative Menge in Rechnung).</translation>
    </message>
    <message>
        <source>Line %1 has the standard VAT category S with the rate %2 %; the rate must be above 0 (BR-S-05).</source>
        <translation>Zeile %1 hat die Standard-Umsatzsteuerkategorie S mit dem Satz %2 %; der Satz muss über 0 liegen (BR-S-05).</translation>
    </message>
    <message>
        <source>Line %1 has the VAT category &quot;%2&quot; (BT-151); the writer knows S (standard rate), Z (zero rated) and E (exempt).</source>
        <translation>Zeile %1 hat die Umsatzsteuerkategorie „%2“ (BT-151); der Rechnungsgenerator kennt S (Normalsatz), Z (Nullsatz) und E (steuerbefreit).</translation>
    </message>
    <message>
        <source>Line %1 has the VAT category %2 with the rate %3 %; in that category the rate is 0.</source>
        <translation>Zeile %1 hat die Umsatzsteuerkategorie %2 mit dem Satz %3 %; in dieser Kategorie ist der Satz 0.</translation>
    </message>
    <message>
        <source>the VAT exemption reason (BT-120) that line %1, exempt from VAT, needs</source>
        <translation>der Befreiungsgrund (BT-120), den die umsatzsteuerbefreite Zeile %1 braucht</translation>
    </message>
    <message>
        <source>The invoice draft has the character U+%1, which XML cannot carry, in &quot;%2&quot;.</source>
        <translation>Der Rechnungsentwurf enthält in „%2“ das Zeichen U+%1, das in XML nicht darstellbar ist.</translation>
    </message>
    <message>
        <source>the invoice number (BT-1)</source>
        <translation>die Rechnungsnummer (BT-1)</translation>
    </message>
    <message>
        <source>the issue date (BT-2)</source>
        <translation>das Rechnungsdatum (BT-2)</translation>
    </message>
    <message>
        <source>The due date %1 (BT-9) lies before the issue date %2 (BT-2).</source>
        <translation>Das Fälligkeitsdatum %1 (BT-9) liegt vor dem Rechnungsdatum %2 (BT-2).</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; (BT-5) is not a code of three capital letters such as EUR.</source>
        <translation>Die Währung „%1“ (BT-5) ist kein Code aus drei Großbuchstaben wie EUR.</translation>
    </message>
    <message>
        <source>the buyer reference (BT-10), for public buyers their Leitweg-ID</source>
        <translation>die Käuferreferenz (BT-10), bei öffentlichen Auftraggebern deren Leitweg-ID</translation>
    </message>
    <message>
        <source>the IBAN to pay to (BT-84)</source>
        <translation>die IBAN für die Zahlung (BT-84)</translation>
    </message>
    <message>
        <source>The IBAN %1 (BT-84) is not valid: its check digits do not match or it has the wrong form.</source>
        <translation>Die IBAN %1 (BT-84) ist ungültig: Ihre Prüfziffern stimmen nicht oder ihre Form ist falsch.</translation>
    </message>
    <message>
        <source>The payment terms (BT-20) have the line &quot;%1&quot;, which is not a Skonto line in the XRechnung form #SKONTO#TAGE=14#PROZENT=2.00# (BR-DE-18).</source>
        <translation>Die Zahlungsbedingungen (BT-20) enthalten die Zeile „%1“, die keine Skonto-Zeile in der XRechnung-Form #SKONTO#TAGE=14#PROZENT=2.00# ist (BR-DE-18).</translation>
    </message>
    <message>
        <source>The invoice draft has no lines; an invoice needs at least one (BG-25).</source>
        <translation>Der Rechnungsentwurf hat keine Positionen; eine Rechnung braucht mindestens eine (BG-25).</translation>
    </message>
    <message>
        <source>Two lines have the id %1 (BT-126).</source>
        <translation>Zwei Positionen haben die Kennung %1 (BT-126).</translation>
    </message>
    <message>
        <source>The invoice draft lacks a due date (BT-9) or payment terms (BT-20); an invoice with an amount due needs one of them (BR-CO-25).</source>
        <translation>Im Rechnungsentwurf fehlen ein Fälligkeitsdatum (BT-9) oder Zahlungsbedingungen (BT-20); eine Rechnung mit Zahlbetrag braucht eines davon (BR-CO-25).</translation>
    </message>
    <message>
        <source>The invoice %1 could not be written as XML.</source>
        <translation>Die Rechnung %1 konnte nicht als XML geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>KeysetQuery</name>
    <message>
        <source>An outline needs a step of at least one row.</source>
        <translation>Eine Gliederung braucht einen Abstand von mindestens einer Zeile.</translation>
    </message>
    <message>
        <source>The outline of the list was no longer needed.</source>
        <translation>Die Gliederung der Liste wurde nicht mehr gebraucht.</translation>
    </message>
    <message>
        <source>A database statement failed: %1</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>MilestoneTaskSource</name>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>A milestone can only be marked reached.</source>
        <translation>Ein Meilenstein kann nur als erreicht markiert werden.</translation>
    </message>
</context>
<context>
    <name>OzgServices</name>
    <message>
        <source>the catalogue</source>
        <translation>Der Katalog</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; the OZG catalogue is far smaller.</source>
        <translation>%1 ist größer als 50 MB; der OZG-Katalog ist deutlich kleiner.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text; save the catalogue as CSV (UTF-8).</source>
        <translation>%1 ist kein gültiger UTF-8-Text; speichern Sie den Katalog als CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1 contains a NUL character: it is not a CSV text file.</source>
        <translation>%1 enthält ein NUL-Zeichen: Es ist keine CSV-Textdatei.</translation>
    </message>
    <message>
        <source>%1 is empty or has no header line.</source>
        <translation>%1 ist leer oder hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation>%1, Zeile %2: Ein Feld in Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>%1, line 1: the column &quot;%2&quot; appears twice.</source>
        <translation>%1, Zeile 1: Die Spalte „%2“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>%1, line 1: the column &quot;%2&quot; is missing (expected: leika_key,leika_name,leika_type,ozg_id,ozg_name,life_situation,topic).</source>
        <translation>%1, Zeile 1: Die Spalte „%2“ fehlt (erwartet: leika_key,leika_name,leika_type,ozg_id,ozg_name,life_situation,topic).</translation>
    </message>
    <message>
        <source>it has %1 fields, the header has %2.</source>
        <translation>Sie hat %1 Felder, die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation>Ein Feld ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>the OZG id is missing.</source>
        <translation>Die OZG-ID fehlt.</translation>
    </message>
    <message>
        <source>the OZG id &quot;%1&quot; is not a number of 1 to 10 digits.</source>
        <translation>Die OZG-ID „%1“ ist keine Zahl mit 1 bis 10 Ziffern.</translation>
    </message>
    <message>
        <source>the LeiKa name is missing.</source>
        <translation>Die LeiKa-Bezeichnung fehlt.</translation>
    </message>
    <message>
        <source>the OZG name is missing.</source>
        <translation>Die OZG-Bezeichnung fehlt.</translation>
    </message>
    <message>
        <source>the LeiKa key &quot;%1&quot; is not 14 digits (nor &quot;nicht im LeiKa&quot;).</source>
        <translation>Der LeiKa-Schlüssel „%1“ hat nicht 14 Ziffern (und lautet auch nicht „nicht im LeiKa“).</translation>
    </message>
    <message>
        <source>it repeats the service of line %1 (%2, OZG id %3).</source>
        <translation>Sie wiederholt die Leistung aus Zeile %1 (%2, OZG-ID %3).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no catalogue entry number %1.</source>
        <translation>Es gibt keinen Katalogeintrag mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The catalogue has no service with the LeiKa key or OZG id &quot;%1&quot;.</source>
        <translation>Der Katalog enthält keine Leistung mit dem LeiKa-Schlüssel oder der OZG-ID „%1“.</translation>
    </message>
    <message>
        <source>%1 may not maintain the OZG services of this department: that needs the programme manager, or the digitalisation officer of the department.</source>
        <translation>%1 darf die OZG-Leistungen dieser Organisationseinheit nicht pflegen: Dafür ist die Projektleitung Digitalisierungsprogramm oder die bzw. der Digitalisierungsbeauftragte der Organisationseinheit erforderlich.</translation>
    </message>
    <message>
        <source>A service needs a responsible department; number %1 is none.</source>
        <translation>Eine Leistung braucht eine zuständige Organisationseinheit; die Nummer %1 ist keine.</translation>
    </message>
    <message>
        <source>There is no sub-project number %1 to link the service to.</source>
        <translation>Es gibt kein Teilprojekt mit der Nummer %1, mit dem die Leistung verknüpft werden kann.</translation>
    </message>
    <message>
        <source>The maturity level %1 does not exist in model %2: its levels are 0 to %3.</source>
        <translation>Den Reifegrad %1 gibt es im Modell %2 nicht: Dessen Stufen reichen von 0 bis %3.</translation>
    </message>
    <message>
        <source>The online service link &quot;%1&quot; is not an http or https address.</source>
        <translation>Der Link zur Online-Leistung „%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>The district offers this catalogue service already (service number %1).</source>
        <translation>Der Landkreis bietet diese Katalogleistung bereits an (Leistungsnummer %1).</translation>
    </message>
    <message>
        <source>A maturity change cannot be dated %1, after today.</source>
        <translation>Eine Änderung des Reifegrads kann nicht auf den %1 datiert werden, da dieser nach dem heutigen Tag liegt.</translation>
    </message>
    <message>
        <source>A maturity change cannot be dated %1, before the last recorded step of %2.</source>
        <translation>Eine Änderung des Reifegrads kann nicht auf den %1 datiert werden, da dieser vor der letzten erfassten Änderung vom %2 liegt.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; was changed by someone else meanwhile; reload it and enter the change again.</source>
        <translation>Die Leistung „%1“ wurde inzwischen von einer anderen Person geändert; laden Sie sie neu und geben Sie die Änderung erneut ein.</translation>
    </message>
    <message>
        <source>There is no offered service number %1.</source>
        <translation>Es gibt keine angebotene Leistung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The first maturity step of a service cannot be dated in the future (%1); today is %2.</source>
        <translation>Die erste Reifegradstufe einer Leistung kann nicht in der Zukunft datiert werden (%1); heute ist der %2.</translation>
    </message>
</context>
<context>
    <name>PageBuffer</name>
    <message>
        <source>No shared buffer for rendered pages could be created: %1</source>
        <translation>Es konnte kein gemeinsamer Puffer für dargestellte Seiten angelegt werden: %1</translation>
    </message>
    <message>
        <source>Only 32-bit images without row padding go through the page buffer.</source>
        <translation>Nur 32-Bit-Bilder ohne Zeilenauffüllung können über den Seitenpuffer übertragen werden.</translation>
    </message>
    <message>
        <source>The rendered page could not be written to the shared buffer: %1</source>
        <translation>Die dargestellte Seite konnte nicht in den gemeinsamen Puffer geschrieben werden: %1</translation>
    </message>
    <message>
        <source>There is not enough memory for a page of %1 × %2 pixels.</source>
        <translation>Für eine Seite mit %1 × %2 Pixeln ist nicht genug Speicher vorhanden.</translation>
    </message>
    <message>
        <source>The shared buffer holds less than the rendered page announced.</source>
        <translation>Der gemeinsame Puffer enthält weniger Daten, als für die dargestellte Seite angekündigt wurden.</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be read as a PDF.</source>
        <translation>%1 ist keine reguläre Datei und kann daher nicht als PDF gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>the PDF data (%n bytes)</source>
        <translation>
            <numerusform>der PDF-Inhalt (%n Byte)</numerusform>
            <numerusform>der PDF-Inhalt (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is empty: it is not a PDF file.</source>
        <translation>%1 ist leer: Das ist keine PDF-Datei.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 ist keine PDF-Datei.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as a PDF.</source>
        <translation>%1 ist beschädigt und kann nicht als PDF gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is protected by a password: enter the password to open it.</source>
        <translation>%1 ist kennwortgeschützt: Geben Sie das Kennwort ein, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>The password for %1 is wrong.</source>
        <translation>Das Kennwort für %1 ist falsch.</translation>
    </message>
    <message>
        <source>%1 is damaged: it contains no readable pages.</source>
        <translation>%1 ist beschädigt: Es sind keine lesbaren Seiten enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no page %2: it has %n page(s).</source>
        <translation>
            <numerusform>%1 hat keine Seite %2: Das Dokument hat %n Seite.</numerusform>
            <numerusform>%1 hat keine Seite %2: Das Dokument hat %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>A page cannot be shown at %1 dpi: the resolution must be above 0 and at most %2 dpi.</source>
        <translation>Eine Seite kann nicht mit %1 dpi angezeigt werden: Die Auflösung muss größer als 0 und höchstens %2 dpi sein.</translation>
    </message>
    <message>
        <source>A page cannot be turned by %1 degrees: only 0, 90, 180 and 270 are possible.</source>
        <translation>Eine Seite kann nicht um %1 Grad gedreht werden: Möglich sind nur 0, 90, 180 und 270.</translation>
    </message>
    <message>
        <source>Page %1 of %2 is damaged and cannot be shown.</source>
        <translation>Seite %1 in %2 ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2 has no area and cannot be shown.</source>
        <translation>Seite %1 in %2 hat keine Fläche und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2 is too large to show at %3 dpi (%4 × %5 pixels).</source>
        <translation>Seite %1 in %2 ist zu groß, um mit %3 dpi angezeigt zu werden (%4 × %5 Pixel).</translation>
    </message>
    <message>
        <source>Showing page %1 of %2 was cancelled.</source>
        <translation>Die Anzeige von Seite %1 in %2 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be drawn: the page is damaged or needs more memory than is available.</source>
        <translation>Seite %1 in %2 konnte nicht dargestellt werden: Die Seite ist beschädigt oder braucht mehr Arbeitsspeicher, als verfügbar ist.</translation>
    </message>
    <message>
        <source>Page %1 of %2 needs more memory than is available.</source>
        <translation>Seite %1 in %2 braucht mehr Arbeitsspeicher, als verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>PdfWorker</name>
    <message>
        <source>The PDF reader %1 cannot be started (%2): PDFs cannot be indexed or previewed until Amtsdesk is installed completely.</source>
        <translation>Das PDF-Leseprogramm %1 kann nicht gestartet werden (%2): PDF-Dateien können erst indiziert und in der Vorschau angezeigt werden, wenn Amtsdesk vollständig installiert ist.</translation>
    </message>
    <message>
        <source>The program %1 is not a working PDF reader for this version of Amtsdesk: PDFs cannot be indexed or previewed until Amtsdesk is installed completely.</source>
        <translation>Das Programm %1 ist kein funktionierendes PDF-Leseprogramm für diese Version von Amtsdesk: PDF-Dateien können erst indiziert und in der Vorschau angezeigt werden, wenn Amtsdesk vollständig installiert ist.</translation>
    </message>
    <message>
        <source>The PDF reader gave an invalid answer while reading %1 and was restarted: the file is stored, but cannot be indexed or previewed.</source>
        <translation>Das PDF-Leseprogramm hat beim Lesen von %1 eine ungültige Antwort gegeben und wurde neu gestartet: Die Datei ist gespeichert, kann aber nicht indiziert oder in der Vorschau angezeigt werden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: it does not exist or you may not read it.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: Sie ist nicht vorhanden, oder es fehlt die Leseberechtigung.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 ist keine PDF-Datei.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as a PDF.</source>
        <translation>%1 ist beschädigt und kann nicht als PDF gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is protected by a password: enter the password to open it.</source>
        <translation>%1 ist kennwortgeschützt: Geben Sie das Kennwort ein, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>The password for %1 is wrong.</source>
        <translation>Das Kennwort für %1 ist falsch.</translation>
    </message>
    <message>
        <source>%1 needs more memory than the PDF reader may use (%2 MB): it is stored, but cannot be indexed or previewed.</source>
        <translation>%1 braucht mehr Arbeitsspeicher, als das PDF-Leseprogramm verwenden darf (%2 MB): Die Datei ist gespeichert, kann aber nicht indiziert oder in der Vorschau angezeigt werden.</translation>
    </message>
    <message>
        <source>The PDF reader refused a request for %1: %2</source>
        <translation>Das PDF-Leseprogramm hat eine Anfrage zu %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>A thumbnail must be between 0 and %1 pixels wide, not %2.</source>
        <translation>Eine Miniaturansicht muss zwischen 0 und %1 Pixel breit sein, nicht %2.</translation>
    </message>
    <message>
        <source>There is not enough memory to show a page of %1 (%2 × %3 pixels).</source>
        <translation>Es ist nicht genug Arbeitsspeicher vorhanden, um eine Seite von %1 anzuzeigen (%2 × %3 Pixel).</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The PDF reader sent too much data while reading %1 and was restarted.</source>
        <translation>Das PDF-Leseprogramm hat beim Lesen von %1 zu viele Daten gesendet und wurde neu gestartet.</translation>
    </message>
    <message>
        <source>%1 could not be read within %2 s.</source>
        <translation>%1 konnte nicht innerhalb von %2 s gelesen werden.</translation>
    </message>
    <message>
        <source>%1 could not be read within the memory limit of %2 MB.</source>
        <translation>%1 konnte nicht innerhalb der Speichergrenze von %2 MB gelesen werden.</translation>
    </message>
    <message>
        <source>%1 made the PDF reader stop unexpectedly.</source>
        <translation>Beim Lesen von %1 wurde das PDF-Leseprogramm unerwartet beendet.</translation>
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
    <name>ProgrammeCharts</name>
    <message>
        <source>Traffic lights by programme area</source>
        <translation>Ampeln nach Programmbereich</translation>
    </message>
    <message>
        <source>Traffic lights by department</source>
        <translation>Ampeln nach Organisationseinheit</translation>
    </message>
    <message>
        <source>Sub-projects by phase</source>
        <translation>Teilprojekte nach Phase</translation>
    </message>
    <message>
        <source>Sub-projects</source>
        <translation>Teilprojekte</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>OZG services by maturity level</source>
        <translation>OZG-Leistungen nach Reifegrad</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>sub-projects</source>
        <translation>Teilprojekte</translation>
    </message>
    <message>
        <source>Timeline of the sub-projects</source>
        <translation>Zeitplan der Teilprojekte</translation>
    </message>
    <message>
        <source>Milestone reached</source>
        <translation>Meilenstein erreicht</translation>
    </message>
    <message>
        <source>Milestone open</source>
        <translation>Meilenstein offen</translation>
    </message>
    <message>
        <source>Milestone overdue</source>
        <translation>Meilenstein überfällig</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Milestones by sponsoring department</source>
        <translation>Meilensteine nach federführender Organisationseinheit</translation>
    </message>
    <message>
        <source>Milestones by month</source>
        <translation>Meilensteine nach Monat</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>maturity level</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Training coverage by department and course</source>
        <translation>Schulungsquote nach Organisationseinheit und Schulung</translation>
    </message>
    <message>
        <source>Training coverage by course (mean over departments)</source>
        <translation>Schulungsquote nach Schulung (Mittelwert über die Organisationseinheiten)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Staff trained (%)</source>
        <translation>Geschulte Beschäftigte (%)</translation>
    </message>
    <message>
        <source>Maturity of the OZG services over the year (model %1)</source>
        <translation>Reifegrad der OZG-Leistungen im Jahresverlauf (Modell %1)</translation>
    </message>
</context>
<context>
    <name>ProgrammeOptions</name>
    <message>
        <source>--lead: %1</source>
        <translation>--lead: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--file: %1</source>
        <translation>--file: %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1: „%2“ ist kein Datum; geben Sie es im Format YYYY-MM-DD an.</translation>
    </message>
    <message>
        <source>%1: %2 lies in the future.</source>
        <translation>%1: %2 liegt in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>ProgrammeReport</name>
    <message>
        <source>There is no department number %1 to report on.</source>
        <translation>Es gibt keine Organisationseinheit mit der Nummer %1, über die berichtet werden kann.</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Gesamtes Programm</translation>
    </message>
    <message>
        <source>The programme report is for the people of this store; nobody is signed in.</source>
        <translation>Der Statusbericht des Programms ist für die Personen dieses Datenbestands bestimmt; es ist niemand angemeldet.</translation>
    </message>
</context>
<context>
    <name>ProgrammeReportDocument</name>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Für den Bericht wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: the PDF could not be started.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: Die PDF-Erzeugung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: page %2 could not be added.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: Seite %2 konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: the PDF could not be finished.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: Die PDF-Erzeugung konnte nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTerms</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>E-File</source>
        <translation>E-Akte</translation>
    </message>
    <message>
        <source>E-Invoice</source>
        <translation>E-Rechnung</translation>
    </message>
    <message>
        <source>OZG Services</source>
        <translation>OZG-Leistungen</translation>
    </message>
    <message>
        <source>Process Management</source>
        <translation>Prozessmanagement</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>in Planung</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>umgesetzt</translation>
    </message>
    <message>
        <source>OZG maturity model 1.1</source>
        <translation>OZG-Reifegradmodell 1.1</translation>
    </message>
    <message>
        <source>OZG maturity model 2.0</source>
        <translation>OZG-Reifegradmodell 2.0</translation>
    </message>
    <message>
        <source>E-file training</source>
        <translation>E-Akte-Schulung</translation>
    </message>
    <message>
        <source>E-invoice training</source>
        <translation>E-Rechnungs-Schulung</translation>
    </message>
    <message>
        <source>Digitalisation training</source>
        <translation>Digitalisierungsschulung</translation>
    </message>
    <message>
        <source>Lightning talk</source>
        <translation>Blitzlicht-Vortrag</translation>
    </message>
    <message>
        <source>Consultation hours</source>
        <translation>Sprechstunde</translation>
    </message>
    <message>
        <source>Citizens&apos; workshop</source>
        <translation>Bürgerwerkstatt</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Innovation team</source>
        <translation>Innovationsteam</translation>
    </message>
    <message>
        <source>Staff workshop</source>
        <translation>Beschäftigtenworkshop</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>Recalculator</name>
    <message>
        <source>VAT %1 %2 % on %3</source>
        <translation>USt. %1 %2 % auf %3</translation>
    </message>
    <message>
        <source>Sum of the invoice lines</source>
        <translation>Summe der Rechnungspositionen</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Nachlässe</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Zuschläge</translation>
    </message>
    <message>
        <source>Total without VAT</source>
        <translation>Gesamtbetrag ohne USt.</translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation>Umsatzsteuer gesamt</translation>
    </message>
    <message>
        <source>Total with VAT</source>
        <translation>Gesamtbetrag mit USt.</translation>
    </message>
    <message>
        <source>Amount due for payment</source>
        <translation>Fälliger Zahlungsbetrag</translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Teilprojekt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>%1 %2 has no workflow item, so it has no state.</source>
        <translation>%1 %2 hat keinen Workflow-Eintrag und damit keinen Status.</translation>
    </message>
    <message>
        <source>Workflow item %1 belongs to a record that does not exist: %2 %3.</source>
        <translation>Workflow-Eintrag %1 gehört zu einem Datensatz, der nicht existiert: %2 %3.</translation>
    </message>
    <message>
        <source>Invoice %1 points at workflow item %2, which is not its own.</source>
        <translation>Rechnung %1 verweist auf den Workflow-Eintrag %2, der nicht zu ihr gehört.</translation>
    </message>
    <message>
        <source>Workflow item %1 has no history.</source>
        <translation>Workflow-Eintrag %1 hat keinen Verlauf.</translation>
    </message>
    <message>
        <source>Workflow item %1 is in state &quot;%2&quot;, but its history ends in &quot;%3&quot;.</source>
        <translation>Workflow-Eintrag %1 ist im Status „%2“, aber sein Verlauf endet in „%3“.</translation>
    </message>
    <message>
        <source>Workflow item %1 (%2 %3) has no audit entry for its start.</source>
        <translation>Workflow-Eintrag %1 (%2 %3) hat keinen Protokolleintrag für seinen Beginn.</translation>
    </message>
    <message>
        <source>Workflow item %1 (%2 %3) took %4 steps, but the audit trail records %5.</source>
        <translation>Workflow-Eintrag %1 (%2 %3) hat %4 Schritte durchlaufen, das Protokoll verzeichnet aber %5.</translation>
    </message>
    <message>
        <source>Document %1 has no version, so no stored file.</source>
        <translation>Dokument %1 hat keine Version und damit keine gespeicherte Datei.</translation>
    </message>
    <message>
        <source>Document %1 lacks versions: it has %2 of the versions 1 to %3.</source>
        <translation>Bei Dokument %1 fehlen Versionen: Es hat %2 der Versionen 1 bis %3.</translation>
    </message>
    <message>
        <source>Document %1, version %2, is marked as indexed, but it is not in the search index.</source>
        <translation>Dokument %1, Version %2, ist als indiziert gekennzeichnet, steht aber nicht im Suchindex.</translation>
    </message>
    <message>
        <source>%1 %2 has no audit entry &quot;%3&quot;.</source>
        <translation>%1 %2 hat keinen Protokolleintrag „%3“.</translation>
    </message>
    <message>
        <source>Document %1, version %2, has no audit entry &quot;%3&quot;.</source>
        <translation>Dokument %1, Version %2, hat keinen Protokolleintrag „%3“.</translation>
    </message>
    <message>
        <source>Note %1 (on %2 %3) has no audit entry &quot;%4&quot;.</source>
        <translation>Vermerk %1 (zu %2 %3) hat keinen Protokolleintrag „%4“.</translation>
    </message>
    <message>
        <source>Audit entry %1 (&quot;%2&quot;) names a record that does not exist and was not destroyed: %3 %4.</source>
        <translation>Protokolleintrag %1 („%2“) nennt einen Datensatz, der nicht existiert und nicht vernichtet wurde: %3 %4.</translation>
    </message>
    <message>
        <source>A check could not run: %1</source>
        <translation>Eine Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>… and %1 more of the same kind.</source>
        <translation>… und %1 weitere derselben Art.</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>level %1 (model %2)</source>
        <translation>Stufe %1 (Modell %2)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Teilprojekt</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>No sub-projects in this scope.</source>
        <translation>Im Berichtsbereich gibt es keine Teilprojekte.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>Letzter Statusbericht</translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>noch kein Bericht</translation>
    </message>
    <message>
        <source>No service went online in the period.</source>
        <translation>Im Berichtszeitraum ist keine Leistung online gegangen.</translation>
    </message>
    <message>
        <source>Service (LeiKa)</source>
        <translation>Leistung (LeiKa)</translation>
    </message>
    <message>
        <source>LeiKa key</source>
        <translation>LeiKa-Schlüssel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Online since</source>
        <translation>Online seit</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>No course is required in this scope.</source>
        <translation>Im Berichtsbereich ist keine Schulung vorgeschrieben.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Trained / required</source>
        <translation>Geschult / teilnahmepflichtig</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>In the period: %1 sessions, %2 attendances.</source>
        <translation>Im Berichtszeitraum: %1 Schulungstermine, %2 Teilnahmen.</translation>
    </message>
    <message>
        <source>Digitalisation programme – status report</source>
        <translation>Digitalisierungsprogramm – Statusbericht</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Gesamtes Programm</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Berichtsbereich: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Berichtszeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Sub-projects</source>
        <translation>Teilprojekte</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Reached in the period</source>
        <translation>Im Berichtszeitraum erreicht</translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation>Im Berichtszeitraum fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Services that went online</source>
        <translation>Online gegangene Leistungen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulungen</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Sub-projects</source>
        <translation>Teilprojekte</translation>
    </message>
    <message>
        <source>Sub-projects in the scope of the report</source>
        <translation>Teilprojekte im Berichtsumfang</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Sub-projects whose latest status is amber</source>
        <translation>Teilprojekte, deren letzter Status gelb ist</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Sub-projects whose latest status is red</source>
        <translation>Teilprojekte, deren letzter Status rot ist</translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation>Überfällige Meilensteine</translation>
    </message>
    <message>
        <source>Open milestones whose due date has passed</source>
        <translation>Offene Meilensteine, deren Fälligkeitsdatum überschritten ist</translation>
    </message>
    <message>
        <source>Services online</source>
        <translation>Leistungen online</translation>
    </message>
    <message>
        <source>OZG services of the scope that are online on the day</source>
        <translation>OZG-Leistungen im Berichtsumfang, die am Stichtag online sind</translation>
    </message>
    <message>
        <source>Mean training coverage</source>
        <translation>Mittlere Schulungsquote</translation>
    </message>
    <message>
        <source>none required</source>
        <translation>keine Pflichtschulungen</translation>
    </message>
    <message>
        <source>Mean share of staff trained over every required course and department</source>
        <translation>Mittlerer Anteil geschulter Beschäftigter über alle Pflichtschulungen und Organisationseinheiten</translation>
    </message>
</context>
<context>
    <name>ResolvedScope</name>
    <message>
        <source>The file plan has no unit number %1.</source>
        <translation>Im Aktenplan gibt es keine Einheit mit der Nummer %1.</translation>
    </message>
    <message>
        <source>There is no case number %1.</source>
        <translation>Es gibt keinen Vorgang mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>ResubmissionTaskSource</name>
    <message>
        <source>Resubmission</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>A resubmission can only be marked done.</source>
        <translation>Eine Wiedervorlage kann nur als erledigt markiert werden.</translation>
    </message>
</context>
<context>
    <name>Resubmissions</name>
    <message>
        <source>A resubmission needs a date.</source>
        <translation>Eine Wiedervorlage braucht ein Datum.</translation>
    </message>
    <message>
        <source>A resubmission needs a reason of 1 to 1,000 characters.</source>
        <translation>Eine Wiedervorlage braucht eine Begründung mit 1 bis 1.000 Zeichen.</translation>
    </message>
    <message>
        <source>%1 does not work in the department %2 of this file.</source>
        <translation>%1 arbeitet nicht in der Organisationseinheit %2 dieser Akte.</translation>
    </message>
    <message>
        <source>There is no resubmission number %1.</source>
        <translation>Es gibt keine Wiedervorlage mit der Nummer %1.</translation>
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
    <name>ScaleGenerator</name>
    <message>
        <source>The blob folder %1 cannot be renamed.</source>
        <translation>Der Ordner für Dokumentdateien %1 kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>The generator ran out of files.</source>
        <translation>Dem Generator sind die Akten ausgegangen.</translation>
    </message>
    <message>
        <source>The number of documents must be between 1 and 10,000,000, not %1.</source>
        <translation>Die Anzahl der Dokumente muss zwischen 1 und 10.000.000 liegen, nicht bei %1.</translation>
    </message>
    <message>
        <source>%1 was not made by &apos;generate&apos;; generated records go only into a new store or one that &apos;generate&apos; made.</source>
        <translation>%1 wurde nicht mit &apos;generate&apos; angelegt; generierte Datensätze kommen nur in einen neuen Datenbestand oder in einen, den &apos;generate&apos; angelegt hat.</translation>
    </message>
    <message>
        <source>%1 is being generated with seed %2, %3 documents, up to %4; run &apos;generate&apos; with these to go on, or choose another store.</source>
        <translation>%1 wird gerade mit Startwert %2, %3 Dokumenten und bis %4 generiert; führen Sie &apos;generate&apos; mit diesen Angaben aus, um fortzufahren, oder wählen Sie einen anderen Datenbestand.</translation>
    </message>
</context>
<context>
    <name>ScaleWriter</name>
    <message>
        <source>No temporary folder can be made for the generated invoices.</source>
        <translation>Für die generierten Rechnungen kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The department %1 has no clerk to keep its files.</source>
        <translation>Die Organisationseinheit %1 hat keine Sachbearbeitung, die ihre Akten führt.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ScopedList</name>
    <message>
        <source>Number %1 is not in this list.</source>
        <translation>Nummer %1 ist nicht in dieser Liste.</translation>
    </message>
</context>
<context>
    <name>SearchExtensions</name>
    <message>
        <source>The full-text search cannot be set up without an open database connection.</source>
        <translation>Die Volltextsuche kann ohne geöffnete Datenbankverbindung nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>The SQLite library in use has no full-text search (FTS5), so the store&apos;s search index cannot be used.</source>
        <translation>Die verwendete SQLite-Bibliothek hat keine Volltextsuche (FTS5), daher kann der Suchindex des Datenbestands nicht verwendet werden.</translation>
    </message>
    <message>
        <source>SQLite refused the German search tokenizer: %1</source>
        <translation>SQLite hat den deutschen Such-Tokenizer abgelehnt: %1</translation>
    </message>
    <message>
        <source>SQLite refused the search ranking function: %1</source>
        <translation>SQLite hat die Funktion zur Rangfolge der Suchtreffer abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The parenthesis at position %1 nests more than %2 levels deep; simplify the search.</source>
        <translation>Die Klammer an Position %1 ist mehr als %2 Ebenen tief verschachtelt; vereinfachen Sie die Suche.</translation>
    </message>
    <message>
        <source>The closing parenthesis &quot;)&quot; at position %1 has no opening &quot;(&quot; before it.</source>
        <translation>Vor der schließenden Klammer „)“ an Position %1 steht keine öffnende Klammer „(“.</translation>
    </message>
    <message>
        <source>The parenthesis &quot;(&quot; at position %1 is never closed: add a &quot;)&quot; or remove it.</source>
        <translation>Die Klammer „(“ an Position %1 wird nicht geschlossen: Fügen Sie eine „)“ hinzu oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The quote at position %1 is never closed: add a closing &quot; or remove it.</source>
        <translation>Das Anführungszeichen an Position %1 wird nicht geschlossen: Fügen Sie ein schließendes &quot; hinzu oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; at position %2 cannot be excluded with &quot;-&quot;; remove the &quot;-&quot;.</source>
        <translation>Der Filter „%1“ an Position %2 kann nicht mit „-“ ausgeschlossen werden; entfernen Sie das „-“.</translation>
    </message>
    <message>
        <source>The filter &quot;%1:&quot; at position %2 has no value: write it as %1:value or %1:&quot;value with spaces&quot;.</source>
        <translation>Der Filter „%1:“ an Position %2 hat keinen Wert: Schreiben Sie ihn als %1:Wert oder %1:&quot;Wert mit Leerzeichen&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 contains a word longer than %3 letters, which the search index does not hold.</source>
        <translation>„%1“ an Position %2 enthält ein Wort mit mehr als %3 Buchstaben; solche Wörter enthält der Suchindex nicht.</translation>
    </message>
    <message>
        <source>The prefix search &quot;%1&quot; at position %2 needs at least %3 letters before the *.</source>
        <translation>Die Suche nach dem Wortanfang „%1“ an Position %2 braucht mindestens %3 Buchstaben vor dem *.</translation>
    </message>
    <message>
        <source>The parentheses at position %1 are empty: put words between them or remove them.</source>
        <translation>Die Klammern an Position %1 sind leer: Setzen Sie Wörter hinein oder entfernen Sie die Klammern.</translation>
    </message>
    <message>
        <source>The operators &quot;%1&quot; (position %2) and &quot;%3&quot; (position %4) follow each other: put a word between them.</source>
        <translation>Die Operatoren „%1“ (Position %2) und „%3“ (Position %4) folgen direkt aufeinander: Setzen Sie ein Wort dazwischen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 has nothing to exclude from: a search cannot only exclude words, so put a word to search for before it.</source>
        <translation>„%1“ an Position %2 hat nichts, wovon etwas ausgeschlossen werden kann: Eine Suche kann nicht nur Wörter ausschließen; setzen Sie davor ein Wort, nach dem gesucht werden soll.</translation>
    </message>
    <message>
        <source>The search cannot start with the operator &quot;%1&quot; (position %2): put a word before it.</source>
        <translation>Die Suche kann nicht mit dem Operator „%1“ beginnen (Position %2): Setzen Sie ein Wort davor.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; at position %2 has no word before it inside the parentheses.</source>
        <translation>Vor dem Operator „%1“ an Position %2 steht innerhalb der Klammern kein Wort.</translation>
    </message>
    <message>
        <source>The search cannot end with the operator &quot;%1&quot; (position %2): put a word after it.</source>
        <translation>Die Suche kann nicht mit dem Operator „%1“ enden (Position %2): Setzen Sie ein Wort dahinter.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; at position %2 has no word after it inside the parentheses.</source>
        <translation>Nach dem Operator „%1“ an Position %2 steht innerhalb der Klammern kein Wort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 only excludes: a search cannot consist of excluded words alone, so add a word that the results must contain.</source>
        <translation>„%1“ an Position %2 schließt nur aus: Eine Suche kann nicht allein aus ausgeschlossenen Wörtern bestehen; fügen Sie ein Wort hinzu, das die Treffer enthalten müssen.</translation>
    </message>
    <message>
        <source>The search text could not be read.</source>
        <translation>Der Suchtext konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The search text has %1 characters; at most %2 are allowed.</source>
        <translation>Der Suchtext hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The search is empty: type a word to search for.</source>
        <translation>Die Suche ist leer: Geben Sie ein Suchwort ein.</translation>
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
    <message>
        <source>full-text index: %1</source>
        <translation>Volltextindex: %1</translation>
    </message>
    <message>
        <source>Records: complete (each with its parts and its audit entries)</source>
        <translation>Datensätze: vollständig (jeder mit seinen Bestandteilen und Protokolleinträgen)</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Datensätze: %1</translation>
    </message>
    <message>
        <source>Full-text index: not checked, the store is read-only</source>
        <translation>Volltextindex: nicht geprüft, der Datenbestand ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>SubProjects</name>
    <message>
        <source>The sub-project %1 is changed by people, not by the program itself.</source>
        <translation>Das Teilprojekt %1 wird von Menschen geändert, nicht vom Programm selbst.</translation>
    </message>
    <message>
        <source>%1 may not change the sub-project %2: it is sponsored by the department %3, and a digitalisation officer changes only the sub-projects of their own departments.</source>
        <translation>%1 darf das Teilprojekt %2 nicht ändern: Es wird von der Organisationseinheit %3 getragen, und Digitalisierungsbeauftragte ändern nur die Teilprojekte ihrer eigenen Organisationseinheiten.</translation>
    </message>
    <message>
        <source>%1 may not change the sub-project %2: that needs the role &quot;%3&quot;, or the role &quot;%4&quot; in its sponsoring department %5.</source>
        <translation>%1 darf das Teilprojekt %2 nicht ändern: Dafür ist die Rolle „%3“ erforderlich oder die Rolle „%4“ in der federführenden Organisationseinheit %5.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is not usable: it needs 1 to 20 letters, digits, dots, hyphens or underscores, starting with a letter or digit (such as TP-07).</source>
        <translation>Das Kürzel „%1“ ist nicht verwendbar: Es muss aus 1 bis 20 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen bestehen und mit einem Buchstaben oder einer Ziffer beginnen (z. B. TP-07).</translation>
    </message>
    <message>
        <source>The code %1 belongs to another sub-project already.</source>
        <translation>Das Kürzel %1 gehört bereits zu einem anderen Teilprojekt.</translation>
    </message>
    <message>
        <source>The title of a sub-project needs 1 to 200 characters; it has %1.</source>
        <translation>Der Titel eines Teilprojekts muss 1 bis 200 Zeichen lang sein; er hat %1.</translation>
    </message>
    <message>
        <source>The lead of a sub-project must be a user of Amtsdesk; there is no user %1.</source>
        <translation>Die Leitung eines Teilprojekts muss ein Benutzer von Amtsdesk sein; es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>The lead of a sub-project must be an active user; %1 is not.</source>
        <translation>Die Leitung eines Teilprojekts muss ein aktiver Benutzer sein; %1 ist es nicht.</translation>
    </message>
    <message>
        <source>The sponsoring department of a sub-project must exist; there is no department %1.</source>
        <translation>Die federführende Organisationseinheit eines Teilprojekts muss vorhanden sein; es gibt keine Organisationseinheit %1.</translation>
    </message>
    <message>
        <source>A participating department must exist; there is no department %1.</source>
        <translation>Eine beteiligte Organisationseinheit muss vorhanden sein; es gibt keine Organisationseinheit %1.</translation>
    </message>
    <message>
        <source>The planned start (%1) must not lie after the planned end (%2).</source>
        <translation>Der geplante Beginn (%1) darf nicht nach dem geplanten Ende (%2) liegen.</translation>
    </message>
    <message>
        <source>The forecast start (%1) must not lie after the forecast end (%2).</source>
        <translation>Der prognostizierte Beginn (%1) darf nicht nach dem prognostizierten Ende (%2) liegen.</translation>
    </message>
    <message>
        <source>The planned budget must not be negative; it is %1.</source>
        <translation>Das geplante Budget darf nicht negativ sein; es beträgt %1.</translation>
    </message>
    <message>
        <source>The budget spent must not be negative; it is %1.</source>
        <translation>Das verbrauchte Budget darf nicht negativ sein; es beträgt %1.</translation>
    </message>
    <message>
        <source>The description of a sub-project may have at most 10,000 characters.</source>
        <translation>Die Beschreibung eines Teilprojekts darf höchstens 10.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The risks of a sub-project may have at most 10,000 characters.</source>
        <translation>Die Risiken eines Teilprojekts dürfen höchstens 10.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The sub-project %1 cannot depend on itself.</source>
        <translation>Das Teilprojekt %1 kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>A sub-project can only depend on one that exists; there is no sub-project %1.</source>
        <translation>Ein Teilprojekt kann nur von einem vorhandenen Teilprojekt abhängen; es gibt kein Teilprojekt %1.</translation>
    </message>
    <message>
        <source>The sub-project %1 cannot depend on that: %2 depends on %1 already, and the dependencies would go round in a circle.</source>
        <translation>Das Teilprojekt %1 kann davon nicht abhängen: %2 hängt bereits von %1 ab, und die Abhängigkeiten würden einen Kreis bilden.</translation>
    </message>
    <message>
        <source>The e-file of a sub-project must exist; there is no file %1.</source>
        <translation>Die E-Akte eines Teilprojekts muss vorhanden sein; es gibt keine Akte %1.</translation>
    </message>
    <message>
        <source>There is no idea %1 for the sub-project to carry on.</source>
        <translation>Es gibt keine Idee %1, die mit dem Teilprojekt fortgeführt werden könnte.</translation>
    </message>
    <message>
        <source>The idea %1 became the sub-project %2 already.</source>
        <translation>Aus der Idee %1 ist bereits das Teilprojekt %2 entstanden.</translation>
    </message>
    <message>
        <source>The sub-project %1 was changed by someone else in the meantime. Please look at it again.</source>
        <translation>Das Teilprojekt %1 wurde inzwischen von einer anderen Person geändert. Bitte sehen Sie es sich noch einmal an.</translation>
    </message>
    <message>
        <source>There is no sub-project %1.</source>
        <translation>Es gibt kein Teilprojekt %1.</translation>
    </message>
    <message>
        <source>A status report cannot be dated in the future (%1); today is %2.</source>
        <translation>Ein Statusbericht kann nicht in der Zukunft datiert sein (%1); heute ist der %2.</translation>
    </message>
    <message>
        <source>The progress of a status report is a share from 0 to 100 per cent, not %1.</source>
        <translation>Der Fortschritt in einem Statusbericht ist ein Anteil von 0 bis 100 Prozent, nicht %1.</translation>
    </message>
    <message>
        <source>A status report that says &quot;%1&quot; needs a text with the reason.</source>
        <translation>Ein Statusbericht mit der Ampel „%1“ braucht einen Text mit der Begründung.</translation>
    </message>
    <message>
        <source>The text of a status report may have at most 10,000 characters; it has %1.</source>
        <translation>Der Text eines Statusberichts darf höchstens 10.000 Zeichen lang sein; er hat %1.</translation>
    </message>
    <message>
        <source>The status report just written cannot be read back.</source>
        <translation>Der soeben geschriebene Statusbericht kann nicht wieder gelesen werden.</translation>
    </message>
    <message>
        <source>The title of a milestone needs 1 to 200 characters; it has %1.</source>
        <translation>Der Titel eines Meilensteins muss 1 bis 200 Zeichen lang sein; er hat %1.</translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; needs a due date.</source>
        <translation>Der Meilenstein „%1“ braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; was reached on %2; only open milestones can be moved.</source>
        <translation>Der Meilenstein „%1“ wurde am %2 erreicht; nur offene Meilensteine können verschoben werden.</translation>
    </message>
    <message>
        <source>A milestone cannot be reached in the future (%1); today is %2.</source>
        <translation>Ein Meilenstein kann nicht in der Zukunft erreicht werden (%1); heute ist der %2.</translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; was reached on %2 already.</source>
        <translation>Der Meilenstein „%1“ wurde bereits am %2 erreicht.</translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; was reached in the meantime.</source>
        <translation>Der Meilenstein „%1“ wurde inzwischen erreicht.</translation>
    </message>
    <message>
        <source>There is no milestone %1.</source>
        <translation>Es gibt keinen Meilenstein %1.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>No part of Amtsdesk handles tasks of the kind &quot;%1&quot;.</source>
        <translation>Kein Teil von Amtsdesk bearbeitet Aufgaben der Art „%1“.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>%1 may not require a course of a role: that is for the programme manager.</source>
        <translation>%1 darf keine Schulung für eine Rolle verpflichtend machen: Das ist Aufgabe der Projektleitung Digitalisierungsprogramm.</translation>
    </message>
    <message>
        <source>%1 may not maintain courses: that needs the programme manager or a digitalisation officer.</source>
        <translation>%1 darf keine Schulungen pflegen: Dafür ist die Projektleitung Digitalisierungsprogramm oder eine Digitalisierungsbeauftragte bzw. ein Digitalisierungsbeauftragter erforderlich.</translation>
    </message>
    <message>
        <source>%1 may not maintain the training records of this department: that needs the programme manager, or the digitalisation officer of the department.</source>
        <translation>%1 darf die Schulungsteilnahmen dieser Organisationseinheit nicht pflegen: Dafür ist die Projektleitung Digitalisierungsprogramm oder die bzw. der Digitalisierungsbeauftragte der Organisationseinheit erforderlich.</translation>
    </message>
    <message>
        <source>A member of staff needs a name of 1 to 200 characters.</source>
        <translation>Für Beschäftigte ist ein Name mit 1 bis 200 Zeichen erforderlich.</translation>
    </message>
    <message>
        <source>The position of %1 is longer than 200 characters.</source>
        <translation>Die Funktion von %1 ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A member of staff needs a department; number %1 is none.</source>
        <translation>Für Beschäftigte ist eine Organisationseinheit erforderlich; die Nummer %1 ist keine.</translation>
    </message>
    <message>
        <source>There is no user number %1 to link %2 to.</source>
        <translation>Es gibt keinen Benutzer mit der Nummer %1, mit dem %2 verknüpft werden kann.</translation>
    </message>
    <message>
        <source>The user is linked to the member of staff %1 already.</source>
        <translation>Der Benutzer ist bereits mit dem Beschäftigteneintrag %1 verknüpft.</translation>
    </message>
    <message>
        <source>There is no member of staff number %1.</source>
        <translation>Es gibt keinen Eintrag im Beschäftigtenverzeichnis mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The course code &quot;%1&quot; must be 1 to 20 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Das Schulungskürzel „%1“ muss aus 1 bis 20 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>The course %1 needs a title of 1 to 200 characters.</source>
        <translation>Die Schulung %1 braucht einen Titel mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>The description of course %1 is longer than 4,000 characters.</source>
        <translation>Die Beschreibung der Schulung %1 ist länger als 4.000 Zeichen.</translation>
    </message>
    <message>
        <source>There is a course with the code %1 already.</source>
        <translation>Es gibt bereits eine Schulung mit dem Kürzel %1.</translation>
    </message>
    <message>
        <source>There is no course with the code &quot;%1&quot;.</source>
        <translation>Es gibt keine Schulung mit dem Kürzel „%1“.</translation>
    </message>
    <message>
        <source>There is no course number %1 for the session.</source>
        <translation>Es gibt keine Schulung mit der Nummer %1 für den Termin.</translation>
    </message>
    <message>
        <source>A session of course %1 needs a valid date.</source>
        <translation>Ein Termin der Schulung %1 braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <source>The capacity of a session must be more than 0 places; %1 is not.</source>
        <translation>Ein Termin muss mehr als 0 Plätze haben; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>The place and the trainer of a session may have at most 200 characters each.</source>
        <translation>Ort und Schulungsleitung eines Termins dürfen jeweils höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is no session number %1.</source>
        <translation>Es gibt keinen Termin mit der Nummer %1.</translation>
    </message>
    <message>
        <source>%1 no longer works here and cannot be recorded as attending.</source>
        <translation>%1 ist hier nicht mehr beschäftigt und kann nicht als teilnehmend erfasst werden.</translation>
    </message>
    <message>
        <source>The session of %1 on %2 is full: all %3 places are taken.</source>
        <translation>Der Termin der Schulung %1 am %2 ist ausgebucht: Alle %3 Plätze sind belegt.</translation>
    </message>
    <message>
        <source>%1 is not recorded as attending session number %2.</source>
        <translation>%1 ist nicht als teilnehmend am Termin mit der Nummer %2 erfasst.</translation>
    </message>
    <message>
        <source>A course is required either of a department or of a role, not of both or neither.</source>
        <translation>Eine Schulung ist entweder für eine Organisationseinheit oder für eine Rolle verpflichtend, nicht für beide und nicht für keine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role.</source>
        <translation>„%1“ ist keine Rolle.</translation>
    </message>
    <message>
        <source>There is no course number %1 to require.</source>
        <translation>Es gibt keine Schulung mit der Nummer %1, die verpflichtend gemacht werden kann.</translation>
    </message>
    <message>
        <source>There is no department number %1 to require the course of.</source>
        <translation>Es gibt keine Organisationseinheit mit der Nummer %1, für die die Schulung verpflichtend gemacht werden kann.</translation>
    </message>
    <message>
        <source>The course %1 is required there already.</source>
        <translation>Die Schulung %1 ist dort bereits verpflichtend.</translation>
    </message>
    <message>
        <source>There is no course requirement number %1.</source>
        <translation>Es gibt keine Schulungspflicht mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The entry of %1 in the staff directory was changed by someone else in the meantime. Please look at it again.</source>
        <translation>Der Eintrag von %1 im Beschäftigtenverzeichnis wurde inzwischen von jemand anderem geändert. Bitte sehen Sie ihn sich noch einmal an.</translation>
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
    <name>Vocabulary</name>
    <message>
        <source>The German word list %1 is missing (%2); install the Debian package wngerman (apt-get install wngerman).</source>
        <translation>Die deutsche Wortliste %1 fehlt (%2); installieren Sie das Debian-Paket wngerman (apt-get install wngerman).</translation>
    </message>
    <message>
        <source>The German word list %1 has no words; reinstall the Debian package wngerman.</source>
        <translation>Die deutsche Wortliste %1 enthält keine Wörter; installieren Sie das Debian-Paket wngerman neu.</translation>
    </message>
</context>
<context>
    <name>WorkerService</name>
    <message>
        <source>The request names no file.</source>
        <translation>Die Anfrage nennt keine Datei.</translation>
    </message>
    <message>
        <source>The PDF reader does not know the request &quot;%1&quot;.</source>
        <translation>Das PDF-Leseprogramm kennt die Anfrage „%1“ nicht.</translation>
    </message>
    <message>
        <source>A thumbnail must be between 0 and %1 pixels wide, not %2.</source>
        <translation>Eine Miniaturansicht muss zwischen 0 und %1 Pixel breit sein, nicht %2.</translation>
    </message>
    <message>
        <source>The embedded file &quot;%1&quot; is larger than %2 MB.</source>
        <translation>Die eingebettete Datei „%1“ ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>The request is not a JSON object: %1</source>
        <translation>Die Anfrage ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The reply would be larger than %1 MB.</source>
        <translation>Die Antwort wäre größer als %1 MB.</translation>
    </message>
    <message>
        <source>Reading the file needed more memory than the PDF reader may use.</source>
        <translation>Zum Lesen der Datei wurde mehr Arbeitsspeicher benötigt, als das PDF-Leseprogramm verwenden darf.</translation>
    </message>
    <message>
        <source>The document has no page %1.</source>
        <translation>Das Dokument hat keine Seite %1.</translation>
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
    <message>
        <source>the transition &quot;%1&quot; has a due date field, which only the system&apos;s transitions can have.</source>
        <translation>der Schritt „%1“ hat ein Fälligkeitsdatumsfeld, das nur Schritte des Systems haben können.</translation>
    </message>
    <message>
        <source>the due date field &quot;%1&quot; of &quot;%2&quot; must be lower-case letters, digits and &apos;_&apos;.</source>
        <translation>das Fälligkeitsdatumsfeld „%1“ von „%2“ darf nur Kleinbuchstaben, Ziffern und „_“ enthalten.</translation>
    </message>
    <message>
        <source>The workflow definition %1: transition &quot;%2&quot; lets &quot;%3&quot; act for any department, but that is not one of its roles.</source>
        <translation>Die Workflow-Definition %1: Übergang „%2“ lässt „%3“ für jede Organisationseinheit handeln, aber das ist keine seiner Rollen.</translation>
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
    <message>
        <source>The field &quot;%1&quot; needs a date such as 2026-03-01, not &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ braucht ein Datum wie 2026-03-01, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done by the item&apos;s department, and it has none yet: it must be routed first.</source>
        <translation>„%1“ führt die Organisationseinheit des Eintrags aus, er ist aber noch keiner zugeordnet: Er muss zuerst zugeordnet werden.</translation>
    </message>
    <message>
        <source>%1 may not see item %2: it belongs to another department.</source>
        <translation>%1 darf den Eintrag %2 nicht einsehen: Er gehört zu einer anderen Organisationseinheit.</translation>
    </message>
    <message>
        <source>%1 may not see item %2: it belongs to no department yet.</source>
        <translation>%1 darf den Eintrag %2 nicht einsehen: Er gehört noch zu keiner Organisationseinheit.</translation>
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
    <name>XmlTree</name>
    <message>
        <source>%1 is empty: it holds no XML.</source>
        <translation>%1 ist leer: Die Datei enthält kein XML.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Amtsdesk does not read XML of that size.</source>
        <translation>%1 ist größer als %2 MB; XML dieser Größe liest Amtsdesk nicht.</translation>
    </message>
    <message>
        <source>%1 declares entities or an external document type; Amtsdesk does not read such XML, because it could expand without end or read other files.</source>
        <translation>%1 deklariert Entitäten oder einen externen Dokumenttyp; solches XML liest Amtsdesk nicht, da es sich unbegrenzt ausdehnen oder andere Dateien einlesen könnte.</translation>
    </message>
    <message>
        <source>it is not well-formed XML</source>
        <translation>es ist kein wohlgeformtes XML</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2): %3</source>
        <translation>%1 ist kein wohlgeformtes XML (Zeile %2): %3</translation>
    </message>
    <message>
        <source>%1 has no root element.</source>
        <translation>%1 hat kein Wurzelelement.</translation>
    </message>
</context>
<context>
    <name>XmpCheck</name>
    <message>
        <source>The PDF has no XMP metadata, so it does not declare itself a ZUGFeRD or Factur-X invoice.</source>
        <translation>Das PDF hat keine XMP-Metadaten und weist sich damit nicht als ZUGFeRD- oder Factur-X-Rechnung aus.</translation>
    </message>
    <message>
        <source>the PDF&apos;s XMP metadata</source>
        <translation>die XMP-Metadaten des PDF</translation>
    </message>
    <message>
        <source>The PDF&apos;s XMP metadata cannot be read (%1).</source>
        <translation>Die XMP-Metadaten des PDF können nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The PDF&apos;s XMP metadata has no ZUGFeRD or Factur-X entries (file name, document type, profile).</source>
        <translation>Die XMP-Metadaten des PDF enthalten keine ZUGFeRD- oder Factur-X-Angaben (Dateiname, Dokumentart, Profil).</translation>
    </message>
    <message>
        <source>The PDF&apos;s metadata names the profile &quot;%1&quot;, but the invoice data is %2.</source>
        <translation>Die Metadaten des PDF nennen das Profil &quot;%1&quot;, die Rechnungsdaten sind aber %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>The PDF&apos;s metadata names the file &quot;%1&quot;, but the invoice data is in &quot;%2&quot;.</source>
        <translation>Die Metadaten des PDF nennen die Datei &quot;%1&quot;, die Rechnungsdaten stehen aber in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The PDF&apos;s metadata says it carries a document of the type &quot;%1&quot;, not an invoice.</source>
        <translation>Laut den Metadaten des PDF enthält es ein Dokument der Art &quot;%1&quot;, keine Rechnung.</translation>
    </message>
</context>
<context>
    <name>amtsdesk-worker</name>
    <message>
        <source>Reads PDF files for Amtsdesk. Started by Amtsdesk itself, not by people.</source>
        <translation>Liest PDF-Dateien für Amtsdesk. Wird von Amtsdesk selbst gestartet, nicht von Personen.</translation>
    </message>
    <message>
        <source>Memory the worker may use for a file, in MB (default 1024).</source>
        <translation>Arbeitsspeicher, den der Hilfsprozess je Datei verwenden darf, in MB (Standard: 1024).</translation>
    </message>
    <message>
        <source>Descriptor of the shared buffer for rendered pages, opened by Amtsdesk.</source>
        <translation>Dateideskriptor des gemeinsamen Puffers für dargestellte Seiten, von Amtsdesk geöffnet.</translation>
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
    <name>amtsdesk::ui::AllocationDialog</name>
    <message>
        <source>Confirm factually correct</source>
        <translation>Sachlich richtig zeichnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2, amount due &lt;b&gt;%3&lt;/b&gt;. Assign the amount to cost centres and budget items; several rows split it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2, Zahlbetrag &lt;b&gt;%3&lt;/b&gt;. Verteilen Sie den Betrag auf Kostenstellen und Haushaltsstellen; mehrere Zeilen teilen ihn auf.</translation>
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
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Account assignment</source>
        <translation>Kontierung</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Zeile hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Bemerkung (optional)</translation>
    </message>
    <message>
        <source>Sum: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00&quot;&gt;Sum: %1 of %2&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00&quot;&gt;Summe: %1 von %2&lt;/span&gt;</translation>
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
    <message>
        <source>Backup made</source>
        <translation>Sicherung erstellt</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scheduled backup changed</source>
        <translation>Automatische Sicherung geändert</translation>
    </message>
    <message>
        <source>Workflow installed</source>
        <translation>Workflow installiert</translation>
    </message>
    <message>
        <source>Workflow started</source>
        <translation>Workflow gestartet</translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation>Workflow-Schritt</translation>
    </message>
    <message>
        <source>File plan unit created</source>
        <translation>Aktenplaneinheit angelegt</translation>
    </message>
    <message>
        <source>File plan unit changed</source>
        <translation>Aktenplaneinheit geändert</translation>
    </message>
    <message>
        <source>File created</source>
        <translation>Akte angelegt</translation>
    </message>
    <message>
        <source>File viewed</source>
        <translation>Akte eingesehen</translation>
    </message>
    <message>
        <source>File closed</source>
        <translation>Akte zdA verfügt</translation>
    </message>
    <message>
        <source>File re-filed</source>
        <translation>Akte neu zugeordnet</translation>
    </message>
    <message>
        <source>File exported</source>
        <translation>Akte exportiert</translation>
    </message>
    <message>
        <source>Destruction requested</source>
        <translation>Kassation beantragt</translation>
    </message>
    <message>
        <source>File destroyed</source>
        <translation>Akte kassiert</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Dokument hinzugefügt</translation>
    </message>
    <message>
        <source>New version added</source>
        <translation>Neue Version hinzugefügt</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Vermerk hinzugefügt</translation>
    </message>
    <message>
        <source>Resubmission set</source>
        <translation>Wiedervorlage eingetragen</translation>
    </message>
    <message>
        <source>Resubmission done</source>
        <translation>Wiedervorlage erledigt</translation>
    </message>
    <message>
        <source>Invoice received</source>
        <translation>Rechnung eingegangen</translation>
    </message>
    <message>
        <source>Invoice routed</source>
        <translation>Rechnung zugeordnet</translation>
    </message>
    <message>
        <source>Invoice route set</source>
        <translation>Rechnungszuordnung festgelegt</translation>
    </message>
    <message>
        <source>Invoice route removed</source>
        <translation>Rechnungszuordnung entfernt</translation>
    </message>
    <message>
        <source>Invoice file plan unit set</source>
        <translation>Aktenplaneinheit für Rechnungen festgelegt</translation>
    </message>
    <message>
        <source>Invoices exported</source>
        <translation>Rechnungen exportiert</translation>
    </message>
    <message>
        <source>Sub-project created</source>
        <translation>Teilprojekt angelegt</translation>
    </message>
    <message>
        <source>Sub-project changed</source>
        <translation>Teilprojekt geändert</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <source>Milestone added</source>
        <translation>Meilenstein hinzugefügt</translation>
    </message>
    <message>
        <source>Milestone moved</source>
        <translation>Meilenstein verschoben</translation>
    </message>
    <message>
        <source>Milestone reached</source>
        <translation>Meilenstein erreicht</translation>
    </message>
    <message>
        <source>OZG catalogue imported</source>
        <translation>OZG-Katalog importiert</translation>
    </message>
    <message>
        <source>Service offered</source>
        <translation>Leistung aufgenommen</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Leistung geändert</translation>
    </message>
    <message>
        <source>Maturity changed</source>
        <translation>Reifegrad geändert</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>Beschäftigte/r eingetragen</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>Beschäftigteneintrag geändert</translation>
    </message>
    <message>
        <source>Staff member active again</source>
        <translation>Beschäftigte/r wieder aktiv</translation>
    </message>
    <message>
        <source>Staff member left</source>
        <translation>Beschäftigte/r ausgeschieden</translation>
    </message>
    <message>
        <source>Course added</source>
        <translation>Schulung angelegt</translation>
    </message>
    <message>
        <source>Session added</source>
        <translation>Termin angelegt</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Teilnahme erfasst</translation>
    </message>
    <message>
        <source>Attendance removed</source>
        <translation>Teilnahme entfernt</translation>
    </message>
    <message>
        <source>Required course added</source>
        <translation>Pflichtschulung festgelegt</translation>
    </message>
    <message>
        <source>Required course removed</source>
        <translation>Pflichtschulung aufgehoben</translation>
    </message>
    <message>
        <source>Idea recorded</source>
        <translation>Idee erfasst</translation>
    </message>
    <message>
        <source>Idea decided</source>
        <translation>Über Idee entschieden</translation>
    </message>
    <message>
        <source>Idea became a sub-project</source>
        <translation>Idee wurde Teilprojekt</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>File plan unit</source>
        <translation>Aktenplaneinheit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Invoice export</source>
        <translation>Rechnungsexport</translation>
    </message>
    <message>
        <source>Leitweg-ID</source>
        <translation>Leitweg-ID</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Teilprojekt</translation>
    </message>
    <message>
        <source>OZG catalogue</source>
        <translation>OZG-Katalog</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Beschäftigte/r</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>Beschäftigte/r</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>traffic light</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>course</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>geplanter Beginn</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>geplantes Ende</translation>
    </message>
    <message>
        <source>forecast start</source>
        <translation>erwarteter Beginn</translation>
    </message>
    <message>
        <source>forecast end</source>
        <translation>erwartetes Ende</translation>
    </message>
    <message>
        <source>participating</source>
        <translation>beteiligt</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>budget planned</source>
        <translation>Budget geplant</translation>
    </message>
    <message>
        <source>budget spent</source>
        <translation>Budget verbraucht</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>via</source>
        <translation>über</translation>
    </message>
    <message>
        <source>routed to</source>
        <translation>zugeordnet an</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>lesbar</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Hashwert</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>duplicate of</source>
        <translation>Dublette von</translation>
    </message>
    <message>
        <source>required course</source>
        <translation>Pflichtschulung</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>file plan unit</source>
        <translation>Aktenplaneinheit</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>submitted on</source>
        <translation>eingereicht am</translation>
    </message>
    <message>
        <source>cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>budget item</source>
        <translation>Haushaltsstelle</translation>
    </message>
    <message>
        <source>allocations</source>
        <translation>Kontierungen</translation>
    </message>
    <message>
        <source>sub-project</source>
        <translation>Teilprojekt</translation>
    </message>
    <message>
        <source>kept until</source>
        <translation>aufbewahrt bis</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
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
    <message>
        <source>&amp;Export audit head…</source>
        <translation>Protokollstand &amp;exportieren…</translation>
    </message>
    <message>
        <source>Saves the hash of the newest entry, the number of entries and the time in a small file. Keep it away from the store: checked against it, a rewrite of the whole trail shows.</source>
        <translation>Speichert den Hashwert des neuesten Eintrags, die Anzahl der Einträge und den Zeitpunkt in einer kleinen Datei. Bewahren Sie sie getrennt vom Datenbestand auf: Bei einer Prüfung gegen diese Datei fällt auf, wenn das gesamte Protokoll neu geschrieben wurde.</translation>
    </message>
    <message>
        <source>Export audit head</source>
        <translation>Protokollstand exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>The head of the audit trail (%n entries) is saved in %1. Keep the file away from the store, for example with the backups; &quot;amtsdesk-cli verify --expect-head-file&quot; checks the store against it.</source>
        <translation>
            <numerusform>Der Protokollstand (%n Eintrag) ist in %1 gespeichert. Bewahren Sie die Datei getrennt vom Datenbestand auf, zum Beispiel bei den Sicherungen; „amtsdesk-cli verify --expect-head-file“ prüft den Datenbestand dagegen.</numerusform>
            <numerusform>Der Protokollstand (%n Einträge) ist in %1 gespeichert. Bewahren Sie die Datei getrennt vom Datenbestand auf, zum Beispiel bei den Sicherungen; „amtsdesk-cli verify --expect-head-file“ prüft den Datenbestand dagegen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::BackupDialog</name>
    <message>
        <source>Scheduled backup</source>
        <translation>Automatische Sicherung</translation>
    </message>
    <message>
        <source>empty: no scheduled backup</source>
        <translation>leer: keine automatische Sicherung</translation>
    </message>
    <message>
        <source>A folder on another disk, writable by everyone who works with Amtsdesk here. Each backup goes into a sub-folder named by its time.</source>
        <translation>Ein Ordner auf einem anderen Datenträger, beschreibbar für alle, die hier mit Amtsdesk arbeiten. Jede Sicherung kommt in einen Unterordner, der nach ihrem Zeitpunkt benannt ist.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <translation>In festem Stundenabstand</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Older backups are removed only after a new one was written and verified.</source>
        <translation>Ältere Sicherungen werden erst entfernt, nachdem eine neue geschrieben und geprüft wurde.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Abstand:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Neueste &amp;behalten:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::CaseListModel</name>
    <message>
        <source>File</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::CatalogueImportDialog</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Why rejected</source>
        <translation>Grund der Abweisung</translation>
    </message>
    <message>
        <source>OZG catalogue imported</source>
        <translation>OZG-Katalog importiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 added, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 abgewiesen.</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgewiesene Zeilen</translation>
    </message>
    <message>
        <source>Rows not imported (the file is left as it is; correct them and import again):</source>
        <translation>Nicht importierte Zeilen (die Datei bleibt unverändert; korrigieren Sie die Zeilen und importieren Sie erneut):</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::CoursesPanel</name>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Schulungsleitung</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>Add &amp;course…</source>
        <translation>Schulung &amp;anlegen…</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>&amp;Termin anlegen…</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Schulungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Organisationseinheiten</translation>
    </message>
    <message>
        <source>Staff of department</source>
        <translation>Beschäftigte der Organisationseinheit</translation>
    </message>
    <message>
        <source>Staff of:</source>
        <translation>Beschäftigte von:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sessions&lt;/b&gt; of the course</source>
        <translation>&lt;b&gt;Termine&lt;/b&gt; der Schulung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Courses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schulungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt;: choose or add a session.</source>
        <translation>&lt;b&gt;Teilnahme&lt;/b&gt;: Wählen Sie einen Termin aus oder legen Sie einen an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt;: choose a course.</source>
        <translation>&lt;b&gt;Teilnahme&lt;/b&gt;: Wählen Sie eine Schulung aus.</translation>
    </message>
    <message>
        <source>took the course on %1</source>
        <translation>hat die Schulung am %1 absolviert</translation>
    </message>
    <message>
        <source>No longer works here</source>
        <translation>Nicht mehr beschäftigt</translation>
    </message>
    <message>
        <source>Recorded by the programme manager or the officer of department %1</source>
        <translation>Erfasst von der Projektleitung Digitalisierungsprogramm oder den Digitalisierungsbeauftragten der Organisationseinheit %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt; of %1 on %2: tick who took part.</source>
        <translation>&lt;b&gt;Teilnahme&lt;/b&gt; an %1 am %2: Haken Sie an, wer teilgenommen hat.</translation>
    </message>
    <message>
        <source>No staff in this department&apos;s directory.</source>
        <translation>Im Beschäftigtenverzeichnis dieser Organisationseinheit ist niemand eingetragen.</translation>
    </message>
    <message>
        <source>%1 attended %2 on %3.</source>
        <translation>%1 hat am %3 an %2 teilgenommen.</translation>
    </message>
    <message>
        <source>%1 no longer recorded for %2 on %3.</source>
        <translation>Die Teilnahme von %1 an %2 am %3 ist nicht mehr erfasst.</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>Schulung anlegen</translation>
    </message>
    <message>
        <source>Course %1 added.</source>
        <translation>Schulung %1 angelegt.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Termin anlegen</translation>
    </message>
    <message>
        <source>Session of %1 on %2 added.</source>
        <translation>Termin der Schulung %1 am %2 angelegt.</translation>
    </message>
    <message>
        <source>e.g. EAKTE-2</source>
        <translation>z. B. EAKTE-2</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Termin der Schulung %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;Schulungsleitung:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Plätze:</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::DisposalPage</name>
    <message>
        <source>&amp;Request destruction…</source>
        <translation>Kassation &amp;beantragen…</translation>
    </message>
    <message>
        <source>&amp;Approve destruction…</source>
        <translation>Kassation &amp;genehmigen…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Disposal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aussonderung&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Closed files of your departments whose retention period has ended. Destroying a file (Kassation) removes its cases, documents and notes for good; it needs a request and the approval of a signatory of the department who did not ask for it. The audit trail keeps which file was destroyed, by whom and on whose request.</source>
        <translation>Abgeschlossene Akten Ihrer Organisationseinheiten, deren Aufbewahrungsfrist abgelaufen ist. Die Vernichtung einer Akte (Kassation) entfernt ihre Vorgänge, Dokumente und Notizen endgültig; sie braucht einen Antrag und die Genehmigung einer zeichnungsbefugten Person der Organisationseinheit, die den Antrag nicht gestellt hat. Das Protokoll hält fest, welche Akte von wem auf wessen Antrag vernichtet wurde.</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Retention until</source>
        <translation>Aufzubewahren bis</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Kassation</translation>
    </message>
    <message>
        <source>Files past their retention period</source>
        <translation>Akten mit abgelaufener Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>asked for by %1: awaits approval</source>
        <translation>beantragt von %1: wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>nicht beantragt</translation>
    </message>
    <message>
        <source>No file of your departments is past its retention period.</source>
        <translation>Keine Akte Ihrer Organisationseinheiten hat ihre Aufbewahrungsfrist überschritten.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) past the retention period</source>
        <translation>
            <numerusform>%n Akte mit abgelaufener Aufbewahrungsfrist</numerusform>
            <numerusform>%n Akten mit abgelaufener Aufbewahrungsfrist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval.</source>
        <translation>
            <numerusform>davon %n wartet auf Genehmigung.</numerusform>
            <numerusform>davon %n warten auf Genehmigung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request destruction</source>
        <translation>Kassation beantragen</translation>
    </message>
    <message numerus="yes">
        <source>Ask for the destruction of %1 &quot;%2&quot; (%n document(s))? A signatory of the department decides.</source>
        <translation>
            <numerusform>Die Kassation von %1 „%2“ (%n Dokument) beantragen? Darüber entscheidet eine zeichnungsbefugte Person der Organisationseinheit.</numerusform>
            <numerusform>Die Kassation von %1 „%2“ (%n Dokumente) beantragen? Darüber entscheidet eine zeichnungsbefugte Person der Organisationseinheit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destruction not requested</source>
        <translation>Kassation nicht beantragt</translation>
    </message>
    <message>
        <source>The destruction of %1 is asked for; it awaits approval.</source>
        <translation>Die Kassation von %1 ist beantragt; sie wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>Approve destruction</source>
        <translation>Kassation genehmigen</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %1 &quot;%2&quot; now, as %3 asked? Its cases and %n document(s) are removed for good; this cannot be undone.</source>
        <translation>
            <numerusform>%1 „%2“ jetzt vernichten, wie von %3 beantragt? Ihre Vorgänge und %n Dokument werden endgültig entfernt; das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%1 „%2“ jetzt vernichten, wie von %3 beantragt? Ihre Vorgänge und %n Dokumente werden endgültig entfernt; das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>File not destroyed</source>
        <translation>Akte nicht vernichtet</translation>
    </message>
    <message>
        <source>%1 was destroyed.</source>
        <translation>%1 wurde vernichtet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) past the retention period; the %1 longest expired are listed.</source>
        <translation>
            <numerusform>%n Akte hat die Aufbewahrungsfrist überschritten; die %1 am längsten abgelaufenen sind aufgeführt.</numerusform>
            <numerusform>%n Akten haben die Aufbewahrungsfrist überschritten; die %1 am längsten abgelaufenen sind aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::DocumentListModel</name>
    <message>
        <source>searchable</source>
        <translation>durchsuchbar</translation>
    </message>
    <message>
        <source>being read</source>
        <translation>wird gelesen</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>kennwortgeschützt</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::DocumentWindow</name>
    <message>
        <source>%1 – Amtsdesk</source>
        <translation>%1 – Amtsdesk</translation>
    </message>
    <message>
        <source>Document – Amtsdesk</source>
        <translation>Dokument – Amtsdesk</translation>
    </message>
    <message>
        <source>This document cannot be previewed here; open it in the program of this computer.</source>
        <translation>Dieses Dokument kann hier nicht in der Vorschau angezeigt werden; öffnen Sie es mit dem passenden Programm dieses Computers.</translation>
    </message>
    <message>
        <source>This document cannot be previewed: %1</source>
        <translation>Dieses Dokument kann nicht in der Vorschau angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source> of %1 </source>
        <translation> von %1 </translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Nach rechts drehen</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Copy page text</source>
        <translation>Seitentext kopieren</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Open in program</source>
        <translation>Mit Programm öffnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the text of this document.</source>
        <translation>„%1“ kommt im Text dieses Dokuments nicht vor.</translation>
    </message>
    <message>
        <source>Found on page %1.</source>
        <translation>Gefunden auf Seite %1.</translation>
    </message>
    <message>
        <source>This page has no text to copy.</source>
        <translation>Diese Seite enthält keinen Text zum Kopieren.</translation>
    </message>
    <message>
        <source>The text of page %1 is on the clipboard.</source>
        <translation>Der Text von Seite %1 ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Gedruckt.</translation>
    </message>
    <message>
        <source>Document not opened</source>
        <translation>Dokument nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 could not be handed to a program of this computer.</source>
        <translation>%1 konnte nicht an ein Programm dieses Computers übergeben werden.</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Kennwort eingeben…</translation>
    </message>
    <message>
        <source>Password-protected document</source>
        <translation>Kennwortgeschütztes Dokument</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Kennwort für %1:</translation>
    </message>
    <message>
        <source>The text of %1 is now searchable.</source>
        <translation>Der Text von %1 ist jetzt durchsuchbar.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::EFilePage</name>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;Neue Akte…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Neuer &amp;Vorgang…</translation>
    </message>
    <message>
        <source>Close file (&amp;zdA)…</source>
        <translation>Akte schließen (&amp;zdA)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation>Dokumente h&amp;inzufügen…</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation>Ver&amp;merk…</translation>
    </message>
    <message>
        <source>&amp;Resubmission…</source>
        <translation>&amp;Wiedervorlage…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>Dokumente des Vorgangs</translation>
    </message>
    <message>
        <source>Drop files here to add them to the case</source>
        <translation>Dateien hierher ziehen, um sie dem Vorgang hinzuzufügen</translation>
    </message>
    <message>
        <source>Choose a unit of the file plan or a file on the left.</source>
        <translation>Wählen Sie links eine Aktenplaneinheit oder eine Akte aus.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;Department %3 · retention %4</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;Organisationseinheit %3 · Aufbewahrungsfrist %4</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>closed (zdA) on %1, kept until %2</source>
        <translation>zdA verfügt am %1, Ende der Aufbewahrung: %2</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>keines (dauernde Aufbewahrung)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>File %1 created.</source>
        <translation>Akte %1 angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n document(s)…</source>
        <translation>
            <numerusform>%n Dokument wird hinzugefügt …</numerusform>
            <numerusform>%n Dokumente werden hinzugefügt …</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents not added</source>
        <translation>Dokumente nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Dokumente hinzugefügt</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen …</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Vermerk hinzugefügt.</translation>
    </message>
    <message>
        <source>Resubmission on %1 set.</source>
        <translation>Wiedervorlage zum %1 eingetragen.</translation>
    </message>
    <message>
        <source>File not created</source>
        <translation>Akte nicht angelegt</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>Subject of the case:</source>
        <translation>Betreff des Vorgangs:</translation>
    </message>
    <message>
        <source>Case not created</source>
        <translation>Vorgang nicht angelegt</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <source>Note on the case</source>
        <translation>Vermerk zum Vorgang</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Vermerk:</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Vermerk nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Resubmission not set</source>
        <translation>Wiedervorlage nicht eingetragen</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>Akte zdA verfügen</translation>
    </message>
    <message>
        <source>Close the file (zdA)? Its retention period starts, and it cannot be changed any more.</source>
        <translation>Akte zdA verfügen (zu den Akten)? Die Aufbewahrungsfrist beginnt, und die Akte kann danach nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>File not closed</source>
        <translation>Akte nicht zdA verfügt</translation>
    </message>
    <message>
        <source>Export into an empty folder</source>
        <translation>In einen leeren Ordner exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1 documents to %2.</source>
        <translation>%1 Dokumente nach %2 exportiert.</translation>
    </message>
    <message>
        <source>&amp;Scanner folder…</source>
        <translation>&amp;Scanner-Ordner…</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Nicht mehr überwachen</translation>
    </message>
    <message>
        <source>Scanner folder: %1</source>
        <translation>Scanner-Ordner: %1</translation>
    </message>
    <message>
        <source>Scanner folder no longer watched</source>
        <translation>Scanner-Ordner wird nicht mehr überwacht</translation>
    </message>
    <message>
        <source>%1, case %2 &quot;%3&quot;</source>
        <translation>%1, Vorgang %2 „%3“</translation>
    </message>
    <message>
        <source>Files that arrive in the scanner folder %1 are added to %2; they move to its folders imported and failed.</source>
        <translation>Dateien, die im Scanner-Ordner %1 ankommen, werden zu %2 hinzugefügt; sie wandern dort in die Unterordner imported und failed.</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>Scanner folder for this case</source>
        <translation>Scanner-Ordner für diesen Vorgang</translation>
    </message>
    <message>
        <source>Scanner folder not watched</source>
        <translation>Scanner-Ordner wird nicht überwacht</translation>
    </message>
    <message>
        <source>%1 cannot be watched.</source>
        <translation>%1 kann nicht überwacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; each document&apos;s Text column says how it went.</source>
        <translation>
            <numerusform>… und %n weitere; die Spalte Text jedes Dokuments zeigt, wie es ausging.</numerusform>
            <numerusform>… und %n weitere; die Spalte Text jedes Dokuments zeigt, wie es ausging.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;File plan %3 · department %4 · confidentiality %5 · %6</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Aktenplan %3 · Organisationseinheit %4 · Vertraulichkeit %5 · %6</translation>
    </message>
    <message>
        <source>Cases of the file</source>
        <translation>Vorgänge der Akte</translation>
    </message>
    <message>
        <source>&lt;h2&gt;All files&lt;/h2&gt;The cases and documents of every file you may see.</source>
        <translation>&lt;h2&gt;Alle Akten&lt;/h2&gt;Die Vorgänge und Dokumente aller Akten, die Sie sehen dürfen.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::FilePlanModel</name>
    <message>
        <source>All files</source>
        <translation>Alle Akten</translation>
    </message>
    <message>
        <source>The cases and documents of every file you may see</source>
        <translation>Die Vorgänge und Dokumente aller Akten, die Sie sehen dürfen</translation>
    </message>
    <message>
        <source>(zdA)</source>
        <translation>(zdA)</translation>
    </message>
    <message>
        <source>File plan</source>
        <translation>Aktenplan</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::FilePlanTree</name>
    <message>
        <source>File plan and files</source>
        <translation>Aktenplan und Akten</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::IdeasPanel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Teilprojekt</translation>
    </message>
    <message>
        <source>&amp;Record idea…</source>
        <translation>Idee &amp;erfassen…</translation>
    </message>
    <message>
        <source>Under re&amp;view</source>
        <translation>In Prü&amp;fung</translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Decline idea</source>
        <translation>Idee ablehnen</translation>
    </message>
    <message>
        <source>Why is it declined?</source>
        <translation>Warum wird die Idee abgelehnt?</translation>
    </message>
    <message>
        <source>Record idea</source>
        <translation>Idee erfassen</translation>
    </message>
    <message>
        <source>the whole district</source>
        <translation>gesamter Landkreis</translation>
    </message>
    <message>
        <source>Idea:</source>
        <translation>Idee:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Brought by:</source>
        <translation>Eingebracht von:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Organisationseinheit:</translation>
    </message>
    <message>
        <source>Idea “%1” recorded.</source>
        <translation>Idee „%1“ erfasst.</translation>
    </message>
    <message>
        <source>Decide on idea</source>
        <translation>Über Idee entscheiden</translation>
    </message>
    <message>
        <source>Idea “%1”: %2.</source>
        <translation>Idee „%1“: %2.</translation>
    </message>
    <message>
        <source>&amp;Turn into sub-project…</source>
        <translation>In &amp;Teilprojekt überführen…</translation>
    </message>
    <message>
        <source>A new sub-project filled in from the adopted idea; it remembers where it came from</source>
        <translation>Ein neues Teilprojekt, vorausgefüllt aus der angenommenen Idee; es merkt sich, woher es stammt</translation>
    </message>
    <message>
        <source>Suggestions from the consultation hours, the innovation team and the staff and citizens&apos; workshops. The programme manager or the department&apos;s digitalisation officer decides on them; an adopted idea becomes a sub-project.</source>
        <translation>Vorschläge aus der Sprechstunde, dem Innovationsteam sowie den Beschäftigtenworkshops und Bürgerwerkstätten. Darüber entscheidet die Projektleitung Digitalisierungsprogramm oder die bzw. der Digitalisierungsbeauftragte der Organisationseinheit; aus einer angenommenen Idee wird ein Teilprojekt.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::InvoiceInboxModel</name>
    <message>
        <source>%1 (Skonto)</source>
        <translation>%1 (Skonto)</translation>
    </message>
    <message>
        <source>Central intake</source>
        <translation>Zentrale Eingangsstelle</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate?</source>
        <translation>Dublette?</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>No due date given: 30 days after the invoice date (§ 286 BGB)</source>
        <translation>Kein Fälligkeitsdatum angegeben: 30 Tage nach dem Rechnungsdatum (§ 286 BGB)</translation>
    </message>
    <message>
        <source>Due date from the invoice (BT-9)</source>
        <translation>Fälligkeitsdatum aus der Rechnung (BT-9)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>Rechnungsnr.</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Rechnungssteller</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Zahlbetrag</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::InvoiceInboxPage</name>
    <message>
        <source>Show &amp;invoice</source>
        <translation>&amp;Rechnung anzeigen</translation>
    </message>
    <message>
        <source>R&amp;oute to…</source>
        <translation>&amp;Zuordnen…</translation>
    </message>
    <message>
        <source>Rejection &amp;notice…</source>
        <translation>&amp;Ablehnungsschreiben…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Invoice inbox&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rechnungseingang&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Takes XRechnung files and ZUGFeRD / Factur-X PDFs in; you can also drop them here</source>
        <translation>Liest XRechnung-Dateien und ZUGFeRD- / Factur-X-PDFs ein; Sie können sie auch hierher ziehen</translation>
    </message>
    <message>
        <source>&amp;Watch folder…</source>
        <translation>&amp;Ordner überwachen…</translation>
    </message>
    <message>
        <source>Takes in every e-invoice that arrives in a folder (from an e-mail gateway or the invoice portal), while Amtsdesk runs</source>
        <translation>Nimmt jede E-Rechnung auf, die in einem Ordner eingeht (von einem E-Mail-Gateway oder dem Rechnungsportal), solange Amtsdesk läuft</translation>
    </message>
    <message>
        <source>&amp;Hand over to finance…</source>
        <translation>An &amp;Finanzsoftware übergeben…</translation>
    </message>
    <message>
        <source>Writes every invoice whose payment was ordered as a CSV with the original files into the finance software&apos;s folder, and files them in the e-file</source>
        <translation>Schreibt jede Rechnung, deren Zahlung angeordnet wurde, als CSV mit den Originaldateien in den Ordner der Finanzsoftware und legt sie in der E-Akte ab</translation>
    </message>
    <message>
        <source>&amp;Leitweg-IDs…</source>
        <translation>&amp;Leitweg-IDs…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Organisationseinheiten</translation>
    </message>
    <message>
        <source>Central intake queue</source>
        <translation>Zentrale Eingangsstelle</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Alle Fälligkeiten</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Fällig innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Fällig innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>Valid and not valid</source>
        <translation>Gültig und ungültig</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not valid or unreadable</source>
        <translation>Ungültig oder nicht lesbar</translation>
    </message>
    <message>
        <source>Number, seller, Leitweg-ID…</source>
        <translation>Nummer, Rechnungssteller, Leitweg-ID…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Rechnungen durchsuchen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>The selected invoice</source>
        <translation>Die ausgewählte Rechnung</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Folder of arriving e-invoices</source>
        <translation>Ordner für eingehende E-Rechnungen</translation>
    </message>
    <message>
        <source>Show invoice</source>
        <translation>Rechnung anzeigen</translation>
    </message>
    <message>
        <source>Save rejection notice</source>
        <translation>Ablehnungsschreiben speichern</translation>
    </message>
    <message>
        <source>Rejection %1.pdf</source>
        <translation>Ablehnung %1.pdf</translation>
    </message>
    <message>
        <source>Rejection notice saved: %1</source>
        <translation>Ablehnungsschreiben gespeichert: %1</translation>
    </message>
    <message>
        <source>The invoice folder is no longer watched.</source>
        <translation>Der Rechnungsordner wird nicht mehr überwacht.</translation>
    </message>
    <message>
        <source>Invoice folder</source>
        <translation>Rechnungsordner</translation>
    </message>
    <message>
        <source>Invoice folder no longer watched</source>
        <translation>Rechnungsordner wird nicht mehr überwacht</translation>
    </message>
    <message>
        <source>Stop watching %1</source>
        <translation>Überwachung von %1 beenden</translation>
    </message>
    <message>
        <source>Watching %1 for e-invoices.</source>
        <translation>%1 wird auf E-Rechnungen überwacht.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No invoice here. Drop XRechnung files or ZUGFeRD PDFs on this page, or use &lt;i&gt;Import…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hier ist keine Rechnung. Ziehen Sie XRechnung-Dateien oder ZUGFeRD-PDFs auf diese Seite oder verwenden Sie &lt;i&gt;Importieren…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an invoice to see it and its steps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Rechnung aus, um sie und ihre Schritte zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Invoice %1 – %2</source>
        <translation>Rechnung %1 – %2</translation>
    </message>
    <message>
        <source>Not readable as an e-invoice:</source>
        <translation>Nicht als E-Rechnung lesbar:</translation>
    </message>
    <message>
        <source>Possible duplicate:</source>
        <translation>Mögliche Dublette:</translation>
    </message>
    <message>
        <source>central intake queue</source>
        <translation>zentrale Eingangsstelle</translation>
    </message>
    <message>
        <source>Leitweg-ID</source>
        <translation>Leitweg-ID</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Zahlbetrag</translation>
    </message>
    <message>
        <source> (none given: 30 days after the invoice date)</source>
        <translation> (nicht angegeben: 30 Tage nach dem Rechnungsdatum)</translation>
    </message>
    <message>
        <source>Skonto</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>%1 % = %2 until %3</source>
        <translation>%1 % = %2 bis %3</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 durch %2 (%3)</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Kontiert</translation>
    </message>
    <message>
        <source>cost centre %1, budget item %2: %3</source>
        <translation>Kostenstelle %1, Haushaltsstelle %2: %3</translation>
    </message>
    <message>
        <source>Arithmetic check</source>
        <translation>Rechnerische Prüfung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Recalculated</source>
        <translation>Nachgerechnet</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>Findings (%1 errors, %2 warnings)</source>
        <translation>Befunde (%1 Fehler, %2 Warnungen)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Step refused</source>
        <translation>Schritt nicht möglich</translation>
    </message>
    <message>
        <source>Invoice %1: now &quot;%2&quot;.</source>
        <translation>Rechnung %1: jetzt „%2“.</translation>
    </message>
    <message>
        <source>Invoice rejected</source>
        <translation>Rechnung abgelehnt</translation>
    </message>
    <message>
        <source>Save the rejection notice for the seller as a PDF now?</source>
        <translation>Das Ablehnungsschreiben für den Rechnungssteller jetzt als PDF speichern?</translation>
    </message>
    <message>
        <source>Route invoice</source>
        <translation>Rechnung zuordnen</translation>
    </message>
    <message>
        <source>Department that ordered:</source>
        <translation>Bestellende Organisationseinheit:</translation>
    </message>
    <message>
        <source>Import e-invoices</source>
        <translation>E-Rechnungen importieren</translation>
    </message>
    <message>
        <source>E-invoices (*.xml *.pdf);;All files (*)</source>
        <translation>E-Rechnungen (*.xml *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Taking in %n invoice(s)…</source>
        <translation>
            <numerusform>%n Rechnung wird eingelesen…</numerusform>
            <numerusform>%n Rechnungen werden eingelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Folder of the finance software</source>
        <translation>Ordner der Finanzsoftware</translation>
    </message>
    <message>
        <source>Hand over to finance</source>
        <translation>An Finanzsoftware übergeben</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) handed over in %1.</source>
        <translation>
            <numerusform>%n Rechnung in %1 übergeben.</numerusform>
            <numerusform>%n Rechnungen in %1 übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not filed in the e-file yet:</source>
        <translation>Noch nicht in der E-Akte abgelegt:</translation>
    </message>
    <message>
        <source>All are filed in the e-file.</source>
        <translation>Alle sind in der E-Akte abgelegt.</translation>
    </message>
    <message>
        <source>PDF/A (*.pdf);;Text (*.txt)</source>
        <translation>PDF/A (*.pdf);;Text (*.txt)</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Bisherige Schritte</translation>
    </message>
    <message>
        <source>%1 i.V. %2</source>
        <translation>%1 i.V. %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>No invoice is waiting to be handed over: none has its payment ordered and unexported.</source>
        <translation>Keine Rechnung wartet auf die Übergabe: Bei keiner ist die Zahlung angeordnet und der Export noch offen.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::InvoiceWindow</name>
    <message>
        <source>attachment-%1</source>
        <translation>anhang-%1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF/&amp;A…</source>
        <translation>Als PDF/&amp;A speichern…</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Anhänge (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Gedruckt.</translation>
    </message>
    <message>
        <source>Save as PDF/A</source>
        <translation>Als PDF/A speichern</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::LeitwegDialog</name>
    <message>
        <source>Leitweg-IDs</source>
        <translation>Leitweg-IDs</translation>
    </message>
    <message>
        <source>Invoices are routed by their Leitweg-ID (BT-10) to the department that ordered; invoices with an unknown one wait in the central intake queue.</source>
        <translation>Rechnungen werden anhand ihrer Leitweg-ID (BT-10) der bestellenden Organisationseinheit zugeordnet; Rechnungen mit unbekannter Leitweg-ID warten in der zentralen Eingangsstelle.</translation>
    </message>
    <message>
        <source>Leitweg-ID</source>
        <translation>Leitweg-ID</translation>
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
        <source>e.g. 05315-12345-67</source>
        <translation>z. B. 05315-12345-67</translation>
    </message>
    <message>
        <source>&amp;Save route</source>
        <translation>Zuordnung &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
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
    <message>
        <source>File plan, files, cases and documents</source>
        <translation>Aktenplan, Akten, Vorgänge und Dokumente</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Full-text search in the documents you may read</source>
        <translation>Volltextsuche in den Dokumenten, die Sie lesen dürfen</translation>
    </message>
    <message>
        <source>Import file &amp;plan…</source>
        <translation>&amp;Aktenplan importieren…</translation>
    </message>
    <message>
        <source>Reads a file plan from CSV: key, title, parent, department, retention_years</source>
        <translation>Liest einen Aktenplan aus CSV: key, title, parent, department, retention_years</translation>
    </message>
    <message>
        <source>E&amp;xport file plan…</source>
        <translation>Aktenplan e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Import file plan</source>
        <translation>Aktenplan importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>File plan not imported</source>
        <translation>Aktenplan nicht importiert</translation>
    </message>
    <message>
        <source>Nothing was changed, because:
%1</source>
        <translation>Es wurde nichts geändert, weil:
%1</translation>
    </message>
    <message>
        <source>File plan imported</source>
        <translation>Aktenplan importiert</translation>
    </message>
    <message>
        <source>%1 units added, %2 changed.</source>
        <translation>%1 Einheiten hinzugefügt, %2 geändert.</translation>
    </message>
    <message>
        <source>Export file plan</source>
        <translation>Aktenplan exportieren</translation>
    </message>
    <message>
        <source>File plan not exported</source>
        <translation>Aktenplan nicht exportiert</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>File plan written to %1.</source>
        <translation>Aktenplan nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Aussonderung</translation>
    </message>
    <message>
        <source>Closed files past their retention period: destruction with a second person&apos;s approval</source>
        <translation>Abgeschlossene Akten nach Ablauf der Aufbewahrungsfrist: Kassation mit Genehmigung einer zweiten Person</translation>
    </message>
    <message>
        <source>Open e-invoice</source>
        <translation>E-Rechnung öffnen</translation>
    </message>
    <message>
        <source>E-invoices (*.xml *.pdf);;All files (*)</source>
        <translation>E-Rechnungen (*.xml *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;e-invoice…</source>
        <translation>&amp;E-Rechnung öffnen…</translation>
    </message>
    <message>
        <source>Shows an XRechnung or a ZUGFeRD / Factur-X PDF for reading, with its check</source>
        <translation>Zeigt eine XRechnung oder ein ZUGFeRD-/Factur-X-PDF zum Lesen, mit ihrer Prüfung</translation>
    </message>
    <message>
        <source>Incoming e-invoices: check, approve with four eyes, hand over to finance</source>
        <translation>Eingehende E-Rechnungen: prüfen, im Vier-Augen-Prinzip freigeben, an die Finanzsoftware übergeben</translation>
    </message>
    <message>
        <source>Sub-projects, OZG services, training and ideas of the digitalisation programme, and its status report</source>
        <translation>Teilprojekte, OZG-Leistungen, Schulungen und Ideen des Digitalisierungsprogramms sowie sein Statusbericht</translation>
    </message>
    <message>
        <source>Making the scheduled backup…</source>
        <translation>Automatische Sicherung wird erstellt …</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sicherung geschrieben und geprüft: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::MaturityEdit</name>
    <message>
        <source>Maturity model</source>
        <translation>Reifegradmodell</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>level </source>
        <translation>Stufe </translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::NewFileDialog</name>
    <message>
        <source>New file</source>
        <translation>Neue Akte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Higher levels (Vertraulich and above) belong in approved systems, not in Amtsdesk.</source>
        <translation>Höhere Einstufungen (VS-Vertraulich und höher) gehören in zugelassene Systeme, nicht in Amtsdesk.</translation>
    </message>
    <message>
        <source>File plan unit:</source>
        <translation>Aktenplaneinheit:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Vertraulichkeitsstufe:</translation>
    </message>
    <message>
        <source>Create file</source>
        <translation>Akte anlegen</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::OptionalDateEdit</name>
    <message>
        <source>Tick to enter a date</source>
        <translation>Anhaken, um ein Datum einzugeben</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::PdfView</name>
    <message>
        <source>This page cannot be previewed: %1</source>
        <translation>Diese Seite kann nicht in der Vorschau angezeigt werden: %1</translation>
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
    <message>
        <source>Milestones of the programme</source>
        <translation>Meilensteine des Programms</translation>
    </message>
    <message>
        <source>No milestone has fallen due yet.</source>
        <translation>Bisher ist noch kein Meilenstein fällig geworden.</translation>
    </message>
    <message>
        <source>Month due</source>
        <translation>Fälligkeitsmonat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Reached on time</source>
        <translation>Rechtzeitig erreicht</translation>
    </message>
    <message>
        <source>Reached late</source>
        <translation>Verspätet erreicht</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Median delay (days)</source>
        <translation>Median Verzug (Tage)</translation>
    </message>
    <message>
        <source>No milestones yet</source>
        <translation>Noch keine Meilensteine</translation>
    </message>
    <message>
        <source>Milestones by the month they were due</source>
        <translation>Meilensteine nach Fälligkeitsmonat</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>Meilensteine</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::ProgrammeDashboard</name>
    <message>
        <source>Programme dashboard</source>
        <translation>Programmübersicht</translation>
    </message>
    <message>
        <source>Nothing to show yet: the scope has no sub-projects, services or training.</source>
        <translation>Noch nichts anzuzeigen: Der Berichtsbereich enthält keine Teilprojekte, Leistungen oder Schulungen.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::ProgrammePage</name>
    <message>
        <source>Whole programme</source>
        <translation>Gesamtes Programm</translation>
    </message>
    <message>
        <source>Report scope</source>
        <translation>Berichtsbereich</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Status report as &amp;PDF…</source>
        <translation>Statusbericht als &amp;PDF…</translation>
    </message>
    <message>
        <source>Status report as &amp;HTML…</source>
        <translation>Statusbericht als &amp;HTML…</translation>
    </message>
    <message>
        <source>The status report / newsletter for the day and scope chosen: charts, each sub-project&apos;s latest status, milestones, services that went online, training figures</source>
        <translation>Der Statusbericht bzw. Newsletter für den gewählten Tag und Berichtsbereich: Diagramme, aktueller Stand jedes Teilprojekts, Meilensteine, online gegangene Leistungen, Schulungskennzahlen</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Berichtsbereich:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Stichtag:</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Sub-projects</source>
        <translation>&amp;Teilprojekte</translation>
    </message>
    <message>
        <source>OZG s&amp;ervices</source>
        <translation>&amp;OZG-Leistungen</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Schulungen</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Ideen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Digitalisation programme&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Digitalisierungsprogramm&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Gathering…</source>
        <translation>Wird zusammengestellt …</translation>
    </message>
    <message>
        <source>The programme cannot be read: %1</source>
        <translation>Die Programmdaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2 sub-projects, %3 services</source>
        <translation>%1 · %2 Teilprojekte, %3 Leistungen</translation>
    </message>
    <message>
        <source>Save status report</source>
        <translation>Statusbericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>Status report saved: %1</source>
        <translation>Statusbericht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::RecordListsPanel</name>
    <message>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Double-click a case to open its file</source>
        <translation>Doppelklick auf einen Vorgang öffnet seine Akte</translation>
    </message>
    <message>
        <source>Double-click a document to open it</source>
        <translation>Doppelklick auf ein Dokument öffnet es</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln Vorgang</numerusform>
            <numerusform>%Ln Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln Dokument</numerusform>
            <numerusform>%Ln Dokumente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::RequirementsPanel</name>
    <message>
        <source>everyone with the role &quot;%1&quot;</source>
        <translation>alle mit der Rolle „%1“</translation>
    </message>
    <message>
        <source>the staff of department %1</source>
        <translation>die Beschäftigten der Organisationseinheit %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Required of</source>
        <translation>Verpflichtend für</translation>
    </message>
    <message>
        <source>&amp;Require a course…</source>
        <translation>Schulung &amp;vorschreiben…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Required courses</source>
        <translation>Pflichtschulungen</translation>
    </message>
    <message>
        <source>A required course counts in the coverage of every department whose staff must take it: all its staff, or those whose Amtsdesk user holds the role.</source>
        <translation>Eine Pflichtschulung zählt in der Schulungsquote jeder Organisationseinheit, deren Beschäftigte sie absolvieren müssen: alle Beschäftigten oder diejenigen, deren Amtsdesk-Benutzer die Rolle innehat.</translation>
    </message>
    <message>
        <source>Require a course</source>
        <translation>Schulung vorschreiben</translation>
    </message>
    <message>
        <source>Course requirement added.</source>
        <translation>Pflichtschulung hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove requirement</source>
        <translation>Verpflichtung aufheben</translation>
    </message>
    <message>
        <source>%1 is no longer required of %2.</source>
        <translation>%1 ist für %2 nicht mehr verpflichtend.</translation>
    </message>
    <message>
        <source>Of the staff of a &amp;department:</source>
        <translation>Für die Beschäftigten einer &amp;Organisationseinheit:</translation>
    </message>
    <message>
        <source>Of everyone with a &amp;role:</source>
        <translation>Für alle mit einer &amp;Rolle:</translation>
    </message>
    <message>
        <source>A course required of a role reaches every department: the programme manager sets it</source>
        <translation>Eine für eine Rolle vorgeschriebene Schulung gilt in jeder Organisationseinheit: Sie wird von der Projektleitung Digitalisierungsprogramm festgelegt</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Schulung:</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::SearchPage</name>
    <message>
        <source>&lt;h2&gt;Search&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Suche&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>e.g. Müller Bauantrag, &quot;keine Bedenken&quot;, Gebühr* NOT Mahnung, akte:63- von:1.1.2026</source>
        <translation>z. B. Müller Bauantrag, &quot;keine Bedenken&quot;, Gebühr* NOT Mahnung, akte:63- von:1.1.2026</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Words are found in every spelling: Müller, Mueller and Muller; Straße and Strasse. Bau* finds Bauantrag and Baugenehmigung. Filters: akte: oe: plan: von: bis: typ: status:</source>
        <translation>Wörter werden in jeder Schreibweise gefunden: Müller, Mueller und Muller; Straße und Strasse. Bau* findet Bauantrag und Baugenehmigung. Filter: akte: oe: plan: von: bis: typ: status:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found, best first.</source>
        <translation>
            <numerusform>%n Dokument gefunden.</numerusform>
            <numerusform>%n Dokumente gefunden, die besten Treffer zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, case %2, page %3</source>
        <translation>%1, Vorgang %2, Seite %3</translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation>%1, Vorgang %2</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::ServiceDialog</name>
    <message>
        <source>Offer service</source>
        <translation>Leistung anbieten</translation>
    </message>
    <message>
        <source>Name, LeiKa key or OZG id, e.g. Wohngeld or 99108</source>
        <translation>Name, LeiKa-Schlüssel oder OZG-ID, z. B. Wohngeld oder 99108</translation>
    </message>
    <message>
        <source>Find in the OZG catalogue</source>
        <translation>Im OZG-Katalog suchen</translation>
    </message>
    <message>
        <source>Service (LeiKa)</source>
        <translation>Leistung (LeiKa)</translation>
    </message>
    <message>
        <source>LeiKa key</source>
        <translation>LeiKa-Schlüssel</translation>
    </message>
    <message>
        <source>OZG id</source>
        <translation>OZG-ID</translation>
    </message>
    <message>
        <source>OZG service</source>
        <translation>OZG-Leistung</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>Angeboten von</translation>
    </message>
    <message>
        <source>OZG catalogue</source>
        <translation>OZG-Katalog</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Leistung: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Inbetriebnahme</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;LeiKa %2 · OZG %3 %4&lt;br&gt;Maturity now: %5 (changed with &quot;Set maturity…&quot;, which keeps the history)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;LeiKa %2 · OZG %3 %4&lt;br&gt;Reifegrad aktuell: %5 (zu ändern mit „Reifegrad setzen…“, dabei bleibt der Verlauf erhalten)</translation>
    </message>
    <message>
        <source>&amp;Find in the OZG catalogue:</source>
        <translation>Im OZG-Katalog &amp;suchen:</translation>
    </message>
    <message>
        <source>&amp;Responsible department:</source>
        <translation>&amp;Zuständige Organisationseinheit:</translation>
    </message>
    <message>
        <source>Sub-&amp;project:</source>
        <translation>&amp;Teilprojekt:</translation>
    </message>
    <message>
        <source>Maturity &amp;now:</source>
        <translation>Reifegrad &amp;aktuell:</translation>
    </message>
    <message>
        <source>&amp;Target maturity:</source>
        <translation>Zi&amp;elreifegrad:</translation>
    </message>
    <message>
        <source>Online service &amp;link:</source>
        <translation>&amp;Link zur Online-Leistung:</translation>
    </message>
    <message>
        <source>&amp;Go-live:</source>
        <translation>&amp;Inbetriebnahme:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>Der Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The OZG catalogue is empty: the programme manager imports it first.</source>
        <translation>Der OZG-Katalog ist leer: Die Projektleitung Digitalisierungsprogramm muss ihn zuerst importieren.</translation>
    </message>
    <message>
        <source>The first %1 matches of %2 services in the catalogue; type more to narrow them.</source>
        <translation>Die ersten %1 Treffer von %2 Leistungen im Katalog; geben Sie mehr ein, um die Auswahl einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the catalogue.</source>
        <translation>
            <numerusform>%n Treffer im Katalog.</numerusform>
            <numerusform>%n Treffer im Katalog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the service from the catalogue first.</source>
        <translation>Wählen Sie zuerst die Leistung aus dem Katalog aus.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::ServicesPanel</name>
    <message>
        <source>%1 (model %2)</source>
        <translation>%1 (Modell %2)</translation>
    </message>
    <message>
        <source>Only my departments</source>
        <translation>Nur meine Organisationseinheiten</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>OZG id</source>
        <translation>OZG-ID</translation>
    </message>
    <message>
        <source>LeiKa key</source>
        <translation>LeiKa-Schlüssel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Teilprojekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Maturity now</source>
        <translation>Reifegrad aktuell</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Inbetriebnahme</translation>
    </message>
    <message>
        <source>Online service</source>
        <translation>Online-Dienst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Set &amp;maturity…</source>
        <translation>&amp;Reifegrad setzen…</translation>
    </message>
    <message>
        <source>Filter by name, LeiKa key or OZG id</source>
        <translation>Nach Name, LeiKa-Schlüssel oder OZG-ID filtern</translation>
    </message>
    <message>
        <source>Filter services</source>
        <translation>Leistungen filtern</translation>
    </message>
    <message>
        <source>OZG services</source>
        <translation>OZG-Leistungen</translation>
    </message>
    <message>
        <source>Maturity history</source>
        <translation>Reifegradverlauf</translation>
    </message>
    <message>
        <source>Records the level the service reached; the earlier levels stay in its history</source>
        <translation>Erfasst den Reifegrad, den die Leistung erreicht hat; die früheren Reifegrade bleiben im Verlauf erhalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maturity history&lt;/b&gt; (oldest first)</source>
        <translation>&lt;b&gt;Reifegradverlauf&lt;/b&gt; (älteste zuerst)</translation>
    </message>
    <message>
        <source>The services cannot be read: %1</source>
        <translation>Die Leistungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No services to show.</source>
        <translation>Es sind keine Leistungen anzuzeigen.</translation>
    </message>
    <message>
        <source>Choose a service above.</source>
        <translation>Wählen Sie oben eine Leistung aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · OZG %3 · responsible: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · OZG %3 · zuständig: %4</translation>
    </message>
    <message>
        <source>Maturity of %1</source>
        <translation>Reifegrad von %1</translation>
    </message>
    <message>
        <source>Optional, e.g. what went online</source>
        <translation>Optional, z. B. was online gegangen ist</translation>
    </message>
    <message>
        <source>Now: %1 · target: %2</source>
        <translation>Aktuell: %1 · Ziel: %2</translation>
    </message>
    <message>
        <source>Reached on:</source>
        <translation>Erreicht am:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Bemerkung:</translation>
    </message>
    <message>
        <source>Set maturity</source>
        <translation>Reifegrad setzen</translation>
    </message>
    <message>
        <source>%1 now stands at maturity level %2.</source>
        <translation>%1 hat jetzt die Reifegradstufe %2.</translation>
    </message>
    <message>
        <source>&amp;Import OZG catalogue…</source>
        <translation>OZG-Katalog &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Offer service…</source>
        <translation>Leistung &amp;anbieten…</translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation>Leistung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>The OZG / LeiKa catalogue as CSV (leika_key, leika_name, leika_type, ozg_id, ozg_name, life_situation, topic); a re-import updates without duplicating</source>
        <translation>Der OZG-/LeiKa-Katalog als CSV (leika_key, leika_name, leika_type, ozg_id, ozg_name, life_situation, topic); ein erneuter Import aktualisiert, ohne Dubletten anzulegen</translation>
    </message>
    <message>
        <source>A service of the catalogue that the district offers, with its department, sub-project, maturity and status</source>
        <translation>Eine Leistung aus dem Katalog, die der Landkreis anbietet, mit Organisationseinheit, Teilprojekt, Reifegrad und Status</translation>
    </message>
    <message>
        <source>Department, sub-project, target, link, go-live and status of the selected service</source>
        <translation>Organisationseinheit, Teilprojekt, Ziel, Link, Inbetriebnahme und Status der ausgewählten Leistung</translation>
    </message>
    <message>
        <source>Maturity:</source>
        <translation>Reifegrad:</translation>
    </message>
    <message>
        <source>Import OZG catalogue</source>
        <translation>OZG-Katalog importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>OZG catalogue imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>OZG-Katalog importiert: %1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 abgewiesen.</translation>
    </message>
    <message>
        <source>%1 is now offered.</source>
        <translation>%1 wird jetzt angeboten.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::StaffDialog</name>
    <message>
        <source>Still works here</source>
        <translation>Noch beschäftigt</translation>
    </message>
    <message>
        <source>Member of staff: %1</source>
        <translation>Beschäftigteneintrag: %1</translation>
    </message>
    <message>
        <source>Add member of staff</source>
        <translation>Beschäftigteneintrag hinzufügen</translation>
    </message>
    <message>
        <source>none: does not use Amtsdesk</source>
        <translation>keiner: nutzt Amtsdesk nicht</translation>
    </message>
    <message>
        <source>e.g. Sachbearbeitung Wohngeld</source>
        <translation>z. B. Sachbearbeitung Wohngeld</translation>
    </message>
    <message>
        <source>Someone who left stays in the records of past sessions but no longer counts</source>
        <translation>Wer ausgeschieden ist, bleibt in den Teilnahmen vergangener Termine erhalten, zählt aber nicht mehr mit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Organisationseinheit:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Amtsdesk &amp;user:</source>
        <translation>Amtsdesk-&amp;Benutzer:</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::StaffPanel</name>
    <message>
        <source>Show those who left</source>
        <translation>Ausgeschiedene anzeigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Amtsdesk user</source>
        <translation>Amtsdesk-Benutzer</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>&amp;Add member of staff…</source>
        <translation>Beschäftigteneintrag &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Organisationseinheiten</translation>
    </message>
    <message>
        <source>Staff directory</source>
        <translation>Beschäftigtenverzeichnis</translation>
    </message>
    <message>
        <source>Also for staff who do not use Amtsdesk</source>
        <translation>Auch für Beschäftigte, die Amtsdesk nicht nutzen</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Organisationseinheit:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>%1 added to the staff directory.</source>
        <translation>%1 in das Beschäftigtenverzeichnis aufgenommen.</translation>
    </message>
    <message>
        <source>The entry of %1 saved.</source>
        <translation>Der Eintrag von %1 wurde gespeichert.</translation>
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
    <message>
        <source>Backup &amp;settings…</source>
        <translation>Sicherungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Makes a backup into the folder of the scheduled backup now</source>
        <translation>Erstellt jetzt eine Sicherung im Ordner der automatischen Sicherung</translation>
    </message>
    <message>
        <source>No scheduled backup is set up. Set one up with &quot;Backup settings…&quot;.</source>
        <translation>Es ist keine automatische Sicherung eingerichtet. Richten Sie eine über „Sicherungseinstellungen…“ ein.</translation>
    </message>
    <message>
        <source>No scheduled backup is set up; your administrator can set one up.</source>
        <translation>Es ist keine automatische Sicherung eingerichtet; Ihre Administration kann eine einrichten.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>im Abstand von %n Stunde</numerusform>
            <numerusform>im Abstand von %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backup %1 into %2; the newest %3 are kept.</source>
        <translation>Automatische Sicherung %1 nach %2; die neuesten %3 werden aufbewahrt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A backup is being made…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eine Sicherung wird erstellt …&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Es wurde noch keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Last backup: %1, written and verified in %2.</source>
        <translation>Letzte Sicherung: %1, geschrieben und geprüft in %2.</translation>
    </message>
    <message>
        <source>The last backup failed on %1: %2.</source>
        <translation>Die letzte Sicherung am %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Older backups were kept.</source>
        <translation>Ältere Sicherungen wurden behalten.</translation>
    </message>
    <message>
        <source>The last good backup is from %1.</source>
        <translation>Die letzte erfolgreiche Sicherung stammt vom %1.</translation>
    </message>
    <message>
        <source>There is no good backup yet.</source>
        <translation>Es gibt noch keine erfolgreiche Sicherung.</translation>
    </message>
    <message>
        <source>Scheduled backup</source>
        <translation>Automatische Sicherung</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::SubProjectDialog</name>
    <message>
        <source>Sub-project from idea %1</source>
        <translation>Teilprojekt aus Idee %1</translation>
    </message>
    <message>
        <source>New sub-project</source>
        <translation>Neues Teilprojekt</translation>
    </message>
    <message>
        <source>Edit sub-project %1</source>
        <translation>Teilprojekt %1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. TP-07</source>
        <translation>z. B. TP-07</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Reference number of the e-file; empty: none</source>
        <translation>Aktenzeichen der E-Akte; leer: keine</translation>
    </message>
    <message>
        <source>Participating departments</source>
        <translation>Beteiligte Organisationseinheiten</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Abhängig von</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Forecast start</source>
        <translation>Prognostizierter Beginn</translation>
    </message>
    <message>
        <source>Forecast end</source>
        <translation>Prognostiziertes Ende</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Leitung:</translation>
    </message>
    <message>
        <source>&amp;Sponsoring department:</source>
        <translation>&amp;Federführende Organisationseinheit:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Geplant:</translation>
    </message>
    <message>
        <source>&amp;Forecast:</source>
        <translation>&amp;Prognose:</translation>
    </message>
    <message>
        <source>&amp;Budget planned (€):</source>
        <translation>B&amp;udget geplant (€):</translation>
    </message>
    <message>
        <source>Budget s&amp;pent (€):</source>
        <translation>Budget &amp;verausgabt (€):</translation>
    </message>
    <message>
        <source>&amp;E-file:</source>
        <translation>&amp;E-Akte:</translation>
    </message>
    <message>
        <source>Participating departments:</source>
        <translation>Beteiligte Organisationseinheiten:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Be&amp;schreibung:</translation>
    </message>
    <message>
        <source>&amp;Risks:</source>
        <translation>&amp;Risiken:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Abhängig von:</translation>
    </message>
    <message>
        <source>From idea %1: %2</source>
        <translation>Aus Idee %1: %2</translation>
    </message>
    <message>
        <source>The planned budget &quot;%1&quot; is not an amount in euros. Write it like %2.</source>
        <translation>Das geplante Budget „%1“ ist kein Betrag in Euro. Schreiben Sie ihn z. B. als %2.</translation>
    </message>
    <message>
        <source>The budget spent &quot;%1&quot; is not an amount in euros. Write it like %2.</source>
        <translation>Das verausgabte Budget „%1“ ist kein Betrag in Euro. Schreiben Sie ihn z. B. als %2.</translation>
    </message>
    <message>
        <source>The e-file %1 cannot be linked: %2</source>
        <translation>Die E-Akte %1 kann nicht verknüpft werden: %2</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::SubProjectsPanel</name>
    <message>
        <source>Only my departments</source>
        <translation>Nur meine Organisationseinheiten</translation>
    </message>
    <message>
        <source>Show completed</source>
        <translation>Abgeschlossene anzeigen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>End (forecast)</source>
        <translation>Ende (Prognose)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New &amp;status report…</source>
        <translation>&amp;Neuer Statusbericht…</translation>
    </message>
    <message>
        <source>Add &amp;milestone…</source>
        <translation>&amp;Meilenstein hinzufügen…</translation>
    </message>
    <message>
        <source>Milestone &amp;reached</source>
        <translation>Meilenstein &amp;erreicht</translation>
    </message>
    <message>
        <source>Sub-projects</source>
        <translation>Teilprojekte</translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation>Statusberichte</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Sub-projects your departments sponsor or take part in</source>
        <translation>Teilprojekte, die Ihre Organisationseinheiten federführend betreuen oder an denen sie beteiligt sind</translation>
    </message>
    <message>
        <source>Next &amp;phase</source>
        <translation>Nächste Ph&amp;ase</translation>
    </message>
    <message>
        <source>A dated status report: traffic light, progress and what happened; it cannot be changed afterwards</source>
        <translation>Ein datierter Statusbericht: Ampel, Fortschritt und Sachstand; er kann nachträglich nicht geändert werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status reports&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;Statusberichte&lt;/b&gt; (neueste zuerst)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Milestones&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meilensteine&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The sub-projects cannot be read: %1</source>
        <translation>Die Teilprojekte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No sub-projects to show.</source>
        <translation>Es sind keine Teilprojekte anzuzeigen.</translation>
    </message>
    <message>
        <source>Choose a sub-project above.</source>
        <translation>Wählen Sie oben ein Teilprojekt aus.</translation>
    </message>
    <message>
        <source>Lead: %1 · sponsoring department: %2 · taking part: %3</source>
        <translation>Leitung: %1 · federführende Organisationseinheit: %2 · beteiligt: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Planned %1 – %2 · forecast %3 – %4</source>
        <translation>Geplant %1 – %2 · Prognose %3 – %4</translation>
    </message>
    <message>
        <source>Budget: %1 € planned, %2 € spent</source>
        <translation>Budget: %1 € geplant, %2 € verausgabt</translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>Abhängig von: %1</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>Risiken: %1</translation>
    </message>
    <message>
        <source>E-file: %1</source>
        <translation>E-Akte: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;You may read this sub-project; its officers and the programme manager edit it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sie können dieses Teilprojekt einsehen; bearbeitet wird es von den Digitalisierungsbeauftragten der federführenden Organisationseinheit und der Projektleitung Digitalisierungsprogramm.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Teilprojekt</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <source>%1 is now in the phase %2.</source>
        <translation>%1 ist jetzt in der Phase %2.</translation>
    </message>
    <message>
        <source>Status report for %1</source>
        <translation>Statusbericht für %1</translation>
    </message>
    <message>
        <source>What happened, what comes next; for amber or red, the reason</source>
        <translation>Was ist geschehen, was folgt als Nächstes; bei Gelb oder Rot die Begründung</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Traffic light:</source>
        <translation>Ampel:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <source>Status report for %1 saved.</source>
        <translation>Statusbericht für %1 gespeichert.</translation>
    </message>
    <message>
        <source>Milestone for %1</source>
        <translation>Meilenstein für %1</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>Meilenstein:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig am:</translation>
    </message>
    <message>
        <source>Milestone for %1 added.</source>
        <translation>Meilenstein für %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Milestone “%1” reached.</source>
        <translation>Meilenstein „%1“ erreicht.</translation>
    </message>
    <message>
        <source>&amp;New sub-project…</source>
        <translation>&amp;Neues Teilprojekt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>A new sub-project with all its fields</source>
        <translation>Ein neues Teilprojekt mit allen Angaben</translation>
    </message>
    <message>
        <source>Code, title, area, lead, departments, dates, budget, risks, dependencies and e-file of the selected sub-project</source>
        <translation>Kürzel, Titel, Bereich, Leitung, Organisationseinheiten, Termine, Budget, Risiken, Abhängigkeiten und E-Akte des ausgewählten Teilprojekts</translation>
    </message>
    <message>
        <source>From idea %1: %2</source>
        <translation>Aus Idee %1: %2</translation>
    </message>
    <message>
        <source>Idea %1 became the sub-project %2.</source>
        <translation>Aus Idee %1 wurde das Teilprojekt %2.</translation>
    </message>
    <message>
        <source>Sub-project %1 created.</source>
        <translation>Teilprojekt %1 angelegt.</translation>
    </message>
    <message>
        <source>Sub-project %1 saved.</source>
        <translation>Teilprojekt %1 gespeichert.</translation>
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
    <message>
        <source>More wait: these are the %1 soonest due.</source>
        <translation>Weitere warten: Dies sind die %1 am frühesten fälligen.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::TrainingPanel</name>
    <message>
        <source>Department</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Must take it</source>
        <translation>Teilnahmepflichtig</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Geschult</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Coverage on</source>
        <translation>Schulungsquote am</translation>
    </message>
    <message>
        <source>Training coverage</source>
        <translation>Schulungsquote</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Stichtag:</translation>
    </message>
    <message>
        <source>The training figures cannot be read: %1</source>
        <translation>Die Schulungskennzahlen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No course is required of any department yet.</source>
        <translation>Noch ist für keine Organisationseinheit eine Schulung vorgeschrieben.</translation>
    </message>
    <message>
        <source>%1 of %2 required courses are below %3 of their staff trained.</source>
        <translation>Bei %1 von %2 Pflichtschulungen liegt der Anteil geschulter Beschäftigter unter %3.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::TrainingTabs</name>
    <message>
        <source>Coverage</source>
        <translation>Schulungsquote</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Courses and attendance</source>
        <translation>Schulungen und Teilnahme</translation>
    </message>
    <message>
        <source>Required courses</source>
        <translation>Pflichtschulungen</translation>
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
