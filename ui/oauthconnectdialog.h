#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/core/platform.h"
#include "app/platforms/facebook/facebookfanout.h"

class QLabel;
class QDialog;
class QLineEdit;
class QPushButton;
class QWidget;

namespace fanout::oauth {
class OAuthConnector;
}

namespace fanout::ui {

// Connects an X, LinkedIn or Facebook account through the browser. start() asks the
// connector for the consent URL, opens it in the system browser and shows it
// in a read-only field so it can be copied into another browser. The dialog
// accepts once the account is stored; an error is shown inline and "Try
// Again" starts a new consent. Cancel stops the waiting listener and closes.
//
// For Facebook, a user with several Pages picks them in a FacebookPagePicker
// opened over this dialog; a single Page is taken without asking.
//
// FANOUT_NO_BROWSER=1 leaves the browser closed (tests, remote sessions):
// the address is then only shown.
class OAuthConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthConnectDialog)

public:
    OAuthConnectDialog(oauth::OAuthConnector &connector, Platform platform, QWidget *parent = nullptr);
    ~OAuthConnectDialog() override;

    // Starts the consent; does nothing while one is running.
    void start();

    [[nodiscard]] Platform platform() const { return m_platform; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The account stored by the last successful connect.
    [[nodiscard]] Account connectedAccount() const { return m_account; }

    // Cancels a running consent and closes once the listener is shut.
    void reject() override;

private:
    void buildLayout();
    void setBusy(bool busy);
    void handleUrl(const QUrl &url);
    void handleConnected(const Account &account);
    void handleError(const Error &error);
    void handlePages(const QList<facebook::PageChoice> &pages);

    oauth::OAuthConnector &m_connector;
    Platform m_platform;
    Account m_account;
    bool m_busy = false;
    bool m_closing = false;

    QLineEdit *m_urlEdit = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_browserHint = nullptr;
    QLabel *m_errorLabel = nullptr;
    QWidget *m_busyRow = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<QDialog> m_picker;
};

} // namespace fanout::ui
