// The Facebook Page picker: on its own with the keyboard, and inside the
// connect dialog against the fake Graph API (tests/peers/graph), where the
// test's HTTP client takes the browser's place.

#include <QCheckBox>
#include <QLabel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/oauth/oauthconnector.h"
#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "tests/support/graphpeer.h"
#include "tests/support/ports.h"
#include "ui/accountdetailpane.h"
#include "ui/facebookpagepicker.h"
#include "ui/oauthconnectdialog.h"

using namespace fanout;
using fanout::test::freePort;

namespace {

[[nodiscard]] QList<facebook::PageChoice> threePages()
{
    return {{QStringLiteral("2001"), QStringLiteral("Bakery"), QStringLiteral("1784")},
            {QStringLiteral("2002"), QStringLiteral("Café"), QString()},
            {QStringLiteral("2003"), QStringLiteral("Shop"), QStringLiteral("1785")}};
}

} // namespace

class tst_FacebookPicker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyboardChoosesTwoOfThree();
    void connectDisabledWithoutPage();
    void dialogConnectsTwoOfThreePages();
};

void tst_FacebookPicker::keyboardChoosesTwoOfThree()
{
    ui::FacebookPagePicker picker(threePages());
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *list = picker.findChild<QListWidget *>(QStringLiteral("pageList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().contains(QLatin1StringView("Instagram")));
    QVERIFY(!list->item(1)->text().contains(QLatin1StringView("Instagram")));
    QCOMPARE(picker.chosenPageIds().size(), 3);

    // Down to the second Page, Space unticks it, Return connects.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(picker.chosenPageIds(), (QStringList{QStringLiteral("2001"), QStringLiteral("2003")}));
    QSignalSpy accepted(&picker, &QDialog::accepted);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(accepted.size(), 1);
}

void tst_FacebookPicker::connectDisabledWithoutPage()
{
    ui::FacebookPagePicker picker(threePages());
    auto *list = picker.findChild<QListWidget *>(QStringLiteral("pageList"));
    auto *connectButton = picker.findChild<QPushButton *>(QStringLiteral("connectPagesButton"));
    QVERIFY(list && connectButton);
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(Qt::Unchecked);
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(picker.chosenPageIds().isEmpty());
    list->item(2)->setCheckState(Qt::Checked);
    QVERIFY(connectButton->isEnabled());
}

void tst_FacebookPicker::dialogConnectsTwoOfThreePages()
{
    qputenv("FANOUT_NO_BROWSER", "1");
    test::GraphPeer peer;
    QVERIFY2(peer.start(), qPrintable(peer.errorString()));
    QVERIFY(peer.setScenario(QJsonObject{{QStringLiteral("pages"), 3},
                                         {QStringLiteral("instagram"), QJsonArray{true, true, false}}}));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(dir.filePath(QStringLiteral("data")), AccountService::Access::Exclusive);
    QVERIFY2(service, service ? "" : qPrintable(errorMessage(service.error())));
    const QJsonObject providers{{QStringLiteral("facebook"), peer.providerEntry(freePort())}};
    QVERIFY((*service)->providers().importJson(QJsonDocument(providers).toJson()));

    ui::OAuthConnectDialog dialog((*service)->oauth(), Platform::Facebook);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.start();
    auto *urlEdit = dialog.findChild<QLineEdit *>(QStringLiteral("consentUrlEdit"));
    QVERIFY(urlEdit);
    QTRY_VERIFY(!urlEdit->text().isEmpty());

    QNetworkAccessManager browser;
    QNetworkRequest request(QUrl::fromEncoded(urlEdit->text().toLatin1()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(browser.get(request));

    ui::FacebookPagePicker *picker = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((picker = dialog.findChild<ui::FacebookPagePicker *>()) != nullptr, 20'000);
    QTRY_VERIFY(picker->isVisible());
    auto *list = picker->findChild<QListWidget *>(QStringLiteral("pageList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space); // unticks the first Page
    auto *connectButton = picker->findChild<QPushButton *>(QStringLiteral("connectPagesButton"));
    QVERIFY(connectButton);
    QTest::mouseClick(connectButton, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20'000);
    QCOMPARE(dialog.connectedAccount().platformUserId, QStringLiteral("2000000000002"));
    const Expected<QList<Account>> accounts = (*service)->accounts();
    QVERIFY(accounts);
    QStringList rows;
    for (const Account &account : *accounts)
        rows.append(platformId(account.platform) + u':' + account.platformUserId);
    rows.sort();
    QCOMPARE(rows, (QStringList{QStringLiteral("facebook:2000000000002"), QStringLiteral("facebook:2000000000003"),
                                QStringLiteral("instagram:17841400000000002")}));
    QTRY_VERIFY(reply->isFinished());

    // The detail pane names the Page an Instagram account came from.
    ui::AccountDetailPane pane;
    pane.show();
    auto *origin = pane.findChild<QLabel *>(QStringLiteral("originLabel"));
    QVERIFY(origin);
    for (const Account &account : *accounts) {
        pane.setAccount(account);
        if (account.platform == Platform::Instagram)
            QCOMPARE(origin->text(), QStringLiteral("From the Facebook Page Test Page 2"));
        else if (account.platformUserId == QLatin1StringView("2000000000003"))
            QVERIFY(!origin->isVisible());
        else
            QVERIFY(origin->text().contains(QLatin1StringView("17841400000000002")));
    }
}

QTEST_MAIN(tst_FacebookPicker)
#include "tst_facebookpicker.moc"
