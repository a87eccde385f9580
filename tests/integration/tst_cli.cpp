// The command line as scripts use it: the real fanout executable, a real
// keyring and a real data directory.
#include <tuple>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "app/cli/cli.h"
#include "app/service/accountservice.h"
#include "app/vault/vault.h"
#include "tests/support/fanoutprocess.h"
#include "tests/support/secretscan.h"

using namespace fanout;
using test::ProcessResult;
using test::runFanout;

namespace {

const QByteArray kAccessSecret = "cli-access-secret-4711";
const QByteArray kRefreshSecret = "cli-refresh-secret-4712";

QString seedAccount(const QString &dataDir, const QString &userId, Platform platform = Platform::Bluesky)
{
    auto service = AccountService::open(dataDir, AccountService::Access::Exclusive);
    if (!service)
        return {};
    Account account;
    account.platform = platform;
    account.platformUserId = userId;
    account.handle = userId + QStringLiteral(".test");
    account.displayName = QStringLiteral("Seeded ") + userId;
    account.tokenExpiresAt = QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);
    account.extensions = QJsonObject{{QStringLiteral("pdsUrl"), QStringLiteral("http://127.0.0.1:1")}};
    const QJsonObject secrets{{QStringLiteral("accessJwt"), QString::fromLatin1(kAccessSecret)},
                              {QStringLiteral("refreshJwt"), QString::fromLatin1(kRefreshSecret)}};
    Expected<Account> saved = (*service)->vault().saveConnection(account, secrets);
    return saved ? saved->id : QString();
}

} // namespace

class tst_Cli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void versionAndHelp();
    void optionValuesAreNotCommands();
    void missingFolderIsNotCreated();
    void missingDefaultFolderIsNotCreated();
    void blankDataDirRejected();
    void refreshWithoutIdNamesAll();
    void instagramPointsToFacebook();
    void damagedProvidersFileNamesFix();
    void echoedInputIsSanitized();
    void clientIdWithControlsRejected();
    void emptyList();
    void listShowsPublicFields();
    void jsonOptionAnywhere();
    void showOneAccount();
    void unknownIdIsInvalidInput();
    void disconnectDeletesRow();
    void unknownCommandIsUsageError();
    void mistypedCommandOpensNoWindow();
    void connectOptionErrorsAreJson();
    void connectNamesBadUrlOption();
    void blankPasswordIsNoPassword();
    void connectNeedsHandleAndPassword();
    void otherPlatformsNotConfigured();
    void rotateKeyKeepsAccountsReadable();
    void writerWaitsForRunningInstance();
    void outputHoldsNoSecret();

private:
    QStringList withDir(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--data-dir"), m_dir->path()} + arguments;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_allOutput;
};

void tst_Cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void tst_Cli::versionAndHelp()
{
    const ProcessResult version = runFanout({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.standardOutput.trimmed(), QByteArray("fanout " FANOUT_VERSION));

    const ProcessResult help = runFanout({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"accounts list", "connect bluesky", "--data-dir", "events list", "vault rotate-key",
                             "--theme", "--settings", "FANOUT_THEME", "FANOUT_DATA_DIR", "FANOUT_PLC_URL",
                             "[--plc-url URL]", "accounts refresh --all"})
        QVERIFY2(help.standardOutput.contains(word), word);

    // --help lists --help-all, which prints the same help.
    const ProcessResult helpAll = runFanout({QStringLiteral("--help-all")});
    QCOMPARE(helpAll.exitCode, 0);
    QVERIFY2(helpAll.standardOutput.contains("accounts list"), helpAll.standardError.constData());
}

void tst_Cli::optionValuesAreNotCommands()
{
    // The value after an option is no command word: these open the window.
    const QList<QByteArrayList> windowForms = {
        {"fanout", "--theme", "dark"},
        {"fanout", "--settings", "general"},
        {"fanout", "--data-dir", "accounts"},
        {"fanout", "-platform", "offscreen", "--theme", "light"},
    };
    for (QByteArrayList form : windowForms) {
        std::vector<char *> argv;
        for (QByteArray &argument : form)
            argv.push_back(argument.data());
        QVERIFY2(!cli::wantsCommandLine(int(argv.size()), argv.data()), form.join(' ').constData());
    }

    // The same options beside a command or --version are accepted.
    const QList<QStringList> commandForms = {
        {QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--version")},
        {QStringLiteral("--settings"), QStringLiteral("general"), QStringLiteral("--version")},
        {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--version")},
        {QStringLiteral("--theme=dark"), QStringLiteral("-reverse"), QStringLiteral("--version")},
    };
    for (const QStringList &arguments : commandForms) {
        const ProcessResult result = runFanout(arguments);
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QCOMPARE(result.standardOutput.trimmed(), QByteArray("fanout " FANOUT_VERSION));
    }
    const ProcessResult list = runFanout(
        withDir({QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("accounts"), QStringLiteral("list")}));
    QVERIFY2(list.exitCode == 0, list.standardError.constData());
    QVERIFY(list.standardOutput.contains("No accounts connected"));
}

void tst_Cli::missingFolderIsNotCreated()
{
    const QString missing = m_dir->filePath(QStringLiteral("a/b"));
    const QList<QStringList> commands = {
        {QStringLiteral("accounts"), QStringLiteral("list")},
        {QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("acc_x")},
        {QStringLiteral("events"), QStringLiteral("list")},
        {QStringLiteral("providers"), QStringLiteral("export")},
        // Commands that write still create nothing when there is nothing to change.
        {QStringLiteral("accounts"), QStringLiteral("check"), QStringLiteral("acc_x")},
        {QStringLiteral("accounts"), QStringLiteral("disconnect"), QStringLiteral("acc_x")},
        {QStringLiteral("accounts"), QStringLiteral("refresh"), QStringLiteral("acc_x")},
        {QStringLiteral("accounts"), QStringLiteral("refresh"), QStringLiteral("--all")},
        {QStringLiteral("accounts"), QStringLiteral("set-board"), QStringLiteral("acc_x"), QStringLiteral("1")},
        {QStringLiteral("vault"), QStringLiteral("rotate-key")},
    };
    for (const QStringList &command : commands) {
        const ProcessResult result =
            runFanout(QStringList{QStringLiteral("--data-dir"), missing, QStringLiteral("--json")} + command);
        QCOMPARE(result.exitCode, 2);
        const QJsonObject error = result.json().object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_input"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(
                     QStringLiteral("There is no Fanout data folder at %1").arg(missing)),
                 result.standardOutput.constData());
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("a"))));
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FANOUT_DATA_DIR"), missing);
    const ProcessResult fromEnvironment =
        runFanout({QStringLiteral("accounts"), QStringLiteral("list")}, {}, environment);
    QCOMPARE(fromEnvironment.exitCode, 2);
    QVERIFY(fromEnvironment.standardError.contains("There is no Fanout data folder"));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("a"))));

    // An existing folder without a database reads as empty and stays empty.
    const ProcessResult empty = runFanout(withDir({QStringLiteral("events"), QStringLiteral("list")}));
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.standardOutput.contains("No events."));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void tst_Cli::missingDefaultFolderIsNotCreated()
{
    // Before the first connect the default folder does not exist yet: that
    // is an empty list, not an error, and still nothing is created.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FANOUT_DATA_DIR"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("share")));
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    const ProcessResult list = runFanout({QStringLiteral("accounts"), QStringLiteral("list")}, {}, environment);
    QVERIFY2(list.exitCode == 0, list.standardError.constData());
    QVERIFY(list.standardOutput.contains("No accounts connected"));
    const ProcessResult events =
        runFanout({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--json")}, {}, environment);
    QCOMPARE(events.exitCode, 0);
    QCOMPARE(events.json().array().size(), 0);
    const ProcessResult providers =
        runFanout({QStringLiteral("providers"), QStringLiteral("export"), QStringLiteral("--json")}, {}, environment);
    QCOMPARE(providers.exitCode, 0);
    QVERIFY(providers.json().object().value(QStringLiteral("providers")).toObject().isEmpty());

    // Commands that write find nothing to change there.
    const ProcessResult check = runFanout(
        {QStringLiteral("accounts"), QStringLiteral("check"), QStringLiteral("acc_x")}, {}, environment);
    QCOMPARE(check.exitCode, 2);
    QVERIFY2(check.standardError.contains("No account has the id acc_x"), check.standardError.constData());
    const ProcessResult refreshAll = runFanout(
        {QStringLiteral("accounts"), QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--json")}, {},
        environment);
    QVERIFY2(refreshAll.exitCode == 0, refreshAll.standardError.constData());
    QCOMPARE(refreshAll.json().object().value(QStringLiteral("refreshed")).toArray().size(), 0);
    QCOMPARE(refreshAll.json().object().value(QStringLiteral("failed")).toArray().size(), 0);
    const ProcessResult rotate = runFanout({QStringLiteral("vault"), QStringLiteral("rotate-key")}, {}, environment);
    QCOMPARE(rotate.exitCode, 2);
    QVERIFY2(rotate.standardError.contains("no vault key to rotate"), rotate.standardError.constData());

    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void tst_Cli::blankDataDirRejected()
{
    // A blank choice would fall back to the default folder, or create a
    // folder named by spaces, so both the commands and the window refuse it.
    QProcessEnvironment blank = QProcessEnvironment::systemEnvironment();
    blank.insert(QStringLiteral("FANOUT_DATA_DIR"), QStringLiteral("   "));
    const QList<std::tuple<QStringList, QProcessEnvironment, QByteArray>> cases = {
        {{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--data-dir"), QString()},
         QProcessEnvironment::systemEnvironment(), "--data-dir needs a folder"},
        {{QStringLiteral("accounts"), QStringLiteral("list")}, blank, "FANOUT_DATA_DIR needs a folder"},
        {{}, blank, "FANOUT_DATA_DIR needs a folder"},
        {{QStringLiteral("--settings")}, QProcessEnvironment::systemEnvironment(),
         "Run `fanout --help` for the options"},
        {{QStringLiteral("--json")}, QProcessEnvironment::systemEnvironment(), "Give a command"},
    };
    for (const auto &[arguments, environment, expected] : cases) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_dir->path());
        process.start(qEnvironmentVariable("FANOUT_EXECUTABLE"), arguments);
        QVERIFY(process.waitForFinished(30000));
        const QByteArray output = process.readAllStandardError() + process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(output.contains(expected), output.constData());
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void tst_Cli::refreshWithoutIdNamesAll()
{
    const ProcessResult result = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("refresh")}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.standardError.contains("fanout accounts refresh --all"), result.standardError.constData());
}

void tst_Cli::instagramPointsToFacebook()
{
    const ProcessResult result = runFanout(withDir({QStringLiteral("connect"), QStringLiteral("instagram")}));
    QCOMPARE(result.exitCode, 2);
    const QJsonObject error = result.json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_input"));
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("`fanout connect facebook`")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("client id")), qPrintable(message));
}

void tst_Cli::damagedProvidersFileNamesFix()
{
    const QString path = m_dir->filePath(QStringLiteral("providers.json"));
    const QList<std::pair<QByteArray, QString>> cases = {
        {QByteArrayLiteral("{\"providers\": {\"twitter\": {\"clientId\": \"ab"), QStringLiteral("is not valid JSON")},
        {QByteArrayLiteral("[1, 2]"), QStringLiteral("not an object")},
    };
    for (const auto &[content, problem] : cases) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const ProcessResult result =
            runFanout(withDir({QStringLiteral("providers"), QStringLiteral("export"), QStringLiteral("--json")}));
        QCOMPARE(result.exitCode, 1);
        const QString message = result.json().object().value(QStringLiteral("error")).toObject()
                                    .value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("delete it and import your providers file again")), qPrintable(message));
    }
}

void tst_Cli::clientIdWithControlsRejected()
{
    // A client id is printed by `providers export` and sent in every consent
    // link, so one that would recolour the terminal is refused on import.
    const QString path = m_dir->filePath(QStringLiteral("import.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArrayLiteral(R"({"providers": {"twitter": {"clientId": "abc\u001b[31mRED"}}})"));
    file.close();
    const ProcessResult imported =
        runFanout(withDir({QStringLiteral("providers"), QStringLiteral("import"), path, QStringLiteral("--json")}));
    QCOMPARE(imported.exitCode, 2);
    const QString message = imported.json().object().value(QStringLiteral("error")).toObject()
                                .value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("twitter.clientId contains a control character")), qPrintable(message));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("providers.json"))));
}

void tst_Cli::echoedInputIsSanitized()
{
    const QString escapes = QStringLiteral("\x1b[2J\x1b[31mRED");
    const QString reversed = QStringLiteral("acc_\u202Eevil");
    const QString longId = QString(100 * 1024, u'x');
    for (const QStringList &arguments : QList<QStringList>{
             {QStringLiteral("accounts"), QStringLiteral("show"), escapes},
             {QStringLiteral("accounts"), QStringLiteral("show"), reversed},
             {QStringLiteral("accounts"), QStringLiteral("show"), longId},
             {escapes, QStringLiteral("list")},
             {QStringLiteral("connect"), escapes},
         }) {
        const ProcessResult result = runFanout(withDir(arguments));
        QCOMPARE(result.exitCode, 2);
        const QByteArray shown = result.standardOutput + result.standardError;
        QVERIFY2(!shown.contains('\x1b'), shown.constData());
        QVERIFY2(!shown.contains("\\u001b"), shown.constData());
        QVERIFY2(!QString::fromUtf8(shown).contains(QChar(0x202E)), shown.constData());
        QVERIFY2(shown.size() < 1000, shown.left(300).constData());
    }
    const ProcessResult cut = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("show"), longId}));
    QVERIFY(QString::fromUtf8(cut.standardError).contains(QString(100, u'x') + u'…'));
}

void tst_Cli::emptyList()
{
    const ProcessResult text = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("list")}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.standardOutput.contains("No accounts connected"));

    const ProcessResult json = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.json().isArray());
    QCOMPARE(json.json().array().size(), 0);
}

void tst_Cli::listShowsPublicFields()
{
    const QString id = seedAccount(m_dir->path(), QStringLiteral("did:plc:listme"));
    QVERIFY(!id.isEmpty());
    const ProcessResult result = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(result.exitCode, 0);
    const QJsonArray accounts = result.json().array();
    QCOMPARE(accounts.size(), 1);
    const QJsonObject account = accounts.first().toObject();
    QCOMPARE(account.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(account.value(QStringLiteral("platform")).toString(), QStringLiteral("bluesky"));
    QCOMPARE(account.value(QStringLiteral("platformUserId")).toString(), QStringLiteral("did:plc:listme"));
    QCOMPARE(account.value(QStringLiteral("handle")).toString(), QStringLiteral("did:plc:listme.test"));
    QCOMPARE(account.value(QStringLiteral("displayName")).toString(), QStringLiteral("Seeded did:plc:listme"));
    QCOMPARE(account.value(QStringLiteral("tokenExpiresAt")).toString(), QStringLiteral("2027-03-01T12:00:00Z"));
    QCOMPARE(account.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    QCOMPARE(account.value(QStringLiteral("extensions")).toObject().value(QStringLiteral("pdsUrl")).toString(),
             QStringLiteral("http://127.0.0.1:1"));

    const ProcessResult table = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("list")}));
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.standardOutput.contains(id.toLatin1()));
    QVERIFY(table.standardOutput.contains("2027-03-01T12:00:00Z"));
    m_allOutput += result.standardOutput + result.standardError + table.standardOutput;
}

void tst_Cli::jsonOptionAnywhere()
{
    QVERIFY(!seedAccount(m_dir->path(), QStringLiteral("anywhere")).isEmpty());
    const QList<QStringList> forms = {
        {QStringLiteral("--json"), QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("accounts"), QStringLiteral("list")},
        {QStringLiteral("accounts"), QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--data-dir"), m_dir->path()},
        {QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--json")},
    };
    for (const QStringList &arguments : forms) {
        const ProcessResult result = runFanout(arguments);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().array().size(), 1);
    }

    // FANOUT_DATA_DIR is the fallback for --data-dir.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FANOUT_DATA_DIR"), m_dir->path());
    const ProcessResult fromEnvironment = runFanout({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")}, {}, environment);
    QCOMPARE(fromEnvironment.json().array().size(), 1);
}

void tst_Cli::showOneAccount()
{
    const QString id = seedAccount(m_dir->path(), QStringLiteral("shown"));
    const ProcessResult json = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("show"), id, QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().object().value(QStringLiteral("id")).toString(), id);

    const ProcessResult text = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("show"), id}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.standardOutput.contains("Seeded shown"));
    m_allOutput += json.standardOutput + text.standardOutput;
}

void tst_Cli::unknownIdIsInvalidInput()
{
    const ProcessResult result = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("acc_missing"), QStringLiteral("--json")}));
    QCOMPARE(result.exitCode, 2);
    const QJsonObject error = result.json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_input"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("acc_missing")));

    const ProcessResult text = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("disconnect"), QStringLiteral("acc_missing")}));
    QCOMPARE(text.exitCode, 2);
    QVERIFY(text.standardError.contains("(invalid_input)"));
}

void tst_Cli::disconnectDeletesRow()
{
    const QString gone = seedAccount(m_dir->path(), QStringLiteral("gone"));
    const QString kept = seedAccount(m_dir->path(), QStringLiteral("kept"));
    const ProcessResult result = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("disconnect"), gone}));
    QCOMPARE(result.exitCode, 0);

    const QJsonArray left = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")})).json().array();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QStringLiteral("id")).toString(), kept);
}

void tst_Cli::unknownCommandIsUsageError()
{
    const ProcessResult result = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("explode")}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.standardError.contains("fanout --help"));

    // Each usage error names what would have been right.
    const QList<std::pair<QStringList, QByteArray>> cases = {
        {{QStringLiteral("accounts")}, "list, show, check, disconnect, refresh, set-board"},
        {{QStringLiteral("providers")}, "import, export"},
        {{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--bogus")},
         "Run `fanout --help` for the options"},
        {{QStringLiteral("connect"), QStringLiteral("mastodon")},
         "Fanout connects bluesky, twitter, linkedin, facebook, threads and pinterest"},
        {{QStringLiteral("connect"), QStringLiteral("bluesky"), QStringLiteral("--handle"), QStringLiteral("a.test"),
          QStringLiteral("--service"), QStringLiteral("http://user:pass@127.0.0.1:1/")},
         "must not contain a user name or password"},
        {{QStringLiteral("connect"), QStringLiteral("bluesky"), QStringLiteral("--handle"),
          QStringLiteral("did:plc:../../x")},
         "A did:plc: DID has 24 characters"},
    };
    for (const auto &[arguments, expected] : cases) {
        const ProcessResult failed = runFanout(withDir(arguments));
        QCOMPARE(failed.exitCode, 2);
        // connect prints its errors as JSON on standard output.
        const QByteArray output = failed.standardError + failed.standardOutput;
        QVERIFY2(output.contains(expected), output.constData());
    }
}

void tst_Cli::mistypedCommandOpensNoWindow()
{
    // Without a display a window would abort; a typo must stay on the command line.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const ProcessResult result = runFanout(withDir({QStringLiteral("acounts"), QStringLiteral("list"),
                                                    QStringLiteral("secret-after-words")}),
                                           {}, environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.standardError.contains("Unknown command \"acounts list\""));
    QVERIFY(!result.standardError.contains("secret-after-words"));
}

void tst_Cli::connectOptionErrorsAreJson()
{
    const ProcessResult result = runFanout(withDir({QStringLiteral("connect"), QStringLiteral("bluesky"),
                                                    QStringLiteral("--handle"), QStringLiteral("a.test"),
                                                    QStringLiteral("--password"), QStringLiteral("x")}));
    QCOMPARE(result.exitCode, 2);
    const QJsonObject error = result.json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_input"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("password")));
}

void tst_Cli::connectNamesBadUrlOption()
{
    const ProcessResult result = runFanout(withDir({QStringLiteral("connect"), QStringLiteral("bluesky"),
                                                    QStringLiteral("--handle"), QStringLiteral("alice.test"),
                                                    QStringLiteral("--service"), QStringLiteral("127.0.0.1:80")}),
                                           "abcd-efgh-ijkl-mnop\n");
    QCOMPARE(result.exitCode, 2);
    const QString message = result.json().object().value(QStringLiteral("error")).toObject()
                                .value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("--service \"127.0.0.1:80\"")), qPrintable(message));
}

void tst_Cli::blankPasswordIsNoPassword()
{
    const ProcessResult result = runFanout(
        withDir({QStringLiteral("connect"), QStringLiteral("bluesky"), QStringLiteral("--handle"), QStringLiteral("alice.test")}),
        "    \n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.standardOutput.contains("No app password on standard input"));
}

void tst_Cli::connectNeedsHandleAndPassword()
{
    const ProcessResult noHandle = runFanout(withDir({QStringLiteral("connect"), QStringLiteral("bluesky")}), "abcd-efgh-ijkl-mnop\n");
    QCOMPARE(noHandle.exitCode, 2);
    QCOMPARE(noHandle.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid_input"));

    const ProcessResult noPassword = runFanout(
        withDir({QStringLiteral("connect"), QStringLiteral("bluesky"), QStringLiteral("--handle"), QStringLiteral("alice.test")}), "");
    QCOMPARE(noPassword.exitCode, 2);
    QVERIFY(noPassword.standardOutput.contains("standard input"));
}

void tst_Cli::otherPlatformsNotConfigured()
{
    const ProcessResult result = runFanout(withDir({QStringLiteral("connect"), QStringLiteral("pinterest")}));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("provider_not_configured"));

    const ProcessResult unknown = runFanout(withDir({QStringLiteral("connect"), QStringLiteral("myspace")}));
    QCOMPARE(unknown.exitCode, 2);
}

void tst_Cli::rotateKeyKeepsAccountsReadable()
{
    const QString id = seedAccount(m_dir->path(), QStringLiteral("rotated"));
    const ProcessResult result = runFanout(withDir({QStringLiteral("vault"), QStringLiteral("rotate-key"), QStringLiteral("--json")}));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().object().value(QStringLiteral("reencrypted")).toInt(), 1);

    auto service = AccountService::open(m_dir->path(), AccountService::Access::Exclusive);
    QVERIFY(service.has_value());
    QCOMPARE((*service)->vault().currentKeyVersion(), std::optional<quint32>(2));
    const Expected<QJsonObject> secrets = (*service)->vault().readSecrets((*service)->account(id).value());
    QVERIFY(secrets.has_value());
    QCOMPARE(secrets->value(QStringLiteral("accessJwt")).toString(), QString::fromLatin1(kAccessSecret));
}

void tst_Cli::writerWaitsForRunningInstance()
{
    const QString id = seedAccount(m_dir->path(), QStringLiteral("locked"));
    auto window = AccountService::open(m_dir->path(), AccountService::Access::Exclusive);
    QVERIFY(window.has_value());

    const ProcessResult blocked = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("disconnect"), id, QStringLiteral("--json")}));
    QCOMPARE(blocked.exitCode, 1);
    const QJsonObject error = blocked.json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("storage_error"));
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("Another Fanout window or command")),
             qPrintable(error.value(QStringLiteral("message")).toString()));

    // Reading works while the window runs.
    const ProcessResult list = runFanout(withDir({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().array().size(), 1);
}

void tst_Cli::outputHoldsNoSecret()
{
    QVERIFY(!m_allOutput.isEmpty());
    QVERIFY(!m_allOutput.contains(kAccessSecret));
    QVERIFY(!m_allOutput.contains(kRefreshSecret));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
