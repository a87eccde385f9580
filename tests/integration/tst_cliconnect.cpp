// `fanout connect bluesky` end to end: the real fanout executable against a
// real @atproto/pds on 127.0.0.1, a real SQLite file and the Secret Service of
// a private gnome-keyring (CTest runs this inside run-in-session.sh).
//
// The slots run in order on one data folder, as a person would use the
// command line: connect, list, check, reconnect, fail three ways, disconnect.
// Each slot relies on what the ones before it stored.
#include <memory>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/application.h"
#include "app/service/accountservice.h"
#include "app/vault/vault.h"
#include "tests/support/fanoutprocess.h"
#include "tests/support/pdspeer.h"
#include "tests/support/secretscan.h"

using namespace fanout;
using test::PdsPeer;
using test::ProcessResult;

namespace {

// Returns a run's standard output and error, for a failure message.
QByteArray outputOf(const ProcessResult &result)
{
    return result.standardOutput + result.standardError;
}

} // namespace

class tst_CliConnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void connectPrintsAccount();
    void listShowsAccount();
    void checkSucceeds();
    void refreshChecksBlueskySession();
    void reconnectKeepsId();
    void wrongAppPasswordStoresNothing();
    void mainPasswordRejected();
    void invalidHandleIsUsageError();
    void platformNameStaysOnItsLine();
    void disconnectEmptiesList();

private:
    // Runs fanout on this test's data folder and checks that no secret was
    // passed on the command line.
    [[nodiscard]] ProcessResult fanout(const QStringList &arguments, const QByteArray &input = {});
    [[nodiscard]] ProcessResult connectBluesky(const QString &handle, const QString &password);
    [[nodiscard]] QJsonArray listAccounts();
    // Opens the vault in this process and remembers the tokens stored for
    // the account, so the scans also look for them.
    void recordStoredTokens(const QString &accountId);
    // Returns the files in the data folder and the output log that contain any secret.
    [[nodiscard]] QStringList leaks() const;

    PdsPeer m_peer;
    PdsPeer::TestAccount m_alice; // connected, kept until the last slot
    PdsPeer::TestAccount m_bob;   // never stored
    QString m_aliceId;
    QTemporaryDir m_dataDir;
    // Standard output and error of every run, through FANOUT_TEST_LOG. It is
    // outside the data folder, so a hit names the place that leaked.
    QTemporaryDir m_logDir;
    QString m_logPath;
    QList<QByteArray> m_secrets;
};

void tst_CliConnect::initTestCase()
{
    setApplicationIdentity();
    QVERIFY2(m_dataDir.isValid(), qPrintable(m_dataDir.errorString()));
    QVERIFY2(m_logDir.isValid(), qPrintable(m_logDir.errorString()));
    m_logPath = m_logDir.filePath(QStringLiteral("fanout-output.log"));
    qputenv("FANOUT_TEST_LOG", QFile::encodeName(m_logPath));

    QVERIFY2(m_peer.start(), qPrintable(QStringLiteral("the local PDS could not start: ") + m_peer.errorString()));
    m_alice = m_peer.createAccount(QStringLiteral("clialice.test"));
    QVERIFY2(!m_alice.did.isEmpty() && !m_alice.appPassword.isEmpty(), qPrintable(m_peer.errorString()));
    m_bob = m_peer.createAccount(QStringLiteral("clibob.test"));
    QVERIFY2(!m_bob.did.isEmpty() && !m_bob.appPassword.isEmpty(), qPrintable(m_peer.errorString()));
    m_secrets = {m_alice.appPassword.toUtf8(), m_alice.password.toUtf8(), m_bob.appPassword.toUtf8(),
                 m_bob.password.toUtf8()};
}

void tst_CliConnect::cleanupTestCase()
{
    qunsetenv("FANOUT_TEST_LOG");
}

ProcessResult tst_CliConnect::fanout(const QStringList &arguments, const QByteArray &input)
{
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        for (const QString &argument : arguments) {
            if (argument.toUtf8().contains(secret))
                qFatal("a secret was about to be passed on fanout's command line");
        }
    }
    return test::runFanout(QStringList{QStringLiteral("--data-dir"), m_dataDir.path()} + arguments, input);
}

ProcessResult tst_CliConnect::connectBluesky(const QString &handle, const QString &password)
{
    return fanout({QStringLiteral("connect"), QStringLiteral("bluesky"), QStringLiteral("--handle"), handle,
                   QStringLiteral("--service"), m_peer.pdsUrl().toString(), QStringLiteral("--plc-url"),
                   m_peer.plcUrl().toString()},
                  password.toUtf8() + '\n');
}

QJsonArray tst_CliConnect::listAccounts()
{
    const ProcessResult list = fanout({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    if (list.exitCode != 0 || !list.json().isArray())
        qWarning("accounts list failed with exit code %d: %s", list.exitCode, list.standardError.constData());
    return list.json().array();
}

void tst_CliConnect::recordStoredTokens(const QString &accountId)
{
    // Read-only access takes no lock, so it cannot hold up the next run.
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dataDir.path(), AccountService::Access::ReadOnly);
    QVERIFY2(service.has_value(), service ? "" : qPrintable(errorMessage(service.error())));
    const Expected<Account> account = (*service)->account(accountId);
    QVERIFY2(account.has_value(), account ? "" : qPrintable(errorMessage(account.error())));
    const Expected<QJsonObject> secrets = (*service)->vault().readSecrets(*account);
    QVERIFY2(secrets.has_value(), secrets ? "" : qPrintable(errorMessage(secrets.error())));
    QCOMPARE(secrets->value(QLatin1StringView("appPassword")).toString(), m_alice.appPassword);
    for (const char *key : {"accessJwt", "refreshJwt"}) {
        const QByteArray token = secrets->value(QLatin1StringView(key)).toString().toLatin1();
        QVERIFY2(token.count('.') == 2, key);
        if (!m_secrets.contains(token))
            m_secrets << token;
    }
}

QStringList tst_CliConnect::leaks() const
{
    return test::filesContainingAny({m_dataDir.path(), m_logPath}, m_secrets);
}

void tst_CliConnect::connectPrintsAccount()
{
    const ProcessResult result = connectBluesky(m_alice.handle, m_alice.appPassword);
    QVERIFY2(result.exitCode == 0, outputOf(result).constData());
    QVERIFY2(result.json().isObject(), result.standardOutput.constData());
    const QJsonObject account = result.json().object();
    m_aliceId = account.value(QLatin1StringView("id")).toString();
    QVERIFY(!m_aliceId.isEmpty());
    QCOMPARE(account.value(QLatin1StringView("platform")).toString(), QStringLiteral("bluesky"));
    QCOMPARE(account.value(QLatin1StringView("handle")).toString(), m_alice.handle);
    QCOMPARE(account.value(QLatin1StringView("displayName")).toString(), QStringLiteral("Display ") + m_alice.handle);
    QCOMPARE(account.value(QLatin1StringView("platformUserId")).toString(), m_alice.did);
    QCOMPARE(account.value(QLatin1StringView("status")).toString(), QStringLiteral("connected"));
    const QDateTime expiresAt =
        QDateTime::fromString(account.value(QLatin1StringView("tokenExpiresAt")).toString(), Qt::ISODate);
    QVERIFY2(expiresAt.isValid(), qPrintable(account.value(QLatin1StringView("tokenExpiresAt")).toString()));
    // The PDS issues refresh tokens for 90 days (createRefreshToken in @atproto/pds).
    QVERIFY(expiresAt > QDateTime::currentDateTimeUtc().addDays(30));

    recordStoredTokens(m_aliceId);
    const QStringList leaked = leaks();
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", ")));
}

void tst_CliConnect::listShowsAccount()
{
    QVERIFY(!m_aliceId.isEmpty());
    const QJsonArray accounts = listAccounts();
    QCOMPARE(accounts.size(), 1);
    const QJsonObject account = accounts.first().toObject();
    QCOMPARE(account.value(QLatin1StringView("id")).toString(), m_aliceId);
    QCOMPARE(account.value(QLatin1StringView("platformUserId")).toString(), m_alice.did);
    QCOMPARE(account.value(QLatin1StringView("status")).toString(), QStringLiteral("connected"));
}

void tst_CliConnect::checkSucceeds()
{
    QVERIFY(!m_aliceId.isEmpty());
    const ProcessResult result =
        fanout({QStringLiteral("accounts"), QStringLiteral("check"), m_aliceId, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, outputOf(result).constData());
    const QJsonObject account = result.json().object();
    QCOMPARE(account.value(QLatin1StringView("id")).toString(), m_aliceId);
    QCOMPARE(account.value(QLatin1StringView("status")).toString(), QStringLiteral("connected"));

    recordStoredTokens(m_aliceId);
    const QStringList leaked = leaks();
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", ")));
}

void tst_CliConnect::refreshChecksBlueskySession()
{
    // Bluesky sessions renew when used, so a refresh makes one such call
    // instead of rejecting the request as for LinkedIn.
    QVERIFY(!m_aliceId.isEmpty());
    const ProcessResult json =
        fanout({QStringLiteral("accounts"), QStringLiteral("refresh"), m_aliceId, QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, outputOf(json).constData());
    QCOMPARE(json.json().object().value(QLatin1StringView("id")).toString(), m_aliceId);

    const ProcessResult text = fanout({QStringLiteral("accounts"), QStringLiteral("refresh"), m_aliceId});
    QVERIFY2(text.exitCode == 0, outputOf(text).constData());
    QVERIFY2(text.standardOutput.contains("renews a Bluesky session whenever it is used"), outputOf(text).constData());

    const ProcessResult all = fanout({QStringLiteral("accounts"), QStringLiteral("refresh"), QStringLiteral("--all")});
    QVERIFY2(all.exitCode == 0, outputOf(all).constData());
    QVERIFY2(!all.standardOutput.contains("without you"), outputOf(all).constData());
    QVERIFY2(all.standardOutput.contains("`fanout accounts check ID` renews one now"), outputOf(all).constData());
}

void tst_CliConnect::reconnectKeepsId()
{
    QVERIFY(!m_aliceId.isEmpty());
    const ProcessResult result = connectBluesky(m_alice.handle, m_alice.appPassword);
    QVERIFY2(result.exitCode == 0, outputOf(result).constData());
    QCOMPARE(result.json().object().value(QLatin1StringView("id")).toString(), m_aliceId);
    QCOMPARE(listAccounts().size(), 1);

    recordStoredTokens(m_aliceId);
    const QStringList leaked = leaks();
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", ")));
}

void tst_CliConnect::wrongAppPasswordStoresNothing()
{
    const QString wrongPassword = QStringLiteral("aaaa-bbbb-cccc-dddd");
    m_secrets << wrongPassword.toUtf8();
    const ProcessResult result = connectBluesky(m_bob.handle, wrongPassword);
    QCOMPARE(result.exitCode, 1);
    const QJsonObject error = result.json().object().value(QLatin1StringView("error")).toObject();
    QCOMPARE(error.value(QLatin1StringView("code")).toString(), QStringLiteral("platform_auth_failed"));
    QVERIFY(!error.value(QLatin1StringView("message")).toString().isEmpty());

    const QJsonArray accounts = listAccounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().toObject().value(QLatin1StringView("id")).toString(), m_aliceId);
    QCOMPARE(accounts.first().toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("connected"));

    const QStringList leaked = leaks();
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", ")));
}

void tst_CliConnect::mainPasswordRejected()
{
    const ProcessResult result = connectBluesky(m_bob.handle, m_bob.password);
    QCOMPARE(result.exitCode, 1);
    const QJsonObject error = result.json().object().value(QLatin1StringView("error")).toObject();
    QCOMPARE(error.value(QLatin1StringView("code")).toString(), QStringLiteral("platform_rejected"));
    QVERIFY2(error.value(QLatin1StringView("message")).toString().contains(QLatin1StringView("App passwords")),
             qPrintable(error.value(QLatin1StringView("message")).toString()));

    const QJsonArray accounts = listAccounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().toObject().value(QLatin1StringView("id")).toString(), m_aliceId);

    const QStringList leaked = leaks();
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", ")));
}

void tst_CliConnect::invalidHandleIsUsageError()
{
    const ProcessResult result = connectBluesky(QStringLiteral("bad..handle"), m_bob.appPassword);
    QCOMPARE(result.exitCode, 2);
    const QJsonObject error = result.json().object().value(QLatin1StringView("error")).toObject();
    QCOMPARE(error.value(QLatin1StringView("code")).toString(), QStringLiteral("invalid_input"));
    QCOMPARE(listAccounts().size(), 1);
}

void tst_CliConnect::platformNameStaysOnItsLine()
{
    // A display name is whatever the account's owner typed on Bluesky. This
    // one clears the terminal, sets its title, rings, starts a fake row and
    // reverses the rest of the line.
    const QString name = QStringLiteral("\x1b[2J\x1b]0;title\x07" "Evil\r\nFAKE ROW \u202Egnp.exe");
    const PdsPeer::TestAccount evil = m_peer.createAccount(QStringLiteral("clievil.test"), name);
    QVERIFY2(!evil.appPassword.isEmpty(), qPrintable(m_peer.errorString()));
    m_secrets << evil.appPassword.toUtf8() << evil.password.toUtf8();
    const ProcessResult connected = connectBluesky(evil.handle, evil.appPassword);
    QVERIFY2(connected.exitCode == 0, outputOf(connected).constData());
    const QString id = connected.json().object().value(QLatin1StringView("id")).toString();
    QVERIFY(!id.isEmpty());

    // Each character that acts on the terminal or the line became U+FFFD.
    const QString shownName = QStringLiteral("\uFFFD[2J\uFFFD]0;title\uFFFDEvil\uFFFD\uFFFDFAKE ROW \uFFFDgnp.exe");
    QCOMPARE(connected.json().object().value(QLatin1StringView("displayName")).toString(), shownName);
    const ProcessResult shown = fanout({QStringLiteral("accounts"), QStringLiteral("show"), id});
    QVERIFY2(shown.exitCode == 0, outputOf(shown).constData());
    const QString output = QString::fromUtf8(shown.standardOutput);
    for (const QChar c : {QChar(0x1b), QChar(0x07), QChar(u'\r'), QChar(0x202e)})
        QVERIFY2(!output.contains(c), qPrintable(QStringLiteral("U+%1 reached the terminal").arg(c.unicode(), 4, 16)));
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.contains(QStringLiteral("Display name:     ") + shownName), shown.standardOutput.constData());

    const ProcessResult removed = fanout({QStringLiteral("accounts"), QStringLiteral("disconnect"), id});
    QVERIFY2(removed.exitCode == 0, outputOf(removed).constData());
    QVERIFY2(!QString::fromUtf8(removed.standardOutput).contains(QChar(0x1b)), removed.standardOutput.constData());
}

void tst_CliConnect::disconnectEmptiesList()
{
    QVERIFY(!m_aliceId.isEmpty());
    QString refreshJwt;
    {
        auto service = AccountService::open(m_dataDir.path(), AccountService::Access::ReadOnly);
        QVERIFY(service.has_value());
        const Expected<QJsonObject> secrets = (*service)->vault().readSecrets((*service)->account(m_aliceId).value());
        QVERIFY(secrets.has_value());
        refreshJwt = secrets->value(QLatin1StringView("refreshJwt")).toString();
    }
    QVERIFY(!refreshJwt.isEmpty());

    const ProcessResult result = fanout({QStringLiteral("accounts"), QStringLiteral("disconnect"), m_aliceId,
                                         QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, outputOf(result).constData());
    QCOMPARE(result.json().object().value(QLatin1StringView("signedOutUpstream")).toBool(), true);
    QCOMPARE(listAccounts().size(), 0);

    // The session ended on the PDS too: its refresh token no longer works there.
    QNetworkAccessManager network;
    QNetworkRequest request(m_peer.pdsUrl().resolved(QUrl(QStringLiteral("/xrpc/com.atproto.server.refreshSession"))));
    request.setRawHeader("Authorization", "Bearer " + refreshJwt.toLatin1());
    QNetworkReply *reply = network.post(request, QByteArray());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(reply->readAll().contains("ExpiredToken"));
    reply->deleteLater();

    // No token that any run stored, and no password, is left in the data folder or the output.
    QVERIFY(m_secrets.size() >= 7);
    const QStringList leaked = leaks();
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", ")));
}

QTEST_GUILESS_MAIN(tst_CliConnect)
#include "tst_cliconnect.moc"
