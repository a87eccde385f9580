#include "ui/mainwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStringList>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/core/appsettings.h"
#include "app/core/logging.h"
#include "app/core/platform.h"
#include "app/oauth/oauthconnector.h"
#include "app/providers/providerconfig.h"
#include "app/platforms/bluesky/blueskyconnector.h"
#include "app/platforms/pinterest/pinterestboards.h"
#include "app/service/accountservice.h"
#include "app/service/avatarcache.h"
#include "ui/accountdelegate.h"
#include "ui/accountdetailpane.h"
#include "ui/accountfiltermodel.h"
#include "ui/accountlistmodel.h"
#include "ui/accountpresentation.h"
#include "ui/blueskyconnectdialog.h"
#include "ui/expirytimeline.h"
#include "ui/oauthconnectdialog.h"
#include "ui/theme.h"
#include "ui/settingsdialog.h"

namespace fanout::ui {

namespace {

constexpr int kStatusTimeoutMs = 8000;

QString platformName(Platform platform)
{
    return QString::fromUtf8(platformInfo(platform).displayName);
}

} // namespace

MainWindow::MainWindow(AccountService &service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_model(new AccountListModel(service, this))
    , m_proxy(new AccountFilterModel(m_model, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QCoreApplication::applicationName());
    resize(980, 640);

    buildToolBar();
    buildAccountMenu();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // A dismissible banner for errors that need more room than the status bar.
    auto *banner = new QFrame(central);
    banner->setObjectName(QStringLiteral("errorBanner"));
    // Tinted from the palette, so the banner reads on a dark palette too.
    const BadgeColors bannerColors = AccountPresentation::urgencyColors(Urgency::Critical, palette());
    banner->setStyleSheet(QStringLiteral("QFrame#errorBanner { background: %1; border-bottom: 1px solid %2; }"
                                         "QFrame#errorBanner QLabel { color: %3; }")
                              .arg(bannerColors.background.name(), bannerColors.foreground.name(),
                                   palette().color(QPalette::Text).name()));
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(16, 8, 8, 8);
    m_errorText = new QLabel(banner);
    m_errorText->setTextFormat(Qt::PlainText); // errors can quote the platform's own words
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorText->setAccessibleName(tr("Error"));
    auto *dismiss = new QToolButton(banner);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the error"));
    dismiss->setAutoRaise(true);
    bannerLayout->addWidget(m_errorText, 1);
    bannerLayout->addWidget(dismiss, 0, Qt::AlignTop);
    banner->hide();
    m_errorBanner = banner;
    layout->addWidget(banner);

    m_pages = new QStackedWidget(central);
    // The empty state waits until the list is first empty, so a start with
    // stored accounts renders neither its picture nor its large fonts.
    m_accountPage = buildAccountPage();
    m_pages->addWidget(m_accountPage);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_accountCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_accountCount);

    connect(dismiss, &QToolButton::clicked, this, &MainWindow::hideError);

    connect(m_model, &AccountListModel::rowsInserted, this, &MainWindow::updatePage);
    connect(m_model, &AccountListModel::rowsRemoved, this, &MainWindow::updatePage);
    connect(m_model, &AccountListModel::modelReset, this, &MainWindow::updatePage);
    connect(m_model, &AccountListModel::dataChanged, this, &MainWindow::updateDetails);
    connect(m_model, &AccountListModel::errorOccurred, this,
            [this](const Error &error) { showError(AccountPresentation::errorText(error)); });
    connect(m_accountView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateDetails);
    // Filtering can drop the current row; the list then selects its first row.
    connect(m_proxy, &AccountFilterModel::rowsRemoved, this, &MainWindow::updatePage);
    connect(m_proxy, &AccountFilterModel::rowsInserted, this, &MainWindow::updatePage);
    connect(m_proxy, &AccountFilterModel::modelReset, this, &MainWindow::updatePage);
    connect(m_timeline, &ExpiryTimeline::accountActivated, this, &MainWindow::selectAccount);
    connect(m_timeline, &ExpiryTimeline::summaryChanged, m_timelineSummary, &QLabel::setText);

    connect(m_detailPane, &AccountDetailPane::checkRequested, this, &MainWindow::checkConnection);
    connect(m_detailPane, &AccountDetailPane::reconnectRequested, this, &MainWindow::reconnectAccount);
    connect(m_detailPane, &AccountDetailPane::disconnectRequested, this, &MainWindow::disconnectAccount);
    connect(m_detailPane, &AccountDetailPane::boardsRequested, &m_service.pinterestBoards(),
            &pinterest::PinterestBoards::listBoards);
    connect(&m_service.pinterestBoards(), &pinterest::PinterestBoards::boardsListed, m_detailPane,
            &AccountDetailPane::setBoards);
    connect(&m_service.pinterestBoards(), &pinterest::PinterestBoards::boardsFailed, this,
            [this](const QString &, const Error &error) {
                statusBar()->showMessage(tr("Could not list the Pinterest boards: %1").arg(AccountPresentation::errorText(error)),
                                         kStatusTimeoutMs);
            });
    connect(m_detailPane, &AccountDetailPane::defaultBoardChosen, this,
            [this](const QString &accountId, const pinterest::Board &board) {
                const Expected<Account> updated = m_service.pinterestBoards().setDefaultBoard(accountId, board);
                if (!updated) {
                    showError(AccountPresentation::errorText(updated.error()));
                    return;
                }
                statusBar()->showMessage(tr("New Pins go to the board “%1”.").arg(AccountPresentation::isolated(board.name)),
                                         kStatusTimeoutMs);
            });

    connect(&m_service.bluesky(), &bluesky::BlueskyConnector::checked, this, &MainWindow::handleChecked);
    connect(&m_service.oauth().facebook(), &facebook::FacebookFanout::checked, this, &MainWindow::handleChecked);
    connect(&m_service.oauth().facebook(), &facebook::FacebookFanout::checkFailed, this,
            [this](const QString &, const Error &error) { handleConnectorError(error); });
    connect(&m_service.bluesky(), &bluesky::BlueskyConnector::errorOccurred, this,
            &MainWindow::handleConnectorError);

    if (Expected<void> loaded = m_model->reload(); !loaded) {
        qCWarning(lcUi) << "could not load the accounts, error" << errorCodeName(loaded.error().code);
        showError(AccountPresentation::errorText(loaded.error()));
    }
    updatePage();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildToolBar()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = fileMenu->addAction(AccountPresentation::platformIcon(Platform::Bluesky),
                                                 tr("Connect &Bluesky Account…"));
    connectAction->setObjectName(QStringLiteral("connectBlueskyAction"));
    connectAction->setShortcut(QKeySequence::New);
    connect(connectAction, &QAction::triggered, this, [this] { connectBluesky(); });
    fileMenu->addSeparator();
    QAction *settingsAction = fileMenu->addAction(tr("&Settings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, [this] { openSettings(); });
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Fanout"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Fanout"),
                           tr("<b>Fanout %1</b><p>Keeps your social media accounts connected. Tokens are "
                              "stored encrypted on this computer, with the key in the system keychain.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *toolBar = addToolBar(tr("Accounts"));
    toolBar->setObjectName(QStringLiteral("accountsToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_connectButton = new QToolButton(toolBar);
    m_connectButton->setObjectName(QStringLiteral("connectAccountButton"));
    m_connectButton->setText(tr("Connect account"));
    m_connectButton->setIcon(symbolicIcon(QStringLiteral(":/icons/connect.svg")));
    m_connectButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_connectButton->setPopupMode(QToolButton::InstantPopup);
    m_connectButton->setAccessibleName(tr("Connect account"));
    m_connectButton->setToolTip(tr("Connects an account of one of the listed platforms"));
    m_connectButton->setMenu(buildConnectMenu());
    toolBar->addWidget(m_connectButton);

    auto *openConnectMenu = new QAction(tr("Connect Account…"), this);
    openConnectMenu->setObjectName(QStringLiteral("openConnectMenuAction"));
    openConnectMenu->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addAction(openConnectMenu);
    connect(openConnectMenu, &QAction::triggered, m_connectButton, &QToolButton::showMenu);
}

void MainWindow::buildAccountMenu()
{
    // Between File and Help, where menus about the window's content go.
    auto *accountMenu = new QMenu(tr("&Account"), menuBar());
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), accountMenu);
    accountMenu->setObjectName(QStringLiteral("accountMenu"));

    QAction *find = accountMenu->addAction(tr("&Search Accounts"));
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (!m_accountPage->isVisible())
            return;
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    accountMenu->addSeparator();

    m_checkAction = accountMenu->addAction(symbolicIcon(QStringLiteral(":/icons/check.svg")),
                                           tr("&Check Connection"));
    m_checkAction->setObjectName(QStringLiteral("checkAction"));
    m_checkAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_checkAction, &QAction::triggered, this, [this] { checkConnection(currentAccountId()); });

    m_reconnectAction = accountMenu->addAction(symbolicIcon(QStringLiteral(":/icons/reconnect.svg")),
                                               tr("&Reconnect…"));
    m_reconnectAction->setObjectName(QStringLiteral("reconnectAction"));
    m_reconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reconnectAction, &QAction::triggered, this, [this] { reconnectAccount(currentAccountId()); });

    // Delete in a text field deletes text: QLineEdit claims the key first.
    m_disconnectAction = accountMenu->addAction(QIcon(QStringLiteral(":/icons/disconnect.svg")),
                                                tr("&Disconnect…"));
    m_disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    m_disconnectAction->setShortcut(QKeySequence::Delete);
    connect(m_disconnectAction, &QAction::triggered, this, [this] { disconnectAccount(currentAccountId()); });
}

QMenu *MainWindow::buildConnectMenu()
{
    auto *menu = new QMenu(m_connectButton);
    menu->setObjectName(QStringLiteral("connectMenu"));
    menu->setToolTipsVisible(true);
    for (const PlatformInfo &info : platformTable()) {
        const QString name = QString::fromUtf8(info.displayName);
        QAction *action = menu->addAction(AccountPresentation::platformIcon(info.platform), name);
        action->setObjectName(QStringLiteral("connect-") + QString::fromLatin1(info.id));
        if (info.platform == Platform::Bluesky) {
            action->setText(tr("%1…").arg(name));
            action->setToolTip(tr("Connect with a handle and an app password"));
            connect(action, &QAction::triggered, this, [this] { connectBluesky(); });
            continue;
        }
        if (oauthPlatforms().contains(info.platform)) {
            connect(action, &QAction::triggered, this, [this, platform = info.platform] { connectOAuth(platform); });
            continue;
        }
        if (info.connectShape == ConnectShape::FromFacebookPage) {
            action->setText(tr("%1 (through a Facebook Page)…").arg(name));
            action->setToolTip(tr("Instagram professional accounts come with the Facebook Page they are linked to: "
                                  "this connects Facebook."));
            connect(action, &QAction::triggered, this, [this] { connectOAuth(Platform::Facebook); });
            continue;
        }
        // The remaining platforms are listed so users can see what is planned.
        action->setEnabled(false);
        action->setText(tr("%1 (coming soon)").arg(name));
        action->setToolTip(info.connectShape == ConnectShape::FromFacebookPage
                               ? tr("Coming soon: Instagram business accounts will be connected "
                                    "through the Facebook Page they belong to.")
                               : tr("Coming soon"));
    }
    // Providers may be imported on the command line while the window is open.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { updateConnectMenu(menu); });
    updateConnectMenu(menu);
    return menu;
}

void MainWindow::updateConnectMenu(QMenu *menu)
{
    for (const Platform platform : oauthPlatforms()) {
        auto *action = menu->findChild<QAction *>(QStringLiteral("connect-") + platformId(platform));
        if (!action)
            continue;
        const Expected<ProviderConfig> config = m_service.providers().config(platform);
        const bool configured = config && config->isConfigured();
        // A Facebook connect brings the Instagram accounts of the chosen Pages too.
        const QString label =
            platform == Platform::Facebook ? tr("Facebook Pages and Instagram") : platformName(platform);
        action->setText(configured ? tr("%1…").arg(label) : tr("%1 (not set up)").arg(label));
        const QString tip = configured ? tr("Connect in your browser")
                                       : tr("Not set up yet: opens Settings to enter the client ID. An "
                                            "administrator's providers file works too: fanout providers import FILE");
        action->setToolTip(tip);
        action->setStatusTip(tip);
    }
    // Instagram comes through Facebook, so it is set up when Facebook is.
    if (auto *instagram = menu->findChild<QAction *>(QStringLiteral("connect-instagram"))) {
        const Expected<ProviderConfig> facebook = m_service.providers().config(Platform::Facebook);
        const QString name = platformName(Platform::Instagram);
        instagram->setText(facebook && facebook->isConfigured()
                               ? tr("%1 (through a Facebook Page)…").arg(name)
                               : tr("%1 (through a Facebook Page, not set up)").arg(name));
    }
}

void MainWindow::connectOAuth(Platform platform)
{
    if (m_oauthDialog) {
        m_oauthDialog->raise();
        m_oauthDialog->activateWindow();
        return;
    }
    // Without a client id the dialog could only fail: open the platform's
    // Settings page instead, which explains what to enter.
    if (const Expected<ProviderConfig> config = m_service.providers().configuredConfig(platform); !config) {
        if (config.error().code == ErrorCode::ProviderNotConfigured && m_service.providers().config(platform)) {
            statusBar()->showMessage(tr("%1 is not set up yet. Enter its client ID in Settings.")
                                         .arg(platformName(platform)),
                                     kStatusTimeoutMs);
            openSettings(platform);
        } else {
            showError(AccountPresentation::errorText(config.error()));
        }
        return;
    }
    auto *dialog = new OAuthConnectDialog(m_service.oauth(), platform, this);
    m_oauthDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account account = dialog->connectedAccount();
        hideError();
        statusBar()->showMessage(tr("Connected %1.").arg(AccountPresentation::isolated(AccountPresentation::handle(account))),
                                 kStatusTimeoutMs);
        selectAccount(account.id);
    });
    dialog->open();
    dialog->start();
}

QWidget *MainWindow::buildEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(0);
    layout->addStretch(3);

    auto *picture = new QLabel(page);
    picture->setPixmap(QIcon(QStringLiteral(":/icons/empty-accounts.svg")).pixmap(QSize(128, 128), devicePixelRatioF()));
    picture->setAlignment(Qt::AlignCenter);
    picture->setAccessibleName(tr("No accounts"));
    layout->addWidget(picture);
    layout->addSpacing(20);

    auto *title = new QLabel(tr("No accounts connected yet"), page);
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    layout->addSpacing(10);

    auto *body = new QLabel(tr("Connect your first account to get started. For Bluesky you need your handle and "
                               "an app password. Fanout keeps the connection alive and stores its tokens "
                               "encrypted on this computer."),
                            page);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setFixedWidth(460);
    // An aligned item gets its plain size hint, which ignores word wrapping.
    body->setMinimumHeight(body->heightForWidth(460));
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addSpacing(24);

    auto *button = new QPushButton(AccountPresentation::platformIcon(Platform::Bluesky),
                                   tr("Connect Bluesky account"), page);
    button->setObjectName(QStringLiteral("emptyStateConnectButton"));
    button->setIconSize(QSize(22, 22));
    button->setMinimumHeight(44);
    button->setMinimumWidth(260);
    QFont buttonFont = button->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.1);
    buttonFont.setBold(true);
    button->setFont(buttonFont);
    button->setDefault(true);
    connect(button, &QPushButton::clicked, this, [this] { connectBluesky(); });
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addSpacing(16);

    // Every other platform is one click away in the Connect account menu.
    QStringList others;
    for (const PlatformInfo &info : platformTable()) {
        if (info.platform == Platform::Facebook)
            others.append(tr("Facebook with Instagram"));
        else if (oauthPlatforms().contains(info.platform))
            others.append(QString::fromUtf8(info.displayName));
    }
    auto *more = new QLabel(tr("Connect account in the tool bar also connects %1.")
                                .arg(QLocale().createSeparatedList(others)),
                            page);
    more->setObjectName(QStringLiteral("emptyStateOtherPlatforms"));
    more->setWordWrap(true);
    more->setAlignment(Qt::AlignCenter);
    more->setFixedWidth(460);
    more->setMinimumHeight(more->heightForWidth(460));
    layout->addWidget(more, 0, Qt::AlignHCenter);

    layout->addStretch(4);
    return page;
}

QWidget *MainWindow::buildAccountPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("accountPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildFilterBar(page));

    auto *timelineRow = new QWidget(page);
    auto *timelineLayout = new QVBoxLayout(timelineRow);
    timelineLayout->setContentsMargins(8, 0, 8, 4);
    timelineLayout->setSpacing(0);
    m_timeline = new ExpiryTimeline(timelineRow);
    m_timeline->setModel(m_proxy);
    m_timeline->setToolTip(tr("When each token expires over the next %n days", nullptr, ExpiryTimeline::kDays));
    // The timeline's picture in words, for everyone and for screen readers.
    m_timelineSummary = new QLabel(timelineRow);
    m_timelineSummary->setObjectName(QStringLiteral("timelineSummary"));
    m_timelineSummary->setWordWrap(true);
    m_timelineSummary->setForegroundRole(QPalette::PlaceholderText);
    timelineLayout->addWidget(m_timeline);
    timelineLayout->addWidget(m_timelineSummary);
    layout->addWidget(timelineRow);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("accountSplitter"));
    splitter->setChildrenCollapsible(false);

    auto *listColumn = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    m_accountView = new QListView(listColumn);
    m_accountView->setObjectName(QStringLiteral("accountList"));
    m_accountView->setAccessibleName(tr("Connected accounts"));
    m_accountView->setModel(m_proxy);
    m_accountView->setItemDelegate(new AccountDelegate(&m_service.avatars(), m_accountView));
    m_accountView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accountView->setUniformItemSizes(true);
    m_accountView->setFrameShape(QFrame::NoFrame);
    m_accountView->setMouseTracking(true);
    m_accountView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_accountView, &QListView::customContextMenuRequested, this, &MainWindow::showListContextMenu);
    m_noMatch = new QLabel(tr("No account matches the search or the platform filter."), listColumn);
    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setEnabled(false);
    m_noMatch->hide();
    listLayout->addWidget(m_noMatch);
    listLayout->addWidget(m_accountView, 1);
    // Room for an avatar and a short name, however narrow the window gets.
    listColumn->setMinimumWidth(220);

    // In a scroll area, so a short window scrolls the pane instead of
    // squeezing its rows on top of each other.
    auto *detailScroll = new QScrollArea(splitter);
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setWidgetResizable(true);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailScroll->setMinimumWidth(340);
    detailScroll->setAccessibleName(tr("Account details"));
    // The pane's buttons take the focus, and the area scrolls to them.
    detailScroll->setFocusPolicy(Qt::NoFocus);
    m_detailPane = new AccountDetailPane(detailScroll);
    detailScroll->setWidget(m_detailPane);

    splitter->addWidget(listColumn);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 380});
    layout->addWidget(splitter, 1);

    setTabOrder(m_searchEdit, m_platformFilter);
    setTabOrder(m_platformFilter, m_sortBox);
    setTabOrder(m_sortBox, m_accountView);
    setTabOrder(m_accountView, m_timeline);
    return page;
}

QWidget *MainWindow::buildFilterBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    bar->setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(8);

    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by name, handle or user id"));
    m_searchEdit->setAccessibleName(tr("Search accounts"));
    m_searchEdit->setClearButtonEnabled(true);
    // Escape clears the search, as in most search fields.
    auto *clearSearch = new QAction(m_searchEdit);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_searchEdit->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, m_searchEdit, &QLineEdit::clear);
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &AccountFilterModel::setSearchText);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &MainWindow::updateAccountCount);
    layout->addWidget(m_searchEdit, 1);

    m_platformFilter = new QComboBox(bar);
    m_platformFilter->setObjectName(QStringLiteral("platformFilter"));
    m_platformFilter->setAccessibleName(tr("Show platform"));
    m_platformFilter->addItem(tr("All platforms"));
    for (const PlatformInfo &info : platformTable()) {
        m_platformFilter->addItem(AccountPresentation::platformIcon(info.platform),
                                  QString::fromUtf8(info.displayName), QVariant::fromValue(info.platform));
    }
    connect(m_platformFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant platform = m_platformFilter->itemData(index);
        m_proxy->setPlatformFilter(platform.isValid() ? std::optional(platform.value<Platform>()) : std::nullopt);
        updateAccountCount();
    });
    layout->addWidget(m_platformFilter);

    m_sortBox = new QComboBox(bar);
    m_sortBox->setObjectName(QStringLiteral("sortBox"));
    m_sortBox->setAccessibleName(tr("Sort accounts"));
    m_sortBox->addItem(tr("Sort by name"), QVariant::fromValue(AccountFilterModel::SortKey::Name));
    m_sortBox->addItem(tr("Sort by platform"), QVariant::fromValue(AccountFilterModel::SortKey::Platform));
    m_sortBox->addItem(tr("Sort by expiry"), QVariant::fromValue(AccountFilterModel::SortKey::Expiry));
    m_sortBox->addItem(tr("Needs attention first"), QVariant::fromValue(AccountFilterModel::SortKey::Urgency));
    connect(m_sortBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setSortKey(m_sortBox->itemData(index).value<AccountFilterModel::SortKey>());
    });
    layout->addWidget(m_sortBox);
    return bar;
}

void MainWindow::showListContextMenu(const QPoint &position)
{
    const QModelIndex index = m_accountView->indexAt(position);
    if (!index.isValid())
        return;
    const QString id = index.data(AccountListModel::IdRole).toString();
    const auto platform = index.data(AccountListModel::PlatformRole).value<Platform>();
    const bool bluesky = platform == Platform::Bluesky;
    const bool idle = m_checkingAccountId.isEmpty();
    QMenu menu(this);
    QAction *check = menu.addAction(symbolicIcon(QStringLiteral(":/icons/check.svg")), tr("&Check Connection"));
    check->setEnabled(bluesky && idle);
    QAction *reconnect = menu.addAction(symbolicIcon(QStringLiteral(":/icons/reconnect.svg")), tr("&Reconnect…"));
    reconnect->setEnabled(AccountPresentation::reconnectPlatform(platform) && idle);
    menu.addSeparator();
    QAction *disconnectAction = menu.addAction(QIcon(QStringLiteral(":/icons/disconnect.svg")), tr("&Disconnect…"));
    disconnectAction->setEnabled(idle);
    QAction *chosen = menu.exec(m_accountView->viewport()->mapToGlobal(position));
    if (chosen == check)
        checkConnection(id);
    else if (chosen == reconnect)
        reconnectAccount(id);
    else if (chosen == disconnectAction)
        disconnectAccount(id);
}

void MainWindow::updatePage()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty && !m_emptyState) {
        m_emptyState = buildEmptyState();
        m_pages->addWidget(m_emptyState);
    }
    m_pages->setCurrentWidget(empty ? m_emptyState : m_accountPage);
    if (m_proxy->rowCount() > 0 && !m_accountView->currentIndex().isValid())
        m_accountView->setCurrentIndex(m_proxy->index(0, 0));
    m_noMatch->setVisible(!empty && m_proxy->rowCount() == 0);
    updateDetails();
    updateAccountCount();
}

void MainWindow::updateDetails()
{
    updateAccountActions();
    const QModelIndex current = m_accountView->currentIndex();
    if (!current.isValid()) {
        m_detailPane->clearAccount();
        return;
    }
    const Account &account = m_model->accountAt(m_proxy->mapToSource(current).row());
    const auto avatar = current.data(AccountListModel::AvatarRole).value<QImage>();
    if (avatar.isNull() && !account.avatarUrl.isEmpty())
        m_service.avatars().request(account.id);
    m_detailPane->setAccount(account, avatar);
}

QString MainWindow::currentAccountId() const
{
    if (!m_accountPage->isVisible())
        return {};
    return m_accountView->currentIndex().data(AccountListModel::IdRole).toString();
}

void MainWindow::updateAccountActions()
{
    const QModelIndex current = m_accountView->currentIndex();
    const bool selected = current.isValid() && m_pages->currentWidget() == m_accountPage;
    const auto platform = current.data(AccountListModel::PlatformRole).value<Platform>();
    const bool bluesky = platform == Platform::Bluesky;
    const bool idle = m_checkingAccountId.isEmpty();
    m_checkAction->setEnabled(selected && bluesky && idle);
    m_reconnectAction->setEnabled(selected && AccountPresentation::reconnectPlatform(platform) && idle);
    m_disconnectAction->setEnabled(selected && idle);
}

void MainWindow::updateAccountCount()
{
    const int count = m_model->rowCount();
    // A separate singular keeps English right without an English translation file.
    QString text = count == 1 ? tr("1 account") : tr("%n accounts", nullptr, count);
    if (m_proxy->isFiltering())
        text = tr("%1 shown of %2").arg(m_proxy->rowCount()).arg(text);
    m_accountCount->setText(text);
    m_accountCount->setVisible(count > 0);
}

void MainWindow::selectAccount(const QString &accountId)
{
    if (m_model->rowOf(accountId) < 0)
        return;
    QModelIndex index = m_proxy->indexOfAccount(accountId);
    if (!index.isValid()) {
        m_searchEdit->clear();
        m_platformFilter->setCurrentIndex(0);
        index = m_proxy->indexOfAccount(accountId);
    }
    m_accountView->setCurrentIndex(index);
    m_accountView->scrollTo(index);
}

void MainWindow::showError(const QString &message)
{
    m_errorText->setText(message);
    m_errorBanner->show();
}

void MainWindow::hideError()
{
    m_errorBanner->hide();
}

void MainWindow::connectBluesky(const QString &identifier, const QUrl &service, const QString &expectedDid)
{
    auto *dialog = new BlueskyConnectDialog(m_service.bluesky(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExpectedDid(expectedDid);
    if (!identifier.isEmpty())
        dialog->setIdentifier(identifier);
    if (service.isValid()) {
        dialog->setServiceUrl(service);
    } else if (const Expected<QUrl> configured = m_service.providers().blueskyService(); configured) {
        dialog->setServiceUrl(*configured);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account account = dialog->connectedAccount();
        hideError();
        statusBar()->showMessage(tr("Connected %1.").arg(AccountPresentation::isolated(AccountPresentation::handle(account))),
                                 kStatusTimeoutMs);
        selectAccount(account.id);
    });
    dialog->open();
}

void MainWindow::checkConnection(const QString &accountId)
{
    if (!m_checkingAccountId.isEmpty() || m_service.bluesky().isBusy()) {
        statusBar()->showMessage(tr("Another connection check is still running."), kStatusTimeoutMs);
        return;
    }
    Expected<Account> account = m_service.account(accountId);
    if (!account) {
        showError(AccountPresentation::errorText(account.error()));
        return;
    }

    m_checkingAccountId = accountId;
    m_detailPane->setBusy(true);
    updateAccountActions();
    m_connectButton->setEnabled(false);
    statusBar()->showMessage(
        tr("Checking the connection of %1…").arg(AccountPresentation::isolated(AccountPresentation::handle(*account))));
    if (account->platform == Platform::Facebook || account->platform == Platform::Instagram)
        m_service.oauth().facebook().check(accountId);
    else
        m_service.bluesky().checkConnection(accountId);
}

void MainWindow::handleChecked(const Account &account)
{
    if (m_checkingAccountId.isEmpty() || account.id != m_checkingAccountId)
        return;
    m_checkingAccountId.clear();
    m_detailPane->setBusy(false);
    updateAccountActions();
    m_connectButton->setEnabled(true);
    hideError();
    statusBar()->showMessage(tr("The connection of %1 works.").arg(AccountPresentation::isolated(AccountPresentation::handle(account))),
                             kStatusTimeoutMs);
}

void MainWindow::handleConnectorError(const Error &error)
{
    // Errors of a connect running in the dialog are the dialog's to show.
    if (m_checkingAccountId.isEmpty())
        return;
    m_checkingAccountId.clear();
    m_detailPane->setBusy(false);
    updateAccountActions();
    m_connectButton->setEnabled(true);
    statusBar()->showMessage(tr("The connection check failed."), kStatusTimeoutMs);
    showError(AccountPresentation::errorText(error));
}

void MainWindow::reconnectAccount(const QString &accountId)
{
    Expected<Account> account = m_service.account(accountId);
    if (!account) {
        showError(AccountPresentation::errorText(account.error()));
        return;
    }
    // An OAuth platform renews with a new consent; a Page and its Instagram
    // account are renewed together by a new Facebook consent.
    const std::optional<Platform> connectPlatform = AccountPresentation::reconnectPlatform(account->platform);
    if (connectPlatform && *connectPlatform != Platform::Bluesky) {
        connectOAuth(*connectPlatform);
        return;
    }
    // The handle is what people recognise; the DID still works when the
    // account never had a handle stored. The connector keeps the service the
    // account was connected through in the "service" extension.
    const QUrl service(account->extensions.value(QStringLiteral("service")).toString(), QUrl::StrictMode);
    connectBluesky(account->handle.isEmpty() ? account->platformUserId : account->handle, service,
                   account->platformUserId);
}

void MainWindow::disconnectAccount(const QString &accountId)
{
    Expected<Account> account = m_service.account(accountId);
    if (!account) {
        showError(AccountPresentation::errorText(account.error()));
        return;
    }

    const QString title = AccountPresentation::title(*account);
    const QString handle = AccountPresentation::handle(*account);
    QMessageBox box(QMessageBox::Warning, tr("Disconnect Account"),
                    title == handle ? tr("Disconnect %1?").arg(AccountPresentation::isolated(title))
                                    : tr("Disconnect %1 (%2)?")
                                          .arg(AccountPresentation::isolated(title), AccountPresentation::isolated(handle)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("disconnectConfirmation"));
    QString details = tr("Fanout deletes this account and its stored tokens from this computer. The %1 account "
                         "itself is not changed, and you can connect it again later.")
                          .arg(platformName(account->platform));
    if (account->platform == Platform::Bluesky)
        details += u' '
            + tr("To revoke the app password as well, delete it in Bluesky under Settings → Privacy and "
                 "security → App passwords.");
    box.setInformativeText(details);
    QPushButton *confirm = box.addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDisconnectButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;

    // End the session on the PDS first, so its tokens stop working there
    // too; the local delete follows whatever the platform replies.
    if (account->platform == Platform::Bluesky) {
        QPointer<MainWindow> self(this);
        m_service.bluesky().signOut(*account, [self, accountId, handle](bool) {
            if (self)
                self->removeAccount(accountId, handle);
        });
        return;
    }
    removeAccount(accountId, handle);
}

void MainWindow::removeAccount(const QString &accountId, const QString &handle)
{
    if (Expected<void> removed = m_service.disconnectAccount(accountId); !removed) {
        qCWarning(lcUi) << "could not disconnect account" << accountId << "error"
                        << errorCodeName(removed.error().code);
        showError(AccountPresentation::errorText(removed.error()));
        return;
    }
    hideError();
    statusBar()->showMessage(tr("Disconnected %1.").arg(AccountPresentation::isolated(handle)), kStatusTimeoutMs);
}

void MainWindow::openSettings(std::optional<Platform> platform)
{
    if (!m_settingsDialog) {
        auto *dialog = new SettingsDialog(m_service.providers(), m_trayAvailable, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::settingsApplied, this, [this] {
            updateConnectMenu(m_connectButton->menu());
            statusBar()->showMessage(tr("Settings saved."), kStatusTimeoutMs);
        });
        m_settingsDialog = dialog;
    }
    if (platform)
        m_settingsDialog->showPlatformPage(*platform);
    else
        m_settingsDialog->showGeneralPage();
    m_settingsDialog->open();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_trayAvailable && AppSettings().closeToTray(true)) {
        qCDebug(lcUi) << "window closed to the tray";
        QMainWindow::closeEvent(event);
        return;
    }
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT quitRequested();
}

void MainWindow::openSettingsPage(const QString &page)
{
    const std::optional<Platform> platform = platformFromId(page);
    if (!platform && page != u"general")
        qCWarning(lcUi) << "unknown settings page" << page.left(40) << "- showing the General page";
    openSettings(platform);
}

void MainWindow::bringForward(bool openSettings, const QString &settingsPage)
{
    qCInfo(lcUi) << "another start asked for the window";
    showAndActivate();
    if (QWidget *dialog = QApplication::activeModalWidget()) {
        dialog->raise();
        dialog->activateWindow();
        return;
    }
    if (openSettings)
        openSettingsPage(settingsPage);
}

void MainWindow::showAndActivate()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::showAccount(const QString &accountId)
{
    showAndActivate();
    selectAccount(accountId);
}

} // namespace fanout::ui
