#include "app/platforms/pinterest/pinterestboards.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include "app/core/logging.h"
#include "app/oauth/tokenreply.h"
#include "app/providers/providerconfig.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"

namespace fanout::pinterest {

namespace {

constexpr qsizetype kMaxReplyBytes = 1024 * 1024;

} // namespace

PinterestBoards::PinterestBoards(Vault &vault, AccountStore &store, ProviderStore &providers,
                                 QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_store(store)
    , m_providers(providers)
    , m_network(network)
{
}

PinterestBoards::~PinterestBoards() = default;

Expected<Account> PinterestBoards::pinterestAccount(const QString &accountId) const
{
    Expected<std::optional<Account>> found = m_store.account(accountId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::InvalidInput,
                    tr("No account has the id %1; `fanout accounts list` shows the ids.").arg(accountId));
    if ((*found)->platform != Platform::Pinterest)
        return fail(ErrorCode::InvalidInput,
                    tr("Account %1 is not a Pinterest account; only Pinterest accounts have boards.").arg(accountId));
    return **found;
}

void PinterestBoards::listBoards(const QString &accountId)
{
    Expected<Account> account = pinterestAccount(accountId);
    if (!account) {
        Q_EMIT boardsFailed(accountId, account.error());
        return;
    }
    if (Expected<void> unlocked = m_vault.unlockForReading(); !unlocked) {
        Q_EMIT boardsFailed(accountId, unlocked.error());
        return;
    }
    Expected<QJsonObject> secrets = m_vault.readSecrets(*account);
    if (!secrets) {
        Q_EMIT boardsFailed(accountId, secrets.error());
        return;
    }
    requestPage(accountId, secrets->value(oauth::kAccessTokenKey).toString(), {}, {}, 1);
}

void PinterestBoards::requestPage(const QString &accountId, const QString &accessToken, const QString &bookmark,
                                  QList<Board> boards, int page)
{
    Expected<ProviderConfig> config = m_providers.config(Platform::Pinterest);
    if (!config) {
        Q_EMIT boardsFailed(accountId, config.error());
        return;
    }
    QNetworkReply *reply = m_network.get(boardsRequest(*config, accessToken, bookmark));
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, accountId, accessToken, boards = std::move(boards), page]() mutable {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->read(kMaxReplyBytes);
                qCInfo(lcOAuth) << "Pinterest boards page" << page << "returned HTTP" << status;
                if (status != 200) {
                    const ErrorCode code = status == 401 || status == 403 ? ErrorCode::PlatformAuthFailed
                                           : status >= 500 || status == 0 ? ErrorCode::NetworkError
                                                                          : ErrorCode::UpstreamInvalidResponse;
                    Q_EMIT boardsFailed(accountId,
                                        Error{code, code == ErrorCode::PlatformAuthFailed
                                                        ? tr("Pinterest did not accept the account's token for "
                                                             "listing boards. Reconnect the account.")
                                                        : tr("The Pinterest boards list returned HTTP %1.")
                                                              .arg(status)});
                    return;
                }
                Expected<BoardPage> parsed = parseBoards(body);
                if (!parsed) {
                    Q_EMIT boardsFailed(accountId, parsed.error());
                    return;
                }
                boards += parsed->boards;
                if (!parsed->bookmark.isEmpty() && page < kMaxPages) {
                    requestPage(accountId, accessToken, parsed->bookmark, std::move(boards), page + 1);
                    return;
                }
                if (!parsed->bookmark.isEmpty())
                    qCWarning(lcOAuth) << "Pinterest boards list cut after" << page << "pages for account"
                                       << accountId;
                Q_EMIT boardsListed(accountId, boards);
            });
}

Expected<Account> PinterestBoards::setDefaultBoard(const QString &accountId, const Board &board)
{
    if (board.id.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Choose a board; the board id is empty."));
    Expected<Account> account = pinterestAccount(accountId);
    if (!account)
        return account;
    QJsonObject extensions = account->extensions;
    extensions.insert(kDefaultBoardKey, boardToJson(board));
    if (Expected<void> saved = m_store.setExtensions(accountId, extensions); !saved)
        return std::unexpected(saved.error());
    Expected<Account> updated = pinterestAccount(accountId);
    if (updated) {
        qCInfo(lcOAuth) << "default board of account" << accountId << "changed";
        Q_EMIT accountChanged(accountId);
    }
    return updated;
}

} // namespace fanout::pinterest
