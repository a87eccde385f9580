<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>fanout</name>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="70"/>
        <source>%1.redirectUri must be a string.</source>
        <translation>%1.redirectUri muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="78"/>
        <source>%1.redirectUri must be the https:// address of your relay page (plain http only for 127.0.0.1).</source>
        <translation>%1.redirectUri muss die https://-Adresse Ihrer Weiterleitungsseite sein (einfaches http nur für 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="84"/>
        <source>%1.redirectUri sends the browser to port %2, but %1.redirectPort is %3; make them the same.</source>
        <translation>%1.redirectUri schickt den Browser an Port %2, aber %1.redirectPort ist %3. Gleichen Sie beide an.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="205"/>
        <source>%1.%2 must be an https:// URL (plain http only for 127.0.0.1).</source>
        <translation>%1.%2 muss eine https://-URL sein (einfaches http nur für 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="217"/>
        <source>%1.clientId must be a string.</source>
        <translation>%1.clientId muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="222"/>
        <source>%1.clientId contains a control character or a line break. Copy the client ID from the platform&apos;s developer page again.</source>
        <translation>%1.clientId enthält ein Steuerzeichen oder einen Zeilenumbruch. Kopieren Sie die Client-ID erneut von der Entwicklerseite der Plattform.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="234"/>
        <source>%1.scopes must hold strings.</source>
        <translation>%1.scopes darf nur Zeichenketten enthalten.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="238"/>
        <source>%1.scopes must be a list or a space-separated string.</source>
        <translation>%1.scopes muss eine Liste oder eine durch Leerzeichen getrennte Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="244"/>
        <source>%1.redirectPort must be a port number from 1 to 65535.</source>
        <translation>%1.redirectPort muss eine Portnummer von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="250"/>
        <source>%1.apiVersion must be a Graph API version such as v21.0, and only Facebook has one.</source>
        <translation>%1.apiVersion muss eine Graph-API-Version wie v21.0 sein, und nur Facebook hat eine.</translation>
    </message>
</context>
<context>
    <name>fanout::AccountService</name>
    <message>
        <location filename="../app/service/accountservice.cpp" line="108"/>
        <location filename="../app/service/accountservice.cpp" line="139"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>Es gibt kein Konto mit der ID %1. `fanout accounts list` zeigt die IDs an.</translation>
    </message>
</context>
<context>
    <name>fanout::AppSettings</name>
    <message>
        <location filename="../app/core/appsettings.cpp" line="91"/>
        <source>“%1” is not a language Fanout is translated into (%2).</source>
        <translation>„%1“ ist keine Sprache, in die Fanout übersetzt ist (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/appsettings.cpp" line="106"/>
        <source>The settings file %1 cannot be written.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>fanout::Autostart</name>
    <message>
        <location filename="../app/core/autostart.cpp" line="92"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/autostart.cpp" line="96"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/autostart.cpp" line="105"/>
        <source>%1 cannot be removed: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/autostart.cpp" line="185"/>
        <source>The registry key %1 cannot be changed.</source>
        <translation>Der Registrierungsschlüssel %1 kann nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>fanout::Error</name>
    <message>
        <location filename="../app/core/error.cpp" line="44"/>
        <source>The platform turned down the connection. Check the account and this platform&apos;s settings in File → Settings, then connect again.</source>
        <translation>Die Plattform hat die Verbindung abgelehnt. Prüfen Sie das Konto und die Einstellungen dieser Plattform unter Datei → Einstellungen und verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="48"/>
        <source>The platform did not accept the sign-in. Reconnect the account with valid credentials.</source>
        <translation>Die Plattform hat die Anmeldung nicht akzeptiert. Verbinden Sie das Konto erneut mit gültigen Anmeldedaten.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="51"/>
        <source>This Facebook user manages no Page. Create a Page or ask its owner for a Page role, then connect again.</source>
        <translation>Dieser Facebook-Nutzer verwaltet keine Seite. Erstellen Sie eine Seite oder lassen Sie sich vom Inhaber einer Seite eine Rolle darauf zuweisen, und stellen Sie die Verbindung dann erneut her.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="55"/>
        <source>The system keychain is not available, so Fanout cannot store tokens safely and stored nothing. Unlock or start your keyring (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Fanout kann Tokens daher nicht sicher speichern und hat nichts gespeichert. Entsperren oder starten Sie Ihren Schlüsselbund (GNOME Keyring, KWallet, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="60"/>
        <source>The key in the system keychain cannot open this account&apos;s stored tokens: the keychain entry was deleted or replaced, or the stored data was changed. The account is kept; reconnect it to store new tokens.</source>
        <translation>Der Schlüssel im Schlüsselbund des Systems kann die gespeicherten Tokens dieses Kontos nicht öffnen: Der Eintrag im Schlüsselbund wurde gelöscht oder ersetzt, oder die gespeicherten Daten wurden verändert. Das Konto bleibt erhalten. Verbinden Sie es erneut, um neue Tokens zu speichern.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="65"/>
        <source>This platform has no client id yet. Enter your organisation&apos;s client id in File → Settings or import the providers file your administrator gave you.</source>
        <translation>Für diese Plattform ist noch keine Client-ID hinterlegt. Geben Sie die Client-ID Ihrer Organisation unter Datei → Einstellungen ein oder importieren Sie die Anbieterdatei, die Sie von Ihrer Administration erhalten haben.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="69"/>
        <source>The input is not valid. Correct it and try again.</source>
        <translation>Die Eingabe ist ungültig. Korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="83"/>
        <source>The connection was cancelled and nothing was stored. Start it again from Connect account when you are ready.</source>
        <translation>Die Verbindung wurde abgebrochen und nichts wurde gespeichert. Starten Sie sie erneut über „Konto verbinden“, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="72"/>
        <source>The platform could not be reached. Check the network connection and try again; nothing was changed.</source>
        <translation>Die Plattform ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="76"/>
        <source>The platform sent a reply Fanout does not understand; nothing was changed. Try again later.</source>
        <translation>Die Plattform hat eine Antwort gesendet, die Fanout nicht versteht. Es wurde nichts geändert. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="80"/>
        <source>The sign-in was not finished in time. Start the connection again.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen. Starten Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="87"/>
        <source>Fanout could not read or write its data folder. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Fanout konnte seinen Datenordner nicht lesen oder beschreiben. Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>fanout::Keychain</name>
    <message>
        <location filename="../app/vault/keychain.cpp" line="69"/>
        <source>The keychain reported: %1.</source>
        <translation>Der Schlüsselbund meldete: %1.</translation>
    </message>
    <message>
        <location filename="../app/vault/keychain.cpp" line="91"/>
        <source>The keyring is locked. Unlock it (for example by signing in to the desktop again) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel, indem Sie sich erneut am Desktop anmelden) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>fanout::ProviderStore</name>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="287"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="292"/>
        <source>%1 is not valid JSON (%2 at byte %3); it may have been cut short. Correct the file, or delete it and import your providers file again (or enter the settings again in File → Settings).</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3); die Datei wurde vielleicht abgeschnitten. Korrigieren Sie die Datei oder löschen Sie sie und importieren Sie Ihre Anbieterdatei erneut (oder geben Sie die Einstellungen unter Datei → Einstellungen erneut ein).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="299"/>
        <source>%1 holds JSON but not an object with the provider settings. Correct the file, or delete it and import your providers file again (or enter the settings again in File → Settings).</source>
        <translation>%1 enthält JSON, aber kein Objekt mit den Anbietereinstellungen. Korrigieren Sie die Datei oder löschen Sie sie und importieren Sie Ihre Anbieterdatei erneut (oder geben Sie die Einstellungen unter Datei → Einstellungen erneut ein).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="310"/>
        <location filename="../app/providers/providerconfig.cpp" line="314"/>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="323"/>
        <source>Connecting %1 through the browser is not available in this version yet.</source>
        <translation>Das Verbinden von %1 über den Browser ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="339"/>
        <source>%1 has none; on the command line use `fanout providers import FILE`.</source>
        <translation>%1 hat keine. Verwenden Sie in der Befehlszeile `fanout providers import DATEI`.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="377"/>
        <source>The providers file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Anbieterdatei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="381"/>
        <source>The providers file is not a JSON object.</source>
        <translation>Die Anbieterdatei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="393"/>
        <source>“%1” is not a platform Fanout connects through the browser (twitter, linkedin, facebook, threads, pinterest).</source>
        <translation>„%1“ ist keine Plattform, die Fanout über den Browser verbindet (twitter, linkedin, facebook, threads, pinterest).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="397"/>
        <source>The entry %1 must be a JSON object.</source>
        <translation>Der Eintrag %1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="408"/>
        <source>%1.clientSecret must be a string.</source>
        <translation>%1.clientSecret muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="452"/>
        <source>“%1” is not a Bluesky service address. Enter an https:// address without a path, such as https://bsky.social (plain http only for 127.0.0.1).</source>
        <translation>„%1“ ist keine Bluesky-Dienstadresse. Geben Sie eine https://-Adresse ohne Pfad ein, etwa https://bsky.social (einfaches http nur für 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>fanout::Scheduler</name>
    <message>
        <location filename="../app/service/scheduler.cpp" line="400"/>
        <source>The %1 token expires on %2, in 7 days or less. Reconnect the account before then.</source>
        <translation>Das %1-Token läuft am %2 ab, in höchstens 7 Tagen. Verbinden Sie das Konto vorher erneut.</translation>
    </message>
    <message>
        <location filename="../app/service/scheduler.cpp" line="402"/>
        <source>The %1 token expires on %2, within a day. Reconnect the account now.</source>
        <translation>Das %1-Token läuft am %2 ab, innerhalb eines Tages. Verbinden Sie das Konto jetzt erneut.</translation>
    </message>
    <message>
        <location filename="../app/service/scheduler.cpp" line="496"/>
        <source>Refreshing the %1 token failed %2 times in a row, and it expires on %3. Check the network connection, or reconnect the account.</source>
        <translation>Das Erneuern des %1-Tokens ist %2-mal in Folge fehlgeschlagen, und es läuft am %3 ab. Prüfen Sie die Netzwerkverbindung oder verbinden Sie das Konto erneut.</translation>
    </message>
</context>
<context>
    <name>fanout::Store</name>
    <message>
        <location filename="../app/store/accountstore.cpp" line="113"/>
        <source>SQLite reported: %1</source>
        <translation>SQLite meldete: %1</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="118"/>
        <source>The disk that holds %1 is full. Free some space on it and try again; nothing was changed.</source>
        <translation>Der Datenträger mit %1 ist voll. Geben Sie dort Speicherplatz frei und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="126"/>
        <source>%1 cannot be written: its folder or disk is read-only or belongs to another user. Make the folder writable for you and try again.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner oder Datenträger ist schreibgeschützt oder gehört einem anderen Benutzer. Machen Sie den Ordner für sich beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="133"/>
        <source>Reading or writing %1 failed with a disk error. Check the disk and its free space, then try again.</source>
        <translation>Beim Lesen oder Schreiben von %1 ist ein Datenträgerfehler aufgetreten. Prüfen Sie den Datenträger und seinen freien Speicherplatz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="140"/>
        <source>%1 is damaged and cannot be read.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="143"/>
        <source>Fanout could not read or write %1. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Fanout konnte %1 nicht lesen oder beschreiben. Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="317"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="348"/>
        <source>%1 is damaged and cannot be read (SQLite reported: %2). Open Fanout&apos;s window, with no other Fanout running, to move the damaged file aside and start with no accounts.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (SQLite meldete: %2). Öffnen Sie das Fenster von Fanout, während keine andere Fanout-Instanz läuft, um die beschädigte Datei beiseitezulegen und ohne Konten zu beginnen.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="357"/>
        <source>%1 is damaged and cannot be read (SQLite reported: %2), and it could not be renamed. Move it out of the folder yourself and start Fanout again.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (SQLite meldete: %2), und die Datei konnte nicht umbenannt werden. Verschieben Sie sie selbst aus dem Ordner und starten Sie Fanout erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="365"/>
        <source>%1 was damaged and could not be read (SQLite reported: %2). It was moved to %3 and is kept there. The next start of Fanout begins with no accounts, so reconnect them, or put a backup of %1 in its place before starting again.</source>
        <translation>%1 war beschädigt und konnte nicht gelesen werden (SQLite meldete: %2). Die Datei wurde nach %3 verschoben und bleibt dort erhalten. Beim nächsten Start beginnt Fanout ohne Konten. Verbinden Sie diese erneut oder legen Sie vor dem nächsten Start eine Sicherung von %1 an ihre Stelle.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="425"/>
        <source>The data folder was written by a newer Fanout (schema %1, this version knows %2). Update Fanout.</source>
        <translation>Der Datenordner wurde von einer neueren Fanout-Version geschrieben (Schema %1, diese Version kennt %2). Aktualisieren Sie Fanout.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="434"/>
        <source>%1 was written by an older Fanout and its folder is read-only, so it cannot be updated. Make the folder writable and try again.</source>
        <translation>%1 wurde von einer älteren Fanout-Version geschrieben und sein Ordner ist schreibgeschützt, daher kann die Datei nicht aktualisiert werden. Machen Sie den Ordner beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="559"/>
        <location filename="../app/store/accountstore.cpp" line="580"/>
        <source>No account has the id %1.</source>
        <translation>Es gibt kein Konto mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../app/store/datadir.cpp" line="34"/>
        <source>%1 needs a folder; it was given an empty value.</source>
        <translation>%1 braucht einen Ordner, erhielt aber einen leeren Wert.</translation>
    </message>
    <message>
        <location filename="../app/store/datadir.cpp" line="43"/>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert bereits und ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../app/store/datadir.cpp" line="47"/>
        <source>Could not create the folder %1. Check that its parent folder exists and is writable for you.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden. Prüfen Sie, ob der übergeordnete Ordner existiert und für Sie beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../app/store/instancelock.cpp" line="51"/>
        <source>Another Fanout window or command (process %2) is using the data folder %1. Wait for it to finish or close it, then try again.</source>
        <translation>Ein anderes Fanout-Fenster oder ein anderer Fanout-Befehl (Prozess %2) verwendet den Datenordner %1. Warten Sie, bis er fertig ist, oder schließen Sie es, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/instancelock.cpp" line="60"/>
        <source>Could not create the lock file in %1: the folder or its disk is read-only, or it belongs to another user. Make the folder writable for you and try again.</source>
        <translation>Die Sperrdatei in %1 konnte nicht erstellt werden: Der Ordner oder sein Datenträger ist schreibgeschützt, oder der Ordner gehört einem anderen Benutzer. Machen Sie den Ordner für sich beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/instancelock.cpp" line="67"/>
        <source>Could not create the lock file in %1.</source>
        <translation>Die Sperrdatei in %1 konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>fanout::bluesky</name>
    <message>
        <location filename="../app/platforms/bluesky/handle.cpp" line="110"/>
        <source>“%1” is not a Bluesky account DID. A did:plc: DID has 24 characters from a to z and 2 to 7 after the prefix, and a did:web: DID names a host such as example.com, with no path or IP address.</source>
        <translation>„%1“ ist keine DID eines Bluesky-Kontos. Eine did:plc:-DID hat nach dem Präfix 24 Zeichen aus a bis z und 2 bis 7, und eine did:web:-DID nennt einen Host wie example.com, ohne Pfad und ohne IP-Adresse.</translation>
    </message>
</context>
<context>
    <name>fanout::bluesky::BlueskyConnector</name>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="133"/>
        <source>Another Bluesky connection is still in progress; wait for it to finish or cancel it first.</source>
        <translation>Eine andere Bluesky-Verbindung wird noch hergestellt. Warten Sie, bis sie abgeschlossen ist, oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="188"/>
        <source>The Bluesky service address must be an https:// URL (plain http only for this computer), such as https://bsky.social.</source>
        <translation>Die Adresse des Bluesky-Dienstes muss eine https://-URL sein (einfaches http nur für diesen Computer), zum Beispiel https://bsky.social.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="194"/>
        <source>The PLC directory address must be an https:// URL (plain http only for this computer), such as https://plc.directory.</source>
        <translation>Die Adresse des PLC-Verzeichnisses muss eine https://-URL sein (einfaches http nur für diesen Computer), zum Beispiel https://plc.directory.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="200"/>
        <source>Enter an app password. Create one in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Geben Sie ein App-Passwort ein. Sie erstellen es in Bluesky unter Einstellungen → Privatsphäre und Sicherheit → App-Passwörter.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="222"/>
        <source>“%1” is not a valid Bluesky handle. A handle looks like alice.bsky.social: letters, digits and hyphens in two or more parts separated by dots.</source>
        <translation>„%1“ ist kein gültiges Bluesky-Handle. Ein Handle sieht aus wie alice.bsky.social: Buchstaben, Ziffern und Bindestriche in zwei oder mehr durch Punkte getrennten Teilen.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="264"/>
        <source>%1 resolved the handle to something that is not an account DID.</source>
        <translation>%1 hat das Handle zu etwas aufgelöst, das keine Konto-DID ist.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="273"/>
        <source>No Bluesky account has the handle %1 (%2). Check the spelling and the service address.</source>
        <translation>Kein Bluesky-Konto hat das Handle %1 (%2). Prüfen Sie die Schreibweise und die Dienstadresse.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="333"/>
        <source>The account %1 is not registered with %2. Check the DID, or connect with the handle instead.</source>
        <translation>Das Konto %1 ist bei %2 nicht registriert. Prüfen Sie die DID oder verbinden Sie stattdessen mit dem Handle.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="338"/>
        <source>The account %1 has been deleted or deactivated.</source>
        <translation>Das Konto %1 wurde gelöscht oder deaktiviert.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="346"/>
        <source>%1 sent a DID document that does not describe %2.</source>
        <translation>%1 hat ein DID-Dokument gesendet, das nicht %2 beschreibt.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="352"/>
        <source>The DID document of %1 names no usable personal data server (an https:// address under #atproto_pds).</source>
        <translation>Das DID-Dokument von %1 nennt keinen nutzbaren Personal Data Server (eine https://-Adresse unter #atproto_pds).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="367"/>
        <source>%1 now belongs to another Bluesky account (%2), not to the account being reconnected (%3). Connect it as a new account, or reconnect with the handle the account uses now.</source>
        <translation>%1 gehört jetzt zu einem anderen Bluesky-Konto (%2), nicht zu dem Konto, das neu verbunden wird (%3). Verbinden Sie es als neues Konto oder verbinden Sie neu mit dem Handle, das das Konto jetzt verwendet.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="383"/>
        <source>This is the account&apos;s main password, which asks for a sign-in code. Fanout needs an app password: create one in Bluesky under Settings → Privacy and security → App passwords, then connect with it.</source>
        <translation>Das ist das Hauptpasswort des Kontos, für das ein Anmeldecode verlangt wird. Fanout benötigt ein App-Passwort: Erstellen Sie eines in Bluesky unter Einstellungen → Privatsphäre und Sicherheit → App-Passwörter und stellen Sie damit die Verbindung her.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="390"/>
        <source>Bluesky did not accept this handle and app password (%1). Check both, or create a new app password under Settings → Privacy and security → App passwords.</source>
        <translation>Bluesky hat dieses Handle und App-Passwort nicht akzeptiert (%1). Prüfen Sie beides oder erstellen Sie ein neues App-Passwort unter Einstellungen → Privatsphäre und Sicherheit → App-Passwörter.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="402"/>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="682"/>
        <source>%1 answered the sign-in without a usable session.</source>
        <translation>%1 hat die Anmeldung ohne nutzbare Sitzung beantwortet.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="409"/>
        <source>%1 signed in a different account than %2.</source>
        <translation>%1 hat ein anderes Konto als %2 angemeldet.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="424"/>
        <source>%1 issued a session of an unknown kind.</source>
        <translation>%1 hat eine Sitzung unbekannter Art ausgestellt.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="430"/>
        <source>The Bluesky account is not active (%1).</source>
        <translation>Das Bluesky-Konto ist nicht aktiv (%1).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="443"/>
        <source>This is the account&apos;s main password. Fanout only stores app passwords, which you can revoke on their own: create one in Bluesky under Settings → Privacy and security → App passwords, then connect with it. Nothing was stored.</source>
        <translation>Das ist das Hauptpasswort des Kontos. Fanout speichert nur App-Passwörter, die Sie einzeln widerrufen können: Erstellen Sie eines in Bluesky unter Einstellungen → Privatsphäre und Sicherheit → App-Passwörter und stellen Sie damit die Verbindung her. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="547"/>
        <source>No Bluesky account has the id %1.</source>
        <translation>Es gibt kein Bluesky-Konto mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="557"/>
        <source>The account %1 has no usable server address stored; reconnect it.</source>
        <translation>Für das Konto %1 ist keine nutzbare Serveradresse gespeichert. Verbinden Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="584"/>
        <source>%1 answered for a different account than %2.</source>
        <translation>%1 hat für ein anderes Konto als %2 geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="598"/>
        <source>Bluesky rejected a session it had just issued (%1).</source>
        <translation>Bluesky hat eine gerade erst ausgestellte Sitzung abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="620"/>
        <source>%1 answered the session refresh without a usable session.</source>
        <translation>%1 hat die Sitzungserneuerung ohne nutzbare Sitzung beantwortet.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="657"/>
        <source>The session expired and no app password is stored to sign in again.</source>
        <translation>Die Sitzung ist abgelaufen, und es ist kein App-Passwort gespeichert, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="667"/>
        <source>Bluesky no longer accepts the stored app password (%1); it was probably revoked. Reconnect the account with a new app password.</source>
        <translation>Bluesky akzeptiert das gespeicherte App-Passwort nicht mehr (%1); es wurde wahrscheinlich widerrufen. Verbinden Sie das Konto mit einem neuen App-Passwort erneut.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="743"/>
        <source>The account %1 was removed during the check.</source>
        <translation>Das Konto %1 wurde während der Prüfung entfernt.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="781"/>
        <source>The Bluesky connection was cancelled.</source>
        <translation>Die Bluesky-Verbindung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="837"/>
        <source>%1 sent an answer larger than %2 MB, which Fanout does not read.</source>
        <translation>%1 hat eine Antwort gesendet, die größer als %2 MB ist. Fanout liest solche Antworten nicht.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="844"/>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="850"/>
        <source>The TLS certificate of %1 is not trusted, so Fanout sent it nothing. Check the service address, and the date and certificate store of this computer.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut, daher hat Fanout nichts dorthin gesendet. Prüfen Sie die Dienstadresse sowie Datum und Zertifikatspeicher dieses Computers.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="855"/>
        <source>Could not reach %1 (%2).</source>
        <translation>%1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="861"/>
        <source>The answer from %1 broke off before it was complete (%2); try again.</source>
        <translation>Die Antwort von %1 brach ab, bevor sie vollständig war (%2). Versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="868"/>
        <source>%1 is limiting requests; try again in %n minute(s).</source>
        <translation>
            <numerusform>%1 begrenzt die Anfragen. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>%1 begrenzt die Anfragen. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="872"/>
        <source>%1 is limiting requests; try again later.</source>
        <translation>%1 begrenzt die Anfragen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="876"/>
        <source>%1 had a problem (%2); try again later.</source>
        <translation>Bei %1 ist ein Problem aufgetreten (%2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="881"/>
        <source>%1 sent an unexpected answer (HTTP %2).</source>
        <translation>%1 hat eine unerwartete Antwort gesendet (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="884"/>
        <source>The Bluesky server %1 rejected the request (%2). Check that the account still exists and is active on Bluesky, then reconnect it.</source>
        <translation>Der Bluesky-Server %1 hat die Anfrage abgelehnt (%2). Prüfen Sie, ob das Konto auf Bluesky noch besteht und aktiv ist, und verbinden Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>fanout::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="180"/>
        <source>No accounts connected. Connect one with `fanout connect bluesky --handle HANDLE`.</source>
        <translation>Keine Konten verbunden. Verbinden Sie eines mit `fanout connect bluesky --handle HANDLE`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="197"/>
        <source>ID:               %1</source>
        <translation>ID:                    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="198"/>
        <source>Platform:         %1</source>
        <translation>Plattform:             %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="200"/>
        <source>Handle:           %1</source>
        <translation>Handle:                %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="201"/>
        <source>Display name:     %1</source>
        <translation>Anzeigename:           %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="202"/>
        <source>Platform user id: %1</source>
        <translation>Plattform-Benutzer-ID: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="203"/>
        <source>Status:           %1</source>
        <translation>Status:                %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="204"/>
        <source>Token expires:    %1</source>
        <translation>Token läuft ab:        %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="206"/>
        <source>Extensions:       %1</source>
        <translation>Erweiterungen:         %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="321"/>
        <source>Give a command, for example `fanout accounts list`. Run `fanout --help` for the commands.</source>
        <translation>Geben Sie einen Befehl an, zum Beispiel `fanout accounts list`. `fanout --help` zeigt die Befehle an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="332"/>
        <source>Unknown command &quot;%1&quot;. Run `fanout --help` for the commands.</source>
        <translation>Unbekannter Befehl „%1“. `fanout --help` zeigt die Befehle an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="356"/>
        <source>There is no Fanout data folder at %1. Check the path; Fanout creates the folder when it first connects an account.</source>
        <translation>Unter %1 gibt es keinen Fanout-Datenordner. Prüfen Sie den Pfad; Fanout legt den Ordner an, wenn es zum ersten Mal ein Konto verbindet.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="389"/>
        <source>Give exactly one account id, or --all for every account: `fanout accounts refresh ID` or `fanout accounts refresh --all`.</source>
        <translation>Geben Sie genau eine Konto-ID an, oder --all für alle Konten: `fanout accounts refresh ID` oder `fanout accounts refresh --all`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="391"/>
        <source>Give exactly one account id: `fanout %1 %2 ID`.</source>
        <translation>Geben Sie genau eine Konto-ID an: `fanout %1 %2 ID`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="370"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>Es gibt kein Konto mit der ID %1. `fanout accounts list` zeigt die IDs an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="426"/>
        <source>`accounts list` takes no arguments.</source>
        <translation>`accounts list` erwartet keine Argumente.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="487"/>
        <source>Disconnected %1: its session was ended on the platform and its tokens were deleted here.</source>
        <translation>Konto %1 getrennt: Die Sitzung wurde auf der Plattform beendet und die Tokens wurden hier gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="495"/>
        <source>Disconnected %1; its tokens were deleted here.</source>
        <translation>Konto %1 getrennt; seine Tokens wurden hier gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="507"/>
        <source>Checking a %1 connection is not supported yet.</source>
        <translation>Das Prüfen einer %1-Verbindung wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="515"/>
        <source>%1 (%2) is connected.</source>
        <translation>%1 (%2) ist verbunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="550"/>
        <source>Name one platform: `fanout connect bluesky --handle HANDLE`.</source>
        <translation>Geben Sie eine Plattform an: `fanout connect bluesky --handle HANDLE`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="558"/>
        <source>Instagram professional accounts are connected through the Facebook Page they are linked to: run `fanout connect facebook`.</source>
        <translation>Professionelle Instagram-Konten werden über die Facebook-Seite verbunden, mit der sie verknüpft sind: Führen Sie `fanout connect facebook` aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="564"/>
        <source>Connecting %1 from Fanout is not available in this version yet.</source>
        <translation>%1 lässt sich in dieser Version von Fanout noch nicht verbinden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="575"/>
        <source>Give the account with --handle HANDLE (or a DID); the app password is read from standard input.</source>
        <translation>Geben Sie das Konto mit --handle HANDLE (oder einer DID) an; das App-Passwort wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="581"/>
        <source>&quot;%1&quot; is not a valid Bluesky handle. A handle looks like alice.bsky.social: letters, digits and hyphens in two or more parts separated by dots.</source>
        <translation>„%1“ ist kein gültiges Bluesky-Handle. Ein Handle sieht aus wie alice.bsky.social: Buchstaben, Ziffern und Bindestriche in zwei oder mehr durch Punkte getrennten Teilen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="608"/>
        <source>%1 &quot;%2&quot; is not an http or https URL, such as https://bsky.social.</source>
        <translation>%1 „%2“ ist keine http- oder https-URL (zum Beispiel https://bsky.social).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="620"/>
        <source>App password for %1: </source>
        <translation>App-Passwort für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="623"/>
        <source>No app password on standard input. Pipe it in, for example `fanout connect bluesky --handle %1 &lt; password-file`.</source>
        <translation>Kein App-Passwort auf der Standardeingabe. Leiten Sie es per Pipe weiter, zum Beispiel `fanout connect bluesky --handle %1 &lt; password-file`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="651"/>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout erwartet eine Anzahl von Sekunden zwischen 1 und 3600.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="663"/>
        <source>Open this address in your browser to connect %1, then approve the request:</source>
        <translation>Öffnen Sie diese Adresse in Ihrem Browser, um %1 zu verbinden, und stimmen Sie dann der Anfrage zu:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="712"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="713"/>
        <source>%1 (%2, with Instagram)</source>
        <translation>%1 (%2, mit Instagram)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="716"/>
        <source>This Facebook user manages %n Pages: %1. Choose with --page ID (once per Page) and connect again; nothing was stored.</source>
        <translation>
            <numerusform>Dieser Facebook-Nutzer verwaltet %n Seite: %1. Wählen Sie mit --page ID (einmal pro Seite) und verbinden Sie erneut; es wurde nichts gespeichert.</numerusform>
            <numerusform>Dieser Facebook-Nutzer verwaltet %n Seiten: %1. Wählen Sie mit --page ID (einmal pro Seite) und verbinden Sie erneut; es wurde nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="728"/>
        <source>Give one account id or --all, not both: `fanout accounts refresh ID` or `fanout accounts refresh --all`.</source>
        <translation>Geben Sie eine Konto-ID oder --all an, nicht beides: `fanout accounts refresh ID` oder `fanout accounts refresh --all`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="745"/>
        <source>%1 (%2) is connected. Fanout renews a Bluesky session whenever it is used, so it needs no refresh of its own.</source>
        <translation>%1 (%2) ist verbunden. Fanout erneuert eine Bluesky-Sitzung bei jeder Verwendung, sie braucht also keine eigene Erneuerung.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="758"/>
        <location filename="../app/cli/cli.cpp" line="884"/>
        <source>Refreshed %1 (%2); the token is valid until %3.</source>
        <translation>Konto %1 (%2) erneuert; das Token ist gültig bis %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="766"/>
        <source>Give the account and the board: `fanout accounts set-board ID BOARD_ID`.</source>
        <translation>Geben Sie das Konto und die Pinnwand an: `fanout accounts set-board ID BOARD_ID`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="822"/>
        <source>New Pins of %1 go to the board &quot;%2&quot;.</source>
        <translation>Neue Pins von %1 landen auf der Pinnwand „%2“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="894"/>
        <source>Could not refresh %1: %2 (%3)</source>
        <translation>%1 konnte nicht erneuert werden: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="841"/>
        <location filename="../app/cli/cli.cpp" line="900"/>
        <source>No account has tokens that Fanout renews on a schedule.</source>
        <translation>Kein Konto hat Tokens, die Fanout nach Zeitplan erneuert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="902"/>
        <source>Bluesky sessions are renewed whenever they are used; `fanout accounts check ID` renews one now.</source>
        <translation>Bluesky-Sitzungen werden bei jeder Verwendung erneuert; `fanout accounts check ID` erneuert eine sofort.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1099"/>
        <source>Fanout keeps your social media connections alive, with tokens encrypted on this machine.

Commands:
  (none)                               open the window
  accounts list [--json]               list connected accounts
  accounts show ID [--json]            show one account
  accounts check ID [--json]           make one authenticated call for the account
  accounts disconnect ID               delete the account and its tokens
  accounts refresh ID                  renew an account&apos;s tokens now
  accounts refresh --all               run the whole refresh schedule now
  accounts set-board ID BOARD_ID       set the Pinterest board new Pins go to
  connect twitter|linkedin|facebook|threads|pinterest [--no-browser] [--timeout SECONDS]
                                       connect through the browser; prints the consent address
  connect facebook [--page ID]...      connect Facebook Pages and their Instagram accounts
  providers import FILE                import OAuth client settings (secrets go to the keychain)
  providers export [--json]            show the OAuth client settings, without secrets
  connect bluesky --handle H [--service URL] [--plc-url URL]
                                       connect Bluesky; the app password is read from stdin
  events list [--json]                 list token.expiring / token.revoked events
  vault rotate-key                     re-encrypt every account with a new key

Environment:
  FANOUT_DATA_DIR                      the data folder when --data-dir is not given
  FANOUT_THEME                         the window&apos;s theme when --theme is not given
  FANOUT_PLC_URL                       the PLC directory when --plc-url is not given</source>
        <translation>Fanout hält Ihre Social-Media-Verbindungen aufrecht, mit verschlüsselten Tokens auf diesem Computer.

Befehle:
  (keiner)                             das Fenster öffnen
  accounts list [--json]               verbundene Konten auflisten
  accounts show ID [--json]            ein Konto anzeigen
  accounts check ID [--json]           einen authentifizierten Aufruf für das Konto ausführen
  accounts disconnect ID               das Konto und seine Tokens löschen
  accounts refresh ID                  die Tokens eines Kontos jetzt erneuern
  accounts refresh --all               den ganzen Erneuerungszeitplan jetzt ausführen
  accounts set-board ID BOARD_ID       die Pinterest-Pinnwand für neue Pins festlegen
  connect twitter|linkedin|facebook|threads|pinterest [--no-browser] [--timeout SEKUNDEN]
                                       über den Browser verbinden; gibt die Adresse der Zustimmungsseite aus
  connect facebook [--page ID]...      Facebook-Seiten und ihre Instagram-Konten verbinden
  providers import DATEI               OAuth-Client-Einstellungen importieren (Secrets kommen in den Schlüsselbund)
  providers export [--json]            die OAuth-Client-Einstellungen ohne Secrets anzeigen
  connect bluesky --handle H [--service URL] [--plc-url URL]
                                       Bluesky verbinden; das App-Passwort wird von stdin gelesen
  events list [--json]                 Ereignisse token.expiring / token.revoked auflisten
  vault rotate-key                     alle Konten mit einem neuen Schlüssel neu verschlüsseln

Umgebung:
  FANOUT_DATA_DIR                      der Datenordner, wenn --data-dir fehlt
  FANOUT_THEME                         das Design des Fensters, wenn --theme fehlt
  FANOUT_PLC_URL                       das PLC-Verzeichnis, wenn --plc-url fehlt</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="910"/>
        <source>Give one file: `fanout providers import FILE`.</source>
        <translation>Geben Sie eine Datei an: `fanout providers import DATEI`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="330"/>
        <source>`fanout %1` needs one of: %2. Run `fanout --help` for the commands.</source>
        <translation>`fanout %1` braucht einen dieser Befehle: %2. `fanout --help` zeigt die Befehle.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="490"/>
        <source>Disconnected %1; its tokens were deleted here. Bluesky could not be reached to end the session, so to stop it working there, delete the app password in Bluesky&apos;s settings under Privacy and security, App passwords.</source>
        <translation>%1 getrennt; seine Tokens wurden hier gelöscht. Bluesky war nicht erreichbar, um die Sitzung zu beenden. Damit sie dort nicht weiter gilt, löschen Sie das App-Passwort in den Bluesky-Einstellungen unter Datenschutz und Sicherheit, App-Passwörter.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="567"/>
        <source>Unknown platform &quot;%1&quot;. Fanout connects bluesky, twitter, linkedin, facebook, threads and pinterest.</source>
        <translation>Unbekannte Plattform „%1“. Fanout verbindet bluesky, twitter, linkedin, facebook, threads und pinterest.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="613"/>
        <source>%1 must not contain a user name or password; give only the server&apos;s address, such as https://bsky.social.</source>
        <translation>%1 darf keinen Benutzernamen und kein Passwort enthalten; geben Sie nur die Adresse des Servers an, etwa https://bsky.social.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="809"/>
        <source>Account %1 has no boards on Pinterest yet. Create a board there, then run this command again.</source>
        <translation>Das Konto %1 hat noch keine Pinnwände auf Pinterest. Legen Sie dort eine Pinnwand an und führen Sie diesen Befehl erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="812"/>
        <source>Account %1 has no board with the id %2. Its boards: %3.</source>
        <translation>Das Konto %1 hat keine Pinnwand mit der ID %2. Seine Pinnwände: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="913"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="932"/>
        <source>Imported the provider settings of %1.</source>
        <translation>Anbietereinstellungen von %1 importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="934"/>
        <source>The client secrets of %1 were moved into the system keychain; they are not kept in any file. You may delete them from the file you imported.</source>
        <translation>Die Client-Secrets von %1 wurden in den Schlüsselbund des Systems verschoben und werden in keiner Datei aufbewahrt. Sie können sie aus der importierten Datei löschen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="943"/>
        <source>`providers export` takes no arguments.</source>
        <translation>`providers export` erwartet keine Argumente.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="951"/>
        <source>No provider settings are stored yet; `fanout providers import FILE` imports them.</source>
        <translation>Es sind noch keine Anbietereinstellungen gespeichert; `fanout providers import DATEI` importiert sie.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="971"/>
        <source>(not configured)</source>
        <translation>(nicht eingerichtet)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="974"/>
        <source>Client secrets stay in the system keychain and are never exported.</source>
        <translation>Client-Secrets bleiben im Schlüsselbund des Systems und werden nie exportiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="981"/>
        <source>`events list` takes no arguments.</source>
        <translation>`events list` erwartet keine Argumente.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1000"/>
        <source>No events.</source>
        <translation>Keine Ereignisse.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1012"/>
        <source>`vault rotate-key` takes no arguments.</source>
        <translation>`vault rotate-key` erwartet keine Argumente.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1017"/>
        <source>No account is stored in %1 yet, so there is no vault key to rotate.</source>
        <translation>In %1 ist noch kein Konto gespeichert, daher gibt es keinen Tresorschlüssel zum Erneuern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="1029"/>
        <source>Rotated the vault key and re-encrypted %n account(s).</source>
        <translation>
            <numerusform>Tresorschlüssel erneuert und %n Konto neu verschlüsselt.</numerusform>
            <numerusform>Tresorschlüssel erneuert und %n Konten neu verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1126"/>
        <source>Use DIR for the database instead of the default location.</source>
        <translation>ORDNER statt des Standardorts für die Datenbank verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1127"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1128"/>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1129"/>
        <source>Bluesky handle or DID to connect.</source>
        <translation>Zu verbindendes Bluesky-Handle oder DID.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1129"/>
        <source>HANDLE</source>
        <translation>HANDLE</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1130"/>
        <source>Bluesky service that resolves the handle (default https://bsky.social).</source>
        <translation>Bluesky-Dienst, der das Handle auflöst (Standard: https://bsky.social).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1131"/>
        <location filename="../app/cli/cli.cpp" line="1132"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1132"/>
        <source>PLC directory for did:plc (default https://plc.directory).</source>
        <translation>PLC-Verzeichnis für did:plc (Standard: https://plc.directory).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1133"/>
        <source>Print the consent address without opening the browser.</source>
        <translation>Die Adresse der Zustimmungsseite ausgeben, ohne den Browser zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1134"/>
        <source>With `accounts refresh`: refresh every account that can be refreshed.</source>
        <translation>Mit `accounts refresh`: jedes Konto erneuern, das sich erneuern lässt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1135"/>
        <source>Seconds to wait for the browser (default 300).</source>
        <translation>Wartezeit auf den Browser in Sekunden (Standard: 300).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1135"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1136"/>
        <source>Facebook Page to connect, by id; repeat it for several Pages.</source>
        <translation>Zu verbindende Facebook-Seite, per ID; für mehrere Seiten wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1136"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1139"/>
        <source>Without a command: colours of the window, system, light or dark.</source>
        <translation>Ohne Befehl: Farben des Fensters, system, light oder dark.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1140"/>
        <source>THEME</source>
        <translation>THEMA</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1141"/>
        <source>Without a command: open Settings on PAGE, general or a platform such as twitter.</source>
        <translation>Ohne Befehl: die Einstellungen auf SEITE öffnen, general oder eine Plattform wie twitter.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1143"/>
        <source>PAGE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1145"/>
        <source>The command words, for example `accounts list`.</source>
        <translation>Die Befehlswörter, zum Beispiel `accounts list`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1146"/>
        <source>COMMAND...</source>
        <translation>BEFEHL...</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1165"/>
        <location filename="../ui/gui.cpp" line="126"/>
        <source>%1 Run `fanout --help` for the options.</source>
        <translation>%1 `fanout --help` zeigt die Optionen.</translation>
    </message>
</context>
<context>
    <name>fanout::facebook</name>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="82"/>
        <source>The list of Facebook Pages is not the documented JSON.</source>
        <translation>Die Liste der Facebook-Seiten ist nicht das dokumentierte JSON.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="108"/>
        <source>The list of Facebook Pages has a broken link to its next part.</source>
        <translation>Die Liste der Facebook-Seiten hat einen fehlerhaften Link auf ihren nächsten Teil.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="117"/>
        <source>The list of granted Facebook permissions is not the documented JSON.</source>
        <translation>Die Liste der erteilten Facebook-Berechtigungen ist nicht das dokumentierte JSON.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="136"/>
        <source>The Instagram profile reply is not a JSON object.</source>
        <translation>Die Antwort mit dem Instagram-Profil ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="140"/>
        <source>The Instagram profile reply names no account id.</source>
        <translation>Die Antwort mit dem Instagram-Profil nennt keine Konto-ID.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="151"/>
        <source>The Facebook reply is not a JSON object.</source>
        <translation>Die Antwort von Facebook ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="156"/>
        <source>The Facebook reply names no id.</source>
        <translation>Die Antwort von Facebook nennt keine ID.</translation>
    </message>
</context>
<context>
    <name>fanout::facebook::FacebookFanout</name>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="30"/>
        <source>the Facebook password was changed</source>
        <translation>das Facebook-Passwort wurde geändert</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="32"/>
        <source>the session has expired</source>
        <translation>die Sitzung ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="35"/>
        <source>the access token is invalid or Fanout was removed from the account</source>
        <translation>das Zugriffstoken ist ungültig oder Fanout wurde aus dem Konto entfernt</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="37"/>
        <source>the access token is no longer valid</source>
        <translation>das Zugriffstoken ist nicht mehr gültig</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="147"/>
        <source>Facebook did not accept the new sign-in: %1. Connect again.</source>
        <translation>Facebook hat die neue Anmeldung nicht akzeptiert: %1. Verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="149"/>
        <source>Facebook rejected the request (%1, error %2). Check the app id and secret in File → Settings, then connect again.</source>
        <translation>Facebook hat die Anfrage abgelehnt (%1, Fehler %2). Prüfen Sie App-ID und App-Geheimnis unter Datei → Einstellungen und verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="156"/>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="157"/>
        <source>Facebook returned HTTP %1.</source>
        <translation>Facebook lieferte HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="197"/>
        <source>Facebook did not grant the permissions %1. Connect again and allow them all, or ask the app&apos;s administrator to request them.</source>
        <translation>Facebook hat die Berechtigungen %1 nicht erteilt. Verbinden Sie erneut und erlauben Sie alle, oder bitten Sie die Verwaltung der App, sie anzufordern.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="231"/>
        <source>The list of Facebook Pages links to another server; Fanout did not follow it.</source>
        <translation>Die Liste der Facebook-Seiten verweist auf einen anderen Server; Fanout ist dem nicht gefolgt.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="236"/>
        <source>The list of Facebook Pages does not end; Fanout stopped after %1 parts.</source>
        <translation>Die Liste der Facebook-Seiten endet nicht; Fanout hat nach %1 Teilen aufgehört.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="260"/>
        <source>No Facebook Page was chosen; nothing was stored.</source>
        <translation>Es wurde keine Facebook-Seite gewählt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="267"/>
        <source>This Facebook user manages no Page with the id %1; nothing was stored.</source>
        <translation>Dieser Facebook-Nutzer verwaltet keine Seite mit der ID %1; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="307"/>
        <source>Facebook described another Instagram account than the one linked to the Page.</source>
        <translation>Facebook hat ein anderes Instagram-Konto beschrieben als das mit der Seite verknüpfte.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="396"/>
        <source>The connection to Facebook was cancelled; nothing was stored.</source>
        <translation>Die Verbindung mit Facebook wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="429"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>Es gibt kein Konto mit der ID %1. `fanout accounts list` zeigt die IDs an.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="436"/>
        <source>%1 is not a Facebook or Instagram account.</source>
        <translation>%1 ist kein Facebook- oder Instagram-Konto.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="481"/>
        <source>Facebook described another account than the one checked.</source>
        <translation>Facebook hat ein anderes Konto beschrieben als das geprüfte.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="493"/>
        <source>Facebook no longer accepts this connection: %1. Connect Facebook again to renew the Page and its Instagram account.</source>
        <translation>Facebook akzeptiert diese Verbindung nicht mehr: %1. Verbinden Sie Facebook erneut, um die Seite und ihr Instagram-Konto zu erneuern.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="521"/>
        <source>Facebook rejected the Page token (error %1, subcode %2): %3.</source>
        <translation>Facebook hat das Seiten-Token abgelehnt (Fehler %1, Untercode %2): %3.</translation>
    </message>
</context>
<context>
    <name>fanout::oauth</name>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="57"/>
        <source>The token reply is not a JSON object.</source>
        <translation>Die Token-Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="63"/>
        <source>The token reply has no access_token.</source>
        <translation>Die Token-Antwort enthält kein access_token.</translation>
    </message>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="69"/>
        <source>The token reply has a token_type other than bearer.</source>
        <translation>Die Token-Antwort hat einen anderen token_type als bearer.</translation>
    </message>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="73"/>
        <source>The token reply&apos;s refresh_token is not a string.</source>
        <translation>Das Feld refresh_token der Token-Antwort ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="79"/>
        <source>The token reply&apos;s expires_in is not a number.</source>
        <translation>Das Feld expires_in der Token-Antwort ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>fanout::oauth::OAuthConnector</name>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="69"/>
        <source>The %1 profile reply names no user id.</source>
        <translation>Die %1-Profilantwort nennt keine Benutzer-ID.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="111"/>
        <source>The step “%2” at %1 failed (HTTP %3).</source>
        <translation>Der Schritt „%2“ bei %1 ist fehlgeschlagen (HTTP %3).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="127"/>
        <source>%1 needs your app&apos;s client secret as well as its client id; add clientSecret to the providers file and run `fanout providers import FILE`.</source>
        <translation>%1 braucht neben der Client-ID auch das Client-Secret Ihrer App; tragen Sie clientSecret in die Anbieterdatei ein und führen Sie `fanout providers import DATEI` aus.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="171"/>
        <source>Another connection is still waiting for the browser; finish or cancel it first.</source>
        <translation>Eine andere Verbindung wartet noch auf den Browser. Schließen Sie sie zuerst ab oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="196"/>
        <source>Facebook needs your organisation&apos;s app secret: put it as clientSecret in the providers file and run `fanout providers import FILE`.</source>
        <translation>Facebook benötigt das App-Geheimnis Ihrer Organisation: Tragen Sie es als clientSecret in die Anbieterdatei ein und führen Sie `fanout providers import FILE` aus.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="243"/>
        <source>The connection was cancelled; nothing was stored.</source>
        <translation>Die Verbindung wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="277"/>
        <source>long-lived token exchange</source>
        <translation>Tausch gegen ein langlebiges Token</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="313"/>
        <source>profile request</source>
        <translation>Profilabfrage</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="345"/>
        <source>boards request</source>
        <translation>Abfrage der Pinnwände</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="408"/>
        <source>%1 Page tokens do not expire, so there is nothing to renew. `fanout accounts check ID` confirms that the connection still works.</source>
        <translation>%1-Seitentoken laufen nicht ab, daher gibt es nichts zu erneuern. `fanout accounts check ID` bestätigt, dass die Verbindung noch funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="477"/>
        <source>No refresh token is stored for this X account (offline.access was not granted). Reconnect it.</source>
        <translation>Für dieses X-Konto ist kein Refresh-Token gespeichert (offline.access wurde nicht gewährt). Verbinden Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="479"/>
        <source>No refresh token is stored for this %1 account. Reconnect it.</source>
        <translation>Für dieses %1-Konto ist kein Refresh-Token gespeichert. Verbinden Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="576"/>
        <source>The token endpoint returned HTTP %1; nothing was changed.</source>
        <translation>Der Token-Endpunkt lieferte HTTP %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="577"/>
        <source>The token endpoint returned HTTP %1 (%2); nothing was changed.</source>
        <translation>Der Token-Endpunkt lieferte HTTP %1 (%2); nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="398"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>Es gibt kein Konto mit der ID %1. `fanout accounts list` zeigt die IDs an.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="102"/>
        <source>%1 did not accept the new token in the step “%2”. Check the client id, secret and scopes in File → Settings, then connect again.</source>
        <translation>%1 hat das neue Token im Schritt „%2“ nicht angenommen. Prüfen Sie Client-ID, Secret und Bereiche unter Datei → Einstellungen und verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="105"/>
        <source>%1 did not accept the new token in the step “%2” (%3). Check the client id, secret and scopes in File → Settings, then connect again.</source>
        <translation>%1 hat das neue Token im Schritt „%2“ nicht angenommen (%3). Prüfen Sie Client-ID, Secret und Bereiche unter Datei → Einstellungen und verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="112"/>
        <source>The step “%2” at %1 returned HTTP %3 %4.</source>
        <translation>Der Schritt „%2“ bei %1 lieferte HTTP %3 %4.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="416"/>
        <source>%1 tokens cannot be renewed without you; reconnect the account before it expires.</source>
        <translation>%1-Tokens lassen sich nicht ohne Ihr Zutun erneuern. Verbinden Sie das Konto erneut, bevor es abläuft.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="424"/>
        <source>This account is already being refreshed; wait for it to finish.</source>
        <translation>Dieses Konto wird bereits erneuert. Warten Sie, bis der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="547"/>
        <source>%1 rejected Fanout&apos;s client id or secret (%2). Check them in File → Settings. The account stays connected.</source>
        <translation>%1 hat die Client-ID oder das Client-Secret von Fanout abgelehnt (%2). Prüfen Sie beides unter Datei → Einstellungen. Das Konto bleibt verbunden.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="584"/>
        <source>%1 rejected the refresh (%2).</source>
        <translation>%1 hat die Erneuerung abgelehnt (%2).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="590"/>
        <source>%1 no longer accepts this account&apos;s sign-in (%2). Reconnect the account.</source>
        <translation>%1 akzeptiert die Anmeldung dieses Kontos nicht mehr (%2). Verbinden Sie das Konto erneut.</translation>
    </message>
</context>
<context>
    <name>fanout::oauth::OAuthFlow</name>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="112"/>
        <source>Port %1 on 127.0.0.1, where %2 sends the browser back, is in use by another program. Close it, or set another redirect port in File → Settings (it must match the port registered with %2).</source>
        <translation>Port %1 auf 127.0.0.1, an den %2 den Browser zurückschickt, wird von einem anderen Programm verwendet. Schließen Sie dieses Programm oder legen Sie unter Datei → Einstellungen einen anderen Weiterleitungsport fest (er muss mit dem bei %2 registrierten Port übereinstimmen).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="176"/>
        <source>The connection to %1 was cancelled; nothing was stored.</source>
        <translation>Die Verbindung mit %1 wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="187"/>
        <source>Fanout was not expecting this sign-in reply and ignored it. Return to Fanout; if it is still waiting, finish the sign-in in the tab it opened.</source>
        <translation>Fanout hat diese Anmeldeantwort nicht erwartet und sie ignoriert. Kehren Sie zu Fanout zurück; wenn es noch wartet, schließen Sie die Anmeldung in dem Tab ab, den es geöffnet hat.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="206"/>
        <source>%1 did not grant access, so nothing was connected. You can close this tab and return to Fanout.</source>
        <translation>%1 hat keinen Zugriff gewährt, daher wurde nichts verbunden. Sie können diesen Tab schließen und zu Fanout zurückkehren.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="209"/>
        <source>%1 turned down the connection, so nothing was connected. You can close this tab; Fanout says what to do next.</source>
        <translation>%1 hat die Verbindung abgelehnt, daher wurde nichts verbunden. Sie können diesen Tab schließen; Fanout zeigt, was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="213"/>
        <source>%1 did not grant access (%2). Connect again and approve the request.</source>
        <translation>%1 hat den Zugriff nicht gewährt (%2). Stellen Sie die Verbindung erneut her und stimmen Sie der Anfrage zu.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="215"/>
        <source>%1 rejected the connection (%2). Check the client id, redirect port and scopes in File → Settings, then connect again.</source>
        <translation>%1 hat die Verbindung abgelehnt (%2). Prüfen Sie Client-ID, Weiterleitungsport und Scopes unter Datei → Einstellungen und stellen Sie die Verbindung dann erneut her.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="222"/>
        <source>%1 sent no authorization code, so nothing was connected. You can close this tab; Fanout says what to do next.</source>
        <translation>%1 hat keinen Autorisierungscode gesendet, daher wurde nichts verbunden. Sie können diesen Tab schließen; Fanout zeigt, was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="226"/>
        <source>%1 sent the browser back without an authorization code.</source>
        <translation>%1 hat den Browser ohne Autorisierungscode zurückgeschickt.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="230"/>
        <source>Fanout received the sign-in. You can close this tab.</source>
        <translation>Fanout hat die Anmeldung erhalten. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="280"/>
        <source>%1 rejected the code exchange (%2). Check the client id and secret in File → Settings, then connect again.</source>
        <translation>%1 hat den Code-Austausch abgelehnt (%2). Prüfen Sie Client-ID und Client-Secret unter Datei → Einstellungen und stellen Sie die Verbindung dann erneut her.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="299"/>
        <source>The TLS certificate of %1 is not trusted (%2), so Fanout did not send the authorization code. Check the token URL in File → Settings.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut (%2), daher hat Fanout den Autorisierungscode nicht gesendet. Prüfen Sie die Token-URL unter Datei → Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="305"/>
        <source>Could not reach the token endpoint at %1 (%2).</source>
        <translation>Der Token-Endpunkt auf %1 war nicht erreichbar (%2).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="308"/>
        <source>%1 (HTTP %2).</source>
        <translation>%1 (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="309"/>
        <source>The token endpoint returned HTTP %1.</source>
        <translation>Der Token-Endpunkt lieferte HTTP %1.</translation>
    </message>
</context>
<context>
    <name>fanout::pinterest</name>
    <message>
        <location filename="../app/platforms/pinterest/pinterestapi.cpp" line="76"/>
        <source>The Pinterest user_account reply names no user.</source>
        <translation>Die user_account-Antwort von Pinterest nennt keinen Nutzer.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestapi.cpp" line="95"/>
        <source>The Pinterest boards reply has no items list.</source>
        <translation>Die Pinnwand-Antwort von Pinterest enthält keine items-Liste.</translation>
    </message>
</context>
<context>
    <name>fanout::pinterest::PinterestBoards</name>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="39"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>Kein Konto hat die ID %1; `fanout accounts list` zeigt die IDs.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="42"/>
        <source>Account %1 is not a Pinterest account; only Pinterest accounts have boards.</source>
        <translation>Das Konto %1 ist kein Pinterest-Konto; nur Pinterest-Konten haben Pinnwände.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="86"/>
        <source>Pinterest did not accept the account&apos;s token for listing boards. Reconnect the account.</source>
        <translation>Pinterest hat das Token des Kontos zum Auflisten der Pinnwände nicht angenommen. Verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="88"/>
        <source>The Pinterest boards list returned HTTP %1.</source>
        <translation>Die Pinnwandliste von Pinterest lieferte HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="112"/>
        <source>Choose a board; the board id is empty.</source>
        <translation>Wählen Sie eine Pinnwand; die Pinnwand-ID ist leer.</translation>
    </message>
</context>
<context>
    <name>fanout::threads</name>
    <message>
        <location filename="../app/platforms/threads/threadsapi.cpp" line="89"/>
        <source>The Threads profile reply names no user id.</source>
        <translation>Die Profilantwort von Threads nennt keine Nutzer-ID.</translation>
    </message>
    <message>
        <location filename="../app/platforms/threads/threadsapi.cpp" line="134"/>
        <source>The Threads token expired at %1 and can no longer be renewed. Reconnect the account.</source>
        <translation>Das Threads-Token ist am %1 abgelaufen und kann nicht mehr erneuert werden. Verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <location filename="../app/platforms/threads/threadsapi.cpp" line="139"/>
        <source>Threads renews a token only once it is 24 hours old; this one can be renewed from %1. Nothing was sent to Threads.</source>
        <translation>Threads erneuert ein Token erst, wenn es 24 Stunden alt ist; dieses kann ab %1 erneuert werden. An Threads wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>fanout::ui</name>
    <message>
        <location filename="../ui/gui.cpp" line="87"/>
        <source>Fanout cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session, or use the commands shown by `fanout --help`.</source>
        <translation>Fanout kann sein Fenster nicht öffnen: Es gibt keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie Fanout aus Ihrer Desktop-Sitzung oder verwenden Sie die Befehle, die `fanout --help` zeigt.</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="103"/>
        <source>Keeps your social media account connections alive on this computer.</source>
        <translation>Hält die Verbindungen Ihrer Social-Media-Konten auf diesem Computer aufrecht.</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="109"/>
        <source>Stores accounts in DIR instead of the default data folder (also settable with FANOUT_DATA_DIR).</source>
        <translation>Speichert die Konten in ORDNER statt im Standard-Datenordner (auch über FANOUT_DATA_DIR einstellbar).</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="111"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="115"/>
        <source>Colours of the window: system, light or dark (default: FANOUT_THEME, else the theme chosen in Settings).</source>
        <translation>Farben des Fensters: system, light oder dark (Standard: FANOUT_THEME, sonst das in den Einstellungen gewählte Design).</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="117"/>
        <source>THEME</source>
        <translation>THEMA</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="121"/>
        <source>Opens Settings on PAGE: general, or a platform such as twitter.</source>
        <translation>Öffnet die Einstellungen auf SEITE: general oder eine Plattform wie twitter.</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="122"/>
        <source>PAGE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="160"/>
        <source>Fanout Cannot Start</source>
        <translation>Fanout kann nicht starten</translation>
    </message>
</context>
<context>
    <name>fanout::ui::AccountDetailPane</name>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="52"/>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="59"/>
        <source>Select an account to see its details.</source>
        <translation>Wählen Sie ein Konto aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="115"/>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="118"/>
        <source>Connected with:</source>
        <translation>Verbunden mit:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="120"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="121"/>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="122"/>
        <source>Connected since:</source>
        <translation>Verbunden seit:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="123"/>
        <source>Platform user id:</source>
        <translation>Plattform-Benutzer-ID:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="126"/>
        <source>The Pinterest board that new Pins go to</source>
        <translation>Die Pinterest-Pinnwand, auf der neue Pins landen</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="127"/>
        <source>Default board:</source>
        <translation>Standard-Pinnwand:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="131"/>
        <source>Fanout id:</source>
        <translation>Fanout-ID:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="139"/>
        <source>&amp;Check connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="141"/>
        <source>Signs in once with the stored tokens to see whether the platform still accepts them</source>
        <translation>Meldet sich einmal mit den gespeicherten Tokens an, um zu prüfen, ob die Plattform sie noch akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="142"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Erneut verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="144"/>
        <source>Signs in again, for example with a new app password</source>
        <translation>Meldet sich erneut an, zum Beispiel mit einem neuen App-Passwort</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="145"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="147"/>
        <source>Deletes the account and its stored tokens from this computer</source>
        <translation>Löscht das Konto und seine gespeicherten Tokens von diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="182"/>
        <source>From the Facebook Page %1</source>
        <translation>Von der Facebook-Seite %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="187"/>
        <source>This Page&apos;s Instagram account (id %1) was connected with it</source>
        <translation>Das Instagram-Konto dieser Seite (ID %1) wurde mit ihr verbunden</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="224"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="230"/>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="231"/>
        <source>Reconnect %1</source>
        <translation>%1 erneut verbinden</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="232"/>
        <source>Check the connection of %1</source>
        <translation>Verbindung von %1 prüfen</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="253"/>
        <location filename="../ui/accountdetailpane.cpp" line="270"/>
        <source>No board yet</source>
        <translation>Noch keine Pinnwand</translation>
    </message>
</context>
<context>
    <name>fanout::ui::AccountListModel</name>
    <message>
        <location filename="../ui/accountlistmodel.cpp" line="53"/>
        <source>%1 (%2), %3, %4, %5</source>
        <translation>%1 (%2), %3, %4, %5</translation>
    </message>
</context>
<context>
    <name>fanout::ui::AccountPresentation</name>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="116"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="118"/>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="120"/>
        <source>Needs reconnect</source>
        <translation>Neuverbindung nötig</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="122"/>
        <source>Key mismatch</source>
        <translation>Schlüssel passt nicht</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="124"/>
        <location filename="../ui/accountpresentation.cpp" line="126"/>
        <source>Unknown status</source>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="135"/>
        <source>This token expires soon and the platform does not let Fanout renew it. Reconnect the account before it expires.</source>
        <translation>Dieses Token läuft bald ab, und die Plattform erlaubt Fanout nicht, es zu erneuern. Verbinden Sie das Konto erneut, bevor es abläuft.</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="138"/>
        <source>The platform no longer accepts this sign-in, for example because the app password was revoked. Reconnect the account.</source>
        <translation>Die Plattform akzeptiert diese Anmeldung nicht mehr, etwa weil das App-Passwort widerrufen wurde. Verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="141"/>
        <source>The key in the system keychain cannot open this account&apos;s stored tokens. Reconnect the account to store new ones.</source>
        <translation>Der Schlüssel im Schlüsselbund des Systems kann die gespeicherten Tokens dieses Kontos nicht öffnen. Verbinden Sie das Konto erneut, um neue zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="144"/>
        <source>The stored status of this account is not one this version of Fanout knows, for example because a newer version wrote it. Check the connection, or reconnect the account.</source>
        <translation>Diese Version von Fanout kennt den gespeicherten Status dieses Kontos nicht, zum Beispiel weil eine neuere Version ihn geschrieben hat. Prüfen Sie die Verbindung oder verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="177"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="186"/>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="188"/>
        <source>Expires in 1 day</source>
        <translation>Läuft in 1 Tag ab</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accountpresentation.cpp" line="190"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="223"/>
        <source>No token expiry recorded</source>
        <translation>Kein Ablaufdatum für das Token gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="228"/>
        <source>Token valid until %1</source>
        <translation>Token gültig bis %1</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="230"/>
        <source>Token renews on next use</source>
        <translation>Token wird bei der nächsten Nutzung erneuert</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="231"/>
        <source>Token expired on %1</source>
        <translation>Token abgelaufen am %1</translation>
    </message>
</context>
<context>
    <name>fanout::ui::BlueskyConnectDialog</name>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="61"/>
        <source>Connect Bluesky Account</source>
        <translation>Bluesky-Konto verbinden</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="103"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="105"/>
        <source>&lt;b&gt;Sign in to Bluesky&lt;/b&gt;&lt;br&gt;Use your handle and an app password rather than your main password. An app password can be revoked on its own at any time.</source>
        <translation>&lt;b&gt;Bei Bluesky anmelden&lt;/b&gt;&lt;br&gt;Verwenden Sie Ihr Handle und ein App-Passwort statt Ihres Hauptpassworts. Ein App-Passwort lässt sich jederzeit einzeln widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="120"/>
        <source>alice.bsky.social</source>
        <translation>alice.bsky.social</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="121"/>
        <source>Handle or DID</source>
        <translation>Handle oder DID</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="122"/>
        <source>Your Bluesky handle, such as alice.bsky.social, or your DID</source>
        <translation>Ihr Bluesky-Handle, etwa alice.bsky.social, oder Ihre DID</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="126"/>
        <source>Enter a handle such as alice.bsky.social, or a DID that starts with did:plc: or did:web:.</source>
        <translation>Geben Sie ein Handle wie alice.bsky.social ein oder eine DID, die mit did:plc: oder did:web: beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="131"/>
        <source>&amp;Handle or DID:</source>
        <translation>&amp;Handle oder DID:</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="136"/>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation>xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="137"/>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="138"/>
        <source>A Bluesky app password in the form xxxx-xxxx-xxxx-xxxx</source>
        <translation>Ein Bluesky-App-Passwort im Format xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="144"/>
        <source>This does not look like an app password (xxxx-xxxx-xxxx-xxxx). Fanout should sign in with an app password, not your main password. Create one in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Das sieht nicht wie ein App-Passwort aus (xxxx-xxxx-xxxx-xxxx). Fanout sollte sich mit einem App-Passwort anmelden, nicht mit Ihrem Hauptpasswort. Erstellen Sie eines in Bluesky unter Einstellungen → Privatsphäre und Sicherheit → App-Passwörter.</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="147"/>
        <source>App password warning</source>
        <translation>Warnung zum App-Passwort</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="152"/>
        <source>App &amp;password:</source>
        <translation>App-&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="158"/>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="159"/>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="176"/>
        <source>Service URL</source>
        <translation>Dienst-URL</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="177"/>
        <source>The server where Fanout starts looking up the account</source>
        <translation>Der Server, bei dem Fanout die Suche nach dem Konto beginnt</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="180"/>
        <source>PLC directory URL</source>
        <translation>URL des PLC-Verzeichnisses</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="181"/>
        <source>The directory that resolves did:plc identifiers</source>
        <translation>Das Verzeichnis, das did:plc-Kennungen auflöst</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="182"/>
        <source>&amp;Service URL:</source>
        <translation>&amp;Dienst-URL:</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="183"/>
        <source>P&amp;LC directory:</source>
        <translation>P&amp;LC-Verzeichnis:</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="184"/>
        <source>Change these only for a self-hosted server.</source>
        <translation>Ändern Sie diese Werte nur für einen selbst gehosteten Server.</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="188"/>
        <source>Enter an https:// address. Plain http:// is accepted only for this computer (127.0.0.1 or localhost).</source>
        <translation>Geben Sie eine https://-Adresse ein. Einfaches http:// wird nur für diesen Computer akzeptiert (127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="202"/>
        <source>Connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="213"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="214"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="220"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="222"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="226"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="320"/>
        <source>Stops the sign-in and keeps this dialog open</source>
        <translation>Bricht die Anmeldung ab und lässt diesen Dialog geöffnet</translation>
    </message>
</context>
<context>
    <name>fanout::ui::DBusNotificationSink</name>
    <message>
        <location filename="../ui/notifications.cpp" line="75"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>fanout::ui::EventNotifier</name>
    <message>
        <location filename="../ui/notifications.cpp" line="167"/>
        <source>Reconnect %1</source>
        <translation>%1 erneut verbinden</translation>
    </message>
    <message>
        <location filename="../ui/notifications.cpp" line="168"/>
        <source>%1 expires soon</source>
        <translation>%1 läuft bald ab</translation>
    </message>
</context>
<context>
    <name>fanout::ui::ExpiryTimeline</name>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="46"/>
        <source>Token expiry timeline</source>
        <translation>Zeitleiste der Token-Abläufe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="179"/>
        <source>No token expires in the next %n days.</source>
        <translation>
            <numerusform>In den nächsten %n Tag läuft kein Token ab.</numerusform>
            <numerusform>In den nächsten %n Tagen läuft kein Token ab.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="184"/>
        <source>1 needs attention now</source>
        <translation>1 braucht jetzt Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="184"/>
        <source>%n need attention now</source>
        <translation>
            <numerusform>%n braucht jetzt Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen jetzt Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="187"/>
        <source>%n within 30 days</source>
        <translation>
            <numerusform>%n innerhalb von 30 Tagen</numerusform>
            <numerusform>%n innerhalb von 30 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="189"/>
        <source>1 renews automatically</source>
        <translation>1 wird automatisch erneuert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="190"/>
        <source>%n renew automatically</source>
        <translation>
            <numerusform>%n wird automatisch erneuert</numerusform>
            <numerusform>%n werden automatisch erneuert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="193"/>
        <source>1 token expires in the next %1 days</source>
        <translation>1 Token läuft in den nächsten %1 Tagen ab</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="194"/>
        <source>%n tokens expire in the next %1 days</source>
        <translation>
            <numerusform>%n Token läuft in den nächsten %1 Tagen ab</numerusform>
            <numerusform>%n Token laufen in den nächsten %1 Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="195"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="240"/>
        <source>%1: token expired on %2, renews on next use</source>
        <translation>%1: Token am %2 abgelaufen, wird bei der nächsten Verwendung erneuert</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="241"/>
        <source>%1: token expired on %2</source>
        <translation>%1: Token am %2 abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="243"/>
        <source>%1: token expires on %2 and renews automatically</source>
        <translation>%1: Token läuft am %2 ab und wird automatisch erneuert</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="244"/>
        <source>%1: token expires on %2</source>
        <translation>%1: Token läuft am %2 ab</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="310"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="310"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
</context>
<context>
    <name>fanout::ui::FacebookPagePicker</name>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="20"/>
        <source>Choose Facebook Pages</source>
        <translation>Facebook-Seiten auswählen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/facebookpagepicker.cpp" line="25"/>
        <source>You manage %n Facebook Page(s). Tick the ones Fanout should connect. A Page with a linked Instagram professional account brings that account too.</source>
        <translation>
            <numerusform>Sie verwalten %n Facebook-Seite. Haken Sie die Seiten an, die Fanout verbinden soll. Eine Seite mit verknüpftem Instagram-Profikonto bringt dieses Konto mit.</numerusform>
            <numerusform>Sie verwalten %n Facebook-Seiten. Haken Sie die Seiten an, die Fanout verbinden soll. Eine Seite mit verknüpftem Instagram-Profikonto bringt dieses Konto mit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="35"/>
        <source>Facebook Pages</source>
        <translation>Facebook-Seiten</translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="37"/>
        <source>%1 (with Instagram)</source>
        <translation>%1 (mit Instagram)</translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="40"/>
        <source>Page id %1</source>
        <translation>Seiten-ID %1</translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="48"/>
        <source>Tick All Pages</source>
        <translation>Alle Seiten anhaken</translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="57"/>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>fanout::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Dismiss the error</source>
        <translation>Fehlermeldung schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Could not list the Pinterest boards: %1</source>
        <translation>Die Pinterest-Pinnwände konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>New Pins go to the board “%1”.</source>
        <translation>Neue Pins landen auf der Pinnwand „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>Connect &amp;Bluesky Account…</source>
        <translation>Bluesky-Konto &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>&amp;About Fanout</source>
        <translation>&amp;Über Fanout</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>About Fanout</source>
        <translation>Über Fanout</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&lt;b&gt;Fanout %1&lt;/b&gt;&lt;p&gt;Keeps your social media accounts connected. Tokens are stored encrypted on this computer, with the key in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fanout %1&lt;/b&gt;&lt;p&gt;Hält Ihre Social-Media-Konten verbunden. Die Tokens werden verschlüsselt auf diesem Computer gespeichert, der Schlüssel liegt im Schlüsselbund des Systems.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Connect account</source>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Connects an account of one of the listed platforms</source>
        <translation>Verbindet ein Konto einer der aufgeführten Plattformen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Connect Account…</source>
        <translation>Konto verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;Search Accounts</source>
        <translation>Konten &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>Connect with a handle and an app password</source>
        <translation>Mit Handle und App-Passwort verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>%1 (through a Facebook Page)…</source>
        <translation>%1 (über eine Facebook-Seite)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Instagram professional accounts come with the Facebook Page they are linked to: this connects Facebook.</source>
        <translation>Instagram-Profikonten kommen mit der Facebook-Seite, mit der sie verknüpft sind. Dies verbindet Facebook.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>%1 (coming soon)</source>
        <translation>%1 (demnächst)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>Coming soon: Instagram business accounts will be connected through the Facebook Page they belong to.</source>
        <translation>Demnächst: Instagram-Business-Konten werden über die Facebook-Seite verbunden, zu der sie gehören.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>Coming soon</source>
        <translation>Demnächst verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Facebook Pages and Instagram</source>
        <translation>Facebook-Seiten und Instagram</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>%1 (not set up)</source>
        <translation>%1 (nicht eingerichtet)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Connect in your browser</source>
        <translation>Im Browser verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>%1 (through a Facebook Page, not set up)</source>
        <translation>%1 (über eine Facebook-Seite, nicht eingerichtet)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425"/>
        <source>Facebook with Instagram</source>
        <translation>Facebook mit Instagram</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="429"/>
        <source>Connect account in the tool bar also connects %1.</source>
        <translation>„Konto verbinden“ in der Werkzeugleiste verbindet auch %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="848"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>No accounts</source>
        <translation>Keine Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>No accounts connected yet</source>
        <translation>Noch keine Konten verbunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Connect your first account to get started. For Bluesky you need your handle and an app password. Fanout keeps the connection alive and stores its tokens encrypted on this computer.</source>
        <translation>Verbinden Sie Ihr erstes Konto, um loszulegen. Für Bluesky benötigen Sie Ihr Handle und ein App-Passwort. Fanout hält die Verbindung aufrecht und speichert die Tokens verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>Connect Bluesky account</source>
        <translation>Bluesky-Konto verbinden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>When each token expires over the next %n days</source>
        <translation>
            <numerusform>Wann jedes Token in den nächsten %n Tag abläuft</numerusform>
            <numerusform>Wann jedes Token in den nächsten %n Tagen abläuft</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>Connected accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>&amp;Check Connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Erneut verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="657"/>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="657"/>
        <source>%n accounts</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <location filename="../ui/mainwindow.cpp" line="704"/>
        <source>Connected %1.</source>
        <translation>Konto %1 verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>Not set up yet: opens Settings to enter the client ID. An administrator&apos;s providers file works too: fanout providers import FILE</source>
        <translation>Noch nicht eingerichtet: öffnet die Einstellungen, um die Client-ID einzugeben. Eine Anbieterdatei Ihrer Administration funktioniert auch: fanout providers import FILE</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>%1 is not set up yet. Enter its client ID in Settings.</source>
        <translation>%1 ist noch nicht eingerichtet. Geben Sie die Client-ID in den Einstellungen ein.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>No account matches the search or the platform filter.</source>
        <translation>Kein Konto passt zur Suche oder zum Plattformfilter.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>Search by name, handle or user id</source>
        <translation>Nach Name, Handle oder Benutzer-ID suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="537"/>
        <source>Search accounts</source>
        <translation>Konten suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>Show platform</source>
        <translation>Plattform anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="552"/>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="566"/>
        <source>Sort accounts</source>
        <translation>Konten sortieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="567"/>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>Sort by platform</source>
        <translation>Nach Plattform sortieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>Sort by expiry</source>
        <translation>Nach Ablauf sortieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="570"/>
        <source>Needs attention first</source>
        <translation>Dringendes zuerst</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="659"/>
        <source>%1 shown of %2</source>
        <translation>%1 angezeigt von %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="714"/>
        <source>Another connection check is still running.</source>
        <translation>Eine andere Verbindungsprüfung läuft noch.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="728"/>
        <source>Checking the connection of %1…</source>
        <translation>Verbindung von %1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="744"/>
        <source>The connection of %1 works.</source>
        <translation>Die Verbindung von %1 funktioniert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="757"/>
        <source>The connection check failed.</source>
        <translation>Die Verbindungsprüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="793"/>
        <source>Disconnect Account</source>
        <translation>Konto trennen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="794"/>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="795"/>
        <source>Disconnect %1 (%2)?</source>
        <translation>%1 (%2) trennen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="799"/>
        <source>Fanout deletes this account and its stored tokens from this computer. The %1 account itself is not changed, and you can connect it again later.</source>
        <translation>Fanout löscht dieses Konto und seine gespeicherten Tokens von diesem Computer. Das %1-Konto selbst wird nicht verändert, und Sie können es später erneut verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="804"/>
        <source>To revoke the app password as well, delete it in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Um auch das App-Passwort zu widerrufen, löschen Sie es in Bluesky unter Einstellungen → Privatsphäre und Sicherheit → App-Passwörter.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="807"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="838"/>
        <source>Disconnected %1.</source>
        <translation>Konto %1 getrennt.</translation>
    </message>
</context>
<context>
    <name>fanout::ui::OAuthConnectDialog</name>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="48"/>
        <source>Connect %1 Account</source>
        <translation>%1-Konto verbinden</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="85"/>
        <source>&lt;b&gt;Sign in to %1 in your browser&lt;/b&gt;&lt;br&gt;Approve Fanout&apos;s request there; this window then finishes the connection. To use another browser, copy the address below into it.</source>
        <translation>&lt;b&gt;Melden Sie sich im Browser bei %1 an&lt;/b&gt;&lt;br&gt;Bestätigen Sie dort die Anfrage von Fanout; dieses Fenster schließt die Verbindung dann ab. Um einen anderen Browser zu verwenden, kopieren Sie die Adresse unten hinein.</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="100"/>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="101"/>
        <source>Sign-in &amp;address:</source>
        <translation>Anmelde&amp;adresse:</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="103"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="112"/>
        <source>Fanout could not open a browser. Copy the address into one.</source>
        <translation>Fanout konnte keinen Browser öffnen. Kopieren Sie die Adresse in einen Browser.</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="119"/>
        <source>Connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="130"/>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser…</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="138"/>
        <source>Try &amp;Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>fanout::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="126"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="135"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="146"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="149"/>
        <location filename="../ui/settingsdialog.cpp" line="233"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="159"/>
        <source>Fanout cannot connect %1 accounts yet, so there is nothing to set up here.</source>
        <translation>Fanout kann %1-Konten noch nicht verbinden, daher gibt es hier nichts einzurichten.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="236"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="238"/>
        <source>Show a &amp;notification when a token is about to expire or was revoked</source>
        <translation>Eine &amp;Benachrichtigung zeigen, wenn ein Token bald abläuft oder widerrufen wurde</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="241"/>
        <source>&amp;Start Fanout when I log in</source>
        <translation>Fanout beim Anmelden s&amp;tarten</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="244"/>
        <source>&amp;Closing the window keeps Fanout running in the tray</source>
        <translation>Beim S&amp;chließen des Fensters läuft Fanout im Infobereich weiter</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="252"/>
        <source>No system tray was found, so closing the window quits Fanout.</source>
        <translation>Es wurde kein Infobereich gefunden, daher beendet das Schließen des Fensters Fanout.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="256"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="260"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="261"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="262"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="263"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="267"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="276"/>
        <source>A new language is used the next time Fanout starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Fanout.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="285"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="301"/>
        <source>Bluesky accounts connect with a handle and an app password, so there is no client to register. The service below is where new connections look up the handle; change it for a self-hosted PDS.</source>
        <translation>Bluesky-Konten verbinden sich mit einem Handle und einem App-Passwort, daher muss kein Client registriert werden. Beim unten angegebenen Dienst suchen neue Verbindungen das Handle; ändern Sie ihn für einen selbst betriebenen PDS.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="311"/>
        <source>Default &amp;service:</source>
        <translation>Standard&amp;dienst:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="362"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="365"/>
        <source>From the app your organisation registered with %1</source>
        <translation>Aus der App, die Ihre Organisation bei %1 registriert hat</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="366"/>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="370"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="374"/>
        <source>C&amp;lear</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="376"/>
        <source>Clear the stored client secret</source>
        <translation>Gespeichertes Client-Geheimnis löschen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="390"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="393"/>
        <source>Redirect</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="398"/>
        <source>Redirect &amp;port:</source>
        <translation>Weiterleitungs&amp;port:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="402"/>
        <source>Register this address with %1 exactly as shown, unless a relay page is set.</source>
        <translation>Registrieren Sie diese Adresse bei %1 genau wie angezeigt, sofern keine Weiterleitungsseite eingetragen ist.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="404"/>
        <source>Redirect URI:</source>
        <translation>Weiterleitungs-URI:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="406"/>
        <source>Optional: https://… of your organisation&apos;s relay page</source>
        <translation>Optional: https://… der Weiterleitungsseite Ihrer Organisation</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="412"/>
        <source>For platforms that accept only HTTPS redirects. The relay page forwards the sign-in to the port above on this computer.</source>
        <translation>Für Plattformen, die nur HTTPS-Weiterleitungen akzeptieren. Die Weiterleitungsseite reicht die Anmeldung an den oben angegebenen Port auf diesem Computer weiter.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="417"/>
        <source>&amp;Relay page:</source>
        <translation>&amp;Weiterleitungsseite:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="420"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="423"/>
        <source>&amp;Authorization URL:</source>
        <translation>&amp;Autorisierungs-URL:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="426"/>
        <source>T&amp;oken URL:</source>
        <translation>T&amp;oken-URL:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="428"/>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="430"/>
        <source>Separated by spaces or commas</source>
        <translation>Durch Leerzeichen oder Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="431"/>
        <source>S&amp;copes:</source>
        <translation>Be&amp;reiche (Scopes):</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="436"/>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="439"/>
        <source>The platform&apos;s own addresses are filled in. Change them only for a test server or a proxy your organisation runs.</source>
        <translation>Die Adressen der Plattform sind voreingetragen. Ändern Sie sie nur für einen Testserver oder einen Proxy Ihrer Organisation.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="493"/>
        <source>Fanout signs in to %1 with the app below. Its redirect URI must be registered with %1 exactly as shown.</source>
        <translation>Fanout meldet sich mit der unten angegebenen App bei %1 an. Ihre Weiterleitungs-URI muss bei %1 genau wie angezeigt registriert sein.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="496"/>
        <source>&lt;b&gt;%1 is not set up yet.&lt;/b&gt; Enter the client ID of the app your organisation registered with %1, and register the redirect URI shown below with that app. An administrator can also hand out a providers file: &lt;code&gt;fanout providers import FILE&lt;/code&gt;.</source>
        <translation>&lt;b&gt;%1 ist noch nicht eingerichtet.&lt;/b&gt; Geben Sie die Client-ID der App ein, die Ihre Organisation bei %1 registriert hat, und hinterlegen Sie dort die unten gezeigte Weiterleitungs-URI. Eine Administratorin oder ein Administrator kann auch eine Anbieterdatei ausgeben: &lt;code&gt;fanout providers import FILE&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="518"/>
        <source>The new client secret is stored in the keychain when you save.</source>
        <translation>Das neue Client-Geheimnis wird beim Speichern im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="520"/>
        <source>The client secret is removed from the keychain when you save.</source>
        <translation>Das Client-Geheimnis wird beim Speichern aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="522"/>
        <source>A client secret is stored in the keychain.</source>
        <translation>Ein Client-Geheimnis ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="524"/>
        <source>No client secret is stored. Apps using PKCE without a secret need none.</source>
        <translation>Es ist kein Client-Geheimnis gespeichert. Apps, die PKCE ohne Geheimnis verwenden, brauchen keines.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="527"/>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen ein neues eingeben</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="528"/>
        <source>Paste the client secret</source>
        <translation>Client-Geheimnis einfügen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="574"/>
        <source>The redirect port must be a number from 1 to 65535.</source>
        <translation>Der Weiterleitungsport muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="614"/>
        <source>This version of Fanout cannot send %1 sign-ins through a relay page. Leave the field empty to use the redirect URI above.</source>
        <translation>Diese Fanout-Version kann Anmeldungen bei %1 nicht über eine Weiterleitungsseite leiten. Lassen Sie das Feld leer, um die obige Weiterleitungs-URI zu verwenden.</translation>
    </message>
</context>
<context>
    <name>fanout::ui::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="54"/>
        <source>&amp;Open Fanout</source>
        <translation>Fanout ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="89"/>
        <source>Fanout: %n account(s) need attention</source>
        <translation>
            <numerusform>Fanout: %n Konto braucht Aufmerksamkeit</numerusform>
            <numerusform>Fanout: %n Konten brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
</TS>
