#pragma once

#include <map>
#include <memory>
#include <optional>

#include <QDialog>
#include <QHash>
#include <QIcon>
#include <QString>

#include "app/core/appsettings.h"
#include "app/core/platform.h"
#include "app/providers/providerconfig.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace fanout {
class Autostart;
}

namespace fanout::ui {

// The Settings dialog: a General page (notifications, start at login,
// close to tray, theme, language) and one page per platform with its
// provider configuration. Provider fields go through ProviderStore, so the
// dialog checks them with the same rules as `fanout providers import`, and
// a client secret goes to the keychain only. Saving checks every page
// first: when anything is invalid, the field shows why and nothing is saved.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // trayAvailable: whether a system tray exists, without which the window
    // cannot close to the tray.
    SettingsDialog(ProviderStore &providers, bool trayAvailable, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showGeneralPage();
    void showPlatformPage(Platform platform);
    // The platform whose page is shown, or nothing on the General page.
    [[nodiscard]] std::optional<Platform> currentPlatform() const;

    // Checks every page, then saves. When any field is invalid, it shows
    // the errors inline, writes nothing and returns false.
    bool apply();
    void accept() override;

Q_SIGNALS:
    // Emitted after apply() wrote everything.
    void settingsApplied();

private:
    // The widgets of one OAuth platform's page.
    struct ProviderPage {
        Platform platform = Platform::Twitter;
        ProviderConfig stored;
        bool secretStored = false;
        bool clearSecret = false;
        QLabel *intro = nullptr;
        QLineEdit *clientId = nullptr;
        QLineEdit *clientSecret = nullptr;
        QLabel *secretStatus = nullptr;
        QPushButton *clearSecretButton = nullptr;
        QLineEdit *redirectPort = nullptr;
        QLineEdit *loopbackUri = nullptr;
        QLineEdit *relayUri = nullptr;
        QLineEdit *authorizeUrl = nullptr;
        QLineEdit *tokenUrl = nullptr;
        QLineEdit *apiBaseUrl = nullptr;
        QLineEdit *scopes = nullptr;
        QLineEdit *apiVersion = nullptr; // only for platforms with a versioned API
        QHash<QString, QLabel *> errors; // by JSON key, such as "redirectPort"
    };

    QWidget *buildGeneralPage();
    QWidget *buildBlueskyPage();
    QWidget *buildProviderPage(Platform platform);
    QWidget *buildUnavailablePage(Platform platform, const QString &reason);
    void addPage(QWidget *page, const QIcon &icon, const QString &title, std::optional<Platform> platform);

    void loadGeneral();
    void loadProvider(ProviderPage &page);
    void updateSecretStatus(ProviderPage &page);
    void updateLoopbackUri(ProviderPage &page);

    // The configuration the fields describe, checked by applyProviderJson;
    // on failure the field's error label shows why.
    [[nodiscard]] std::optional<ProviderConfig> checkedProvider(ProviderPage &page);
    void showFieldError(QLabel *label, const QString &text);
    void clearErrors();
    [[nodiscard]] bool saveProvider(ProviderPage &page, const ProviderConfig &config);
    [[nodiscard]] bool saveGeneral();

    ProviderStore &m_providers;
    bool m_trayAvailable = false;
    AppSettings m_settings;
    std::unique_ptr<Autostart> m_autostart;
    std::map<Platform, ProviderPage> m_providerPages;

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    std::map<Platform, int> m_pageIndex; // index in m_pages; the General page is 0

    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_generalError = nullptr;

    QLineEdit *m_blueskyService = nullptr;
    QLabel *m_blueskyError = nullptr;
};

} // namespace fanout::ui
