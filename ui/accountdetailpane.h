#pragma once

#include <QImage>
#include <QWidget>

#include "app/core/account.h"
#include "app/platforms/pinterest/pinterestapi.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace fanout::ui {

// The side pane beside the account list. It shows the stored public data of
// the selected account and the buttons to check, reconnect or disconnect it.
class AccountDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDetailPane)

public:
    explicit AccountDetailPane(QWidget *parent = nullptr);
    ~AccountDetailPane() override;

    // Shows the account; `avatar` replaces the platform icon unless it is null.
    void setAccount(const Account &account, const QImage &avatar = {});
    void clearAccount();
    [[nodiscard]] QString accountId() const;

    // Disables the buttons that start a network operation while one runs.
    void setBusy(bool busy);
    // Fills the default-board picker of the shown Pinterest account with the
    // boards boardsRequested() asked for; ignored for any other account.
    void setBoards(const QString &accountId, const QList<fanout::pinterest::Board> &boards);

Q_SIGNALS:
    void checkRequested(const QString &accountId);
    void reconnectRequested(const QString &accountId);
    void disconnectRequested(const QString &accountId);
    // A Pinterest account is shown whose boards are not listed yet.
    void boardsRequested(const QString &accountId);
    // The user picked another board for new Pins.
    void defaultBoardChosen(const QString &accountId, const fanout::pinterest::Board &board);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    // Shows the title and handle with each word that is wider than the pane
    // cut with "…". Such a word cannot wrap, and was clipped mid-letter.
    void updateNames();
    void showDefaultBoard();
    // "From the Facebook Page …" for rows a Facebook connect created.
    [[nodiscard]] static QString originText(const Account &account);

    Account m_account;
    bool m_hasAccount = false;
    bool m_busy = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_handle = nullptr;
    QString m_fullTitle;
    QString m_fullHandle;
    QLabel *m_platform = nullptr;
    QLabel *m_originLabel = nullptr;
    QLabel *m_origin = nullptr; // which Facebook Page an Instagram row came from
    QLabel *m_status = nullptr;
    QLabel *m_statusHint = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_connectedSince = nullptr;
    QLabel *m_userId = nullptr;
    QLabel *m_accountId = nullptr;
    QLabel *m_boardLabel = nullptr;
    QComboBox *m_boardCombo = nullptr;
    // The account whose boards the picker lists or has requested.
    QString m_boardsAccountId;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_reconnectButton = nullptr;
    QPushButton *m_disconnectButton = nullptr;
};

} // namespace fanout::ui
