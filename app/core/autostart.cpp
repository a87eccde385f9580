#include "app/core/autostart.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#if defined(Q_OS_WIN)
#include <QSettings>
#elif defined(Q_OS_MACOS)
#include <QXmlStreamWriter>
#endif

#include "app/core/logging.h"

namespace fanout {

namespace {

// The reverse-DNS id the installed desktop entry and the LaunchAgent share.
constexpr QLatin1StringView kAppId("org.fanout.Fanout");

#if defined(Q_OS_WIN)
constexpr QLatin1StringView kRunKey("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
constexpr QLatin1StringView kRunValue("Fanout");

// A command line for CreateProcess: every part in double quotes, and a quote
// inside an argument escaped with a backslash, as CommandLineToArgvW parses it.
QString windowsCommandLine(const QString &program, const QStringList &arguments)
{
    QStringList parts{u'"' + QDir::toNativeSeparators(program) + u'"'};
    for (QString argument : arguments) {
        argument.replace(u'"', QStringLiteral("\\\""));
        parts.append(u'"' + argument + u'"');
    }
    return parts.join(u' ');
}
#elif defined(Q_OS_MACOS)
QByteArray launchAgentPlist(const QString &program, const QStringList &arguments)
{
    QByteArray document;
    QXmlStreamWriter writer(&document);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                   "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    writer.writeStartElement(QStringLiteral("plist"));
    writer.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    writer.writeStartElement(QStringLiteral("dict"));
    writer.writeTextElement(QStringLiteral("key"), QStringLiteral("Label"));
    writer.writeTextElement(QStringLiteral("string"), kAppId);
    writer.writeTextElement(QStringLiteral("key"), QStringLiteral("ProgramArguments"));
    writer.writeStartElement(QStringLiteral("array"));
    writer.writeTextElement(QStringLiteral("string"), program);
    for (const QString &argument : arguments)
        writer.writeTextElement(QStringLiteral("string"), argument);
    writer.writeEndElement();
    writer.writeTextElement(QStringLiteral("key"), QStringLiteral("RunAtLoad"));
    writer.writeEmptyElement(QStringLiteral("true"));
    writer.writeTextElement(QStringLiteral("key"), QStringLiteral("ProcessType"));
    writer.writeTextElement(QStringLiteral("string"), QStringLiteral("Interactive"));
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return document;
}
#else
QByteArray desktopEntry(const QString &program, const QStringList &arguments)
{
    const QString text = QStringLiteral("[Desktop Entry]\n"
                                        "Type=Application\n"
                                        "Name=Fanout\n"
                                        "Comment=Keep social media account connections alive on your own computer\n"
                                        "Icon=%1\n"
                                        "Exec=%2\n"
                                        "Terminal=false\n"
                                        "X-GNOME-Autostart-enabled=true\n")
                             .arg(kAppId, Autostart::desktopExecLine(program, arguments));
    return text.toUtf8();
}
#endif

#if !defined(Q_OS_WIN)
Expected<void> writeFile(const QString &path, const QByteArray &contents)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::StorageError, Autostart::tr("The folder %1 cannot be created.").arg(folder));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return fail(ErrorCode::StorageError,
                    Autostart::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Expected<void> removeFile(const QString &path)
{
    QFile file(path);
    if (file.exists() && !file.remove())
        return fail(ErrorCode::StorageError,
                    Autostart::tr("%1 cannot be removed: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}
#endif

} // namespace

Autostart::Autostart(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
}

QString Autostart::desktopExecLine(const QString &program, const QStringList &arguments)
{
    // Characters that force an argument into double quotes.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QStringList parts;
    for (const QString &argument : QStringList{program} + arguments) {
        QString quoted = argument;
        // A literal percent sign would otherwise start a field code such as %f.
        quoted.replace(u'%', QStringLiteral("%%"));
        const bool needsQuotes =
            quoted.isEmpty() || std::any_of(quoted.cbegin(), quoted.cend(), [](QChar c) { return reserved.contains(c); });
        if (needsQuotes) {
            QString escaped;
            for (const QChar c : std::as_const(quoted)) {
                if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                    escaped += u'\\';
                escaped += c;
            }
            quoted = u'"' + escaped + u'"';
        }
        parts.append(quoted);
    }
    // The Exec value is also a desktop-entry string, whose own escapes come
    // on top: a backslash is written twice and control characters as \n, \t, \r.
    QString line = parts.join(u' ');
    line.replace(u'\\', QStringLiteral("\\\\"));
    line.replace(u'\n', QStringLiteral("\\n"));
    line.replace(u'\t', QStringLiteral("\\t"));
    line.replace(u'\r', QStringLiteral("\\r"));
    return line;
}

QString Autostart::location() const
{
#if defined(Q_OS_WIN)
    return kRunKey + u'\\' + kRunValue;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + kAppId + QStringLiteral(".plist");
#else
    // QStandardPaths reads XDG_CONFIG_HOME on every call, with ~/.config as its default.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/")
           + kAppId + QStringLiteral(".desktop");
#endif
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunValue);
#else
    return QFile::exists(location());
#endif
}

Expected<void> Autostart::setEnabled(bool enabled)
{
    // NOTE: only the XDG branch has run (Debian 12, in tst_autostart). The
    // Windows and macOS branches compile only on their own systems and have
    // never been built or run.
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(kRunValue, windowsCommandLine(m_program, m_arguments));
    else
        run.remove(kRunValue);
    run.sync();
    if (run.status() != QSettings::NoError)
        return fail(ErrorCode::StorageError, Autostart::tr("The registry key %1 cannot be changed.").arg(kRunKey));
    Expected<void> result;
#elif defined(Q_OS_MACOS)
    Expected<void> result =
        enabled ? writeFile(location(), launchAgentPlist(m_program, m_arguments)) : removeFile(location());
#else
    Expected<void> result =
        enabled ? writeFile(location(), desktopEntry(m_program, m_arguments)) : removeFile(location());
#endif
    if (result)
        qCInfo(lcSettings) << "start at login" << (enabled ? "enabled" : "disabled");
    else
        qCWarning(lcSettings) << "could not change start at login, error" << errorCodeName(result.error().code);
    return result;
}

} // namespace fanout
