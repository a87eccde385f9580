// Text from platforms and files made safe to show: singleLineText() and
// terminalText() (app/core/displaytext.h).

#include <QTest>

#include "app/core/displaytext.h"

using namespace fanout;

class tst_DisplayText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesUnsafe_data();
    void replacesUnsafe();
};

void tst_DisplayText::replacesUnsafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("singleLine");
    QTest::addColumn<QString>("terminal");

    const QString r(QChar::ReplacementCharacter);
    QTest::newRow("plain") << QStringLiteral("Alice Example") << QStringLiteral("Alice Example")
                           << QStringLiteral("Alice Example");
    QTest::newRow("escape sequence") << QStringLiteral("\x1b[2Jx") << r + QStringLiteral("[2Jx")
                                     << r + QStringLiteral("[2Jx");
    QTest::newRow("bell and delete") << QStringLiteral("a\x07z\x7f") << QStringLiteral("a") + r + u'z' + r
                                     << QStringLiteral("a") + r + u'z' + r;
    QTest::newRow("C1 control sequence introducer")
        << QStringLiteral("a\u009bz") << QStringLiteral("a") + r + u'z' << QStringLiteral("a") + r + u'z';
    QTest::newRow("line breaks") << QStringLiteral("a\r\nb\tc") << QStringLiteral("a") + r + r + u'b' + r + u'c'
                                 << QStringLiteral("a") + r + QStringLiteral("\nb\tc");
    QTest::newRow("line and paragraph separators")
        << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a") + r + u'b' + r + u'c'
        << QStringLiteral("a") + r + u'b' + r + u'c';
    QTest::newRow("override and isolate") << QStringLiteral("\u202Egnp.exe\u2066x\u2069")
                                          << r + QStringLiteral("gnp.exe") + r + u'x' + r
                                          << r + QStringLiteral("gnp.exe") + r + u'x' + r;
    // Direction marks and right-to-left letters belong to real names.
    QTest::newRow("right-to-left name") << QStringLiteral("\u05D0\u05D1\u200F 2") << QStringLiteral("\u05D0\u05D1\u200F 2")
                                        << QStringLiteral("\u05D0\u05D1\u200F 2");
    QTest::newRow("emoji") << QStringLiteral("Cat \U0001F408") << QStringLiteral("Cat \U0001F408")
                           << QStringLiteral("Cat \U0001F408");
}

void tst_DisplayText::replacesUnsafe()
{
    QFETCH(QString, text);
    QFETCH(QString, singleLine);
    QFETCH(QString, terminal);
    QCOMPARE(singleLineText(text), singleLine);
    QCOMPARE(terminalText(text), terminal);
}

QTEST_GUILESS_MAIN(tst_DisplayText)
#include "tst_displaytext.moc"
