#include "TestDatabase.h"

#include "CliProcess.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Golden files of the program synthesis of 2021 (seeds 003 and 004) in Romanian, English and
// Serbian: the PDF's text (pdftotext -layout) and the figures CSV, compared with the reviewed
// files in tests/data/golden, so that a wrong figure, word or date shows up as a difference.
// The files are never rewritten by a normal run. To change them on purpose, run this test once
// with DIALOGCIVIC_WRITE_GOLDEN=1, read the new files and commit them with the reason.
class TestSynthesisGolden final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("golden.sqlite")); }

    static QString goldenPath(const QString &name)
    {
        return dc::test::dataPath(QStringLiteral("golden/") + name);
    }

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // The day of generation in the footer is the only thing that changes from one run to the
    // next: it is replaced by a mark. Trailing spaces (layout padding) are dropped.
    static QString normalized(QString text, const QLocale &locale)
    {
        const QDate today = QDate::currentDate();
        for (const QDate &day : {today, today.addDays(-1)})
            text.replace(locale.toString(day, QStringLiteral("d MMMM yyyy")),
                         QStringLiteral("<generation day>"));
        QStringList lines = text.split(QLatin1Char('\n'));
        for (QString &line : lines) {
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
        }
        return lines.join(QLatin1Char('\n'));
    }

    static QString firstDifference(const QString &expected, const QString &actual)
    {
        const QStringList e = expected.split(QLatin1Char('\n'));
        const QStringList a = actual.split(QLatin1Char('\n'));
        for (int i = 0; i < std::max(e.size(), a.size()); ++i) {
            if (e.value(i) != a.value(i))
                return QStringLiteral("line %1:\n  expected: %2\n  actual:   %3")
                    .arg(i + 1)
                    .arg(e.value(i), a.value(i));
        }
        return QString();
    }

    static QString readGolden(const QString &name)
    {
        QFile file(goldenPath(name));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromUtf8(file.readAll());
    }

    // Compares with the golden file, or writes it when asked to on purpose.
    static void compareWithGolden(const QString &name, const QString &actual)
    {
        if (qEnvironmentVariableIntValue("DIALOGCIVIC_WRITE_GOLDEN") == 1) {
            QDir().mkpath(QFileInfo(goldenPath(name)).absolutePath());
            QFile file(goldenPath(name));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(actual.toUtf8());
            qWarning("golden file written: %s (read it before committing)",
                     qPrintable(goldenPath(name)));
            return;
        }
        const QString expected = readGolden(name);
        QVERIFY2(!expected.isEmpty(),
                 qPrintable(QStringLiteral("missing golden file %1").arg(goldenPath(name))));
        QVERIFY2(expected == actual,
                 qPrintable(name + QStringLiteral(": ") + firstDifference(expected, actual)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("DIALOGCIVIC_BINARY")));
        const dc::test::CliRun r =
            dc::test::runCli({QStringLiteral("--database"), db(), QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 0);
    }

    void synthesis2021_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("ro") << QStringLiteral("ro") << QLocale(QLocale::Romanian, QLocale::Romania);
        QTest::newRow("en") << QStringLiteral("en")
                            << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("sr") << QStringLiteral("sr")
                            << QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia);
    }

    void synthesis2021()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QFETCH(QString, language);
        QFETCH(QLocale, locale);
        const QString pdf = m_dir.filePath(QStringLiteral("synthesis-%1.pdf").arg(language));
        const QString csv = m_dir.filePath(QStringLiteral("synthesis-%1.csv").arg(language));
        const dc::test::CliRun r = dc::test::runCli(
            {QStringLiteral("--database"), db(), QStringLiteral("--lang"), language,
             QStringLiteral("report"), QStringLiteral("synthesis"), QStringLiteral("--program"),
             QStringLiteral("Promotorii"), QStringLiteral("--edition"), QStringLiteral("2021"),
             QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QString text = normalized(pdfText(pdf), locale);
        QVERIFY(!text.isEmpty());
        compareWithGolden(QStringLiteral("program-synthesis-2021.%1.txt").arg(language), text);

        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        compareWithGolden(QStringLiteral("program-synthesis-2021.%1.csv").arg(language),
                          normalized(QString::fromUtf8(file.readAll()), locale));
    }
};

QTEST_GUILESS_MAIN(TestSynthesisGolden)
#include "tst_synthesisgolden.moc"
