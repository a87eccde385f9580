#pragma once

#include <optional>

#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <QUrl>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/core/platform.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace fanout {
class AccountService;
}

namespace fanout::ui {

class AccountDetailPane;
class AccountFilterModel;
class AccountListModel;
class ExpiryTimeline;
class OAuthConnectDialog;
class SettingsDialog;

// The main window: a toolbar to connect accounts, and either a first-run
// placeholder or the account list (with search, platform filter, sorting and
// an expiry timeline above it) and a detail pane beside it. Everything it
// changes goes through the AccountService it is given.
//
// Keyboard: Ctrl+F searches, Ctrl+Shift+N opens the connect menu, Ctrl+N
// connects Bluesky, F5 checks the selected account, Ctrl+R reconnects it and
// Delete disconnects it after a confirmation.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AccountService &service, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] AccountListModel *accountModel() const { return m_model; }
    // The sorted, filtered rows the list view shows.
    [[nodiscard]] AccountFilterModel *filterModel() const { return m_proxy; }

    // Opens the Bluesky dialog. For a reconnect, the identifier and service
    // prefill it, and expectedDid makes it renew that account only.
    void connectBluesky(const QString &identifier = {}, const QUrl &service = {}, const QString &expectedDid = {});
    // Opens the browser consent dialog for an OAuth platform, or the
    // platform's Settings page, which explains how to set it up, when it has no
    // client id. Reconnecting an account runs the same consent: the store
    // keeps one row per platform user, so its id stays.
    void connectOAuth(Platform platform);
    // Opens the Settings dialog, on the platform's page when one is given.
    void openSettings(std::optional<Platform> platform = std::nullopt);
    void checkConnection(const QString &accountId);
    void reconnectAccount(const QString &accountId);
    // Asks for confirmation, ends a Bluesky session on its PDS, then deletes
    // the account and its tokens here.
    void disconnectAccount(const QString &accountId);

    // Brings the window to the front, for example from the tray icon.
    void showAndActivate();
    // Opens Settings on the page with this id ("general", or a platform id
    // such as "twitter"); an unknown id shows the General page.
    void openSettingsPage(const QString &page);
    // Handles a request from another start of Fanout on the same data
    // folder: shows the window, and Settings on settingsPage when
    // openSettings is true. An open dialog comes forward instead, so no
    // second one stacks on it.
    void bringForward(bool openSettings, const QString &settingsPage);
    // Brings the window to the front with the account selected, for example
    // from a notification about it.
    void showAccount(const QString &accountId);

    // With a tray, closing the window may hide it instead of quitting
    // (AppSettings::closeToTray). Without one, closing always quits.
    void setTrayAvailable(bool available);
    [[nodiscard]] bool isTrayAvailable() const { return m_trayAvailable; }

Q_SIGNALS:
    // Closing the window should end Fanout, because close to tray is off.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolBar();
    void buildAccountMenu();
    QWidget *buildEmptyState();
    QWidget *buildAccountPage();
    QWidget *buildFilterBar(QWidget *parent);
    void showListContextMenu(const QPoint &position);
    QMenu *buildConnectMenu();
    void updateConnectMenu(QMenu *menu);

    void updatePage();
    void updateDetails();
    void updateAccountCount();
    void updateAccountActions();
    [[nodiscard]] QString currentAccountId() const;
    // Selects the account, clearing the search and filter first when they hide it.
    void selectAccount(const QString &accountId);
    void showError(const QString &message);
    void hideError();

    void removeAccount(const QString &accountId, const QString &handle);
    void handleChecked(const Account &account);
    void handleConnectorError(const Error &error);

    AccountService &m_service;
    AccountListModel *m_model = nullptr;
    AccountFilterModel *m_proxy = nullptr;
    QString m_checkingAccountId;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_accountPage = nullptr;
    QListView *m_accountView = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_platformFilter = nullptr;
    QComboBox *m_sortBox = nullptr;
    ExpiryTimeline *m_timeline = nullptr;
    QLabel *m_timelineSummary = nullptr;
    QLabel *m_noMatch = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    AccountDetailPane *m_detailPane = nullptr;
    QToolButton *m_connectButton = nullptr;
    QWidget *m_errorBanner = nullptr;
    QLabel *m_errorText = nullptr;
    QLabel *m_accountCount = nullptr;
    QPointer<OAuthConnectDialog> m_oauthDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    bool m_trayAvailable = false;
};

} // namespace fanout::ui
