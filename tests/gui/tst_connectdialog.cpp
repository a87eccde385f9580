// Connecting a Bluesky account the way a person does it: mouse clicks and key
// presses in the real main window and its Bluesky dialog (offscreen). Behind
// them are a real @atproto/pds on 127.0.0.1, a real SQLite file and the Secret
// Service of a private gnome-keyring (CTest runs this in run-in-session.sh).
#include <memory>

#include <QAction>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include "app/core/application.h"
#include "app/platforms/bluesky/blueskyconnector.h"
#include "app/service/accountservice.h"
#include "app/vault/vault.h"
#include "tests/support/pdspeer.h"
#include "tests/support/secretscan.h"
#include "ui/accountlistmodel.h"
#include "ui/blueskyconnectdialog.h"
#include "ui/mainwindow.h"

using namespace fanout;
using fanout::test::PdsPeer;
using fanout::ui::AccountListModel;
using fanout::ui::BlueskyConnectDialog;
using fanout::ui::MainWindow;

namespace {

constexpr int kWaitMs = 30'000;

// Every log line of the run, to check that no secret reaches the log.
QByteArray g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log += message.toUtf8() + '\n';
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A TCP forwarder on 127.0.0.1 in front of the PDS. While it holds, requests
// reach the PDS but the responses wait here, so a connect stays in flight
// for as long as a test needs.
class HoldingProxy final : public QObject
{
    Q_OBJECT

public:
    explicit HoldingProxy(quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &HoldingProxy::acceptConnections);
    }

    [[nodiscard]] bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    [[nodiscard]] int requestCount() const { return m_requests; }

    // Sends the held responses on and forwards everything from now on.
    void release()
    {
        m_holding = false;
        for (const Link &link : std::as_const(m_links)) {
            if (link.client && !link.heldResponse->isEmpty()) {
                link.client->write(*link.heldResponse);
                link.heldResponse->clear();
            }
        }
    }

private:
    struct Link {
        QPointer<QTcpSocket> client;
        std::shared_ptr<QByteArray> heldResponse;
    };

    void acceptConnections()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            const Link link{client, std::make_shared<QByteArray>()};
            m_links.append(link);
            connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
                ++m_requests;
                upstream->write(client->readAll());
            });
            const std::shared_ptr<QByteArray> heldResponse = link.heldResponse;
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, heldResponse] {
                if (m_holding)
                    heldResponse->append(upstream->readAll());
                else
                    client->write(upstream->readAll());
            });
            connect(upstream, &QTcpSocket::disconnected, client, [this, client] {
                if (!m_holding)
                    client->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        }
    }

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    bool m_holding = true;
    int m_requests = 0;
    QList<Link> m_links;
};

// The widgets of an open Bluesky dialog, found by their object names.
struct DialogWidgets {
    QPointer<BlueskyConnectDialog> dialog;
    QLineEdit *identifier = nullptr;
    QLineEdit *password = nullptr;
    QToolButton *advancedToggle = nullptr;
    QLineEdit *service = nullptr;
    QLineEdit *plcDirectory = nullptr;
    QLabel *error = nullptr;
    QPushButton *connectButton = nullptr;
    QPushButton *cancelButton = nullptr;

    [[nodiscard]] bool complete() const
    {
        return dialog && identifier && password && advancedToggle && service && plcDirectory && error
            && connectButton && cancelButton;
    }
};

DialogWidgets findDialogWidgets(MainWindow &window)
{
    DialogWidgets widgets;
    widgets.dialog = window.findChild<BlueskyConnectDialog *>(QStringLiteral("blueskyConnectDialog"));
    if (!widgets.dialog)
        return widgets;
    BlueskyConnectDialog &dialog = *widgets.dialog;
    widgets.identifier = dialog.findChild<QLineEdit *>(QStringLiteral("identifierEdit"));
    widgets.password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    widgets.advancedToggle = dialog.findChild<QToolButton *>(QStringLiteral("advancedToggle"));
    widgets.service = dialog.findChild<QLineEdit *>(QStringLiteral("serviceEdit"));
    widgets.plcDirectory = dialog.findChild<QLineEdit *>(QStringLiteral("plcDirectoryEdit"));
    widgets.error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    widgets.connectButton = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    widgets.cancelButton = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    return widgets;
}

// Replaces a line edit's text by selecting all of it and typing over it.
void typeOver(QLineEdit *edit, const QString &text)
{
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

} // namespace

class tst_ConnectDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dialogConnectThenCheck();
    void disconnectEndsSessionUpstream();
    void wrongPasswordKeepsDialogOpen();
    void cancelDuringConnectStoresNothing();

private:
    [[nodiscard]] PdsPeer::TestAccount newAccount();
    // Opens the Bluesky dialog with the empty state's button, as on first use.
    [[nodiscard]] DialogWidgets openFromEmptyState(MainWindow &window);
    // Opens the Bluesky dialog with File → Connect Bluesky Account….
    [[nodiscard]] DialogWidgets openFromMenu(MainWindow &window);
    // Types the handle, the password and, under Advanced, the server URLs.
    void fillIn(const DialogWidgets &widgets, const QString &handle, const QString &password, const QUrl &service);
    // Remembers the tokens stored for every account, so cleanup() searches for them.
    void recordStoredTokens();

    PdsPeer m_peer;
    int m_accounts = 0;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<AccountService> m_service;
    QList<QByteArray> m_secrets;
};

void tst_ConnectDialog::initTestCase()
{
    setApplicationIdentity();
    qRegisterMetaType<fanout::Account>();
    qRegisterMetaType<fanout::Error>();
    // The dialog would prefill it, and these tests type the PLC directory themselves.
    qunsetenv("FANOUT_PLC_URL");
    g_previousHandler = qInstallMessageHandler(recordMessage);
    QVERIFY2(m_peer.start(), qPrintable(QStringLiteral("the local PDS could not start: ") + m_peer.errorString()));
}

void tst_ConnectDialog::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dataDir->isValid(), qPrintable(m_dataDir->errorString()));
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dataDir->path(), AccountService::Access::Exclusive);
    QVERIFY2(service.has_value(), service ? "" : qPrintable(errorMessage(service.error())));
    m_service = std::move(*service);
    m_secrets.clear();
    g_log.clear();
}

void tst_ConnectDialog::cleanup()
{
    // Whatever the test did, no password or token may be on disk or in the log.
    if (m_service) {
        recordStoredTokens();
        QStringList leaks = test::filesContainingAny({m_dataDir->path()}, m_secrets);
        for (const QByteArray &secret : std::as_const(m_secrets)) {
            if (g_log.contains(secret))
                leaks << QStringLiteral("the log");
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));
    }
    m_service.reset();
    m_dataDir.reset();
}

PdsPeer::TestAccount tst_ConnectDialog::newAccount()
{
    const QString handle = QStringLiteral("gui%1.test").arg(++m_accounts);
    PdsPeer::TestAccount account = m_peer.createAccount(handle);
    if (account.did.isEmpty() || account.appPassword.isEmpty())
        qWarning("could not create %s on the PDS: %s", qPrintable(handle), qPrintable(m_peer.errorString()));
    m_secrets << account.appPassword.toUtf8() << account.password.toUtf8();
    return account;
}

DialogWidgets tst_ConnectDialog::openFromEmptyState(MainWindow &window)
{
    auto *button = window.findChild<QPushButton *>(QStringLiteral("emptyStateConnectButton"));
    if (!button || !button->isVisible())
        return {};
    QTest::mouseClick(button, Qt::LeftButton);
    return findDialogWidgets(window);
}

DialogWidgets tst_ConnectDialog::openFromMenu(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("connectBlueskyAction"));
    if (!action || !action->isEnabled())
        return {};
    action->trigger();
    return findDialogWidgets(window);
}

void tst_ConnectDialog::fillIn(const DialogWidgets &widgets, const QString &handle, const QString &password,
                               const QUrl &service)
{
    QVERIFY(widgets.complete());
    QVERIFY(QTest::qWaitForWindowExposed(widgets.dialog));
    QTest::keyClicks(widgets.identifier, handle);
    QTest::keyClicks(widgets.password, password);
    if (!widgets.advancedToggle->isChecked())
        QTest::mouseClick(widgets.advancedToggle, Qt::LeftButton);
    QVERIFY(widgets.service->isVisible());
    QVERIFY(widgets.plcDirectory->isVisible());
    typeOver(widgets.service, service.toString());
    typeOver(widgets.plcDirectory, m_peer.plcUrl().toString());
    QCOMPARE(widgets.service->text(), service.toString());
    QCOMPARE(widgets.plcDirectory->text(), m_peer.plcUrl().toString());
    QVERIFY(widgets.connectButton->isEnabled());
}

void tst_ConnectDialog::recordStoredTokens()
{
    const Expected<QList<Account>> accounts = m_service->accounts();
    QVERIFY2(accounts.has_value(), accounts ? "" : qPrintable(errorMessage(accounts.error())));
    for (const Account &account : *accounts) {
        const Expected<QJsonObject> secrets = m_service->vault().readSecrets(account);
        QVERIFY2(secrets.has_value(), secrets ? "" : qPrintable(errorMessage(secrets.error())));
        for (const char *key : {"accessJwt", "refreshJwt"}) {
            const QByteArray token = secrets->value(QLatin1StringView(key)).toString().toLatin1();
            QVERIFY2(!token.isEmpty(), key);
            m_secrets << token;
        }
    }
}

void tst_ConnectDialog::dialogConnectThenCheck()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const DialogWidgets widgets = openFromEmptyState(window);
    fillIn(widgets, pdsAccount.handle, pdsAccount.appPassword, m_peer.pdsUrl());
    QTest::mouseClick(widgets.connectButton, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!widgets.dialog || !widgets.dialog->isVisible(), kWaitMs);
    AccountListModel *model = window.accountModel();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex row = model->index(0);
    QCOMPARE(row.data(AccountListModel::DisplayNameRole).toString(), QStringLiteral("Display ") + pdsAccount.handle);
    QCOMPARE(row.data(AccountListModel::HandleRole).toString(), pdsAccount.handle);
    QCOMPARE(row.data(AccountListModel::StatusRole).value<AccountStatus>(), AccountStatus::Connected);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Connected \u2068@%1\u2069.").arg(pdsAccount.handle));
    QCOMPARE(m_service->accounts()->size(), 1);

    // Select the row with the mouse, then check its connection in the detail pane.
    auto *list = window.findChild<QListView *>(QStringLiteral("accountList"));
    QVERIFY(list && list->isVisible());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
    QCOMPARE(list->currentIndex().row(), 0);
    auto *checkButton = window.findChild<QPushButton *>(QStringLiteral("checkButton"));
    QVERIFY(checkButton && checkButton->isVisible() && checkButton->isEnabled());
    QSignalSpy checked(&m_service->bluesky(), &bluesky::BlueskyConnector::checked);
    QTest::mouseClick(checkButton, Qt::LeftButton);
    QVERIFY(!checkButton->isEnabled());
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Checking the connection of \u2068@%1\u2069…").arg(pdsAccount.handle));

    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, kWaitMs);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("The connection of \u2068@%1\u2069 works.").arg(pdsAccount.handle));
    QVERIFY(checkButton->isEnabled());
    auto *errorBanner = window.findChild<QWidget *>(QStringLiteral("errorBanner"));
    QVERIFY(errorBanner && !errorBanner->isVisible());
    QCOMPARE(model->index(0).data(AccountListModel::StatusRole).value<AccountStatus>(), AccountStatus::Connected);
}

void tst_ConnectDialog::disconnectEndsSessionUpstream()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const DialogWidgets widgets = openFromEmptyState(window);
    fillIn(widgets, pdsAccount.handle, pdsAccount.appPassword, m_peer.pdsUrl());
    QTest::mouseClick(widgets.connectButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!widgets.dialog || !widgets.dialog->isVisible(), kWaitMs);
    QCOMPARE(window.accountModel()->rowCount(), 1);

    const Account account = m_service->accounts()->first();
    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(account);
    QVERIFY(secrets.has_value());
    const QByteArray refreshJwt = secrets->value(QLatin1StringView("refreshJwt")).toString().toLatin1();
    QVERIFY(!refreshJwt.isEmpty());
    m_secrets << refreshJwt << secrets->value(QLatin1StringView("accessJwt")).toString().toLatin1();

    // Find the new row by typing in the search field, as a person would.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *list = window.findChild<QListView *>(QStringLiteral("accountList"));
    auto *noMatch = window.findChild<QLabel *>(QStringLiteral("noMatchLabel"));
    QVERIFY(search && list && noMatch);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("no-such-account"));
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    search->clear();
    QTest::keyClicks(search, QLatin1Char('@') + pdsAccount.handle);
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(!noMatch->isVisible());
    QCOMPARE(list->currentIndex().data(AccountListModel::IdRole).toString(), account.id);

    // Delete on the selected row asks first; confirm as soon as the question shows.
    QString question;
    QTimer::singleShot(0, &window, [&window, &question] {
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("disconnectConfirmation"));
        if (box)
            question = box->text();
        if (auto *confirm = box ? box->findChild<QPushButton *>(QStringLiteral("confirmDisconnectButton")) : nullptr)
            confirm->click();
    });
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY2(question.contains(pdsAccount.handle), qPrintable(question));
    QTRY_COMPARE_WITH_TIMEOUT(window.accountModel()->rowCount(), 0, kWaitMs);
    QVERIFY(!m_service->account(account.id).has_value());

    // The PDS no longer accepts the session's refresh token.
    QNetworkAccessManager network;
    QNetworkRequest request(m_peer.pdsUrl().resolved(QUrl(QStringLiteral("/xrpc/com.atproto.server.refreshSession"))));
    request.setRawHeader("Authorization", "Bearer " + refreshJwt);
    std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArray()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(reply->readAll().contains("ExpiredToken"));
}

void tst_ConnectDialog::wrongPasswordKeepsDialogOpen()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());
    const QString wrongPassword = QStringLiteral("aaaa-bbbb-cccc-dddd");
    m_secrets << wrongPassword.toUtf8();
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const DialogWidgets widgets = openFromMenu(window);
    fillIn(widgets, pdsAccount.handle, wrongPassword, m_peer.pdsUrl());
    QTest::mouseClick(widgets.connectButton, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(widgets.error->isVisible(), kWaitMs);
    QVERIFY2(widgets.error->text().startsWith(QStringLiteral("Bluesky did not accept this handle and app password")),
             qPrintable(widgets.error->text()));
    QVERIFY(!widgets.error->text().contains(wrongPassword));
    QVERIFY(widgets.dialog && widgets.dialog->isVisible());
    QVERIFY(!widgets.dialog->isBusy());
    QCOMPARE(widgets.identifier->text(), pdsAccount.handle);
    QCOMPARE(widgets.password->text(), wrongPassword);
    QCOMPARE(widgets.service->text(), m_peer.pdsUrl().toString());
    QCOMPARE(widgets.plcDirectory->text(), m_peer.plcUrl().toString());
    QVERIFY(widgets.connectButton->isEnabled());
    // The password is selected, so typing the right one replaces it.
    QVERIFY(widgets.password->hasFocus());
    QCOMPARE(widgets.password->selectedText(), wrongPassword);

    QCOMPARE(window.accountModel()->rowCount(), 0);
    QCOMPARE(m_service->accounts()->size(), 0);

    QTest::mouseClick(widgets.cancelButton, Qt::LeftButton);
    QTRY_VERIFY(!widgets.dialog || !widgets.dialog->isVisible());
}

void tst_ConnectDialog::cancelDuringConnectStoresNothing()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());
    HoldingProxy proxy(quint16(m_peer.pdsUrl().port()));
    QVERIFY(proxy.listen());
    MainWindow window(*m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The proxy is the service URL, so the handle lookup gets no response until release().
    const DialogWidgets widgets = openFromMenu(window);
    fillIn(widgets, pdsAccount.handle, pdsAccount.appPassword, proxy.url());
    QTest::mouseClick(widgets.connectButton, Qt::LeftButton);
    QVERIFY(widgets.dialog->isBusy());
    QVERIFY(!widgets.identifier->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(proxy.requestCount() > 0, kWaitMs);

    // Cancel stops the sign-in and keeps the dialog open with the fields.
    QTest::mouseClick(widgets.cancelButton, Qt::LeftButton);
    QVERIFY(widgets.dialog && widgets.dialog->isVisible());
    QVERIFY(!widgets.dialog->isBusy());
    QVERIFY(!m_service->bluesky().isBusy());
    QVERIFY(widgets.error->isVisible());
    QCOMPARE(widgets.error->text(), QStringLiteral("The Bluesky connection was cancelled."));
    QCOMPARE(widgets.identifier->text(), pdsAccount.handle);
    QVERIFY(widgets.identifier->isEnabled());

    // The response that arrives after the cancel changes nothing.
    proxy.release();
    QTest::qWait(1000);
    QCOMPARE(window.accountModel()->rowCount(), 0);
    QCOMPARE(m_service->accounts()->size(), 0);
    QVERIFY(widgets.dialog && widgets.dialog->isVisible());

    QTest::mouseClick(widgets.cancelButton, Qt::LeftButton);
    QTRY_VERIFY(!widgets.dialog || !widgets.dialog->isVisible());
    QCOMPARE(window.accountModel()->rowCount(), 0);
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
}

QTEST_MAIN(tst_ConnectDialog)
#include "tst_connectdialog.moc"
