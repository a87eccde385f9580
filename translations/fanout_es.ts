<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>fanout</name>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="70"/>
        <source>%1.redirectUri must be a string.</source>
        <translation>%1.redirectUri debe ser una cadena de texto.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="78"/>
        <source>%1.redirectUri must be the https:// address of your relay page (plain http only for 127.0.0.1).</source>
        <translation>%1.redirectUri debe ser la dirección https:// de su página de reenvío (http simple solo para 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="84"/>
        <source>%1.redirectUri sends the browser to port %2, but %1.redirectPort is %3; make them the same.</source>
        <translation>%1.redirectUri envía el navegador al puerto %2, pero %1.redirectPort es %3; haga que coincidan.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="205"/>
        <source>%1.%2 must be an https:// URL (plain http only for 127.0.0.1).</source>
        <translation>%1.%2 debe ser una URL https:// (http sin cifrar solo para 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="217"/>
        <source>%1.clientId must be a string.</source>
        <translation>%1.clientId debe ser una cadena de texto.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="222"/>
        <source>%1.clientId contains a control character or a line break. Copy the client ID from the platform&apos;s developer page again.</source>
        <translation>%1.clientId contiene un carácter de control o un salto de línea. Vuelva a copiar el ID de cliente desde la página de desarrolladores de la plataforma.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="234"/>
        <source>%1.scopes must hold strings.</source>
        <translation>%1.scopes solo debe contener cadenas de texto.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="238"/>
        <source>%1.scopes must be a list or a space-separated string.</source>
        <translation>%1.scopes debe ser una lista o una cadena de texto separada por espacios.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="244"/>
        <source>%1.redirectPort must be a port number from 1 to 65535.</source>
        <translation>%1.redirectPort debe ser un número de puerto entre 1 y 65535.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="250"/>
        <source>%1.apiVersion must be a Graph API version such as v21.0, and only Facebook has one.</source>
        <translation>%1.apiVersion debe ser una versión de la Graph API como v21.0, y solo Facebook tiene una.</translation>
    </message>
</context>
<context>
    <name>fanout::AccountService</name>
    <message>
        <location filename="../app/service/accountservice.cpp" line="108"/>
        <location filename="../app/service/accountservice.cpp" line="139"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>No hay ninguna cuenta con el ID %1; `fanout accounts list` muestra los ID.</translation>
    </message>
</context>
<context>
    <name>fanout::AppSettings</name>
    <message>
        <location filename="../app/core/appsettings.cpp" line="91"/>
        <source>“%1” is not a language Fanout is translated into (%2).</source>
        <translation>«%1» no es un idioma al que Fanout esté traducido (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/appsettings.cpp" line="106"/>
        <source>The settings file %1 cannot be written.</source>
        <translation>No se puede escribir el archivo de configuración %1.</translation>
    </message>
</context>
<context>
    <name>fanout::Autostart</name>
    <message>
        <location filename="../app/core/autostart.cpp" line="92"/>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../app/core/autostart.cpp" line="96"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/autostart.cpp" line="105"/>
        <source>%1 cannot be removed: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/autostart.cpp" line="185"/>
        <source>The registry key %1 cannot be changed.</source>
        <translation>No se puede modificar la clave del registro %1.</translation>
    </message>
</context>
<context>
    <name>fanout::Error</name>
    <message>
        <location filename="../app/core/error.cpp" line="44"/>
        <source>The platform turned down the connection. Check the account and this platform&apos;s settings in File → Settings, then connect again.</source>
        <translation>La plataforma rechazó la conexión. Revise la cuenta y los ajustes de esta plataforma en Archivo → Ajustes y vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="48"/>
        <source>The platform did not accept the sign-in. Reconnect the account with valid credentials.</source>
        <translation>La plataforma no aceptó el inicio de sesión. Vuelva a conectar la cuenta con credenciales válidas.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="51"/>
        <source>This Facebook user manages no Page. Create a Page or ask its owner for a Page role, then connect again.</source>
        <translation>Este usuario de Facebook no administra ninguna página. Cree una página o pida un rol al propietario de una página y vuelva a conectarse.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="55"/>
        <source>The system keychain is not available, so Fanout cannot store tokens safely and stored nothing. Unlock or start your keyring (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again.</source>
        <translation>El llavero del sistema no está disponible, por lo que Fanout no puede guardar los tokens de forma segura y no ha guardado nada. Desbloquee o inicie su llavero (GNOME Keyring, KWallet, llavero de macOS o Administrador de credenciales de Windows) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="60"/>
        <source>The key in the system keychain cannot open this account&apos;s stored tokens: the keychain entry was deleted or replaced, or the stored data was changed. The account is kept; reconnect it to store new tokens.</source>
        <translation>La clave del llavero del sistema no puede abrir los tokens guardados de esta cuenta: la entrada del llavero se eliminó o se reemplazó, o los datos guardados se modificaron. La cuenta se conserva; vuelva a conectarla para guardar tokens nuevos.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="65"/>
        <source>This platform has no client id yet. Enter your organisation&apos;s client id in File → Settings or import the providers file your administrator gave you.</source>
        <translation>Esta plataforma aún no tiene un ID de cliente. Introduzca el ID de cliente de su organización en Archivo → Ajustes o importe el archivo de proveedores que le dio su administrador.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="69"/>
        <source>The input is not valid. Correct it and try again.</source>
        <translation>La entrada no es válida. Corríjala y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="83"/>
        <source>The connection was cancelled and nothing was stored. Start it again from Connect account when you are ready.</source>
        <translation>La conexión se canceló y no se guardó nada. Iníciela de nuevo desde «Conectar cuenta» cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="72"/>
        <source>The platform could not be reached. Check the network connection and try again; nothing was changed.</source>
        <translation>No se pudo acceder a la plataforma. Compruebe la conexión de red y vuelva a intentarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="76"/>
        <source>The platform sent a reply Fanout does not understand; nothing was changed. Try again later.</source>
        <translation>La plataforma envió una respuesta que Fanout no entiende; no se ha cambiado nada. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="80"/>
        <source>The sign-in was not finished in time. Start the connection again.</source>
        <translation>El inicio de sesión no se completó a tiempo. Vuelva a iniciar la conexión.</translation>
    </message>
    <message>
        <location filename="../app/core/error.cpp" line="87"/>
        <source>Fanout could not read or write its data folder. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Fanout no pudo leer ni escribir en su carpeta de datos. Compruebe el espacio libre en disco y los permisos de la carpeta.</translation>
    </message>
</context>
<context>
    <name>fanout::Keychain</name>
    <message>
        <location filename="../app/vault/keychain.cpp" line="69"/>
        <source>The keychain reported: %1.</source>
        <translation>El llavero informó: %1.</translation>
    </message>
    <message>
        <location filename="../app/vault/keychain.cpp" line="91"/>
        <source>The keyring is locked. Unlock it (for example by signing in to the desktop again) and try again.</source>
        <translation>El llavero está bloqueado. Desbloquéelo (por ejemplo, volviendo a iniciar sesión en el escritorio) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>fanout::ProviderStore</name>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="287"/>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="292"/>
        <source>%1 is not valid JSON (%2 at byte %3); it may have been cut short. Correct the file, or delete it and import your providers file again (or enter the settings again in File → Settings).</source>
        <translation>%1 no es un JSON válido (%2 en el byte %3); quizá el archivo quedó cortado. Corrija el archivo, o elimínelo e importe de nuevo su archivo de proveedores (o vuelva a introducir la configuración en Archivo → Ajustes).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="299"/>
        <source>%1 holds JSON but not an object with the provider settings. Correct the file, or delete it and import your providers file again (or enter the settings again in File → Settings).</source>
        <translation>%1 contiene JSON, pero no un objeto con la configuración de los proveedores. Corrija el archivo, o elimínelo e importe de nuevo su archivo de proveedores (o vuelva a introducir la configuración en Archivo → Ajustes).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="310"/>
        <location filename="../app/providers/providerconfig.cpp" line="314"/>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="323"/>
        <source>Connecting %1 through the browser is not available in this version yet.</source>
        <translation>Conectar %1 a través del navegador aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="339"/>
        <source>%1 has none; on the command line use `fanout providers import FILE`.</source>
        <translation>%1 no tiene ninguno; en la línea de comandos, use `fanout providers import ARCHIVO`.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="377"/>
        <source>The providers file is not valid JSON (%1 at byte %2).</source>
        <translation>El archivo de proveedores no es un JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="381"/>
        <source>The providers file is not a JSON object.</source>
        <translation>El archivo de proveedores no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="393"/>
        <source>“%1” is not a platform Fanout connects through the browser (twitter, linkedin, facebook, threads, pinterest).</source>
        <translation>«%1» no es una plataforma que Fanout conecte a través del navegador (twitter, linkedin, facebook, threads, pinterest).</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="397"/>
        <source>The entry %1 must be a JSON object.</source>
        <translation>La entrada %1 debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="408"/>
        <source>%1.clientSecret must be a string.</source>
        <translation>%1.clientSecret debe ser una cadena de texto.</translation>
    </message>
    <message>
        <location filename="../app/providers/providerconfig.cpp" line="452"/>
        <source>“%1” is not a Bluesky service address. Enter an https:// address without a path, such as https://bsky.social (plain http only for 127.0.0.1).</source>
        <translation>«%1» no es una dirección de servicio de Bluesky. Introduce una dirección https:// sin ruta, como https://bsky.social (http simple solo para 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>fanout::Scheduler</name>
    <message>
        <location filename="../app/service/scheduler.cpp" line="400"/>
        <source>The %1 token expires on %2, in 7 days or less. Reconnect the account before then.</source>
        <translation>El token de %1 caduca el %2, en 7 días o menos. Vuelva a conectar la cuenta antes.</translation>
    </message>
    <message>
        <location filename="../app/service/scheduler.cpp" line="402"/>
        <source>The %1 token expires on %2, within a day. Reconnect the account now.</source>
        <translation>El token de %1 caduca el %2, en menos de un día. Vuelva a conectar la cuenta ahora.</translation>
    </message>
    <message>
        <location filename="../app/service/scheduler.cpp" line="496"/>
        <source>Refreshing the %1 token failed %2 times in a row, and it expires on %3. Check the network connection, or reconnect the account.</source>
        <translation>La renovación del token de %1 falló %2 veces seguidas, y caduca el %3. Compruebe la conexión de red o vuelva a conectar la cuenta.</translation>
    </message>
</context>
<context>
    <name>fanout::Store</name>
    <message>
        <location filename="../app/store/accountstore.cpp" line="113"/>
        <source>SQLite reported: %1</source>
        <translation>SQLite informó: %1</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="118"/>
        <source>The disk that holds %1 is full. Free some space on it and try again; nothing was changed.</source>
        <translation>El disco que contiene %1 está lleno. Libere espacio en él y vuelva a intentarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="126"/>
        <source>%1 cannot be written: its folder or disk is read-only or belongs to another user. Make the folder writable for you and try again.</source>
        <translation>No se puede escribir %1: su carpeta o disco es de solo lectura o pertenece a otro usuario. Obtenga permiso de escritura en la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="133"/>
        <source>Reading or writing %1 failed with a disk error. Check the disk and its free space, then try again.</source>
        <translation>La lectura o escritura de %1 falló por un error de disco. Compruebe el disco y su espacio libre y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="140"/>
        <source>%1 is damaged and cannot be read.</source>
        <translation>%1 está dañado y no se puede leer.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="143"/>
        <source>Fanout could not read or write %1. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Fanout no pudo leer ni escribir %1. Compruebe el espacio libre en disco y los permisos de la carpeta.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="317"/>
        <source>Could not create %1: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="348"/>
        <source>%1 is damaged and cannot be read (SQLite reported: %2). Open Fanout&apos;s window, with no other Fanout running, to move the damaged file aside and start with no accounts.</source>
        <translation>%1 está dañado y no se puede leer (SQLite informó: %2). Abra la ventana de Fanout, sin ninguna otra instancia de Fanout en ejecución, para apartar el archivo dañado y empezar sin cuentas.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="357"/>
        <source>%1 is damaged and cannot be read (SQLite reported: %2), and it could not be renamed. Move it out of the folder yourself and start Fanout again.</source>
        <translation>%1 está dañado y no se puede leer (SQLite informó: %2), y no se pudo cambiar su nombre. Sáquelo usted mismo de la carpeta y vuelva a iniciar Fanout.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="365"/>
        <source>%1 was damaged and could not be read (SQLite reported: %2). It was moved to %3 and is kept there. The next start of Fanout begins with no accounts, so reconnect them, or put a backup of %1 in its place before starting again.</source>
        <translation>%1 estaba dañado y no se pudo leer (SQLite informó: %2). Se movió a %3 y se conserva allí. El próximo inicio de Fanout empezará sin cuentas, así que vuelva a conectarlas o ponga una copia de seguridad de %1 en su lugar antes de volver a iniciarlo.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="425"/>
        <source>The data folder was written by a newer Fanout (schema %1, this version knows %2). Update Fanout.</source>
        <translation>Una versión más reciente de Fanout escribió la carpeta de datos (esquema %1; esta versión conoce el %2). Actualice Fanout.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="434"/>
        <source>%1 was written by an older Fanout and its folder is read-only, so it cannot be updated. Make the folder writable and try again.</source>
        <translation>%1 lo escribió una versión anterior de Fanout y su carpeta es de solo lectura, así que no se puede actualizar. Permita escribir en la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="559"/>
        <location filename="../app/store/accountstore.cpp" line="580"/>
        <source>No account has the id %1.</source>
        <translation>No hay ninguna cuenta con el ID %1.</translation>
    </message>
    <message>
        <location filename="../app/store/datadir.cpp" line="34"/>
        <source>%1 needs a folder; it was given an empty value.</source>
        <translation>%1 necesita una carpeta, pero recibió un valor vacío.</translation>
    </message>
    <message>
        <location filename="../app/store/datadir.cpp" line="43"/>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 ya existe y no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../app/store/datadir.cpp" line="47"/>
        <source>Could not create the folder %1. Check that its parent folder exists and is writable for you.</source>
        <translation>No se pudo crear la carpeta %1. Compruebe que la carpeta que la contiene existe y que usted tiene permiso de escritura en ella.</translation>
    </message>
    <message>
        <location filename="../app/store/instancelock.cpp" line="51"/>
        <source>Another Fanout window or command (process %2) is using the data folder %1. Wait for it to finish or close it, then try again.</source>
        <translation>Otra ventana u otro comando de Fanout (proceso %2) está usando la carpeta de datos %1. Espere a que termine o ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/store/instancelock.cpp" line="60"/>
        <source>Could not create the lock file in %1: the folder or its disk is read-only, or it belongs to another user. Make the folder writable for you and try again.</source>
        <translation>No se pudo crear el archivo de bloqueo en %1: la carpeta o su disco es de solo lectura, o la carpeta pertenece a otro usuario. Obtenga permiso de escritura en la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/store/instancelock.cpp" line="67"/>
        <source>Could not create the lock file in %1.</source>
        <translation>No se pudo crear el archivo de bloqueo en %1.</translation>
    </message>
</context>
<context>
    <name>fanout::bluesky</name>
    <message>
        <location filename="../app/platforms/bluesky/handle.cpp" line="110"/>
        <source>“%1” is not a Bluesky account DID. A did:plc: DID has 24 characters from a to z and 2 to 7 after the prefix, and a did:web: DID names a host such as example.com, with no path or IP address.</source>
        <translation>«%1» no es un DID de cuenta de Bluesky. Un DID did:plc: tiene 24 caracteres de la a a la z y del 2 al 7 tras el prefijo, y un DID did:web: nombra un host como example.com, sin ruta ni dirección IP.</translation>
    </message>
</context>
<context>
    <name>fanout::bluesky::BlueskyConnector</name>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="133"/>
        <source>Another Bluesky connection is still in progress; wait for it to finish or cancel it first.</source>
        <translation>Otra conexión con Bluesky sigue en curso; espere a que termine o cancélela primero.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="188"/>
        <source>The Bluesky service address must be an https:// URL (plain http only for this computer), such as https://bsky.social.</source>
        <translation>La dirección del servicio de Bluesky debe ser una URL https:// (http sin cifrar solo para este equipo), por ejemplo https://bsky.social.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="194"/>
        <source>The PLC directory address must be an https:// URL (plain http only for this computer), such as https://plc.directory.</source>
        <translation>La dirección del directorio PLC debe ser una URL https:// (http sin cifrar solo para este equipo), por ejemplo https://plc.directory.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="200"/>
        <source>Enter an app password. Create one in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Introduzca una contraseña de aplicación. Cree una en Bluesky en Ajustes → Privacidad y seguridad → Contraseñas de aplicación.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="222"/>
        <source>“%1” is not a valid Bluesky handle. A handle looks like alice.bsky.social: letters, digits and hyphens in two or more parts separated by dots.</source>
        <translation>«%1» no es un identificador de Bluesky válido. Un identificador tiene la forma alice.bsky.social: letras, cifras y guiones en dos o más partes separadas por puntos.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="264"/>
        <source>%1 resolved the handle to something that is not an account DID.</source>
        <translation>%1 resolvió el identificador en algo que no es el DID de una cuenta.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="273"/>
        <source>No Bluesky account has the handle %1 (%2). Check the spelling and the service address.</source>
        <translation>Ninguna cuenta de Bluesky tiene el identificador %1 (%2). Compruebe la ortografía y la dirección del servicio.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="333"/>
        <source>The account %1 is not registered with %2. Check the DID, or connect with the handle instead.</source>
        <translation>La cuenta %1 no está registrada en %2. Compruebe el DID o conéctese con el identificador en su lugar.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="338"/>
        <source>The account %1 has been deleted or deactivated.</source>
        <translation>La cuenta %1 se ha eliminado o desactivado.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="346"/>
        <source>%1 sent a DID document that does not describe %2.</source>
        <translation>%1 envió un documento DID que no describe %2.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="352"/>
        <source>The DID document of %1 names no usable personal data server (an https:// address under #atproto_pds).</source>
        <translation>El documento DID de %1 no indica ningún servidor de datos personales utilizable (una dirección https:// en #atproto_pds).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="367"/>
        <source>%1 now belongs to another Bluesky account (%2), not to the account being reconnected (%3). Connect it as a new account, or reconnect with the handle the account uses now.</source>
        <translation>%1 pertenece ahora a otra cuenta de Bluesky (%2), no a la cuenta que se está reconectando (%3). Conéctela como una cuenta nueva o vuelva a conectar con el identificador que usa ahora la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="383"/>
        <source>This is the account&apos;s main password, which asks for a sign-in code. Fanout needs an app password: create one in Bluesky under Settings → Privacy and security → App passwords, then connect with it.</source>
        <translation>Esta es la contraseña principal de la cuenta, que pide un código de inicio de sesión. Fanout necesita una contraseña de aplicación: cree una en Bluesky en Ajustes → Privacidad y seguridad → Contraseñas de aplicación y conéctese con ella.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="390"/>
        <source>Bluesky did not accept this handle and app password (%1). Check both, or create a new app password under Settings → Privacy and security → App passwords.</source>
        <translation>Bluesky no aceptó este identificador y esta contraseña de aplicación (%1). Compruebe ambos o cree una nueva contraseña de aplicación en Ajustes → Privacidad y seguridad → Contraseñas de aplicación.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="402"/>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="682"/>
        <source>%1 answered the sign-in without a usable session.</source>
        <translation>%1 respondió al inicio de sesión sin una sesión utilizable.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="409"/>
        <source>%1 signed in a different account than %2.</source>
        <translation>%1 inició sesión con una cuenta distinta de %2.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="424"/>
        <source>%1 issued a session of an unknown kind.</source>
        <translation>%1 emitió una sesión de un tipo desconocido.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="430"/>
        <source>The Bluesky account is not active (%1).</source>
        <translation>La cuenta de Bluesky no está activa (%1).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="443"/>
        <source>This is the account&apos;s main password. Fanout only stores app passwords, which you can revoke on their own: create one in Bluesky under Settings → Privacy and security → App passwords, then connect with it. Nothing was stored.</source>
        <translation>Esta es la contraseña principal de la cuenta. Fanout solo guarda contraseñas de aplicación, que puede revocar por separado: cree una en Bluesky en Ajustes → Privacidad y seguridad → Contraseñas de aplicación y conéctese con ella. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="547"/>
        <source>No Bluesky account has the id %1.</source>
        <translation>No hay ninguna cuenta de Bluesky con el ID %1.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="557"/>
        <source>The account %1 has no usable server address stored; reconnect it.</source>
        <translation>La cuenta %1 no tiene guardada ninguna dirección de servidor utilizable; vuelva a conectarla.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="584"/>
        <source>%1 answered for a different account than %2.</source>
        <translation>%1 respondió por una cuenta distinta de %2.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="598"/>
        <source>Bluesky rejected a session it had just issued (%1).</source>
        <translation>Bluesky rechazó una sesión que acababa de emitir (%1).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="620"/>
        <source>%1 answered the session refresh without a usable session.</source>
        <translation>%1 respondió a la renovación de la sesión sin una sesión utilizable.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="657"/>
        <source>The session expired and no app password is stored to sign in again.</source>
        <translation>La sesión caducó y no hay ninguna contraseña de aplicación guardada para volver a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="667"/>
        <source>Bluesky no longer accepts the stored app password (%1); it was probably revoked. Reconnect the account with a new app password.</source>
        <translation>Bluesky ya no acepta la contraseña de aplicación guardada (%1); probablemente se revocó. Vuelva a conectar la cuenta con una nueva contraseña de aplicación.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="743"/>
        <source>The account %1 was removed during the check.</source>
        <translation>La cuenta %1 se eliminó durante la comprobación.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="781"/>
        <source>The Bluesky connection was cancelled.</source>
        <translation>Se canceló la conexión con Bluesky.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="837"/>
        <source>%1 sent an answer larger than %2 MB, which Fanout does not read.</source>
        <translation>%1 envió una respuesta de más de %2 MB, que Fanout no lee.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="844"/>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="850"/>
        <source>The TLS certificate of %1 is not trusted, so Fanout sent it nothing. Check the service address, and the date and certificate store of this computer.</source>
        <translation>El certificado TLS de %1 no es de confianza, por lo que Fanout no le envió nada. Compruebe la dirección del servicio, y la fecha y el almacén de certificados de este equipo.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="855"/>
        <source>Could not reach %1 (%2).</source>
        <translation>No se pudo acceder a %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="861"/>
        <source>The answer from %1 broke off before it was complete (%2); try again.</source>
        <translation>La respuesta de %1 se interrumpió antes de completarse (%2); vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="868"/>
        <source>%1 is limiting requests; try again in %n minute(s).</source>
        <translation>
            <numerusform>%1 está limitando las solicitudes; vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>%1 está limitando las solicitudes; vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="872"/>
        <source>%1 is limiting requests; try again later.</source>
        <translation>%1 está limitando las solicitudes; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="876"/>
        <source>%1 had a problem (%2); try again later.</source>
        <translation>%1 tuvo un problema (%2); vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="881"/>
        <source>%1 sent an unexpected answer (HTTP %2).</source>
        <translation>%1 envió una respuesta inesperada (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="884"/>
        <source>The Bluesky server %1 rejected the request (%2). Check that the account still exists and is active on Bluesky, then reconnect it.</source>
        <translation>El servidor de Bluesky %1 rechazó la solicitud (%2). Compruebe que la cuenta sigue existiendo y está activa en Bluesky y vuelva a conectarla.</translation>
    </message>
</context>
<context>
    <name>fanout::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="180"/>
        <source>No accounts connected. Connect one with `fanout connect bluesky --handle HANDLE`.</source>
        <translation>No hay cuentas conectadas. Conecte una con `fanout connect bluesky --handle IDENTIFICADOR`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="197"/>
        <source>ID:               %1</source>
        <translation>ID:                  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="198"/>
        <source>Platform:         %1</source>
        <translation>Plataforma:          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="200"/>
        <source>Handle:           %1</source>
        <translation>Identificador:       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="201"/>
        <source>Display name:     %1</source>
        <translation>Nombre visible:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="202"/>
        <source>Platform user id: %1</source>
        <translation>ID en la plataforma: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="203"/>
        <source>Status:           %1</source>
        <translation>Estado:              %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="204"/>
        <source>Token expires:    %1</source>
        <translation>Caducidad del token: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="206"/>
        <source>Extensions:       %1</source>
        <translation>Extensiones:         %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="321"/>
        <source>Give a command, for example `fanout accounts list`. Run `fanout --help` for the commands.</source>
        <translation>Indique un comando, por ejemplo `fanout accounts list`. Ejecute `fanout --help` para ver los comandos.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="332"/>
        <source>Unknown command &quot;%1&quot;. Run `fanout --help` for the commands.</source>
        <translation>Comando desconocido «%1». Ejecute `fanout --help` para ver los comandos.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="356"/>
        <source>There is no Fanout data folder at %1. Check the path; Fanout creates the folder when it first connects an account.</source>
        <translation>No hay ninguna carpeta de datos de Fanout en %1. Compruebe la ruta; Fanout crea la carpeta cuando conecta la primera cuenta.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="389"/>
        <source>Give exactly one account id, or --all for every account: `fanout accounts refresh ID` or `fanout accounts refresh --all`.</source>
        <translation>Indique exactamente un ID de cuenta, o --all para todas las cuentas: `fanout accounts refresh ID` o `fanout accounts refresh --all`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="391"/>
        <source>Give exactly one account id: `fanout %1 %2 ID`.</source>
        <translation>Indique exactamente un ID de cuenta: `fanout %1 %2 ID`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="370"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>No hay ninguna cuenta con el ID %1; `fanout accounts list` muestra los ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="426"/>
        <source>`accounts list` takes no arguments.</source>
        <translation>`accounts list` no admite argumentos.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="487"/>
        <source>Disconnected %1: its session was ended on the platform and its tokens were deleted here.</source>
        <translation>Cuenta %1 desconectada: su sesión se cerró en la plataforma y sus tokens se eliminaron aquí.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="495"/>
        <source>Disconnected %1; its tokens were deleted here.</source>
        <translation>Cuenta %1 desconectada; sus tokens se eliminaron aquí.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="507"/>
        <source>Checking a %1 connection is not supported yet.</source>
        <translation>Todavía no se admite comprobar una conexión de %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="515"/>
        <source>%1 (%2) is connected.</source>
        <translation>La cuenta %1 (%2) está conectada.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="550"/>
        <source>Name one platform: `fanout connect bluesky --handle HANDLE`.</source>
        <translation>Indique una plataforma: `fanout connect bluesky --handle IDENTIFICADOR`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="558"/>
        <source>Instagram professional accounts are connected through the Facebook Page they are linked to: run `fanout connect facebook`.</source>
        <translation>Las cuentas profesionales de Instagram se conectan a través de la página de Facebook a la que están vinculadas: ejecute `fanout connect facebook`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="564"/>
        <source>Connecting %1 from Fanout is not available in this version yet.</source>
        <translation>Conectar %1 desde Fanout aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="575"/>
        <source>Give the account with --handle HANDLE (or a DID); the app password is read from standard input.</source>
        <translation>Indique la cuenta con --handle IDENTIFICADOR (o un DID); la contraseña de aplicación se lee de la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="581"/>
        <source>&quot;%1&quot; is not a valid Bluesky handle. A handle looks like alice.bsky.social: letters, digits and hyphens in two or more parts separated by dots.</source>
        <translation>«%1» no es un identificador de Bluesky válido. Un identificador tiene la forma alice.bsky.social: letras, cifras y guiones en dos o más partes separadas por puntos.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="608"/>
        <source>%1 &quot;%2&quot; is not an http or https URL, such as https://bsky.social.</source>
        <translation>%1 «%2» no es una URL http ni https, como https://bsky.social.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="620"/>
        <source>App password for %1: </source>
        <translation>Contraseña de aplicación para %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="623"/>
        <source>No app password on standard input. Pipe it in, for example `fanout connect bluesky --handle %1 &lt; password-file`.</source>
        <translation>No hay ninguna contraseña de aplicación en la entrada estándar. Rediríjala a ella, por ejemplo `fanout connect bluesky --handle %1 &lt; password-file`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="651"/>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout admite un número de segundos entre 1 y 3600.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="663"/>
        <source>Open this address in your browser to connect %1, then approve the request:</source>
        <translation>Abra esta dirección en su navegador para conectar %1 y luego apruebe la solicitud:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="712"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="713"/>
        <source>%1 (%2, with Instagram)</source>
        <translation>%1 (%2, con Instagram)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="716"/>
        <source>This Facebook user manages %n Pages: %1. Choose with --page ID (once per Page) and connect again; nothing was stored.</source>
        <translation>
            <numerusform>Este usuario de Facebook administra %n página: %1. Elija con --page ID (una vez por página) y vuelva a conectar; no se guardó nada.</numerusform>
            <numerusform>Este usuario de Facebook administra %n páginas: %1. Elija con --page ID (una vez por página) y vuelva a conectar; no se guardó nada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="728"/>
        <source>Give one account id or --all, not both: `fanout accounts refresh ID` or `fanout accounts refresh --all`.</source>
        <translation>Indique un id de cuenta o --all, no ambos: `fanout accounts refresh ID` o `fanout accounts refresh --all`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="745"/>
        <source>%1 (%2) is connected. Fanout renews a Bluesky session whenever it is used, so it needs no refresh of its own.</source>
        <translation>%1 (%2) está conectada. Fanout renueva una sesión de Bluesky cada vez que se usa, así que no necesita una renovación aparte.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="758"/>
        <location filename="../app/cli/cli.cpp" line="884"/>
        <source>Refreshed %1 (%2); the token is valid until %3.</source>
        <translation>Cuenta %1 (%2) renovada; el token es válido hasta el %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="766"/>
        <source>Give the account and the board: `fanout accounts set-board ID BOARD_ID`.</source>
        <translation>Indique la cuenta y el tablero: `fanout accounts set-board ID BOARD_ID`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="822"/>
        <source>New Pins of %1 go to the board &quot;%2&quot;.</source>
        <translation>Los nuevos pines de %1 van al tablero «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="894"/>
        <source>Could not refresh %1: %2 (%3)</source>
        <translation>No se pudo renovar %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="841"/>
        <location filename="../app/cli/cli.cpp" line="900"/>
        <source>No account has tokens that Fanout renews on a schedule.</source>
        <translation>Ninguna cuenta tiene tokens que Fanout renueve según un calendario.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="902"/>
        <source>Bluesky sessions are renewed whenever they are used; `fanout accounts check ID` renews one now.</source>
        <translation>Las sesiones de Bluesky se renuevan cada vez que se usan; `fanout accounts check ID` renueva una ahora.</translation>
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
        <translation>Fanout mantiene activas sus conexiones de redes sociales, con los tokens cifrados en este equipo.

Comandos:
  (ninguno)                            abrir la ventana
  accounts list [--json]               listar las cuentas conectadas
  accounts show ID [--json]            mostrar una cuenta
  accounts check ID [--json]           hacer una llamada autenticada para la cuenta
  accounts disconnect ID               eliminar la cuenta y sus tokens
  accounts refresh ID                  renovar ahora los tokens de una cuenta
  accounts refresh --all               ejecutar ahora todo el calendario de renovación
  accounts set-board ID BOARD_ID       elegir el tablero de Pinterest para los pines nuevos
  connect twitter|linkedin|facebook|threads|pinterest [--no-browser] [--timeout SEGUNDOS]
                                       conectar a través del navegador; muestra la dirección de consentimiento
  connect facebook [--page ID]...      conectar páginas de Facebook y sus cuentas de Instagram
  providers import ARCHIVO             importar la configuración de clientes OAuth (los secretos van al llavero)
  providers export [--json]            mostrar la configuración de clientes OAuth, sin secretos
  connect bluesky --handle H [--service URL] [--plc-url URL]
                                       conectar Bluesky; la contraseña de aplicación se lee de stdin
  events list [--json]                 listar los eventos token.expiring / token.revoked
  vault rotate-key                     volver a cifrar todas las cuentas con una clave nueva

Entorno:
  FANOUT_DATA_DIR                      la carpeta de datos si no se indica --data-dir
  FANOUT_THEME                         el tema de la ventana si no se indica --theme
  FANOUT_PLC_URL                       el directorio PLC si no se indica --plc-url</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="910"/>
        <source>Give one file: `fanout providers import FILE`.</source>
        <translation>Indique un solo archivo: `fanout providers import ARCHIVO`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="330"/>
        <source>`fanout %1` needs one of: %2. Run `fanout --help` for the commands.</source>
        <translation>`fanout %1` necesita una de estas acciones: %2. `fanout --help` muestra los comandos.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="490"/>
        <source>Disconnected %1; its tokens were deleted here. Bluesky could not be reached to end the session, so to stop it working there, delete the app password in Bluesky&apos;s settings under Privacy and security, App passwords.</source>
        <translation>%1 desconectada; sus tokens se eliminaron aquí. No se pudo contactar con Bluesky para cerrar la sesión: para que deje de funcionar allí, elimine la contraseña de aplicación en los ajustes de Bluesky, en Privacidad y seguridad, Contraseñas de aplicación.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="567"/>
        <source>Unknown platform &quot;%1&quot;. Fanout connects bluesky, twitter, linkedin, facebook, threads and pinterest.</source>
        <translation>Plataforma desconocida «%1». Fanout conecta bluesky, twitter, linkedin, facebook, threads y pinterest.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="613"/>
        <source>%1 must not contain a user name or password; give only the server&apos;s address, such as https://bsky.social.</source>
        <translation>%1 no debe contener un nombre de usuario ni una contraseña; indique solo la dirección del servidor, por ejemplo https://bsky.social.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="809"/>
        <source>Account %1 has no boards on Pinterest yet. Create a board there, then run this command again.</source>
        <translation>La cuenta %1 aún no tiene tableros en Pinterest. Cree uno allí y vuelva a ejecutar este comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="812"/>
        <source>Account %1 has no board with the id %2. Its boards: %3.</source>
        <translation>La cuenta %1 no tiene ningún tablero con el ID %2. Sus tableros: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="913"/>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="932"/>
        <source>Imported the provider settings of %1.</source>
        <translation>Se importó la configuración de proveedores de %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="934"/>
        <source>The client secrets of %1 were moved into the system keychain; they are not kept in any file. You may delete them from the file you imported.</source>
        <translation>Los secretos de cliente de %1 se movieron al llavero del sistema; no se conservan en ningún archivo. Puede eliminarlos del archivo que importó.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="943"/>
        <source>`providers export` takes no arguments.</source>
        <translation>`providers export` no admite argumentos.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="951"/>
        <source>No provider settings are stored yet; `fanout providers import FILE` imports them.</source>
        <translation>Aún no hay configuración de proveedores guardada; `fanout providers import ARCHIVO` la importa.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="971"/>
        <source>(not configured)</source>
        <translation>(sin configurar)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="974"/>
        <source>Client secrets stay in the system keychain and are never exported.</source>
        <translation>Los secretos de cliente permanecen en el llavero del sistema y nunca se exportan.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="981"/>
        <source>`events list` takes no arguments.</source>
        <translation>`events list` no admite argumentos.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1000"/>
        <source>No events.</source>
        <translation>No hay eventos.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1012"/>
        <source>`vault rotate-key` takes no arguments.</source>
        <translation>`vault rotate-key` no admite argumentos.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1017"/>
        <source>No account is stored in %1 yet, so there is no vault key to rotate.</source>
        <translation>Todavía no hay ninguna cuenta guardada en %1, así que no hay ninguna clave de la bóveda que cambiar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="1029"/>
        <source>Rotated the vault key and re-encrypted %n account(s).</source>
        <translation>
            <numerusform>Se cambió la clave de la bóveda y se volvió a cifrar %n cuenta.</numerusform>
            <numerusform>Se cambió la clave de la bóveda y se volvieron a cifrar %n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1126"/>
        <source>Use DIR for the database instead of the default location.</source>
        <translation>Usar CARPETA para la base de datos en lugar de la ubicación predeterminada.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1127"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1128"/>
        <source>Print machine-readable JSON.</source>
        <translation>Mostrar JSON legible por máquina.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1129"/>
        <source>Bluesky handle or DID to connect.</source>
        <translation>Identificador de Bluesky o DID que se va a conectar.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1129"/>
        <source>HANDLE</source>
        <translation>IDENTIFICADOR</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1130"/>
        <source>Bluesky service that resolves the handle (default https://bsky.social).</source>
        <translation>Servicio de Bluesky que resuelve el identificador (predeterminado: https://bsky.social).</translation>
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
        <translation>Directorio PLC para did:plc (predeterminado: https://plc.directory).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1133"/>
        <source>Print the consent address without opening the browser.</source>
        <translation>Mostrar la dirección de consentimiento sin abrir el navegador.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1134"/>
        <source>With `accounts refresh`: refresh every account that can be refreshed.</source>
        <translation>Con `accounts refresh`: renovar todas las cuentas que se puedan renovar.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1135"/>
        <source>Seconds to wait for the browser (default 300).</source>
        <translation>Segundos de espera del navegador (predeterminado: 300).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1135"/>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1136"/>
        <source>Facebook Page to connect, by id; repeat it for several Pages.</source>
        <translation>Página de Facebook que conectar, por id; repítalo para varias páginas.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1136"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1139"/>
        <source>Without a command: colours of the window, system, light or dark.</source>
        <translation>Sin comando: colores de la ventana, system, light o dark.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1140"/>
        <source>THEME</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1141"/>
        <source>Without a command: open Settings on PAGE, general or a platform such as twitter.</source>
        <translation>Sin comando: abrir Ajustes en PÁGINA, general o una plataforma como twitter.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1143"/>
        <source>PAGE</source>
        <translation>PÁGINA</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1145"/>
        <source>The command words, for example `accounts list`.</source>
        <translation>Las palabras del comando, por ejemplo `accounts list`.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1146"/>
        <source>COMMAND...</source>
        <translation>COMANDO...</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1165"/>
        <location filename="../ui/gui.cpp" line="126"/>
        <source>%1 Run `fanout --help` for the options.</source>
        <translation>%1 `fanout --help` muestra las opciones.</translation>
    </message>
</context>
<context>
    <name>fanout::facebook</name>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="82"/>
        <source>The list of Facebook Pages is not the documented JSON.</source>
        <translation>La lista de páginas de Facebook no es el JSON documentado.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="108"/>
        <source>The list of Facebook Pages has a broken link to its next part.</source>
        <translation>La lista de páginas de Facebook tiene un enlace roto a su siguiente parte.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="117"/>
        <source>The list of granted Facebook permissions is not the documented JSON.</source>
        <translation>La lista de permisos de Facebook concedidos no es el JSON documentado.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="136"/>
        <source>The Instagram profile reply is not a JSON object.</source>
        <translation>La respuesta del perfil de Instagram no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="140"/>
        <source>The Instagram profile reply names no account id.</source>
        <translation>La respuesta del perfil de Instagram no indica ningún id de cuenta.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="151"/>
        <source>The Facebook reply is not a JSON object.</source>
        <translation>La respuesta de Facebook no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/graph.cpp" line="156"/>
        <source>The Facebook reply names no id.</source>
        <translation>La respuesta de Facebook no indica ningún id.</translation>
    </message>
</context>
<context>
    <name>fanout::facebook::FacebookFanout</name>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="30"/>
        <source>the Facebook password was changed</source>
        <translation>se cambió la contraseña de Facebook</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="32"/>
        <source>the session has expired</source>
        <translation>la sesión ha caducado</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="35"/>
        <source>the access token is invalid or Fanout was removed from the account</source>
        <translation>el token de acceso no es válido o Fanout se eliminó de la cuenta</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="37"/>
        <source>the access token is no longer valid</source>
        <translation>el token de acceso ya no es válido</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="147"/>
        <source>Facebook did not accept the new sign-in: %1. Connect again.</source>
        <translation>Facebook no aceptó el nuevo inicio de sesión: %1. Vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="149"/>
        <source>Facebook rejected the request (%1, error %2). Check the app id and secret in File → Settings, then connect again.</source>
        <translation>Facebook rechazó la solicitud (%1, error %2). Compruebe el id y el secreto de la app en Archivo → Ajustes y vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="156"/>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="157"/>
        <source>Facebook returned HTTP %1.</source>
        <translation>Facebook devolvió HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="197"/>
        <source>Facebook did not grant the permissions %1. Connect again and allow them all, or ask the app&apos;s administrator to request them.</source>
        <translation>Facebook no concedió los permisos %1. Vuelva a conectar y permítalos todos, o pida al administrador de la app que los solicite.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="231"/>
        <source>The list of Facebook Pages links to another server; Fanout did not follow it.</source>
        <translation>La lista de páginas de Facebook enlaza con otro servidor; Fanout no lo siguió.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="236"/>
        <source>The list of Facebook Pages does not end; Fanout stopped after %1 parts.</source>
        <translation>La lista de páginas de Facebook no termina; Fanout se detuvo tras %1 partes.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="260"/>
        <source>No Facebook Page was chosen; nothing was stored.</source>
        <translation>No se eligió ninguna página de Facebook; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="267"/>
        <source>This Facebook user manages no Page with the id %1; nothing was stored.</source>
        <translation>Este usuario de Facebook no administra ninguna página con el id %1; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="307"/>
        <source>Facebook described another Instagram account than the one linked to the Page.</source>
        <translation>Facebook describió una cuenta de Instagram distinta de la vinculada a la página.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="396"/>
        <source>The connection to Facebook was cancelled; nothing was stored.</source>
        <translation>Se canceló la conexión con Facebook; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="429"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>No hay ninguna cuenta con el ID %1; `fanout accounts list` muestra los ID.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="436"/>
        <source>%1 is not a Facebook or Instagram account.</source>
        <translation>%1 no es una cuenta de Facebook ni de Instagram.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="481"/>
        <source>Facebook described another account than the one checked.</source>
        <translation>Facebook describió una cuenta distinta de la comprobada.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="493"/>
        <source>Facebook no longer accepts this connection: %1. Connect Facebook again to renew the Page and its Instagram account.</source>
        <translation>Facebook ya no acepta esta conexión: %1. Vuelva a conectar Facebook para renovar la página y su cuenta de Instagram.</translation>
    </message>
    <message>
        <location filename="../app/platforms/facebook/facebookfanout.cpp" line="521"/>
        <source>Facebook rejected the Page token (error %1, subcode %2): %3.</source>
        <translation>Facebook rechazó el token de la página (error %1, subcódigo %2): %3.</translation>
    </message>
</context>
<context>
    <name>fanout::oauth</name>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="57"/>
        <source>The token reply is not a JSON object.</source>
        <translation>La respuesta del token no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="63"/>
        <source>The token reply has no access_token.</source>
        <translation>La respuesta del token no contiene access_token.</translation>
    </message>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="69"/>
        <source>The token reply has a token_type other than bearer.</source>
        <translation>La respuesta del token tiene un token_type distinto de bearer.</translation>
    </message>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="73"/>
        <source>The token reply&apos;s refresh_token is not a string.</source>
        <translation>El campo refresh_token de la respuesta del token no es una cadena de texto.</translation>
    </message>
    <message>
        <location filename="../app/oauth/tokenreply.cpp" line="79"/>
        <source>The token reply&apos;s expires_in is not a number.</source>
        <translation>El campo expires_in de la respuesta del token no es un número.</translation>
    </message>
</context>
<context>
    <name>fanout::oauth::OAuthConnector</name>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="69"/>
        <source>The %1 profile reply names no user id.</source>
        <translation>La respuesta de perfil de %1 no indica ningún ID de usuario.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="111"/>
        <source>The step “%2” at %1 failed (HTTP %3).</source>
        <translation>El paso «%2» en %1 falló (HTTP %3).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="127"/>
        <source>%1 needs your app&apos;s client secret as well as its client id; add clientSecret to the providers file and run `fanout providers import FILE`.</source>
        <translation>%1 necesita el secreto de cliente de su aplicación además de su id; añada clientSecret al archivo de proveedores y ejecute `fanout providers import ARCHIVO`.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="171"/>
        <source>Another connection is still waiting for the browser; finish or cancel it first.</source>
        <translation>Otra conexión sigue esperando al navegador; termínela o cancélela primero.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="196"/>
        <source>Facebook needs your organisation&apos;s app secret: put it as clientSecret in the providers file and run `fanout providers import FILE`.</source>
        <translation>Facebook necesita el secreto de app de su organización: póngalo como clientSecret en el archivo de proveedores y ejecute `fanout providers import FILE`.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="243"/>
        <source>The connection was cancelled; nothing was stored.</source>
        <translation>Se canceló la conexión; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="277"/>
        <source>long-lived token exchange</source>
        <translation>intercambio por un token de larga duración</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="313"/>
        <source>profile request</source>
        <translation>solicitud del perfil</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="345"/>
        <source>boards request</source>
        <translation>solicitud de los tableros</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="408"/>
        <source>%1 Page tokens do not expire, so there is nothing to renew. `fanout accounts check ID` confirms that the connection still works.</source>
        <translation>Los tokens de página de %1 no caducan, así que no hay nada que renovar. `fanout accounts check ID` confirma que la conexión sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="477"/>
        <source>No refresh token is stored for this X account (offline.access was not granted). Reconnect it.</source>
        <translation>No hay ningún token de actualización guardado para esta cuenta de X (no se concedió offline.access). Vuelva a conectarla.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="479"/>
        <source>No refresh token is stored for this %1 account. Reconnect it.</source>
        <translation>No hay ningún token de actualización guardado para esta cuenta de %1. Vuelva a conectarla.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="576"/>
        <source>The token endpoint returned HTTP %1; nothing was changed.</source>
        <translation>El punto de conexión de tokens devolvió HTTP %1; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="577"/>
        <source>The token endpoint returned HTTP %1 (%2); nothing was changed.</source>
        <translation>El punto de acceso de tokens devolvió HTTP %1 (%2); no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="398"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>No hay ninguna cuenta con el ID %1; `fanout accounts list` muestra los ID.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="102"/>
        <source>%1 did not accept the new token in the step “%2”. Check the client id, secret and scopes in File → Settings, then connect again.</source>
        <translation>%1 no aceptó el nuevo token en el paso «%2». Revise el id de cliente, el secreto y los ámbitos en Archivo → Ajustes y vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="105"/>
        <source>%1 did not accept the new token in the step “%2” (%3). Check the client id, secret and scopes in File → Settings, then connect again.</source>
        <translation>%1 no aceptó el nuevo token en el paso «%2» (%3). Revise el id de cliente, el secreto y los ámbitos en Archivo → Ajustes y vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="112"/>
        <source>The step “%2” at %1 returned HTTP %3 %4.</source>
        <translation>El paso «%2» en %1 devolvió HTTP %3 %4.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="416"/>
        <source>%1 tokens cannot be renewed without you; reconnect the account before it expires.</source>
        <translation>Los tokens de %1 no se pueden renovar sin su intervención; vuelva a conectar la cuenta antes de que caduque.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="424"/>
        <source>This account is already being refreshed; wait for it to finish.</source>
        <translation>Esta cuenta ya se está renovando; espere a que termine.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="547"/>
        <source>%1 rejected Fanout&apos;s client id or secret (%2). Check them in File → Settings. The account stays connected.</source>
        <translation>%1 rechazó el ID o el secreto de cliente de Fanout (%2). Compruébelos en Archivo → Ajustes. La cuenta sigue conectada.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="584"/>
        <source>%1 rejected the refresh (%2).</source>
        <translation>%1 rechazó la renovación (%2).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthconnector.cpp" line="590"/>
        <source>%1 no longer accepts this account&apos;s sign-in (%2). Reconnect the account.</source>
        <translation>%1 ya no acepta el inicio de sesión de esta cuenta (%2). Vuelva a conectar la cuenta.</translation>
    </message>
</context>
<context>
    <name>fanout::oauth::OAuthFlow</name>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="112"/>
        <source>Port %1 on 127.0.0.1, where %2 sends the browser back, is in use by another program. Close it, or set another redirect port in File → Settings (it must match the port registered with %2).</source>
        <translation>El puerto %1 de 127.0.0.1, al que %2 devuelve el navegador, lo está usando otro programa. Cierre ese programa o defina otro puerto de redirección en Archivo → Ajustes (debe coincidir con el puerto registrado en %2).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="176"/>
        <source>The connection to %1 was cancelled; nothing was stored.</source>
        <translation>Se canceló la conexión con %1; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="187"/>
        <source>Fanout was not expecting this sign-in reply and ignored it. Return to Fanout; if it is still waiting, finish the sign-in in the tab it opened.</source>
        <translation>Fanout no esperaba esta respuesta de inicio de sesión y la ha ignorado. Vuelva a Fanout; si sigue esperando, termine el inicio de sesión en la pestaña que abrió.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="206"/>
        <source>%1 did not grant access, so nothing was connected. You can close this tab and return to Fanout.</source>
        <translation>%1 no concedió el acceso, así que no se conectó nada. Puede cerrar esta pestaña y volver a Fanout.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="209"/>
        <source>%1 turned down the connection, so nothing was connected. You can close this tab; Fanout says what to do next.</source>
        <translation>%1 rechazó la conexión, así que no se conectó nada. Puede cerrar esta pestaña; Fanout le indica qué hacer a continuación.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="213"/>
        <source>%1 did not grant access (%2). Connect again and approve the request.</source>
        <translation>%1 no concedió el acceso (%2). Vuelva a conectarse y apruebe la solicitud.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="215"/>
        <source>%1 rejected the connection (%2). Check the client id, redirect port and scopes in File → Settings, then connect again.</source>
        <translation>%1 rechazó la conexión (%2). Compruebe el ID de cliente, el puerto de redirección y los ámbitos (scopes) en Archivo → Ajustes y vuelva a conectarse.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="222"/>
        <source>%1 sent no authorization code, so nothing was connected. You can close this tab; Fanout says what to do next.</source>
        <translation>%1 no envió ningún código de autorización, así que no se conectó nada. Puede cerrar esta pestaña; Fanout le indica qué hacer a continuación.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="226"/>
        <source>%1 sent the browser back without an authorization code.</source>
        <translation>%1 devolvió el navegador sin un código de autorización.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="230"/>
        <source>Fanout received the sign-in. You can close this tab.</source>
        <translation>Fanout recibió el inicio de sesión. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="280"/>
        <source>%1 rejected the code exchange (%2). Check the client id and secret in File → Settings, then connect again.</source>
        <translation>%1 rechazó el intercambio de código (%2). Compruebe el ID y el secreto de cliente en Archivo → Ajustes y vuelva a conectarse.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="299"/>
        <source>The TLS certificate of %1 is not trusted (%2), so Fanout did not send the authorization code. Check the token URL in File → Settings.</source>
        <translation>El certificado TLS de %1 no es de confianza (%2), por lo que Fanout no envió el código de autorización. Compruebe la URL del token en Archivo → Ajustes.</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="305"/>
        <source>Could not reach the token endpoint at %1 (%2).</source>
        <translation>No se pudo contactar con el endpoint de tokens en %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="308"/>
        <source>%1 (HTTP %2).</source>
        <translation>%1 (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../app/oauth/oauthflow.cpp" line="309"/>
        <source>The token endpoint returned HTTP %1.</source>
        <translation>El punto de conexión de tokens devolvió HTTP %1.</translation>
    </message>
</context>
<context>
    <name>fanout::pinterest</name>
    <message>
        <location filename="../app/platforms/pinterest/pinterestapi.cpp" line="76"/>
        <source>The Pinterest user_account reply names no user.</source>
        <translation>La respuesta user_account de Pinterest no indica ningún usuario.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestapi.cpp" line="95"/>
        <source>The Pinterest boards reply has no items list.</source>
        <translation>La respuesta de tableros de Pinterest no contiene la lista items.</translation>
    </message>
</context>
<context>
    <name>fanout::pinterest::PinterestBoards</name>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="39"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation>Ninguna cuenta tiene el id %1; `fanout accounts list` muestra los ids.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="42"/>
        <source>Account %1 is not a Pinterest account; only Pinterest accounts have boards.</source>
        <translation>La cuenta %1 no es una cuenta de Pinterest; solo las cuentas de Pinterest tienen tableros.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="86"/>
        <source>Pinterest did not accept the account&apos;s token for listing boards. Reconnect the account.</source>
        <translation>Pinterest no aceptó el token de la cuenta para listar los tableros. Vuelva a conectar la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="88"/>
        <source>The Pinterest boards list returned HTTP %1.</source>
        <translation>La lista de tableros de Pinterest devolvió HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/platforms/pinterest/pinterestboards.cpp" line="112"/>
        <source>Choose a board; the board id is empty.</source>
        <translation>Elija un tablero; el id del tablero está vacío.</translation>
    </message>
</context>
<context>
    <name>fanout::threads</name>
    <message>
        <location filename="../app/platforms/threads/threadsapi.cpp" line="89"/>
        <source>The Threads profile reply names no user id.</source>
        <translation>La respuesta de perfil de Threads no indica ningún id de usuario.</translation>
    </message>
    <message>
        <location filename="../app/platforms/threads/threadsapi.cpp" line="134"/>
        <source>The Threads token expired at %1 and can no longer be renewed. Reconnect the account.</source>
        <translation>El token de Threads caducó el %1 y ya no se puede renovar. Vuelva a conectar la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/platforms/threads/threadsapi.cpp" line="139"/>
        <source>Threads renews a token only once it is 24 hours old; this one can be renewed from %1. Nothing was sent to Threads.</source>
        <translation>Threads solo renueva un token cuando tiene 24 horas; este se podrá renovar a partir de %1. No se envió nada a Threads.</translation>
    </message>
</context>
<context>
    <name>fanout::ui</name>
    <message>
        <location filename="../ui/gui.cpp" line="87"/>
        <source>Fanout cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session, or use the commands shown by `fanout --help`.</source>
        <translation>Fanout no puede abrir su ventana: no hay pantalla (no está definida ni DISPLAY ni WAYLAND_DISPLAY). Inícielo desde su sesión de escritorio o use los comandos que muestra `fanout --help`.</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="103"/>
        <source>Keeps your social media account connections alive on this computer.</source>
        <translation>Mantiene activas las conexiones de sus cuentas de redes sociales en este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="109"/>
        <source>Stores accounts in DIR instead of the default data folder (also settable with FANOUT_DATA_DIR).</source>
        <translation>Guarda las cuentas en CARPETA en lugar de la carpeta de datos predeterminada (también se puede definir con FANOUT_DATA_DIR).</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="111"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="115"/>
        <source>Colours of the window: system, light or dark (default: FANOUT_THEME, else the theme chosen in Settings).</source>
        <translation>Colores de la ventana: system, light o dark (predeterminado: FANOUT_THEME; si no, el tema elegido en Ajustes).</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="117"/>
        <source>THEME</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="121"/>
        <source>Opens Settings on PAGE: general, or a platform such as twitter.</source>
        <translation>Abre Ajustes en PÁGINA: general, o una plataforma como twitter.</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="122"/>
        <source>PAGE</source>
        <translation>PÁGINA</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="160"/>
        <source>Fanout Cannot Start</source>
        <translation>Fanout no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>fanout::ui::AccountDetailPane</name>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="52"/>
        <source>Account details</source>
        <translation>Detalles de la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="59"/>
        <source>Select an account to see its details.</source>
        <translation>Seleccione una cuenta para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="115"/>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="118"/>
        <source>Connected with:</source>
        <translation>Conectada con:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="120"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="121"/>
        <source>Expiry:</source>
        <translation>Caducidad:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="122"/>
        <source>Connected since:</source>
        <translation>Conectada desde:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="123"/>
        <source>Platform user id:</source>
        <translation>ID en la plataforma:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="126"/>
        <source>The Pinterest board that new Pins go to</source>
        <translation>El tablero de Pinterest al que van los pines nuevos</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="127"/>
        <source>Default board:</source>
        <translation>Tablero predeterminado:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="131"/>
        <source>Fanout id:</source>
        <translation>ID de Fanout:</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="139"/>
        <source>&amp;Check connection</source>
        <translation>&amp;Comprobar conexión</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="141"/>
        <source>Signs in once with the stored tokens to see whether the platform still accepts them</source>
        <translation>Inicia sesión una vez con los tokens guardados para comprobar si la plataforma aún los acepta</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="142"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconectar…</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="144"/>
        <source>Signs in again, for example with a new app password</source>
        <translation>Vuelve a iniciar sesión, por ejemplo con una nueva contraseña de aplicación</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="145"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="147"/>
        <source>Deletes the account and its stored tokens from this computer</source>
        <translation>Elimina la cuenta y sus tokens guardados de este equipo</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="182"/>
        <source>From the Facebook Page %1</source>
        <translation>Desde la página de Facebook %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="187"/>
        <source>This Page&apos;s Instagram account (id %1) was connected with it</source>
        <translation>La cuenta de Instagram de esta página (id %1) se conectó con ella</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="224"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="230"/>
        <source>Disconnect %1</source>
        <translation>Desconectar %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="231"/>
        <source>Reconnect %1</source>
        <translation>Reconectar %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="232"/>
        <source>Check the connection of %1</source>
        <translation>Comprobar la conexión de %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="253"/>
        <location filename="../ui/accountdetailpane.cpp" line="270"/>
        <source>No board yet</source>
        <translation>Aún no hay tablero</translation>
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
        <translation>Conectada</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="118"/>
        <source>Expiring soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="120"/>
        <source>Needs reconnect</source>
        <translation>Requiere reconexión</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="122"/>
        <source>Key mismatch</source>
        <translation>La clave no coincide</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="124"/>
        <location filename="../ui/accountpresentation.cpp" line="126"/>
        <source>Unknown status</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="135"/>
        <source>This token expires soon and the platform does not let Fanout renew it. Reconnect the account before it expires.</source>
        <translation>Este token caduca pronto y la plataforma no permite que Fanout lo renueve. Vuelva a conectar la cuenta antes de que caduque.</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="138"/>
        <source>The platform no longer accepts this sign-in, for example because the app password was revoked. Reconnect the account.</source>
        <translation>La plataforma ya no acepta este inicio de sesión, por ejemplo porque se revocó la contraseña de aplicación. Vuelva a conectar la cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="141"/>
        <source>The key in the system keychain cannot open this account&apos;s stored tokens. Reconnect the account to store new ones.</source>
        <translation>La clave del llavero del sistema no puede abrir los tokens guardados de esta cuenta. Vuelva a conectar la cuenta para guardar otros nuevos.</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="144"/>
        <source>The stored status of this account is not one this version of Fanout knows, for example because a newer version wrote it. Check the connection, or reconnect the account.</source>
        <translation>Esta versión de Fanout no conoce el estado guardado de esta cuenta, por ejemplo porque lo escribió una versión más reciente. Compruebe la conexión o vuelva a conectar la cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="177"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="186"/>
        <source>Expires today</source>
        <translation>Caduca hoy</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="188"/>
        <source>Expires in 1 day</source>
        <translation>Caduca en 1 día</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accountpresentation.cpp" line="190"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Caduca en %n día</numerusform>
            <numerusform>Caduca en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="223"/>
        <source>No token expiry recorded</source>
        <translation>No consta la caducidad del token</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="228"/>
        <source>Token valid until %1</source>
        <translation>Token válido hasta el %1</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="230"/>
        <source>Token renews on next use</source>
        <translation>El token se renueva en el próximo uso</translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="231"/>
        <source>Token expired on %1</source>
        <translation>El token caducó el %1</translation>
    </message>
</context>
<context>
    <name>fanout::ui::BlueskyConnectDialog</name>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="61"/>
        <source>Connect Bluesky Account</source>
        <translation>Conectar cuenta de Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="103"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="105"/>
        <source>&lt;b&gt;Sign in to Bluesky&lt;/b&gt;&lt;br&gt;Use your handle and an app password rather than your main password. An app password can be revoked on its own at any time.</source>
        <translation>&lt;b&gt;Iniciar sesión en Bluesky&lt;/b&gt;&lt;br&gt;Use su identificador y una contraseña de aplicación en lugar de su contraseña principal. Una contraseña de aplicación se puede revocar por separado en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="120"/>
        <source>alice.bsky.social</source>
        <translation>alice.bsky.social</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="121"/>
        <source>Handle or DID</source>
        <translation>Identificador o DID</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="122"/>
        <source>Your Bluesky handle, such as alice.bsky.social, or your DID</source>
        <translation>Su identificador de Bluesky, como alice.bsky.social, o su DID</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="126"/>
        <source>Enter a handle such as alice.bsky.social, or a DID that starts with did:plc: or did:web:.</source>
        <translation>Introduzca un identificador como alice.bsky.social o un DID que empiece por did:plc: o did:web:.</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="131"/>
        <source>&amp;Handle or DID:</source>
        <translation>&amp;Identificador o DID:</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="136"/>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation>xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="137"/>
        <source>App password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="138"/>
        <source>A Bluesky app password in the form xxxx-xxxx-xxxx-xxxx</source>
        <translation>Una contraseña de aplicación de Bluesky con el formato xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="144"/>
        <source>This does not look like an app password (xxxx-xxxx-xxxx-xxxx). Fanout should sign in with an app password, not your main password. Create one in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Esto no parece una contraseña de aplicación (xxxx-xxxx-xxxx-xxxx). Fanout debe iniciar sesión con una contraseña de aplicación, no con su contraseña principal. Cree una en Bluesky en Ajustes → Privacidad y seguridad → Contraseñas de aplicación.</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="147"/>
        <source>App password warning</source>
        <translation>Advertencia sobre la contraseña de aplicación</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="152"/>
        <source>App &amp;password:</source>
        <translation>&amp;Contraseña de aplicación:</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="158"/>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzado</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="159"/>
        <source>Show advanced settings</source>
        <translation>Mostrar la configuración avanzada</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="176"/>
        <source>Service URL</source>
        <translation>URL del servicio</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="177"/>
        <source>The server where Fanout starts looking up the account</source>
        <translation>El servidor donde Fanout empieza a buscar la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="180"/>
        <source>PLC directory URL</source>
        <translation>URL del directorio PLC</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="181"/>
        <source>The directory that resolves did:plc identifiers</source>
        <translation>El directorio que resuelve los identificadores did:plc</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="182"/>
        <source>&amp;Service URL:</source>
        <translation>URL del &amp;servicio:</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="183"/>
        <source>P&amp;LC directory:</source>
        <translation>Directorio P&amp;LC:</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="184"/>
        <source>Change these only for a self-hosted server.</source>
        <translation>Cambie estos valores solo para un servidor autoalojado.</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="188"/>
        <source>Enter an https:// address. Plain http:// is accepted only for this computer (127.0.0.1 or localhost).</source>
        <translation>Introduzca una dirección https://. Solo se acepta http:// sin cifrar para este equipo (127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="202"/>
        <source>Connection error</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="213"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="214"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="220"/>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="222"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="226"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="320"/>
        <source>Stops the sign-in and keeps this dialog open</source>
        <translation>Detiene el inicio de sesión y mantiene abierto este cuadro de diálogo</translation>
    </message>
</context>
<context>
    <name>fanout::ui::DBusNotificationSink</name>
    <message>
        <location filename="../ui/notifications.cpp" line="75"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>fanout::ui::EventNotifier</name>
    <message>
        <location filename="../ui/notifications.cpp" line="167"/>
        <source>Reconnect %1</source>
        <translation>Reconectar %1</translation>
    </message>
    <message>
        <location filename="../ui/notifications.cpp" line="168"/>
        <source>%1 expires soon</source>
        <translation>%1 caduca pronto</translation>
    </message>
</context>
<context>
    <name>fanout::ui::ExpiryTimeline</name>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="46"/>
        <source>Token expiry timeline</source>
        <translation>Cronología de caducidad de los tokens</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="179"/>
        <source>No token expires in the next %n days.</source>
        <translation>
            <numerusform>Ningún token caduca en el próximo %n día.</numerusform>
            <numerusform>Ningún token caduca en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="184"/>
        <source>1 needs attention now</source>
        <translation>1 requiere atención ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="184"/>
        <source>%n need attention now</source>
        <translation>
            <numerusform>%n requiere atención ahora</numerusform>
            <numerusform>%n requieren atención ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="187"/>
        <source>%n within 30 days</source>
        <translation>
            <numerusform>%n en los próximos 30 días</numerusform>
            <numerusform>%n en los próximos 30 días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="189"/>
        <source>1 renews automatically</source>
        <translation>1 se renueva automáticamente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="190"/>
        <source>%n renew automatically</source>
        <translation>
            <numerusform>%n se renueva automáticamente</numerusform>
            <numerusform>%n se renuevan automáticamente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="193"/>
        <source>1 token expires in the next %1 days</source>
        <translation>1 token caduca en los próximos %1 días</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/expirytimeline.cpp" line="194"/>
        <source>%n tokens expire in the next %1 days</source>
        <translation>
            <numerusform>%n token caduca en los próximos %1 días</numerusform>
            <numerusform>%n tokens caducan en los próximos %1 días</numerusform>
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
        <translation>%1: el token caducó el %2 y se renueva en el próximo uso</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="241"/>
        <source>%1: token expired on %2</source>
        <translation>%1: el token caducó el %2</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="243"/>
        <source>%1: token expires on %2 and renews automatically</source>
        <translation>%1: el token caduca el %2 y se renueva automáticamente</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="244"/>
        <source>%1: token expires on %2</source>
        <translation>%1: el token caduca el %2</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="310"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../ui/expirytimeline.cpp" line="310"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>fanout::ui::FacebookPagePicker</name>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="20"/>
        <source>Choose Facebook Pages</source>
        <translation>Elegir páginas de Facebook</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/facebookpagepicker.cpp" line="25"/>
        <source>You manage %n Facebook Page(s). Tick the ones Fanout should connect. A Page with a linked Instagram professional account brings that account too.</source>
        <translation>
            <numerusform>Administra %n página de Facebook. Marque las que Fanout debe conectar. Una página con una cuenta profesional de Instagram vinculada trae también esa cuenta.</numerusform>
            <numerusform>Administra %n páginas de Facebook. Marque las que Fanout debe conectar. Una página con una cuenta profesional de Instagram vinculada trae también esa cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="35"/>
        <source>Facebook Pages</source>
        <translation>Páginas de Facebook</translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="37"/>
        <source>%1 (with Instagram)</source>
        <translation>%1 (con Instagram)</translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="40"/>
        <source>Page id %1</source>
        <translation>Id de página %1</translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="48"/>
        <source>Tick All Pages</source>
        <translation>Marcar todas las páginas</translation>
    </message>
    <message>
        <location filename="../ui/facebookpagepicker.cpp" line="57"/>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
</context>
<context>
    <name>fanout::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Dismiss the error</source>
        <translation>Cerrar el mensaje de error</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Could not list the Pinterest boards: %1</source>
        <translation>No se pudieron listar los tableros de Pinterest: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>New Pins go to the board “%1”.</source>
        <translation>Los pines nuevos van al tablero «%1».</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>Connect &amp;Bluesky Account…</source>
        <translation>Conectar cuenta de &amp;Bluesky…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>&amp;About Fanout</source>
        <translation>&amp;Acerca de Fanout</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>About Fanout</source>
        <translation>Acerca de Fanout</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&lt;b&gt;Fanout %1&lt;/b&gt;&lt;p&gt;Keeps your social media accounts connected. Tokens are stored encrypted on this computer, with the key in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fanout %1&lt;/b&gt;&lt;p&gt;Mantiene conectadas sus cuentas de redes sociales. Los tokens se guardan cifrados en este equipo y la clave, en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Connect account</source>
        <translation>Conectar cuenta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Connects an account of one of the listed platforms</source>
        <translation>Conecta una cuenta de una de las plataformas de la lista</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Connect Account…</source>
        <translation>Conectar cuenta…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;Search Accounts</source>
        <translation>&amp;Buscar cuentas</translation>
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
        <translation>Conectar con un identificador y una contraseña de aplicación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>%1 (through a Facebook Page)…</source>
        <translation>%1 (a través de una página de Facebook)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Instagram professional accounts come with the Facebook Page they are linked to: this connects Facebook.</source>
        <translation>Las cuentas profesionales de Instagram vienen con la página de Facebook a la que están vinculadas. Esto conecta Facebook.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>%1 (coming soon)</source>
        <translation>%1 (próximamente)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>Coming soon: Instagram business accounts will be connected through the Facebook Page they belong to.</source>
        <translation>Próximamente: las cuentas comerciales de Instagram se conectarán a través de la página de Facebook a la que pertenecen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>Coming soon</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Facebook Pages and Instagram</source>
        <translation>Páginas de Facebook e Instagram</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>%1 (not set up)</source>
        <translation>%1 (sin configurar)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Connect in your browser</source>
        <translation>Conectar en su navegador</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>%1 (through a Facebook Page, not set up)</source>
        <translation>%1 (a través de una página de Facebook, sin configurar)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425"/>
        <source>Facebook with Instagram</source>
        <translation>Facebook con Instagram</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="429"/>
        <source>Connect account in the tool bar also connects %1.</source>
        <translation>«Conectar cuenta» en la barra de herramientas también conecta %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>Account details</source>
        <translation>Detalles de la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="848"/>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>No accounts</source>
        <translation>Sin cuentas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>No accounts connected yet</source>
        <translation>Aún no hay cuentas conectadas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Connect your first account to get started. For Bluesky you need your handle and an app password. Fanout keeps the connection alive and stores its tokens encrypted on this computer.</source>
        <translation>Conecte su primera cuenta para empezar. Para Bluesky necesita su identificador y una contraseña de aplicación. Fanout mantiene activa la conexión y guarda sus tokens cifrados en este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>Connect Bluesky account</source>
        <translation>Conectar cuenta de Bluesky</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>When each token expires over the next %n days</source>
        <translation>
            <numerusform>Cuándo caduca cada token en el próximo %n día</numerusform>
            <numerusform>Cuándo caduca cada token en los próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>Connected accounts</source>
        <translation>Cuentas conectadas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>&amp;Check Connection</source>
        <translation>&amp;Comprobar conexión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconectar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="657"/>
        <source>1 account</source>
        <translation>1 cuenta</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="657"/>
        <source>%n accounts</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <location filename="../ui/mainwindow.cpp" line="704"/>
        <source>Connected %1.</source>
        <translation>Cuenta %1 conectada.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>Not set up yet: opens Settings to enter the client ID. An administrator&apos;s providers file works too: fanout providers import FILE</source>
        <translation>Aún no configurado: abre Ajustes para introducir el ID de cliente. También sirve un archivo de proveedores de tu administrador: fanout providers import FILE</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>%1 is not set up yet. Enter its client ID in Settings.</source>
        <translation>%1 aún no está configurado. Introduce su ID de cliente en Ajustes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>No account matches the search or the platform filter.</source>
        <translation>Ninguna cuenta coincide con la búsqueda o el filtro de plataforma.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>Search by name, handle or user id</source>
        <translation>Buscar por nombre, usuario o ID de usuario</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="537"/>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>Show platform</source>
        <translation>Mostrar plataforma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="552"/>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="566"/>
        <source>Sort accounts</source>
        <translation>Ordenar cuentas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="567"/>
        <source>Sort by name</source>
        <translation>Ordenar por nombre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>Sort by platform</source>
        <translation>Ordenar por plataforma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>Sort by expiry</source>
        <translation>Ordenar por caducidad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="570"/>
        <source>Needs attention first</source>
        <translation>Lo urgente primero</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="659"/>
        <source>%1 shown of %2</source>
        <translation>%1 mostradas de %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="714"/>
        <source>Another connection check is still running.</source>
        <translation>Otra comprobación de conexión sigue en curso.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="728"/>
        <source>Checking the connection of %1…</source>
        <translation>Comprobando la conexión de %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="744"/>
        <source>The connection of %1 works.</source>
        <translation>La conexión de %1 funciona.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="757"/>
        <source>The connection check failed.</source>
        <translation>La comprobación de la conexión falló.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="793"/>
        <source>Disconnect Account</source>
        <translation>Desconectar cuenta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="794"/>
        <source>Disconnect %1?</source>
        <translation>¿Desconectar %1?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="795"/>
        <source>Disconnect %1 (%2)?</source>
        <translation>¿Desconectar %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="799"/>
        <source>Fanout deletes this account and its stored tokens from this computer. The %1 account itself is not changed, and you can connect it again later.</source>
        <translation>Fanout elimina esta cuenta y sus tokens guardados de este equipo. La cuenta de %1 en sí no cambia y podrá volver a conectarla más adelante.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="804"/>
        <source>To revoke the app password as well, delete it in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Para revocar también la contraseña de aplicación, elimínela en Bluesky en Ajustes → Privacidad y seguridad → Contraseñas de aplicación.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="807"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="838"/>
        <source>Disconnected %1.</source>
        <translation>Cuenta %1 desconectada.</translation>
    </message>
</context>
<context>
    <name>fanout::ui::OAuthConnectDialog</name>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="48"/>
        <source>Connect %1 Account</source>
        <translation>Conectar cuenta de %1</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="85"/>
        <source>&lt;b&gt;Sign in to %1 in your browser&lt;/b&gt;&lt;br&gt;Approve Fanout&apos;s request there; this window then finishes the connection. To use another browser, copy the address below into it.</source>
        <translation>&lt;b&gt;Inicie sesión en %1 en su navegador&lt;/b&gt;&lt;br&gt;Apruebe allí la solicitud de Fanout; esta ventana completará después la conexión. Para usar otro navegador, copie en él la dirección de abajo.</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="100"/>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="101"/>
        <source>Sign-in &amp;address:</source>
        <translation>&amp;Dirección de inicio de sesión:</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="103"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="112"/>
        <source>Fanout could not open a browser. Copy the address into one.</source>
        <translation>Fanout no pudo abrir un navegador. Copie la dirección en uno.</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="119"/>
        <source>Connection error</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="130"/>
        <source>Waiting for the browser…</source>
        <translation>Esperando al navegador…</translation>
    </message>
    <message>
        <location filename="../ui/oauthconnectdialog.cpp" line="138"/>
        <source>Try &amp;Again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
</context>
<context>
    <name>fanout::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="126"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="135"/>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="146"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="149"/>
        <location filename="../ui/settingsdialog.cpp" line="233"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="159"/>
        <source>Fanout cannot connect %1 accounts yet, so there is nothing to set up here.</source>
        <translation>Fanout todavía no puede conectar cuentas de %1, así que aquí no hay nada que configurar.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="236"/>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="238"/>
        <source>Show a &amp;notification when a token is about to expire or was revoked</source>
        <translation>Mostrar una &amp;notificación cuando un token esté a punto de caducar o haya sido revocado</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="241"/>
        <source>&amp;Start Fanout when I log in</source>
        <translation>Iniciar Fanout al iniciar &amp;sesión</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="244"/>
        <source>&amp;Closing the window keeps Fanout running in the tray</source>
        <translation>&amp;Cerrar la ventana deja Fanout en ejecución en la bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="252"/>
        <source>No system tray was found, so closing the window quits Fanout.</source>
        <translation>No se encontró ninguna bandeja del sistema, así que cerrar la ventana cierra Fanout.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="256"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="260"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="261"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="262"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="263"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="267"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="276"/>
        <source>A new language is used the next time Fanout starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Fanout.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="285"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="301"/>
        <source>Bluesky accounts connect with a handle and an app password, so there is no client to register. The service below is where new connections look up the handle; change it for a self-hosted PDS.</source>
        <translation>Las cuentas de Bluesky se conectan con un identificador y una contraseña de aplicación, así que no hay ningún cliente que registrar. Las nuevas conexiones buscan el identificador en el servicio de abajo; cámbialo para un PDS propio.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="311"/>
        <source>Default &amp;service:</source>
        <translation>&amp;Servicio predeterminado:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="362"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="365"/>
        <source>From the app your organisation registered with %1</source>
        <translation>De la aplicación que tu organización registró en %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="366"/>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="370"/>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="374"/>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="376"/>
        <source>Clear the stored client secret</source>
        <translation>Borrar el secreto de cliente guardado</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="390"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="393"/>
        <source>Redirect</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="398"/>
        <source>Redirect &amp;port:</source>
        <translation>&amp;Puerto de redirección:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="402"/>
        <source>Register this address with %1 exactly as shown, unless a relay page is set.</source>
        <translation>Registra esta dirección en %1 exactamente como se muestra, salvo que haya una página de reenvío.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="404"/>
        <source>Redirect URI:</source>
        <translation>URI de redirección:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="406"/>
        <source>Optional: https://… of your organisation&apos;s relay page</source>
        <translation>Opcional: https://… de la página de reenvío de tu organización</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="412"/>
        <source>For platforms that accept only HTTPS redirects. The relay page forwards the sign-in to the port above on this computer.</source>
        <translation>Para plataformas que solo aceptan redirecciones HTTPS. La página de reenvío pasa el inicio de sesión al puerto de arriba en este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="417"/>
        <source>&amp;Relay page:</source>
        <translation>Página de &amp;reenvío:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="420"/>
        <source>Endpoints</source>
        <translation>Puntos de conexión</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="423"/>
        <source>&amp;Authorization URL:</source>
        <translation>URL de &amp;autorización:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="426"/>
        <source>T&amp;oken URL:</source>
        <translation>URL de t&amp;oken:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="428"/>
        <source>API &amp;base URL:</source>
        <translation>URL base de &amp;la API:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="430"/>
        <source>Separated by spaces or commas</source>
        <translation>Separados por espacios o comas</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="431"/>
        <source>S&amp;copes:</source>
        <translation>Á&amp;mbitos (scopes):</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="436"/>
        <source>API &amp;version:</source>
        <translation>&amp;Versión de la API:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="439"/>
        <source>The platform&apos;s own addresses are filled in. Change them only for a test server or a proxy your organisation runs.</source>
        <translation>Las direcciones propias de la plataforma ya están rellenadas. Cámbialas solo para un servidor de pruebas o un proxy de tu organización.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="493"/>
        <source>Fanout signs in to %1 with the app below. Its redirect URI must be registered with %1 exactly as shown.</source>
        <translation>Fanout inicia sesión en %1 con la aplicación de abajo. Su URI de redirección debe estar registrada en %1 exactamente como se muestra.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="496"/>
        <source>&lt;b&gt;%1 is not set up yet.&lt;/b&gt; Enter the client ID of the app your organisation registered with %1, and register the redirect URI shown below with that app. An administrator can also hand out a providers file: &lt;code&gt;fanout providers import FILE&lt;/code&gt;.</source>
        <translation>&lt;b&gt;%1 aún no está configurado.&lt;/b&gt; Introduce el ID de cliente de la aplicación que tu organización registró en %1 y registra en esa aplicación la URI de redirección que aparece abajo. Un administrador también puede entregar un archivo de proveedores: &lt;code&gt;fanout providers import FILE&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="518"/>
        <source>The new client secret is stored in the keychain when you save.</source>
        <translation>El nuevo secreto de cliente se guardará en el llavero al guardar.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="520"/>
        <source>The client secret is removed from the keychain when you save.</source>
        <translation>El secreto de cliente se eliminará del llavero al guardar.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="522"/>
        <source>A client secret is stored in the keychain.</source>
        <translation>Hay un secreto de cliente guardado en el llavero.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="524"/>
        <source>No client secret is stored. Apps using PKCE without a secret need none.</source>
        <translation>No hay ningún secreto de cliente guardado. Las aplicaciones que usan PKCE sin secreto no lo necesitan.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="527"/>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation>Guardado en el llavero; escribe uno nuevo para sustituirlo</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="528"/>
        <source>Paste the client secret</source>
        <translation>Pega el secreto de cliente</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="574"/>
        <source>The redirect port must be a number from 1 to 65535.</source>
        <translation>El puerto de redirección debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="614"/>
        <source>This version of Fanout cannot send %1 sign-ins through a relay page. Leave the field empty to use the redirect URI above.</source>
        <translation>Esta versión de Fanout no puede enviar los inicios de sesión de %1 a través de una página de reenvío. Deja el campo vacío para usar la URI de redirección de arriba.</translation>
    </message>
</context>
<context>
    <name>fanout::ui::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="54"/>
        <source>&amp;Open Fanout</source>
        <translation>&amp;Abrir Fanout</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="89"/>
        <source>Fanout: %n account(s) need attention</source>
        <translation>
            <numerusform>Fanout: %n cuenta necesita atención</numerusform>
            <numerusform>Fanout: %n cuentas necesitan atención</numerusform>
        </translation>
    </message>
</context>
</TS>
