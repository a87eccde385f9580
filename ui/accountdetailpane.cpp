#include "ui/accountdetailpane.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "app/platforms/facebook/facebookfanout.h"
#include "ui/accountpresentation.h"
#include "ui/theme.h"

namespace fanout::ui {

namespace {

constexpr int kHeaderIconSize = 64;

// A value label. Plain text, because the values come from the platform: a
// display name such as "<b>Shop</b>" must show as typed, not as markup.
QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

// A form label drawn at the top of its cell. QFormLayout gives the label of a
// value that wraps extra height, and a centred label would sit between lines.
QLabel *formLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

AccountDetailPane::AccountDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("accountDetailPane"));
    setAccessibleName(tr("Account details"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    // Page 0: nothing selected.
    auto *nothingSelected = new QLabel(tr("Select an account to see its details."), m_pages);
    nothingSelected->setAlignment(Qt::AlignCenter);
    nothingSelected->setWordWrap(true);
    nothingSelected->setEnabled(false);
    m_pages->addWidget(nothingSelected);

    // Page 1: the account.
    auto *details = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(12);

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    m_icon = new QLabel(details);
    m_icon->setFixedSize(kHeaderIconSize, kHeaderIconSize);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    m_title = selectableLabel(details);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_handle = selectableLabel(details);
    // Their width comes from the pane, not from their longest word, which
    // updateNames() cuts to fit.
    for (QLabel *name : {m_title, m_handle}) {
        name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        name->installEventFilter(this);
    }
    names->addWidget(m_title);
    names->addWidget(m_handle);
    header->addLayout(names, 1);
    layout->addLayout(header);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_platform = selectableLabel(details);
    m_status = selectableLabel(details);
    m_status->setTextFormat(Qt::RichText); // the badge colour; the text is escaped
    m_expiry = selectableLabel(details);
    m_connectedSince = selectableLabel(details);
    m_userId = selectableLabel(details);
    m_userId->setWordWrap(false);
    QFont idFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    idFont.setPointSizeF(m_userId->font().pointSizeF() * 0.9);
    m_userId->setFont(idFont);
    m_accountId = selectableLabel(details);
    m_accountId->setWordWrap(false);
    m_accountId->setFont(idFont);
    form->addRow(formLabel(tr("Platform:"), details), m_platform);
    m_origin = selectableLabel(details);
    m_origin->setObjectName(QStringLiteral("originLabel"));
    m_originLabel = formLabel(tr("Connected with:"), details);
    form->addRow(m_originLabel, m_origin);
    form->addRow(formLabel(tr("Status:"), details), m_status);
    form->addRow(formLabel(tr("Expiry:"), details), m_expiry);
    form->addRow(formLabel(tr("Connected since:"), details), m_connectedSince);
    form->addRow(formLabel(tr("Platform user id:"), details), m_userId);
    m_boardCombo = new QComboBox(details);
    m_boardCombo->setObjectName(QStringLiteral("defaultBoardCombo"));
    m_boardCombo->setToolTip(tr("The Pinterest board that new Pins go to"));
    m_boardLabel = formLabel(tr("Default board:"), details);
    m_boardLabel->setBuddy(m_boardCombo);
    form->addRow(m_boardLabel, m_boardCombo);
    // The id that `fanout accounts show|check|disconnect ID` takes.
    form->addRow(formLabel(tr("Fanout id:"), details), m_accountId);
    layout->addLayout(form);

    m_statusHint = new QLabel(details);
    m_statusHint->setWordWrap(true);
    m_statusHint->setObjectName(QStringLiteral("statusHint"));
    layout->addWidget(m_statusHint);

    m_checkButton = new QPushButton(symbolicIcon(QStringLiteral(":/icons/check.svg")), tr("&Check connection"), details);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setToolTip(tr("Signs in once with the stored tokens to see whether the platform still accepts them"));
    m_reconnectButton = new QPushButton(symbolicIcon(QStringLiteral(":/icons/reconnect.svg")), tr("&Reconnect…"), details);
    m_reconnectButton->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnectButton->setToolTip(tr("Signs in again, for example with a new app password"));
    m_disconnectButton = new QPushButton(QIcon(QStringLiteral(":/icons/disconnect.svg")), tr("&Disconnect…"), details);
    m_disconnectButton->setObjectName(QStringLiteral("disconnectButton"));
    m_disconnectButton->setToolTip(tr("Deletes the account and its stored tokens from this computer"));

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_reconnectButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_disconnectButton);
    layout->addLayout(buttons);
    layout->addStretch(1);
    m_pages->addWidget(details);

    connect(m_checkButton, &QPushButton::clicked, this, [this] { Q_EMIT checkRequested(m_account.id); });
    connect(m_reconnectButton, &QPushButton::clicked, this, [this] { Q_EMIT reconnectRequested(m_account.id); });
    connect(m_disconnectButton, &QPushButton::clicked, this, [this] { Q_EMIT disconnectRequested(m_account.id); });
    // activated() comes from the user only, never from filling the list.
    connect(m_boardCombo, &QComboBox::activated, this, [this](int index) {
        const pinterest::Board board{m_boardCombo->itemData(index).toString(), m_boardCombo->itemText(index)};
        const std::optional<pinterest::Board> current = pinterest::defaultBoard(m_account);
        if (!board.id.isEmpty() && (!current || current->id != board.id))
            Q_EMIT defaultBoardChosen(m_account.id, board);
    });

    clearAccount();
}

AccountDetailPane::~AccountDetailPane() = default;

QString AccountDetailPane::originText(const Account &account)
{
    // Rows of one Facebook consent share the connectionId extension.
    if (account.platform == Platform::Instagram) {
        const QString page = account.extensions.value(facebook::kFacebookPageNameKey).toString();
        const QString pageId = account.extensions.value(facebook::kFacebookPageIdKey).toString();
        if (!pageId.isEmpty())
            return tr("From the Facebook Page %1").arg(page.isEmpty() ? pageId : page);
    }
    if (account.platform == Platform::Facebook) {
        const QString instagram = account.extensions.value(facebook::kInstagramAccountIdKey).toString();
        if (!instagram.isEmpty())
            return tr("This Page's Instagram account (id %1) was connected with it").arg(instagram);
    }
    return {};
}

void AccountDetailPane::setAccount(const Account &account, const QImage &avatar)
{
    m_account = account;
    m_hasAccount = true;

    const QString title = AccountPresentation::title(account);
    m_icon->setPixmap(avatar.isNull() ? AccountPresentation::platformIcon(account.platform)
                                            .pixmap(QSize(kHeaderIconSize, kHeaderIconSize), devicePixelRatioF())
                                      : AccountPresentation::avatarPixmap(avatar, kHeaderIconSize, devicePixelRatioF()));
    m_fullTitle = title;
    m_fullHandle = AccountPresentation::handle(account);
    updateNames();
    m_platform->setText(QString::fromUtf8(platformInfo(account.platform).displayName));
    const QString origin = originText(account);
    m_origin->setText(origin);
    m_origin->setVisible(!origin.isEmpty());
    m_originLabel->setVisible(!origin.isEmpty());

    const StatusBadge badge = AccountPresentation::statusBadge(account, QDateTime::currentDateTimeUtc());
    const BadgeColors colors = AccountPresentation::urgencyColors(badge.urgency, palette());
    m_status->setText(QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
                          .arg(colors.foreground.name(), badge.text.toHtmlEscaped()));
    QString hint = AccountPresentation::statusHint(account.status);
    // A LinkedIn token close to its end needs the user before the status changes.
    if (hint.isEmpty() && badge.urgency != Urgency::None)
        hint = AccountPresentation::statusHint(AccountStatus::Expiring);
    m_statusHint->setText(hint);
    m_statusHint->setVisible(!hint.isEmpty());

    m_expiry->setText(AccountPresentation::expiryText(account, QDateTime::currentDateTimeUtc()));
    m_connectedSince->setText(account.createdAt.isValid()
                                  ? QLocale().toString(account.createdAt.toLocalTime(), QLocale::ShortFormat)
                                  : tr("Unknown"));
    m_userId->setText(account.platformUserId);
    m_userId->setToolTip(account.platformUserId);
    m_accountId->setText(account.id);
    showDefaultBoard();

    m_disconnectButton->setAccessibleName(tr("Disconnect %1").arg(AccountPresentation::isolated(title)));
    m_reconnectButton->setAccessibleName(tr("Reconnect %1").arg(AccountPresentation::isolated(title)));
    m_checkButton->setAccessibleName(tr("Check the connection of %1").arg(AccountPresentation::isolated(title)));

    m_pages->setCurrentIndex(1);
    updateButtons();
}

void AccountDetailPane::showDefaultBoard()
{
    const bool isPinterest = m_hasAccount && m_account.platform == Platform::Pinterest;
    m_boardLabel->setVisible(isPinterest);
    m_boardCombo->setVisible(isPinterest);
    if (!isPinterest)
        return;
    const std::optional<pinterest::Board> current = pinterest::defaultBoard(m_account);
    if (m_boardsAccountId != m_account.id) {
        // Until the list arrives the picker shows the stored board alone.
        m_boardsAccountId = m_account.id;
        m_boardCombo->clear();
        if (current)
            m_boardCombo->addItem(current->name, current->id);
        else
            m_boardCombo->addItem(tr("No board yet"));
        Q_EMIT boardsRequested(m_account.id);
        return;
    }
    const int index = current ? m_boardCombo->findData(current->id) : -1;
    if (index >= 0)
        m_boardCombo->setCurrentIndex(index);
}

void AccountDetailPane::setBoards(const QString &accountId, const QList<pinterest::Board> &boards)
{
    if (!m_hasAccount || accountId != m_account.id)
        return;
    m_boardCombo->clear();
    for (const pinterest::Board &board : boards)
        m_boardCombo->addItem(board.name.isEmpty() ? board.id : board.name, board.id);
    if (boards.isEmpty())
        m_boardCombo->addItem(tr("No board yet"));
    showDefaultBoard();
}

bool AccountDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    // The labels get their width from the layout after the pane's own resize.
    if ((watched == m_title || watched == m_handle) && event->type() == QEvent::Resize)
        updateNames();
    return QWidget::eventFilter(watched, event);
}

void AccountDetailPane::updateNames()
{
    for (auto [label, text] : {std::pair{m_title, m_fullTitle}, std::pair{m_handle, m_fullHandle}}) {
        // Names wrap between words; a word wider than the label is cut. Before
        // the first layout the label may have no width yet to cut to.
        QString shown = text;
        if (label->width() > 1) {
            QStringList words = text.split(u' ');
            for (QString &word : words) {
                if (label->fontMetrics().horizontalAdvance(word) > label->width())
                    word = label->fontMetrics().elidedText(word, Qt::ElideRight, label->width());
            }
            shown = words.join(u' ');
        }
        label->setText(shown);
        // The whole text stays readable in the tooltip and to screen readers.
        // A tooltip that looks like markup is drawn as markup, so it is
        // converted from plain text.
        label->setToolTip(shown == text ? QString() : Qt::convertFromPlainText(text));
        label->setAccessibleName(text);
    }
}

void AccountDetailPane::clearAccount()
{
    m_account = {};
    m_hasAccount = false;
    m_boardsAccountId.clear();
    m_pages->setCurrentIndex(0);
    updateButtons();
}

QString AccountDetailPane::accountId() const
{
    return m_hasAccount ? m_account.id : QString();
}

void AccountDetailPane::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void AccountDetailPane::updateButtons()
{
    // Bluesky and Facebook (with its Instagram rows) can check their stored
    // tokens. Every platform Fanout can connect can also be reconnected.
    const bool checkable = m_hasAccount
                           && (m_account.platform == Platform::Bluesky || m_account.platform == Platform::Facebook
                               || m_account.platform == Platform::Instagram);
    const bool reconnectable = m_hasAccount && AccountPresentation::reconnectPlatform(m_account.platform);
    m_checkButton->setEnabled(checkable && !m_busy);
    m_reconnectButton->setEnabled(reconnectable && !m_busy);
    m_disconnectButton->setEnabled(m_hasAccount && !m_busy);
}

} // namespace fanout::ui
