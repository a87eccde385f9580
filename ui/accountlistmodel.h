#pragma once

#include <QAbstractListModel>
#include <QImage>
#include <QList>

#include "app/core/account.h"
#include "app/core/error.h"

namespace fanout {
class AccountService;
}

namespace fanout::ui {

// The connected accounts, one row each, in the store's order. Rows follow the
// service's accountChanged and accountRemoved signals one at a time, so a
// view keeps its selection and scroll position while accounts change.
//
// Qt::DecorationRole and AvatarRole show the avatar once the service's avatar
// cache contains it. Reading them never starts a download, because
// AccountDelegate requests the avatars of the rows it paints.
class AccountListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PlatformRole,       // fanout::Platform
        DisplayNameRole,
        HandleRole,
        StatusRole,         // fanout::AccountStatus
        TokenExpiresAtRole, // QDateTime in UTC, invalid when unknown
        AvatarUrlRole,      // QUrl, empty when the platform sent none
        AccountRole,        // the whole fanout::Account
        AvatarRole,         // QImage from the avatar cache, null until downloaded
        StatusTextRole,     // the badge's words: "Connected", "Expires in 3 days", …
    };
    Q_ENUM(Role)

    explicit AccountListModel(AccountService &service, QObject *parent = nullptr);
    ~AccountListModel() override;

    // Replaces every row with the store's accounts. Used once at start-up;
    // later changes arrive row by row.
    [[nodiscard]] Expected<void> reload();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // The row of the account with this id, or -1.
    [[nodiscard]] int rowOf(const QString &accountId) const;
    // The account in `row`, or an empty Account when the row does not exist.
    [[nodiscard]] const Account &accountAt(int row) const;

Q_SIGNALS:
    // Reading a changed account from the store failed; the row keeps its old values.
    void errorOccurred(const fanout::Error &error);

private:
    void updateAccount(const QString &accountId);
    void removeAccount(const QString &accountId);
    void updateAvatar(const QString &accountId);
    [[nodiscard]] QImage cachedAvatar(const Account &account) const;

    AccountService &m_service;
    QList<Account> m_accounts;
};

} // namespace fanout::ui
