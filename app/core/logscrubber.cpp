#include "app/core/logscrubber.h"

#include <algorithm>
#include <atomic>
#include <cstdio>

#include <QByteArray>
#include <QList>
#include <QReadWriteLock>
#include <QSet>

namespace fanout::logscrubber {

namespace {

const QString kMask = QStringLiteral("[redacted]");

struct Registry {
    QReadWriteLock lock;
    QList<QByteArray> secrets; // oldest first
    QSet<QByteArray> known;
    QList<QString> forms; // every form of every secret, longest first
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

std::atomic<QtMessageHandler> nextHandler{nullptr};

QList<QString> formsOf(const QByteArray &secret)
{
    QList<QString> forms;
    // The raw text, when the bytes are UTF-8 (a binary key is not).
    const QString text = QString::fromUtf8(secret);
    if (text.toUtf8() == secret)
        forms << text;
    for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        const QByteArray padded = secret.toBase64(options);
        forms << QString::fromLatin1(padded);
        const QByteArray bare = secret.toBase64(options | QByteArray::OmitTrailingEquals);
        if (bare != padded)
            forms << QString::fromLatin1(bare);
    }
    return forms;
}

// Called with the write lock held.
void rebuildForms(Registry &state)
{
    QList<QString> forms;
    forms.reserve(state.secrets.size() * 5);
    for (const QByteArray &secret : std::as_const(state.secrets))
        forms << formsOf(secret);
    // Longest first, so a form that contains a shorter one is masked whole.
    std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    state.forms = std::move(forms);
}

void scrubbingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = scrub(message);
    if (const QtMessageHandler next = nextHandler.load())
        next(type, context, clean);
    else
        std::fprintf(stderr, "%s\n", qFormatLogMessage(type, context, clean).toLocal8Bit().constData());
}

} // namespace

void registerSecret(QByteArrayView secret)
{
    if (secret.size() < kMinimumSecretSize)
        return;
    const QByteArray bytes = secret.toByteArray();
    Registry &state = registry();
    {
        QReadLocker reader(&state.lock);
        if (state.known.contains(bytes))
            return;
    }
    QWriteLocker writer(&state.lock);
    if (state.known.contains(bytes))
        return;
    state.secrets << bytes;
    state.known.insert(bytes);
    while (state.secrets.size() > kMaximumSecrets)
        state.known.remove(state.secrets.takeFirst());
    rebuildForms(state);
}

void registerSecret(QStringView secret)
{
    if (secret.size() * 3 < kMinimumSecretSize) // no UTF-8 text this short can reach the minimum
        return;
    registerSecret(QByteArrayView(secret.toUtf8()));
}

QString scrub(const QString &message)
{
    Registry &state = registry();
    QReadLocker reader(&state.lock);
    if (state.forms.isEmpty() || message.size() < kMinimumSecretSize)
        return message;
    QString clean = message;
    for (const QString &form : std::as_const(state.forms)) {
        if (clean.contains(form))
            clean.replace(form, kMask);
    }
    return clean;
}

void install()
{
    const QtMessageHandler previous = qInstallMessageHandler(scrubbingHandler);
    // Installed twice, the handler must not call itself.
    if (previous != scrubbingHandler)
        nextHandler.store(previous);
}

qsizetype secretCount()
{
    Registry &state = registry();
    QReadLocker reader(&state.lock);
    return state.secrets.size();
}

void forgetAllForTesting()
{
    Registry &state = registry();
    QWriteLocker writer(&state.lock);
    state.secrets.clear();
    state.known.clear();
    state.forms.clear();
}

} // namespace fanout::logscrubber
