// Start at login through a real XDG autostart file, checked with
// desktop-file-validate, and the preferences AppSettings keeps in QSettings.
// HOME and XDG_CONFIG_HOME point into a temporary folder for the whole run.
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/application.h"
#include "app/core/appsettings.h"
#include "app/core/autostart.h"

using namespace fanout;

class tst_Autostart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void execLine_data();
    void execLine();
    void enableWritesValidEntry();
    void enableTwiceKeepsOneEntry();
    void disableRemovesEntry();
    void disableWithoutEntrySucceeds();
    void unwritableFolderFails();

    void settingsDefaults();
    void settingsPersist();
    void unknownLanguageRejected();

private:
    [[nodiscard]] static QString validate(const QString &path);

    QTemporaryDir m_home;
};

void tst_Autostart::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Set before the first QSettings or QStandardPaths call, which cache neither
    // the file nor the folder on Linux but read the variables when first used.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    setApplicationIdentity();
}

void tst_Autostart::init()
{
    QFile::remove(Autostart(QStringLiteral("/usr/bin/fanout")).location());
    AppSettings settings;
    QSettings(settings.fileName(), QSettings::IniFormat).clear();
}

QString tst_Autostart::validate(const QString &path)
{
    QProcess validator;
    validator.start(QStringLiteral("desktop-file-validate"), {path});
    if (!validator.waitForFinished(30000))
        return QStringLiteral("desktop-file-validate did not run: ") + validator.errorString();
    // It prints hints as well as errors; only an error sets the exit code.
    if (validator.exitStatus() != QProcess::NormalExit || validator.exitCode() != 0)
        return QString::fromLocal8Bit(validator.readAllStandardOutput() + validator.readAllStandardError());
    return {};
}

void tst_Autostart::execLine_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("/usr/bin/fanout") << QStringList{} << QStringLiteral("/usr/bin/fanout");
    QTest::newRow("argument") << QStringLiteral("/usr/bin/fanout") << QStringList{QStringLiteral("--hidden")}
                              << QStringLiteral("/usr/bin/fanout --hidden");
    QTest::newRow("space") << QStringLiteral("/opt/My Apps/fanout") << QStringList{}
                           << QStringLiteral("\"/opt/My Apps/fanout\"");
    // $ and " are escaped inside the quotes, and that backslash is doubled
    // again by the string escaping of the whole value.
    QTest::newRow("dollar") << QStringLiteral("/opt/a$b/fanout") << QStringList{}
                            << QStringLiteral("\"/opt/a\\\\$b/fanout\"");
    QTest::newRow("quote") << QStringLiteral("/opt/a\"b/fanout") << QStringList{}
                           << QStringLiteral("\"/opt/a\\\\\"b/fanout\"");
    QTest::newRow("backslash") << QStringLiteral("/opt/a\\b/fanout") << QStringList{}
                               << QStringLiteral("\"/opt/a\\\\\\\\b/fanout\"");
    QTest::newRow("percent") << QStringLiteral("/opt/100%/fanout") << QStringList{}
                             << QStringLiteral("/opt/100%%/fanout");
    QTest::newRow("empty argument") << QStringLiteral("/usr/bin/fanout") << QStringList{QString()}
                                    << QStringLiteral("/usr/bin/fanout \"\"");
}

void tst_Autostart::execLine()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(Autostart::desktopExecLine(program, arguments), expected);
}

void tst_Autostart::enableWritesValidEntry()
{
    const QString program = m_home.filePath(QStringLiteral("My Apps/fan$out"));
    Autostart autostart(program);
    QCOMPARE(autostart.location(),
             m_home.filePath(QStringLiteral("config/autostart/org.fanout.Fanout.desktop")));
    QVERIFY(!autostart.isEnabled());

    const Expected<void> enabled = autostart.setEnabled(true);
    QVERIFY2(enabled, enabled ? "" : qPrintable(enabled.error().detail));
    QVERIFY(autostart.isEnabled());

    QFile file(autostart.location());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QCOMPARE(lines.first(), QStringLiteral("[Desktop Entry]"));
    QVERIFY(lines.contains(QStringLiteral("Type=Application")));
    QVERIFY(lines.contains(QStringLiteral("Exec=\"") + m_home.path() + QStringLiteral("/My Apps/fan\\\\$out\"")));

    const QString problems = validate(autostart.location());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void tst_Autostart::enableTwiceKeepsOneEntry()
{
    Autostart first(QStringLiteral("/usr/bin/fanout"));
    QVERIFY(first.setEnabled(true));
    Autostart second(QStringLiteral("/usr/local/bin/fanout"));
    QVERIFY(second.setEnabled(true));

    const QStringList entries =
        QDir(QFileInfo(first.location()).absolutePath()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    QCOMPARE(entries, QStringList{QStringLiteral("org.fanout.Fanout.desktop")});
    QFile file(first.location());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\nExec=/usr/local/bin/fanout\n"));
}

void tst_Autostart::disableRemovesEntry()
{
    Autostart autostart(QStringLiteral("/usr/bin/fanout"));
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(QFile::exists(autostart.location()));

    const Expected<void> disabled = autostart.setEnabled(false);
    QVERIFY2(disabled, disabled ? "" : qPrintable(disabled.error().detail));
    QVERIFY(!QFile::exists(autostart.location()));
    QVERIFY(!autostart.isEnabled());
}

void tst_Autostart::disableWithoutEntrySucceeds()
{
    Autostart autostart(QStringLiteral("/usr/bin/fanout"));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(false));
    QVERIFY(!autostart.isEnabled());
}

void tst_Autostart::unwritableFolderFails()
{
    // A file where the autostart folder belongs; file modes would not stop root.
    const QString folder = QFileInfo(Autostart(QStringLiteral("/usr/bin/fanout")).location()).absolutePath();
    QVERIFY(QDir(folder).removeRecursively());
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    Autostart autostart(QStringLiteral("/usr/bin/fanout"));
    const Expected<void> enabled = autostart.setEnabled(true);
    QVERIFY(blocker.remove());
    QVERIFY(!enabled);
    QCOMPARE(enabled.error().code, ErrorCode::StorageError);
    QVERIFY2(enabled.error().detail.contains(folder), qPrintable(enabled.error().detail));
    QVERIFY(!autostart.isEnabled());
}

void tst_Autostart::settingsDefaults()
{
    AppSettings settings;
    QCOMPARE(settings.fileName(), m_home.filePath(QStringLiteral("config/Fanout/Fanout.conf")));
    QVERIFY(settings.notificationsEnabled());
    QVERIFY(settings.closeToTray(true));
    QVERIFY(!settings.closeToTray(false));
    QCOMPARE(settings.theme(), Theme::System);
    QCOMPARE(settings.language(), QString());
}

void tst_Autostart::settingsPersist()
{
    {
        AppSettings settings;
        settings.setNotificationsEnabled(false);
        settings.setCloseToTray(false);
        settings.setTheme(Theme::Dark);
        QVERIFY(settings.setLanguage(QStringLiteral("de")));
        QVERIFY(settings.sync());
    }
    AppSettings reread;
    QVERIFY(!reread.notificationsEnabled());
    QVERIFY(!reread.closeToTray(true));
    QCOMPARE(reread.theme(), Theme::Dark);
    QCOMPARE(reread.language(), QStringLiteral("de"));

    reread.setTheme(Theme::System);
    QVERIFY(reread.setLanguage(QString()));
    QVERIFY(reread.sync());
    AppSettings third;
    QCOMPARE(third.theme(), Theme::System);
    QCOMPARE(third.language(), QString());
}

void tst_Autostart::unknownLanguageRejected()
{
    AppSettings settings;
    QVERIFY(settings.setLanguage(QStringLiteral("fr")));
    const Expected<void> rejected = settings.setLanguage(QStringLiteral("xx"));
    QVERIFY(!rejected);
    QCOMPARE(rejected.error().code, ErrorCode::InvalidInput);
    QCOMPARE(settings.language(), QStringLiteral("fr"));

    // A hand-edited value outside the list reads as "follow the system".
    QSettings(settings.fileName(), QSettings::IniFormat).setValue(QStringLiteral("window/language"),
                                                                   QStringLiteral("klingon"));
    QCOMPARE(AppSettings().language(), QString());
}

QTEST_GUILESS_MAIN(tst_Autostart)
#include "tst_autostart.moc"
