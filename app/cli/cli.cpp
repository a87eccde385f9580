#include "app/cli/cli.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QProcess>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

#include "app/core/application.h"
#include "app/core/displaytext.h"
#include "app/core/logging.h"
#include "app/oauth/oauthconnector.h"
#include "app/core/logscrubber.h"
#include "app/core/translations.h"
#include "app/platforms/bluesky/blueskyconnector.h"
#include "app/platforms/bluesky/handle.h"
#include "app/platforms/facebook/facebookfanout.h"
#include "app/platforms/pinterest/pinterestboards.h"
#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "app/service/scheduler.h"
#include "app/store/accountstore.h"
#include "app/store/datadir.h"

namespace fanout::cli {

namespace {

constexpr int kExitError = 1;
constexpr int kExitUsage = 2;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fanout::cli", text, disambiguation, n);
}

class Output final
{
public:
    explicit Output(bool json)
        : m_json(json)
    {
    }

    [[nodiscard]] bool json() const { return m_json; }

    void printJson(const QJsonValue &value) const
    {
        const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                       : QJsonDocument(value.toObject());
        writeOut(document.toJson(QJsonDocument::Indented));
    }

    // Messages can carry a platform's text, whose control characters would
    // act on the terminal.
    void printLine(const QString &line) const { writeOut((terminalText(line) + u'\n').toUtf8()); }

    int printError(const Error &error, bool asJson) const
    {
        const QString message = errorMessage(error);
        if (asJson) {
            const QJsonObject body{{QStringLiteral("error"),
                                    QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                                                {QStringLiteral("message"), message}}}};
            writeOut(QJsonDocument(body).toJson(QJsonDocument::Indented));
        } else {
            writeErr(QStringLiteral("fanout: %1 (%2)\n").arg(terminalText(message), errorCodeName(error.code)).toUtf8());
        }
        return error.code == ErrorCode::InvalidInput ? kExitUsage : kExitError;
    }

    int printError(const Error &error) const { return printError(error, m_json); }

private:
    static void writeOut(const QByteArray &bytes)
    {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    }
    static void writeErr(const QByteArray &bytes)
    {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }

    bool m_json = false;
};

Error usage(const QString &text)
{
    return Error{ErrorCode::InvalidInput, text};
}

// Returns user input fit to repeat in a message. A control character could
// move the cursor or recolour the terminal and a bidi override could reverse
// the line, so each becomes U+FFFD. Input past 100 characters is cut.
QString safeForTerminal(const QString &input)
{
    constexpr qsizetype kMaxShown = 100;
    QString safe = singleLineText(input.left(kMaxShown));
    // Direction marks are no part of an id or a path someone typed.
    for (QChar &c : safe) {
        if (c.unicode() == 0x200E || c.unicode() == 0x200F || c.unicode() == 0x061C)
            c = QChar(QChar::ReplacementCharacter);
    }
    if (input.size() > kMaxShown)
        safe.append(u'…');
    return safe;
}

// Reads one line from standard input without echoing it when it is a terminal.
QByteArray readSecretLine(const QString &prompt)
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
#else
    Q_UNUSED(prompt)
#endif
    QFile input;
    QByteArray line;
    if (input.open(stdin, QIODevice::ReadOnly))
        line = input.readLine(4096);
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
#endif
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Accounts or events as the JSON array the --json output prints.
template <typename Item>
QJsonArray toJsonArray(const QList<Item> &items)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(item.toJson());
    return array;
}

QString formatExpiry(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

void printAccountTable(const Output &out, const QList<Account> &accounts)
{
    if (accounts.isEmpty()) {
        out.printLine(tr("No accounts connected. Connect one with `fanout connect bluesky --handle HANDLE`."));
        return;
    }
    const QString row = QStringLiteral("%1  %2  %3  %4  %5");
    out.printLine(row.arg(QStringLiteral("ID").leftJustified(36), QStringLiteral("PLATFORM").leftJustified(9),
                          QStringLiteral("HANDLE").leftJustified(30), QStringLiteral("STATUS").leftJustified(20),
                          QStringLiteral("TOKEN EXPIRES")));
    for (const Account &account : accounts) {
        out.printLine(row.arg(account.id.leftJustified(36), platformId(account.platform).leftJustified(9),
                              singleLineText(account.handle).leftJustified(30),
                              accountStatusId(account.status).leftJustified(20),
                              formatExpiry(account.tokenExpiresAt)));
    }
}

void printAccountDetails(const Output &out, const Account &account)
{
    out.printLine(tr("ID:               %1").arg(account.id));
    out.printLine(tr("Platform:         %1").arg(QString::fromLatin1(platformInfo(account.platform).displayName)));
    // Every field from the platform is shown on its line, whatever it contains.
    out.printLine(tr("Handle:           %1").arg(singleLineText(account.handle)));
    out.printLine(tr("Display name:     %1").arg(singleLineText(account.displayName)));
    out.printLine(tr("Platform user id: %1").arg(singleLineText(account.platformUserId)));
    out.printLine(tr("Status:           %1").arg(accountStatusId(account.status)));
    out.printLine(tr("Token expires:    %1").arg(formatExpiry(account.tokenExpiresAt)));
    if (!account.extensions.isEmpty())
        out.printLine(tr("Extensions:       %1")
                          .arg(singleLineText(
                              QString::fromUtf8(QJsonDocument(account.extensions).toJson(QJsonDocument::Compact)))));
}

// Starts a connector operation and waits for its outcome signal. The
// handlers are connected first because invalid input fails synchronously.
template <typename Start>
Expected<Account> runBluesky(bluesky::BlueskyConnector &connector,
                             void (bluesky::BlueskyConnector::*success)(const Account &), Start &&start)
{
    std::optional<Expected<Account>> outcome;
    QEventLoop loop;
    QObject::connect(&connector, success, &loop, [&](const Account &account) {
        outcome = account;
        loop.quit();
    });
    QObject::connect(&connector, &bluesky::BlueskyConnector::errorOccurred, &loop, [&](const Error &error) {
        outcome = std::unexpected(error);
        loop.quit();
    });
    start();
    if (!outcome)
        loop.exec();
    return *outcome;
}

// Opens the consent page in the default browser. The command line runs a
// QCoreApplication, where QDesktopServices has no platform services, so on
// Unix it asks xdg-open directly (which QDesktopServices would call too).
bool openInBrowser(const QUrl &url)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QDesktopServices::openUrl(url);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {url.toString(QUrl::FullyEncoded)});
#else
    return false;
#endif
}

// Waits for one OAuth connector outcome, like runBluesky().
template <typename Start>
Expected<Account> runOAuth(oauth::OAuthConnector &connector, Start &&start)
{
    std::optional<Expected<Account>> outcome;
    QEventLoop loop;
    QObject::connect(&connector, &oauth::OAuthConnector::connected, &loop, [&](const Account &account) {
        outcome = account;
        loop.quit();
    });
    QObject::connect(&connector, &oauth::OAuthConnector::errorOccurred, &loop, [&](const Error &error) {
        outcome = std::unexpected(error);
        loop.quit();
    });
    QObject::connect(&connector, &oauth::OAuthConnector::refreshed, &loop, [&](const Account &account) {
        outcome = account;
        loop.quit();
    });
    QObject::connect(&connector, &oauth::OAuthConnector::refreshFailed, &loop,
                     [&](const QString &, const Error &error) {
                         outcome = std::unexpected(error);
                         loop.quit();
                     });
    start();
    if (!outcome)
        loop.exec();
    return *outcome;
}

class CommandLine final
{
    // The free tr() above translates in the fanout::cli context. Without this
    // macro lupdate files the calls in this class under fanout::cli::CommandLine,
    // where they would never be looked up.
    Q_DECLARE_TR_FUNCTIONS(fanout::cli)

public:
    CommandLine(QCommandLineParser &parser, const Output &out)
        : m_parser(parser)
        , m_out(out)
    {
    }

    int run(const QStringList &words)
    {
        const QString group = words.value(0);
        const QString action = words.value(1);
        if (group == u"accounts" && action == u"list")
            return accountsList(words);
        if (group == u"accounts" && action == u"show")
            return accountsShow(words);
        if (group == u"accounts" && action == u"disconnect")
            return accountsDisconnect(words);
        if (group == u"accounts" && action == u"check")
            return accountsCheck(words);
        if (group == u"accounts" && action == u"refresh")
            return accountsRefresh(words);
        if (group == u"accounts" && action == u"set-board")
            return accountsSetBoard(words);
        if (group == u"providers" && action == u"import")
            return providersImport(words);
        if (group == u"providers" && action == u"export")
            return providersExport(words);
        if (group == u"connect")
            return connect(words);
        if (group == u"events" && action == u"list")
            return eventsList(words);
        if (group == u"vault" && action == u"rotate-key")
            return vaultRotateKey(words);
        // Only the first two words are repeated: anything after them may be
        // a password typed on the command line by mistake.
        if (words.isEmpty())
            return m_out.printError(usage(tr("Give a command, for example `fanout accounts list`. Run "
                                             "`fanout --help` for the commands.")));
        const QHash<QString, QString> actions{
            {QStringLiteral("accounts"), QStringLiteral("list, show, check, disconnect, refresh, set-board")},
            {QStringLiteral("providers"), QStringLiteral("import, export")},
            {QStringLiteral("events"), QStringLiteral("list")},
            {QStringLiteral("vault"), QStringLiteral("rotate-key")},
        };
        if (actions.contains(group))
            return m_out.printError(usage(tr("`fanout %1` needs one of: %2. Run `fanout --help` for the commands.")
                                              .arg(group, actions.value(group))));
        return m_out.printError(usage(tr("Unknown command \"%1\". Run `fanout --help` for the commands.")
                                          .arg(safeForTerminal(words.mid(0, 2).join(u' ')))));
    }

private:
    Expected<std::unique_ptr<AccountService>> openService(AccountService::Access access)
    {
        const QString dataDir = resolveDataDir(m_parser.value(QStringLiteral("data-dir")));
        // Writers wait a little for another command to finish, but not for a window.
        return AccountService::open(dataDir, access, access == AccountService::Access::Exclusive ? 3000 : 0);
    }

    // Whether a read-only command finds anything to open. Reading creates
    // nothing: a mistyped --data-dir that became a new, empty data folder
    // would look as if every account had been lost.
    Expected<bool> hasStoredData()
    {
        const QString dataDir = resolveDataDir(m_parser.value(QStringLiteral("data-dir")));
        const QFileInfo folder(dataDir);
        if (!folder.exists()) {
            const bool chosen = m_parser.isSet(QStringLiteral("data-dir"))
                || !qEnvironmentVariable("FANOUT_DATA_DIR").isEmpty();
            if (!chosen)
                return false; // the default folder before the first connect
            return std::unexpected(usage(tr("There is no Fanout data folder at %1. Check the path; Fanout creates "
                                            "the folder when it first connects an account.")
                                             .arg(safeForTerminal(dataDir))));
        }
        if (!folder.isDir())
            return true; // opening reports it
        const QDir dir(dataDir);
        return dir.exists(QLatin1StringView(AccountStore::kFileName))
            || dir.exists(QStringLiteral("providers.json"));
    }

    // Opens the data folder for a read-only command. Returns no service, and
    // creates nothing, when the folder has no stored data yet.
    Expected<std::unique_ptr<AccountService>> openStoredForReading()
    {
        const Expected<bool> stored = hasStoredData();
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored)
            return std::unique_ptr<AccountService>();
        return openService(AccountService::Access::ReadOnly);
    }

    // The usage error for an id that names no account, with the id made safe to print.
    Error unknownAccount(const QString &id)
    {
        return usage(tr("No account has the id %1; `fanout accounts list` shows the ids.").arg(safeForTerminal(id)));
    }

    // Checks that the data folder can hold the account `id` before a command
    // opens it, so a mistyped --data-dir gives an error instead of a new folder.
    Expected<void> requireStoredData(const QString &id)
    {
        const Expected<bool> stored = hasStoredData();
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored)
            return std::unexpected(unknownAccount(id));
        return {};
    }

    Expected<QString> singleId(const QStringList &words)
    {
        if (words.size() != 3)
            return std::unexpected(usage(words.value(1) == u"refresh"
                                             ? tr("Give exactly one account id, or --all for every account: "
                                                  "`fanout accounts refresh ID` or `fanout accounts refresh --all`.")
                                             : tr("Give exactly one account id: `fanout %1 %2 ID`.")
                                                   .arg(words.value(0), words.value(1))));
        // No stored id contains control characters or is this long, and the
        // message must not repeat such input raw.
        if (safeForTerminal(words.at(2)) != words.at(2))
            return std::unexpected(unknownAccount(words.at(2)));
        return words.at(2);
    }

    struct OpenAccount {
        std::unique_ptr<AccountService> service;
        Account account;
    };

    // Takes the single id of `accounts show|check|disconnect ID`, opens the
    // data folder and reads that account.
    Expected<OpenAccount> openAccount(const QStringList &words, AccountService::Access access)
    {
        Expected<QString> id = singleId(words);
        if (!id)
            return std::unexpected(id.error());
        if (Expected<void> found = requireStoredData(*id); !found)
            return std::unexpected(found.error());
        Expected<std::unique_ptr<AccountService>> service = openService(access);
        if (!service)
            return std::unexpected(service.error());
        Expected<Account> account = (*service)->account(*id);
        if (!account)
            return std::unexpected(account.error());
        return OpenAccount{std::move(*service), std::move(*account)};
    }

    int accountsList(const QStringList &words)
    {
        if (words.size() != 2)
            return m_out.printError(usage(tr("`accounts list` takes no arguments.")));
        Expected<std::unique_ptr<AccountService>> opened = openStoredForReading();
        if (!opened)
            return m_out.printError(opened.error());
        const std::unique_ptr<AccountService> service = std::move(*opened);
        Expected<QList<Account>> accounts = service ? service->accounts() : QList<Account>{};
        if (!accounts)
            return m_out.printError(accounts.error());
        if (m_out.json()) {
            m_out.printJson(toJsonArray(*accounts));
        } else {
            printAccountTable(m_out, *accounts);
        }
        return 0;
    }

    int accountsShow(const QStringList &words)
    {
        Expected<OpenAccount> opened = openAccount(words, AccountService::Access::ReadOnly);
        if (!opened)
            return m_out.printError(opened.error());
        if (m_out.json())
            m_out.printJson(opened->account.toJson());
        else
            printAccountDetails(m_out, opened->account);
        return 0;
    }

    int accountsDisconnect(const QStringList &words)
    {
        Expected<OpenAccount> opened = openAccount(words, AccountService::Access::Exclusive);
        if (!opened)
            return m_out.printError(opened.error());

        // End the session upstream first, so the tokens stop working there
        // too. The local delete happens whatever the platform replies.
        bool signedOut = false;
        if (opened->account.platform == Platform::Bluesky) {
            QEventLoop loop;
            bool finished = false;
            opened->service->bluesky().signOut(opened->account, [&](bool ended) {
                signedOut = ended;
                finished = true;
                loop.quit();
            });
            if (!finished)
                loop.exec();
        }
        if (Expected<void> removed = opened->service->disconnectAccount(opened->account.id); !removed)
            return m_out.printError(removed.error());
        if (m_out.json()) {
            m_out.printJson(QJsonObject{{QStringLiteral("id"), opened->account.id},
                                        {QStringLiteral("disconnected"), true},
                                        {QStringLiteral("signedOutUpstream"), signedOut}});
        } else if (signedOut) {
            m_out.printLine(tr("Disconnected %1: its session was ended on the platform and its tokens "
                               "were deleted here.").arg(opened->account.id));
        } else if (opened->account.platform == Platform::Bluesky) {
            m_out.printLine(tr("Disconnected %1; its tokens were deleted here. Bluesky could not be reached to end "
                               "the session, so to stop it working there, delete the app password in Bluesky's "
                               "settings under Privacy and security, App passwords.")
                                .arg(opened->account.id));
        } else {
            m_out.printLine(tr("Disconnected %1; its tokens were deleted here.").arg(opened->account.id));
        }
        return 0;
    }

    int accountsCheck(const QStringList &words)
    {
        Expected<OpenAccount> opened = openAccount(words, AccountService::Access::Exclusive);
        if (!opened)
            return m_out.printError(opened.error());
        const Platform platform = opened->account.platform;
        if (platform != Platform::Bluesky && platform != Platform::Facebook && platform != Platform::Instagram)
            return m_out.printError(usage(tr("Checking a %1 connection is not supported yet.")
                                              .arg(QString::fromLatin1(platformInfo(platform).displayName))));
        Expected<Account> checked = platform == Platform::Bluesky ? checkBluesky(*opened) : checkFacebook(*opened);
        if (!checked)
            return m_out.printError(checked.error());
        if (m_out.json())
            m_out.printJson(checked->toJson());
        else
            m_out.printLine(tr("%1 (%2) is connected.").arg(checked->handle, checked->id));
        return 0;
    }

    static Expected<Account> checkBluesky(OpenAccount &opened)
    {
        bluesky::BlueskyConnector &connector = opened.service->bluesky();
        return runBluesky(connector, &bluesky::BlueskyConnector::checked,
                          [&] { connector.checkConnection(opened.account.id); });
    }

    // A Page or Instagram row: one Graph call with the stored Page token.
    static Expected<Account> checkFacebook(OpenAccount &opened)
    {
        facebook::FacebookFanout &fanout = opened.service->oauth().facebook();
        std::optional<Expected<Account>> outcome;
        QEventLoop loop;
        QObject::connect(&fanout, &facebook::FacebookFanout::checked, &loop, [&](const Account &account) {
            outcome = account;
            loop.quit();
        });
        QObject::connect(&fanout, &facebook::FacebookFanout::checkFailed, &loop,
                         [&](const QString &, const Error &error) {
                             outcome = std::unexpected(error);
                             loop.quit();
                         });
        fanout.check(opened.account.id);
        if (!outcome)
            loop.exec();
        return *outcome;
    }

    int connect(const QStringList &words)
    {
        if (words.size() != 2)
            return m_out.printError(usage(tr("Name one platform: `fanout connect bluesky --handle HANDLE`.")), true);
        const QString platform = words.at(1);
        if (const std::optional<Platform> oauthPlatform = platformFromId(platform);
            oauthPlatform && oauthPlatforms().contains(*oauthPlatform))
            return connectOAuth(*oauthPlatform);
        // Instagram has no consent screen of its own: its professional
        // accounts come with the Facebook Page they are linked to.
        if (platform == u"instagram")
            return m_out.printError(usage(tr("Instagram professional accounts are connected through the Facebook "
                                             "Page they are linked to: run `fanout connect facebook`.")),
                                    true);
        if (platform != u"bluesky") {
            if (platformFromId(platform))
                return m_out.printError(Error{ErrorCode::ProviderNotConfigured,
                                              tr("Connecting %1 from Fanout is not available in this version yet.")
                                                  .arg(platform)},
                                        true);
            return m_out.printError(usage(tr("Unknown platform \"%1\". Fanout connects bluesky, twitter, linkedin, "
                                             "facebook, threads and pinterest.")
                                              .arg(safeForTerminal(platform))),
                                    true);
        }

        const QString handle = m_parser.value(QStringLiteral("handle")).trimmed();
        if (handle.isEmpty())
            return m_out.printError(usage(tr("Give the account with --handle HANDLE (or a DID); the app password "
                                             "is read from standard input.")),
                                    true);
        // Checked before the password is read, so nobody types a password
        // for an identifier that could never work.
        if (!handle.startsWith(u"did:") && !bluesky::isValidHandle(bluesky::normalizeHandle(handle)))
            return m_out.printError(usage(tr("\"%1\" is not a valid Bluesky handle. A handle looks like "
                                             "alice.bsky.social: letters, digits and hyphens in two or more "
                                             "parts separated by dots.")
                                              .arg(safeForTerminal(handle))),
                                    true);
        if (handle.startsWith(u"did:") && !bluesky::isSupportedAccountDid(handle))
            return m_out.printError(usage(bluesky::unsupportedDidMessage(handle)), true);

        bluesky::ConnectRequest request;
        request.identifier = handle;
        struct UrlOption {
            QString name;
            QUrl *target;
            QString value;
        };
        QString plcValue = m_parser.value(QStringLiteral("plc-url"));
        if (!m_parser.isSet(QStringLiteral("plc-url")))
            plcValue = qEnvironmentVariable("FANOUT_PLC_URL");
        const UrlOption urlOptions[] = {
            {QStringLiteral("--service"), &request.service, m_parser.value(QStringLiteral("service"))},
            {QStringLiteral("--plc-url"), &request.plcDirectory, plcValue},
        };
        for (const UrlOption &option : urlOptions) {
            if (option.value.isEmpty())
                continue; // the default stays
            const QUrl url(option.value.trimmed(), QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
                return m_out.printError(usage(tr("%1 \"%2\" is not an http or https URL, such as "
                                                 "https://bsky.social.")
                                                  .arg(option.name, safeForTerminal(option.value))),
                                        true);
            if (!url.userInfo().isEmpty())
                return m_out.printError(usage(tr("%1 must not contain a user name or password; give only the "
                                                 "server's address, such as https://bsky.social.")
                                                  .arg(option.name)),
                                        true);
            *option.target = url;
        }

        QByteArray password = readSecretLine(tr("App password for %1: ").arg(handle));
        // An app password never has surrounding blanks; a line of blanks is no password.
        if (password.trimmed().isEmpty())
            return m_out.printError(usage(tr("No app password on standard input. Pipe it in, for example "
                                             "`fanout connect bluesky --handle %1 < password-file`.")
                                              .arg(handle)),
                                    true);
        logscrubber::registerSecret(password);
        request.appPassword = QString::fromUtf8(password);
        password.fill('\0');

        Expected<std::unique_ptr<AccountService>> service = openService(AccountService::Access::Exclusive);
        if (!service)
            return m_out.printError(service.error(), true);
        bluesky::BlueskyConnector &connector = (*service)->bluesky();
        Expected<Account> account = runBluesky(connector, &bluesky::BlueskyConnector::connected,
                                               [&] { connector.connectAccount(request); });
        request.appPassword.fill(u'\0');
        if (!account)
            return m_out.printError(account.error(), true);
        m_out.printJson(account->toJson());
        return 0;
    }

    int connectOAuth(Platform platform)
    {
        oauth::FlowOptions options;
        if (m_parser.isSet(QStringLiteral("timeout"))) {
            bool ok = false;
            const int seconds = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                return m_out.printError(usage(tr("--timeout takes a number of seconds from 1 to 3600.")), true);
            options.timeout = std::chrono::seconds(seconds);
        }
        const bool browser = !m_parser.isSet(QStringLiteral("no-browser"));
        Expected<std::unique_ptr<AccountService>> service = openService(AccountService::Access::Exclusive);
        if (!service)
            return m_out.printError(service.error(), true);
        oauth::OAuthConnector &connector = (*service)->oauth();
        const QString name = QString::fromLatin1(platformInfo(platform).displayName);
        QObject::connect(&connector, &oauth::OAuthConnector::authorizationUrlReady, &connector,
                         [&](const QUrl &url) {
                             // The address is for the user only: standard error, never a log.
                             std::fputs(qPrintable(tr("Open this address in your browser to connect %1, then "
                                                      "approve the request:")
                                                       .arg(name)),
                                        stderr);
                             std::fputs("\n", stderr);
                             std::fputs(url.toString(QUrl::FullyEncoded).toUtf8().constData(), stderr);
                             std::fputs("\n", stderr);
                             std::fflush(stderr);
                             if (browser && !openInBrowser(url))
                                 qCWarning(lcCli) << "could not open the browser; open the address yourself";
                         });
        QList<Account> facebookRows;
        std::optional<Error> pageError;
        if (platform == Platform::Facebook) {
            QObject::connect(&connector, &oauth::OAuthConnector::facebookPagesFound, &connector,
                             [&](const QList<facebook::PageChoice> &pages) {
                                 pageError = choosePages(connector, pages);
                             });
            QObject::connect(&connector, &oauth::OAuthConnector::facebookConnected, &connector,
                             [&](const QList<Account> &accounts) { facebookRows = accounts; });
        }
        Expected<Account> account = runOAuth(connector, [&] { connector.connectAccount(platform, options); });
        // The cancel after an unanswerable Page choice reports connect_cancelled; the reason is the choice.
        if (pageError)
            return m_out.printError(*pageError, true);
        if (!account)
            return m_out.printError(account.error(), true);
        if (platform == Platform::Facebook)
            m_out.printJson(toJsonArray(facebookRows));
        else
            m_out.printJson(account->toJson());
        return 0;
    }

    // Chooses the Pages named by --page, or takes the only Page. Several
    // Pages without --page cancel the connect: the error lists them.
    std::optional<Error> choosePages(oauth::OAuthConnector &connector, const QList<facebook::PageChoice> &pages)
    {
        QStringList chosen = m_parser.values(QStringLiteral("page"));
        for (QString &id : chosen)
            id = id.trimmed();
        if (chosen.isEmpty() && pages.size() == 1)
            chosen.append(pages.first().id);
        if (!chosen.isEmpty()) {
            connector.choosePages(chosen);
            return std::nullopt;
        }
        QStringList listed;
        for (const facebook::PageChoice &page : pages) {
            listed.append(page.instagramId.isEmpty() ? tr("%1 (%2)").arg(page.id, page.name)
                                                     : tr("%1 (%2, with Instagram)").arg(page.id, page.name));
        }
        const Error error{ErrorCode::InvalidInput,
                          tr("This Facebook user manages %n Pages: %1. Choose with --page ID (once per Page) and "
                             "connect again; nothing was stored.",
                             nullptr, int(pages.size()))
                              .arg(listed.join(QStringLiteral("; ")))};
        QTimer::singleShot(0, &connector, [&connector] { connector.cancel(); });
        return error;
    }

    int accountsRefresh(const QStringList &words)
    {
        if (m_parser.isSet(QStringLiteral("all"))) {
            if (words.size() != 2)
                return m_out.printError(usage(tr("Give one account id or --all, not both: `fanout accounts "
                                                 "refresh ID` or `fanout accounts refresh --all`.")));
            return accountsRefreshAll();
        }
        Expected<OpenAccount> opened = openAccount(words, AccountService::Access::Exclusive);
        if (!opened)
            return m_out.printError(opened.error());
        // A Bluesky session has no schedule: the connector renews it with the
        // refresh token (or signs in again with the app password) whenever a
        // call finds it expired, and the check makes such a call now.
        if (opened->account.platform == Platform::Bluesky) {
            Expected<Account> checked = checkBluesky(*opened);
            if (!checked)
                return m_out.printError(checked.error());
            if (m_out.json())
                m_out.printJson(checked->toJson());
            else
                m_out.printLine(tr("%1 (%2) is connected. Fanout renews a Bluesky session whenever it is used, so "
                                   "it needs no refresh of its own.")
                                    .arg(checked->handle, checked->id));
            return 0;
        }
        oauth::OAuthConnector &connector = opened->service->oauth();
        const QString id = opened->account.id;
        Expected<Account> account = runOAuth(connector, [&] { connector.refresh(id); });
        if (!account)
            return m_out.printError(account.error());
        if (m_out.json())
            m_out.printJson(account->toJson());
        else
            m_out.printLine(tr("Refreshed %1 (%2); the token is valid until %3.")
                                .arg(account->handle, account->id, formatExpiry(account->tokenExpiresAt)));
        return 0;
    }

    int accountsSetBoard(const QStringList &words)
    {
        if (words.size() != 4)
            return m_out.printError(usage(tr("Give the account and the board: `fanout accounts set-board ID "
                                             "BOARD_ID`.")));
        const QString id = words.at(2);
        const QString boardId = words.at(3);
        if (safeForTerminal(id) != id)
            return m_out.printError(unknownAccount(id));
        if (Expected<void> found = requireStoredData(id); !found)
            return m_out.printError(found.error());
        Expected<std::unique_ptr<AccountService>> service = openService(AccountService::Access::Exclusive);
        if (!service)
            return m_out.printError(service.error());
        pinterest::PinterestBoards &boards = (*service)->pinterestBoards();

        // The board's name comes from the list, so the id is checked against it too.
        std::optional<Expected<QList<pinterest::Board>>> listed;
        QEventLoop loop;
        QObject::connect(&boards, &pinterest::PinterestBoards::boardsListed, &loop,
                         [&](const QString &, const QList<pinterest::Board> &found) {
                             listed = found;
                             loop.quit();
                         });
        QObject::connect(&boards, &pinterest::PinterestBoards::boardsFailed, &loop,
                         [&](const QString &, const Error &error) {
                             listed = std::unexpected(error);
                             loop.quit();
                         });
        boards.listBoards(id);
        if (!listed)
            loop.exec();
        if (!*listed)
            return m_out.printError(listed->error());
        const auto board = std::find_if(listed->value().cbegin(), listed->value().cend(),
                                        [&](const pinterest::Board &candidate) { return candidate.id == boardId; });
        if (board == listed->value().cend()) {
            // The list names the ids to choose from, which nothing else prints.
            constexpr qsizetype kMaxListed = 20;
            QStringList choices;
            for (const pinterest::Board &candidate : listed->value().first(
                     std::min(kMaxListed, listed->value().size())))
                choices << QStringLiteral("%1 (%2)").arg(singleLineText(candidate.id), singleLineText(candidate.name));
            if (listed->value().size() > kMaxListed)
                choices << QStringLiteral("…");
            if (choices.isEmpty())
                return m_out.printError(usage(tr("Account %1 has no boards on Pinterest yet. Create a board there, "
                                                 "then run this command again.")
                                                  .arg(safeForTerminal(id))));
            return m_out.printError(usage(tr("Account %1 has no board with the id %2. Its boards: %3.")
                                              .arg(safeForTerminal(id), safeForTerminal(boardId),
                                                   choices.join(QStringLiteral(", ")))));
        }
        Expected<Account> account = boards.setDefaultBoard(id, *board);
        if (!account)
            return m_out.printError(account.error());
        if (m_out.json())
            m_out.printJson(account->toJson());
        else
            m_out.printLine(tr("New Pins of %1 go to the board \"%2\".").arg(account->handle, board->name));
        return 0;
    }

    // Runs the schedule now: every account whose platform can refresh
    // without the user is refreshed, the earliest expiry first, and due
    // token.expiring events are recorded. Accounts that wait for a
    // reconnect are left out.
    int accountsRefreshAll()
    {
        const Expected<bool> stored = hasStoredData();
        if (!stored)
            return m_out.printError(stored.error());
        if (!*stored) {
            // Before the first connect: nothing to refresh, and nothing is created.
            if (m_out.json())
                m_out.printJson(QJsonObject{{QStringLiteral("refreshed"), QJsonArray()},
                                            {QStringLiteral("failed"), QJsonArray()}});
            else
                m_out.printLine(tr("No account has tokens that Fanout renews on a schedule."));
            return 0;
        }
        Expected<std::unique_ptr<AccountService>> service = openService(AccountService::Access::Exclusive);
        if (!service)
            return m_out.printError(service.error());
        Expected<QList<Account>> accounts = (*service)->accounts();
        if (!accounts)
            return m_out.printError(accounts.error());
        QStringList ids;
        bool anyBluesky = false;
        for (const Account &account : std::as_const(*accounts)) {
            if (account.status != AccountStatus::AuthFailed && account.status != AccountStatus::KeyMismatch)
                ids.append(account.id);
            anyBluesky = anyBluesky || account.platform == Platform::Bluesky;
        }

        Scheduler &scheduler = (*service)->scheduler();
        QHash<QString, std::optional<Error>> outcomes;
        QStringList queued;
        QEventLoop loop;
        QObject::connect(&scheduler, &Scheduler::refreshFinished, &loop,
                         [&](const QString &accountId, const std::optional<Error> &error) {
                             if (!ids.contains(accountId) || outcomes.contains(accountId))
                                 return;
                             outcomes.insert(accountId, error);
                             if (!queued.isEmpty() && outcomes.size() >= queued.size())
                                 loop.quit();
                         });
        scheduler.start();
        queued = scheduler.refreshNow(ids);
        if (outcomes.size() < queued.size())
            loop.exec();
        scheduler.stop();

        QJsonArray refreshed;
        QJsonArray failed;
        for (const QString &accountId : std::as_const(queued)) {
            const std::optional<Error> error = outcomes.value(accountId);
            const Expected<Account> account = (*service)->account(accountId);
            if (!error && account) {
                refreshed.append(account->toJson());
                if (!m_out.json())
                    m_out.printLine(tr("Refreshed %1 (%2); the token is valid until %3.")
                                        .arg(account->handle, account->id, formatExpiry(account->tokenExpiresAt)));
                continue;
            }
            const Error reported = error ? *error : account.error();
            failed.append(QJsonObject{{QStringLiteral("id"), accountId},
                                      {QStringLiteral("error"),
                                       QJsonObject{{QStringLiteral("code"), errorCodeName(reported.code)},
                                                   {QStringLiteral("message"), errorMessage(reported)}}}});
            if (!m_out.json())
                m_out.printLine(tr("Could not refresh %1: %2 (%3)")
                                    .arg(accountId, errorMessage(reported), errorCodeName(reported.code)));
        }
        if (m_out.json())
            m_out.printJson(QJsonObject{{QStringLiteral("refreshed"), refreshed}, {QStringLiteral("failed"), failed}});
        else if (queued.isEmpty())
            m_out.printLine(tr("No account has tokens that Fanout renews on a schedule."));
        if (!m_out.json() && anyBluesky)
            m_out.printLine(tr("Bluesky sessions are renewed whenever they are used; `fanout accounts check ID` "
                               "renews one now."));
        return failed.isEmpty() ? 0 : kExitError;
    }

    int providersImport(const QStringList &words)
    {
        if (words.size() != 3)
            return m_out.printError(usage(tr("Give one file: `fanout providers import FILE`.")));
        QFile file(words.at(2));
        if (!file.open(QIODevice::ReadOnly))
            return m_out.printError(usage(tr("%1 cannot be read.").arg(safeForTerminal(words.at(2)))));
        const QByteArray document = file.read(1024 * 1024);
        Expected<std::unique_ptr<AccountService>> service = openService(AccountService::Access::Exclusive);
        if (!service)
            return m_out.printError(service.error());
        Expected<ProviderStore::ImportResult> imported = (*service)->providers().importJson(document);
        if (!imported)
            return m_out.printError(imported.error());
        QStringList platforms;
        QStringList secrets;
        for (Platform platform : std::as_const(imported->platforms))
            platforms.append(platformId(platform));
        for (Platform platform : std::as_const(imported->secretsToKeychain))
            secrets.append(platformId(platform));
        if (m_out.json()) {
            m_out.printJson(QJsonObject{{QStringLiteral("imported"), QJsonArray::fromStringList(platforms)},
                                        {QStringLiteral("secretsMovedToKeychain"), QJsonArray::fromStringList(secrets)}});
            return 0;
        }
        m_out.printLine(tr("Imported the provider settings of %1.").arg(platforms.join(QStringLiteral(", "))));
        if (!secrets.isEmpty())
            m_out.printLine(tr("The client secrets of %1 were moved into the system keychain; they are not kept in "
                               "any file. You may delete them from the file you imported.")
                                .arg(secrets.join(QStringLiteral(", "))));
        return 0;
    }

    int providersExport(const QStringList &words)
    {
        if (words.size() != 2)
            return m_out.printError(usage(tr("`providers export` takes no arguments.")));
        Expected<std::unique_ptr<AccountService>> service = openStoredForReading();
        if (!service)
            return m_out.printError(service.error());
        if (!*service) {
            if (m_out.json())
                m_out.printJson(QJsonObject{{QStringLiteral("providers"), QJsonObject{}}});
            else
                m_out.printLine(tr("No provider settings are stored yet; `fanout providers import FILE` imports "
                                   "them."));
            return 0;
        }
        Expected<QJsonObject> exported = (*service)->providers().exportJson();
        if (!exported)
            return m_out.printError(exported.error());
        if (m_out.json()) {
            m_out.printJson(*exported);
            return 0;
        }
        const QJsonObject providers = exported->value(QLatin1StringView("providers")).toObject();
        for (auto it = providers.constBegin(); it != providers.constEnd(); ++it) {
            const QJsonObject entry = it.value().toObject();
            const QString clientId = entry.value(QLatin1StringView("clientId")).toString();
            m_out.printLine(QStringLiteral("%1  client id: %2  redirect: %3")
                                .arg(it.key().leftJustified(9),
                                     clientId.isEmpty() ? tr("(not configured)") : singleLineText(clientId),
                                     singleLineText(entry.value(QLatin1StringView("redirectUri")).toString())));
        }
        m_out.printLine(tr("Client secrets stay in the system keychain and are never exported."));
        return 0;
    }

    int eventsList(const QStringList &words)
    {
        if (words.size() != 2)
            return m_out.printError(usage(tr("`events list` takes no arguments.")));
        Expected<std::unique_ptr<AccountService>> opened = openStoredForReading();
        if (!opened)
            return m_out.printError(opened.error());
        const std::unique_ptr<AccountService> service = std::move(*opened);
        Expected<QList<AccountEvent>> events = service ? service->events() : QList<AccountEvent>{};
        if (!events)
            return m_out.printError(events.error());
        if (m_out.json()) {
            m_out.printJson(toJsonArray(*events));
            return 0;
        }
        if (events->isEmpty())
            m_out.printLine(tr("No events."));
        for (const AccountEvent &event : std::as_const(*events)) {
            m_out.printLine(QStringLiteral("%1  %2  %3  %4")
                                .arg(event.createdAt.toUTC().toString(Qt::ISODate), event.type.leftJustified(14),
                                     event.accountId, event.detail));
        }
        return 0;
    }

    int vaultRotateKey(const QStringList &words)
    {
        if (words.size() != 2)
            return m_out.printError(usage(tr("`vault rotate-key` takes no arguments.")));
        const Expected<bool> stored = hasStoredData();
        if (!stored)
            return m_out.printError(stored.error());
        if (!*stored)
            return m_out.printError(usage(tr("No account is stored in %1 yet, so there is no vault key to rotate.")
                                              .arg(safeForTerminal(resolveDataDir(
                                                  m_parser.value(QStringLiteral("data-dir")))))));
        Expected<std::unique_ptr<AccountService>> service = openService(AccountService::Access::Exclusive);
        if (!service)
            return m_out.printError(service.error());
        Expected<int> rotated = (*service)->rotateKey();
        if (!rotated)
            return m_out.printError(rotated.error());
        if (m_out.json())
            m_out.printJson(QJsonObject{{QStringLiteral("reencrypted"), *rotated}});
        else
            m_out.printLine(tr("Rotated the vault key and re-encrypted %n account(s).", nullptr, *rotated));
        return 0;
    }

    QCommandLineParser &m_parser;
    const Output &m_out;
};

} // namespace

namespace {

// Options that QGuiApplication removes from the arguments before Fanout
// parses them. The command line runs a QCoreApplication, which keeps them, so
// run() removes them itself.
const QByteArrayList &qtOptionsWithValue()
{
    static const QByteArrayList options = {
        "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry",
        "-qwindowtitle", "-qwindowicon", "-style", "-stylesheet", "-session", "-display", "-geometry",
        "-title", "-name",
    };
    return options;
}

const QByteArrayList &qtFlags()
{
    static const QByteArrayList flags = {"-reverse", "-nograb", "-dograb", "-sync", "-widgetcount", "-testability"};
    return flags;
}

} // namespace

bool wantsCommandLine(int argc, char *argv[])
{
    // Options whose value may be a separate argument: Fanout's own (those
    // of the window included) and Qt's, so their values are not taken for
    // words. Every option the parsers in run() and ui::run() declare with a
    // value name belongs here.
    static const QByteArrayList optionsWithValue = {
        "--data-dir", "--handle", "--service", "--plc-url", "--timeout", "--page", "--settings", "--theme",
    };
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (optionsWithValue.contains(argument) || qtOptionsWithValue().contains(argument)) {
            ++i;
            continue;
        }
        // --json only shapes a command's output, so alone it gets the missing-command error.
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "--version"
            || argument == "-v" || argument == "--json")
            return true;
        // Any word, known or mistyped, is a command: a typo gets "unknown
        // command" instead of a window.
        if (!argument.startsWith('-'))
            return true;
    }
    return false;
}

int run(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    // A command prints its result, not the diagnostic log; warnings still
    // show, and QT_LOGGING_RULES (which takes precedence) brings the rest back.
    QLoggingCategory::setFilterRules(QStringLiteral("fanout.*.info=false\nfanout.*.debug=false"));
    setApplicationIdentity();
    installTranslations(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Fanout keeps your social media connections alive, with tokens encrypted on this machine.\n\n"
        "Commands:\n"
        "  (none)                               open the window\n"
        "  accounts list [--json]               list connected accounts\n"
        "  accounts show ID [--json]            show one account\n"
        "  accounts check ID [--json]           make one authenticated call for the account\n"
        "  accounts disconnect ID               delete the account and its tokens\n"
        "  accounts refresh ID                  renew an account's tokens now\n"
        "  accounts refresh --all               run the whole refresh schedule now\n"
        "  accounts set-board ID BOARD_ID       set the Pinterest board new Pins go to\n"
        "  connect twitter|linkedin|facebook|threads|pinterest [--no-browser] [--timeout SECONDS]\n"
        "                                       connect through the browser; prints the consent address\n"
        "  connect facebook [--page ID]...      connect Facebook Pages and their Instagram accounts\n"
        "  providers import FILE                import OAuth client settings (secrets go to the keychain)\n"
        "  providers export [--json]            show the OAuth client settings, without secrets\n"
        "  connect bluesky --handle H [--service URL] [--plc-url URL]\n"
        "                                       connect Bluesky; the app password is read from stdin\n"
        "  events list [--json]                 list token.expiring / token.revoked events\n"
        "  vault rotate-key                     re-encrypt every account with a new key\n\n"
        "Environment:\n"
        "  FANOUT_DATA_DIR                      the data folder when --data-dir is not given\n"
        "  FANOUT_THEME                         the window's theme when --theme is not given\n"
        "  FANOUT_PLC_URL                       the PLC directory when --plc-url is not given"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data-dir"), tr("Use DIR for the database instead of the default location."),
         tr("DIR")},
        {QStringLiteral("json"), tr("Print machine-readable JSON.")},
        {QStringLiteral("handle"), tr("Bluesky handle or DID to connect."), tr("HANDLE")},
        {QStringLiteral("service"), tr("Bluesky service that resolves the handle (default https://bsky.social)."),
         tr("URL")},
        {QStringLiteral("plc-url"), tr("PLC directory for did:plc (default https://plc.directory)."), tr("URL")},
        {QStringLiteral("no-browser"), tr("Print the consent address without opening the browser.")},
        {QStringLiteral("all"), tr("With `accounts refresh`: refresh every account that can be refreshed.")},
        {QStringLiteral("timeout"), tr("Seconds to wait for the browser (default 300)."), tr("SECONDS")},
        {QStringLiteral("page"), tr("Facebook Page to connect, by id; repeat it for several Pages."), tr("ID")},
        // The window's own options: accepted here so that `--theme dark`
        // beside --help or --version is no error.
        {QStringLiteral("theme"), tr("Without a command: colours of the window, system, light or dark."),
         tr("THEME")},
        {QStringLiteral("settings"), tr("Without a command: open Settings on PAGE, general or a platform such "
                                        "as twitter."),
         tr("PAGE")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command words, for example `accounts list`."),
                                 tr("COMMAND..."));

    QStringList arguments;
    const QStringList rawArguments = application.arguments();
    for (qsizetype i = 0; i < rawArguments.size(); ++i) {
        const QByteArray argument = rawArguments.at(i).toLocal8Bit();
        if (i > 0 && qtOptionsWithValue().contains(argument)) {
            ++i;
            continue;
        }
        if (i > 0 && qtFlags().contains(argument))
            continue;
        arguments.append(rawArguments.at(i));
    }

    // connect always reports errors as JSON, option errors included.
    const bool wantsJson = arguments.contains(QStringLiteral("--json")) || arguments.contains(QStringLiteral("connect"));
    const Output out(wantsJson);
    if (!parser.parse(arguments))
        return out.printError(usage(tr("%1 Run `fanout --help` for the options.").arg(parser.errorText())));
    if (const std::optional<Error> blank = blankDataDirError(parser.isSet(QStringLiteral("data-dir")),
                                                             parser.value(QStringLiteral("data-dir"))))
        return out.printError(*blank);
    // --help-all would add Qt's own options, which only the window reads.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version"))) {
        out.printLine(QStringLiteral("fanout %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }

    CommandLine commandLine(parser, out);
    return commandLine.run(parser.positionalArguments());
}

} // namespace fanout::cli
