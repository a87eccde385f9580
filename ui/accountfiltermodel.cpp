#include "ui/accountfiltermodel.h"

#include <QDateTime>
#include <QRegularExpression>

#include "ui/accountlistmodel.h"
#include "ui/accountpresentation.h"

namespace fanout::ui {

namespace {

// Lower ranks sort first: what needs the user comes before what does not.
int urgencyRank(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Critical:
        return 0;
    case Urgency::Unknown:
        return 1;
    case Urgency::Soon:
        return 2;
    case Urgency::None:
        return 3;
    }
    return 3;
}

int platformRank(Platform platform)
{
    const std::span<const PlatformInfo> table = platformTable();
    for (size_t i = 0; i < table.size(); ++i) {
        if (table[i].platform == platform)
            return int(i);
    }
    return int(table.size());
}

// Returns -1, 0 or 1 by expiry. An account without an expiry comes after every dated one.
int compareExpiry(const Account &left, const Account &right)
{
    const bool leftKnown = left.tokenExpiresAt.isValid();
    const bool rightKnown = right.tokenExpiresAt.isValid();
    if (leftKnown != rightKnown)
        return leftKnown ? -1 : 1;
    if (!leftKnown || left.tokenExpiresAt == right.tokenExpiresAt)
        return 0;
    return left.tokenExpiresAt < right.tokenExpiresAt ? -1 : 1;
}

} // namespace

AccountFilterModel::AccountFilterModel(AccountListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
    setSourceModel(source);
    sort(0, Qt::AscendingOrder);
}

AccountFilterModel::~AccountFilterModel() = default;

void AccountFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    m_searchWords = text.split(whitespace, Qt::SkipEmptyParts);
    for (QString &word : m_searchWords) {
        if (word.startsWith(u'@'))
            word.remove(0, 1);
    }
    m_searchWords.removeAll(QString());
    invalidateRowsFilter();
}

void AccountFilterModel::setPlatformFilter(std::optional<Platform> platform)
{
    if (platform == m_platform)
        return;
    m_platform = platform;
    invalidateRowsFilter();
}

void AccountFilterModel::setSortKey(SortKey key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    invalidate();
    sort(0, Qt::AscendingOrder);
}

bool AccountFilterModel::isFiltering() const
{
    return !m_searchWords.isEmpty() || m_platform.has_value();
}

QModelIndex AccountFilterModel::indexOfAccount(const QString &accountId) const
{
    const int row = m_source->rowOf(accountId);
    if (row < 0)
        return {};
    return mapFromSource(m_source->index(row));
}

bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const Account &account = m_source->accountAt(sourceRow);
    if (m_platform && account.platform != *m_platform)
        return false;
    for (const QString &word : m_searchWords) {
        const bool found = account.displayName.contains(word, Qt::CaseInsensitive)
            || account.handle.contains(word, Qt::CaseInsensitive)
            || account.platformUserId.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

bool AccountFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Account &a = m_source->accountAt(left.row());
    const Account &b = m_source->accountAt(right.row());

    int order = 0;
    switch (m_sortKey) {
    case SortKey::Name:
        break;
    case SortKey::Platform:
        order = platformRank(a.platform) - platformRank(b.platform);
        break;
    case SortKey::Expiry:
        order = compareExpiry(a, b);
        break;
    case SortKey::Urgency: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        order = urgencyRank(AccountPresentation::statusBadge(a, now).urgency)
            - urgencyRank(AccountPresentation::statusBadge(b, now).urgency);
        if (order == 0)
            order = compareExpiry(a, b);
        break;
    }
    }
    if (order == 0)
        order = m_collator.compare(AccountPresentation::title(a), AccountPresentation::title(b));
    // The id keeps the order total, so equal names do not swap on every change.
    if (order == 0)
        order = QString::compare(a.id, b.id);
    return order < 0;
}

} // namespace fanout::ui
