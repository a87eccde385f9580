// The main window, its account model and the Bluesky dialog on real widgets
// (offscreen), with a real SQLite file and a real Secret Service behind them.
#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "app/core/application.h"
#include "app/core/platform.h"
#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "app/vault/vault.h"
#include "ui/accountlistmodel.h"
#include "ui/blueskyconnectdialog.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

using namespace fanout;
using fanout::ui::AccountListModel;
using fanout::ui::BlueskyConnectDialog;
using fanout::ui::MainWindow;

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateWithoutAccounts();
    void bringForwardKeepsOpenDialog();
    void connectMenuListsEveryPlatform();
    void modelUpdatesRowsInPlace();
    void newAccountReplacesEmptyState();
    void disconnectConfirmedRemovesRow();
    void disconnectCancelledKeepsRow();
    void dialogConnectNeedsValidIdentifier_data();
    void dialogConnectNeedsValidIdentifier();
    void dialogWarnsAboutMainPassword_data();
    void dialogWarnsAboutMainPassword();
    void dialogRejectsPlainHttpService();

private:
    // Stores an account through the vault, as a connector does, and announces it.
    [[nodiscard]] Expected<Account> saveAccount(const QString &did, const QString &handle,
                                                const QString &displayName);
    // Clicks the named button of the disconnect confirmation once it is shown.
    void answerConfirmation(QWidget &window, const QString &buttonObjectName, const QString &cancelText);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<AccountService> m_service;
    QString m_confirmationText;
};

void tst_MainWindow::initTestCase()
{
    setApplicationIdentity();
}

void tst_MainWindow::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dataDir->isValid(), qPrintable(m_dataDir->errorString()));
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dataDir->path(), AccountService::Access::Exclusive);
    QVERIFY2(service.has_value(), service ? "" : qPrintable(errorMessage(service.error())));
    m_service = std::move(*service);
    m_confirmationText.clear();
}

void tst_MainWindow::cleanup()
{
    m_service.reset();
    m_dataDir.reset();
}

void tst_MainWindow::bringForwardKeepsOpenDialog()
{
    // The requests a second start of Fanout sends to the running window.
    ui::MainWindow window(*m_service);
    window.bringForward(false, QString());
    QVERIFY(window.isVisible());
    QVERIFY(!window.findChild<ui::SettingsDialog *>());

    // An open dialog comes forward; Settings does not stack on top of it.
    auto *question = new QMessageBox(QMessageBox::Question, QStringLiteral("Open"), QStringLiteral("Open"),
                                     QMessageBox::Ok, &window);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->open();
    QTRY_COMPARE(QApplication::activeModalWidget(), question);
    window.bringForward(true, QStringLiteral("general"));
    QVERIFY(!window.findChild<ui::SettingsDialog *>());
    QCOMPARE(QApplication::activeModalWidget(), question);
    question->close();

    // Without one, Settings opens on the page asked for.
    QTRY_VERIFY(!QApplication::activeModalWidget());
    window.bringForward(true, QStringLiteral("bluesky"));
    auto *settings = window.findChild<ui::SettingsDialog *>();
    QVERIFY(settings);
    QTRY_VERIFY(settings->isVisible());
}

Expected<Account> tst_MainWindow::saveAccount(const QString &did, const QString &handle, const QString &displayName)
{
    Account account;
    account.platform = Platform::Bluesky;
    account.platformUserId = did;
    account.handle = handle;
    account.displayName = displayName;
    account.tokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(2 * 60 * 60);
    Expected<Account> saved =
        m_service->vault().saveConnection(account, QJsonObject{{QStringLiteral("accessJwt"), QStringLiteral("x")}});
    // The vault itself emits nothing; the connector announces each stored
    // account through the service's accountChanged, so the test does the same.
    if (saved)
        Q_EMIT m_service->accountChanged(saved->id);
    return saved;
}

void tst_MainWindow::answerConfirmation(QWidget &window, const QString &buttonObjectName,
                                        const QString &cancelText)
{
    // The confirmation runs its own event loop, which delivers this timer.
    QTimer::singleShot(0, &window, [this, &window, buttonObjectName, cancelText] {
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("disconnectConfirmation"));
        if (!box)
            return;
        m_confirmationText = box->text();
        QPushButton *button = buttonObjectName.isEmpty() ? nullptr : box->findChild<QPushButton *>(buttonObjectName);
        if (!button) {
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *candidate : buttons) {
                if (box->buttonRole(candidate) == QMessageBox::RejectRole && candidate->text().contains(cancelText))
                    button = qobject_cast<QPushButton *>(candidate);
            }
        }
        if (button)
            button->click();
    });
}

void tst_MainWindow::emptyStateWithoutAccounts()
{
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *emptyState = window.findChild<QWidget *>(QStringLiteral("emptyState"));
    QVERIFY(emptyState);
    QVERIFY(emptyState->isVisible());
    auto *title = window.findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("No accounts connected yet"));
    auto *button = window.findChild<QPushButton *>(QStringLiteral("emptyStateConnectButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    // Every platform Fanout connects is named, none as "coming soon".
    auto *others = window.findChild<QLabel *>(QStringLiteral("emptyStateOtherPlatforms"));
    QVERIFY(others);
    for (const char *name : {"X", "LinkedIn", "Facebook with Instagram", "Threads", "Pinterest"})
        QVERIFY2(others->text().contains(QLatin1StringView(name)), name);
    QVERIFY(!others->text().contains(QStringLiteral("soon")));

    auto *list = window.findChild<QListView *>(QStringLiteral("accountList"));
    QVERIFY(list);
    QVERIFY(!list->isVisible());
}

void tst_MainWindow::connectMenuListsEveryPlatform()
{
    MainWindow window(*m_service);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("connectMenu"));
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), qsizetype(platformTable().size()));
    auto *facebook = menu->findChild<QAction *>(QStringLiteral("connect-facebook"));
    QVERIFY(facebook);
    QVERIFY(facebook->text().contains(QStringLiteral("Instagram")));

    for (const PlatformInfo &info : platformTable()) {
        auto *action = menu->findChild<QAction *>(QStringLiteral("connect-") + QString::fromLatin1(info.id));
        QVERIFY2(action, info.id);
        QVERIFY(action->text().contains(QString::fromUtf8(info.displayName)));
        if (info.platform == Platform::Bluesky) {
            QVERIFY(action->isEnabled());
        } else if (oauthPlatforms().contains(info.platform)) {
            // No providers file in this data directory: the entry says how to add one.
            QVERIFY2(action->isEnabled(), info.id);
            QVERIFY2(action->toolTip().contains(QStringLiteral("fanout providers import FILE")), info.id);
        } else if (info.connectShape == ConnectShape::FromFacebookPage) {
            // Instagram comes with a Facebook Page: its entry starts the Facebook connect.
            QVERIFY2(action->isEnabled(), info.id);
            QVERIFY2(action->toolTip().contains(QStringLiteral("Facebook")), info.id);
            // Facebook has no client id here, so neither has Instagram.
            QVERIFY2(action->text().contains(QStringLiteral("not set up")), qPrintable(action->text()));
        } else {
            QVERIFY2(!action->isEnabled(), info.id);
            QVERIFY2(action->toolTip().startsWith(QStringLiteral("Coming soon")), info.id);
        }
    }
}

void tst_MainWindow::modelUpdatesRowsInPlace()
{
    AccountListModel model(*m_service);
    // Alive for the whole test, so every change below is checked.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().has_value());
    QCOMPARE(model.rowCount(), 0);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const Expected<Account> alice =
        saveAccount(QStringLiteral("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"), QStringLiteral("alice.test"),
                    QStringLiteral("Alice"));
    QVERIFY2(alice.has_value(), alice ? "" : qPrintable(errorMessage(alice.error())));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 1);

    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(AccountListModel::IdRole).toString(), alice->id);
    QCOMPARE(first.data(AccountListModel::HandleRole).toString(), QStringLiteral("alice.test"));
    QCOMPARE(first.data(AccountListModel::DisplayNameRole).toString(), QStringLiteral("Alice"));
    QCOMPARE(first.data(AccountListModel::PlatformRole).value<Platform>(), Platform::Bluesky);
    QCOMPARE(first.data(AccountListModel::StatusRole).value<AccountStatus>(), AccountStatus::Connected);
    QVERIFY(first.data(AccountListModel::TokenExpiresAtRole).toDateTime().isValid());
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Alice"));

    const Expected<Account> bob = saveAccount(QStringLiteral("did:plc:bbbbbbbbbbbbbbbbbbbbbbbb"),
                                              QStringLiteral("bob.test"), QStringLiteral("Bob"));
    QVERIFY(bob.has_value());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);

    // Reconnecting the same DID updates its row instead of adding one.
    const Expected<Account> aliceAgain =
        saveAccount(QStringLiteral("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"), QStringLiteral("alice.test"),
                    QStringLiteral("Alice Liddell"));
    QVERIFY(aliceAgain.has_value());
    QCOMPARE(aliceAgain->id, alice->id);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0).data(AccountListModel::DisplayNameRole).toString(), QStringLiteral("Alice Liddell"));
    QCOMPARE(model.rowCount(), 2);

    QVERIFY(m_service->disconnectAccount(alice->id).has_value());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(AccountListModel::IdRole).toString(), bob->id);

    QCOMPARE(reset.size(), 0);
}

void tst_MainWindow::newAccountReplacesEmptyState()
{
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *emptyState = window.findChild<QWidget *>(QStringLiteral("emptyState"));
    auto *list = window.findChild<QListView *>(QStringLiteral("accountList"));
    QVERIFY(emptyState && list);
    QVERIFY(emptyState->isVisible());

    QSignalSpy reset(window.accountModel(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(window.accountModel(), &QAbstractItemModel::rowsInserted);
    const Expected<Account> alice =
        saveAccount(QStringLiteral("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"), QStringLiteral("alice.test"),
                    QStringLiteral("Alice"));
    QVERIFY(alice.has_value());

    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QVERIFY(!emptyState->isVisible());
    QVERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->currentIndex().data(AccountListModel::IdRole).toString(), alice->id);
}

void tst_MainWindow::disconnectConfirmedRemovesRow()
{
    const Expected<Account> alice =
        saveAccount(QStringLiteral("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"), QStringLiteral("alice.test"),
                    QStringLiteral("Alice"));
    QVERIFY(alice.has_value());
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.accountModel()->rowCount(), 1);

    auto *disconnectButton = window.findChild<QPushButton *>(QStringLiteral("disconnectButton"));
    QVERIFY(disconnectButton);
    QVERIFY(disconnectButton->isVisible());
    QSignalSpy removed(window.accountModel(), &QAbstractItemModel::rowsRemoved);

    answerConfirmation(window, QStringLiteral("confirmDisconnectButton"), {});
    disconnectButton->click();

    QVERIFY2(m_confirmationText.contains(QStringLiteral("Alice")), qPrintable(m_confirmationText));
    QVERIFY2(m_confirmationText.contains(QStringLiteral("@alice.test")), qPrintable(m_confirmationText));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(window.accountModel()->rowCount(), 0);
    QVERIFY(!m_service->account(alice->id).has_value());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
}

void tst_MainWindow::disconnectCancelledKeepsRow()
{
    const Expected<Account> alice =
        saveAccount(QStringLiteral("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"), QStringLiteral("alice.test"),
                    QStringLiteral("Alice"));
    QVERIFY(alice.has_value());
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy removed(window.accountModel(), &QAbstractItemModel::rowsRemoved);
    answerConfirmation(window, {}, QStringLiteral("Cancel"));
    window.disconnectAccount(alice->id);

    QVERIFY(!m_confirmationText.isEmpty());
    QCOMPARE(removed.size(), 0);
    QCOMPARE(window.accountModel()->rowCount(), 1);
    QVERIFY(m_service->account(alice->id).has_value());
}

void tst_MainWindow::dialogConnectNeedsValidIdentifier_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("identifierValid");
    QTest::addColumn<bool>("connectEnabled");

    const QString appPassword = QStringLiteral("abcd-efgh-ijkl-mnop");
    QTest::addRow("handle") << QStringLiteral("alice.bsky.social") << appPassword << true << true;
    QTest::addRow("handle with @") << QStringLiteral("@alice.bsky.social") << appPassword << true << true;
    QTest::addRow("did:plc") << QStringLiteral("did:plc:ewvi7nxzyoun6zhxrhs64oiz") << appPassword << true << true;
    QTest::addRow("did:web") << QStringLiteral("did:web:example.com") << appPassword << true << true;
    QTest::addRow("single label") << QStringLiteral("alice") << appPassword << false << false;
    QTest::addRow("leading hyphen") << QStringLiteral("-alice.bsky.social") << appPassword << false << false;
    QTest::addRow("space inside") << QStringLiteral("alice bsky.social") << appPassword << false << false;
    QTest::addRow("numeric tld") << QStringLiteral("alice.bsky.123") << appPassword << false << false;
    QTest::addRow("did:key") << QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")
                             << appPassword << false << false;
    QTest::addRow("no password") << QStringLiteral("alice.bsky.social") << QString() << true << false;
}

void tst_MainWindow::dialogConnectNeedsValidIdentifier()
{
    QFETCH(QString, identifier);
    QFETCH(QString, password);
    QFETCH(bool, identifierValid);
    QFETCH(bool, connectEnabled);

    BlueskyConnectDialog dialog(m_service->bluesky());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *identifierEdit = dialog.findChild<QLineEdit *>(QStringLiteral("identifierEdit"));
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *connectButton = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    auto *identifierHint = dialog.findChild<QLabel *>(QStringLiteral("identifierHint"));
    QVERIFY(identifierEdit && passwordEdit && connectButton && identifierHint);
    QVERIFY(!connectButton->isEnabled());
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);

    QTest::keyClicks(identifierEdit, identifier);
    QTest::keyClicks(passwordEdit, password);

    QCOMPARE(identifierHint->isVisible(), !identifierValid);
    QCOMPARE(connectButton->isEnabled(), connectEnabled);
}

void tst_MainWindow::dialogWarnsAboutMainPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("warning");

    QTest::addRow("app password") << QStringLiteral("abcd-efgh-ijkl-mnop") << false;
    QTest::addRow("plain password") << QStringLiteral("correct horse battery") << true;
    QTest::addRow("three groups") << QStringLiteral("abcd-efgh-ijkl") << true;
    QTest::addRow("digits 0 and 1") << QStringLiteral("ab01-efgh-ijkl-mnop") << true;
}

void tst_MainWindow::dialogWarnsAboutMainPassword()
{
    QFETCH(QString, password);
    QFETCH(bool, warning);

    BlueskyConnectDialog dialog(m_service->bluesky());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *identifierEdit = dialog.findChild<QLineEdit *>(QStringLiteral("identifierEdit"));
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *connectButton = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    auto *passwordWarning = dialog.findChild<QLabel *>(QStringLiteral("passwordWarning"));
    QVERIFY(identifierEdit && passwordEdit && connectButton && passwordWarning);

    QTest::keyClicks(identifierEdit, QStringLiteral("alice.bsky.social"));
    QTest::keyClicks(passwordEdit, password);

    QCOMPARE(passwordWarning->isVisible(), warning);
    if (warning)
        QVERIFY(passwordWarning->text().contains(QStringLiteral("App passwords")));
    // The warning explains; it does not block, because only the server can tell.
    QVERIFY(connectButton->isEnabled());
}

void tst_MainWindow::dialogRejectsPlainHttpService()
{
    BlueskyConnectDialog dialog(m_service->bluesky());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *identifierEdit = dialog.findChild<QLineEdit *>(QStringLiteral("identifierEdit"));
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *serviceEdit = dialog.findChild<QLineEdit *>(QStringLiteral("serviceEdit"));
    auto *connectButton = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    auto *serverHint = dialog.findChild<QLabel *>(QStringLiteral("serverHint"));
    QVERIFY(identifierEdit && passwordEdit && serviceEdit && connectButton && serverHint);
    QCOMPARE(serviceEdit->text(), QStringLiteral("https://bsky.social"));

    QTest::keyClicks(identifierEdit, QStringLiteral("alice.bsky.social"));
    QTest::keyClicks(passwordEdit, QStringLiteral("abcd-efgh-ijkl-mnop"));
    QVERIFY(connectButton->isEnabled());

    serviceEdit->setText(QStringLiteral("http://pds.example.com"));
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(serverHint->isVisible());

    serviceEdit->setText(QStringLiteral("http://127.0.0.1:2583"));
    QVERIFY(connectButton->isEnabled());
    QVERIFY(!serverHint->isVisible());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
