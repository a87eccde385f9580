// Connecting LinkedIn the way a person does it in the window: the real main
// window (offscreen) opens the browser consent dialog, and headless Chromium
// signs in to a real oidc-provider on 127.0.0.1 with the address read from
// the dialog's field. Behind it are the real loopback listener, a real
// SQLite file and the Secret Service of a private gnome-keyring.
#include <memory>

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "app/core/application.h"
#include "app/oauth/oauthconnector.h"
#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "app/vault/vault.h"
#include "tests/support/logcapture.h"
#include "tests/support/oidcpeer.h"
#include "tests/support/ports.h"
#include "ui/accountlistmodel.h"
#include "ui/mainwindow.h"
#include "ui/oauthconnectdialog.h"
#include "ui/settingsdialog.h"

using namespace fanout;
using fanout::test::freePort;
using fanout::test::portIsFree;
using fanout::ui::MainWindow;
using fanout::ui::OAuthConnectDialog;
using fanout::ui::SettingsDialog;

namespace {

constexpr int kWaitMs = 90'000;

} // namespace

class tst_OAuthDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notConfiguredSaysHow();
    void approvedConsentAddsRow();
    void reconnectKeepsRowId();
    void deniedConsentShowsReason();
    void cancelFreesPort();
    void cleanupTestCase();

private:
    // Triggers the LinkedIn entry of the connect menu and returns the dialog
    // once it shows the consent address.
    OAuthConnectDialog *openLinkedIn(MainWindow &window);
    // Runs consent.mjs on the address in the dialog's field and waits for it.
    void runConsent(OAuthConnectDialog *dialog, bool deny);
    [[nodiscard]] int rowCount() const { return int(m_service->accounts()->size()); }

    test::LogCapture m_log;
    test::OidcPeer m_peer;
    QTemporaryDir m_dir;
    std::unique_ptr<AccountService> m_service;
    quint16 m_port = 0;
    QList<QByteArray> m_secrets; // what must never reach a log line
};

void tst_OAuthDialog::initTestCase()
{
    setApplicationIdentity();
    qRegisterMetaType<fanout::Account>();
    qRegisterMetaType<fanout::Error>();
    // The dialog must not start a real browser: Chromium is driven below.
    qputenv("FANOUT_NO_BROWSER", "1");
    QVERIFY2(m_peer.start(), qPrintable(m_peer.errorString()));
    QVERIFY(m_dir.isValid());
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dir.filePath(QStringLiteral("data")), AccountService::Access::Exclusive);
    QVERIFY2(service, service ? "" : qPrintable(errorMessage(service.error())));
    m_service = std::move(*service);
    m_port = freePort();
    QVERIFY(m_port);
}

OAuthConnectDialog *tst_OAuthDialog::openLinkedIn(MainWindow &window)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("connectMenu"));
    auto *action = menu ? menu->findChild<QAction *>(QStringLiteral("connect-linkedin")) : nullptr;
    if (!action || !action->isEnabled())
        return nullptr;
    Q_EMIT menu->aboutToShow();
    action->trigger();
    auto *dialog = window.findChild<OAuthConnectDialog *>();
    if (!dialog)
        return nullptr;
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("consentUrlEdit"));
    if (!field || !field->isReadOnly() || !QTest::qWaitFor([&] { return !field->text().isEmpty(); }, kWaitMs))
        return nullptr;
    m_secrets.append(
        QUrlQuery(QUrl(field->text())).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8());
    return dialog;
}

void tst_OAuthDialog::runConsent(OAuthConnectDialog *dialog, bool deny)
{
    const QUrl url(dialog->findChild<QLineEdit *>(QStringLiteral("consentUrlEdit"))->text());
    std::unique_ptr<QProcess> browser = m_peer.startConsent(url, deny);
    QVERIFY(browser);
    // The event loop keeps running, so the listener can answer the browser.
    QVERIFY(QTest::qWaitFor([&] { return browser->state() == QProcess::NotRunning; }, kWaitMs));
    QVERIFY2(browser->exitCode() == 0, browser->readAllStandardError().constData());
}

void tst_OAuthDialog::notConfiguredSaysHow()
{
    MainWindow window(*m_service);
    auto *action = window.findChild<QAction *>(QStringLiteral("connect-linkedin"));
    QVERIFY(action);
    QVERIFY(action->toolTip().contains(QLatin1StringView("fanout providers import FILE")));
    action->trigger();
    QVERIFY(!window.findChild<OAuthConnectDialog *>());
    // Settings opens on the LinkedIn page, which explains what to enter.
    QPointer<SettingsDialog> settings = window.findChild<SettingsDialog *>();
    QVERIFY(settings);
    QVERIFY(settings->isVisible());
    QCOMPARE(settings->currentPlatform(), std::optional<Platform>(Platform::LinkedIn));
    auto *intro = settings->findChild<QLabel *>(QStringLiteral("linkedin-intro"));
    QVERIFY(intro);
    QVERIFY2(intro->text().contains(QLatin1StringView("fanout providers import FILE")), qPrintable(intro->text()));
    settings->reject();
    QVERIFY(QTest::qWaitFor([&] { return settings.isNull(); }));

    const QJsonObject linkedin{{QStringLiteral("clientId"), m_peer.clientId()},
                               {QStringLiteral("authorizeUrl"), m_peer.authorizeUrl().toString()},
                               {QStringLiteral("tokenUrl"), m_peer.tokenUrl().toString()},
                               {QStringLiteral("apiBaseUrl"), m_peer.issuer().toString()},
                               {QStringLiteral("scopes"), QStringLiteral("openid profile w_member_social")},
                               {QStringLiteral("redirectPort"), m_port}};
    const QJsonObject providers{{QStringLiteral("providers"), QJsonObject{{QStringLiteral("linkedin"), linkedin}}}};
    const Expected<ProviderStore::ImportResult> imported =
        m_service->providers().importJson(QJsonDocument(providers).toJson());
    QVERIFY2(imported, imported ? "" : qPrintable(errorMessage(imported.error())));

    // The menu reads the providers again each time it opens.
    Q_EMIT window.findChild<QMenu *>(QStringLiteral("connectMenu"))->aboutToShow();
    QVERIFY(!action->toolTip().contains(QLatin1StringView("fanout providers import")));
}

void tst_OAuthDialog::approvedConsentAddsRow()
{
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.accountModel()->rowCount(), 0);

    QPointer<OAuthConnectDialog> dialog = openLinkedIn(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isBusy());
    runConsent(dialog, false);

    QVERIFY(QTest::qWaitFor([&] { return dialog.isNull(); }, kWaitMs));
    QCOMPARE(window.accountModel()->rowCount(), 1);
    const QModelIndex row = window.accountModel()->index(0);
    QCOMPARE(row.data(ui::AccountListModel::PlatformRole).value<Platform>(), Platform::LinkedIn);
    QVERIFY(portIsFree(m_port));

    const Expected<QList<Account>> accounts = m_service->accounts();
    QVERIFY(accounts && accounts->size() == 1);
    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(accounts->first());
    QVERIFY(secrets);
    m_secrets.append(secrets->value(QLatin1StringView("accessToken")).toString().toUtf8());
}

void tst_OAuthDialog::reconnectKeepsRowId()
{
    const Expected<QList<Account>> before = m_service->accounts();
    QVERIFY(before && before->size() == 1);
    const Account connected = before->first();
    QCOMPARE(connected.platform, Platform::LinkedIn);

    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *reconnect = window.findChild<QPushButton *>(QStringLiteral("reconnectButton"));
    QVERIFY(reconnect);
    QVERIFY(reconnect->isEnabled());
    QTest::mouseClick(reconnect, Qt::LeftButton);

    QPointer<OAuthConnectDialog> dialog = window.findChild<OAuthConnectDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->platform(), Platform::LinkedIn);
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("consentUrlEdit"));
    QVERIFY(QTest::qWaitFor([&] { return !field->text().isEmpty(); }, kWaitMs));
    m_secrets.append(
        QUrlQuery(QUrl(field->text())).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8());
    runConsent(dialog, false);
    QVERIFY(QTest::qWaitFor([&] { return dialog.isNull(); }, kWaitMs));

    // The same person signed in again: one row, same id, new tokens.
    const Expected<QList<Account>> after = m_service->accounts();
    QVERIFY(after);
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().id, connected.id);
    QCOMPARE(after->first().platformUserId, connected.platformUserId);
    QCOMPARE(window.accountModel()->rowCount(), 1);
    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(after->first());
    QVERIFY(secrets);
    m_secrets.append(secrets->value(QLatin1StringView("accessToken")).toString().toUtf8());
    QVERIFY(portIsFree(m_port));
}

void tst_OAuthDialog::deniedConsentShowsReason()
{
    MainWindow window(*m_service);
    window.show();
    const int before = rowCount();
    QPointer<OAuthConnectDialog> dialog = openLinkedIn(window);
    QVERIFY(dialog);
    runConsent(dialog, true);

    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error);
    QVERIFY(QTest::qWaitFor([&] { return error->isVisible(); }, kWaitMs));
    QVERIFY(!dialog.isNull());
    QVERIFY(!dialog->isBusy());
    // The platform_rejected sentence with the provider's reason, inline.
    QVERIFY2(error->text().contains(QLatin1StringView("did not grant access")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1StringView("End-User aborted interaction")), qPrintable(error->text()));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("consentUrlEdit"))->text().isEmpty());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
    QCOMPARE(rowCount(), before);
    QVERIFY(portIsFree(m_port));
    dialog->reject();
    QVERIFY(QTest::qWaitFor([&] { return dialog.isNull(); }, kWaitMs));
}

void tst_OAuthDialog::cancelFreesPort()
{
    MainWindow window(*m_service);
    window.show();
    const int before = rowCount();
    QPointer<OAuthConnectDialog> dialog = openLinkedIn(window);
    QVERIFY(dialog);
    QVERIFY(!portIsFree(m_port));

    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return dialog.isNull(); }, kWaitMs));
    QCOMPARE(rowCount(), before);
    QVERIFY(QTest::qWaitFor([&] { return portIsFree(m_port); }, 10'000));
    QVERIFY(!m_service->oauth().isBusy());
}

void tst_OAuthDialog::cleanupTestCase()
{
    m_secrets.removeAll(QByteArray());
    const QList<QByteArray> leaked = m_log.leaked(m_secrets);
    QVERIFY2(leaked.isEmpty(), "a state or token reached the log");
}

QTEST_MAIN(tst_OAuthDialog)
#include "tst_oauthdialog.moc"
