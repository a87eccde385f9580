#include "ui/oauthconnectdialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/core/logging.h"
#include "app/oauth/oauthconnector.h"
#include "ui/accountpresentation.h"
#include "ui/facebookpagepicker.h"

namespace fanout::ui {

namespace {

QLabel *inlineMessage(const QString &objectName, const QString &styleSheet, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // errors can quote the platform's own words
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(styleSheet);
    label->hide();
    return label;
}

[[nodiscard]] bool browserDisabled()
{
    return qEnvironmentVariable("FANOUT_NO_BROWSER") == QLatin1StringView("1");
}

} // namespace

OAuthConnectDialog::OAuthConnectDialog(oauth::OAuthConnector &connector, Platform platform, QWidget *parent)
    : QDialog(parent)
    , m_connector(connector)
    , m_platform(platform)
{
    setObjectName(QStringLiteral("oauthConnectDialog"));
    setWindowTitle(tr("Connect %1 Account").arg(QString::fromUtf8(platformInfo(platform).displayName)));
    buildLayout();

    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_urlEdit->text()); });
    connect(m_retryButton, &QPushButton::clicked, this, &OAuthConnectDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &OAuthConnectDialog::reject);

    connect(&m_connector, &oauth::OAuthConnector::authorizationUrlReady, this, &OAuthConnectDialog::handleUrl);
    connect(&m_connector, &oauth::OAuthConnector::connected, this, &OAuthConnectDialog::handleConnected);
    connect(&m_connector, &oauth::OAuthConnector::errorOccurred, this, &OAuthConnectDialog::handleError);
    connect(&m_connector, &oauth::OAuthConnector::facebookPagesFound, this, &OAuthConnectDialog::handlePages);
}

OAuthConnectDialog::~OAuthConnectDialog()
{
    if (m_busy) {
        // The cancellation's errorOccurred must not reach a half-destroyed dialog.
        disconnect(&m_connector, nullptr, this, nullptr);
        m_connector.cancel();
    }
}

void OAuthConnectDialog::buildLayout()
{
    const QString name = QString::fromUtf8(platformInfo(m_platform).displayName);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    auto *icon = new QLabel(this);
    icon->setPixmap(AccountPresentation::platformIcon(m_platform).pixmap(QSize(40, 40), devicePixelRatioF()));
    icon->setAccessibleName(name);
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *intro = new QLabel(tr("<b>Sign in to %1 in your browser</b><br>Approve Fanout's request there; this "
                                "window then finishes the connection. To use another browser, copy the "
                                "address below into it.")
                                 .arg(name),
                             this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(420);
    header->addWidget(intro, 1);
    layout->addLayout(header);

    auto *urlRow = new QHBoxLayout;
    urlRow->setSpacing(6);
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("consentUrlEdit"));
    m_urlEdit->setReadOnly(true);
    m_urlEdit->setAccessibleName(tr("Sign-in address"));
    auto *urlLabel = new QLabel(tr("Sign-in &address:"), this);
    urlLabel->setBuddy(m_urlEdit);
    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyUrlButton"));
    m_copyButton->setAutoDefault(false);
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(m_copyButton);
    layout->addLayout(urlRow);

    m_browserHint = inlineMessage(QStringLiteral("browserHint"), QStringLiteral("color: #5c3d00;"), this);
    m_browserHint->setText(tr("Fanout could not open a browser. Copy the address into one."));
    layout->addWidget(m_browserHint);

    m_errorLabel = inlineMessage(QStringLiteral("errorLabel"),
                                 QStringLiteral("QLabel { background: #fde4e2; color: #7a1a12; "
                                                "border: 1px solid #f4b4ad; border-radius: 4px; padding: 6px; }"),
                                 this);
    m_errorLabel->setAccessibleName(tr("Connection error"));
    layout->addWidget(m_errorLabel);

    m_busyRow = new QWidget(this);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    auto *busyIndicator = new QProgressBar(m_busyRow);
    busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    busyIndicator->setRange(0, 0);
    busyIndicator->setTextVisible(false);
    busyIndicator->setMaximumHeight(8);
    const QString waiting = tr("Waiting for the browser…");
    busyIndicator->setAccessibleName(waiting);
    busyLayout->addWidget(new QLabel(waiting, m_busyRow));
    busyLayout->addWidget(busyIndicator, 1);
    m_busyRow->hide();
    layout->addWidget(m_busyRow);

    auto *buttons = new QDialogButtonBox(this);
    m_retryButton = buttons->addButton(tr("Try &Again"), QDialogButtonBox::AcceptRole);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setDefault(true);
    m_retryButton->hide();
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
}

void OAuthConnectDialog::start()
{
    if (m_busy)
        return;
    qCInfo(lcUi) << "connecting a" << platformId(m_platform) << "account in the browser";
    m_errorLabel->hide();
    m_browserHint->hide();
    m_urlEdit->clear();
    setBusy(true);
    // The connector may report an error synchronously, so m_busy is set first.
    m_connector.connectAccount(m_platform);
}

void OAuthConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyRow->setVisible(busy);
    m_retryButton->setVisible(!busy);
    m_copyButton->setEnabled(busy && !m_urlEdit->text().isEmpty());
    if (busy)
        m_cancelButton->setFocus();
}

void OAuthConnectDialog::handleUrl(const QUrl &url)
{
    if (!m_busy)
        return;
    m_urlEdit->setText(url.toString(QUrl::FullyEncoded));
    m_urlEdit->setCursorPosition(0);
    m_copyButton->setEnabled(true);
    if (browserDisabled())
        return;
    if (!QDesktopServices::openUrl(url)) {
        qCWarning(lcUi) << "could not open the system browser";
        m_browserHint->show();
    }
}

void OAuthConnectDialog::handleConnected(const Account &account)
{
    if (!m_busy)
        return;
    m_account = account;
    m_urlEdit->clear();
    setBusy(false);
    accept();
}

void OAuthConnectDialog::handlePages(const QList<facebook::PageChoice> &pages)
{
    if (!m_busy)
        return;
    if (pages.size() == 1) {
        m_connector.choosePages({pages.first().id});
        return;
    }
    auto *picker = new FacebookPagePicker(pages, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    m_picker = picker;
    connect(picker, &QDialog::accepted, this, [this, picker] { m_connector.choosePages(picker->chosenPageIds()); });
    connect(picker, &QDialog::rejected, this, [this] { m_connector.cancel(); });
    picker->open();
}

void OAuthConnectDialog::handleError(const Error &error)
{
    if (!m_busy)
        return;
    if (m_picker) {
        disconnect(m_picker, nullptr, this, nullptr);
        m_picker->close();
    }
    // The address contains a state that is spent now, so it must not be reused.
    m_urlEdit->clear();
    setBusy(false);
    if (m_closing) {
        QDialog::reject();
        return;
    }
    m_browserHint->hide();
    m_errorLabel->setText(AccountPresentation::errorText(error));
    m_errorLabel->show();
    m_retryButton->setFocus();
}

void OAuthConnectDialog::reject()
{
    if (m_busy) {
        // The connector emits errorOccurred(ConnectCancelled) once the
        // listener is closed, and handleError() closes the dialog then.
        m_closing = true;
        m_connector.cancel();
        return;
    }
    QDialog::reject();
}

} // namespace fanout::ui
