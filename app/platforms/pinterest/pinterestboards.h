#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/platforms/pinterest/pinterestapi.h"

class QNetworkAccessManager;

namespace fanout {
class AccountStore;
class ProviderStore;
class Vault;
} // namespace fanout

namespace fanout::pinterest {

// Lists a connected Pinterest account's boards and stores the one new Pins
// go to (the defaultBoard extension). The window's board picker and
// `fanout accounts set-board` both go through here.
class PinterestBoards final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinterestBoards)

public:
    PinterestBoards(Vault &vault, AccountStore &store, ProviderStore &providers, QNetworkAccessManager &network,
                    QObject *parent = nullptr);
    ~PinterestBoards() override;

    // Reads every page of GET /v5/boards (up to kMaxPages), then emits
    // boardsListed() or boardsFailed(). A 401 is reported as
    // PlatformAuthFailed but does not change the account: the refresh
    // decides whether the grant is gone.
    void listBoards(const QString &accountId);
    // Stores the board as the account's defaultBoard extension.
    [[nodiscard]] Expected<Account> setDefaultBoard(const QString &accountId, const Board &board);

    static constexpr int kMaxPages = 20;

Q_SIGNALS:
    void boardsListed(const QString &accountId, const QList<fanout::pinterest::Board> &boards);
    void boardsFailed(const QString &accountId, const fanout::Error &error);
    void accountChanged(const QString &accountId);

private:
    void requestPage(const QString &accountId, const QString &accessToken, const QString &bookmark,
                     QList<Board> boards, int page);
    [[nodiscard]] Expected<Account> pinterestAccount(const QString &accountId) const;

    Vault &m_vault;
    AccountStore &m_store;
    ProviderStore &m_providers;
    QNetworkAccessManager &m_network;
};

} // namespace fanout::pinterest

Q_DECLARE_METATYPE(fanout::pinterest::Board)
