// The Settings dialog on real widgets (offscreen) and what it changes. It
// writes the provider configuration through ProviderStore and client secrets
// to the Secret Service of a private gnome-keyring. It also changes the XDG
// autostart file, the QSettings file, the theme, and the main window's close
// and connect paths.
#include <memory>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QKeySequence>
#include <QLibraryInfo>
#include <QListWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "app/core/application.h"
#include "app/core/appsettings.h"
#include "app/core/autostart.h"
#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "app/vault/vault.h"
#include "tests/support/logcapture.h"
#include "tests/support/secretscan.h"
#include "ui/mainwindow.h"
#include "ui/oauthconnectdialog.h"
#include "ui/settingsdialog.h"
#include "ui/theme.h"

using namespace fanout;
using fanout::ui::MainWindow;
using fanout::ui::SettingsDialog;

namespace {

constexpr QLatin1StringView kSecret("cs-Zq8v3LmT0pWx6KeY1fRb9HdNs2Ua");

template <typename T>
T *child(const QObject &parent, const QString &name)
{
    return parent.findChild<T *>(name);
}

} // namespace

class tst_SettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void providerFieldsRoundTrip();
    void secretStoredOnlyInKeychain();
    void clearRemovesSecret();
    void invalidInputSavesNothing_data();
    void invalidInputSavesNothing();
    void blueskyServiceSaved();
    void generalSettingsPersist();
    void startAtLoginWritesEntry();
    void darkThemeAppliesPalette();
    void closeToTrayWithoutTrayDisabled();
    void closeToTrayHidesWindow();
    void closeWithoutTrayQuits();
    void unconfiguredConnectOpensSettings();
    void settingsActionOpensGeneral();
    void reconnectUnconfiguredOpensSettings();
    void mnemonicsReachTheirFields_data();
    void mnemonicsReachTheirFields();

    void cleanupTestCase();

private:
    [[nodiscard]] std::unique_ptr<SettingsDialog> openDialog(bool trayAvailable = false);
    [[nodiscard]] static bool save(SettingsDialog &dialog);
    [[nodiscard]] QStringList filesWithSecret() const;

    test::LogCapture m_log;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<AccountService> m_service;
};

void tst_SettingsDialog::initTestCase()
{
    setApplicationIdentity();
    // run-in-session.sh points HOME and XDG_CONFIG_HOME into a scratch folder.
    QVERIFY2(qEnvironmentVariableIsSet("FANOUT_TEST_SESSION"), "run this test through run-in-session.sh");
}

void tst_SettingsDialog::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dataDir->path(), AccountService::Access::Exclusive);
    QVERIFY2(service, service ? "" : qPrintable(errorMessage(service.error())));
    m_service = std::move(*service);
}

void tst_SettingsDialog::cleanup()
{
    m_service.reset();
    m_dataDir.reset();
    AppSettings settings;
    QFile::remove(settings.fileName());
    QFile::remove(Autostart(QCoreApplication::applicationFilePath()).location());
    ui::applyTheme(Theme::System);
}

std::unique_ptr<SettingsDialog> tst_SettingsDialog::openDialog(bool trayAvailable)
{
    auto dialog = std::make_unique<SettingsDialog>(m_service->providers(), trayAvailable);
    dialog->show();
    return dialog;
}

bool tst_SettingsDialog::save(SettingsDialog &dialog)
{
    auto *buttons = child<QDialogButtonBox>(dialog, QStringLiteral("settingsButtons"));
    if (!buttons)
        return false;
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    return dialog.result() == QDialog::Accepted && !dialog.isVisible();
}

QStringList tst_SettingsDialog::filesWithSecret() const
{
    const QStringList places{m_dataDir->path(),
                             QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                             QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
    return test::filesContainingAny(places, {QByteArray(kSecret.data(), kSecret.size())});
}

void tst_SettingsDialog::providerFieldsRoundTrip()
{
    {
        std::unique_ptr<SettingsDialog> dialog = openDialog();
        dialog->showPlatformPage(Platform::Twitter);
        QCOMPARE(dialog->currentPlatform(), std::optional<Platform>(Platform::Twitter));
        auto *clientId = child<QLineEdit>(*dialog, QStringLiteral("twitter-clientIdEdit"));
        auto *port = child<QLineEdit>(*dialog, QStringLiteral("twitter-redirectPortEdit"));
        auto *loopback = child<QLineEdit>(*dialog, QStringLiteral("twitter-loopbackUriEdit"));
        auto *scopes = child<QLineEdit>(*dialog, QStringLiteral("twitter-scopesEdit"));
        auto *tokenUrl = child<QLineEdit>(*dialog, QStringLiteral("twitter-tokenUrlEdit"));
        QVERIFY(clientId && port && loopback && scopes && tokenUrl);
        QCOMPARE(port->text(), QStringLiteral("47321"));
        QCOMPARE(loopback->text(), QStringLiteral("http://127.0.0.1:47321/callback"));

        QTest::keyClicks(clientId, QStringLiteral("x-client-123"));
        port->setText(QStringLiteral("47400"));
        QCOMPARE(loopback->text(), QStringLiteral("http://127.0.0.1:47400/callback"));
        scopes->setText(QStringLiteral("tweet.read, users.read offline.access"));
        tokenUrl->setText(QStringLiteral("http://127.0.0.1:9/token"));
        QVERIFY(save(*dialog));
    }

    const Expected<ProviderConfig> stored = m_service->providers().config(Platform::Twitter);
    QVERIFY(stored);
    QCOMPARE(stored->clientId, QStringLiteral("x-client-123"));
    QCOMPARE(stored->redirectPort, quint16(47400));
    QCOMPARE(stored->scopes, (QStringList{QStringLiteral("tweet.read"), QStringLiteral("users.read"),
                                          QStringLiteral("offline.access")}));
    QCOMPARE(stored->tokenUrl, QUrl(QStringLiteral("http://127.0.0.1:9/token")));
    QCOMPARE(stored->authorizeUrl, defaultProviderConfig(Platform::Twitter)->authorizeUrl);
    // LinkedIn was not touched, so it has no entry in the file.
    QCOMPARE(*m_service->providers().config(Platform::LinkedIn), *defaultProviderConfig(Platform::LinkedIn));

    std::unique_ptr<SettingsDialog> reopened = openDialog();
    QCOMPARE(child<QLineEdit>(*reopened, QStringLiteral("twitter-clientIdEdit"))->text(),
             QStringLiteral("x-client-123"));
    QCOMPARE(child<QLineEdit>(*reopened, QStringLiteral("twitter-redirectPortEdit"))->text(), QStringLiteral("47400"));
    QCOMPARE(child<QLineEdit>(*reopened, QStringLiteral("twitter-scopesEdit"))->text(),
             QStringLiteral("tweet.read users.read offline.access"));
    QVERIFY(child<QLabel>(*reopened, QStringLiteral("twitter-intro"))->text().contains(QLatin1StringView("signs in")));
    QVERIFY(child<QLabel>(*reopened, QStringLiteral("linkedin-intro"))->text().contains(QLatin1StringView("not set up")));
}

void tst_SettingsDialog::secretStoredOnlyInKeychain()
{
    {
        std::unique_ptr<SettingsDialog> dialog = openDialog();
        dialog->showPlatformPage(Platform::LinkedIn);
        auto *secret = child<QLineEdit>(*dialog, QStringLiteral("linkedin-clientSecretEdit"));
        auto *status = child<QLabel>(*dialog, QStringLiteral("linkedin-secretStatus"));
        QVERIFY(secret && status);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(status->text().startsWith(QLatin1StringView("No client secret")));
        child<QLineEdit>(*dialog, QStringLiteral("linkedin-clientIdEdit"))->setText(QStringLiteral("li-client"));
        QTest::keyClicks(secret, kSecret);
        QVERIFY(status->text().contains(QLatin1StringView("when you save")));

        QVERIFY(dialog->apply());
        QVERIFY(secret->text().isEmpty());
        QCOMPARE(status->text(), QStringLiteral("A client secret is stored in the keychain."));
        QVERIFY(child<QPushButton>(*dialog, QStringLiteral("linkedin-clearSecretButton"))->isEnabled());
        QVERIFY(!status->text().contains(kSecret));
    }

    const Expected<std::optional<QByteArray>> stored = m_service->providers().clientSecret(Platform::LinkedIn);
    QVERIFY(stored);
    QVERIFY(stored->has_value());
    QCOMPARE(**stored, QByteArray(kSecret.data(), kSecret.size()));
    QCOMPARE(m_service->providers().config(Platform::LinkedIn)->clientId, QStringLiteral("li-client"));

    QVERIFY(QFile::exists(m_service->providers().filePath()));
    QVERIFY(QFile::exists(AppSettings().fileName()));
    const QStringList leaked = filesWithSecret();
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", ")));
    QVERIFY(m_log.leaked({QByteArray(kSecret.data(), kSecret.size())}).isEmpty());
}

void tst_SettingsDialog::clearRemovesSecret()
{
    QVERIFY(m_service->providers().setClientSecret(Platform::Twitter, QByteArray(kSecret.data(), kSecret.size())));

    std::unique_ptr<SettingsDialog> dialog = openDialog();
    auto *status = child<QLabel>(*dialog, QStringLiteral("twitter-secretStatus"));
    auto *secret = child<QLineEdit>(*dialog, QStringLiteral("twitter-clientSecretEdit"));
    auto *clear = child<QPushButton>(*dialog, QStringLiteral("twitter-clearSecretButton"));
    QVERIFY(status && secret && clear);
    QCOMPARE(status->text(), QStringLiteral("A client secret is stored in the keychain."));
    // The field never shows the stored value, only that one exists.
    QVERIFY(secret->text().isEmpty());
    QVERIFY(secret->placeholderText().contains(QLatin1StringView("Stored in the keychain")));

    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(status->text().contains(QLatin1StringView("removed from the keychain when you save")));
    // Nothing changes before saving.
    QVERIFY(m_service->providers().clientSecret(Platform::Twitter)->has_value());

    QVERIFY(save(*dialog));
    const Expected<std::optional<QByteArray>> after = m_service->providers().clientSecret(Platform::Twitter);
    QVERIFY(after);
    QVERIFY(!after->has_value());
}

void tst_SettingsDialog::invalidInputSavesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("page");

    const int twitter = int(Platform::Twitter);
    QTest::newRow("port zero") << QStringLiteral("twitter-redirectPortEdit") << QStringLiteral("0")
                               << QStringLiteral("twitter-redirectPortError") << QStringLiteral("1 to 65535")
                               << twitter;
    QTest::newRow("port too large") << QStringLiteral("twitter-redirectPortEdit") << QStringLiteral("70000")
                                    << QStringLiteral("twitter-redirectPortError") << QStringLiteral("1 to 65535")
                                    << twitter;
    QTest::newRow("port not a number") << QStringLiteral("twitter-redirectPortEdit") << QStringLiteral("47a21")
                                       << QStringLiteral("twitter-redirectPortError")
                                       << QStringLiteral("from 1 to 65535") << twitter;
    QTest::newRow("authorize over http")
        << QStringLiteral("twitter-authorizeUrlEdit") << QStringLiteral("http://auth.example.org/authorize")
        << QStringLiteral("twitter-authorizeUrlError") << QStringLiteral("https://") << twitter;
    QTest::newRow("token url not a url") << QStringLiteral("twitter-tokenUrlEdit") << QStringLiteral("token please")
                                         << QStringLiteral("twitter-tokenUrlError") << QStringLiteral("https://")
                                         << twitter;
    QTest::newRow("relay over http") << QStringLiteral("twitter-redirectUriEdit")
                                     << QStringLiteral("http://relay.example.org/fanout")
                                     << QStringLiteral("twitter-redirectUriError") << QStringLiteral("relay")
                                     << twitter;
    QTest::newRow("linkedin api over http")
        << QStringLiteral("linkedin-apiBaseUrlEdit") << QStringLiteral("http://api.example.org")
        << QStringLiteral("linkedin-apiBaseUrlError") << QStringLiteral("https://") << int(Platform::LinkedIn);
    QTest::newRow("bluesky service not https")
        << QStringLiteral("blueskyServiceEdit") << QStringLiteral("ftp://pds.example.org")
        << QStringLiteral("blueskyServiceError") << QStringLiteral("https://") << int(Platform::Bluesky);
    QTest::newRow("bluesky service with path")
        << QStringLiteral("blueskyServiceEdit") << QStringLiteral("https://pds.example.org/xrpc")
        << QStringLiteral("blueskyServiceError") << QStringLiteral("without a path") << int(Platform::Bluesky);
}

void tst_SettingsDialog::invalidInputSavesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorLabel);
    QFETCH(QString, expected);
    QFETCH(int, page);

    std::unique_ptr<SettingsDialog> dialog = openDialog();
    // Valid changes on other pages, which must not be written either.
    child<QLineEdit>(*dialog, QStringLiteral("twitter-clientIdEdit"))->setText(QStringLiteral("x-client"));
    QTest::keyClicks(child<QLineEdit>(*dialog, QStringLiteral("twitter-clientSecretEdit")), kSecret);
    child<QCheckBox>(*dialog, QStringLiteral("notificationsCheck"))->setChecked(false);
    child<QComboBox>(*dialog, QStringLiteral("languageCombo"))->setCurrentIndex(2);
    dialog->showGeneralPage();

    auto *edit = child<QLineEdit>(*dialog, field);
    QVERIFY(edit);
    edit->setText(value);
    QVERIFY(!save(*dialog));

    QVERIFY(dialog->isVisible());
    auto *label = child<QLabel>(*dialog, errorLabel);
    QVERIFY(label);
    QVERIFY(!label->isHidden());
    QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
    // The dialog shows the page with the wrong field.
    QCOMPARE(dialog->currentPlatform(), std::optional<Platform>(Platform(page)));

    QVERIFY(!QFile::exists(m_service->providers().filePath()));
    const Expected<std::optional<QByteArray>> secret = m_service->providers().clientSecret(Platform::Twitter);
    QVERIFY(secret);
    QVERIFY(!secret->has_value());
    AppSettings settings;
    QVERIFY(settings.notificationsEnabled());
    QCOMPARE(settings.language(), QString());
    QVERIFY(!QFile::exists(settings.fileName()));
}

void tst_SettingsDialog::blueskyServiceSaved()
{
    QCOMPARE(*m_service->providers().blueskyService(), QUrl(QStringLiteral("https://bsky.social")));
    {
        std::unique_ptr<SettingsDialog> dialog = openDialog();
        auto *service = child<QLineEdit>(*dialog, QStringLiteral("blueskyServiceEdit"));
        QVERIFY(service);
        QCOMPARE(service->text(), QStringLiteral("https://bsky.social"));
        service->setText(QStringLiteral("https://pds.example.org/"));
        QVERIFY(save(*dialog));
    }
    QCOMPARE(*m_service->providers().blueskyService(), QUrl(QStringLiteral("https://pds.example.org")));

    // Emptying the field goes back to the default service.
    std::unique_ptr<SettingsDialog> dialog = openDialog();
    child<QLineEdit>(*dialog, QStringLiteral("blueskyServiceEdit"))->clear();
    QVERIFY(save(*dialog));
    QCOMPARE(*m_service->providers().blueskyService(), QUrl(QStringLiteral("https://bsky.social")));
}

void tst_SettingsDialog::generalSettingsPersist()
{
    {
        std::unique_ptr<SettingsDialog> dialog = openDialog();
        auto *notifications = child<QCheckBox>(*dialog, QStringLiteral("notificationsCheck"));
        auto *language = child<QComboBox>(*dialog, QStringLiteral("languageCombo"));
        auto *note = child<QLabel>(*dialog, QStringLiteral("languageNote"));
        QVERIFY(notifications && language && note);
        QVERIFY(notifications->isChecked());
        QCOMPARE(language->currentData().toString(), QString());
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QLatin1StringView("next time Fanout starts")));

        notifications->setChecked(false);
        const int german = language->findData(QStringLiteral("de"));
        QVERIFY(german > 0);
        QCOMPARE(language->itemText(german), QStringLiteral("Deutsch"));
        language->setCurrentIndex(german);
        QVERIFY(save(*dialog));
    }

    AppSettings settings;
    QVERIFY(!settings.notificationsEnabled());
    QCOMPARE(settings.language(), QStringLiteral("de"));

    std::unique_ptr<SettingsDialog> reopened = openDialog();
    QVERIFY(!child<QCheckBox>(*reopened, QStringLiteral("notificationsCheck"))->isChecked());
    QCOMPARE(child<QComboBox>(*reopened, QStringLiteral("languageCombo"))->currentData().toString(),
             QStringLiteral("de"));
}

void tst_SettingsDialog::startAtLoginWritesEntry()
{
    const Autostart autostart(QCoreApplication::applicationFilePath());
    QVERIFY(autostart.location().startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
    QVERIFY(!autostart.isEnabled());

    std::unique_ptr<SettingsDialog> dialog = openDialog();
    auto *check = child<QCheckBox>(*dialog, QStringLiteral("startAtLoginCheck"));
    QVERIFY(check);
    QVERIFY(!check->isChecked());
    check->setChecked(true);
    QVERIFY(dialog->apply());
    QVERIFY(autostart.isEnabled());
    QFile entry(autostart.location());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QByteArray contents = entry.readAll();
    const QByteArray execLine =
        "\nExec=" + Autostart::desktopExecLine(QCoreApplication::applicationFilePath(), {}).toUtf8() + '\n';
    QVERIFY2(contents.contains(execLine), contents.constData());

    check->setChecked(false);
    QVERIFY(dialog->apply());
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!QFile::exists(autostart.location()));
}

void tst_SettingsDialog::darkThemeAppliesPalette()
{
    const QString systemStyle = QApplication::style()->name();
    std::unique_ptr<SettingsDialog> dialog = openDialog();
    auto *theme = child<QComboBox>(*dialog, QStringLiteral("themeCombo"));
    QVERIFY(theme);
    QCOMPARE(theme->currentData().toInt(), int(Theme::System));
    theme->setCurrentIndex(theme->findData(int(Theme::Dark)));
    QVERIFY(dialog->apply());

    QCOMPARE(AppSettings().theme(), Theme::Dark);
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    const QPalette palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::Window).lightness() < 80);
    QVERIFY(palette.color(QPalette::WindowText).lightness() > 180);
    QVERIFY(palette.color(QPalette::Base).lightness() < 80);
    // Widgets already shown follow the application palette.
    QTRY_VERIFY(dialog->palette().color(QPalette::Window).lightness() < 80);

    theme->setCurrentIndex(theme->findData(int(Theme::System)));
    QVERIFY(dialog->apply());
    QCOMPARE(QApplication::style()->name(), systemStyle);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
}

void tst_SettingsDialog::closeToTrayWithoutTrayDisabled()
{
    std::unique_ptr<SettingsDialog> dialog = openDialog(false);
    auto *check = child<QCheckBox>(*dialog, QStringLiteral("closeToTrayCheck"));
    QVERIFY(check);
    QVERIFY(!check->isEnabled());
    QVERIFY(!check->isChecked());

    std::unique_ptr<SettingsDialog> withTray = openDialog(true);
    auto *enabled = child<QCheckBox>(*withTray, QStringLiteral("closeToTrayCheck"));
    QVERIFY(enabled->isEnabled());
    QVERIFY(enabled->isChecked());
    enabled->setChecked(false);
    QVERIFY(withTray->apply());
    QVERIFY(!AppSettings().closeToTray(true));
}

void tst_SettingsDialog::closeToTrayHidesWindow()
{
    MainWindow window(*m_service);
    window.setTrayAvailable(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy quit(&window, &MainWindow::quitRequested);

    // On by default when a tray exists.
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
    QCOMPARE(quit.size(), 0);

    window.showAndActivate();
    QVERIFY(window.isVisible());
    AppSettings settings;
    settings.setCloseToTray(false);
    QVERIFY(settings.sync());
    QVERIFY(window.close());
    QCOMPARE(quit.size(), 1);
}

void tst_SettingsDialog::closeWithoutTrayQuits()
{
    AppSettings settings;
    settings.setCloseToTray(true);
    QVERIFY(settings.sync());

    MainWindow window(*m_service);
    QVERIFY(!window.isTrayAvailable());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    QVERIFY(window.close());
    QCOMPARE(quit.size(), 1);
}

void tst_SettingsDialog::unconfiguredConnectOpensSettings()
{
    MainWindow window(*m_service);
    window.show();
    auto *menu = child<QMenu>(window, QStringLiteral("connectMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    auto *action = child<QAction>(*menu, QStringLiteral("connect-twitter"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY2(action->toolTip().contains(QLatin1StringView("Settings")), qPrintable(action->toolTip()));
    QVERIFY(action->text().contains(QLatin1StringView("not set up")));

    action->trigger();
    QVERIFY(!window.findChild<ui::OAuthConnectDialog *>());
    QPointer<SettingsDialog> dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentPlatform(), std::optional<Platform>(Platform::Twitter));
    QVERIFY(child<QLabel>(*dialog, QStringLiteral("twitter-intro"))->text().contains(QLatin1StringView("not set up")));

    // Entering a client id there makes the entry a real connect.
    child<QLineEdit>(*dialog, QStringLiteral("twitter-clientIdEdit"))->setText(QStringLiteral("x-client"));
    QVERIFY(save(*dialog));
    QVERIFY(!action->text().contains(QLatin1StringView("not set up")));
    QCOMPARE(action->toolTip(), QStringLiteral("Connect in your browser"));
}

void tst_SettingsDialog::settingsActionOpensGeneral()
{
    MainWindow window(*m_service);
    window.show();
    auto *action = child<QAction>(window, QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->trigger();
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentPlatform(), std::nullopt);

    // A second trigger raises the same dialog.
    action->trigger();
    QCOMPARE(window.findChildren<SettingsDialog *>().size(), 1);
}

void tst_SettingsDialog::reconnectUnconfiguredOpensSettings()
{
    Account account;
    account.platform = Platform::LinkedIn;
    account.platformUserId = QStringLiteral("li-user-1");
    account.handle = QStringLiteral("ada");
    account.displayName = QStringLiteral("Ada Lovelace");
    account.tokenExpiresAt = QDateTime::currentDateTimeUtc().addDays(30);
    const Expected<Account> saved =
        m_service->vault().saveConnection(account, QJsonObject{{QStringLiteral("accessToken"), QStringLiteral("t")}});
    QVERIFY(saved);

    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *reconnect = child<QPushButton>(window, QStringLiteral("reconnectButton"));
    QVERIFY(reconnect);
    QVERIFY(reconnect->isEnabled());
    QTest::mouseClick(reconnect, Qt::LeftButton);

    QPointer<SettingsDialog> dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentPlatform(), std::optional<Platform>(Platform::LinkedIn));
}

void tst_SettingsDialog::cleanupTestCase()
{
    QVERIFY(m_log.leaked({QByteArray(kSecret.data(), kSecret.size())}).isEmpty());
}

QTEST_MAIN(tst_SettingsDialog)
void tst_SettingsDialog::mnemonicsReachTheirFields_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "fr", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_SettingsDialog::mnemonicsReachTheirFields()
{
    // Every underlined letter on a page is used once, counting the dialog's
    // buttons, and a label's letter moves the focus into its field. The
    // translations choose their own letters, so each language is checked.
    QFETCH(QString, language);
    QTranslator fanoutTranslator;
    QTranslator qtTranslator;
    if (language != u"en") {
        const QString buildDir = QFileInfo(qEnvironmentVariable("FANOUT_EXECUTABLE")).absolutePath();
        QVERIFY2(fanoutTranslator.load(QStringLiteral("fanout_") + language, buildDir), qPrintable(buildDir));
        QVERIFY(qtTranslator.load(QStringLiteral("qtbase_") + language,
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&fanoutTranslator);
        QCoreApplication::installTranslator(&qtTranslator);
    }
    const auto removeTranslators = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&fanoutTranslator);
        QCoreApplication::removeTranslator(&qtTranslator);
    });

    std::unique_ptr<SettingsDialog> dialog = openDialog();
    QApplication::setActiveWindow(dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    auto *pages = child<QListWidget>(*dialog, QStringLiteral("settingsPageList"));
    auto *buttons = child<QDialogButtonBox>(*dialog, QStringLiteral("settingsButtons"));
    QVERIFY(pages);
    QVERIFY(buttons);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    for (int row = 0; row < pages->count(); ++row) {
        pages->setCurrentRow(row);
        const QString page = pages->item(row)->text();
        QHash<QKeySequence, QStringList> owners;
        QList<QLabel *> labels;
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                text = label->text();
                if (label->buddy() && !QKeySequence::mnemonic(text).isEmpty())
                    labels << label;
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                text = button->text();
            }
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                owners[key] << text;
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(it.value().size() == 1,
                     qPrintable(QStringLiteral("%1: %2 is used by %3").arg(page, it.key().toString(),
                                                                          it.value().join(QStringLiteral(", ")))));
        for (QLabel *label : std::as_const(labels)) {
            const QKeySequence key = QKeySequence::mnemonic(label->text());
            // From a button: the page list would take the letter for its own search.
            cancel->setFocus();
            QTest::keySequence(dialog.get(), key);
            QWidget *target = label->buddy();
            while (target->focusProxy())
                target = target->focusProxy();
            QVERIFY2(QApplication::focusWidget() == target,
                     qPrintable(QStringLiteral("%1: %2 (%3) did not focus its field")
                                    .arg(page, label->text(), key.toString())));
        }
    }
}

#include "tst_settingsdialog.moc"
