<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>fanout::AccountService</name>
    <message>
        <location filename="../app/service/accountservice.cpp" line="78"/>
        <location filename="../app/service/accountservice.cpp" line="96"/>
        <source>No account has the id %1; `fanout accounts list` shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fanout::Store</name>
    <message>
        <location filename="../app/store/accountstore.cpp" line="81"/>
        <source>SQLite reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="202"/>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="267"/>
        <source>The data folder was written by a newer Fanout (schema %1, this version knows %2). Update Fanout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/accountstore.cpp" line="391"/>
        <location filename="../app/store/accountstore.cpp" line="412"/>
        <source>No account has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/datadir.cpp" line="28"/>
        <source>%1 exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/datadir.cpp" line="32"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/instancelock.cpp" line="31"/>
        <source>Fanout is already running for the data folder %1 (process %2). Use that window, or quit it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/instancelock.cpp" line="38"/>
        <source>Could not create the lock file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fanout::bluesky::BlueskyConnector</name>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="143"/>
        <source>Another Bluesky connection is still in progress; wait for it to finish or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="195"/>
        <source>The Bluesky service address must be an https:// URL (plain http only for this computer), such as https://bsky.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="201"/>
        <source>The PLC directory address must be an https:// URL (plain http only for this computer), such as https://plc.directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="207"/>
        <source>Enter an app password. Create one in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="216"/>
        <source>“%1” is not a Bluesky account DID; it must start with did:plc: or did:web:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="231"/>
        <source>“%1” is not a valid Bluesky handle. A handle looks like alice.bsky.social: letters, digits and hyphens in two or more parts separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="273"/>
        <source>%1 resolved the handle to something that is not an account DID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="282"/>
        <source>No Bluesky account has the handle %1 (%2). Check the spelling and the service address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="342"/>
        <source>The account %1 is not registered with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="345"/>
        <source>The account %1 has been deleted or deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="353"/>
        <source>%1 sent a DID document that does not describe %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="359"/>
        <source>The DID document of %1 names no usable personal data server (an https:// address under #atproto_pds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="381"/>
        <source>This is the account&apos;s main password, which asks for a sign-in code. Fanout needs an app password: create one in Bluesky under Settings → Privacy and security → App passwords, then connect with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="388"/>
        <source>Bluesky did not accept this handle and app password (%1). Check both, or create a new app password under Settings → Privacy and security → App passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="400"/>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="680"/>
        <source>%1 answered the sign-in without a usable session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="407"/>
        <source>%1 signed in a different account than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="422"/>
        <source>%1 issued a session of an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="428"/>
        <source>The Bluesky account is not active (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="441"/>
        <source>This is the account&apos;s main password. Fanout only stores app passwords, which you can revoke on their own: create one in Bluesky under Settings → Privacy and security → App passwords, then connect with it. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="545"/>
        <source>No Bluesky account has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="555"/>
        <source>The account %1 has no usable server address stored; reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="582"/>
        <source>%1 answered for a different account than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="596"/>
        <source>Bluesky rejected a session it had just issued (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="618"/>
        <source>%1 answered the session refresh without a usable session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="655"/>
        <source>The session expired and no app password is stored to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="665"/>
        <source>Bluesky no longer accepts the stored app password (%1); it was probably revoked. Reconnect the account with a new app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="738"/>
        <source>The account %1 was removed during the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="776"/>
        <source>The Bluesky connection was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="813"/>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="816"/>
        <source>Could not reach %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="822"/>
        <source>%1 is limiting requests; try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="826"/>
        <source>%1 is limiting requests; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="830"/>
        <source>%1 had a problem (%2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="835"/>
        <source>%1 sent an unexpected answer (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platforms/bluesky/blueskyconnector.cpp" line="837"/>
        <source>%1 rejected the request (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fanout::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="138"/>
        <source>No accounts connected. Connect one with `fanout connect bluesky --handle HANDLE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="154"/>
        <source>ID:               %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="155"/>
        <source>Platform:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="156"/>
        <source>Handle:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="157"/>
        <source>Display name:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="158"/>
        <source>Platform user id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="159"/>
        <source>Status:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="160"/>
        <source>Token expires:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="162"/>
        <source>Extensions:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="444"/>
        <source>Fanout keeps your social media connections alive, with tokens encrypted on this machine.

Commands:
  (none)                               open the window
  accounts list [--json]               list connected accounts
  accounts show ID [--json]            show one account
  accounts check ID [--json]           make one authenticated call for the account
  accounts disconnect ID               delete the account and its tokens
  connect bluesky --handle H [--service URL]
                                       connect Bluesky; the app password is read from stdin
  events list [--json]                 list token.expiring / token.revoked events
  vault rotate-key                     re-encrypt every account with a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="459"/>
        <source>Use DIR for the database instead of the default location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="460"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="461"/>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="462"/>
        <source>Bluesky handle or DID to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="462"/>
        <source>HANDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="463"/>
        <source>Bluesky service that resolves the handle (default https://bsky.social).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="464"/>
        <location filename="../app/cli/cli.cpp" line="465"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="465"/>
        <source>PLC directory for did:plc (default https://plc.directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="467"/>
        <source>The command words, for example `accounts list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="468"/>
        <source>COMMAND...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fanout::cli::CommandLine</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="215"/>
        <source>Unknown command &quot;%1&quot;. Run `fanout --help` for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="230"/>
        <source>Give exactly one account id: `fanout %1 %2 ID`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="238"/>
        <source>`accounts list` takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="287"/>
        <source>Disconnected %1; its tokens were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="303"/>
        <source>Checking a %1 connection is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="313"/>
        <source>%1 (%2) is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="320"/>
        <source>Name one platform: `fanout connect bluesky --handle HANDLE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="325"/>
        <source>Connecting %1 from Fanout is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="328"/>
        <source>Unknown platform &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="333"/>
        <source>Give the account with --handle HANDLE (or a DID); the app password is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="346"/>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="349"/>
        <source>App password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="351"/>
        <source>No app password on standard input. Pipe it in, for example `fanout connect bluesky --handle %1 &lt; password-file`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="374"/>
        <source>`events list` takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="389"/>
        <source>No events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="401"/>
        <source>`vault rotate-key` takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="411"/>
        <source>Rotated the vault key and re-encrypted %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fanout::ui::AccountDetailPane</name>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="36"/>
        <source>Account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="43"/>
        <source>Select an account to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="88"/>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="89"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="90"/>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="91"/>
        <source>Connected since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="92"/>
        <source>Account id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="100"/>
        <source>&amp;Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="102"/>
        <source>Signs in once with the stored tokens to see whether the platform still accepts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="103"/>
        <source>&amp;Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="105"/>
        <source>Signs in again, for example with a new app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="106"/>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="108"/>
        <source>Deletes the account and its stored tokens from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="151"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="155"/>
        <source>Disconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="156"/>
        <source>Reconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdetailpane.cpp" line="157"/>
        <source>Check the connection of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fanout::ui::AccountListModel</name>
    <message>
        <location filename="../ui/accountlistmodel.cpp" line="49"/>
        <source>%1 (%2), %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fanout::ui::AccountPresentation</name>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="77"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="79"/>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="81"/>
        <source>Needs reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="83"/>
        <source>Key mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="94"/>
        <source>This token expires soon and the platform does not let Fanout renew it. Reconnect the account before it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="97"/>
        <source>The platform no longer accepts this sign-in, for example because the app password was revoked. Reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="100"/>
        <source>The key in the system keychain cannot open this account&apos;s stored tokens. Reconnect the account to store new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="123"/>
        <source>No token expiry recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="128"/>
        <source>Token valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="130"/>
        <source>Token renews on next use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpresentation.cpp" line="131"/>
        <source>Token expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fanout::ui::BlueskyConnectDialog</name>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="50"/>
        <source>Connect Bluesky Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="92"/>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="94"/>
        <source>&lt;b&gt;Sign in to Bluesky&lt;/b&gt;&lt;br&gt;Use your handle and an app password rather than your main password. An app password can be revoked on its own at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="109"/>
        <source>alice.bsky.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="110"/>
        <source>Handle or DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="111"/>
        <source>Your Bluesky handle, such as alice.bsky.social, or your DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="115"/>
        <source>Enter a handle such as alice.bsky.social, or a DID that starts with did:plc: or did:web:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="120"/>
        <source>&amp;Handle or DID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="125"/>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="126"/>
        <source>App password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="127"/>
        <source>A Bluesky app password in the form xxxx-xxxx-xxxx-xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="133"/>
        <source>This does not look like an app password (xxxx-xxxx-xxxx-xxxx). Fanout should sign in with an app password, not your main password. Create one in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="136"/>
        <source>App password warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="141"/>
        <source>App &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="147"/>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="148"/>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="162"/>
        <source>Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="163"/>
        <source>The server where Fanout starts looking up the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="166"/>
        <source>PLC directory URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="167"/>
        <source>The directory that resolves did:plc identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="168"/>
        <source>&amp;Service URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="169"/>
        <source>P&amp;LC directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="170"/>
        <source>Change these only for a self-hosted server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="174"/>
        <source>Enter an https:// address. Plain http:// is accepted only for this computer (127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="185"/>
        <source>Connection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="196"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="197"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="203"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="205"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="209"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blueskyconnectdialog.cpp" line="301"/>
        <source>Stops the sign-in and keeps this dialog open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fanout::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Dismiss the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Connect &amp;Bluesky Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>&amp;About Fanout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>About Fanout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>&lt;b&gt;Fanout %1&lt;/b&gt;&lt;p&gt;Keeps your social media accounts connected. Tokens are stored encrypted on this computer, with the key in the system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Connect account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>Connects an account of one of the listed platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>Connect with a handle and an app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>%1 (coming soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>Coming soon: Instagram business accounts will be connected through the Facebook Page they belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>No accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>No accounts connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Connect your first account to get started. For Bluesky you need your handle and an app password. Fanout keeps the connection alive and stores its tokens encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>Connect Bluesky account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Coming soon: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>Connected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>&amp;Check Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>&amp;Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>%n accounts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Connected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>Another connection check is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>Checking the connection of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>The connection of %1 works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>The connection check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>Disconnect Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="442"/>
        <source>Disconnect %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="442"/>
        <source>Disconnect %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>Fanout deletes this account and its stored tokens from this computer. The %1 account itself is not changed, and you can connect it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>To revoke the app password as well, delete it in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>Disconnected %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fanout::ui::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="17"/>
        <source>&amp;Open Fanout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="19"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
