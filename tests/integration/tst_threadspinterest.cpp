// Threads and Pinterest connects, refreshes and boards end to end, against
// the platform fakes in tests/peers/fakes (Node, 127.0.0.1) with the real
// loopback listener, keychain and SQLite file. The consent is played by
// following the fake authorize endpoint's redirect to the loopback listener
// (for Threads through the fake's stand-in for the HTTPS relay page), so no
// browser runs. One case drives the window's board picker offscreen.

#include <QComboBox>
#include <QJsonArray>
#include <QListView>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "app/core/event.h"
#include "app/oauth/oauthconnector.h"
#include "app/oauth/tokenreply.h"
#include "app/platforms/pinterest/pinterestboards.h"
#include "app/platforms/threads/threadsapi.h"
#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"
#include "tests/support/logcapture.h"
#include "tests/support/platformfake.h"
#include "tests/support/ports.h"
#include "tests/support/secretscan.h"
#include "ui/accountlistmodel.h"
#include "ui/mainwindow.h"

using namespace fanout;
using fanout::test::freePort;

namespace {

constexpr int kTimeoutMs = 60'000;

enum class Consent { Approve, None };

} // namespace

class tst_ThreadsPinterest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notConfigured();
    void threadsDenied();
    void threadsWrongSecretStoresNothing();
    void threadsConnectThroughRelay();
    void threadsRefreshTooEarly();
    void threadsRefreshAfter24Hours();
    void threadsReconnectKeepsId();
    void threadsRevoked();
    void pinterestDenied();
    void pinterestConnect();
    void pinterestRefreshRotating();
    void pinterestRefreshNonRotating();
    void pinterestBoardsPaged();
    void windowPicksDefaultBoard();
    void pinterestRevoked();
    void commandLine();
    void cleanupTestCase();

private:
    Expected<Account> connectWith(Platform platform, Consent consent);
    Expected<Account> refresh(const QString &id);
    [[nodiscard]] QJsonObject secretsOf(const QString &id);
    void remember(const QJsonObject &secrets);
    void backdateThreadsToken(const QString &id, qint64 hours);
    [[nodiscard]] QByteArray providersFile(bool withSecrets) const;
    [[nodiscard]] bool hasEvent(const QString &id, QLatin1StringView type);

    test::LogCapture m_log;
    test::PlatformFake m_threads{QStringLiteral("threads")};
    test::PlatformFake m_pinterest{QStringLiteral("pinterest")};
    QTemporaryDir m_dir;
    std::unique_ptr<AccountService> m_service;
    quint16 m_threadsPort = 0;
    quint16 m_pinterestPort = 0;
    QString m_threadsId;
    QString m_pinterestId;
    QList<QByteArray> m_secrets; // everything that must never reach a log line or the database in clear
};

QByteArray tst_ThreadsPinterest::providersFile(bool withSecrets) const
{
    QJsonObject threads{
        {QStringLiteral("clientId"), QStringLiteral("threads-app-1")},
        {QStringLiteral("authorizeUrl"), m_threads.url(QStringLiteral("/oauth/authorize")).toString()},
        {QStringLiteral("tokenUrl"), m_threads.url(QStringLiteral("/oauth/access_token")).toString()},
        {QStringLiteral("apiBaseUrl"), m_threads.url(QStringLiteral("/")).toString()},
        {QStringLiteral("redirectPort"), m_threadsPort},
        {QStringLiteral("redirectUri"), m_threads.url(QStringLiteral("/relay/%1").arg(m_threadsPort)).toString()},
    };
    QJsonObject pinterest{
        {QStringLiteral("clientId"), QStringLiteral("1234567")},
        {QStringLiteral("authorizeUrl"), m_pinterest.url(QStringLiteral("/oauth/")).toString()},
        {QStringLiteral("tokenUrl"), m_pinterest.url(QStringLiteral("/v5/oauth/token")).toString()},
        {QStringLiteral("apiBaseUrl"), m_pinterest.url(QStringLiteral("/")).toString()},
        {QStringLiteral("redirectPort"), m_pinterestPort},
    };
    if (withSecrets) {
        threads.insert(QStringLiteral("clientSecret"), QStringLiteral("threads-secret-1"));
        pinterest.insert(QStringLiteral("clientSecret"), QStringLiteral("pinterest-secret-1"));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("providers"), QJsonObject{{QStringLiteral("threads"), threads},
                                                                               {QStringLiteral("pinterest"),
                                                                                pinterest}}}})
        .toJson();
}

void tst_ThreadsPinterest::initTestCase()
{
    QVERIFY2(m_threads.start(), qPrintable(m_threads.errorString()));
    QVERIFY2(m_pinterest.start(), qPrintable(m_pinterest.errorString()));
    QVERIFY(m_dir.isValid());
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dir.filePath(QStringLiteral("data")), AccountService::Access::Exclusive);
    QVERIFY2(service, service ? "" : qPrintable(errorMessage(service.error())));
    m_service = std::move(*service);
    m_threadsPort = freePort();
    m_pinterestPort = freePort();
    QVERIFY(m_threadsPort && m_pinterestPort && m_threadsPort != m_pinterestPort);
    m_threads.control(QStringLiteral("/_fake/config"),
                      {{QStringLiteral("redirectUri"),
                        m_threads.url(QStringLiteral("/relay/%1").arg(m_threadsPort)).toString()}});
    m_pinterest.control(QStringLiteral("/_fake/config"),
                        {{QStringLiteral("redirectUri"),
                          QStringLiteral("http://127.0.0.1:%1/callback").arg(m_pinterestPort)}});
    m_secrets << "threads-secret-1" << "pinterest-secret-1";
}

Expected<Account> tst_ThreadsPinterest::connectWith(Platform platform, Consent consent)
{
    oauth::OAuthConnector &connector = m_service->oauth();
    test::PlatformFake &fake = platform == Platform::Threads ? m_threads : m_pinterest;
    int consentStatus = -1;
    const QMetaObject::Connection urlConnection =
        connect(&connector, &oauth::OAuthConnector::authorizationUrlReady, this, [&](const QUrl &url) {
            m_secrets.append(QUrlQuery(url).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8());
            if (consent == Consent::Approve)
                consentStatus = fake.followConsent(url);
        });
    QSignalSpy connected(&connector, &oauth::OAuthConnector::connected);
    QSignalSpy failed(&connector, &oauth::OAuthConnector::errorOccurred);
    connector.connectAccount(platform);
    const bool ended = QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, kTimeoutMs);
    disconnect(urlConnection);
    if (consent == Consent::Approve && consentStatus != 200)
        qWarning("the consent redirect ended with HTTP %d", consentStatus);
    if (!ended)
        return fail(ErrorCode::StorageError, QStringLiteral("the connect did not end"));
    if (!failed.isEmpty())
        return std::unexpected(failed.at(0).at(0).value<Error>());
    return connected.at(0).at(0).value<Account>();
}

Expected<Account> tst_ThreadsPinterest::refresh(const QString &id)
{
    oauth::OAuthConnector &connector = m_service->oauth();
    QSignalSpy refreshed(&connector, &oauth::OAuthConnector::refreshed);
    QSignalSpy failed(&connector, &oauth::OAuthConnector::refreshFailed);
    connector.refresh(id);
    if (!QTest::qWaitFor([&] { return !refreshed.isEmpty() || !failed.isEmpty(); }, kTimeoutMs))
        return fail(ErrorCode::StorageError, QStringLiteral("the refresh did not end"));
    if (!failed.isEmpty())
        return std::unexpected(failed.at(0).at(1).value<Error>());
    return refreshed.at(0).at(0).value<Account>();
}

QJsonObject tst_ThreadsPinterest::secretsOf(const QString &id)
{
    const Expected<Account> account = m_service->account(id);
    if (!account)
        return {};
    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(*account);
    if (!secrets)
        return {};
    remember(*secrets);
    return *secrets;
}

void tst_ThreadsPinterest::remember(const QJsonObject &secrets)
{
    for (const QLatin1StringView key : {oauth::kAccessTokenKey, oauth::kRefreshTokenKey}) {
        const QByteArray value = secrets.value(key).toString().toUtf8();
        if (!value.isEmpty() && !m_secrets.contains(value))
            m_secrets.append(value);
    }
}

// Moves the stored issue time back, as if the token had been issued hours
// earlier; the fake's clock moves with it.
void tst_ThreadsPinterest::backdateThreadsToken(const QString &id, qint64 hours)
{
    const Expected<Account> account = m_service->account(id);
    QVERIFY(account);
    QJsonObject secrets = secretsOf(id);
    const std::optional<QDateTime> issued = threads::issuedAt(secrets);
    QVERIFY(issued);
    secrets.insert(threads::kIssuedAtKey, double(issued->addSecs(-hours * 3600).toMSecsSinceEpoch()));
    QVERIFY(m_service->vault().updateSecrets(*account, secrets, account->tokenExpiresAt));
    m_threads.control(QStringLiteral("/_fake/age"), {{QStringLiteral("hours"), hours}});
}

bool tst_ThreadsPinterest::hasEvent(const QString &id, QLatin1StringView type)
{
    const Expected<QList<AccountEvent>> events = m_service->events();
    if (!events)
        return false;
    for (const AccountEvent &event : *events) {
        if (event.accountId == id && event.type == type)
            return true;
    }
    return false;
}

void tst_ThreadsPinterest::notConfigured()
{
    for (const Platform platform : {Platform::Threads, Platform::Pinterest}) {
        const Expected<Account> account = connectWith(platform, Consent::None);
        QVERIFY(!account);
        QCOMPARE(account.error().code, ErrorCode::ProviderNotConfigured);
        QVERIFY(errorMessage(account.error()).contains(QLatin1StringView("fanout providers import")));
    }
    // A client id alone is not enough: both platforms need the secret.
    QVERIFY(m_service->providers().importJson(providersFile(false)));
    const Expected<Account> withoutSecret = connectWith(Platform::Threads, Consent::None);
    QVERIFY(!withoutSecret);
    QCOMPARE(withoutSecret.error().code, ErrorCode::ProviderNotConfigured);
    QVERIFY2(withoutSecret.error().detail.contains(QLatin1StringView("clientSecret")),
             qPrintable(withoutSecret.error().detail));

    const Expected<ProviderStore::ImportResult> imported = m_service->providers().importJson(providersFile(true));
    QVERIFY2(imported, imported ? "" : qPrintable(errorMessage(imported.error())));
    QCOMPARE(imported->secretsToKeychain.size(), 2);
    const Expected<ProviderConfig> threads = m_service->providers().config(Platform::Threads);
    QVERIFY(threads);
    QCOMPARE(threads->redirectUri(), m_threads.url(QStringLiteral("/relay/%1").arg(m_threadsPort)));
    QCOMPARE(m_threads.stats().value(QLatin1StringView("authorize")).toInt(), 0);
}

void tst_ThreadsPinterest::threadsDenied()
{
    m_threads.control(QStringLiteral("/_fake/config"), {{QStringLiteral("deny"), true}});
    const Expected<Account> account = connectWith(Platform::Threads, Consent::Approve);
    m_threads.control(QStringLiteral("/_fake/config"), {{QStringLiteral("deny"), false}});
    QVERIFY(!account);
    QCOMPARE(account.error().code, ErrorCode::PlatformRejected);
    QVERIFY2(account.error().detail.contains(QLatin1StringView("Permissions error")),
             qPrintable(account.error().detail));
    QCOMPARE(m_service->accounts()->size(), 0);
    QCOMPARE(m_threads.stats().value(QLatin1StringView("codeExchanges")).toInt(), 0);
}

void tst_ThreadsPinterest::threadsWrongSecretStoresNothing()
{
    QVERIFY(m_service->providers().setClientSecret(Platform::Threads, "not-the-secret"));
    const Expected<Account> account = connectWith(Platform::Threads, Consent::Approve);
    QVERIFY(m_service->providers().setClientSecret(Platform::Threads, "threads-secret-1"));
    QVERIFY(!account);
    QCOMPARE(account.error().code, ErrorCode::PlatformRejected);
    QCOMPARE(m_service->accounts()->size(), 0);
    const QJsonArray rejected = m_threads.stats().value(QLatin1StringView("rejected")).toArray();
    QVERIFY(!rejected.isEmpty());
    QCOMPARE(rejected.last().toString(), QStringLiteral("Error validating client secret."));
}

void tst_ThreadsPinterest::threadsConnectThroughRelay()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Expected<Account> account = connectWith(Platform::Threads, Consent::Approve);
    QVERIFY2(account, account ? "" : qPrintable(errorMessage(account.error())));
    QCOMPARE(account->platform, Platform::Threads);
    QCOMPARE(account->platformUserId, QStringLiteral("17841400000000001"));
    QCOMPARE(account->handle, QStringLiteral("alice_threads"));
    QCOMPARE(account->displayName, QStringLiteral("Alice Threads"));
    QCOMPARE(account->avatarUrl, QStringLiteral("https://scontent.example/alice.jpg"));
    // The stored token is the 60-day one, not the 1-hour one from the code exchange.
    QVERIFY(account->tokenExpiresAt > before.addDays(59));
    QCOMPARE(account->extensions.value(QLatin1StringView("grantedScopes")).toArray().size(), 2);
    const QJsonObject stats = m_threads.stats();
    QCOMPARE(stats.value(QLatin1StringView("codeExchanges")).toInt(), 2);
    QCOMPARE(stats.value(QLatin1StringView("longLivedExchanges")).toInt(), 1);

    const QJsonObject secrets = secretsOf(account->id);
    QVERIFY(secrets.value(oauth::kAccessTokenKey).toString().startsWith(u"THL"));
    const std::optional<QDateTime> issued = threads::issuedAt(secrets);
    QVERIFY(issued);
    QVERIFY(*issued >= before.addSecs(-1));
    m_threadsId = account->id;
}

void tst_ThreadsPinterest::threadsRefreshTooEarly()
{
    QVERIFY(!m_threadsId.isEmpty());
    const QJsonObject before = secretsOf(m_threadsId);
    const int refreshes = m_threads.stats().value(QLatin1StringView("refreshes")).toInt();
    const Expected<Account> refreshed = refresh(m_threadsId);
    QVERIFY(!refreshed);
    QCOMPARE(refreshed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refreshed.error().detail.contains(QLatin1StringView("24 hours")), qPrintable(refreshed.error().detail));
    // Nothing went upstream and nothing changed.
    QCOMPARE(m_threads.stats().value(QLatin1StringView("refreshes")).toInt(), refreshes);
    QCOMPARE(secretsOf(m_threadsId), before);
    QCOMPARE(m_service->account(m_threadsId)->status, AccountStatus::Connected);
}

void tst_ThreadsPinterest::threadsRefreshAfter24Hours()
{
    backdateThreadsToken(m_threadsId, 25);
    const QString oldToken = secretsOf(m_threadsId).value(oauth::kAccessTokenKey).toString();
    const QDateTime oldExpiry = m_service->account(m_threadsId)->tokenExpiresAt;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Expected<Account> refreshed = refresh(m_threadsId);
    QVERIFY2(refreshed, refreshed ? "" : qPrintable(errorMessage(refreshed.error())));
    QCOMPARE(m_threads.stats().value(QLatin1StringView("refreshes")).toInt(), 1);
    QVERIFY(refreshed->tokenExpiresAt > oldExpiry);
    QVERIFY(refreshed->tokenExpiresAt >= before.addDays(60).addSecs(-5));
    const QJsonObject secrets = secretsOf(m_threadsId);
    QVERIFY(secrets.value(oauth::kAccessTokenKey).toString() != oldToken);
    QVERIFY(*threads::issuedAt(secrets) >= before.addSecs(-1));
    // The fresh token starts a new 24-hour wait.
    const Expected<Account> again = refresh(m_threadsId);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_threads.stats().value(QLatin1StringView("refreshes")).toInt(), 1);
}

void tst_ThreadsPinterest::threadsReconnectKeepsId()
{
    const Expected<Account> account = connectWith(Platform::Threads, Consent::Approve);
    QVERIFY2(account, account ? "" : qPrintable(errorMessage(account.error())));
    QCOMPARE(account->id, m_threadsId);
    QCOMPARE(m_service->accounts()->size(), 1);
    remember(secretsOf(m_threadsId));
}

void tst_ThreadsPinterest::threadsRevoked()
{
    backdateThreadsToken(m_threadsId, 25);
    m_threads.control(QStringLiteral("/_fake/revoke"));
    const Expected<Account> refreshed = refresh(m_threadsId);
    QVERIFY(!refreshed);
    QCOMPARE(refreshed.error().code, ErrorCode::PlatformAuthFailed);
    QCOMPARE(m_service->account(m_threadsId)->status, AccountStatus::AuthFailed);
    QVERIFY(hasEvent(m_threadsId, kTokenRevoked));
}

void tst_ThreadsPinterest::pinterestDenied()
{
    const qsizetype accounts = m_service->accounts()->size();
    m_pinterest.control(QStringLiteral("/_fake/config"), {{QStringLiteral("deny"), true}});
    const Expected<Account> account = connectWith(Platform::Pinterest, Consent::Approve);
    m_pinterest.control(QStringLiteral("/_fake/config"), {{QStringLiteral("deny"), false}});
    QVERIFY(!account);
    QCOMPARE(account.error().code, ErrorCode::PlatformRejected);
    QCOMPARE(m_service->accounts()->size(), accounts);
}

void tst_ThreadsPinterest::pinterestConnect()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Expected<Account> account = connectWith(Platform::Pinterest, Consent::Approve);
    QVERIFY2(account, account ? "" : qPrintable(errorMessage(account.error())));
    QCOMPARE(account->platform, Platform::Pinterest);
    QCOMPARE(account->platformUserId, QStringLiteral("549755885175"));
    QCOMPARE(account->handle, QStringLiteral("alice_pins"));
    QCOMPARE(account->displayName, QStringLiteral("Alice Pins"));
    QCOMPARE(account->extensions.value(QLatin1StringView("accountType")).toString(), QStringLiteral("BUSINESS"));
    const QJsonObject board = account->extensions.value(pinterest::kDefaultBoardKey).toObject();
    QCOMPARE(board.value(QLatin1StringView("id")).toString(), QStringLiteral("900000"));
    QCOMPARE(board.value(QLatin1StringView("name")).toString(), QStringLiteral("Recipes"));
    QCOMPARE(account->extensions.value(QLatin1StringView("grantedScopes")).toArray().size(), 5);
    QVERIFY(account->tokenExpiresAt >= before.addDays(30).addSecs(-5));
    const QJsonObject secrets = secretsOf(account->id);
    QVERIFY(!secrets.value(oauth::kRefreshTokenKey).toString().isEmpty());
    m_pinterestId = account->id;
}

void tst_ThreadsPinterest::pinterestRefreshRotating()
{
    m_pinterest.control(QStringLiteral("/_fake/config"), {{QStringLiteral("rotate"), true}});
    const QJsonObject before = secretsOf(m_pinterestId);
    const Expected<Account> refreshed = refresh(m_pinterestId);
    QVERIFY2(refreshed, refreshed ? "" : qPrintable(errorMessage(refreshed.error())));
    const QJsonObject after = secretsOf(m_pinterestId);
    QVERIFY(after.value(oauth::kAccessTokenKey) != before.value(oauth::kAccessTokenKey));
    QVERIFY(after.value(oauth::kRefreshTokenKey) != before.value(oauth::kRefreshTokenKey));
    QVERIFY(!after.value(oauth::kRefreshTokenKey).toString().isEmpty());
    // The default board survives the refresh.
    QCOMPARE(pinterest::defaultBoard(*refreshed)->name, QStringLiteral("Recipes"));
}

void tst_ThreadsPinterest::pinterestRefreshNonRotating()
{
    m_pinterest.control(QStringLiteral("/_fake/config"), {{QStringLiteral("rotate"), false}});
    const QJsonObject before = secretsOf(m_pinterestId);
    for (int round = 0; round < 2; ++round) {
        const Expected<Account> refreshed = refresh(m_pinterestId);
        QVERIFY2(refreshed, refreshed ? "" : qPrintable(errorMessage(refreshed.error())));
    }
    const QJsonObject after = secretsOf(m_pinterestId);
    QVERIFY(after.value(oauth::kAccessTokenKey) != before.value(oauth::kAccessTokenKey));
    QCOMPARE(after.value(oauth::kRefreshTokenKey), before.value(oauth::kRefreshTokenKey));
}

void tst_ThreadsPinterest::pinterestBoardsPaged()
{
    QStringList names;
    for (int i = 0; i < 7; ++i)
        names.append(QStringLiteral("Board %1").arg(i));
    m_pinterest.control(QStringLiteral("/_fake/config"), {{QStringLiteral("boards"), QJsonArray::fromStringList(names)},
                                                          {QStringLiteral("pageSize"), 3}});
    const int pagesBefore = m_pinterest.stats().value(QLatin1StringView("boardPages")).toInt();
    pinterest::PinterestBoards &boards = m_service->pinterestBoards();
    QSignalSpy listed(&boards, &pinterest::PinterestBoards::boardsListed);
    QSignalSpy failed(&boards, &pinterest::PinterestBoards::boardsFailed);
    boards.listBoards(m_pinterestId);
    QTRY_COMPARE_WITH_TIMEOUT(listed.size() + failed.size(), 1, kTimeoutMs);
    QCOMPARE(listed.size(), 1);
    const QList<pinterest::Board> found = listed.at(0).at(1).value<QList<pinterest::Board>>();
    QCOMPARE(found.size(), 7);
    QCOMPARE(found.last().name, QStringLiteral("Board 6"));
    QCOMPARE(m_pinterest.stats().value(QLatin1StringView("boardPages")).toInt(), pagesBefore + 3);

    QSignalSpy changed(m_service.get(), &AccountService::accountChanged);
    const Expected<Account> updated = boards.setDefaultBoard(m_pinterestId, found.at(4));
    QVERIFY2(updated, updated ? "" : qPrintable(errorMessage(updated.error())));
    QCOMPARE(pinterest::defaultBoard(*updated), found.at(4));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_service->account(m_pinterestId)->status, AccountStatus::Connected);
    // Only Pinterest accounts have boards.
    QVERIFY(!boards.setDefaultBoard(m_threadsId, found.at(0)));

    // A reconnect keeps the board the user chose.
    const Expected<Account> reconnected = connectWith(Platform::Pinterest, Consent::Approve);
    QVERIFY2(reconnected, reconnected ? "" : qPrintable(errorMessage(reconnected.error())));
    QCOMPARE(reconnected->id, m_pinterestId);
    QCOMPARE(pinterest::defaultBoard(*reconnected), found.at(4));
    remember(secretsOf(m_pinterestId));
}

void tst_ThreadsPinterest::windowPicksDefaultBoard()
{
    ui::MainWindow window(*m_service);
    window.show();
    auto *view = window.findChild<QListView *>(QStringLiteral("accountList"));
    QVERIFY(view);
    // The view shows the list through a sorting and filtering proxy.
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    QVERIFY(proxy);
    auto *model = qobject_cast<ui::AccountListModel *>(proxy->sourceModel());
    QVERIFY(model);
    const auto select = [&](const QString &accountId) {
        const int row = model->rowOf(accountId);
        if (row >= 0)
            view->setCurrentIndex(proxy->mapFromSource(model->index(row)));
        return row >= 0;
    };
    QVERIFY(select(m_pinterestId));

    auto *combo = window.findChild<QComboBox *>(QStringLiteral("defaultBoardCombo"));
    QVERIFY(combo);
    QVERIFY(combo->isVisible());
    // The pane lists the boards through the core; all 7 arrive over 3 pages.
    QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 7, kTimeoutMs);
    QCOMPARE(combo->currentText(), QStringLiteral("Board 4"));

    const int index = combo->findText(QStringLiteral("Board 2"));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QTRY_COMPARE_WITH_TIMEOUT(pinterest::defaultBoard(*m_service->account(m_pinterestId))->name,
                              QStringLiteral("Board 2"), 5'000);
    QCOMPARE(combo->currentText(), QStringLiteral("Board 2"));

    // Other platforms have no board picker.
    QVERIFY(select(m_threadsId));
    QVERIFY(!combo->isVisible());
}

void tst_ThreadsPinterest::pinterestRevoked()
{
    const QJsonObject before = secretsOf(m_pinterestId);
    m_pinterest.control(QStringLiteral("/_fake/revoke"));
    const Expected<Account> refreshed = refresh(m_pinterestId);
    QVERIFY(!refreshed);
    QCOMPARE(refreshed.error().code, ErrorCode::PlatformAuthFailed);
    QCOMPARE(m_service->account(m_pinterestId)->status, AccountStatus::AuthFailed);
    QVERIFY(hasEvent(m_pinterestId, kTokenRevoked));
    QCOMPARE(secretsOf(m_pinterestId), before);
}

void tst_ThreadsPinterest::commandLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString file = dir.filePath(QStringLiteral("providers.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(providersFile(true));
    }
    const QString executable = qEnvironmentVariable("FANOUT_EXECUTABLE");
    const auto run = [&](const QStringList &arguments, QProcess &process) {
        process.start(executable, QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
    };
    QProcess import;
    run({QStringLiteral("providers"), QStringLiteral("import"), file}, import);
    QVERIFY(import.waitForFinished(30'000));
    QCOMPARE(import.exitCode(), 0);
    QFile::remove(file);
    // The in-process service has the ports open no more; the CLI uses the same ones.
    m_threads.control(QStringLiteral("/_fake/config"), {{QStringLiteral("deny"), false}});

    QHash<QString, QString> ids;
    for (const QString &platform : {QStringLiteral("threads"), QStringLiteral("pinterest")}) {
        QProcess connectProcess;
        run({QStringLiteral("connect"), platform, QStringLiteral("--no-browser")}, connectProcess);
        connectProcess.setReadChannel(QProcess::StandardError);
        QUrl consentUrl;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     connectProcess.waitForReadyRead(100);
                                     while (connectProcess.canReadLine()) {
                                         const QByteArray line = connectProcess.readLine().trimmed();
                                         if (line.startsWith("http://127.0.0.1:"))
                                             consentUrl = QUrl::fromEncoded(line);
                                     }
                                     return consentUrl.isValid();
                                 }()),
                                 30'000);
        test::PlatformFake &fake = platform == u"threads" ? m_threads : m_pinterest;
        QCOMPARE(fake.followConsent(consentUrl), 200);
        QVERIFY(connectProcess.waitForFinished(60'000));
        connectProcess.setReadChannel(QProcess::StandardOutput);
        const QByteArray output = connectProcess.readAllStandardOutput();
        QVERIFY2(connectProcess.exitCode() == 0, output.constData());
        const QJsonObject account = QJsonDocument::fromJson(output).object();
        QCOMPARE(account.value(QLatin1StringView("platform")).toString(), platform);
        ids.insert(platform, account.value(QLatin1StringView("id")).toString());
    }

    // Threads: too early, so exit non-zero without a call upstream.
    const int threadsRefreshes = m_threads.stats().value(QLatin1StringView("refreshes")).toInt();
    QProcess early;
    run({QStringLiteral("accounts"), QStringLiteral("refresh"), ids.value(QStringLiteral("threads")),
         QStringLiteral("--json")},
        early);
    QVERIFY(early.waitForFinished(30'000));
    QVERIFY(early.exitCode() != 0);
    const QJsonObject earlyError = QJsonDocument::fromJson(early.readAllStandardOutput()).object();
    QCOMPARE(earlyError.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("code")).toString(),
             QStringLiteral("invalid_input"));
    QCOMPARE(m_threads.stats().value(QLatin1StringView("refreshes")).toInt(), threadsRefreshes);

    // Pinterest: renewed now.
    m_pinterest.control(QStringLiteral("/_fake/config"), {{QStringLiteral("rotate"), true}});
    QProcess renewed;
    run({QStringLiteral("accounts"), QStringLiteral("refresh"), ids.value(QStringLiteral("pinterest")),
         QStringLiteral("--json")},
        renewed);
    QVERIFY(renewed.waitForFinished(30'000));
    const QByteArray renewedOutput = renewed.readAllStandardOutput();
    QVERIFY2(renewed.exitCode() == 0, renewedOutput.constData());
    QCOMPARE(QJsonDocument::fromJson(renewedOutput).object().value(QLatin1StringView("status")).toString(),
             QStringLiteral("connected"));

    // Set the default board to the second one, by id.
    QProcess setBoard;
    run({QStringLiteral("accounts"), QStringLiteral("set-board"), ids.value(QStringLiteral("pinterest")),
         QStringLiteral("900001"), QStringLiteral("--json")},
        setBoard);
    QVERIFY(setBoard.waitForFinished(30'000));
    const QByteArray boardOutput = setBoard.readAllStandardOutput();
    QVERIFY2(setBoard.exitCode() == 0, boardOutput.constData());
    const QJsonObject board = QJsonDocument::fromJson(boardOutput)
                                  .object()
                                  .value(QLatin1StringView("extensions"))
                                  .toObject()
                                  .value(pinterest::kDefaultBoardKey)
                                  .toObject();
    QCOMPARE(board.value(QLatin1StringView("name")).toString(), QStringLiteral("Board 1"));
    QProcess unknownBoard;
    run({QStringLiteral("accounts"), QStringLiteral("set-board"), ids.value(QStringLiteral("pinterest")),
         QStringLiteral("no-such-board")},
        unknownBoard);
    QVERIFY(unknownBoard.waitForFinished(30'000));
    QCOMPARE(unknownBoard.exitCode(), 2);
    // The error lists the boards to choose from, by id and name.
    const QByteArray unknownError = unknownBoard.readAllStandardError();
    QVERIFY2(unknownError.contains("900001 (Board 1)"), unknownError.constData());

    // Every token the command line stored, read back through the vault.
    QList<QByteArray> stored = m_secrets;
    {
        Expected<std::unique_ptr<AccountService>> reader =
            AccountService::open(dataDir, AccountService::Access::ReadOnly);
        QVERIFY(reader);
        for (const QString &id : std::as_const(ids)) {
            const Expected<Account> account = (*reader)->account(id);
            QVERIFY(account);
            const Expected<QJsonObject> secrets = (*reader)->vault().readSecrets(*account);
            QVERIFY(secrets);
            for (const QLatin1StringView key : {oauth::kAccessTokenKey, oauth::kRefreshTokenKey}) {
                if (!secrets->value(key).toString().isEmpty())
                    stored.append(secrets->value(key).toString().toUtf8());
            }
        }
    }
    QVERIFY(stored.size() >= m_secrets.size() + 3);
    const QStringList leaks = test::filesContainingAny({dataDir}, stored);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void tst_ThreadsPinterest::cleanupTestCase()
{
    m_secrets.removeAll(QByteArray());
    const QList<QByteArray> leaked = m_log.leaked(m_secrets);
    QVERIFY2(leaked.isEmpty(), "a token, secret or state value reached a log line");
    if (m_service) {
        const QStringList files = test::filesContainingAny({m_service->dataDir()}, m_secrets);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u'\n')));
    }
}

QTEST_MAIN(tst_ThreadsPinterest)
#include "tst_threadspinterest.moc"
