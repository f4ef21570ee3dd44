#include "DocumentSet.h"
#include "GoldenFiles.h"
#include "TestDatabase.h"
#include "core/Language.h"
#include "demo/DemoDataset.h"
#include "documents/DocumentLayout.h"
#include "documents/FiguresCsv.h"
#include "documents/PdfExport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

// Golden files of every document of the README (the program synthesis has its own, through the
// CLI, in tests/app/tst_synthesisgolden) in Romanian, English and Serbian: the PDF's text
// (pdftotext -layout) and the figures CSV, compared with the reviewed files in
// tests/data/golden, so that a wrong figure, word, date or page break shows up as a difference.
// The documents are built from the demo database (the register changes report from a small
// dataset of its own, see DocumentSet). Never rewritten by a normal run: to change them on
// purpose (new demo data, a wanted change of a document), run
//     DIALOGCIVIC_WRITE_GOLDEN=1 ctest --preset release -R golden
// read `git diff tests/data/golden` and commit the files with the reason.
// Its server twin builds them from the demo on a server: the same files.
class TestDocumentsGolden final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void cleanupTestCase() { Language::install(QStringLiteral("ro")); }

    void everyDocument_data() { dc::test::addLanguageRows(); }

    void everyDocument()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QFETCH(QString, language);
        QFETCH(QLocale, locale);
        QVERIFY(Language::install(language));
        QLocale::setDefault(locale);
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(DemoDataset::load(db.connection()).ok());
        // The demo stamps its manual entries with the time it is loaded: fixed here, so that the
        // reports' "entered by demo, on ..." do not change from one run to the next.
        QSqlQuery pin(db.connection());
        QVERIFY(pin.exec(QStringLiteral(
            "UPDATE transparency_manual_figure SET entered_at = '2026-03-01T09:00:00Z'")));
        QString error;
        const QList<test::NamedDocument> documents =
            test::everyDocument(db.database(), locale, QDate(2026, 3, 2), &error);
        QVERIFY2(!documents.isEmpty(), qPrintable(error));
        const PageDecoration decoration{
            QStringLiteral("Secretariatul General al Guvernului"),
            QStringLiteral("Serviciul pentru Cooperarea cu Mediul Asociativ"), locale, QString(),
            QString()};
        QStringList differences;
        for (const test::NamedDocument &named : documents) {
            if (named.name.startsWith(QLatin1String("program-synthesis")))
                continue; // tests/app/tst_synthesisgolden
            const QString base = QStringLiteral("%1.%2").arg(named.name, language);
            const QString pdf = m_dir.filePath(base + QStringLiteral(".pdf"));
            const QString csv = m_dir.filePath(base + QStringLiteral(".csv"));
            const Result<int> pages = PdfExport::write(named.document, pdf, decoration);
            QVERIFY2(pages.ok(), qPrintable(pages.error()));
            QVERIFY2(reports::writeFiguresCsv(named.document.figures, csv).ok(), qPrintable(csv));
            differences << test::golden::compareDocument(base, pdf, csv, locale);
        }
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestDocumentsGolden)
#include "tst_documentsgolden.moc"
