#pragma once

#include <optional>

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QString>

#include "app/core/platform.h"

namespace fanout::ui {

class AccountListModel;

// The account list as the window shows it: narrowed by a search text and a
// platform, and sorted by one of SortKey. Sorting and filtering stay dynamic,
// so a row the source model changes in place moves to its new position.
class AccountFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountFilterModel)

public:
    enum class SortKey {
        Name,     // display name, else handle, in the locale's collation
        Platform, // platform table order, then name
        Expiry,   // earliest token expiry first; accounts without one last
        Urgency,  // what needs the user first (see AccountPresentation::statusBadge), then expiry
    };
    Q_ENUM(SortKey)

    explicit AccountFilterModel(AccountListModel *source, QObject *parent = nullptr);
    ~AccountFilterModel() override;

    // Keeps rows whose display name, handle or platform user id contains
    // every whitespace-separated word of `text`, ignoring case and a
    // leading "@". An empty text keeps every row.
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_searchText; }

    // Keeps only this platform's rows; std::nullopt keeps all.
    void setPlatformFilter(std::optional<Platform> platform);
    [[nodiscard]] std::optional<Platform> platformFilter() const { return m_platform; }

    void setSortKey(SortKey key);
    [[nodiscard]] SortKey sortKey() const { return m_sortKey; }

    // Whether a search text or a platform filter hides rows.
    [[nodiscard]] bool isFiltering() const;

    // The row of the account with this id in this model, or an invalid index
    // when it is not in the source model or filtered out.
    [[nodiscard]] QModelIndex indexOfAccount(const QString &accountId) const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AccountListModel *m_source = nullptr;
    QString m_searchText;
    QStringList m_searchWords;
    std::optional<Platform> m_platform;
    SortKey m_sortKey = SortKey::Name;
    QCollator m_collator;
};

} // namespace fanout::ui
