#include "ui/blueskyconnectdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/core/logging.h"
#include "app/core/logscrubber.h"
#include "app/platforms/bluesky/blueskyconnector.h"
#include "app/platforms/bluesky/handle.h"
#include "ui/accountpresentation.h"

namespace fanout::ui {

namespace {

const QString kDefaultService = QStringLiteral("https://bsky.social");
const QString kDefaultPlcDirectory = QStringLiteral("https://plc.directory");

// The PLC directory to prefill: FANOUT_PLC_URL when set (as the command line
// reads it, for a self-hosted or local directory), else the public one.
QString initialPlcDirectory()
{
    const QString configured = qEnvironmentVariable("FANOUT_PLC_URL").trimmed();
    return configured.isEmpty() ? kDefaultPlcDirectory : configured;
}

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

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

BlueskyConnectDialog::BlueskyConnectDialog(bluesky::BlueskyConnector &connector, QWidget *parent)
    : QDialog(parent)
    , m_connector(connector)
{
    setObjectName(QStringLiteral("blueskyConnectDialog"));
    setWindowTitle(tr("Connect Bluesky Account"));
    buildLayout();

    connect(m_identifierEdit, &QLineEdit::textChanged, this, &BlueskyConnectDialog::validate);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &BlueskyConnectDialog::validate);
    connect(m_serviceEdit, &QLineEdit::textChanged, this, &BlueskyConnectDialog::validate);
    connect(m_plcDirectoryEdit, &QLineEdit::textChanged, this, &BlueskyConnectDialog::validate);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_advancedToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        m_advancedPanel->setVisible(expanded);
        adjustSize();
    });
    connect(m_connectButton, &QPushButton::clicked, this, &BlueskyConnectDialog::startConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BlueskyConnectDialog::reject);

    connect(&m_connector, &bluesky::BlueskyConnector::connected, this, &BlueskyConnectDialog::handleConnected);
    connect(&m_connector, &bluesky::BlueskyConnector::errorOccurred, this, &BlueskyConnectDialog::handleError);

    validate();
}

BlueskyConnectDialog::~BlueskyConnectDialog()
{
    if (m_busy) {
        // The cancellation's errorOccurred must not reach a half-destroyed dialog.
        disconnect(&m_connector, nullptr, this, nullptr);
        m_connector.cancel();
    }
}

void BlueskyConnectDialog::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    // Header: icon, title and what an app password is for.
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/bluesky.svg")).pixmap(QSize(40, 40), devicePixelRatioF()));
    icon->setAccessibleName(tr("Bluesky"));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *intro = new QLabel(tr("<b>Sign in to Bluesky</b><br>Use your handle and an app password rather than "
                                "your main password. An app password can be revoked on its own at any time."),
                             this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(380);
    header->addWidget(intro, 1);
    layout->addLayout(header);

    // Credentials.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);

    m_identifierEdit = new QLineEdit(this);
    m_identifierEdit->setObjectName(QStringLiteral("identifierEdit"));
    m_identifierEdit->setPlaceholderText(tr("alice.bsky.social"));
    m_identifierEdit->setAccessibleName(tr("Handle or DID"));
    m_identifierEdit->setAccessibleDescription(tr("Your Bluesky handle, such as alice.bsky.social, or your DID"));
    m_identifierEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText | Qt::ImhUrlCharactersOnly);
    m_identifierHint = inlineMessage(QStringLiteral("identifierHint"), QStringLiteral("color: #b42318;"), this);
    m_identifierHint->setText(
        tr("Enter a handle such as alice.bsky.social, or a DID that starts with did:plc: or did:web:."));
    auto *identifierColumn = new QVBoxLayout;
    identifierColumn->setSpacing(4);
    identifierColumn->addWidget(m_identifierEdit);
    identifierColumn->addWidget(m_identifierHint);
    form->addRow(buddyLabel(tr("&Handle or DID:"), m_identifierEdit, this), identifierColumn);

    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("xxxx-xxxx-xxxx-xxxx"));
    m_passwordEdit->setAccessibleName(tr("App password"));
    m_passwordEdit->setAccessibleDescription(tr("A Bluesky app password in the form xxxx-xxxx-xxxx-xxxx"));
    m_passwordEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_passwordWarning = inlineMessage(QStringLiteral("passwordWarning"),
                                      QStringLiteral("QLabel { background: #fff4d6; color: #5c3d00; "
                                                     "border: 1px solid #f0d48a; border-radius: 4px; padding: 6px; }"),
                                      this);
    m_passwordWarning->setText(tr("This does not look like an app password (xxxx-xxxx-xxxx-xxxx). Fanout "
                                  "should sign in with an app password, not your main password. Create one in "
                                  "Bluesky under Settings → Privacy and security → App passwords."));
    m_passwordWarning->setAccessibleName(tr("App password warning"));
    auto *passwordColumn = new QVBoxLayout;
    passwordColumn->setSpacing(4);
    passwordColumn->addWidget(m_passwordEdit);
    passwordColumn->addWidget(m_passwordWarning);
    form->addRow(buddyLabel(tr("App &password:"), m_passwordEdit, this), passwordColumn);
    layout->addLayout(form);

    // Advanced: where the account lives, for self-hosted servers.
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("&Advanced"));
    m_advancedToggle->setAccessibleName(tr("Show advanced settings"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setAutoRaise(true);
    // A disclosure toggle: the arrow shows the state, so no pressed-in frame when checked.
    m_advancedToggle->setStyleSheet(
        QStringLiteral("QToolButton#advancedToggle:checked:!hover { background: transparent; border: none; }"));
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);

    m_advancedPanel = new QWidget(this);
    m_advancedPanel->setObjectName(QStringLiteral("advancedPanel"));
    auto *advanced = new QFormLayout(m_advancedPanel);
    advanced->setContentsMargins(0, 0, 0, 0);
    advanced->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_serviceEdit = new QLineEdit(kDefaultService, m_advancedPanel);
    m_serviceEdit->setObjectName(QStringLiteral("serviceEdit"));
    m_serviceEdit->setAccessibleName(tr("Service URL"));
    m_serviceEdit->setAccessibleDescription(tr("The server where Fanout starts looking up the account"));
    m_plcDirectoryEdit = new QLineEdit(initialPlcDirectory(), m_advancedPanel);
    m_plcDirectoryEdit->setObjectName(QStringLiteral("plcDirectoryEdit"));
    m_plcDirectoryEdit->setAccessibleName(tr("PLC directory URL"));
    m_plcDirectoryEdit->setAccessibleDescription(tr("The directory that resolves did:plc identifiers"));
    advanced->addRow(buddyLabel(tr("&Service URL:"), m_serviceEdit, m_advancedPanel), m_serviceEdit);
    advanced->addRow(buddyLabel(tr("P&LC directory:"), m_plcDirectoryEdit, m_advancedPanel), m_plcDirectoryEdit);
    auto *advancedNote = new QLabel(tr("Change these only for a self-hosted server."), m_advancedPanel);
    advancedNote->setEnabled(false);
    advanced->addRow(advancedNote);
    m_serverHint = inlineMessage(QStringLiteral("serverHint"), QStringLiteral("color: #b42318;"), m_advancedPanel);
    m_serverHint->setText(tr("Enter an https:// address. Plain http:// is accepted only for this computer "
                             "(127.0.0.1 or localhost)."));
    advanced->addRow(m_serverHint);
    layout->addWidget(m_advancedPanel);
    // Shown from the start when a setting differs from the public default.
    m_advancedToggle->setChecked(m_plcDirectoryEdit->text() != kDefaultPlcDirectory);
    m_advancedToggle->setArrowType(m_advancedToggle->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    m_advancedPanel->setVisible(m_advancedToggle->isChecked());

    // Result of the last attempt, and progress of the current one.
    m_errorLabel = inlineMessage(QStringLiteral("errorLabel"),
                                 QStringLiteral("QLabel { background: #fde4e2; color: #7a1a12; "
                                                "border: 1px solid #f4b4ad; border-radius: 4px; padding: 6px; }"),
                                 this);
    m_errorLabel->setAccessibleName(tr("Connection error"));
    layout->addWidget(m_errorLabel);

    m_busyRow = new QWidget(this);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    m_busyIndicator = new QProgressBar(m_busyRow);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumHeight(8);
    m_busyIndicator->setAccessibleName(tr("Connecting"));
    busyLayout->addWidget(new QLabel(tr("Connecting…"), m_busyRow));
    busyLayout->addWidget(m_busyIndicator, 1);
    m_busyRow->hide();
    layout->addWidget(m_busyRow);

    m_buttons = new QDialogButtonBox(this);
    m_connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAccessibleName(tr("Connect"));
    m_connectButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);

    setTabOrder(m_identifierEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_serviceEdit);
    setTabOrder(m_serviceEdit, m_plcDirectoryEdit);
    setTabOrder(m_plcDirectoryEdit, m_connectButton);
    setTabOrder(m_connectButton, m_cancelButton);
    m_identifierEdit->setFocus();
}

void BlueskyConnectDialog::setIdentifier(const QString &identifier)
{
    m_identifierEdit->setText(identifier);
    m_passwordEdit->setFocus();
}

void BlueskyConnectDialog::setServiceUrl(const QUrl &service)
{
    m_serviceEdit->setText(service.toString());
    if (service.toString() != kDefaultService)
        m_advancedToggle->setChecked(true);
}

QString BlueskyConnectDialog::normalizedIdentifier() const
{
    const QString text = m_identifierEdit->text().trimmed();
    if (text.startsWith(QStringLiteral("did:")))
        return bluesky::isSupportedAccountDid(text) ? text : QString();
    const QString handle = bluesky::normalizeHandle(text);
    return bluesky::isValidHandle(handle) ? handle : QString();
}

QUrl BlueskyConnectDialog::parseServerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return {};
    if (url.scheme() == QStringLiteral("https"))
        return url;
    const QHostAddress address(url.host());
    const bool loopback = url.host() == QStringLiteral("localhost") || (!address.isNull() && address.isLoopback());
    if (url.scheme() == QStringLiteral("http") && loopback)
        return url;
    return {};
}

void BlueskyConnectDialog::validate()
{
    const QString identifier = normalizedIdentifier();
    m_identifierHint->setVisible(!m_identifierEdit->text().trimmed().isEmpty() && identifier.isEmpty());

    const QString password = m_passwordEdit->text();
    m_passwordWarning->setVisible(!password.isEmpty() && !bluesky::looksLikeAppPassword(password));

    const bool serversValid = parseServerUrl(m_serviceEdit->text()).isValid()
        && parseServerUrl(m_plcDirectoryEdit->text()).isValid();
    m_serverHint->setVisible(!serversValid);
    if (!serversValid && !m_advancedToggle->isChecked())
        m_advancedToggle->setChecked(true);

    m_connectButton->setEnabled(!m_busy && !identifier.isEmpty() && !password.isEmpty() && serversValid);
}

void BlueskyConnectDialog::startConnect()
{
    if (m_busy || !m_connectButton->isEnabled())
        return;

    bluesky::ConnectRequest request;
    request.identifier = normalizedIdentifier();
    request.appPassword = m_passwordEdit->text();
    logscrubber::registerSecret(request.appPassword);
    request.service = parseServerUrl(m_serviceEdit->text());
    request.plcDirectory = parseServerUrl(m_plcDirectoryEdit->text());
    request.expectedDid = m_expectedDid;

    qCInfo(lcUi) << "connecting a Bluesky account";
    m_errorLabel->hide();
    setBusy(true);
    // The connector may report an error synchronously, so m_busy is set first.
    m_connector.connectAccount(request);
}

void BlueskyConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_identifierEdit->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    m_advancedToggle->setEnabled(!busy);
    m_serviceEdit->setEnabled(!busy);
    m_plcDirectoryEdit->setEnabled(!busy);
    m_busyRow->setVisible(busy);
    m_cancelButton->setToolTip(busy ? tr("Stops the sign-in and keeps this dialog open") : QString());
    validate();
    if (busy)
        m_cancelButton->setFocus();
}

void BlueskyConnectDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void BlueskyConnectDialog::handleConnected(const Account &account)
{
    if (!m_busy)
        return;
    m_account = account;
    setBusy(false);
    m_passwordEdit->clear();
    accept();
}

void BlueskyConnectDialog::handleError(const Error &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    showError(AccountPresentation::errorText(error));
    if (error.code == ErrorCode::PlatformAuthFailed || error.code == ErrorCode::PlatformRejected) {
        m_passwordEdit->setFocus();
        m_passwordEdit->selectAll();
    } else {
        m_identifierEdit->setFocus();
    }
}

void BlueskyConnectDialog::reject()
{
    if (m_busy) {
        // The connector then emits errorOccurred(ConnectCancelled), which
        // re-enables the fields, so the dialog stays open.
        m_connector.cancel();
        return;
    }
    QDialog::reject();
}

} // namespace fanout::ui
