#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <deque>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/core/platform.h"

namespace fanout {

class AccountStore;

namespace oauth {
class OAuthConnector;
}

// The scheduler's action for one platform's tokens, and its lead: how long
// before the stored expiry the action runs.
struct TokenPolicy {
    enum class Action {
        None,    // nothing scheduled (Bluesky refreshes on a 401 instead)
        Refresh, // OAuthConnector::refresh() at expiry - lead
        Warn,    // no refresh grant: token.expiring 7 days and again 1 day before expiry
    };
    Action action = Action::None;
    std::chrono::seconds lead{0};
};

[[nodiscard]] TokenPolicy tokenPolicy(Platform platform);

// Keeps every account's token alive on its platform's schedule with one
// timer for all accounts. The timer is armed only for the earliest due
// time and stopped while nothing is due, so an idle process never wakes.
//
// Due refreshes go to the OAuth connector in expiry order, at most
// kMaxInFlight at a time and never two for one account. An auth error marks
// the account platform_auth_failed with one token.revoked event; anything
// else is retried with exponential backoff and jitter, and leaves the status
// alone.
class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)

public:
    using Clock = std::function<QDateTime()>;

    static constexpr int kMaxInFlight = 4;
    // Refresh failures in a row, close to expiry, before token.expiring is recorded.
    static constexpr int kFailuresBeforeWarning = 3;
    static constexpr std::chrono::seconds kFirstRetry{30};
    static constexpr std::chrono::seconds kMaxRetry{3600};
    // The timer measures monotonic time, which on Linux stops while the
    // machine sleeps; waking at least this often bounds how late a due
    // time is noticed after a resume that no reschedule() call reported.
    static constexpr std::chrono::seconds kMaxSleep{3600};
    static constexpr std::chrono::days kFirstWarning{7};
    static constexpr std::chrono::days kLastWarning{1};

    Scheduler(AccountStore &store, oauth::OAuthConnector &oauth, QObject *parent = nullptr);
    ~Scheduler() override;

    // Replaces the wall clock, for tests.
    void setClock(Clock clock);
    // Replaces the jitter source (a value in [0, 1)), for tests.
    void setRandom(std::function<double()> random);

    // Loads every account and handles whatever is already due, in expiry order.
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Re-reads every account and handles everything overdue now. Call it
    // after a resume from sleep, a clock change or a network change.
    void reschedule();
    // Reschedules, with failed refreshes retried at once, whenever the
    // network comes back (which also follows most resumes from sleep).
    // Does nothing where Qt has no network information backend.
    void followNetworkChanges();
    // Re-reads one account after it changed (connected, refreshed, edited).
    void updateAccount(const QString &accountId);
    void removeAccount(const QString &accountId);
    // Queues a refresh of each given account whose platform can refresh,
    // due or not, and returns the ids queued. refreshFinished() follows for each.
    QStringList refreshNow(const QStringList &accountIds);

    // Introspection for the window, the benchmark and tests.
    [[nodiscard]] std::optional<QDateTime> nextDue() const;
    [[nodiscard]] std::optional<QDateTime> dueTime(const QString &accountId) const;
    [[nodiscard]] int scheduledCount() const;
    [[nodiscard]] int inFlightCount() const { return int(m_inFlight.size()); }
    [[nodiscard]] int queuedCount() const { return int(m_queue.size()); }
    [[nodiscard]] int failureCount(const QString &accountId) const;
    [[nodiscard]] const QTimer &timer() const { return m_timer; }

Q_SIGNALS:
    // The scheduler handed a refresh of the account to the connector.
    void refreshStarted(const QString &accountId);
    // A refresh this scheduler started ended; error is empty on success.
    void refreshFinished(const QString &accountId, const std::optional<fanout::Error> &error);
    // The scheduler changed the account's status or recorded an event for it.
    void accountChanged(const QString &accountId);

private:
    enum class Task {
        None,
        Refresh,
        FirstWarning,
        LastWarning,
    };
    struct Entry {
        Platform platform = Platform::Bluesky;
        QDateTime expiresAt;
        AccountStatus status = AccountStatus::Connected;
        Task task = Task::None;
        qint64 dueMs = 0;
        int failures = 0;
        qint64 retryAtMs = 0; // set while failures > 0
    };

    void load();
    void plan(const QString &accountId, Entry &entry, qint64 nowMs) const;
    void arm();
    void handleTimeout();
    void processDue();
    void warn(const QString &accountId, Entry &entry);
    void pump();
    void handleRefreshed(const Account &account);
    void handleRefreshFailed(const QString &accountId, const Error &error);
    void recordRevoked(const QString &accountId, Entry &entry, const Error &error);
    [[nodiscard]] qint64 nowMs() const;
    [[nodiscard]] qint64 backoffMs(int failures) const;
    [[nodiscard]] bool hasEvent(const QString &accountId, const QString &dedupeKey) const;

    AccountStore &m_store;
    oauth::OAuthConnector &m_oauth;
    Clock m_clock;
    std::function<double()> m_random;
    QTimer m_timer; // a child, so findChildren<QTimer *>() counts it
    qint64 m_expectedFireMs = 0;
    bool m_running = false;
    bool m_pumping = false;
    QHash<QString, Entry> m_entries;
    std::deque<QString> m_queue; // due refreshes, sorted by expiry
    QSet<QString> m_queued;
    QSet<QString> m_inFlight;
    QSet<QString> m_eventKeys; // AccountStore::eventKey() of events recorded since each connect
};

} // namespace fanout
