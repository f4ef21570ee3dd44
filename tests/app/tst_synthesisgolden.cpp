#include "TestDatabase.h"

#include "CliProcess.h"
#include "GoldenFiles.h"

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

        using namespace dc::test::golden;
        const QString text = normalized(pdfText(pdf), locale);
        QVERIFY(!text.isEmpty());
        const QString textDifference =
            compare(QStringLiteral("program-synthesis-2021.%1.txt").arg(language), text);
        QVERIFY2(textDifference.isEmpty(), qPrintable(textDifference));

        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csvDifference =
            compare(QStringLiteral("program-synthesis-2021.%1.csv").arg(language),
                    normalized(QString::fromUtf8(file.readAll()), locale));
        QVERIFY2(csvDifference.isEmpty(), qPrintable(csvDifference));
    }
};

QTEST_GUILESS_MAIN(TestSynthesisGolden)
#include "tst_synthesisgolden.moc"
