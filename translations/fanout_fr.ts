<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>fanout</name>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="70"/>
        <source>%1.redirectUri must be a string.</source>
        <translation>%1.redirectUri doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="78"/>
        <source>%1.redirectUri must be the https:// address of your relay page (plain http only for 127.0.0.1).</source>
        <translation>%1.redirectUri doit être l’adresse https:// de votre page relais (http simple uniquement pour 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="84"/>
        <source>%1.redirectUri sends the browser to port %2, but %1.redirectPort is %3; make them the same.</source>
        <translation>%1.redirectUri envoie le navigateur vers le port %2, mais %1.redirectPort vaut %3 ; rendez-les identiques.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="205"/>
        <source>%1.%2 must be an https:// URL (plain http only for 127.0.0.1).</source>
        <translation>%1.%2 doit être une URL https:// (http simple uniquement pour 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="217"/>
        <source>%1.clientId must be a string.</source>
        <translation>%1.clientId doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="222"/>
        <source>%1.clientId contains a control character or a line break. Copy the client ID from the platform&apos;s developer page again.</source>
        <translation>%1.clientId contient un caractère de contrôle ou un saut de ligne. Copiez à nouveau l’ID client depuis la page développeur de la plateforme.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="234"/>
        <source>%1.scopes must hold strings.</source>
        <translation>%1.scopes ne doit contenir que des chaînes de caractères.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="238"/>
        <source>%1.scopes must be a list or a space-separated string.</source>
        <translation>%1.scopes doit être une liste ou une chaîne de valeurs séparées par des espaces.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="244"/>
        <source>%1.redirectPort must be a port number from 1 to 65535.</source>
        <translation>%1.redirectPort doit être un numéro de port compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="250"/>
        <source>%1.apiVersion must be a Graph API version such as v21.0, and only Facebook has one.</source>
        <translation>%1.apiVersion doit être une version de l’API Graph comme v21.0, et seul Facebook en a une.</translation>
    </message>
</context>
<context>
    <name>fanout::AccountService</name>
    <message>
        <location filename="../app/service/accountservice.cpp" line="108"/>
        <location filename="../app/service/accountservice.cpp" line="139"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>Aucun compte n’a l’identifiant %1&#xa0;; `fanout accounts list` affiche les identifiants.</translation>
    </message>
</context>
<context>
    <name>fanout::AppSettings</name>
    <message>
        <location filename="../app/core/appsettings.cpp" line="91"/>
        <source>“%1” is not a language Fanout is translated into (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une langue dans laquelle Fanout est traduit (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/appsettings.cpp" line="106"/>
        <source>The settings file %1 cannot be written.</source>
        <translation>Impossible d’écrire le fichier de paramètres %1.</translation>
    </message>
</context>
<context>
    <name>fanout::Autostart</name>
    <message>
        <location filename="../app/core/autostart.cpp" line="92"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/core/autostart.cpp" line="96"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/autostart.cpp" line="105"/>
        <source>%1 cannot be removed: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/autostart.cpp" line="185"/>
        <source>The registry key %1 cannot be changed.</source>
        <translation>Impossible de modifier la clé de registre %1.</translation>
    </message>
</context>
<context>
    <name>fanout::Error</name>
    <message>
        <location filename="../app/core/error.cpp" line="44"/>
        <source>The platform turned down the connection. Check the account and this platform&apos;s settings in File → Settings, then connect again.</source>
        <translation>La plateforme a refusé la connexion. Vérifiez le compte et les paramètres de cette plateforme dans Fichier → Paramètres, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="48"/>
        <source>The platform did not accept the sign-in. Reconnect the account with valid credentials.</source>
        <translation>La plateforme n’a pas accepté l’authentification. Reconnectez le compte avec des identifiants valides.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="51"/>
        <source>This Facebook user manages no Page. Create a Page or ask its owner for a Page role, then connect again.</source>
        <translation>Cet utilisateur Facebook ne gère aucune Page. Créez une Page ou demandez un rôle au propriétaire d’une Page, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="55"/>
        <source>The system keychain is not available, so Fanout cannot store tokens safely and stored nothing. Unlock or start your keyring (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: Fanout ne peut donc pas stocker les jetons en sécurité et n’a rien enregistré. Déverrouillez ou démarrez votre trousseau (GNOME Keyring, KWallet, trousseau macOS ou Gestionnaire d’identification Windows), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="60"/>
        <source>The key in the system keychain cannot open this account&apos;s stored tokens: the keychain entry was deleted or replaced, or the stored data was changed. The account is kept; reconnect it to store new tokens.</source>
        <translation>La clé du trousseau système ne permet pas d’ouvrir les jetons enregistrés de ce compte&#xa0;: l’entrée du trousseau a été supprimée ou remplacée, ou les données enregistrées ont été modifiées. Le compte est conservé&#xa0;; reconnectez-le pour enregistrer de nouveaux jetons.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="65"/>
        <source>This platform has no client id yet. Enter your organisation&apos;s client id in File → Settings or import the providers file your administrator gave you.</source>
        <translation>Cette plateforme n’a pas encore d’identifiant client. Saisissez l’identifiant client de votre organisation dans Fichier → Paramètres ou importez le fichier de fournisseurs transmis par votre administrateur.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="69"/>
        <source>The input is not valid. Correct it and try again.</source>
        <translation>La saisie n’est pas valide. Corrigez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="83"/>
        <source>The connection was cancelled and nothing was stored. Start it again from Connect account when you are ready.</source>
        <translation>La connexion a été annulée et rien n’a été enregistré. Relancez-la depuis « Connecter un compte » quand vous serez prêt.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="72"/>
        <source>The platform could not be reached. Check the network connection and try again; nothing was changed.</source>
        <translation>Impossible de joindre la plateforme. Vérifiez la connexion réseau et réessayez&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="76"/>
        <source>The platform sent a reply Fanout does not understand; nothing was changed. Try again later.</source>
        <translation>La plateforme a envoyé une réponse que Fanout ne comprend pas&#xa0;; rien n’a été modifié. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="80"/>
        <source>The sign-in was not finished in time. Start the connection again.</source>
        <translation>L’authentification n’a pas été terminée à temps. Relancez la connexion.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="87"/>
        <source>Fanout could not read or write its data folder. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Fanout n’a pas pu lire ou écrire dans son dossier de données. Vérifiez l’espace disque disponible et les permissions du dossier.</translation>
    </message>
</context>
<context>
    <name>fanout::Keychain</name>
    <message>
        <location filename="../app/vault/keychain.cpp" line="69"/>
        <source>The keychain reported: %1.</source>
        <translation>Le trousseau a signalé : %1.</translation>
    </message>
    <message>
        <location filename="../app/vault/keychain.cpp" line="91"/>
        <source>The keyring is locked. Unlock it (for example by signing in to the desktop again) and try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (par exemple en vous reconnectant à votre session de bureau) et réessayez.</translation>
    </message>
</context>
<context>
    <name>fanout::ProviderStore</name>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="287"/>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="292"/>
        <source>%1 is not valid JSON (%2 at byte %3); it may have been cut short. Correct the file, or delete it and import your providers file again (or enter the settings again in File → Settings).</source>
        <translation>%1 n’est pas du JSON valide (%2 à l’octet %3)&#xa0;; le fichier a peut-être été tronqué. Corrigez le fichier, ou supprimez-le et importez à nouveau votre fichier de fournisseurs (ou saisissez à nouveau les paramètres dans Fichier → Paramètres).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="299"/>
        <source>%1 holds JSON but not an object with the provider settings. Correct the file, or delete it and import your providers file again (or enter the settings again in File → Settings).</source>
        <translation>%1 contient du JSON, mais pas un objet avec les paramètres des fournisseurs. Corrigez le fichier, ou supprimez-le et importez à nouveau votre fichier de fournisseurs (ou saisissez à nouveau les paramètres dans Fichier → Paramètres).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="310"/>
        <location filename="../app/providers/providerconfig.cpp" line="314"/>
        <source>%1 cannot be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="323"/>
        <source>Connecting %1 through the browser is not available in this version yet.</source>
        <translation>La connexion de %1 via le navigateur n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="339"/>
        <source>%1 has none; on the command line use `fanout providers import FILE`.</source>
        <translation>%1 n’en a aucun&#xa0;; en ligne de commande, utilisez `fanout providers import FICHIER`.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="377"/>
        <source>The providers file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier des fournisseurs n’est pas un JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="381"/>
        <source>The providers file is not a JSON object.</source>
        <translation>Le fichier de fournisseurs n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="393"/>
        <source>“%1” is not a platform Fanout connects through the browser (twitter, linkedin, facebook, threads, pinterest).</source>
        <translation>« %1 » n’est pas une plateforme que Fanout connecte via le navigateur (twitter, linkedin, facebook, threads, pinterest).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="397"/>
        <source>The entry %1 must be a JSON object.</source>
        <translation>L’entrée %1 doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="408"/>
        <source>%1.clientSecret must be a string.</source>
        <translation>%1.clientSecret doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="452"/>
        <source>“%1” is not a Bluesky service address. Enter an https:// address without a path, such as https://bsky.social (plain http only for 127.0.0.1).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de service Bluesky. Saisissez une adresse https:// sans chemin, par exemple https://bsky.social (http simple uniquement pour 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>fanout::Scheduler</name>
    <message>
        <location filename="../app/service/scheduler.cpp" line="400"/>
        <source>The %1 token expires on %2, in 7 days or less. Reconnect the account before then.</source>
        <translation>Le jeton %1 expire le %2, dans 7 jours ou moins. Reconnectez le compte d’ici là.</translation>
    </message>
    <message>
        <location filename="../app/service/scheduler.cpp" line="402"/>
        <source>The %1 token expires on %2, within a day. Reconnect the account now.</source>
        <translation>Le jeton %1 expire le %2, dans moins d’un jour. Reconnectez le compte maintenant.</translation>
    </message>
    <message>
        <location filename="../app/service/scheduler.cpp" line="496"/>
        <source>Refreshing the %1 token failed %2 times in a row, and it expires on %3. Check the network connection, or reconnect the account.</source>
        <translation>Le renouvellement du jeton %1 a échoué %2 fois de suite, et il expire le %3. Vérifiez la connexion réseau ou reconnectez le compte.</translation>
    </message>
</context>
<context>
    <name>fanout::Store</name>
    <message>
        <location filename="../app/store/accountstore.cpp" line="113"/>
        <source>SQLite reported: %1</source>
        <translation>SQLite a signalé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="118"/>
        <source>The disk that holds %1 is full. Free some space on it and try again; nothing was changed.</source>
        <translation>Le disque qui contient %1 est plein. Libérez de l’espace et réessayez&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="126"/>
        <source>%1 cannot be written: its folder or disk is read-only or belongs to another user. Make the folder writable for you and try again.</source>
        <translation>Impossible d’écrire %1&#xa0;: son dossier ou son disque est en lecture seule ou appartient à un autre utilisateur. Donnez-vous les droits d’écriture sur le dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="133"/>
        <source>Reading or writing %1 failed with a disk error. Check the disk and its free space, then try again.</source>
        <translation>La lecture ou l’écriture de %1 a échoué à cause d’une erreur de disque. Vérifiez le disque et son espace libre, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="140"/>
        <source>%1 is damaged and cannot be read.</source>
        <translation>%1 est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="143"/>
        <source>Fanout could not read or write %1. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Fanout n’a pas pu lire ou écrire %1. Vérifiez l’espace disque disponible et les permissions du dossier.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="317"/>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="348"/>
        <source>%1 is damaged and cannot be read (SQLite reported: %2). Open Fanout&apos;s window, with no other Fanout running, to move the damaged file aside and start with no accounts.</source>
        <translation>%1 est endommagé et ne peut pas être lu (SQLite a signalé&#xa0;: %2). Ouvrez la fenêtre de Fanout, sans autre instance de Fanout en cours d’exécution, pour mettre le fichier endommagé de côté et repartir sans aucun compte.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="357"/>
        <source>%1 is damaged and cannot be read (SQLite reported: %2), and it could not be renamed. Move it out of the folder yourself and start Fanout again.</source>
        <translation>%1 est endommagé et ne peut pas être lu (SQLite a signalé&#xa0;: %2), et il n’a pas pu être renommé. Déplacez-le vous-même hors du dossier et relancez Fanout.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="365"/>
        <source>%1 was damaged and could not be read (SQLite reported: %2). It was moved to %3 and is kept there. The next start of Fanout begins with no accounts, so reconnect them, or put a backup of %1 in its place before starting again.</source>
        <translation>%1 était endommagé et n’a pas pu être lu (SQLite a signalé&#xa0;: %2). Il a été déplacé vers %3, où il est conservé. Au prochain démarrage, Fanout commencera sans aucun compte&#xa0;: reconnectez-les, ou remettez une sauvegarde de %1 à sa place avant de redémarrer.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="425"/>
        <source>The data folder was written by a newer Fanout (schema %1, this version knows %2). Update Fanout.</source>
        <translation>Le dossier de données a été écrit par une version plus récente de Fanout (schéma %1, cette version connaît le schéma %2). Mettez Fanout à jour.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="434"/>
        <source>%1 was written by an older Fanout and its folder is read-only, so it cannot be updated. Make the folder writable and try again.</source>
        <translation>%1 a été écrit par une version plus ancienne de Fanout et son dossier est en lecture seule : il ne peut donc pas être mis à jour. Rendez le dossier accessible en écriture et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="559"/>
        <location filename="../app/store/accountstore.cpp" line="580"/>
        <source>No account has the id %1.</source>
        <translation>Aucun compte n’a l’identifiant %1.</translation>
    </message>
    <message>
        <location filename="../app/store/datadir.cpp" line="34"/>
        <source>%1 needs a folder; it was given an empty value.</source>
        <translation>%1 attend un dossier, mais a reçu une valeur vide.</translation>
    </message>
    <message>
        <location filename="../app/store/datadir.cpp" line="43"/>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe déjà et n’est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../app/store/datadir.cpp" line="47"/>
        <source>Could not create the folder %1. Check that its parent folder exists and is writable for you.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez que son dossier parent existe et que vous avez les droits d’écriture dessus.</translation>
    </message>
    <message>
        <location filename="../app/store/instancelock.cpp" line="51"/>
        <source>Another Fanout window or command (process %2) is using the data folder %1. Wait for it to finish or close it, then try again.</source>
        <translation>Une autre fenêtre ou commande Fanout (processus %2) utilise le dossier de données %1. Attendez qu’elle se termine ou fermez-la, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/store/instancelock.cpp" line="60"/>
        <source>Could not create the lock file in %1: the folder or its disk is read-only, or it belongs to another user. Make the folder writable for you and try again.</source>
        <translation>Impossible de créer le fichier de verrouillage dans %1&#xa0;: le dossier ou son disque est en lecture seule, ou le dossier appartient à un autre utilisateur. Donnez-vous les droits d’écriture sur le dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/store/instancelock.cpp" line="67"/>
        <source>Could not create the lock file in %1.</source>
        <translation>Impossible de créer le fichier de verrouillage dans %1.</translation>
    </message>
</context>
<context>
    <name>fanout::bluesky</name>
    <message>
        <location filename="../app/platforms/bluesky/handle.cpp" line="110"/>
        <source>“%1” is not a Bluesky account DID. A did:plc: DID has 24 characters from a to z and 2 to 7 after the prefix, and a did:web: DID names a host such as example.com, with no path or IP address.</source>
        <translation>« %1 » n’est pas le DID d’un compte Bluesky. Un DID did:plc: compte 24 caractères de a à z et de 2 à 7 après le préfixe, et un DID did:web: nomme un hôte comme example.com, sans chemin ni adresse IP.</translation>
    </message>
</context>
<context>
    <name>fanout::bluesky::BlueskyConnector</name>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="133"/>
        <source>Another Bluesky connection is still in progress; wait for it to finish or cancel it first.</source>
        <translation>Une autre connexion Bluesky est encore en cours&#xa0;; attendez qu’elle se termine ou annulez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="188"/>
        <source>The Bluesky service address must be an https:// URL (plain http only for this computer), such as https://bsky.social.</source>
        <translation>L’adresse du service Bluesky doit être une URL https:// (http simple uniquement pour cet ordinateur), par exemple https://bsky.social.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="194"/>
        <source>The PLC directory address must be an https:// URL (plain http only for this computer), such as https://plc.directory.</source>
        <translation>L’adresse de l’annuaire PLC doit être une URL https:// (http simple uniquement pour cet ordinateur), par exemple https://plc.directory.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="200"/>
        <source>Enter an app password. Create one in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Saisissez un mot de passe d’application. Créez-en un dans Bluesky sous Paramètres → Confidentialité et sécurité → Mots de passe d’application.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="222"/>
        <source>“%1” is not a valid Bluesky handle. A handle looks like alice.bsky.social: letters, digits and hyphens in two or more parts separated by dots.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pseudo Bluesky valide. Un pseudo ressemble à alice.bsky.social&#xa0;: des lettres, des chiffres et des traits d’union, en deux parties ou plus séparées par des points.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="264"/>
        <source>%1 resolved the handle to something that is not an account DID.</source>
        <translation>%1 a résolu le pseudo en autre chose qu’un DID de compte.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="273"/>
        <source>No Bluesky account has the handle %1 (%2). Check the spelling and the service address.</source>
        <translation>Aucun compte Bluesky n’a le pseudo %1 (%2). Vérifiez l’orthographe et l’adresse du service.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="333"/>
        <source>The account %1 is not registered with %2. Check the DID, or connect with the handle instead.</source>
        <translation>Le compte %1 n’est pas enregistré auprès de %2. Vérifiez le DID ou connectez-vous plutôt avec l’identifiant.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="338"/>
        <source>The account %1 has been deleted or deactivated.</source>
        <translation>Le compte %1 a été supprimé ou désactivé.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="346"/>
        <source>%1 sent a DID document that does not describe %2.</source>
        <translation>%1 a envoyé un document DID qui ne décrit pas %2.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="352"/>
        <source>The DID document of %1 names no usable personal data server (an https:// address under #atproto_pds).</source>
        <translation>Le document DID de %1 n’indique aucun serveur de données personnelles utilisable (une adresse https:// sous #atproto_pds).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="367"/>
        <source>%1 now belongs to another Bluesky account (%2), not to the account being reconnected (%3). Connect it as a new account, or reconnect with the handle the account uses now.</source>
        <translation>%1 appartient désormais à un autre compte Bluesky (%2), et non au compte en cours de reconnexion (%3). Connectez-le comme nouveau compte, ou reconnectez avec l’identifiant que le compte utilise maintenant.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="383"/>
        <source>This is the account&apos;s main password, which asks for a sign-in code. Fanout needs an app password: create one in Bluesky under Settings → Privacy and security → App passwords, then connect with it.</source>
        <translation>Il s’agit du mot de passe principal du compte, qui demande un code de connexion. Fanout a besoin d’un mot de passe d’application&#xa0;: créez-en un dans Bluesky sous Paramètres → Confidentialité et sécurité → Mots de passe d’application, puis connectez-vous avec celui-ci.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="390"/>
        <source>Bluesky did not accept this handle and app password (%1). Check both, or create a new app password under Settings → Privacy and security → App passwords.</source>
        <translation>Bluesky n’a pas accepté ce pseudo et ce mot de passe d’application (%1). Vérifiez les deux ou créez un nouveau mot de passe d’application sous Paramètres → Confidentialité et sécurité → Mots de passe d’application.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="402"/>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="682"/>
        <source>%1 answered the sign-in without a usable session.</source>
        <translation>%1 a répondu à l’authentification sans session utilisable.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="409"/>
        <source>%1 signed in a different account than %2.</source>
        <translation>%1 a connecté un autre compte que %2.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="424"/>
        <source>%1 issued a session of an unknown kind.</source>
        <translation>%1 a émis une session d’un type inconnu.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="430"/>
        <source>The Bluesky account is not active (%1).</source>
        <translation>Le compte Bluesky n’est pas actif (%1).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="443"/>
        <source>This is the account&apos;s main password. Fanout only stores app passwords, which you can revoke on their own: create one in Bluesky under Settings → Privacy and security → App passwords, then connect with it. Nothing was stored.</source>
        <translation>Il s’agit du mot de passe principal du compte. Fanout n’enregistre que des mots de passe d’application, que vous pouvez révoquer séparément&#xa0;: créez-en un dans Bluesky sous Paramètres → Confidentialité et sécurité → Mots de passe d’application, puis connectez-vous avec celui-ci. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="547"/>
        <source>No Bluesky account has the id %1.</source>
        <translation>Aucun compte Bluesky n’a l’identifiant %1.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="557"/>
        <source>The account %1 has no usable server address stored; reconnect it.</source>
        <translation>Aucune adresse de serveur utilisable n’est enregistrée pour le compte %1&#xa0;; reconnectez-le.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="584"/>
        <source>%1 answered for a different account than %2.</source>
        <translation>%1 a répondu pour un autre compte que %2.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="598"/>
        <source>Bluesky rejected a session it had just issued (%1).</source>
        <translation>Bluesky a rejeté une session qu’il venait d’émettre (%1).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="620"/>
        <source>%1 answered the session refresh without a usable session.</source>
        <translation>%1 a répondu au renouvellement de session sans session utilisable.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="657"/>
        <source>The session expired and no app password is stored to sign in again.</source>
        <translation>La session a expiré et aucun mot de passe d’application n’est enregistré pour se reconnecter.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="667"/>
        <source>Bluesky no longer accepts the stored app password (%1); it was probably revoked. Reconnect the account with a new app password.</source>
        <translation>Bluesky n’accepte plus le mot de passe d’application enregistré (%1)&#xa0;; il a probablement été révoqué. Reconnectez le compte avec un nouveau mot de passe d’application.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="743"/>
        <source>The account %1 was removed during the check.</source>
        <translation>Le compte %1 a été supprimé pendant la vérification.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="781"/>
        <source>The Bluesky connection was cancelled.</source>
        <translation>La connexion Bluesky a été annulée.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="837"/>
        <source>%1 sent an answer larger than %2 MB, which Fanout does not read.</source>
        <translation>%1 a envoyé une réponse de plus de %2 Mo, que Fanout ne lit pas.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="844"/>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 n’a pas répondu dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="850"/>
        <source>The TLS certificate of %1 is not trusted, so Fanout sent it nothing. Check the service address, and the date and certificate store of this computer.</source>
        <translation>Le certificat TLS de %1 n’est pas digne de confiance ; Fanout ne lui a donc rien envoyé. Vérifiez l’adresse du service, ainsi que la date et le magasin de certificats de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="855"/>
        <source>Could not reach %1 (%2).</source>
        <translation>Impossible de joindre %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="861"/>
        <source>The answer from %1 broke off before it was complete (%2); try again.</source>
        <translation>La réponse de %1 s’est interrompue avant d’être complète (%2)&#xa0;; réessayez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="868"/>
        <source>%1 is limiting requests; try again in %n minute(s).</source>
        <translation>
            <numerusform>%1 limite les requêtes&#xa0;; réessayez dans %n minute.</numerusform>
            <numerusform>%1 limite les requêtes&#xa0;; réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="872"/>
        <source>%1 is limiting requests; try again later.</source>
        <translation>%1 limite les requêtes&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="876"/>
        <source>%1 had a problem (%2); try again later.</source>
        <translation>%1 a rencontré un problème (%2)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="881"/>
        <source>%1 sent an unexpected answer (HTTP %2).</source>
        <translation>%1 a envoyé une réponse inattendue (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="884"/>
        <source>The Bluesky server %1 rejected the request (%2). Check that the account still exists and is active on Bluesky, then reconnect it.</source>
        <translation>Le serveur Bluesky %1 a refusé la requête (%2). Vérifiez que le compte existe toujours et est actif sur Bluesky, puis reconnectez-le.</translation>
    </message>
</context>
<context>
    <name>fanout::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="180"/>
        <source>No accounts connected. Connect one with `fanout connect bluesky --handle HANDLE`.</source>
        <translation>Aucun compte connecté. Connectez-en un avec `fanout connect bluesky --handle PSEUDO`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="197"/>
        <source>ID:               %1</source>
        <translation>ID&#xa0;:                   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="198"/>
        <source>Platform:         %1</source>
        <translation>Plateforme&#xa0;:           %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="200"/>
        <source>Handle:           %1</source>
        <translation>Pseudo&#xa0;:               %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="201"/>
        <source>Display name:     %1</source>
        <translation>Nom affiché&#xa0;:          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="202"/>
        <source>Platform user id: %1</source>
        <translation>ID sur la plateforme&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="203"/>
        <source>Status:           %1</source>
        <translation>Statut&#xa0;:               %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="204"/>
        <source>Token expires:    %1</source>
        <translation>Expiration du jeton&#xa0;:  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="206"/>
        <source>Extensions:       %1</source>
        <translation>Extensions&#xa0;:           %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="321"/>
        <source>Give a command, for example `fanout accounts list`. Run `fanout --help` for the commands.</source>
        <translation>Indiquez une commande, par exemple `fanout accounts list`. Lancez `fanout --help` pour voir les commandes.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="332"/>
        <source>Unknown command &quot;%1&quot;. Run `fanout --help` for the commands.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Lancez `fanout --help` pour voir les commandes.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="356"/>
        <source>There is no Fanout data folder at %1. Check the path; Fanout creates the folder when it first connects an account.</source>
        <translation>Il n’y a pas de dossier de données Fanout à l’emplacement %1. Vérifiez le chemin&#xa0;; Fanout crée le dossier lorsqu’il connecte un premier compte.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="389"/>
        <source>Give exactly one account id, or --all for every account: `fanout accounts refresh ID` or `fanout accounts refresh --all`.</source>
        <translation>Indiquez exactement un identifiant de compte, ou --all pour tous les comptes&#xa0;: `fanout accounts refresh ID` ou `fanout accounts refresh --all`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="391"/>
        <source>Give exactly one account id: `fanout %1 %2 ID`.</source>
        <translation>Indiquez exactement un identifiant de compte&#xa0;: `fanout %1 %2 ID`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="370"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>Aucun compte n’a l’identifiant %1&#xa0;; `fanout accounts list` affiche les identifiants.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="426"/>
        <source>`accounts list` takes no arguments.</source>
        <translation>`accounts list` n’accepte aucun argument.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="487"/>
        <source>Disconnected %1: its session was ended on the platform and its tokens were deleted here.</source>
        <translation>Compte %1 déconnecté&#xa0;: sa session a été fermée sur la plateforme et ses jetons ont été supprimés ici.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="495"/>
        <source>Disconnected %1; its tokens were deleted here.</source>
        <translation>Compte %1 déconnecté&#xa0;; ses jetons ont été supprimés ici.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="507"/>
        <source>Checking a %1 connection is not supported yet.</source>
        <translation>La vérification d’une connexion %1 n’est pas encore prise en charge.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="515"/>
        <source>%1 (%2) is connected.</source>
        <translation>Le compte %1 (%2) est connecté.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="550"/>
        <source>Name one platform: `fanout connect bluesky --handle HANDLE`.</source>
        <translation>Indiquez une plateforme&#xa0;: `fanout connect bluesky --handle PSEUDO`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="558"/>
        <source>Instagram professional accounts are connected through the Facebook Page they are linked to: run `fanout connect facebook`.</source>
        <translation>Les comptes Instagram professionnels se connectent via la Page Facebook à laquelle ils sont liés&#xa0;: lancez `fanout connect facebook`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="564"/>
        <source>Connecting %1 from Fanout is not available in this version yet.</source>
        <translation>La connexion de %1 depuis Fanout n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="575"/>
        <source>Give the account with --handle HANDLE (or a DID); the app password is read from standard input.</source>
        <translation>Indiquez le compte avec --handle PSEUDO (ou un DID)&#xa0;; le mot de passe d’application est lu sur l’entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="581"/>
        <source>&quot;%1&quot; is not a valid Bluesky handle. A handle looks like alice.bsky.social: letters, digits and hyphens in two or more parts separated by dots.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pseudo Bluesky valide. Un pseudo ressemble à alice.bsky.social&#xa0;: des lettres, des chiffres et des traits d’union, en deux parties ou plus séparées par des points.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="608"/>
        <source>%1 &quot;%2&quot; is not an http or https URL, such as https://bsky.social.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une URL http ou https, comme https://bsky.social.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="620"/>
        <source>App password for %1: </source>
        <translation>Mot de passe d’application pour %1&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="623"/>
        <source>No app password on standard input. Pipe it in, for example `fanout connect bluesky --handle %1 &lt; password-file`.</source>
        <translation>Aucun mot de passe d’application sur l’entrée standard. Transmettez-le par un tube, par exemple `fanout connect bluesky --handle %1 &lt; password-file`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="651"/>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout attend un nombre de secondes compris entre 1 et 3600.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="663"/>
        <source>Open this address in your browser to connect %1, then approve the request:</source>
        <translation>Ouvrez cette adresse dans votre navigateur pour connecter %1, puis approuvez la demande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="712"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="713"/>
        <source>%1 (%2, with Instagram)</source>
        <translation>%1 (%2, avec Instagram)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="716"/>
        <source>This Facebook user manages %n Pages: %1. Choose with --page ID (once per Page) and connect again; nothing was stored.</source>
        <translation>
            <numerusform>Cet utilisateur Facebook gère %n Page : %1. Choisissez avec --page ID (une fois par Page) et reconnectez ; rien n’a été enregistré.</numerusform>
            <numerusform>Cet utilisateur Facebook gère %n Pages : %1. Choisissez avec --page ID (une fois par Page) et reconnectez ; rien n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="728"/>
        <source>Give one account id or --all, not both: `fanout accounts refresh ID` or `fanout accounts refresh --all`.</source>
        <translation>Indiquez un identifiant de compte ou --all, pas les deux : `fanout accounts refresh ID` ou `fanout accounts refresh --all`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="745"/>
        <source>%1 (%2) is connected. Fanout renews a Bluesky session whenever it is used, so it needs no refresh of its own.</source>
        <translation>%1 (%2) est connecté. Fanout renouvelle une session Bluesky chaque fois qu’elle est utilisée, elle n’a donc pas besoin d’un renouvellement à part.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="758"/>
        <location filename="../app/cli/cli.cpp" line="884"/>
        <source>Refreshed %1 (%2); the token is valid until %3.</source>
        <translation>Compte %1 (%2) renouvelé&#xa0;; le jeton est valide jusqu’au %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="766"/>
        <source>Give the account and the board: `fanout accounts set-board ID BOARD_ID`.</source>
        <translation>Indiquez le compte et le tableau : `fanout accounts set-board ID BOARD_ID`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="822"/>
        <source>New Pins of %1 go to the board &quot;%2&quot;.</source>
        <translation>Les nouvelles épingles de %1 vont dans le tableau « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="894"/>
        <source>Could not refresh %1: %2 (%3)</source>
        <translation>Impossible de renouveler %1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="841"/>
        <location filename="../app/cli/cli.cpp" line="900"/>
        <source>No account has tokens that Fanout renews on a schedule.</source>
        <translation>Aucun compte n’a de jetons que Fanout renouvelle selon un calendrier.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="902"/>
        <source>Bluesky sessions are renewed whenever they are used; `fanout accounts check ID` renews one now.</source>
        <translation>Les sessions Bluesky sont renouvelées chaque fois qu’elles sont utilisées&#xa0;; `fanout accounts check ID` en renouvelle une maintenant.</translation>
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
        <translation>Fanout maintient actives vos connexions aux réseaux sociaux, avec des jetons chiffrés sur cet ordinateur.

Commandes&#xa0;:
  (aucune)                             ouvrir la fenêtre
  accounts list [--json]               lister les comptes connectés
  accounts show ID [--json]            afficher un compte
  accounts check ID [--json]           effectuer un appel authentifié pour le compte
  accounts disconnect ID               supprimer le compte et ses jetons
  accounts refresh ID                  renouveler maintenant les jetons d’un compte
  accounts refresh --all               exécuter maintenant tout le calendrier de renouvellement
  accounts set-board ID BOARD_ID       choisir le tableau Pinterest des nouvelles épingles
  connect twitter|linkedin|facebook|threads|pinterest [--no-browser] [--timeout SECONDES]
                                       connecter via le navigateur&#xa0;; affiche l’adresse de consentement
  connect facebook [--page ID]...      connecter des Pages Facebook et leurs comptes Instagram
  providers import FICHIER             importer les paramètres des clients OAuth (les secrets vont dans le trousseau)
  providers export [--json]            afficher les paramètres des clients OAuth, sans les secrets
  connect bluesky --handle H [--service URL] [--plc-url URL]
                                       connecter Bluesky&#xa0;; le mot de passe d’application est lu sur stdin
  events list [--json]                 lister les événements token.expiring / token.revoked
  vault rotate-key                     rechiffrer chaque compte avec une nouvelle clé

Environnement&#xa0;:
  FANOUT_DATA_DIR                      le dossier de données si --data-dir n’est pas indiqué
  FANOUT_THEME                         le thème de la fenêtre si --theme n’est pas indiqué
  FANOUT_PLC_URL                       l’annuaire PLC si --plc-url n’est pas indiqué</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="910"/>
        <source>Give one file: `fanout providers import FILE`.</source>
        <translation>Indiquez un seul fichier&#xa0;: `fanout providers import FICHIER`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="330"/>
        <source>`fanout %1` needs one of: %2. Run `fanout --help` for the commands.</source>
        <translation>`fanout %1` attend l’une de ces actions : %2. `fanout --help` affiche les commandes.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="490"/>
        <source>Disconnected %1; its tokens were deleted here. Bluesky could not be reached to end the session, so to stop it working there, delete the app password in Bluesky&apos;s settings under Privacy and security, App passwords.</source>
        <translation>%1 déconnecté ; ses jetons ont été supprimés ici. Bluesky n’a pas pu être joint pour fermer la session : pour qu’elle cesse de fonctionner là-bas, supprimez le mot de passe d’application dans les réglages de Bluesky, sous Confidentialité et sécurité, Mots de passe d’application.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="567"/>
        <source>Unknown platform &quot;%1&quot;. Fanout connects bluesky, twitter, linkedin, facebook, threads and pinterest.</source>
        <translation>Plateforme inconnue « %1 ». Fanout connecte bluesky, twitter, linkedin, facebook, threads et pinterest.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="613"/>
        <source>%1 must not contain a user name or password; give only the server&apos;s address, such as https://bsky.social.</source>
        <translation>%1 ne doit contenir ni nom d’utilisateur ni mot de passe ; indiquez seulement l’adresse du serveur, par exemple https://bsky.social.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="809"/>
        <source>Account %1 has no boards on Pinterest yet. Create a board there, then run this command again.</source>
        <translation>Le compte %1 n’a encore aucun tableau sur Pinterest. Créez-y un tableau, puis relancez cette commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="812"/>
        <source>Account %1 has no board with the id %2. Its boards: %3.</source>
        <translation>Le compte %1 n’a aucun tableau avec l’ID %2. Ses tableaux : %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="913"/>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="932"/>
        <source>Imported the provider settings of %1.</source>
        <translation>Paramètres des fournisseurs importés pour %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="934"/>
        <source>The client secrets of %1 were moved into the system keychain; they are not kept in any file. You may delete them from the file you imported.</source>
        <translation>Les secrets client de %1 ont été déplacés dans le trousseau du système&#xa0;; ils ne sont conservés dans aucun fichier. Vous pouvez les supprimer du fichier importé.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="943"/>
        <source>`providers export` takes no arguments.</source>
        <translation>`providers export` n’accepte aucun argument.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="951"/>
        <source>No provider settings are stored yet; `fanout providers import FILE` imports them.</source>
        <translation>Aucun paramètre de fournisseur n’est encore enregistré&#xa0;; `fanout providers import FICHIER` les importe.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="971"/>
        <source>(not configured)</source>
        <translation>(non configuré)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="974"/>
        <source>Client secrets stay in the system keychain and are never exported.</source>
        <translation>Les secrets client restent dans le trousseau du système et ne sont jamais exportés.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="981"/>
        <source>`events list` takes no arguments.</source>
        <translation>`events list` n’accepte aucun argument.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1000"/>
        <source>No events.</source>
        <translation>Aucun événement.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1012"/>
        <source>`vault rotate-key` takes no arguments.</source>
        <translation>`vault rotate-key` n’accepte aucun argument.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1017"/>
        <source>No account is stored in %1 yet, so there is no vault key to rotate.</source>
        <translation>Aucun compte n’est encore enregistré dans %1, il n’y a donc pas de clé du coffre à renouveler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="1029"/>
        <source>Rotated the vault key and re-encrypted %n account(s).</source>
        <translation>
            <numerusform>Clé du coffre renouvelée et %n compte rechiffré.</numerusform>
            <numerusform>Clé du coffre renouvelée et %n comptes rechiffrés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1126"/>
        <source>Use DIR for the database instead of the default location.</source>
        <translation>Utiliser DOSSIER pour la base de données au lieu de l’emplacement par défaut.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1127"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1128"/>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher du JSON lisible par une machine.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1129"/>
        <source>Bluesky handle or DID to connect.</source>
        <translation>Pseudo Bluesky ou DID à connecter.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1129"/>
        <source>HANDLE</source>
        <translation>PSEUDO</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1130"/>
        <source>Bluesky service that resolves the handle (default https://bsky.social).</source>
        <translation>Service Bluesky qui résout le pseudo (par défaut https://bsky.social).</translation>
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
        <translation>Annuaire PLC pour did:plc (par défaut https://plc.directory).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1133"/>
        <source>Print the consent address without opening the browser.</source>
        <translation>Afficher l’adresse de consentement sans ouvrir le navigateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1134"/>
        <source>With `accounts refresh`: refresh every account that can be refreshed.</source>
        <translation>Avec `accounts refresh` : renouveler chaque compte qui peut l’être.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1135"/>
        <source>Seconds to wait for the browser (default 300).</source>
        <translation>Nombre de secondes d’attente du navigateur (par défaut 300).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1135"/>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1136"/>
        <source>Facebook Page to connect, by id; repeat it for several Pages.</source>
        <translation>Page Facebook à connecter, par identifiant ; à répéter pour plusieurs Pages.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1136"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1139"/>
        <source>Without a command: colours of the window, system, light or dark.</source>
        <translation>Sans commande&#xa0;: couleurs de la fenêtre, system, light ou dark.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1140"/>
        <source>THEME</source>
        <translation>THÈME</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1141"/>
        <source>Without a command: open Settings on PAGE, general or a platform such as twitter.</source>
        <translation>Sans commande&#xa0;: ouvrir les Paramètres sur PAGE, general ou une plateforme comme twitter.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1143"/>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1145"/>
        <source>The command words, for example `accounts list`.</source>
        <translation>Les mots de la commande, par exemple `accounts list`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1146"/>
        <source>COMMAND...</source>
        <translation>COMMANDE...</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1165"/>
        <location filename="../ui/gui.cpp" line="126"/>
        <source>%1 Run `fanout --help` for the options.</source>
        <translation>%1 `fanout --help` affiche les options.</translation>
    </message>
</context>
<context>
    <name>fanout::facebook</name>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="82"/>
        <source>The list of Facebook Pages is not the documented JSON.</source>
        <translation>La liste des Pages Facebook n’est pas le JSON documenté.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="108"/>
        <source>The list of Facebook Pages has a broken link to its next part.</source>
        <translation>La liste des Pages Facebook contient un lien invalide vers sa partie suivante.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="117"/>
        <source>The list of granted Facebook permissions is not the documented JSON.</source>
        <translation>La liste des autorisations Facebook accordées n’est pas le JSON documenté.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="136"/>
        <source>The Instagram profile reply is not a JSON object.</source>
        <translation>La réponse du profil Instagram n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="140"/>
        <source>The Instagram profile reply names no account id.</source>
        <translation>La réponse du profil Instagram ne donne aucun identifiant de compte.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="151"/>
        <source>The Facebook reply is not a JSON object.</source>
        <translation>La réponse de Facebook n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="156"/>
        <source>The Facebook reply names no id.</source>
        <translation>La réponse de Facebook ne donne aucun identifiant.</translation>
    </message>
</context>
<context>
    <name>fanout::facebook::FacebookFanout</name>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="30"/>
        <source>the Facebook password was changed</source>
        <translation>le mot de passe Facebook a été modifié</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="32"/>
        <source>the session has expired</source>
        <translation>la session a expiré</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="35"/>
        <source>the access token is invalid or Fanout was removed from the account</source>
        <translation>le jeton d’accès n’est pas valide ou Fanout a été retiré du compte</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="37"/>
        <source>the access token is no longer valid</source>
        <translation>le jeton d’accès n’est plus valide</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="147"/>
        <source>Facebook did not accept the new sign-in: %1. Connect again.</source>
        <translation>Facebook n’a pas accepté la nouvelle connexion : %1. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="149"/>
        <source>Facebook rejected the request (%1, error %2). Check the app id and secret in File → Settings, then connect again.</source>
        <translation>Facebook a rejeté la requête (%1, erreur %2). Vérifiez l’identifiant et le secret de l’app dans Fichier → Paramètres, puis reconnectez.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="156"/>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="157"/>
        <source>Facebook returned HTTP %1.</source>
        <translation>Facebook a renvoyé HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="197"/>
        <source>Facebook did not grant the permissions %1. Connect again and allow them all, or ask the app&apos;s administrator to request them.</source>
        <translation>Facebook n’a pas accordé les autorisations %1. Reconnectez-vous et autorisez-les toutes, ou demandez à l’administrateur de l’app de les demander.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="231"/>
        <source>The list of Facebook Pages links to another server; Fanout did not follow it.</source>
        <translation>La liste des Pages Facebook renvoie vers un autre serveur ; Fanout ne l’a pas suivi.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="236"/>
        <source>The list of Facebook Pages does not end; Fanout stopped after %1 parts.</source>
        <translation>La liste des Pages Facebook ne se termine pas ; Fanout s’est arrêté après %1 parties.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="260"/>
        <source>No Facebook Page was chosen; nothing was stored.</source>
        <translation>Aucune Page Facebook n’a été choisie ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="267"/>
        <source>This Facebook user manages no Page with the id %1; nothing was stored.</source>
        <translation>Cet utilisateur Facebook ne gère aucune Page avec l’identifiant %1 ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="307"/>
        <source>Facebook described another Instagram account than the one linked to the Page.</source>
        <translation>Facebook a décrit un autre compte Instagram que celui lié à la Page.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="396"/>
        <source>The connection to Facebook was cancelled; nothing was stored.</source>
        <translation>La connexion à Facebook a été annulée ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="429"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>Aucun compte n’a l’identifiant %1&#xa0;; `fanout accounts list` affiche les identifiants.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="436"/>
        <source>%1 is not a Facebook or Instagram account.</source>
        <translation>%1 n’est pas un compte Facebook ou Instagram.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="481"/>
        <source>Facebook described another account than the one checked.</source>
        <translation>Facebook a décrit un autre compte que celui vérifié.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="493"/>
        <source>Facebook no longer accepts this connection: %1. Connect Facebook again to renew the Page and its Instagram account.</source>
        <translation>Facebook n’accepte plus cette connexion : %1. Reconnectez Facebook pour renouveler la Page et son compte Instagram.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="521"/>
        <source>Facebook rejected the Page token (error %1, subcode %2): %3.</source>
        <translation>Facebook a rejeté le jeton de la Page (erreur %1, sous-code %2) : %3.</translation>
    </message>
</context>
<context>
    <name>fanout::oauth</name>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="57"/>
        <source>The token reply is not a JSON object.</source>
        <translation>La réponse de jeton n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="63"/>
        <source>The token reply has no access_token.</source>
        <translation>La réponse de jeton ne contient pas d’access_token.</translation>
    </message>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="69"/>
        <source>The token reply has a token_type other than bearer.</source>
        <translation>La réponse de jeton a un token_type autre que bearer.</translation>
    </message>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="73"/>
        <source>The token reply&apos;s refresh_token is not a string.</source>
        <translation>Le champ refresh_token de la réponse de jeton n’est pas une chaîne de caractères.</translation>
    </message>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="79"/>
        <source>The token reply&apos;s expires_in is not a number.</source>
        <translation>Le champ expires_in de la réponse de jeton n’est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>fanout::oauth::OAuthConnector</name>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="69"/>
        <source>The %1 profile reply names no user id.</source>
        <translation>La réponse de profil de %1 n’indique aucun identifiant d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="111"/>
        <source>The step “%2” at %1 failed (HTTP %3).</source>
        <translation>L’étape « %2 » chez %1 a échoué (HTTP %3).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="127"/>
        <source>%1 needs your app&apos;s client secret as well as its client id; add clientSecret to the providers file and run `fanout providers import FILE`.</source>
        <translation>%1 a besoin du secret client de votre application en plus de son identifiant ; ajoutez clientSecret au fichier des fournisseurs et lancez `fanout providers import FICHIER`.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="171"/>
        <source>Another connection is still waiting for the browser; finish or cancel it first.</source>
        <translation>Une autre connexion attend encore le navigateur&#xa0;; terminez-la ou annulez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="196"/>
        <source>Facebook needs your organisation&apos;s app secret: put it as clientSecret in the providers file and run `fanout providers import FILE`.</source>
        <translation>Facebook a besoin du secret d’app de votre organisation : indiquez-le comme clientSecret dans le fichier des fournisseurs et lancez `fanout providers import FILE`.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="243"/>
        <source>The connection was cancelled; nothing was stored.</source>
        <translation>La connexion a été annulée&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="277"/>
        <source>long-lived token exchange</source>
        <translation>échange contre un jeton longue durée</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="313"/>
        <source>profile request</source>
        <translation>demande du profil</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="345"/>
        <source>boards request</source>
        <translation>demande des tableaux</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="408"/>
        <source>%1 Page tokens do not expire, so there is nothing to renew. `fanout accounts check ID` confirms that the connection still works.</source>
        <translation>Les jetons de Page %1 n’expirent pas, il n’y a donc rien à renouveler. `fanout accounts check ID` confirme que la connexion fonctionne toujours.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="477"/>
        <source>No refresh token is stored for this X account (offline.access was not granted). Reconnect it.</source>
        <translation>Aucun jeton d’actualisation n’est enregistré pour ce compte X (offline.access n’a pas été accordé). Reconnectez-le.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="479"/>
        <source>No refresh token is stored for this %1 account. Reconnect it.</source>
        <translation>Aucun jeton d’actualisation n’est enregistré pour ce compte %1. Reconnectez-le.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="576"/>
        <source>The token endpoint returned HTTP %1; nothing was changed.</source>
        <translation>Le point de terminaison de jeton a renvoyé HTTP %1&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="577"/>
        <source>The token endpoint returned HTTP %1 (%2); nothing was changed.</source>
        <translation>Le point de terminaison des jetons a renvoyé HTTP %1 (%2) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="398"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>Aucun compte n’a l’identifiant %1&#xa0;; `fanout accounts list` affiche les identifiants.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="102"/>
        <source>%1 did not accept the new token in the step “%2”. Check the client id, secret and scopes in File → Settings, then connect again.</source>
        <translation>%1 n’a pas accepté le nouveau jeton à l’étape « %2 ». Vérifiez l’identifiant client, le secret et les portées dans Fichier → Paramètres, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="105"/>
        <source>%1 did not accept the new token in the step “%2” (%3). Check the client id, secret and scopes in File → Settings, then connect again.</source>
        <translation>%1 n’a pas accepté le nouveau jeton à l’étape « %2 » (%3). Vérifiez l’identifiant client, le secret et les portées dans Fichier → Paramètres, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="112"/>
        <source>The step “%2” at %1 returned HTTP %3 %4.</source>
        <translation>L’étape « %2 » chez %1 a renvoyé HTTP %3 %4.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="416"/>
        <source>%1 tokens cannot be renewed without you; reconnect the account before it expires.</source>
        <translation>Les jetons %1 ne peuvent pas être renouvelés sans vous&#xa0;; reconnectez le compte avant son expiration.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="424"/>
        <source>This account is already being refreshed; wait for it to finish.</source>
        <translation>Ce compte est déjà en cours de renouvellement&#xa0;; attendez la fin de l’opération.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="547"/>
        <source>%1 rejected Fanout&apos;s client id or secret (%2). Check them in File → Settings. The account stays connected.</source>
        <translation>%1 a rejeté l’identifiant client ou le secret client de Fanout (%2). Vérifiez-les dans Fichier → Paramètres. Le compte reste connecté.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="584"/>
        <source>%1 rejected the refresh (%2).</source>
        <translation>%1 a rejeté le renouvellement (%2).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="590"/>
        <source>%1 no longer accepts this account&apos;s sign-in (%2). Reconnect the account.</source>
        <translation>%1 n’accepte plus l’authentification de ce compte (%2). Reconnectez le compte.</translation>
    </message>
</context>
<context>
    <name>fanout::oauth::OAuthFlow</name>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="112"/>
        <source>Port %1 on 127.0.0.1, where %2 sends the browser back, is in use by another program. Close it, or set another redirect port in File → Settings (it must match the port registered with %2).</source>
        <translation>Le port %1 sur 127.0.0.1, vers lequel %2 renvoie le navigateur, est utilisé par un autre programme. Fermez ce programme ou définissez un autre port de redirection dans Fichier → Paramètres (il doit correspondre au port enregistré auprès de %2).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="176"/>
        <source>The connection to %1 was cancelled; nothing was stored.</source>
        <translation>La connexion à %1 a été annulée&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="187"/>
        <source>Fanout was not expecting this sign-in reply and ignored it. Return to Fanout; if it is still waiting, finish the sign-in in the tab it opened.</source>
        <translation>Fanout n’attendait pas cette réponse de connexion et l’a ignorée. Revenez à Fanout ; s’il attend encore, terminez la connexion dans l’onglet qu’il a ouvert.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="206"/>
        <source>%1 did not grant access, so nothing was connected. You can close this tab and return to Fanout.</source>
        <translation>%1 n’a pas accordé l’accès, donc rien n’a été connecté. Vous pouvez fermer cet onglet et revenir à Fanout.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="209"/>
        <source>%1 turned down the connection, so nothing was connected. You can close this tab; Fanout says what to do next.</source>
        <translation>%1 a refusé la connexion, donc rien n’a été connecté. Vous pouvez fermer cet onglet ; Fanout indique la marche à suivre.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="213"/>
        <source>%1 did not grant access (%2). Connect again and approve the request.</source>
        <translation>%1 n’a pas accordé l’accès (%2). Reconnectez-vous et approuvez la demande.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="215"/>
        <source>%1 rejected the connection (%2). Check the client id, redirect port and scopes in File → Settings, then connect again.</source>
        <translation>%1 a rejeté la connexion (%2). Vérifiez l’identifiant client, le port de redirection et les étendues (scopes) dans Fichier → Paramètres, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="222"/>
        <source>%1 sent no authorization code, so nothing was connected. You can close this tab; Fanout says what to do next.</source>
        <translation>%1 n’a envoyé aucun code d’autorisation, donc rien n’a été connecté. Vous pouvez fermer cet onglet ; Fanout indique la marche à suivre.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="226"/>
        <source>%1 sent the browser back without an authorization code.</source>
        <translation>%1 a renvoyé le navigateur sans code d’autorisation.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="230"/>
        <source>Fanout received the sign-in. You can close this tab.</source>
        <translation>Fanout a reçu la connexion. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="280"/>
        <source>%1 rejected the code exchange (%2). Check the client id and secret in File → Settings, then connect again.</source>
        <translation>%1 a rejeté l’échange de code (%2). Vérifiez l’identifiant client et le secret client dans Fichier → Paramètres, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="299"/>
        <source>The TLS certificate of %1 is not trusted (%2), so Fanout did not send the authorization code. Check the token URL in File → Settings.</source>
        <translation>Le certificat TLS de %1 n’est pas digne de confiance (%2) ; Fanout n’a donc pas envoyé le code d’autorisation. Vérifiez l’URL du jeton dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="305"/>
        <source>Could not reach the token endpoint at %1 (%2).</source>
        <translation>Impossible de joindre le point de terminaison des jetons sur %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="308"/>
        <source>%1 (HTTP %2).</source>
        <translation>%1 (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="309"/>
        <source>The token endpoint returned HTTP %1.</source>
        <translation>Le point de terminaison de jeton a renvoyé HTTP %1.</translation>
    </message>
</context>
<context>
    <name>fanout::pinterest</name>
    <message>
        <location filename="../app/platforms/pinterest/pinterestapi.cpp" line="76"/>
        <source>The Pinterest user_account reply names no user.</source>
        <translation>La réponse user_account de Pinterest ne nomme aucun utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestapi.cpp" line="95"/>
        <source>The Pinterest boards reply has no items list.</source>
        <translation>La réponse des tableaux de Pinterest ne contient pas de liste items.</translation>
    </message>
</context>
<context>
    <name>fanout::pinterest::PinterestBoards</name>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="39"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>Aucun compte n’a l’identifiant %1 ; `fanout accounts list` affiche les identifiants.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="42"/>
        <source>Account %1 is not a Pinterest account; only Pinterest accounts have boards.</source>
        <translation>Le compte %1 n’est pas un compte Pinterest ; seuls les comptes Pinterest ont des tableaux.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="86"/>
        <source>Pinterest did not accept the account&apos;s token for listing boards. Reconnect the account.</source>
        <translation>Pinterest n’a pas accepté le jeton du compte pour lister les tableaux. Reconnectez le compte.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="88"/>
        <source>The Pinterest boards list returned HTTP %1.</source>
        <translation>La liste des tableaux de Pinterest a renvoyé HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="112"/>
        <source>Choose a board; the board id is empty.</source>
        <translation>Choisissez un tableau ; l’identifiant du tableau est vide.</translation>
    </message>
</context>
<context>
    <name>fanout::threads</name>
    <message>
        <location filename="../app/platforms/threads/threadsapi.cpp" line="89"/>
        <source>The Threads profile reply names no user id.</source>
        <translation>La réponse de profil de Threads ne contient aucun identifiant d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/platforms/threads/threadsapi.cpp" line="134"/>
        <source>The Threads token expired at %1 and can no longer be renewed. Reconnect the account.</source>
        <translation>Le jeton Threads a expiré le %1 et ne peut plus être renouvelé. Reconnectez le compte.</translation>
    </message>
    <message>
        <location filename="../app/platforms/threads/threadsapi.cpp" line="139"/>
        <source>Threads renews a token only once it is 24 hours old; this one can be renewed from %1. Nothing was sent to Threads.</source>
        <translation>Threads ne renouvelle un jeton qu’à partir de 24 heures d’âge ; celui-ci pourra l’être à partir du %1. Rien n’a été envoyé à Threads.</translation>
    </message>
</context>
<context>
    <name>fanout::ui</name>
    <message>
        <location filename="../ui/gui.cpp" line="87"/>
        <source>Fanout cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session, or use the commands shown by `fanout --help`.</source>
        <translation>Fanout ne peut pas ouvrir sa fenêtre : aucun affichage n’est disponible (ni DISPLAY ni WAYLAND_DISPLAY n’est défini). Lancez-le depuis votre session de bureau, ou utilisez les commandes indiquées par `fanout --help`.</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="103"/>
        <source>Keeps your social media account connections alive on this computer.</source>
        <translation>Maintient actives les connexions de vos comptes de réseaux sociaux sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="109"/>
        <source>Stores accounts in DIR instead of the default data folder (also settable with FANOUT_DATA_DIR).</source>
        <translation>Enregistre les comptes dans DOSSIER au lieu du dossier de données par défaut (également réglable avec FANOUT_DATA_DIR).</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="111"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="115"/>
        <source>Colours of the window: system, light or dark (default: FANOUT_THEME, else the theme chosen in Settings).</source>
        <translation>Couleurs de la fenêtre&#xa0;: system, light ou dark (par défaut&#xa0;: FANOUT_THEME, sinon le thème choisi dans les Paramètres).</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="117"/>
        <source>THEME</source>
        <translation>THÈME</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="121"/>
        <source>Opens Settings on PAGE: general, or a platform such as twitter.</source>
        <translation>Ouvre les Paramètres sur PAGE&#xa0;: general, ou une plateforme comme twitter.</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="122"/>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="160"/>
        <source>Fanout Cannot Start</source>
        <translation>Impossible de démarrer Fanout</translation>
    </message>
</context>
<context>
    <name>fanout::ui::AccountDetailPane</name>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="52"/>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="59"/>
        <source>Select an account to see its details.</source>
        <translation>Sélectionnez un compte pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="115"/>
        <source>Platform:</source>
        <translation>Plateforme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="118"/>
        <source>Connected with:</source>
        <translation>Connecté avec :</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="120"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="121"/>
        <source>Expiry:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="122"/>
        <source>Connected since:</source>
        <translation>Connecté depuis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="123"/>
        <source>Platform user id:</source>
        <translation>ID sur la plateforme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="126"/>
        <source>The Pinterest board that new Pins go to</source>
        <translation>Le tableau Pinterest qui reçoit les nouvelles épingles</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="127"/>
        <source>Default board:</source>
        <translation>Tableau par défaut :</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="131"/>
        <source>Fanout id:</source>
        <translation>ID Fanout&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="139"/>
        <source>&amp;Check connection</source>
        <translation>&amp;Vérifier la connexion</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="141"/>
        <source>Signs in once with the stored tokens to see whether the platform still accepts them</source>
        <translation>Se connecte une fois avec les jetons enregistrés pour vérifier que la plateforme les accepte toujours</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="142"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconnecter…</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="144"/>
        <source>Signs in again, for example with a new app password</source>
        <translation>Se reconnecte, par exemple avec un nouveau mot de passe d’application</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="145"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="147"/>
        <source>Deletes the account and its stored tokens from this computer</source>
        <translation>Supprime le compte et ses jetons enregistrés de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="182"/>
        <source>From the Facebook Page %1</source>
        <translation>Depuis la Page Facebook %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="187"/>
        <source>This Page&apos;s Instagram account (id %1) was connected with it</source>
        <translation>Le compte Instagram de cette Page (identifiant %1) a été connecté avec elle</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="224"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="230"/>
        <source>Disconnect %1</source>
        <translation>Déconnecter %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="231"/>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="232"/>
        <source>Check the connection of %1</source>
        <translation>Vérifier la connexion de %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="253"/>
        <location filename="../ui/accountdetailpane.cpp" line="270"/>
        <source>No board yet</source>
        <translation>Aucun tableau pour l’instant</translation>
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
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="118"/>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="120"/>
        <source>Needs reconnect</source>
        <translation>Reconnexion requise</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="122"/>
        <source>Key mismatch</source>
        <translation>Clé non concordante</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="124"/>
        <location filename="../ui/accountpresentation.cpp" line="126"/>
        <source>Unknown status</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="135"/>
        <source>This token expires soon and the platform does not let Fanout renew it. Reconnect the account before it expires.</source>
        <translation>Ce jeton expire bientôt et la plateforme ne permet pas à Fanout de le renouveler. Reconnectez le compte avant son expiration.</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="138"/>
        <source>The platform no longer accepts this sign-in, for example because the app password was revoked. Reconnect the account.</source>
        <translation>La plateforme n’accepte plus cette authentification, par exemple parce que le mot de passe d’application a été révoqué. Reconnectez le compte.</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="141"/>
        <source>The key in the system keychain cannot open this account&apos;s stored tokens. Reconnect the account to store new ones.</source>
        <translation>La clé du trousseau système ne permet pas d’ouvrir les jetons enregistrés de ce compte. Reconnectez le compte pour en enregistrer de nouveaux.</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="144"/>
        <source>The stored status of this account is not one this version of Fanout knows, for example because a newer version wrote it. Check the connection, or reconnect the account.</source>
        <translation>Cette version de Fanout ne connaît pas l’état enregistré de ce compte, par exemple parce qu’une version plus récente l’a écrit. Vérifiez la connexion ou reconnectez le compte.</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="177"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="186"/>
        <source>Expires today</source>
        <translation>Expire aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="188"/>
        <source>Expires in 1 day</source>
        <translation>Expire dans 1 jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accountpresentation.cpp" line="190"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="223"/>
        <source>No token expiry recorded</source>
        <translation>Aucune date d’expiration du jeton enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="228"/>
        <source>Token valid until %1</source>
        <translation>Jeton valide jusqu’au %1</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="230"/>
        <source>Token renews on next use</source>
        <translation>Le jeton sera renouvelé à la prochaine utilisation</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="231"/>
        <source>Token expired on %1</source>
        <translation>Jeton expiré le %1</translation>
    </message>
</context>
<context>
    <name>fanout::ui::BlueskyConnectDialog</name>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="61"/>
        <source>Connect Bluesky Account</source>
        <translation>Connecter un compte Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="103"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="105"/>
        <source>&lt;b&gt;Sign in to Bluesky&lt;/b&gt;&lt;br&gt;Use your handle and an app password rather than your main password. An app password can be revoked on its own at any time.</source>
        <translation>&lt;b&gt;Se connecter à Bluesky&lt;/b&gt;&lt;br&gt;Utilisez votre pseudo et un mot de passe d’application plutôt que votre mot de passe principal. Un mot de passe d’application peut être révoqué séparément à tout moment.</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="120"/>
        <source>alice.bsky.social</source>
        <translation>alice.bsky.social</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="121"/>
        <source>Handle or DID</source>
        <translation>Pseudo ou DID</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="122"/>
        <source>Your Bluesky handle, such as alice.bsky.social, or your DID</source>
        <translation>Votre pseudo Bluesky, par exemple alice.bsky.social, ou votre DID</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="126"/>
        <source>Enter a handle such as alice.bsky.social, or a DID that starts with did:plc: or did:web:.</source>
        <translation>Saisissez un pseudo comme alice.bsky.social, ou un DID commençant par did:plc: ou did:web:.</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="131"/>
        <source>&amp;Handle or DID:</source>
        <translation>&amp;Pseudo ou DID&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="136"/>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation>xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="137"/>
        <source>App password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="138"/>
        <source>A Bluesky app password in the form xxxx-xxxx-xxxx-xxxx</source>
        <translation>Un mot de passe d’application Bluesky au format xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="144"/>
        <source>This does not look like an app password (xxxx-xxxx-xxxx-xxxx). Fanout should sign in with an app password, not your main password. Create one in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Cela ne ressemble pas à un mot de passe d’application (xxxx-xxxx-xxxx-xxxx). Fanout doit se connecter avec un mot de passe d’application, et non avec votre mot de passe principal. Créez-en un dans Bluesky sous Paramètres → Confidentialité et sécurité → Mots de passe d’application.</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="147"/>
        <source>App password warning</source>
        <translation>Avertissement sur le mot de passe d’application</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="152"/>
        <source>App &amp;password:</source>
        <translation>&amp;Mot de passe d’application&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="158"/>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="159"/>
        <source>Show advanced settings</source>
        <translation>Afficher les paramètres avancés</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="176"/>
        <source>Service URL</source>
        <translation>URL du service</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="177"/>
        <source>The server where Fanout starts looking up the account</source>
        <translation>Le serveur auprès duquel Fanout commence à rechercher le compte</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="180"/>
        <source>PLC directory URL</source>
        <translation>URL de l’annuaire PLC</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="181"/>
        <source>The directory that resolves did:plc identifiers</source>
        <translation>L’annuaire qui résout les identifiants did:plc</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="182"/>
        <source>&amp;Service URL:</source>
        <translation>URL du &amp;service&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="183"/>
        <source>P&amp;LC directory:</source>
        <translation>Annuaire P&amp;LC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="184"/>
        <source>Change these only for a self-hosted server.</source>
        <translation>Ne modifiez ces valeurs que pour un serveur auto-hébergé.</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="188"/>
        <source>Enter an https:// address. Plain http:// is accepted only for this computer (127.0.0.1 or localhost).</source>
        <translation>Saisissez une adresse https://. Le http:// simple n’est accepté que pour cet ordinateur (127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="202"/>
        <source>Connection error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="213"/>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="214"/>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="220"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="222"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="226"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="320"/>
        <source>Stops the sign-in and keeps this dialog open</source>
        <translation>Arrête l’authentification et laisse cette boîte de dialogue ouverte</translation>
    </message>
</context>
<context>
    <name>fanout::ui::DBusNotificationSink</name>
    <message>
        <location filename="../ui/notifications.cpp" line="75"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>fanout::ui::EventNotifier</name>
    <message>
        <location filename="../ui/notifications.cpp" line="167"/>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <location filename="../ui/notifications.cpp" line="168"/>
        <source>%1 expires soon</source>
        <translation>%1 expire bientôt</translation>
    </message>
</context>
<context>
    <name>fanout::ui::ExpiryTimeline</name>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="46"/>
        <source>Token expiry timeline</source>
        <translation>Chronologie d’expiration des jetons</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="179"/>
        <source>No token expires in the next %n days.</source>
        <translation>
            <numerusform>Aucun jeton n’expire dans le prochain %n jour.</numerusform>
            <numerusform>Aucun jeton n’expire dans les %n prochains jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="184"/>
        <source>1 needs attention now</source>
        <translation>1 demande votre attention maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="184"/>
        <source>%n need attention now</source>
        <translation>
            <numerusform>%n demande votre attention maintenant</numerusform>
            <numerusform>%n demandent votre attention maintenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="187"/>
        <source>%n within 30 days</source>
        <translation>
            <numerusform>%n d’ici 30 jours</numerusform>
            <numerusform>%n d’ici 30 jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="189"/>
        <source>1 renews automatically</source>
        <translation>1 se renouvelle automatiquement</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="190"/>
        <source>%n renew automatically</source>
        <translation>
            <numerusform>%n se renouvelle automatiquement</numerusform>
            <numerusform>%n se renouvellent automatiquement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="193"/>
        <source>1 token expires in the next %1 days</source>
        <translation>1 jeton expire dans les %1 prochains jours</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="194"/>
        <source>%n tokens expire in the next %1 days</source>
        <translation>
            <numerusform>%n jeton expire dans les %1 prochains jours</numerusform>
            <numerusform>%n jetons expirent dans les %1 prochains jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="195"/>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="240"/>
        <source>%1: token expired on %2, renews on next use</source>
        <translation>%1 : jeton expiré le %2, renouvelé à la prochaine utilisation</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="241"/>
        <source>%1: token expired on %2</source>
        <translation>%1 : jeton expiré le %2</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="243"/>
        <source>%1: token expires on %2 and renews automatically</source>
        <translation>%1 : le jeton expire le %2 et se renouvelle automatiquement</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="244"/>
        <source>%1: token expires on %2</source>
        <translation>%1 : le jeton expire le %2</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="310"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="310"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>fanout::ui::FacebookPagePicker</name>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="20"/>
        <source>Choose Facebook Pages</source>
        <translation>Choisir des Pages Facebook</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/facebookpagepicker.cpp" line="25"/>
        <source>You manage %n Facebook Page(s). Tick the ones Fanout should connect. A Page with a linked Instagram professional account brings that account too.</source>
        <translation>
            <numerusform>Vous gérez %n Page Facebook. Cochez celles que Fanout doit connecter. Une Page liée à un compte Instagram professionnel apporte aussi ce compte.</numerusform>
            <numerusform>Vous gérez %n Pages Facebook. Cochez celles que Fanout doit connecter. Une Page liée à un compte Instagram professionnel apporte aussi ce compte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="35"/>
        <source>Facebook Pages</source>
        <translation>Pages Facebook</translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="37"/>
        <source>%1 (with Instagram)</source>
        <translation>%1 (avec Instagram)</translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="40"/>
        <source>Page id %1</source>
        <translation>Identifiant de Page %1</translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="48"/>
        <source>Tick All Pages</source>
        <translation>Cocher toutes les Pages</translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="57"/>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
</context>
<context>
    <name>fanout::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Dismiss the error</source>
        <translation>Fermer le message d’erreur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Could not list the Pinterest boards: %1</source>
        <translation>Impossible de lister les tableaux Pinterest : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>New Pins go to the board “%1”.</source>
        <translation>Les nouvelles épingles vont dans le tableau « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>Connect &amp;Bluesky Account…</source>
        <translation>Connecter un compte &amp;Bluesky…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>&amp;About Fanout</source>
        <translation>À &amp;propos de Fanout</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>About Fanout</source>
        <translation>À propos de Fanout</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&lt;b&gt;Fanout %1&lt;/b&gt;&lt;p&gt;Keeps your social media accounts connected. Tokens are stored encrypted on this computer, with the key in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fanout %1&lt;/b&gt;&lt;p&gt;Garde vos comptes de réseaux sociaux connectés. Les jetons sont enregistrés chiffrés sur cet ordinateur, et la clé se trouve dans le trousseau du système.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Connect account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Connects an account of one of the listed platforms</source>
        <translation>Connecte un compte de l’une des plateformes proposées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Connect Account…</source>
        <translation>Connecter un compte…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;Search Accounts</source>
        <translation>&amp;Rechercher des comptes</translation>
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
        <translation>Se connecter avec un pseudo et un mot de passe d’application</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>%1 (through a Facebook Page)…</source>
        <translation>%1 (via une Page Facebook)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Instagram professional accounts come with the Facebook Page they are linked to: this connects Facebook.</source>
        <translation>Les comptes Instagram professionnels viennent avec la Page Facebook à laquelle ils sont liés. Ceci connecte Facebook.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>%1 (coming soon)</source>
        <translation>%1 (bientôt disponible)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>Coming soon: Instagram business accounts will be connected through the Facebook Page they belong to.</source>
        <translation>Bientôt disponible&#xa0;: les comptes professionnels Instagram seront connectés via la Page Facebook à laquelle ils sont associés.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Facebook Pages and Instagram</source>
        <translation>Pages Facebook et Instagram</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>%1 (not set up)</source>
        <translation>%1 (non configuré)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Connect in your browser</source>
        <translation>Connecter dans votre navigateur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>%1 (through a Facebook Page, not set up)</source>
        <translation>%1 (via une Page Facebook, non configuré)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425"/>
        <source>Facebook with Instagram</source>
        <translation>Facebook avec Instagram</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="429"/>
        <source>Connect account in the tool bar also connects %1.</source>
        <translation>« Connecter un compte » dans la barre d’outils connecte aussi %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="848"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>No accounts</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>No accounts connected yet</source>
        <translation>Aucun compte connecté pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Connect your first account to get started. For Bluesky you need your handle and an app password. Fanout keeps the connection alive and stores its tokens encrypted on this computer.</source>
        <translation>Connectez votre premier compte pour commencer. Pour Bluesky, il vous faut votre pseudo et un mot de passe d’application. Fanout maintient la connexion active et enregistre ses jetons chiffrés sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>Connect Bluesky account</source>
        <translation>Connecter un compte Bluesky</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>When each token expires over the next %n days</source>
        <translation>
            <numerusform>Quand chaque jeton expire dans le prochain %n jour</numerusform>
            <numerusform>Quand chaque jeton expire dans les %n prochains jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>Connected accounts</source>
        <translation>Comptes connectés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>&amp;Check Connection</source>
        <translation>&amp;Vérifier la connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconnecter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="657"/>
        <source>1 account</source>
        <translation>1 compte</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="657"/>
        <source>%n accounts</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <location filename="../ui/mainwindow.cpp" line="704"/>
        <source>Connected %1.</source>
        <translation>Compte %1 connecté.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>Not set up yet: opens Settings to enter the client ID. An administrator&apos;s providers file works too: fanout providers import FILE</source>
        <translation>Pas encore configuré&#xa0;: ouvre les Paramètres pour saisir l’identifiant client. Un fichier de fournisseurs de votre administrateur convient aussi&#xa0;: fanout providers import FILE</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>%1 is not set up yet. Enter its client ID in Settings.</source>
        <translation>%1 n’est pas encore configuré. Saisissez son identifiant client dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>No account matches the search or the platform filter.</source>
        <translation>Aucun compte ne correspond à la recherche ou au filtre de plateforme.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>Search by name, handle or user id</source>
        <translation>Rechercher par nom, identifiant ou ID utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="537"/>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>Show platform</source>
        <translation>Afficher la plateforme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="552"/>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="566"/>
        <source>Sort accounts</source>
        <translation>Trier les comptes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="567"/>
        <source>Sort by name</source>
        <translation>Trier par nom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>Sort by platform</source>
        <translation>Trier par plateforme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>Sort by expiry</source>
        <translation>Trier par expiration</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="570"/>
        <source>Needs attention first</source>
        <translation>Urgences d’abord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="659"/>
        <source>%1 shown of %2</source>
        <translation>%1 affiché(s) sur %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="714"/>
        <source>Another connection check is still running.</source>
        <translation>Une autre vérification de connexion est encore en cours.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="728"/>
        <source>Checking the connection of %1…</source>
        <translation>Vérification de la connexion de %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="744"/>
        <source>The connection of %1 works.</source>
        <translation>La connexion de %1 fonctionne.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="757"/>
        <source>The connection check failed.</source>
        <translation>La vérification de la connexion a échoué.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="793"/>
        <source>Disconnect Account</source>
        <translation>Déconnecter le compte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="794"/>
        <source>Disconnect %1?</source>
        <translation>Déconnecter %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="795"/>
        <source>Disconnect %1 (%2)?</source>
        <translation>Déconnecter %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="799"/>
        <source>Fanout deletes this account and its stored tokens from this computer. The %1 account itself is not changed, and you can connect it again later.</source>
        <translation>Fanout supprime ce compte et ses jetons enregistrés de cet ordinateur. Le compte %1 lui-même n’est pas modifié, et vous pourrez le reconnecter plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="804"/>
        <source>To revoke the app password as well, delete it in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Pour révoquer aussi le mot de passe d’application, supprimez-le dans Bluesky sous Paramètres → Confidentialité et sécurité → Mots de passe d’application.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="807"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="838"/>
        <source>Disconnected %1.</source>
        <translation>Compte %1 déconnecté.</translation>
    </message>
</context>
<context>
    <name>fanout::ui::OAuthConnectDialog</name>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="48"/>
        <source>Connect %1 Account</source>
        <translation>Connecter un compte %1</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="85"/>
        <source>&lt;b&gt;Sign in to %1 in your browser&lt;/b&gt;&lt;br&gt;Approve Fanout&apos;s request there; this window then finishes the connection. To use another browser, copy the address below into it.</source>
        <translation>&lt;b&gt;Connectez-vous à %1 dans votre navigateur&lt;/b&gt;&lt;br&gt;Approuvez-y la demande de Fanout&#xa0;; cette fenêtre termine ensuite la connexion. Pour utiliser un autre navigateur, copiez-y l’adresse ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="100"/>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="101"/>
        <source>Sign-in &amp;address:</source>
        <translation>&amp;Adresse de connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="103"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="112"/>
        <source>Fanout could not open a browser. Copy the address into one.</source>
        <translation>Fanout n’a pas pu ouvrir de navigateur. Copiez l’adresse dans un navigateur.</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="119"/>
        <source>Connection error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="130"/>
        <source>Waiting for the browser…</source>
        <translation>En attente du navigateur…</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="138"/>
        <source>Try &amp;Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>fanout::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="126"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="135"/>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="146"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="149"/>
        <location filename="../ui/settingsdialog.cpp" line="233"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="159"/>
        <source>Fanout cannot connect %1 accounts yet, so there is nothing to set up here.</source>
        <translation>Fanout ne sait pas encore connecter de comptes %1&#xa0;: il n’y a donc rien à configurer ici.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="236"/>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="238"/>
        <source>Show a &amp;notification when a token is about to expire or was revoked</source>
        <translation>Afficher une &amp;notification quand un jeton va expirer ou a été révoqué</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="241"/>
        <source>&amp;Start Fanout when I log in</source>
        <translation>&amp;Démarrer Fanout à l’ouverture de session</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="244"/>
        <source>&amp;Closing the window keeps Fanout running in the tray</source>
        <translation>&amp;Fermer la fenêtre laisse Fanout actif dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="252"/>
        <source>No system tray was found, so closing the window quits Fanout.</source>
        <translation>Aucune zone de notification n’a été trouvée&#xa0;: fermer la fenêtre quitte donc Fanout.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="256"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="260"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="261"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="262"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="263"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="267"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="276"/>
        <source>A new language is used the next time Fanout starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Fanout.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="285"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="301"/>
        <source>Bluesky accounts connect with a handle and an app password, so there is no client to register. The service below is where new connections look up the handle; change it for a self-hosted PDS.</source>
        <translation>Les comptes Bluesky se connectent avec un identifiant et un mot de passe d’application&#xa0;: il n’y a donc aucun client à enregistrer. Les nouvelles connexions recherchent l’identifiant auprès du service ci-dessous&#xa0;; modifiez-le pour un PDS auto-hébergé.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="311"/>
        <source>Default &amp;service:</source>
        <translation>&amp;Service par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="362"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="365"/>
        <source>From the app your organisation registered with %1</source>
        <translation>De l’application que votre organisation a enregistrée auprès de %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="366"/>
        <source>Client &amp;ID:</source>
        <translation>&amp;Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="370"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="374"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="376"/>
        <source>Clear the stored client secret</source>
        <translation>Effacer le secret client enregistré</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="390"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="393"/>
        <source>Redirect</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="398"/>
        <source>Redirect &amp;port:</source>
        <translation>&amp;Port de redirection&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="402"/>
        <source>Register this address with %1 exactly as shown, unless a relay page is set.</source>
        <translation>Enregistrez cette adresse auprès de %1 exactement comme affichée, sauf si une page de relais est définie.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="404"/>
        <source>Redirect URI:</source>
        <translation>URI de redirection&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="406"/>
        <source>Optional: https://… of your organisation&apos;s relay page</source>
        <translation>Facultatif&#xa0;: https://… de la page de relais de votre organisation</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="412"/>
        <source>For platforms that accept only HTTPS redirects. The relay page forwards the sign-in to the port above on this computer.</source>
        <translation>Pour les plateformes qui n’acceptent que des redirections HTTPS. La page de relais transmet la connexion au port ci-dessus sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="417"/>
        <source>&amp;Relay page:</source>
        <translation>Page de &amp;relais&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="420"/>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="423"/>
        <source>&amp;Authorization URL:</source>
        <translation>URL d’&amp;autorisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="426"/>
        <source>T&amp;oken URL:</source>
        <translation>URL de je&amp;ton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="428"/>
        <source>API &amp;base URL:</source>
        <translation>URL de &amp;base de l’API&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="430"/>
        <source>Separated by spaces or commas</source>
        <translation>Séparés par des espaces ou des virgules</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="431"/>
        <source>S&amp;copes:</source>
        <translation>Portées (s&amp;copes)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="436"/>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l’API&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="439"/>
        <source>The platform&apos;s own addresses are filled in. Change them only for a test server or a proxy your organisation runs.</source>
        <translation>Les adresses de la plateforme sont préremplies. Ne les modifiez que pour un serveur de test ou un proxy géré par votre organisation.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="493"/>
        <source>Fanout signs in to %1 with the app below. Its redirect URI must be registered with %1 exactly as shown.</source>
        <translation>Fanout se connecte à %1 avec l’application ci-dessous. Son URI de redirection doit être enregistrée auprès de %1 exactement comme affichée.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="496"/>
        <source>&lt;b&gt;%1 is not set up yet.&lt;/b&gt; Enter the client ID of the app your organisation registered with %1, and register the redirect URI shown below with that app. An administrator can also hand out a providers file: &lt;code&gt;fanout providers import FILE&lt;/code&gt;.</source>
        <translation>&lt;b&gt;%1 n’est pas encore configuré.&lt;/b&gt; Saisissez l’identifiant client de l’application que votre organisation a enregistrée auprès de %1, et enregistrez dans cette application l’URI de redirection affichée ci-dessous. Un administrateur peut aussi fournir un fichier de fournisseurs&#xa0;: &lt;code&gt;fanout providers import FILE&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="518"/>
        <source>The new client secret is stored in the keychain when you save.</source>
        <translation>Le nouveau secret client sera enregistré dans le trousseau à l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="520"/>
        <source>The client secret is removed from the keychain when you save.</source>
        <translation>Le secret client sera supprimé du trousseau à l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="522"/>
        <source>A client secret is stored in the keychain.</source>
        <translation>Un secret client est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="524"/>
        <source>No client secret is stored. Apps using PKCE without a secret need none.</source>
        <translation>Aucun secret client n’est enregistré. Les applications qui utilisent PKCE sans secret n’en ont pas besoin.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="527"/>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation>Enregistré dans le trousseau&#xa0;; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="528"/>
        <source>Paste the client secret</source>
        <translation>Collez le secret client</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="574"/>
        <source>The redirect port must be a number from 1 to 65535.</source>
        <translation>Le port de redirection doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="614"/>
        <source>This version of Fanout cannot send %1 sign-ins through a relay page. Leave the field empty to use the redirect URI above.</source>
        <translation>Cette version de Fanout ne peut pas faire passer les connexions à %1 par une page de relais. Laissez le champ vide pour utiliser l’URI de redirection ci-dessus.</translation>
    </message>
</context>
<context>
    <name>fanout::ui::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="54"/>
        <source>&amp;Open Fanout</source>
        <translation>&amp;Ouvrir Fanout</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="89"/>
        <source>Fanout: %n account(s) need attention</source>
        <translation>
            <numerusform>Fanout : %n compte demande votre attention</numerusform>
            <numerusform>Fanout : %n comptes demandent votre attention</numerusform>
        </translation>
    </message>
</context>
</TS>
