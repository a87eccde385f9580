#include "app/service/scheduler.h"

#include <algorithm>
#include <limits>

#include <QNetworkInformation>
#include <QRandomGenerator>

#include "app/core/event.h"
#include "app/core/logging.h"
#include "app/oauth/oauthconnector.h"
#include "app/store/accountstore.h"

namespace fanout {

namespace {

using namespace std::chrono_literals;

constexpr qint64 toMs(std::chrono::milliseconds duration)
{
    return duration.count();
}

// A timer that fires later than this was held up by a suspend or a clock
// change, so every account is read again before anything is handled.
constexpr qint64 kLateFireMs = toMs(2min);

QString firstWarningKey(qint64 expiresMs)
{
    return QStringLiteral("7d@") + QString::number(expiresMs);
}

QString lastWarningKey(qint64 expiresMs)
{
    return QStringLiteral("1d@") + QString::number(expiresMs);
}

QString failingKey(qint64 expiresMs)
{
    return QStringLiteral("refresh-failing@") + QString::number(expiresMs);
}

QString formatExpiry(const QDateTime &expiresAt)
{
    return expiresAt.toUTC().toString(Qt::ISODate);
}

} // namespace

TokenPolicy tokenPolicy(Platform platform)
{
    using Action = TokenPolicy::Action;
    switch (platform) {
    case Platform::Bluesky:
        // Access tokens last minutes; BlueskyConnector refreshes the session on a 401.
        return {Action::None, 0s};
    case Platform::Twitter:
        // Access tokens last 2 h and each refresh token works once.
        return {Action::Refresh, 5min};
    case Platform::Threads:
        // Long-lived tokens last 60 days and can be refreshed once they are
        // 24 h old, so a week ahead leaves room for retries.
        return {Action::Refresh, std::chrono::days(7)};
    case Platform::Pinterest:
        // Access tokens last 30 days; refresh tokens 60 days.
        return {Action::Refresh, 24h};
    case Platform::Facebook:
    case Platform::Instagram:
    case Platform::LinkedIn:
        // No refresh grant: the user reconnects. Facebook Page tokens store no
        // expiry and are then never scheduled.
        return {Action::Warn, 0s};
    }
    return {};
}

Scheduler::Scheduler(AccountStore &store, oauth::OAuthConnector &oauth, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_oauth(oauth)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::handleTimeout);
    connect(&m_oauth, &oauth::OAuthConnector::refreshed, this, &Scheduler::handleRefreshed);
    connect(&m_oauth, &oauth::OAuthConnector::refreshFailed, this, &Scheduler::handleRefreshFailed);
}

Scheduler::~Scheduler() = default;

void Scheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void Scheduler::setRandom(std::function<double()> random)
{
    m_random = std::move(random);
}

void Scheduler::start()
{
    m_running = true;
    load();
    qCInfo(lcRefresh) << "scheduler started with" << scheduledCount() << "of" << m_entries.size()
                      << "accounts scheduled";
    processDue();
}

void Scheduler::stop()
{
    m_running = false;
    m_timer.stop();
    m_queue.clear();
    m_queued.clear();
}

void Scheduler::reschedule()
{
    if (!m_running)
        return;
    load();
    processDue();
}

void Scheduler::followNetworkChanges()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcRefresh) << "no network information backend; the scheduler relies on its timer alone";
        return;
    }
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability != QNetworkInformation::Reachability::Online)
                    return;
                qCInfo(lcRefresh) << "network is online again; retrying failed refreshes now";
                const qint64 now = nowMs();
                for (Entry &entry : m_entries) {
                    if (entry.failures > 0)
                        entry.retryAtMs = std::min(entry.retryAtMs, now);
                }
                reschedule();
            });
}

void Scheduler::load()
{
    Expected<QList<Account>> accounts = m_store.accounts();
    if (!accounts) {
        qCWarning(lcRefresh) << "could not read the accounts to schedule:" << errorCodeName(accounts.error().code);
        return;
    }
    Expected<QSet<QString>> keys = m_store.currentEventKeys();
    if (keys)
        m_eventKeys = std::move(*keys);
    else
        qCWarning(lcRefresh) << "could not read the recorded events:" << errorCodeName(keys.error().code);

    // Failures survive a reload, so a clock jump does not reset the backoff.
    QHash<QString, Entry> entries;
    entries.reserve(accounts->size());
    const qint64 now = nowMs();
    for (const Account &account : std::as_const(*accounts)) {
        Entry entry;
        if (const auto old = m_entries.constFind(account.id);
            old != m_entries.cend() && old->expiresAt == account.tokenExpiresAt) {
            entry.failures = old->failures;
            entry.retryAtMs = old->retryAtMs;
        }
        entry.platform = account.platform;
        entry.expiresAt = account.tokenExpiresAt;
        entry.status = account.status;
        plan(account.id, entry, now);
        entries.insert(account.id, entry);
    }
    m_entries = std::move(entries);

    std::erase_if(m_queue, [this](const QString &id) { return !m_entries.contains(id); });
    m_queued = QSet<QString>(m_queue.begin(), m_queue.end());
}

void Scheduler::updateAccount(const QString &accountId)
{
    if (!m_running)
        return;
    Expected<std::optional<Account>> found = m_store.account(accountId);
    if (!found) {
        qCWarning(lcRefresh) << "could not read account" << accountId << errorCodeName(found.error().code);
        return;
    }
    if (!found->has_value()) {
        removeAccount(accountId);
        return;
    }
    const Account &account = **found;
    Entry &entry = m_entries[accountId];
    if (entry.expiresAt != account.tokenExpiresAt) {
        entry.failures = 0;
        entry.retryAtMs = 0;
    }
    // A reconnect starts a new series of events (AccountStore compares with
    // the connect time), so the cached keys of the old series go.
    if (account.status == AccountStatus::Connected && entry.status != AccountStatus::Connected) {
        const QString prefix = accountId + u'\n';
        m_eventKeys.removeIf([&prefix](const QString &key) { return key.startsWith(prefix); });
    }
    entry.platform = account.platform;
    entry.expiresAt = account.tokenExpiresAt;
    entry.status = account.status;
    plan(accountId, entry, nowMs());
    arm();
}

void Scheduler::removeAccount(const QString &accountId)
{
    m_entries.remove(accountId);
    if (m_queued.remove(accountId))
        std::erase(m_queue, accountId);
    arm();
}

QStringList Scheduler::refreshNow(const QStringList &accountIds)
{
    if (m_entries.isEmpty())
        load();
    QStringList queued;
    for (const QString &id : accountIds) {
        const auto entry = m_entries.constFind(id);
        if (entry == m_entries.cend() || tokenPolicy(entry->platform).action != TokenPolicy::Action::Refresh
            || !platformInfo(entry->platform).refreshable)
            continue;
        queued.append(id);
        if (m_inFlight.contains(id) || m_queued.contains(id))
            continue;
        m_queue.push_back(id);
        m_queued.insert(id);
    }
    std::stable_sort(m_queue.begin(), m_queue.end(), [this](const QString &a, const QString &b) {
        return m_entries.value(a).expiresAt < m_entries.value(b).expiresAt;
    });
    pump();
    return queued;
}

std::optional<QDateTime> Scheduler::nextDue() const
{
    std::optional<qint64> earliest;
    for (const Entry &entry : m_entries) {
        if (entry.task != Task::None && (!earliest || entry.dueMs < *earliest))
            earliest = entry.dueMs;
    }
    if (!earliest)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*earliest, Qt::UTC);
}

std::optional<QDateTime> Scheduler::dueTime(const QString &accountId) const
{
    const auto entry = m_entries.constFind(accountId);
    if (entry == m_entries.cend() || entry->task == Task::None)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(entry->dueMs, Qt::UTC);
}

int Scheduler::scheduledCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &entry) { return entry.task != Task::None; }));
}

int Scheduler::failureCount(const QString &accountId) const
{
    return m_entries.value(accountId).failures;
}

void Scheduler::plan(const QString &accountId, Entry &entry, qint64 now) const
{
    entry.task = Task::None;
    entry.dueMs = 0;
    // A running refresh plans the next one when it ends; a queued one is due already.
    if (m_inFlight.contains(accountId) || m_queued.contains(accountId))
        return;
    // These need the user, not the schedule.
    if (entry.status == AccountStatus::AuthFailed || entry.status == AccountStatus::KeyMismatch)
        return;
    if (!entry.expiresAt.isValid())
        return;

    const TokenPolicy policy = tokenPolicy(entry.platform);
    const qint64 expiresMs = entry.expiresAt.toMSecsSinceEpoch();
    switch (policy.action) {
    case TokenPolicy::Action::None:
        return;
    case TokenPolicy::Action::Refresh:
        if (!platformInfo(entry.platform).refreshable)
            return;
        entry.task = Task::Refresh;
        entry.dueMs = entry.failures > 0 ? entry.retryAtMs : expiresMs - toMs(policy.lead);
        return;
    case TokenPolicy::Action::Warn: {
        // A start after days closed may find the first warning's time long
        // gone: then only the warnings that still apply are raised, at once.
        const qint64 remaining = expiresMs - now;
        if (remaining > toMs(kFirstWarning)) {
            entry.task = Task::FirstWarning;
            entry.dueMs = expiresMs - toMs(kFirstWarning);
        } else if (remaining > toMs(kLastWarning)) {
            const bool warned = hasEvent(accountId, firstWarningKey(expiresMs));
            entry.task = warned ? Task::LastWarning : Task::FirstWarning;
            entry.dueMs = warned ? expiresMs - toMs(kLastWarning) : now;
        } else if (!hasEvent(accountId, lastWarningKey(expiresMs))) {
            entry.task = Task::LastWarning;
            entry.dueMs = now;
        }
        return;
    }
    }
}

void Scheduler::arm()
{
    if (!m_running) {
        m_timer.stop();
        return;
    }
    const std::optional<QDateTime> due = nextDue();
    if (!due) {
        m_timer.stop();
        m_expectedFireMs = 0;
        return;
    }
    const qint64 now = nowMs();
    const qint64 interval = std::clamp(due->toMSecsSinceEpoch() - now, qint64(0), toMs(kMaxSleep));
    // Lead times are minutes to days, so second precision is plenty and lets
    // the system batch the wake-up with others.
    m_timer.setTimerType(interval >= toMs(1min) ? Qt::VeryCoarseTimer : Qt::CoarseTimer);
    m_expectedFireMs = now + interval;
    m_timer.start(std::chrono::milliseconds(interval));
}

void Scheduler::handleTimeout()
{
    const qint64 late = nowMs() - m_expectedFireMs;
    if (late > kLateFireMs || late < -kLateFireMs) {
        qCInfo(lcRefresh) << "timer fired" << late / 1000 << "s off its due time (suspend or clock change);"
                          << "re-reading every account";
        reschedule();
        return;
    }
    processDue();
}

void Scheduler::processDue()
{
    if (!m_running)
        return;
    const qint64 now = nowMs();
    QStringList due;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->task != Task::None && it->dueMs <= now)
            due.append(it.key());
    }
    // Everything overdue is handled now, the token that expires first first.
    std::sort(due.begin(), due.end(), [this](const QString &a, const QString &b) {
        const QDateTime left = m_entries.value(a).expiresAt;
        const QDateTime right = m_entries.value(b).expiresAt;
        return left != right ? left < right : a < b;
    });
    for (const QString &id : std::as_const(due)) {
        auto entry = m_entries.find(id);
        if (entry == m_entries.end())
            continue;
        if (entry->task == Task::Refresh) {
            entry->task = Task::None;
            if (!m_inFlight.contains(id) && !m_queued.contains(id)) {
                m_queue.push_back(id);
                m_queued.insert(id);
            }
        } else {
            warn(id, *entry);
        }
    }
    std::stable_sort(m_queue.begin(), m_queue.end(), [this](const QString &a, const QString &b) {
        return m_entries.value(a).expiresAt < m_entries.value(b).expiresAt;
    });
    pump();
    arm();
}

void Scheduler::warn(const QString &accountId, Entry &entry)
{
    const bool first = entry.task == Task::FirstWarning;
    const qint64 expiresMs = entry.expiresAt.toMSecsSinceEpoch();
    const QString key = first ? firstWarningKey(expiresMs) : lastWarningKey(expiresMs);
    const QString name = QString::fromLatin1(platformInfo(entry.platform).displayName);
    const QString detail = first
        ? tr("The %1 token expires on %2, in 7 days or less. Reconnect the account before then.")
              .arg(name, formatExpiry(entry.expiresAt))
        : tr("The %1 token expires on %2, within a day. Reconnect the account now.")
              .arg(name, formatExpiry(entry.expiresAt));

    Expected<std::optional<AccountEvent>> recorded = m_store.recordEvent(accountId, QString(kTokenExpiring), detail, key);
    if (!recorded) {
        // Tried again at the next reschedule() or timer wake-up.
        qCWarning(lcRefresh) << "could not record token.expiring for" << accountId
                             << errorCodeName(recorded.error().code);
        entry.dueMs = nowMs() + toMs(kFirstRetry);
        return;
    }
    m_eventKeys.insert(AccountStore::eventKey(accountId, QString(kTokenExpiring), key));
    qCInfo(lcRefresh) << "token of account" << accountId << "expires within" << (first ? "7 days" : "1 day");
    if (entry.status != AccountStatus::Expiring) {
        if (Expected<void> set = m_store.setStatus(accountId, AccountStatus::Expiring); set)
            entry.status = AccountStatus::Expiring;
        else
            qCWarning(lcRefresh) << "could not mark account" << accountId << "as expiring";
    }
    plan(accountId, entry, nowMs());
    Q_EMIT accountChanged(accountId);
}

void Scheduler::pump()
{
    // refresh() may report a failure synchronously, which calls back into pump().
    if (m_pumping)
        return;
    m_pumping = true;
    while (m_inFlight.size() < kMaxInFlight && !m_queue.empty()) {
        const QString id = m_queue.front();
        m_queue.pop_front();
        m_queued.remove(id);
        if (!m_entries.contains(id))
            continue;
        m_inFlight.insert(id);
        qCDebug(lcRefresh) << "scheduled refresh of account" << id;
        Q_EMIT refreshStarted(id);
        m_oauth.refresh(id);
    }
    m_pumping = false;
}

void Scheduler::handleRefreshed(const Account &account)
{
    // Refreshes started elsewhere (the window's Check, the command line)
    // reach the scheduler through updateAccount().
    if (!m_inFlight.remove(account.id))
        return;
    auto entry = m_entries.find(account.id);
    if (entry != m_entries.end()) {
        entry->failures = 0;
        entry->retryAtMs = 0;
        entry->expiresAt = account.tokenExpiresAt;
        entry->status = account.status;
        plan(account.id, *entry, nowMs());
    }
    Q_EMIT refreshFinished(account.id, std::nullopt);
    pump();
    arm();
}

void Scheduler::handleRefreshFailed(const QString &accountId, const Error &error)
{
    if (!m_inFlight.remove(accountId))
        return;
    auto entry = m_entries.find(accountId);
    if (entry == m_entries.end()) {
        Q_EMIT refreshFinished(accountId, error);
        pump();
        arm();
        return;
    }

    const qint64 now = nowMs();
    if (error.code == ErrorCode::PlatformAuthFailed) {
        recordRevoked(accountId, *entry, error);
    } else if (error.code == ErrorCode::VaultKeyMismatch) {
        // The vault marked the row; only a reconnect or the right key helps.
        entry->status = AccountStatus::KeyMismatch;
        qCWarning(lcRefresh) << "the key cannot open account" << accountId << "; not refreshing it again";
    } else {
        // Timeouts, 5xx, 429, no network, a locked keyring: try again later
        // and leave the status alone.
        entry->failures += 1;
        const qint64 delay = backoffMs(entry->failures);
        entry->retryAtMs = now + delay;
        qCInfo(lcRefresh) << "refresh of account" << accountId << "failed with" << errorCodeName(error.code)
                          << "(" << entry->failures << "in a row ); retrying in" << delay / 1000 << "s";
        const TokenPolicy policy = tokenPolicy(entry->platform);
        const qint64 expiresMs = entry->expiresAt.isValid() ? entry->expiresAt.toMSecsSinceEpoch()
                                                             : std::numeric_limits<qint64>::max();
        if (entry->failures >= kFailuresBeforeWarning && expiresMs - now <= toMs(policy.lead)) {
            const QString detail =
                tr("Refreshing the %1 token failed %2 times in a row, and it expires on %3. Check the network "
                   "connection, or reconnect the account.")
                    .arg(QString::fromLatin1(platformInfo(entry->platform).displayName))
                    .arg(entry->failures)
                    .arg(formatExpiry(entry->expiresAt));
            Expected<std::optional<AccountEvent>> recorded =
                m_store.recordEvent(accountId, QString(kTokenExpiring), detail, failingKey(expiresMs));
            if (!recorded)
                qCWarning(lcRefresh) << "could not record token.expiring for" << accountId;
            else if (recorded->has_value())
                Q_EMIT accountChanged(accountId);
        }
    }
    plan(accountId, *entry, now);
    Q_EMIT refreshFinished(accountId, error);
    pump();
    arm();
}

void Scheduler::recordRevoked(const QString &accountId, Entry &entry, const Error &error)
{
    // The connector records a rejected grant itself, and the store drops the
    // duplicate. This call covers the rejections the connector does not
    // record, such as an account without a stored refresh token.
    qCInfo(lcRefresh) << "upstream rejected the grant of account" << accountId << "; the user must reconnect";
    if (Expected<void> set = m_store.setStatus(accountId, AccountStatus::AuthFailed); !set)
        qCWarning(lcRefresh) << "could not mark account" << accountId << "as failed";
    Expected<std::optional<AccountEvent>> recorded = m_store.recordEvent(accountId, QString(kTokenRevoked), errorMessage(error), {});
    if (!recorded)
        qCWarning(lcRefresh) << "could not record token.revoked for" << accountId;
    entry.status = AccountStatus::AuthFailed;
    entry.failures = 0;
    Q_EMIT accountChanged(accountId);
}

qint64 Scheduler::nowMs() const
{
    return m_clock().toMSecsSinceEpoch();
}

qint64 Scheduler::backoffMs(int failures) const
{
    // Doubling from kFirstRetry up to kMaxRetry, then "equal jitter": a
    // random point in the upper half, so retries of many accounts spread out.
    const int doublings = std::min(failures - 1, 20);
    const qint64 full = std::min(toMs(kFirstRetry) << doublings, toMs(kMaxRetry));
    const double random = std::clamp(m_random(), 0.0, 1.0);
    return full / 2 + qint64(double(full / 2) * random);
}

bool Scheduler::hasEvent(const QString &accountId, const QString &dedupeKey) const
{
    return m_eventKeys.contains(AccountStore::eventKey(accountId, QString(kTokenExpiring), dedupeKey));
}

} // namespace fanout
