#pragma once

#include <QDialog>
#include <QUrl>

#include "app/core/account.h"
#include "app/core/error.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

namespace fanout::bluesky {
class BlueskyConnector;
}

namespace fanout::ui {

// Asks for a Bluesky handle (or DID) and an app password and connects the
// account through the connector. The dialog accepts once the account is
// stored; on an error it stays open with the fields kept and the message
// shown inline.
class BlueskyConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlueskyConnectDialog)

public:
    explicit BlueskyConnectDialog(bluesky::BlueskyConnector &connector, QWidget *parent = nullptr);
    ~BlueskyConnectDialog() override;

    // Prefills the identifier, for example to reconnect an existing account.
    void setIdentifier(const QString &identifier);
    void setServiceUrl(const QUrl &service);
    // Makes the dialog renew the account with this DID: a handle that now
    // belongs to another account is refused instead of added.
    void setExpectedDid(const QString &did) { m_expectedDid = did; }

    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The account stored by the last successful connect.
    [[nodiscard]] Account connectedAccount() const { return m_account; }

    // Cancels a running connect instead of closing; closes otherwise.
    void reject() override;

private:
    void buildLayout();
    void validate();
    void startConnect();
    void setBusy(bool busy);
    void showError(const QString &message);
    void handleConnected(const Account &account);
    void handleError(const Error &error);

    // The identifier as the connector expects it, or an empty string when
    // it is neither a valid handle nor a supported DID.
    [[nodiscard]] QString normalizedIdentifier() const;
    // The service or PLC directory URL, or an empty URL when it is unusable.
    [[nodiscard]] static QUrl parseServerUrl(const QString &text);

    bluesky::BlueskyConnector &m_connector;
    Account m_account;
    QString m_expectedDid;
    bool m_busy = false;

    QLineEdit *m_identifierEdit = nullptr;
    QLabel *m_identifierHint = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_passwordWarning = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advancedPanel = nullptr;
    QLineEdit *m_serviceEdit = nullptr;
    QLineEdit *m_plcDirectoryEdit = nullptr;
    QLabel *m_serverHint = nullptr;
    QLabel *m_errorLabel = nullptr;
    QWidget *m_busyRow = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace fanout::ui
