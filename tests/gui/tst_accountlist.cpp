// The account list as the window shows it: the model over a real SQLite file
// and Secret Service, the search, platform filter and sorting, the status
// badges, the expiry timeline and the keyboard and accessibility of the
// window (offscreen).
#include <memory>

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "app/core/application.h"
#include "app/service/accountservice.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"
#include "ui/accountdetailpane.h"
#include "ui/accountfiltermodel.h"
#include "ui/accountlistmodel.h"
#include "ui/accountpresentation.h"
#include "ui/expirytimeline.h"
#include "ui/mainwindow.h"

using namespace fanout;
using namespace Qt::StringLiterals;
using fanout::ui::AccountDetailPane;
using fanout::ui::AccountFilterModel;
using fanout::ui::AccountListModel;
using fanout::ui::AccountPresentation;
using fanout::ui::ExpiryTimeline;
using fanout::ui::MainWindow;
using fanout::ui::Urgency;

namespace {

struct Seed {
    Platform platform;
    QString userId;
    QString handle;
    QString displayName;
    qint64 expiresInHours; // 0 stores no expiry
};

// Bluesky, X and LinkedIn rows with different names and expiries.
const QList<Seed> kSeeds = {
    {Platform::Bluesky, QStringLiteral("did:plc:alice000000000000000000"), QStringLiteral("alice.test"),
     QStringLiteral("Alice Liddell"), 2},
    {Platform::Twitter, QStringLiteral("1500000000000000001"), QStringLiteral("bobcat"), QStringLiteral("Bob"),
     48},
    {Platform::LinkedIn, QStringLiteral("urn:li:person:carol"), QStringLiteral("carol-m"),
     QStringLiteral("Carol Marketing"), 3 * 24 + 1},
    {Platform::LinkedIn, QStringLiteral("urn:li:person:dave"), QStringLiteral("dave-s"), QStringLiteral("Dave Sales"),
     40 * 24},
    {Platform::Bluesky, QStringLiteral("did:plc:erin0000000000000000000"), QStringLiteral("erin.test"),
     QString(), 0},
};

} // namespace

class tst_AccountList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelTesterOverRealStore();
    void searchMatchesNameHandleAndUserId_data();
    void searchMatchesNameHandleAndUserId();
    void platformFilterAndSearchCombine();
    void sortKeysOrderRows();
    void changedAccountMovesWithoutReset();
    void statusBadge_data();
    void statusBadge();
    void unknownStoredStatusIsNotConnected();
    void errorTextHidesTransport_data();
    void errorTextHidesTransport();
    void everyErrorCodeHasSentence();
    void platformTextIsNotMarkup();
    void longNameIsCutWithTooltip();
    void smallestWindowKeepsRowsApart();
    void timelineMarksMatchExpiries();
    void timelineClickSelectsAccount();
    void keyboardReachesEveryAction();
    void focusableWidgetsHaveNames();

private:
    [[nodiscard]] Expected<Account> save(const Seed &seed);
    void seedAll();
    [[nodiscard]] QStringList proxyIds(const QAbstractItemModel &model) const;
    [[nodiscard]] QString idOf(const QString &handle) const;

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<AccountService> m_service;
    QHash<QString, QString> m_idsByHandle;
};

void tst_AccountList::initTestCase()
{
    setApplicationIdentity();
}

void tst_AccountList::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dataDir->isValid(), qPrintable(m_dataDir->errorString()));
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dataDir->path(), AccountService::Access::Exclusive);
    QVERIFY2(service.has_value(), service ? "" : qPrintable(errorMessage(service.error())));
    m_service = std::move(*service);
    m_idsByHandle.clear();
}

void tst_AccountList::cleanup()
{
    m_service.reset();
    m_dataDir.reset();
}

Expected<Account> tst_AccountList::save(const Seed &seed)
{
    Account account;
    account.platform = seed.platform;
    account.platformUserId = seed.userId;
    account.handle = seed.handle;
    account.displayName = seed.displayName;
    if (seed.expiresInHours != 0)
        account.tokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(seed.expiresInHours * 60 * 60);
    Expected<Account> saved =
        m_service->vault().saveConnection(account, QJsonObject{{QStringLiteral("accessToken"), QStringLiteral("x")}});
    // The vault emits nothing; connectors announce stored accounts this way.
    if (saved) {
        m_idsByHandle.insert(seed.handle, saved->id);
        Q_EMIT m_service->accountChanged(saved->id);
    }
    return saved;
}

void tst_AccountList::seedAll()
{
    for (const Seed &seed : kSeeds) {
        const Expected<Account> saved = save(seed);
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(errorMessage(saved.error())));
    }
}

QStringList tst_AccountList::proxyIds(const QAbstractItemModel &model) const
{
    QStringList handles;
    for (int row = 0; row < model.rowCount(); ++row)
        handles.append(model.index(row, 0).data(AccountListModel::HandleRole).toString());
    return handles;
}

QString tst_AccountList::idOf(const QString &handle) const
{
    return m_idsByHandle.value(handle);
}

void tst_AccountList::modelTesterOverRealStore()
{
    AccountListModel model(*m_service);
    AccountFilterModel proxy(&model);
    // Both testers stay alive for the whole test, so every change below is checked.
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().has_value());
    QCOMPARE(model.rowCount(), 0);

    seedAll();
    QCOMPARE(model.rowCount(), kSeeds.size());
    QCOMPARE(proxy.rowCount(), kSeeds.size());

    proxy.setSearchText(QStringLiteral("test"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setPlatformFilter(Platform::LinkedIn);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSortKey(AccountFilterModel::SortKey::Expiry);
    proxy.setPlatformFilter(std::nullopt);

    QVERIFY(m_service->store().setStatus(idOf(QStringLiteral("bobcat")), AccountStatus::AuthFailed).has_value());
    Q_EMIT m_service->accountChanged(idOf(QStringLiteral("bobcat")));
    QVERIFY(m_service->disconnectAccount(idOf(QStringLiteral("carol-m"))).has_value());
    QCOMPARE(model.rowCount(), kSeeds.size() - 1);
    QCOMPARE(proxy.rowCount(), kSeeds.size() - 1);

    // A second reload after changes is a reset, which the testers check too.
    QVERIFY(model.reload().has_value());
    QCOMPARE(model.rowCount(), kSeeds.size() - 1);
}

void tst_AccountList::searchMatchesNameHandleAndUserId_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("handles");

    QTest::addRow("display name") << QStringLiteral("liddell") << QStringList{QStringLiteral("alice.test")};
    QTest::addRow("handle with @") << QStringLiteral("@bobcat") << QStringList{QStringLiteral("bobcat")};
    QTest::addRow("user id") << QStringLiteral("urn:li:person:dave") << QStringList{QStringLiteral("dave-s")};
    QTest::addRow("two words") << QStringLiteral("carol marketing") << QStringList{QStringLiteral("carol-m")};
    QTest::addRow("words match different fields")
        << QStringLiteral("sales dave-s") << QStringList{QStringLiteral("dave-s")};
    QTest::addRow("no match") << QStringLiteral("zzz") << QStringList{};
    QTest::addRow("blank keeps all") << QStringLiteral("   ") << QStringList{
        QStringLiteral("alice.test"), QStringLiteral("bobcat"), QStringLiteral("carol-m"), QStringLiteral("dave-s"),
        QStringLiteral("erin.test")};
}

void tst_AccountList::searchMatchesNameHandleAndUserId()
{
    QFETCH(QString, search);
    QFETCH(QStringList, handles);

    AccountListModel model(*m_service);
    AccountFilterModel proxy(&model);
    QVERIFY(model.reload().has_value());
    seedAll();

    proxy.setSearchText(search);
    // Name order: Alice Liddell, Bob, Carol Marketing, Dave Sales, erin.test.
    QCOMPARE(proxyIds(proxy), handles);
}

void tst_AccountList::platformFilterAndSearchCombine()
{
    AccountListModel model(*m_service);
    AccountFilterModel proxy(&model);
    QVERIFY(model.reload().has_value());
    seedAll();

    proxy.setPlatformFilter(Platform::Bluesky);
    QVERIFY(proxy.isFiltering());
    QCOMPARE(proxyIds(proxy), (QStringList{QStringLiteral("alice.test"), QStringLiteral("erin.test")}));
    proxy.setSearchText(QStringLiteral("erin"));
    QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("erin.test")});
    proxy.setPlatformFilter(Platform::Twitter);
    QCOMPARE(proxyIds(proxy), QStringList{});
    proxy.setPlatformFilter(std::nullopt);
    proxy.setSearchText({});
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), kSeeds.size());
}

void tst_AccountList::sortKeysOrderRows()
{
    AccountListModel model(*m_service);
    AccountFilterModel proxy(&model);
    QVERIFY(model.reload().has_value());
    seedAll();
    QVERIFY(m_service->store().setStatus(idOf(QStringLiteral("bobcat")), AccountStatus::AuthFailed).has_value());
    Q_EMIT m_service->accountChanged(idOf(QStringLiteral("bobcat")));

    QCOMPARE(proxy.sortKey(), AccountFilterModel::SortKey::Name);
    QCOMPARE(proxyIds(proxy), (QStringList{QStringLiteral("alice.test"), QStringLiteral("bobcat"),
                                           QStringLiteral("carol-m"), QStringLiteral("dave-s"),
                                           QStringLiteral("erin.test")}));

    // Platform table order (Bluesky, X, …, LinkedIn), then name.
    proxy.setSortKey(AccountFilterModel::SortKey::Platform);
    QCOMPARE(proxyIds(proxy), (QStringList{QStringLiteral("alice.test"), QStringLiteral("erin.test"),
                                           QStringLiteral("bobcat"), QStringLiteral("carol-m"),
                                           QStringLiteral("dave-s")}));

    // Earliest expiry first; erin has none and comes last.
    proxy.setSortKey(AccountFilterModel::SortKey::Expiry);
    QCOMPARE(proxyIds(proxy), (QStringList{QStringLiteral("alice.test"), QStringLiteral("bobcat"),
                                           QStringLiteral("carol-m"), QStringLiteral("dave-s"),
                                           QStringLiteral("erin.test")}));

    // The rejected sign-in and the LinkedIn token within 7 days come first.
    // Dave's 40 days need nothing yet, so the rest follow by expiry.
    proxy.setSortKey(AccountFilterModel::SortKey::Urgency);
    QCOMPARE(proxyIds(proxy), (QStringList{QStringLiteral("bobcat"), QStringLiteral("carol-m"),
                                           QStringLiteral("alice.test"), QStringLiteral("dave-s"),
                                           QStringLiteral("erin.test")}));
}

void tst_AccountList::changedAccountMovesWithoutReset()
{
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    seedAll();
    AccountListModel *model = window.accountModel();
    AccountFilterModel *proxy = window.filterModel();
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy modelReset(model, &QAbstractItemModel::modelReset);
    QSignalSpy proxyReset(proxy, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);

    // Renaming Alice to Zoe changes one row in place and moves it to the end of the name order.
    const Seed renamed{Platform::Bluesky, kSeeds[0].userId, kSeeds[0].handle, QStringLiteral("Zoe"), 2};
    QVERIFY(save(renamed).has_value());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model->rowOf(idOf(QStringLiteral("alice.test"))));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(modelReset.size(), 0);
    QCOMPARE(proxyReset.size(), 0);
    QCOMPARE(proxyIds(*proxy).last(), QStringLiteral("alice.test"));
    QCOMPARE(proxy->index(proxy->rowCount() - 1, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Zoe"));
}

void tst_AccountList::statusBadge_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("expiresInHours");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("urgency");

    const auto row = [](const char *name, Platform platform, AccountStatus status, qint64 hours, const char *text,
                        Urgency urgency) {
        QTest::addRow("%s", name) << int(platform) << int(status) << hours << QString::fromUtf8(text)
                                  << int(urgency);
    };
    row("bluesky renewing", Platform::Bluesky, AccountStatus::Connected, 1, "Connected", Urgency::None);
    row("bluesky expired renews", Platform::Bluesky, AccountStatus::Connected, -5, "Connected", Urgency::None);
    row("bluesky no expiry", Platform::Bluesky, AccountStatus::Connected, 0, "Connected", Urgency::None);
    row("x within a day renews", Platform::Twitter, AccountStatus::Connected, 2, "Connected", Urgency::None);
    row("linkedin 3 days", Platform::LinkedIn, AccountStatus::Connected, 3 * 24 + 5, "Expires in 3 days",
        Urgency::Critical);
    row("linkedin 1 day", Platform::LinkedIn, AccountStatus::Connected, 30, "Expires in 1 day", Urgency::Critical);
    row("linkedin today", Platform::LinkedIn, AccountStatus::Connected, 5, "Expires today", Urgency::Critical);
    row("linkedin 7 days", Platform::LinkedIn, AccountStatus::Connected, 7 * 24 - 1, "Expires in 6 days",
        Urgency::Critical);
    row("linkedin past 7 days", Platform::LinkedIn, AccountStatus::Connected, 7 * 24 + 1, "Connected",
        Urgency::None);
    row("linkedin 20 days", Platform::LinkedIn, AccountStatus::Connected, 20 * 24, "Connected", Urgency::None);
    row("linkedin expiring status", Platform::LinkedIn, AccountStatus::Expiring, 20 * 24 + 1, "Expires in 20 days",
        Urgency::Soon);
    row("linkedin expired", Platform::LinkedIn, AccountStatus::Connected, -1, "Expired", Urgency::Critical);
    row("expiring without expiry", Platform::LinkedIn, AccountStatus::Expiring, 0, "Expiring soon", Urgency::Soon);
    row("auth failed", Platform::Bluesky, AccountStatus::AuthFailed, 1, "Needs reconnect", Urgency::Critical);
    row("key mismatch", Platform::Twitter, AccountStatus::KeyMismatch, 1, "Key mismatch", Urgency::Critical);
    row("unknown", Platform::Bluesky, AccountStatus::Unknown, 1, "Unknown status", Urgency::Unknown);
}

void tst_AccountList::statusBadge()
{
    QFETCH(int, platform);
    QFETCH(int, status);
    QFETCH(qint64, expiresInHours);
    QFETCH(QString, text);
    QFETCH(int, urgency);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Account account;
    account.platform = Platform(platform);
    account.status = AccountStatus(status);
    if (expiresInHours != 0)
        account.tokenExpiresAt = now.addSecs(expiresInHours * 60 * 60);
    const ui::StatusBadge badge = AccountPresentation::statusBadge(account, now);
    QCOMPARE(badge.text, text);
    QCOMPARE(int(badge.urgency), urgency);
}

void tst_AccountList::unknownStoredStatusIsNotConnected()
{
    const Expected<Account> alice = save(kSeeds[0]);
    QVERIFY(alice.has_value());
    {
        // A status a newer Fanout might write, set behind the store's back.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_service->store().databasePath());
        QVERIFY(raw.open());
        QSqlQuery update(raw);
        QVERIFY(update.prepare(QStringLiteral("UPDATE platform_accounts SET status = ? WHERE id = ?")));
        update.addBindValue(QStringLiteral("suspended_by_platform"));
        update.addBindValue(alice->id);
        QVERIFY(update.exec());
        QCOMPARE(update.numRowsAffected(), 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("has an unknown status")));
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QModelIndex row = window.filterModel()->index(0, 0);
    QCOMPARE(row.data(AccountListModel::StatusRole).value<AccountStatus>(), AccountStatus::Unknown);
    QCOMPARE(row.data(AccountListModel::StatusTextRole).toString(), QStringLiteral("Unknown status"));
    QVERIFY(!row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Connected")));
    auto *hint = window.findChild<QLabel *>(QStringLiteral("statusHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("not one this version of Fanout knows")), qPrintable(hint->text()));
}

void tst_AccountList::errorTextHidesTransport_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<bool>("detailShown");
    // Details as the connectors write them (oauthflow.cpp, oauthconnector.cpp, facebookfanout.cpp).
    QTest::newRow("network error") << Error{ErrorCode::NetworkError, u"graph.facebook.com (HTTP 502)."_s} << false;
    QTest::newRow("upstream reply")
        << Error{ErrorCode::UpstreamInvalidResponse,
                 u"The step “profile” at Threads returned HTTP 400 {\"error\":{\"code\":100}}."_s}
        << false;
    QTest::newRow("token endpoint") << Error{ErrorCode::UpstreamInvalidResponse,
                                             u"The token endpoint returned HTTP 418; nothing was changed."_s}
                                    << false;
    QTest::newRow("rejected sentence")
        << Error{ErrorCode::PlatformRejected,
                 u"Threads did not accept the new token in the step “profile” (OAuthException). Check the client id, "
                 "secret and scopes in File → Settings, then connect again."_s}
        << true;
    QTest::newRow("storage sentence") << Error{ErrorCode::StorageError, u"The disk is full."_s} << true;
}

void tst_AccountList::errorTextHidesTransport()
{
    QFETCH(Error, error);
    QFETCH(bool, detailShown);
    const QString text = AccountPresentation::errorText(error);
    QVERIFY(!text.isEmpty());
    QCOMPARE(text.contains(error.detail), detailShown);
    if (!detailShown) {
        QVERIFY2(!text.contains(u"HTTP"), qPrintable(text));
        QVERIFY2(!text.contains(u'{'), qPrintable(text));
        QCOMPARE(text, errorMessage(Error{error.code, {}}));
    }
}

void tst_AccountList::everyErrorCodeHasSentence()
{
    const QMetaEnum codes = QMetaEnum::fromType<ErrorCode>();
    QVERIFY(codes.keyCount() >= 12);
    for (int i = 0; i < codes.keyCount(); ++i) {
        const auto code = ErrorCode(codes.value(i));
        const QString text = AccountPresentation::errorText(Error{code, {}});
        // What went wrong, then what to do: two sentences at least.
        QVERIFY2(text.count(u'.') >= 2, codes.key(i));
        QVERIFY2(text.endsWith(u'.'), codes.key(i));
        QVERIFY2(!text.contains(errorCodeName(code)), codes.key(i));
    }
}

void tst_AccountList::platformTextIsNotMarkup()
{
    // A display name is whatever the platform returns; it must show as typed.
    const QString name = u"<b>Shop</b> &amp; <img src=x>"_s;
    const Expected<Account> saved =
        save({Platform::Bluesky, u"did:plc:markup00000000000000000"_s, u"markup.test"_s, name, 5 * 24});
    QVERIFY(saved);
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *title = window.findChild<QLabel *>(u"detailTitle"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), name);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->text().contains(u"Shop"))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }

    // Tooltips that look like markup are drawn as markup, so the name is escaped.
    auto *list = window.findChild<QListView *>(u"accountList"_s);
    QVERIFY(list);
    const QString tooltip = list->model()->index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(!tooltip.contains(u"<b>Shop"), qPrintable(tooltip));
    QVERIFY2(tooltip.contains(u"&lt;b&gt;Shop"), qPrintable(tooltip));
}

void tst_AccountList::longNameIsCutWithTooltip()
{
    // A name without spaces cannot wrap. It is cut with "…" to the pane, and
    // the whole name is in the tooltip and the accessible name.
    const QString name = QString(300, u'W');
    const Expected<Account> saved =
        save({Platform::Bluesky, u"did:plc:longname0000000000000000"_s, u"long.test"_s, name, 5 * 24});
    QVERIFY(saved);
    MainWindow window(*m_service);
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *title = window.findChild<QLabel *>(u"detailTitle"_s);
    QVERIFY(title);
    QTRY_VERIFY(title->text().endsWith(u'…'));
    QVERIFY2(title->fontMetrics().horizontalAdvance(title->text()) <= title->width(), qPrintable(title->text()));
    QVERIFY(title->toolTip().contains(name));
    QCOMPARE(title->accessibleName(), name);

    // A wider window shows more of it.
    const qsizetype narrow = title->text().size();
    window.resize(1400, 600);
    QTRY_VERIFY(title->text().size() > narrow);
}

void tst_AccountList::smallestWindowKeepsRowsApart()
{
    // At the window's minimum size the detail pane scrolls; its rows keep
    // their height instead of being drawn over each other.
    seedAll();
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(window.minimumSizeHint());
    QTRY_COMPARE(window.size(), window.minimumSizeHint());

    auto *pane = window.findChild<AccountDetailPane *>();
    QVERIFY(pane);
    QList<QLabel *> rows;
    for (QLabel *label : pane->findChildren<QLabel *>()) {
        if (label->isVisibleTo(pane) && !label->text().isEmpty())
            rows << label;
    }
    QVERIFY(rows.size() > 6);
    const auto place = [pane](const QLabel *label) { return QRect(label->mapTo(pane, QPoint(0, 0)), label->size()); };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        // Ids are set in a smaller monospace font, so each label is measured in its own.
        QVERIFY2(rows.at(i)->height() >= rows.at(i)->fontMetrics().height(), qPrintable(rows.at(i)->text()));
        for (qsizetype j = i + 1; j < rows.size(); ++j)
            QVERIFY2(!place(rows.at(i)).intersects(place(rows.at(j))),
                     qPrintable(rows.at(i)->text() + u" / "_s + rows.at(j)->text()));
    }
    auto *list = window.findChild<QListView *>(u"accountList"_s);
    QVERIFY(list);
    QVERIFY2(list->width() >= 200, qPrintable(QString::number(list->width())));
}

void tst_AccountList::timelineMarksMatchExpiries()
{
    seedAll();
    AccountListModel model(*m_service);
    QVERIFY(model.reload().has_value());
    ExpiryTimeline timeline;
    timeline.resize(620, timeline.sizeHint().height());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    timeline.setReferenceTime(now);
    timeline.setModel(&model);

    // erin has no expiry; the other four expire within 60 days.
    const QList<ExpiryTimeline::Mark> marks = timeline.marks();
    QCOMPARE(marks.size(), 4);
    const QStringList expectedOrder{idOf(QStringLiteral("alice.test")), idOf(QStringLiteral("bobcat")),
                                    idOf(QStringLiteral("carol-m")), idOf(QStringLiteral("dave-s"))};
    for (int i = 0; i < marks.size(); ++i) {
        QCOMPARE(marks[i].accountId, expectedOrder[i]);
        const Account stored = *m_service->account(marks[i].accountId);
        QCOMPARE(marks[i].expiresAt, stored.tokenExpiresAt);
    }
    QCOMPARE(marks[0].renewable, true);
    QCOMPARE(marks[0].urgency, Urgency::None);
    QCOMPARE(marks[2].renewable, false);
    QCOMPARE(marks[2].urgency, Urgency::Critical);
    QCOMPARE(marks[3].urgency, Urgency::None);

    // Positions grow with the expiry; dave's 40 days sit two thirds along.
    for (int i = 1; i < marks.size(); ++i)
        QVERIFY(timeline.markCenter(i).x() >= timeline.markCenter(i - 1).x());
    const qreal first = timeline.markCenter(0).x();
    const qreal fraction = (timeline.markCenter(3).x() - first) / (timeline.width() - 2 * first);
    QVERIFY2(qAbs(fraction - 40.0 / 60.0) < 0.03, qPrintable(QString::number(fraction)));

    QTRY_VERIFY(!timeline.accessibleDescription().isEmpty());
    QCOMPARE(timeline.summaryText(), timeline.accessibleDescription());
    QVERIFY2(timeline.summaryText().startsWith(QStringLiteral("4 tokens expire in the next 60 days")),
             qPrintable(timeline.summaryText()));
    QVERIFY2(timeline.summaryText().contains(QStringLiteral("1 needs attention now")),
             qPrintable(timeline.summaryText()));

    // A removed account loses its mark.
    QVERIFY(m_service->disconnectAccount(idOf(QStringLiteral("carol-m"))).has_value());
    QCOMPARE(timeline.marks().size(), 3);
}

void tst_AccountList::timelineClickSelectsAccount()
{
    seedAll();
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *timeline = window.findChild<ExpiryTimeline *>(QStringLiteral("expiryTimeline"));
    auto *list = window.findChild<QListView *>(QStringLiteral("accountList"));
    QVERIFY(timeline && timeline->isVisible() && list);
    QCOMPARE(list->currentIndex().data(AccountListModel::HandleRole).toString(), QStringLiteral("alice.test"));

    const QList<ExpiryTimeline::Mark> marks = timeline->marks();
    const qsizetype carol = std::find_if(marks.begin(), marks.end(), [this](const ExpiryTimeline::Mark &mark) {
                                return mark.accountId == idOf(QStringLiteral("carol-m"));
                            }) - marks.begin();
    QVERIFY(carol < marks.size());
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->markCenter(int(carol)).toPoint());
    QCOMPARE(list->currentIndex().data(AccountListModel::HandleRole).toString(), QStringLiteral("carol-m"));

    // Keyboard: Home focuses the first mark, Enter selects its account.
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Home);
    QTest::keyClick(timeline, Qt::Key_Return);
    QCOMPARE(list->currentIndex().data(AccountListModel::HandleRole).toString(), QStringLiteral("alice.test"));

    // A mark of an account the search hides still selects it, clearing the search.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setText(QStringLiteral("alice"));
    QCOMPARE(timeline->marks().size(), 1);
    search->clear();
    QCOMPARE(timeline->marks().size(), 4);
}

void tst_AccountList::keyboardReachesEveryAction()
{
    seedAll();
    MainWindow window(*m_service);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *list = window.findChild<QListView *>(QStringLiteral("accountList"));
    auto *platformFilter = window.findChild<QComboBox *>(QStringLiteral("platformFilter"));
    QVERIFY(search && list && platformFilter);

    // Ctrl+F searches, Escape clears the search.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("dave"));
    QCOMPARE(list->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(list->model()->rowCount(), 1); // Delete in the field edits text, never disconnects
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(list->model()->rowCount(), kSeeds.size());

    // Tab walks search → platform → sort → list → timeline.
    QTest::keyClick(search, Qt::Key_Tab);
    QVERIFY(platformFilter->hasFocus());
    QTest::keyClick(platformFilter, Qt::Key_Down);
    QCOMPARE(window.filterModel()->platformFilter(), std::optional(Platform::Bluesky));
    QTest::keyClick(platformFilter, Qt::Key_Up);
    QCOMPARE(window.filterModel()->platformFilter(), std::nullopt);
    QTest::keyClick(platformFilter, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("expiryTimeline"));

    // F5 checks the selected Bluesky account, Ctrl+R and Delete are enabled for it.
    list->setFocus();
    list->setCurrentIndex(window.filterModel()->indexOfAccount(idOf(QStringLiteral("alice.test"))));
    auto *check = window.findChild<QAction *>(QStringLiteral("checkAction"));
    auto *reconnect = window.findChild<QAction *>(QStringLiteral("reconnectAction"));
    auto *disconnectAction = window.findChild<QAction *>(QStringLiteral("disconnectAction"));
    QVERIFY(check && reconnect && disconnectAction);
    QCOMPARE(check->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(check->isEnabled() && reconnect->isEnabled() && disconnectAction->isEnabled());
    // X has no check in the window yet: only disconnect stays enabled.
    list->setCurrentIndex(window.filterModel()->indexOfAccount(idOf(QStringLiteral("bobcat"))));
    QVERIFY(!check->isEnabled());
    QVERIFY(disconnectAction->isEnabled());

    // Delete asks first; Cancel keeps the account.
    QString question;
    QTimer::singleShot(0, &window, [&window, &question] {
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("disconnectConfirmation"));
        if (!box)
            return;
        question = box->text();
        box->reject();
    });
    QTest::keyClick(list, Qt::Key_Delete);
    // Each name is isolated, so a right-to-left name cannot reorder the question.
    QCOMPARE(question, QStringLiteral("Disconnect \u2068Bob\u2069 (\u2068bobcat\u2069)?"));
    QCOMPARE(window.accountModel()->rowCount(), kSeeds.size());

    // The offscreen platform does not hand activation back after a modal box.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTimer::singleShot(0, &window, [&window] {
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("disconnectConfirmation"));
        if (auto *confirm = box ? box->findChild<QPushButton *>(QStringLiteral("confirmDisconnectButton")) : nullptr)
            confirm->click();
    });
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(window.accountModel()->rowCount(), kSeeds.size() - 1);
    QVERIFY(!m_service->account(idOf(QStringLiteral("bobcat"))).has_value());

    // Ctrl+Shift+N opens the connect menu, closed again as soon as it shows.
    auto *connectMenu = window.findChild<QMenu *>(QStringLiteral("connectMenu"));
    QVERIFY(connectMenu);
    bool menuShown = false;
    connect(connectMenu, &QMenu::aboutToShow, this, [&menuShown, connectMenu] {
        menuShown = true;
        QTimer::singleShot(0, connectMenu, &QMenu::close);
    });
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(menuShown);
}

void tst_AccountList::focusableWidgetsHaveNames()
{
    // Both pages: the first-run page, then the list with an account selected.
    for (const bool withAccounts : {false, true}) {
        if (withAccounts)
            seedAll();
        MainWindow window(*m_service);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        int checked = 0;
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(&window) || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2(accessible, widget->metaObject()->className());
            const QString name = accessible->text(QAccessible::Name);
            QVERIFY2(!name.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("%1 \"%2\" has no accessible name")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()),
                                         widget->objectName())));
            ++checked;
        }
        QVERIFY2(checked >= (withAccounts ? 7 : 1), qPrintable(QString::number(checked)));
    }
}

QTEST_MAIN(tst_AccountList)
#include "tst_accountlist.moc"
