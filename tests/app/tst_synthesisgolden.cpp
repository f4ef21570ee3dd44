#include "TestDatabase.h"

#include "CliDatabase.h"
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
class TestSynthesisGolden final : public dc::test::CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void synthesis2021_data() { dc::test::addLanguageRows(); }

    void synthesis2021()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QFETCH(QString, language);
        QFETCH(QLocale, locale);
        const QString pdf = m_cli.filePath(QStringLiteral("synthesis-%1.pdf").arg(language));
        const QString csv = m_cli.filePath(QStringLiteral("synthesis-%1.csv").arg(language));
        const Run r =
            run({QStringLiteral("--lang"), language, QStringLiteral("report"),
                 QStringLiteral("synthesis"), QStringLiteral("--program"),
                 QStringLiteral("Promotorii"), QStringLiteral("--edition"), QStringLiteral("2021"),
                 QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QStringList differences = dc::test::golden::compareDocument(
            QStringLiteral("program-synthesis-2021.%1").arg(language), pdf, csv, locale);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSynthesisGolden)
#include "tst_synthesisgolden.moc"
