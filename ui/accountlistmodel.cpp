#include "ui/accountlistmodel.h"

#include <QTextDocument>
#include <QUrl>

#include "app/core/logging.h"
#include "app/service/accountservice.h"
#include "app/service/avatarcache.h"
#include "ui/accountpresentation.h"

namespace fanout::ui {

AccountListModel::AccountListModel(AccountService &service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    connect(&m_service, &AccountService::accountChanged, this, &AccountListModel::updateAccount);
    connect(&m_service, &AccountService::accountRemoved, this, &AccountListModel::removeAccount);
    connect(&m_service.avatars(), &AvatarCache::avatarReady, this, &AccountListModel::updateAvatar);
}

AccountListModel::~AccountListModel() = default;

Expected<void> AccountListModel::reload()
{
    Expected<QList<Account>> accounts = m_service.accounts();
    if (!accounts)
        return std::unexpected(accounts.error());

    beginResetModel();
    m_accounts = std::move(*accounts);
    endResetModel();
    return {};
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const Account &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return AccountPresentation::title(account);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString text = tr("%1 (%2), %3, %4, %5")
                                 .arg(AccountPresentation::title(account), AccountPresentation::handle(account),
                                      QString::fromUtf8(platformInfo(account.platform).displayName),
                                      AccountPresentation::statusBadge(account, now).text,
                                      AccountPresentation::expiryText(account, now));
        // A tooltip that looks like markup is drawn as markup, so the
        // platform's display name is escaped there.
        return role == Qt::ToolTipRole ? Qt::convertFromPlainText(text) : text;
    }
    case StatusTextRole:
        return AccountPresentation::statusBadge(account, QDateTime::currentDateTimeUtc()).text;
    case Qt::DecorationRole: {
        constexpr int kDecorationSize = 64;
        const QImage avatar = cachedAvatar(account);
        if (avatar.isNull())
            return AccountPresentation::platformIcon(account.platform);
        return QIcon(AccountPresentation::avatarPixmap(avatar, kDecorationSize, 1.0));
    }
    case IdRole:
        return account.id;
    case PlatformRole:
        return QVariant::fromValue(account.platform);
    case DisplayNameRole:
        return account.displayName;
    case HandleRole:
        return account.handle;
    case StatusRole:
        return QVariant::fromValue(account.status);
    case TokenExpiresAtRole:
        return account.tokenExpiresAt;
    case AvatarUrlRole:
        return QUrl(account.avatarUrl);
    case AccountRole:
        return QVariant::fromValue(account);
    case AvatarRole:
        return cachedAvatar(account);
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(PlatformRole, QByteArrayLiteral("platform"));
    names.insert(DisplayNameRole, QByteArrayLiteral("displayName"));
    names.insert(HandleRole, QByteArrayLiteral("handle"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(TokenExpiresAtRole, QByteArrayLiteral("tokenExpiresAt"));
    names.insert(AvatarUrlRole, QByteArrayLiteral("avatarUrl"));
    names.insert(AccountRole, QByteArrayLiteral("account"));
    names.insert(AvatarRole, QByteArrayLiteral("avatar"));
    names.insert(StatusTextRole, QByteArrayLiteral("statusText"));
    return names;
}

int AccountListModel::rowOf(const QString &accountId) const
{
    for (qsizetype row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id == accountId)
            return int(row);
    }
    return -1;
}

const Account &AccountListModel::accountAt(int row) const
{
    static const Account none;
    if (row < 0 || row >= m_accounts.size())
        return none;
    return m_accounts.at(row);
}

void AccountListModel::updateAccount(const QString &accountId)
{
    Expected<Account> account = m_service.account(accountId);
    if (!account) {
        // The service reports a missing id as invalid input: the row is gone,
        // for example because another signal already removed it.
        if (account.error().code == ErrorCode::InvalidInput) {
            removeAccount(accountId);
            return;
        }
        qCWarning(lcUi) << "could not read changed account" << accountId << "error"
                        << errorCodeName(account.error().code);
        Q_EMIT errorOccurred(account.error());
        return;
    }

    const int row = rowOf(accountId);
    if (row >= 0) {
        m_accounts[row] = std::move(*account);
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed);
        return;
    }

    const int newRow = int(m_accounts.size());
    beginInsertRows({}, newRow, newRow);
    m_accounts.append(std::move(*account));
    endInsertRows();
}

QImage AccountListModel::cachedAvatar(const Account &account) const
{
    if (account.avatarUrl.isEmpty())
        return {};
    return m_service.avatars().cachedAvatar(account.id).value_or(QImage());
}

void AccountListModel::updateAvatar(const QString &accountId)
{
    const int row = rowOf(accountId);
    if (row < 0)
        return;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole, AvatarRole});
}

void AccountListModel::removeAccount(const QString &accountId)
{
    const int row = rowOf(accountId);
    if (row < 0)
        return;

    beginRemoveRows({}, row, row);
    m_accounts.removeAt(row);
    endRemoveRows();
}

} // namespace fanout::ui
