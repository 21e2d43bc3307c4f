<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Soliloquy</source>
        <translation>Über Soliloquy</translation>
    </message>
    <message>
        <source>A private journal that feels like a chat.</source>
        <translation>Ein privates Tagebuch, das sich wie ein Chat anfühlt.</translation>
    </message>
    <message>
        <source>Journal file:</source>
        <translation>Tagebuchdatei:</translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation>Tagebuchdatei</translation>
    </message>
    <message>
        <source>Soliloquy is free software: you may share and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Soliloquy ist freie Software: Du darfst es unter den Bedingungen der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder (nach deiner Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und verändern. Es wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>No journal is open.</source>
        <translation>Es ist kein Tagebuch geöffnet.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Versuch es in %n Sekunde noch einmal.</numerusform>
            <numerusform>Zu viele Fehlversuche. Versuch es in %n Sekunden noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation>Benutzername oder Passwort stimmen nicht.</translation>
    </message>
    <message>
        <source>Soliloquy could not derive a key from the password (out of memory?).</source>
        <translation>Soliloquy konnte aus dem Passwort keinen Schlüssel ableiten (zu wenig Arbeitsspeicher?).</translation>
    </message>
    <message>
        <source>The username %1 is taken.</source>
        <translation>Der Benutzername %1 ist schon vergeben.</translation>
    </message>
    <message>
        <source>An account with this email exists already.</source>
        <translation>Es gibt schon ein Konto mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The journal is busy; try again.</source>
        <translation>Das Tagebuch ist gerade beschäftigt; versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Soliloquy could not save the account.</source>
        <translation>Soliloquy konnte das Konto nicht speichern.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieses Konto gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This recovery key is mistyped: check each group of characters.</source>
        <translation>Dieser Wiederherstellungsschlüssel ist falsch eingegeben: Prüf jede Zeichengruppe.</translation>
    </message>
    <message>
        <source>The username or recovery key is not right.</source>
        <translation>Benutzername oder Wiederherstellungsschlüssel stimmen nicht.</translation>
    </message>
    <message>
        <source>Soliloquy could not protect the journal&apos;s key; nothing was changed.</source>
        <translation>Soliloquy konnte den Schlüssel des Tagebuchs nicht schützen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The journal is locked: unlock it, then try again.</source>
        <translation>Das Tagebuch ist gesperrt: entsperr es und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>This account&apos;s password settings ask for far more memory or time than Soliloquy ever uses: the journal file was not written by Soliloquy as it is. Restore a backup (Journal &gt; Backups…).</source>
        <translation>Die Passworteinstellungen dieses Kontos verlangen weit mehr Speicher oder Zeit, als Soliloquy je verwendet: Die Tagebuchdatei ist nicht so, wie Soliloquy sie geschrieben hat. Stellen Sie eine Sicherung wieder her (Tagebuch &gt; Sicherungen…).</translation>
    </message>
    <message>
        <source>This journal syncs with other computers, which share its key: the key stays as it is. Change the password without a new key; it comes to the other computers by itself.</source>
        <translation>Dieses Tagebuch wird mit anderen Computern abgeglichen, die seinen Schlüssel teilen: Der Schlüssel bleibt, wie er ist. Ändern Sie das Passwort ohne neuen Schlüssel; es kommt von selbst zu den anderen Computern.</translation>
    </message>
</context>
<context>
    <name>AccountValidation</name>
    <message>
        <source>At least 3 characters.</source>
        <translation>Mindestens 3 Zeichen.</translation>
    </message>
    <message>
        <source>At most 32 characters.</source>
        <translation>Höchstens 32 Zeichen.</translation>
    </message>
    <message>
        <source>Only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Nur Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Gib deine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>Wähle ein Passwort.</translation>
    </message>
    <message>
        <source>Too short: use at least 10 characters, or a passphrase of a few words.</source>
        <translation>Zu kurz: Nimm mindestens 10 Zeichen oder eine Passphrase aus ein paar Wörtern.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Good. A passphrase of four or more words is stronger.</source>
        <translation>Gut. Eine Passphrase aus vier oder mehr Wörtern ist stärker.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Soliloquy is still running</source>
        <translation>Soliloquy läuft weiter</translation>
    </message>
    <message>
        <source>Reminders keep coming while it waits in the system tray. To end it, choose Quit in the tray icon&apos;s menu.</source>
        <translation>Erinnerungen kommen weiterhin, solange es im Infobereich wartet. Zum Beenden wähle „Beenden“ im Menü seines Symbols dort.</translation>
    </message>
    <message>
        <source>Time to write</source>
        <translation>Zeit zum Schreiben</translation>
    </message>
    <message>
        <source>How was your day? A few lines in your journal are enough.</source>
        <translation>Wie war dein Tag? Ein paar Zeilen in deinem Tagebuch genügen.</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message numerus="yes">
        <source>You wrote %n post(s) on this day in earlier years (%1).</source>
        <translation>
            <numerusform>An diesem Tag hast du in früheren Jahren einen Eintrag geschrieben (%1).</numerusform>
            <numerusform>An diesem Tag hast du in früheren Jahren %n Einträge geschrieben (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Soliloquy cannot open the journal</source>
        <translation>Soliloquy kann das Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>Soliloquy could not save the attachment: %1</source>
        <translation>Soliloquy konnte den Anhang nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 gibt es schon; wähle einen neuen Dateinamen für die Sicherung.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: the finished copy could not be given its name.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: die fertige Kopie konnte ihren Namen nicht erhalten.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not restore from %1: %2</source>
        <translation>Aus %1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Soliloquy backs your journal up once a day and before every upgrade. Backups are encrypted like the journal.</source>
        <translation>Soliloquy sichert dein Tagebuch einmal am Tag und vor jeder Aktualisierung. Die Sicherungen sind wie das Tagebuch verschlüsselt.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert in %1.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the journal with the backup of %1? Everything written since then is set aside, not deleted: the current journal is kept in the backups folder. You will be asked for your password again.</source>
        <translation>Das Tagebuch durch die Sicherung vom %1 ersetzen? Alles, was du seitdem geschrieben hast, wird beiseitegelegt, nicht gelöscht: Das aktuelle Tagebuch bleibt im Ordner der Sicherungen erhalten. Danach wirst du noch einmal nach deinem Passwort gefragt.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Open &amp;link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
</context>
<context>
    <name>ComposerController</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Not posted</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>This post no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pictures go with a new post: save or cancel the edit first.</source>
        <translation>Bilder gehören zu einem neuen Eintrag: Speichere oder verwirf zuerst die Bearbeitung.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not added: a post holds at most %n picture(s).</source>
        <translation>
            <numerusform>%1 wurde nicht hinzugefügt: Ein Eintrag fasst höchstens %n Bild.</numerusform>
            <numerusform>%1 wurde nicht hinzugefügt: Ein Eintrag fasst höchstens %n Bilder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyBackups</name>
    <message>
        <source>Soliloquy could not make the backup folder %1.</source>
        <translation>Soliloquy konnte den Sicherungsordner %1 nicht anlegen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Soliloquy is already open on this journal (process %1). Switch to that window, or close it first.</source>
        <translation>Soliloquy hat dieses Tagebuch schon geöffnet (Prozess %1). Wechsle zu diesem Fenster oder schließ es zuerst.</translation>
    </message>
    <message>
        <source>Soliloquy cannot write in the folder %1, so it cannot open the journal there.</source>
        <translation>Soliloquy kann im Ordner %1 nicht schreiben und das Tagebuch dort deshalb nicht öffnen.</translation>
    </message>
    <message>
        <source>Soliloquy could not lock the journal %1 for writing.</source>
        <translation>Soliloquy konnte das Tagebuch %1 nicht zum Schreiben sperren.</translation>
    </message>
    <message>
        <source>Soliloquy could not create the folder %1.</source>
        <translation>Soliloquy konnte den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>The journal needs an upgrade, which Soliloquy makes only while nothing else has it open. Close the Soliloquy window, then try again.</source>
        <translation>Das Tagebuch muss aktualisiert werden, und das macht Soliloquy nur, solange nichts anderes es geöffnet hat. Schließ das Soliloquy-Fenster und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>Soliloquy could not open %1: %2</source>
        <translation>Soliloquy konnte %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Soliloquy did not upgrade the journal because it could not back it up first. %1</source>
        <translation>Soliloquy hat das Tagebuch nicht aktualisiert, weil es vorher keine Sicherung anlegen konnte. %1</translation>
    </message>
    <message>
        <source>Soliloquy could not prepare the journal for safe writing: %1</source>
        <translation>Soliloquy konnte das Tagebuch nicht für sicheres Schreiben vorbereiten: %1</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Die Sicherung %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not a usable Soliloquy backup, so the journal was left as it was. %2</source>
        <translation>%1 ist keine brauchbare Soliloquy-Sicherung; das Tagebuch bleibt, wie es war. %2</translation>
    </message>
    <message>
        <source>Soliloquy could not move the current journal aside, so nothing was restored.</source>
        <translation>Soliloquy konnte das aktuelle Tagebuch nicht beiseitelegen, deshalb wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Soliloquy could not put the restored journal in place.</source>
        <translation>Soliloquy konnte das wiederhergestellte Tagebuch nicht an seinen Platz legen.</translation>
    </message>
    <message>
        <source>Soliloquy cannot record changes for sync: %1</source>
        <translation>Soliloquy kann die Änderungen für den Abgleich nicht aufzeichnen: %1</translation>
    </message>
</context>
<context>
    <name>DeletePostCommand</name>
    <message>
        <source>delete post</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>Eintrag löschen</translation>
    </message>
</context>
<context>
    <name>EditPostCommand</name>
    <message>
        <source>edit post</source>
        <comment>after Undo or Redo in the Edit menu</comment>
        <translation>Eintrag bearbeiten</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>This picture could not be opened: it is damaged or missing from the journal.</source>
        <translation>Dieses Bild ließ sich nicht öffnen: Es ist beschädigt oder fehlt im Tagebuch.</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Bild vom %1</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to date</source>
        <translation>Zu Datum springen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>No posts this month.</source>
        <translation>Keine Einträge in diesem Monat.</translation>
    </message>
    <message numerus="yes">
        <source>Posts on %n day(s) this month (underlined).</source>
        <translation>
            <numerusform>Einträge an %n Tag in diesem Monat (unterstrichen).</numerusform>
            <numerusform>Einträge an %n Tagen in diesem Monat (unterstrichen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a synced journal</source>
        <translation>Einem abgeglichenen Tagebuch beitreten</translation>
    </message>
    <message>
        <source>Keep here the journal that another of your computers keeps in a sync folder. Choose that folder as your sync tool has brought it to this computer, and type the journal&apos;s password: the account and every post arrive here.</source>
        <translation>Führe hier das Tagebuch weiter, das ein anderer deiner Computer in einem Sync-Ordner hält. Wähle diesen Ordner, wie ihn dein Sync-Programm auf diesen Computer gebracht hat, und gib das Passwort des Tagebuchs ein: Das Konto und alle Einträge kommen hierher.</translation>
    </message>
    <message>
        <source>Sync &amp;folder:</source>
        <translation>Sync-&amp;Ordner:</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>The folder your sync tool keeps in step</source>
        <translation>Der Ordner, den dein Sync-Programm abgleicht</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>3-32 letters, digits, . _ -</source>
        <translation>3–32 Buchstaben, Ziffern, . _ -</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The journal&apos;s password on the other computer</source>
        <translation>Das Passwort des Tagebuchs auf dem anderen Computer</translation>
    </message>
    <message>
        <source>This &amp;computer:</source>
        <translation>Dieser &amp;Computer:</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Beitritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Bei&amp;treten</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Sync-Ordner wählen</translation>
    </message>
    <message>
        <source>The folder %1 is not there. Choose the folder your sync tool keeps in step with your other computer.</source>
        <translation>Den Ordner %1 gibt es nicht. Wähle den Ordner, den dein Sync-Programm mit deinem anderen Computer abgleicht.</translation>
    </message>
    <message>
        <source>Joining: opening the account with its password takes a moment…</source>
        <translation>Beitritt: Das Konto mit seinem Passwort zu öffnen dauert einen Moment…</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>There is nothing to post.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>This post is longer than 64 KiB. Split it into several posts.</source>
        <translation>Dieser Eintrag ist länger als 64 KiB. Teil ihn in mehrere Einträge auf.</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>Das Tagebuch ist gesperrt.</translation>
    </message>
    <message>
        <source>Soliloquy could not save the post: %1</source>
        <translation>Soliloquy konnte den Eintrag nicht speichern: %1</translation>
    </message>
    <message>
        <source>This post no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Soliloquy could not save the draft: %1</source>
        <translation>Soliloquy konnte den Entwurf nicht speichern: %1</translation>
    </message>
    <message>
        <source>A post may have %1 pictures at most.</source>
        <translation>Ein Beitrag kann höchstens %1 Bilder haben.</translation>
    </message>
</context>
<context>
    <name>JournalInspector</name>
    <message>
        <source>Soliloquy could not read the journal file: %1</source>
        <translation>Soliloquy konnte die Tagebuchdatei nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1 is not a Soliloquy journal (it is not an SQLite database). The file was left untouched.</source>
        <translation>%1 ist kein Soliloquy-Tagebuch (es ist keine SQLite-Datenbank). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Soliloquy could not open %1: %2</source>
        <translation>Soliloquy konnte %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 belongs to another application, not Soliloquy. The file was left untouched.</source>
        <translation>%1 gehört zu einer anderen Anwendung, nicht zu Soliloquy. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>This journal was written by a newer version of Soliloquy (schema version %1; this version knows up to %2). Update Soliloquy to open it. The file was left untouched.</source>
        <translation>Dieses Tagebuch wurde von einer neueren Version von Soliloquy geschrieben (Schemaversion %1; diese Version kennt sie bis %2). Aktualisiere Soliloquy, um es zu öffnen. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The journal file %1 is damaged. It was left untouched; restore it from a backup.</source>
        <translation>Die Tagebuchdatei %1 ist beschädigt. Sie blieb unverändert; stell sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row in table %3</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile der Tabelle %3</translation>
    </message>
</context>
<context>
    <name>JournalOpener</name>
    <message>
        <source>Soliloquy cannot open the journal %1.

%2</source>
        <translation>Soliloquy kann das Tagebuch %1 nicht öffnen.

%2</translation>
    </message>
    <message>
        <source>Journal damaged</source>
        <translation>Tagebuch beschädigt</translation>
    </message>
    <message>
        <source>%1

Restore the newest backup, made %2? The damaged file will be kept in the backups folder.</source>
        <translation>%1

Die neueste Sicherung vom %2 wiederherstellen? Die beschädigte Datei wird im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot open the journal</source>
        <translation>Das Tagebuch lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>

There is no backup of this journal yet to restore. Soliloquy keeps its backups in %1.</source>
        <translation>

Von diesem Tagebuch gibt es noch keine Sicherung zum Wiederherstellen. Soliloquy legt seine Sicherungen in %1 ab.</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>The journal is busy; try again.</source>
        <translation>Das Tagebuch ist gerade beschäftigt; versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The journal locked while it was being sealed anew; nothing was changed.</source>
        <translation>Das Tagebuch wurde gesperrt, während es neu versiegelt wurde; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Soliloquy could not write the journal; nothing was changed.</source>
        <translation>Soliloquy konnte das Tagebuch nicht schreiben; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Soliloquy could not read the journal; nothing was changed.</source>
        <translation>Soliloquy konnte das Tagebuch nicht lesen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Soliloquy cannot start</source>
        <translation>Soliloquy kann nicht starten</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Unlock Soliloquy</source>
        <translation>Soliloquy entsperren</translation>
    </message>
    <message>
        <source>Unlock your journal.</source>
        <translation>Entsperr dein Tagebuch.</translation>
    </message>
    <message>
        <source>&amp;Username or email:</source>
        <translation>&amp;Benutzername oder E-Mail:</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Create &amp;account…</source>
        <translation>&amp;Konto anlegen…</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Been&amp;den</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>&amp;Join a synced journal…</source>
        <translation>Einem abgeglichenen Tagebuch beit&amp;reten…</translation>
    </message>
    <message>
        <source>Keep here a journal that another of your computers keeps in a sync folder</source>
        <translation>Hier ein Tagebuch weiterführen, das ein anderer deiner Computer in einem Sync-Ordner hält</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Soliloquy</source>
        <translation>Soliloquy</translation>
    </message>
    <message>
        <source>Journal posts</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>Editing a post. Enter saves, Esc cancels.</source>
        <translation>Du bearbeitest einen Eintrag. Eingabe speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Write to yourself… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>Schreib dir selbst… (Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>Send post</source>
        <translation>Eintrag senden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About Soliloquy</source>
        <translation>Ü&amp;ber Soliloquy</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Edit post</source>
        <translation>Eintrag &amp;bearbeiten</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Delete post…</source>
        <translation>Eintrag &amp;löschen…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Go to &amp;newest post</source>
        <translation>Zum &amp;neuesten Eintrag</translation>
    </message>
    <message>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>%1 — Soliloquy</source>
        <translation>%1 — Soliloquy</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete this post? You can bring it back with Undo (Ctrl+Z) until you lock or quit.</source>
        <translation>Diesen Eintrag löschen? Mit „Rückgängig“ (Strg+Z) holst du ihn zurück, bis du sperrst oder Soliloquy beendest.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Show &amp;all posts</source>
        <translation>Alle &amp;Einträge anzeigen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>Zu &amp;Datum springen…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>On this &amp;day</source>
        <translation>An diesem &amp;Tag</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sic&amp;herungen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Wird indiziert…</translation>
    </message>
    <message>
        <source>No posts found.</source>
        <translation>Keine Einträge gefunden.</translation>
    </message>
    <message>
        <source> (still indexing)</source>
        <translation> (Indizierung läuft noch)</translation>
    </message>
    <message>
        <source>Showing the posts tagged &lt;b&gt;#%1&lt;/b&gt;.</source>
        <translation>Du siehst die Einträge mit dem Schlagwort &lt;b&gt;#%1&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) tagged #%1</source>
        <translation>
            <numerusform>%n Eintrag mit dem Schlagwort #%1</numerusform>
            <numerusform>%n Einträge mit dem Schlagwort #%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing for search… %1%</source>
        <translation>Indizierung für die Suche… %1 %</translation>
    </message>
    <message>
        <source>Nothing written on this day in earlier years.</source>
        <translation>An diesem Tag hast du in früheren Jahren nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>On this day: %n post(s) from earlier years</source>
        <translation>
            <numerusform>An diesem Tag: %n Eintrag aus früheren Jahren</numerusform>
            <numerusform>An diesem Tag: %n Einträge aus früheren Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import into the journal</source>
        <translation>Ins Tagebuch importieren</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Import abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Soliloquy JSON, to import again (*.json)</source>
        <translation>Soliloquy-JSON, zum erneuten Importieren (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page, prints well (*.html)</source>
        <translation>Webseite, gut druckbar (*.html)</translation>
    </message>
    <message>
        <source>Journal exports: Soliloquy, jrnl, Day One (*.json *.zip)</source>
        <translation>Tagebuch-Exporte: Soliloquy, jrnl, Day One (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore a bac&amp;kup…</source>
        <translation>Sicherung &amp;zurückspielen…</translation>
    </message>
    <message>
        <source>Search between two dates</source>
        <translation>Zwischen zwei Daten suchen</translation>
    </message>
    <message>
        <source>Search only between two dates</source>
        <translation>Nur zwischen zwei Daten suchen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Show the oldest posts first</source>
        <translation>Die ältesten Einträge zuerst zeigen</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Next search result</source>
        <translation>Nächster Suchtreffer</translation>
    </message>
    <message>
        <source>Previous search result</source>
        <translation>Vorheriger Suchtreffer</translation>
    </message>
    <message>
        <source>%1 is not a date: write days as 2024-01-31.</source>
        <translation>%1 ist kein Datum: Tage schreibt man als 2024-01-31.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) found</source>
        <translation>
            <numerusform>%Ln Eintrag gefunden</numerusform>
            <numerusform>%Ln Einträge gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) of this journal are damaged and cannot be read.</source>
        <translation>
            <numerusform>%n Beitrag dieses Tagebuchs ist beschädigt und kann nicht gelesen werden.</numerusform>
            <numerusform>%n Beiträge dieses Tagebuchs sind beschädigt und können nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Soliloquy could not check whether posts are missing: %1</source>
        <translation>Soliloquy konnte nicht prüfen, ob Beiträge fehlen: %1</translation>
    </message>
    <message>
        <source>The journal&apos;s record of its posts was changed outside Soliloquy: posts may be missing.</source>
        <translation>Das Verzeichnis der Beiträge dieses Tagebuchs wurde außerhalb von Soliloquy verändert: Beiträge fehlen vielleicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are missing: they were removed outside Soliloquy.</source>
        <translation>
            <numerusform>%n Beitrag fehlt: Er wurde außerhalb von Soliloquy entfernt.</numerusform>
            <numerusform>%n Beiträge fehlen: Sie wurden außerhalb von Soliloquy entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posts were changed, rolled back or added outside Soliloquy.</source>
        <translation>Beiträge wurden außerhalb von Soliloquy verändert, auf einen älteren Stand zurückgesetzt oder hinzugefügt.</translation>
    </message>
    <message>
        <source>A backup from before the damage may still have them.</source>
        <translation>Eine Sicherung von vor der Beschädigung hat sie vielleicht noch.</translation>
    </message>
    <message>
        <source>Search your journal… (Up: recent searches)</source>
        <translation>Durchsuche dein Tagebuch… (↑: letzte Suchen)</translation>
    </message>
    <message>
        <source>The import is writing to the journal: try again once it is done.</source>
        <translation>Der Import schreibt gerade ins Tagebuch: bitte erneut versuchen, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>Add pictures to the post</source>
        <translation>Dem Eintrag Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;pictures…</source>
        <translation>Bilder &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Add pictures to the post (Ctrl+Shift+A); pasting or dropping them works too</source>
        <translation>Dem Eintrag Bilder hinzufügen (Strg+Umschalt+A); Einfügen oder Hineinziehen geht auch</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Pictures</source>
        <translation>&amp;Bilder</translation>
    </message>
    <message>
        <source>Every picture of the journal, by month (Ctrl+Shift+P)</source>
        <translation>Alle Bilder des Tagebuchs, nach Monaten (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Only posts with pictures</source>
        <translation>Nur Einträge mit Bildern</translation>
    </message>
    <message>
        <source>Search only the posts with pictures (has:picture)</source>
        <translation>Nur die Einträge mit Bildern durchsuchen (has:picture)</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The journal was set up with a different version of migration %1 than this build of Soliloquy carries. To keep your journal safe, Soliloquy will not open it. Use the Soliloquy version that created it.</source>
        <translation>Das Tagebuch wurde mit einer anderen Fassung der Migration %1 eingerichtet, als diese Ausgabe von Soliloquy mitbringt. Damit dein Tagebuch sicher bleibt, öffnet Soliloquy es nicht. Verwende die Version von Soliloquy, mit der es angelegt wurde.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Tagebuch ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not upgrade the journal with migration %1 (%2). The journal was left as it was before.</source>
        <translation>Das Tagebuch ließ sich nicht mit Migration %1 aktualisieren (%2). Es blieb, wie es vorher war.</translation>
    </message>
</context>
<context>
    <name>OfferedPictures</name>
    <message>
        <source>the pasted picture</source>
        <translation>das eingefügte Bild</translation>
    </message>
</context>
<context>
    <name>PendingPictures</name>
    <message>
        <source>Pictures to send</source>
        <translation>Zu sendende Bilder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Leave %1 out of the post</source>
        <translation>%1 nicht mit dem Eintrag senden</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2: a picture may have 50 MB at most.</source>
        <translation>%1 ist größer als %2: Ein Bild darf höchstens 50 MB groß sein.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a picture that Soliloquy can show (PNG, JPEG, GIF, WebP, HEIC or AVIF).</source>
        <translation>%1 ist kein Bild, das Soliloquy zeigen kann (PNG, JPEG, GIF, WebP, HEIC oder AVIF).</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels: a picture may have 400 million pixels at most.</source>
        <translation>%1 hat %2 x %3 Pixel: Ein Bild darf höchstens 400 Millionen Pixel haben.</translation>
    </message>
    <message>
        <source>%1 is damaged: its size cannot be read.</source>
        <translation>%1 ist beschädigt: Seine Größe lässt sich nicht lesen.</translation>
    </message>
</context>
<context>
    <name>PictureGallery</name>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Pictures of the journal, newest first</source>
        <translation>Bilder des Tagebuchs, neueste zuerst</translation>
    </message>
    <message>
        <source>No pictures yet. Add some to a post with the button beside the composer (Ctrl+Shift+A), or paste or drop them there.</source>
        <translation>Noch keine Bilder. Füge einem Eintrag welche mit der Schaltfläche neben dem Eingabefeld hinzu (Strg+Umschalt+A), oder füge sie dort ein oder ziehe sie hinein.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s), newest first. Enter or a click shows the post.</source>
        <translation>
            <numerusform>%Ln Bild, neueste zuerst. Eingabe oder ein Klick zeigt den Eintrag.</numerusform>
            <numerusform>%Ln Bilder, neueste zuerst. Eingabe oder ein Klick zeigt den Eintrag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PictureStore</name>
    <message>
        <source>The journal is locked.</source>
        <translation>Das Tagebuch ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>Previous picture (Left)</source>
        <translation>Vorheriges Bild (Links)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>Next picture (Right)</source>
        <translation>Nächstes Bild (Rechts)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>An das Fenster anpassen</translation>
    </message>
    <message>
        <source>Fit the picture to the window (0)</source>
        <translation>Das Bild an das Fenster anpassen (0)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Save a copy of the picture</source>
        <translation>Eine Kopie des Bildes speichern</translation>
    </message>
    <message>
        <source>Save a copy of the picture as it was added (Ctrl+S)</source>
        <translation>Eine Kopie des Bildes so speichern, wie es hinzugefügt wurde (Strg+S)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Die Bildansicht schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>This picture is no longer in the journal.</source>
        <translation>Dieses Bild ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>This picture could not be opened: it is damaged or missing from the journal.</source>
        <translation>Dieses Bild ließ sich nicht öffnen: Es ist beschädigt oder fehlt im Tagebuch.</translation>
    </message>
    <message>
        <source>This picture could not be opened: its bytes are not a picture Soliloquy can show.</source>
        <translation>Dieses Bild ließ sich nicht öffnen: Seine Daten sind kein Bild, das Soliloquy zeigen kann.</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <source>Picture %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>%1 picture (*.%2)</source>
        <translation>%1-Bild (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The picture could not be saved as %1: %2</source>
        <translation>Das Bild konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Eine Kopie wurde als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>This picture is damaged and cannot be shown.</source>
        <translation>Dieses Bild ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Click to view the picture</source>
        <translation>Klicken, um das Bild anzusehen</translation>
    </message>
    <message>
        <source>Picture %1 of %2: click to view it</source>
        <translation>Bild %1 von %2: klicken, um es anzusehen</translation>
    </message>
</context>
<context>
    <name>PostLedger</name>
    <message>
        <source>the journal was sealed under a new key elsewhere (a password change); lock it and unlock it with the new password</source>
        <translation>das Tagebuch wurde anderswo unter einem neuen Schlüssel versiegelt (eine Passwortänderung); sperr es und entsperr es mit dem neuen Passwort</translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>This post cannot be read: it is damaged or does not belong here.</source>
        <translation>Dieser Eintrag ist nicht lesbar: Er ist beschädigt oder gehört nicht hierher.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n picture(s))</source>
        <translation>
            <numerusform>%1 (%n Bild)</numerusform>
            <numerusform>%1 (%n Bilder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>Soliloquy could not save the post: %1</source>
        <translation>Soliloquy konnte den Eintrag nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Dabei seit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No posts yet</source>
        <translation>Noch keine Einträge</translation>
    </message>
    <message>
        <source>Last post: %1, %2</source>
        <translation>Letzter Eintrag: %1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>posts, pictures</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>Bild aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Use generated picture</source>
        <translation>&amp;Erzeugtes Bild verwenden</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Only to change the password</source>
        <translation>Nur zum Ändern des Passworts</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation>Avatar auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>This file is not an image Soliloquy can read.</source>
        <translation>Diese Datei ist kein Bild, das Soliloquy lesen kann.</translation>
    </message>
    <message>
        <source>Type the current password to change it.</source>
        <translation>Gib das aktuelle Passwort ein, um es zu ändern.</translation>
    </message>
    <message>
        <source>An account with this email exists already.</source>
        <translation>Es gibt schon ein Konto mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Also seal every post under a ne&amp;w key (a new recovery key too)</source>
        <translation>&amp;Zusätzlich jeden Beitrag unter einem neuen Schlüssel versiegeln (auch ein neuer Wiederherstellungsschlüssel)</translation>
    </message>
    <message>
        <source>Then the old password and recovery key open nothing written from now on. Old backups keep the password they had.</source>
        <translation>Dann öffnen das alte Passwort und der alte Wiederherstellungsschlüssel nichts mehr, was ab jetzt geschrieben wird. Alte Sicherungen behalten das Passwort, das sie hatten.</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Neuer Wiederherstellungs&amp;schlüssel…</translation>
    </message>
    <message>
        <source>Issues a new recovery key (type the current password first); the old one stops working.</source>
        <translation>Erstellt einen neuen Wiederherstellungsschlüssel (gib zuerst das aktuelle Passwort ein); der alte funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Sealing under the new key</source>
        <translation>Versiegeln unter dem neuen Schlüssel</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Every post is sealed under a new key. This is your new recovery key, shown only now: keep it safe. The old one no longer works. Close this window, then unlock with the new password.</source>
        <translation>Jeder Beitrag ist unter einem neuen Schlüssel versiegelt. Das ist dein neuer Wiederherstellungsschlüssel, nur jetzt angezeigt: Bewahre ihn sicher auf. Der alte funktioniert nicht mehr. Schließ dieses Fenster und entsperre dann mit dem neuen Passwort.</translation>
    </message>
    <message>
        <source>Type the current password to get a new recovery key.</source>
        <translation>Gib das aktuelle Passwort ein, um einen neuen Wiederherstellungsschlüssel zu bekommen.</translation>
    </message>
    <message>
        <source>This is your new recovery key, shown only now: keep it safe. The old one no longer works.</source>
        <translation>Das ist dein neuer Wiederherstellungsschlüssel, nur jetzt angezeigt: Bewahre ihn sicher auf. Der alte funktioniert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>Enter the recovery key you saved when you created your account, and choose a new password.</source>
        <translation>Gib den Wiederherstellungsschlüssel ein, den du beim Anlegen deines Kontos gesichert hast, und wähle ein neues Passwort.</translation>
    </message>
    <message>
        <source>&amp;Username or email:</source>
        <translation>&amp;Benutzername oder E-Mail:</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Bes&amp;tätigen:</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;setzen</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>This is your recovery key. If you forget your password, it is the only way into your journal. Soliloquy shows it only now: copy it or save it somewhere safe, away from this computer.</source>
        <translation>Das ist dein Wiederherstellungsschlüssel. Wenn du dein Passwort vergisst, ist er der einzige Weg in dein Tagebuch. Soliloquy zeigt ihn nur jetzt: Kopier ihn oder speichere ihn an einem sicheren Ort, nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy recovery key</source>
        <translation>Wiederherstellungsschlüssel kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save recovery key to a file</source>
        <translation>Wiederherstellungsschlüssel in einer Datei speichern</translation>
    </message>
    <message>
        <source>&amp;I saved it</source>
        <translation>Ich habe ihn &amp;gesichert</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Soliloquy recovery key
%1
</source>
        <translation>Soliloquy-Wiederherstellungsschlüssel
%1
</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Soliloquy could not write %1: %2</source>
        <translation>Soliloquy konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Create your journal. Your password unlocks it: posts are encrypted on disk.</source>
        <translation>Leg dein Tagebuch an. Dein Passwort entsperrt es: Die Einträge werden verschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>3-32 letters, digits, . _ -</source>
        <translation>3–32 Buchstaben, Ziffern, . _ -</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>du@example.org</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least 10 characters, or a passphrase</source>
        <translation>Mindestens 10 Zeichen oder eine Passphrase</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Bes&amp;tätigen:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Gib das Passwort noch einmal ein</translation>
    </message>
    <message>
        <source>Avatar:</source>
        <translation>Avatar:</translation>
    </message>
    <message>
        <source>Avatar preview</source>
        <translation>Avatar-Vorschau</translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation>B&amp;ild auswählen…</translation>
    </message>
    <message>
        <source>Choose avatar image</source>
        <translation>Avatarbild auswählen</translation>
    </message>
    <message>
        <source>&amp;No image</source>
        <translation>&amp;Kein Bild</translation>
    </message>
    <message>
        <source>Use the generated avatar</source>
        <translation>Den erzeugten Avatar verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Crea&amp;te</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>This username is taken.</source>
        <translation>Dieser Benutzername ist schon vergeben.</translation>
    </message>
    <message>
        <source>An account with this email exists already.</source>
        <translation>Es gibt schon ein Konto mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation>Avatar auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Soliloquy could not read %1 as an image.</source>
        <translation>Soliloquy konnte %1 nicht als Bild lesen.</translation>
    </message>
    <message>
        <source>Account not created</source>
        <translation>Konto nicht angelegt</translation>
    </message>
    <message>
        <source>Made from your email until you choose an image</source>
        <translation>Aus deiner E-Mail-Adresse erzeugt, bis du ein Bild auswählst</translation>
    </message>
    <message>
        <source>&amp;Join a synced journal…</source>
        <translation>Einem abgeglichenen Tagebuch beit&amp;reten…</translation>
    </message>
    <message>
        <source>Keep here a journal that another of your computers keeps in a sync folder</source>
        <translation>Hier ein Tagebuch weiterführen, das ein anderer deiner Computer in einem Sync-Ordner hält</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Pictures only</source>
        <translation>Nur Bilder</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me to &amp;write every day at</source>
        <translation>Jeden Tag ans &amp;Schreiben erinnern um</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Tell me &amp;on days when I wrote on the same date in earlier years</source>
        <translation>&amp;Hinweisen, wenn ich am selben Datum in früheren Jahren geschrieben habe</translation>
    </message>
    <message>
        <source>Reminders appear while Soliloquy runs, also when its window is closed to the system tray.</source>
        <translation>Erinnerungen erscheinen, solange Soliloquy läuft – auch wenn sein Fenster in den Infobereich geschlossen ist.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Post &amp;font size:</source>
        <translation>Schrift&amp;größe der Einträge:</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>T&amp;ime of posts:</source>
        <translation>&amp;Uhrzeit der Einträge:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Lock after being idle for:</source>
        <translation>Sperren nach &amp;Leerlauf von:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation>Tagebuchdatei</translation>
    </message>
    <message>
        <source>Journal file location</source>
        <translation>Speicherort der Tagebuchdatei</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>As the system shows it (%1)</source>
        <translation>Wie im System (%1)</translation>
    </message>
    <message>
        <source>12-hour (%1)</source>
        <translation>12 Stunden (%1)</translation>
    </message>
    <message>
        <source>24-hour (%1)</source>
        <translation>24 Stunden (%1)</translation>
    </message>
    <message>
        <source>&amp;Remind me also on days I already wrote</source>
        <translation>Auch an Tagen &amp;erinnern, an denen ich schon geschrieben habe</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search ignores &amp;accents (café finds cafe, and cafe finds café)</source>
        <translation>Die Suche übergeht &amp;Akzente (café findet cafe, und cafe findet café)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Keep this journal in step with your other computers through a folder that a sync tool (Syncthing, Nextcloud, Dropbox) or a USB stick keeps. Only sealed files go there, never the journal itself.</source>
        <translation>Halte dieses Tagebuch mit deinen anderen Computern gleich, über einen Ordner, den ein Sync-Programm (Syncthing, Nextcloud, Dropbox) oder ein USB-Stick abgleicht. Dort landen nur versiegelte Dateien, nie das Tagebuch selbst.</translation>
    </message>
    <message>
        <source>Fold&amp;er:</source>
        <translation>O&amp;rdner:</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>A folder your sync tool keeps in step</source>
        <translation>Ein Ordner, den dein Sync-Programm abgleicht</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>This &amp;computer:</source>
        <translation>Dieser &amp;Computer:</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>Turn o&amp;n sync</source>
        <translation>S&amp;ync einschalten</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Stand des Abgleichs</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <source>Sync is on.</source>
        <translation>Der Abgleich ist eingeschaltet.</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Sync-Ordner wählen</translation>
    </message>
    <message>
        <source>Computers: %1 (this one); no other has joined yet.</source>
        <translation>Computer: %1 (dieser); noch ist kein anderer beigetreten.</translation>
    </message>
    <message>
        <source>Computers: %1 (this one), %2.</source>
        <translation>Computer: %1 (dieser), %2.</translation>
    </message>
</context>
<context>
    <name>SqliteErrors</name>
    <message>
        <source>The disk is full, so Soliloquy could not save. Nothing was lost: free some space and try again.</source>
        <translation>Der Datenträger ist voll, deshalb konnte Soliloquy nicht speichern. Nichts ging verloren: Schaff etwas Platz und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Soliloquy cannot write to the journal file: it or its folder is read-only.</source>
        <translation>Soliloquy kann nicht in die Tagebuchdatei schreiben: Sie oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The journal file is damaged. Restore it from a backup.</source>
        <translation>Die Tagebuchdatei ist beschädigt. Stell sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This file is not a Soliloquy journal.</source>
        <translation>Diese Datei ist kein Soliloquy-Tagebuch.</translation>
    </message>
    <message>
        <source>The journal is busy in another program. Close it and try again.</source>
        <translation>Das Tagebuch ist in einem anderen Programm in Gebrauch. Schließ es dort und versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>SqliteVersion</name>
    <message>
        <source>Soliloquy cannot open journals safely here: Qt&apos;s SQLite driver uses SQLite %1 (%2), but Soliloquy uses SQLite %3 (%4). Both must be the same library; install the Qt SQLite driver of this system&apos;s SQLite, or a Soliloquy package built for it.</source>
        <translation>Soliloquy kann Tagebücher hier nicht sicher öffnen: Der SQLite-Treiber von Qt verwendet SQLite %1 (%2), Soliloquy aber SQLite %3 (%4). Beide müssen dieselbe Bibliothek sein; installier den Qt-SQLite-Treiber für das SQLite dieses Systems oder ein Soliloquy-Paket, das dafür gebaut ist.</translation>
    </message>
</context>
<context>
    <name>SyncAccount</name>
    <message>
        <source>The sync folder %1 cannot be written to.</source>
        <translation>In den Sync-Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Soliloquy could not write to the sync folder %1: %2</source>
        <translation>Soliloquy konnte nicht in den Sync-Ordner %1 schreiben: %2</translation>
    </message>
    <message>
        <source>The folder %1 holds no journal to join.</source>
        <translation>Im Ordner %1 liegt kein Tagebuch, dem du beitreten kannst.</translation>
    </message>
    <message>
        <source>The account in %1 is damaged.</source>
        <translation>Das Konto in %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>SyncCompaction</name>
    <message>
        <source>The snapshot %1 was written by a newer version of Soliloquy; this computer joins without it.</source>
        <translation>Der Schnappschuss %1 wurde von einer neueren Version von Soliloquy geschrieben; dieser Computer tritt ohne ihn bei.</translation>
    </message>
    <message>
        <source>The snapshot %1 does not open with this account&apos;s key: it is damaged or was not written by Soliloquy, and is not applied.</source>
        <translation>Der Schnappschuss %1 lässt sich mit dem Schlüssel dieses Kontos nicht öffnen: Er ist beschädigt oder stammt nicht von Soliloquy und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The snapshot %1 could not be applied: %2</source>
        <translation>Der Schnappschuss %1 konnte nicht übernommen werden: %2</translation>
    </message>
    <message>
        <source>The changes of %1 from before %2 are no longer in the sync folder (every other computer holds them in a snapshot), and this journal does not have them: join the account again from a new journal. The later changes of %1 wait until then.</source>
        <translation>Die Änderungen von %1 von vor %2 sind nicht mehr im Sync-Ordner (jeder andere Computer hat sie in einem Schnappschuss), und dieses Tagebuch hat sie nicht: Tritt dem Konto mit einem neuen Tagebuch noch einmal bei. Die späteren Änderungen von %1 warten bis dahin.</translation>
    </message>
    <message>
        <source>Soliloquy could not read the journal for a snapshot: %1</source>
        <translation>Soliloquy konnte das Tagebuch für einen Schnappschuss nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The journal is locked.</source>
        <translation>Das Tagebuch ist gesperrt.</translation>
    </message>
    <message>
        <source>Sync: the folder %1 is not there; changes wait here until it is back.</source>
        <translation>Abgleich: Der Ordner %1 ist nicht da; die Änderungen warten hier, bis er wieder da ist.</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1; %n file(s) could not be applied.</source>
        <translation>
            <numerusform>Abgeglichen um %1; %n Datei konnte nicht übernommen werden.</numerusform>
            <numerusform>Abgeglichen um %1; %n Dateien konnten nicht übernommen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1; %n file(s) still arriving.</source>
        <translation>
            <numerusform>Abgeglichen um %1; %n Datei kommt noch an.</numerusform>
            <numerusform>Abgeglichen um %1; %n Dateien kommen noch an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1.</source>
        <translation>Abgeglichen um %1.</translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>Der Abgleich ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message>
        <source>The sync folder %1 cannot be written to.</source>
        <translation>In den Sync-Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Soliloquy could not write to the sync folder %1: %2</source>
        <translation>Soliloquy konnte nicht in den Sync-Ordner %1 schreiben: %2</translation>
    </message>
    <message>
        <source>not a folder Soliloquy writes</source>
        <translation>kein Ordner, den Soliloquy schreibt</translation>
    </message>
    <message>
        <source>a copy the sync tool made of a conflict; Soliloquy never writes one file twice, so it is left alone</source>
        <translation>eine Kopie, die das Sync-Programm bei einem Konflikt angelegt hat; Soliloquy schreibt keine Datei zweimal, daher bleibt sie unberührt</translation>
    </message>
    <message>
        <source>still arriving</source>
        <translation>wird noch übertragen</translation>
    </message>
    <message>
        <source>not a file Soliloquy writes</source>
        <translation>keine Datei, die Soliloquy schreibt</translation>
    </message>
</context>
<context>
    <name>SyncRound</name>
    <message>
        <source>Sync keeps a journal of one account, and this journal holds several. Export this account&apos;s posts and import them into a journal of its own first.</source>
        <translation>Der Abgleich hält ein Tagebuch mit einem Konto gleich, und dieses Tagebuch enthält mehrere. Exportiere zuerst die Einträge dieses Kontos und importiere sie in ein eigenes Tagebuch.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Soliloquy could not make an id for this computer.</source>
        <translation>Soliloquy konnte keine Kennung für diesen Computer erzeugen.</translation>
    </message>
    <message>
        <source>This journal already holds another account where the synced one would go. Join from a journal of its own (soliloquy --database NEW-FILE sync ...).</source>
        <translation>Dieses Tagebuch enthält schon ein anderes Konto an der Stelle des abgeglichenen. Tritt mit einem eigenen Tagebuch bei (soliloquy --database NEUE-DATEI sync ...).</translation>
    </message>
    <message>
        <source>This journal already has an account named %1.</source>
        <translation>Dieses Tagebuch hat schon ein Konto namens %1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Soliloquy; it is applied once this computer has that version.</source>
        <translation>%1 wurde von einer neueren Version von Soliloquy geschrieben; sie wird übernommen, sobald dieser Computer diese Version hat.</translation>
    </message>
    <message>
        <source>%1 does not open with this account&apos;s key: it is damaged or was not written by Soliloquy, and is not applied.</source>
        <translation>%1 lässt sich mit dem Schlüssel dieses Kontos nicht öffnen: Die Datei ist beschädigt oder stammt nicht von Soliloquy und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The changes in %1 could not be applied: %2</source>
        <translation>Die Änderungen in %1 konnten nicht übernommen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in %1 met rows changed here and were left out.</source>
        <translation>
            <numerusform>%n Änderung in %1 traf auf hier Geändertes und wurde ausgelassen.</numerusform>
            <numerusform>%n Änderungen in %1 trafen auf hier Geändertes und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>*This computer&apos;s version, before a later edit on another computer replaced it:*</source>
        <translation>*Die Fassung dieses Computers, bevor eine spätere Änderung auf einem anderen Computer sie ersetzt hat:*</translation>
    </message>
    <message numerus="yes">
        <source>The changes of %n file(s) could not be stored: %1</source>
        <translation>
            <numerusform>Die Änderungen aus %n Datei konnten nicht gespeichert werden: %1</numerusform>
            <numerusform>Die Änderungen aus %n Dateien konnten nicht gespeichert werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Soliloquy could not save the state of sync: %1</source>
        <translation>Soliloquy konnte den Stand des Abgleichs nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>TransferRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation>Das Tagebuch wird exportiert…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;Schreiben…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Soliloquy</source>
        <translation>Soliloquy</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading Soliloquy</source>
        <translation>Soliloquy wird aktualisiert</translation>
    </message>
    <message>
        <source>Checking your journal for damage before it is upgraded…</source>
        <translation>Dein Tagebuch wird vor der Aktualisierung auf Schäden geprüft…</translation>
    </message>
    <message>
        <source>Backing up your journal as it was…</source>
        <translation>Dein Tagebuch wird in seinem bisherigen Zustand gesichert…</translation>
    </message>
    <message>
        <source>Upgrading your journal for this version of Soliloquy…</source>
        <translation>Dein Tagebuch wird für diese Version von Soliloquy aktualisiert…</translation>
    </message>
    <message>
        <source>%1

Step %2 of %3. A large journal takes a while; nothing is lost if this is interrupted.</source>
        <translation>%1

Schritt %2 von %3. Ein großes Tagebuch braucht eine Weile; bei einer Unterbrechung geht nichts verloren.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Soliloquy could not save the account: %1</source>
        <translation>Soliloquy konnte das Konto nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeNote</name>
    <message>
        <source>&lt;li&gt;Everything you write is kept encrypted in one file, %1, with daily backups beside it.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Alles, was du schreibst, liegt verschlüsselt in einer Datei, %1, mit täglichen Sicherungen daneben.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to your journal&lt;/h3&gt;&lt;p&gt;Write in the box below and press Enter: each entry becomes a post with its time, as in a chat. Shift+Enter starts a new line.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Words marked with # become tags, like #travel: the tag list shows them.&lt;/li&gt;&lt;li&gt;Ctrl+F searches everything you wrote.&lt;/li&gt;&lt;li&gt;Ctrl+L locks the journal; it also locks itself after a while without use.&lt;/li&gt;%1&lt;li&gt;Your recovery key is the only way back in if you forget your password: keep it somewhere safe.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Willkommen in deinem Tagebuch&lt;/h3&gt;&lt;p&gt;Schreib in das Feld unten und drück Enter: Jeder Eintrag wird ein Beitrag mit seiner Uhrzeit, wie in einem Chat. Umschalt+Enter beginnt eine neue Zeile.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Wörter mit # werden Schlagwörter, etwa #reise: Die Schlagwortliste zeigt sie.&lt;/li&gt;&lt;li&gt;Strg+F durchsucht alles, was du geschrieben hast.&lt;/li&gt;&lt;li&gt;Strg+L sperrt das Tagebuch; nach einer Weile ohne Benutzung sperrt es sich auch von selbst.&lt;/li&gt;%1&lt;li&gt;Dein Wiederherstellungsschlüssel ist der einzige Weg zurück, wenn du dein Passwort vergisst: Bewahre ihn sicher auf.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
</TS>
