#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "app/core/autostart.h"
#include "app/core/logging.h"
#include "ui/accountpresentation.h"
#include "ui/theme.h"

namespace fanout::ui {

namespace {

// JSON keys of applyProviderJson, which also name the fields here.
constexpr QLatin1StringView kClientId("clientId");
constexpr QLatin1StringView kClientSecret("clientSecret");
constexpr QLatin1StringView kRedirectPort("redirectPort");
constexpr QLatin1StringView kRedirectUri("redirectUri");
constexpr QLatin1StringView kAuthorizeUrl("authorizeUrl");
constexpr QLatin1StringView kTokenUrl("tokenUrl");
constexpr QLatin1StringView kApiBaseUrl("apiBaseUrl");
constexpr QLatin1StringView kScopes("scopes");
constexpr QLatin1StringView kApiVersion("apiVersion");

constexpr QLatin1StringView kErrorStyle("color: #c62828;");

QString platformName(Platform platform)
{
    return QString::fromUtf8(platformInfo(platform).displayName);
}

// http://127.0.0.1:PORT/callback, where the loopback listener waits.
QUrl loopbackUri(quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(ProviderConfig::kCallbackPath);
    return url;
}

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(kErrorStyle);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A field with its error label below it, as one form row.
QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    box->setFocusProxy(field);
    return box;
}

// The page's content in a frameless scroll area, so long pages fit small screens.
QWidget *scrollable(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    return area;
}

QLabel *pageTitle(const QIcon &icon, const QString &text, QWidget *parent, QHBoxLayout *row)
{
    auto *iconLabel = new QLabel(parent);
    iconLabel->setPixmap(icon.pixmap(QSize(32, 32), parent->devicePixelRatioF()));
    iconLabel->setAccessibleName(text);
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    title->setFont(font);
    row->addWidget(iconLabel);
    row->addWidget(title, 1);
    return title;
}

} // namespace

SettingsDialog::SettingsDialog(ProviderStore &providers, bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_providers(providers)
    , m_trayAvailable(trayAvailable)
    , m_autostart(std::make_unique<Autostart>(QCoreApplication::applicationFilePath()))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(780, 600);

    auto *layout = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    body->setSpacing(12);

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("settingsPageList"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setIconSize(QSize(20, 20));
    m_pageList->setFixedWidth(180);
    m_pageList->setSpacing(2);
    m_pages = new QStackedWidget(this);
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    layout->addWidget(buttons);

    addPage(buildGeneralPage(), QIcon(QStringLiteral(":/icons/fanout.svg")), tr("General"), std::nullopt);
    addPage(buildBlueskyPage(), AccountPresentation::platformIcon(Platform::Bluesky), platformName(Platform::Bluesky),
            Platform::Bluesky);
    const QList<Platform> configurable = oauthPlatforms();
    for (const PlatformInfo &info : platformTable()) {
        if (info.connectShape != ConnectShape::OAuthCode)
            continue;
        QWidget *page = configurable.contains(info.platform)
                            ? buildProviderPage(info.platform)
                            : buildUnavailablePage(info.platform,
                                                   tr("Fanout cannot connect %1 accounts yet, so there is nothing "
                                                      "to set up here.")
                                                       .arg(platformName(info.platform)));
        addPage(page, AccountPresentation::platformIcon(info.platform), platformName(info.platform), info.platform);
    }

    // A form row whose field is a box (the field with its error or hint)
    // makes the box its label's buddy. QLabel focuses only a buddy that takes
    // focus, so each such label gets the field inside the box instead.
    for (QLabel *label : findChildren<QLabel *>()) {
        QWidget *buddy = label->buddy();
        if (!buddy || buddy->focusPolicy() != Qt::NoFocus || !buddy->focusProxy())
            continue;
        while (buddy->focusProxy())
            buddy = buddy->focusProxy();
        label->setBuddy(buddy);
    }

    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    loadGeneral();
    for (auto &[platform, page] : m_providerPages)
        loadProvider(page);
    m_pageList->setCurrentRow(0);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(QWidget *page, const QIcon &icon, const QString &title, std::optional<Platform> platform)
{
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_pageList);
    item->setSizeHint(QSize(0, 32));
    if (platform)
        m_pageIndex[*platform] = index;
}

void SettingsDialog::showGeneralPage()
{
    m_pageList->setCurrentRow(0);
}

void SettingsDialog::showPlatformPage(Platform platform)
{
    const auto found = m_pageIndex.find(platform);
    if (found == m_pageIndex.end()) {
        showGeneralPage();
        return;
    }
    m_pageList->setCurrentRow(found->second);
    const auto provider = m_providerPages.find(platform);
    if (provider != m_providerPages.end()) {
        provider->second.clientId->setFocus();
        provider->second.clientId->deselect();
    }
}

std::optional<Platform> SettingsDialog::currentPlatform() const
{
    for (const auto &[platform, index] : m_pageIndex) {
        if (index == m_pages->currentIndex())
            return platform;
    }
    return std::nullopt;
}

QWidget *SettingsDialog::buildGeneralPage()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *titleRow = new QHBoxLayout;
    pageTitle(QIcon(QStringLiteral(":/icons/fanout.svg")), tr("General"), content, titleRow);
    layout->addLayout(titleRow);

    auto *behaviour = new QGroupBox(tr("Behaviour"), content);
    auto *behaviourLayout = new QVBoxLayout(behaviour);
    m_notifications = new QCheckBox(tr("Show a &notification when a token is about to expire or was revoked"),
                                    behaviour);
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_startAtLogin = new QCheckBox(tr("&Start Fanout when I log in"), behaviour);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLogin->setToolTip(QDir::toNativeSeparators(m_autostart->location()));
    m_closeToTray = new QCheckBox(tr("&Closing the window keeps Fanout running in the tray"), behaviour);
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheck"));
    behaviourLayout->addWidget(m_notifications);
    behaviourLayout->addWidget(m_startAtLogin);
    behaviourLayout->addWidget(m_closeToTray);
    if (!m_trayAvailable) {
        m_closeToTray->setEnabled(false);
        behaviourLayout->addWidget(
            hintLabel(tr("No system tray was found, so closing the window quits Fanout."), behaviour));
    }
    layout->addWidget(behaviour);

    auto *appearance = new QGroupBox(tr("Appearance"), content);
    auto *form = new QFormLayout(appearance);
    m_theme = new QComboBox(appearance);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), QVariant::fromValue(int(Theme::System)));
    m_theme->addItem(tr("Light"), QVariant::fromValue(int(Theme::Light)));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(int(Theme::Dark)));
    form->addRow(tr("&Theme:"), m_theme);

    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name, so people find theirs whatever is shown now.
    for (const QString &code : AppSettings::availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    auto *languageNote = hintLabel(tr("A new language is used the next time Fanout starts."), appearance);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    auto *languageBox = new QWidget(appearance);
    auto *languageLayout = new QVBoxLayout(languageBox);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    languageLayout->setSpacing(2);
    languageLayout->addWidget(m_language);
    languageLayout->addWidget(languageNote);
    languageBox->setFocusProxy(m_language);
    form->addRow(tr("&Language:"), languageBox);
    layout->addWidget(appearance);

    m_generalError = errorLabel(QStringLiteral("generalError"), content);
    layout->addWidget(m_generalError);
    layout->addStretch(1);
    return scrollable(content, this);
}

QWidget *SettingsDialog::buildBlueskyPage()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *titleRow = new QHBoxLayout;
    pageTitle(AccountPresentation::platformIcon(Platform::Bluesky), platformName(Platform::Bluesky), content, titleRow);
    layout->addLayout(titleRow);
    layout->addWidget(hintLabel(tr("Bluesky accounts connect with a handle and an app password, so there is no "
                                   "client to register. The service below is where new connections look up "
                                   "the handle; change it for a self-hosted PDS."),
                                content));

    auto *form = new QFormLayout;
    m_blueskyService = new QLineEdit(content);
    m_blueskyService->setObjectName(QStringLiteral("blueskyServiceEdit"));
    m_blueskyService->setPlaceholderText(defaultBlueskyService().toString());
    m_blueskyError = errorLabel(QStringLiteral("blueskyServiceError"), content);
    form->addRow(tr("Default &service:"), withError(m_blueskyService, m_blueskyError, content));
    layout->addLayout(form);
    layout->addStretch(1);

    if (const Expected<QUrl> service = m_providers.blueskyService(); service) {
        m_blueskyService->setText(service->toString());
    } else {
        showFieldError(m_blueskyError, AccountPresentation::errorText(service.error()));
    }
    return scrollable(content, this);
}

QWidget *SettingsDialog::buildUnavailablePage(Platform platform, const QString &reason)
{
    auto *content = new QWidget;
    content->setObjectName(platformId(platform) + QStringLiteral("-unavailable"));
    auto *layout = new QVBoxLayout(content);
    auto *titleRow = new QHBoxLayout;
    pageTitle(AccountPresentation::platformIcon(platform), platformName(platform), content, titleRow);
    layout->addLayout(titleRow);
    layout->addWidget(hintLabel(reason, content));
    layout->addStretch(1);
    return scrollable(content, this);
}

QWidget *SettingsDialog::buildProviderPage(Platform platform)
{
    ProviderPage &page = m_providerPages[platform];
    page.platform = platform;
    const QString id = platformId(platform);
    const QString name = platformName(platform);
    const auto named = [&id](QWidget *widget, const QString &suffix) { widget->setObjectName(id + u'-' + suffix); };

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *titleRow = new QHBoxLayout;
    pageTitle(AccountPresentation::platformIcon(platform), name, content, titleRow);
    layout->addLayout(titleRow);
    page.intro = new QLabel(content);
    page.intro->setWordWrap(true);
    page.intro->setTextFormat(Qt::RichText);
    named(page.intro, QStringLiteral("intro"));
    layout->addWidget(page.intro);

    const auto lineEdit = [&](QLatin1StringView key, QWidget *parent) {
        auto *edit = new QLineEdit(parent);
        named(edit, key + QStringLiteral("Edit"));
        page.errors.insert(key, errorLabel(id + u'-' + key + QStringLiteral("Error"), parent));
        return edit;
    };

    auto *client = new QGroupBox(tr("Client"), content);
    auto *clientForm = new QFormLayout(client);
    page.clientId = lineEdit(kClientId, client);
    page.clientId->setPlaceholderText(tr("From the app your organisation registered with %1").arg(name));
    clientForm->addRow(tr("Client &ID:"), withError(page.clientId, page.errors.value(kClientId), client));

    page.clientSecret = lineEdit(kClientSecret, client);
    page.clientSecret->setEchoMode(QLineEdit::Password);
    page.clientSecret->setAccessibleName(tr("Client secret"));
    page.secretStatus = new QLabel(client);
    page.secretStatus->setWordWrap(true);
    named(page.secretStatus, QStringLiteral("secretStatus"));
    page.clearSecretButton = new QPushButton(tr("C&lear"), client);
    named(page.clearSecretButton, QStringLiteral("clearSecretButton"));
    page.clearSecretButton->setAccessibleName(tr("Clear the stored client secret"));
    auto *secretRow = new QWidget(client);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(page.clientSecret, 1);
    secretLayout->addWidget(page.clearSecretButton);
    auto *secretBox = new QWidget(client);
    auto *secretBoxLayout = new QVBoxLayout(secretBox);
    secretBoxLayout->setContentsMargins(0, 0, 0, 0);
    secretBoxLayout->setSpacing(2);
    secretBoxLayout->addWidget(secretRow);
    secretBoxLayout->addWidget(page.secretStatus);
    secretBoxLayout->addWidget(page.errors.value(kClientSecret));
    secretBox->setFocusProxy(page.clientSecret);
    clientForm->addRow(tr("Client &secret:"), secretBox);
    layout->addWidget(client);

    auto *redirect = new QGroupBox(tr("Redirect"), content);
    auto *redirectForm = new QFormLayout(redirect);
    page.redirectPort = lineEdit(kRedirectPort, redirect);
    page.redirectPort->setMaxLength(5);
    page.redirectPort->setInputMethodHints(Qt::ImhDigitsOnly);
    redirectForm->addRow(tr("Redirect &port:"), withError(page.redirectPort, page.errors.value(kRedirectPort), redirect));
    page.loopbackUri = new QLineEdit(redirect);
    named(page.loopbackUri, QStringLiteral("loopbackUriEdit"));
    page.loopbackUri->setReadOnly(true);
    page.loopbackUri->setToolTip(tr("Register this address with %1 exactly as shown, unless a relay page is set.")
                                     .arg(name));
    redirectForm->addRow(tr("Redirect URI:"), page.loopbackUri);
    page.relayUri = lineEdit(kRedirectUri, redirect);
    page.relayUri->setPlaceholderText(tr("Optional: https://… of your organisation's relay page"));
    auto *relayBox = new QWidget(redirect);
    auto *relayLayout = new QVBoxLayout(relayBox);
    relayLayout->setContentsMargins(0, 0, 0, 0);
    relayLayout->setSpacing(2);
    relayLayout->addWidget(page.relayUri);
    relayLayout->addWidget(hintLabel(tr("For platforms that accept only HTTPS redirects. The relay page forwards "
                                        "the sign-in to the port above on this computer."),
                                     redirect));
    relayLayout->addWidget(page.errors.value(kRedirectUri));
    relayBox->setFocusProxy(page.relayUri);
    redirectForm->addRow(tr("&Relay page:"), relayBox);
    layout->addWidget(redirect);

    auto *endpoints = new QGroupBox(tr("Endpoints"), content);
    auto *endpointForm = new QFormLayout(endpoints);
    page.authorizeUrl = lineEdit(kAuthorizeUrl, endpoints);
    endpointForm->addRow(tr("&Authorization URL:"),
                         withError(page.authorizeUrl, page.errors.value(kAuthorizeUrl), endpoints));
    page.tokenUrl = lineEdit(kTokenUrl, endpoints);
    endpointForm->addRow(tr("T&oken URL:"), withError(page.tokenUrl, page.errors.value(kTokenUrl), endpoints));
    page.apiBaseUrl = lineEdit(kApiBaseUrl, endpoints);
    endpointForm->addRow(tr("API &base URL:"), withError(page.apiBaseUrl, page.errors.value(kApiBaseUrl), endpoints));
    page.scopes = lineEdit(kScopes, endpoints);
    page.scopes->setToolTip(tr("Separated by spaces or commas"));
    endpointForm->addRow(tr("S&copes:"), withError(page.scopes, page.errors.value(kScopes), endpoints));
    // Only platforms with a versioned API path have this key (Facebook's Graph API).
    const std::optional<ProviderConfig> defaults = defaultProviderConfig(platform);
    if (defaults && defaults->toJson().contains(kApiVersion)) {
        page.apiVersion = lineEdit(kApiVersion, endpoints);
        endpointForm->addRow(tr("API &version:"),
                             withError(page.apiVersion, page.errors.value(kApiVersion), endpoints));
    }
    endpoints->setToolTip(tr("The platform's own addresses are filled in. Change them only for a test server "
                             "or a proxy your organisation runs."));
    layout->addWidget(endpoints);
    layout->addStretch(1);

    connect(page.redirectPort, &QLineEdit::textChanged, this, [this, platform] {
        updateLoopbackUri(m_providerPages.at(platform));
    });
    connect(page.clearSecretButton, &QPushButton::clicked, this, [this, platform] {
        ProviderPage &current = m_providerPages.at(platform);
        current.clearSecret = true;
        current.clientSecret->clear();
        updateSecretStatus(current);
    });
    connect(page.clientSecret, &QLineEdit::textEdited, this, [this, platform] {
        updateSecretStatus(m_providerPages.at(platform));
    });
    return scrollable(content, this);
}

void SettingsDialog::loadGeneral()
{
    m_notifications->setChecked(m_settings.notificationsEnabled());
    m_startAtLogin->setChecked(m_autostart->isEnabled());
    m_closeToTray->setChecked(m_trayAvailable && m_settings.closeToTray(m_trayAvailable));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(m_settings.theme()))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
}

void SettingsDialog::loadProvider(ProviderPage &page)
{
    const QString name = platformName(page.platform);
    Expected<ProviderConfig> stored = m_providers.config(page.platform);
    if (!stored) {
        // A damaged providers.json: show the defaults, so saving rewrites the entry.
        showFieldError(page.errors.value(kClientId), AccountPresentation::errorText(stored.error()));
        stored = *defaultProviderConfig(page.platform);
    }
    page.stored = *stored;
    page.clientId->setText(stored->clientId);
    page.redirectPort->setText(QString::number(stored->redirectPort));
    // A redirect URI other than the loopback one is the relay page.
    const QUrl redirect = stored->redirectUri();
    page.relayUri->setText(redirect == loopbackUri(stored->redirectPort) ? QString() : redirect.toString());
    page.authorizeUrl->setText(stored->authorizeUrl.toString());
    page.tokenUrl->setText(stored->tokenUrl.toString());
    page.apiBaseUrl->setText(stored->apiBaseUrl.toString());
    page.scopes->setText(stored->scopes.join(u' '));
    if (page.apiVersion)
        page.apiVersion->setText(stored->toJson().value(kApiVersion).toString());
    updateLoopbackUri(page);

    page.intro->setText(
        stored->isConfigured()
            ? tr("Fanout signs in to %1 with the app below. Its redirect URI must be registered with %1 exactly as "
                 "shown.")
                  .arg(name)
            : tr("<b>%1 is not set up yet.</b> Enter the client ID of the app your organisation registered with "
                 "%1, and register the redirect URI shown below with that app. An administrator can also hand "
                 "out a providers file: <code>fanout providers import FILE</code>.")
                  .arg(name));

    const Expected<std::optional<QByteArray>> secret = m_providers.clientSecret(page.platform);
    if (!secret) {
        page.secretStored = false;
        page.clientSecret->setEnabled(false);
        page.clearSecretButton->setEnabled(false);
        showFieldError(page.errors.value(kClientSecret), AccountPresentation::errorText(secret.error()));
    } else {
        page.secretStored = secret->has_value();
    }
    page.clearSecret = false;
    updateSecretStatus(page);
}

void SettingsDialog::updateSecretStatus(ProviderPage &page)
{
    QString status;
    if (!page.clientSecret->text().isEmpty())
        status = tr("The new client secret is stored in the keychain when you save.");
    else if (page.clearSecret && page.secretStored)
        status = tr("The client secret is removed from the keychain when you save.");
    else if (page.secretStored)
        status = tr("A client secret is stored in the keychain.");
    else
        status = tr("No client secret is stored. Apps using PKCE without a secret need none.");
    page.secretStatus->setText(status);
    page.clientSecret->setPlaceholderText(page.secretStored && !page.clearSecret
                                              ? tr("Stored in the keychain; type a new one to replace it")
                                              : tr("Paste the client secret"));
    page.clearSecretButton->setEnabled(page.clientSecret->isEnabled()
                                       && ((page.secretStored && !page.clearSecret)
                                           || !page.clientSecret->text().isEmpty()));
}

void SettingsDialog::updateLoopbackUri(ProviderPage &page)
{
    bool ok = false;
    const int port = page.redirectPort->text().trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        page.loopbackUri->clear();
        return;
    }
    page.loopbackUri->setText(loopbackUri(quint16(port)).toString());
}

void SettingsDialog::showFieldError(QLabel *label, const QString &text)
{
    if (!label)
        return;
    label->setText(text);
    label->show();
}

void SettingsDialog::clearErrors()
{
    for (auto &[platform, page] : m_providerPages) {
        for (QLabel *label : std::as_const(page.errors)) {
            label->clear();
            label->hide();
        }
    }
    for (QLabel *label : {m_generalError, m_blueskyError}) {
        label->clear();
        label->hide();
    }
}

std::optional<ProviderConfig> SettingsDialog::checkedProvider(ProviderPage &page)
{
    const QString id = platformId(page.platform);
    bool portOk = false;
    const int port = page.redirectPort->text().trimmed().toInt(&portOk);
    if (!portOk) {
        showFieldError(page.errors.value(kRedirectPort),
                       tr("The redirect port must be a number from 1 to 65535."));
        return std::nullopt;
    }

    QJsonObject json{
        {kClientId, page.clientId->text().trimmed()},
        {kRedirectPort, port},
        {kAuthorizeUrl, page.authorizeUrl->text().trimmed()},
        {kTokenUrl, page.tokenUrl->text().trimmed()},
        {kApiBaseUrl, page.apiBaseUrl->text().trimmed()},
        {kScopes, page.scopes->text().trimmed()},
        {kRedirectUri, page.relayUri->text().trimmed()},
    };
    if (page.apiVersion)
        json.insert(kApiVersion, page.apiVersion->text().trimmed());

    Expected<ProviderConfig> config = applyProviderJson(page.stored, json);
    if (!config) {
        // ProviderStore names the field as "<platform>.<key>" in its message,
        // the wrong one first when the message names two.
        const QString &detail = config.error().detail;
        QLabel *label = page.errors.value(kClientId);
        qsizetype first = detail.size();
        for (auto it = page.errors.cbegin(); it != page.errors.cend(); ++it) {
            const qsizetype at = detail.indexOf(id + u'.' + it.key());
            if (at >= 0 && at < first) {
                first = at;
                label = it.value();
            }
        }
        showFieldError(label, AccountPresentation::errorText(config.error()));
        return std::nullopt;
    }

    // A providers file without relay support keeps the loopback redirect, so
    // report the ignored address instead of dropping it silently.
    const QString relay = page.relayUri->text().trimmed();
    if (!relay.isEmpty() && QUrl(relay, QUrl::StrictMode) != config->redirectUri()
        && QUrl(relay, QUrl::StrictMode) != loopbackUri(config->redirectPort)) {
        showFieldError(page.errors.value(kRedirectUri),
                       tr("This version of Fanout cannot send %1 sign-ins through a relay page. Leave the field "
                          "empty to use the redirect URI above.")
                           .arg(platformName(page.platform)));
        return std::nullopt;
    }
    return *config;
}

bool SettingsDialog::saveProvider(ProviderPage &page, const ProviderConfig &config)
{
    if (config == page.stored)
        return true;
    if (Expected<void> saved = m_providers.save(config); !saved) {
        qCWarning(lcSettings) << "could not save the provider configuration of" << platformId(page.platform)
                              << "error" << errorCodeName(saved.error().code);
        showFieldError(page.errors.value(kClientId), AccountPresentation::errorText(saved.error()));
        return false;
    }
    qCInfo(lcSettings) << "provider configuration saved for" << platformId(page.platform);
    return true;
}

bool SettingsDialog::saveGeneral()
{
    if (m_startAtLogin->isChecked() != m_autostart->isEnabled()) {
        if (Expected<void> changed = m_autostart->setEnabled(m_startAtLogin->isChecked()); !changed) {
            showFieldError(m_generalError, AccountPresentation::errorText(changed.error()));
            return false;
        }
    }

    const auto theme = Theme(m_theme->currentData().toInt());
    const bool themeChanged = theme != m_settings.theme();
    m_settings.setNotificationsEnabled(m_notifications->isChecked());
    if (m_trayAvailable)
        m_settings.setCloseToTray(m_closeToTray->isChecked());
    m_settings.setTheme(theme);
    if (Expected<void> language = m_settings.setLanguage(m_language->currentData().toString()); !language) {
        showFieldError(m_generalError, AccountPresentation::errorText(language.error()));
        return false;
    }
    if (Expected<void> synced = m_settings.sync(); !synced) {
        showFieldError(m_generalError, AccountPresentation::errorText(synced.error()));
        return false;
    }
    if (themeChanged)
        applyTheme(theme);
    return true;
}

bool SettingsDialog::apply()
{
    clearErrors();

    // Check every page before writing anything.
    std::optional<int> firstInvalidPage;
    QWidget *firstInvalidField = nullptr;
    std::map<Platform, ProviderConfig> configs;
    for (auto &[platform, page] : m_providerPages) {
        std::optional<ProviderConfig> config = checkedProvider(page);
        if (config) {
            configs.emplace(platform, *config);
        } else if (!firstInvalidPage) {
            firstInvalidPage = m_pageIndex.at(platform);
            for (auto it = page.errors.cbegin(); it != page.errors.cend() && !firstInvalidField; ++it) {
                if (!it.value()->isHidden())
                    firstInvalidField = it.value()->parentWidget();
            }
        }
    }

    const QString serviceText = m_blueskyService->text().trimmed();
    QUrl service;
    if (!serviceText.isEmpty()) {
        Expected<QUrl> parsed = parseBlueskyService(serviceText);
        if (parsed) {
            service = *parsed;
        } else {
            showFieldError(m_blueskyError, AccountPresentation::errorText(parsed.error()));
            if (!firstInvalidPage)
                firstInvalidPage = m_pageIndex.at(Platform::Bluesky);
        }
    }

    if (firstInvalidPage) {
        m_pageList->setCurrentRow(*firstInvalidPage);
        if (firstInvalidField)
            firstInvalidField->setFocus();
        qCInfo(lcSettings) << "settings not saved: a field is invalid";
        return false;
    }

    // Secrets first: when the keychain fails, no file has changed yet.
    for (auto &[platform, page] : m_providerPages) {
        const QString secret = page.clientSecret->text();
        if (secret.isEmpty() && !page.clearSecret)
            continue;
        if (Expected<void> written = m_providers.setClientSecret(platform, secret.toUtf8()); !written) {
            qCWarning(lcSettings) << "could not change the client secret of" << platformId(platform) << "error"
                                  << errorCodeName(written.error().code);
            showFieldError(page.errors.value(kClientSecret), AccountPresentation::errorText(written.error()));
            m_pageList->setCurrentRow(m_pageIndex.at(platform));
            return false;
        }
        page.secretStored = !secret.isEmpty();
        page.clearSecret = false;
        page.clientSecret->clear();
        updateSecretStatus(page);
    }

    for (auto &[platform, page] : m_providerPages) {
        if (!saveProvider(page, configs.at(platform))) {
            m_pageList->setCurrentRow(m_pageIndex.at(platform));
            return false;
        }
    }
    for (auto &[platform, page] : m_providerPages)
        loadProvider(page);

    if (Expected<void> saved = m_providers.setBlueskyService(service); !saved) {
        showFieldError(m_blueskyError, AccountPresentation::errorText(saved.error()));
        m_pageList->setCurrentRow(m_pageIndex.at(Platform::Bluesky));
        return false;
    }

    if (!saveGeneral()) {
        showGeneralPage();
        return false;
    }
    Q_EMIT settingsApplied();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace fanout::ui
