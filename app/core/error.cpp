#include "app/core/error.h"

#include <QCoreApplication>

namespace fanout {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::PlatformRejected:
        return QStringLiteral("platform_rejected");
    case ErrorCode::PlatformAuthFailed:
        return QStringLiteral("platform_auth_failed");
    case ErrorCode::FacebookPagesNone:
        return QStringLiteral("facebook.pages.none");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("keychain_unavailable");
    case ErrorCode::VaultKeyMismatch:
        return QStringLiteral("vault_key_mismatch");
    case ErrorCode::ProviderNotConfigured:
        return QStringLiteral("provider_not_configured");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NetworkError:
        return QStringLiteral("network_error");
    case ErrorCode::UpstreamInvalidResponse:
        return QStringLiteral("upstream_invalid_response");
    case ErrorCode::ConnectTimeout:
        return QStringLiteral("connect_timeout");
    case ErrorCode::ConnectCancelled:
        return QStringLiteral("connect_cancelled");
    case ErrorCode::StorageError:
        return QStringLiteral("storage_error");
    }
    return QStringLiteral("storage_error");
}

// The context is spelled out in each call because lupdate extracts only
// translate() calls whose context is a string literal.
static QString summary(ErrorCode code)
{
    switch (code) {
    case ErrorCode::PlatformRejected:
        return QCoreApplication::translate("fanout::Error",
            "The platform turned down the connection. Check the account and this platform's settings "
            "in File → Settings, then connect again.");
    case ErrorCode::PlatformAuthFailed:
        return QCoreApplication::translate("fanout::Error",
            "The platform did not accept the sign-in. Reconnect the account with valid credentials.");
    case ErrorCode::FacebookPagesNone:
        return QCoreApplication::translate("fanout::Error",
            "This Facebook user manages no Page. Create a Page or ask its owner for a Page role, "
            "then connect again.");
    case ErrorCode::KeychainUnavailable:
        return QCoreApplication::translate("fanout::Error",
            "The system keychain is not available, so Fanout cannot store tokens safely and "
            "stored nothing. Unlock or start your keyring (GNOME Keyring, KWallet, macOS "
            "Keychain or Windows Credential Manager) and try again.");
    case ErrorCode::VaultKeyMismatch:
        return QCoreApplication::translate("fanout::Error",
            "The key in the system keychain cannot open this account's stored tokens: the keychain "
            "entry was deleted or replaced, or the stored data was changed. The account is kept; "
            "reconnect it to store new tokens.");
    case ErrorCode::ProviderNotConfigured:
        return QCoreApplication::translate("fanout::Error",
            "This platform has no client id yet. Enter your organisation's client id in "
            "File → Settings or import the providers file your administrator gave you.");
    case ErrorCode::InvalidInput:
        return QCoreApplication::translate("fanout::Error",
            "The input is not valid. Correct it and try again.");
    case ErrorCode::NetworkError:
        return QCoreApplication::translate("fanout::Error",
            "The platform could not be reached. Check the network connection and try again; "
            "nothing was changed.");
    case ErrorCode::UpstreamInvalidResponse:
        return QCoreApplication::translate("fanout::Error",
            "The platform sent a reply Fanout does not understand; nothing was changed. Try "
            "again later.");
    case ErrorCode::ConnectTimeout:
        return QCoreApplication::translate("fanout::Error",
            "The sign-in was not finished in time. Start the connection again.");
    case ErrorCode::ConnectCancelled:
        return QCoreApplication::translate("fanout::Error",
            "The connection was cancelled and nothing was stored. Start it again from Connect account "
            "when you are ready.");
    case ErrorCode::StorageError:
        return QCoreApplication::translate("fanout::Error",
            "Fanout could not read or write its data folder. Check the free disk space and "
            "the folder's permissions.");
    }
    return {};
}

QString errorMessage(const Error &error)
{
    if (error.detail.isEmpty())
        return summary(error.code);
    // The detail of these codes is a whole sentence on what was wrong and what
    // to do, which the general summary would only repeat.
    switch (error.code) {
    case ErrorCode::PlatformRejected:
    case ErrorCode::PlatformAuthFailed:
    case ErrorCode::InvalidInput:
    case ErrorCode::ConnectCancelled:
    case ErrorCode::StorageError:
        return error.detail;
    default:
        return summary(error.code) + u' ' + error.detail;
    }
}

} // namespace fanout
