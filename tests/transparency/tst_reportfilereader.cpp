#include "TestDatabase.h"

#include "ReportFiles.h"

#include "transparency/ReportFileReader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

// The files the institutions return, read into cells with their references before anything in
// them is recognized: XLSX (every kind of cell Excel writes), ODS (repeated rows and cells counted,
// never spelled out), CSV (line and column), and what cannot be read said plainly, with memory
// bounded whatever the file holds.
class TestReportFileReader final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// The cells of @p sheet as "REF=text", row after row.
    static QStringList cells(const ReportSheet &sheet)
    {
        QStringList list;
        for (const QList<ReportCell> &row : sheet.rows) {
            for (const ReportCell &c : row)
                list << c.reference + QLatin1Char('=') + c.text;
        }
        return list;
    }

private Q_SLOTS:
    void xlsxGivesEveryCellWithItsReference()
    {
        const QString file = path(QStringLiteral("cells.xlsx"));
        QVERIFY(test::writeXlsx(
            file,
            {
                test::sheetRow(
                    1, {test::textCell("A1", QStringLiteral(u"Numele autorității: Primăria"))}),
                test::sheetRow(12, {test::textCell("A12", QStringLiteral("A7")),
                                    test::numberCell("C12", "8"), test::numberCell("D12", "12.5")}),
                // Formulas: a cached number, a cached text, an error value.
                test::sheetRow(13, {test::formulaCell("C13", "C14/C12", "", "0.75"),
                                    test::formulaCell("D13", "\"x\"&amp;\"y\"", "str", "xy"),
                                    test::formulaCell("AB13", "C14/C15", "e", "#DIV/0!")}),
                test::sheetRow(14, {test::formulaCell("C14", "C12*C99", "e", "#VALUE!")}),
            }));
        const Result<ReportSheet> sheet = ReportFileReader::read(file);
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QCOMPARE(sheet->format, ReportSheet::Format::Xlsx);
        QCOMPARE(cells(*sheet),
                 (QStringList{QStringLiteral(u"A1=Numele autorității: Primăria"),
                              QStringLiteral("A12=A7"), QStringLiteral("C12=8"),
                              QStringLiteral("D12=12.5"), QStringLiteral("C13=0.75"),
                              QStringLiteral("D13=xy"), QStringLiteral("AB13=#DIV/0!"),
                              QStringLiteral("C14=#VALUE!")}));
        QCOMPARE(sheet->rows.at(1).at(1).row, 12);
        QCOMPARE(sheet->rows.at(1).at(1).column, 2);
    }

    void odsCountsRepeatedRowsAndCells()
    {
        const Result<ReportSheet> sheet =
            ReportFileReader::read(test::dataPath(QStringLiteral("reports/anexa-20-2025.ods")));
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QCOMPARE(sheet->format, ReportSheet::Format::Ods);
        const QStringList all = cells(*sheet);
        // A merged title, two repeated empty rows, then the institution's line (its <text:s/> a
        // space, its <text:span> part of the text).
        QCOMPARE(
            all.at(0),
            QStringLiteral(u"A1=RAPORT ANUAL privind transparența decizională pentru anul 2025"));
        QCOMPARE(all.at(1), QStringLiteral(u"A4=Numele autorității sau instituției publice: "
                                           u"Primăria Orașului Câmpia Verde (fictiv)"));
        QCOMPARE(all.at(2), QStringLiteral("A5=A. Procesul de elaborare a actelor normative"));
        QCOMPARE(all.at(3),
                 QStringLiteral(u"A6=1. Numărul proiectelor de acte normative adoptate"));
        QCOMPARE(all.at(4), QStringLiteral("B6=12"));
        // A value repeated over two columns is in both; a note on a cell is not its text; an
        // error value is its text.
        QVERIFY(all.contains(QStringLiteral("B10=2")));
        QVERIFY(all.contains(QStringLiteral("C10=2")));
        QVERIFY(all.contains(QStringLiteral("B20=8")));
        QVERIFY(all.contains(QStringLiteral("B22=#DIV/0!")));
        QVERIFY(!all.join(QLatin1Char('\n')).contains(QLatin1String("Verificat")));
        // The million empty rows at the end cost nothing; the second table is not read.
        QCOMPARE(sheet->rows.last().first().row, 55);
        QVERIFY(!sheet->truncated);
        QVERIFY(!all.contains(QStringLiteral("B1=999")));
    }

    void odsRepeatedNonEmptyRowStopsAtTheRowLimit()
    {
        const QString file = path(QStringLiteral("repeated.ods"));
        QVERIFY(test::writeOds(file,
                               "<table:table-row table:number-rows-repeated=\"1000000\">"
                               "<table:table-cell table:number-columns-repeated=\"16384\" "
                               "office:value-type=\"float\" office:value=\"1\"><text:p>1</text:p>"
                               "</table:table-cell></table:table-row>"));
        QElapsedTimer timer;
        timer.start();
        const Result<ReportSheet> sheet = ReportFileReader::read(file);
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QVERIFY(sheet->truncated);
        QCOMPARE(sheet->rows.size(), ReportFileReader::maxRows);
        QCOMPARE(sheet->rows.first().size(), ReportFileReader::maxColumns);
        QCOMPARE(sheet->rows.last().last().reference, QStringLiteral("CV2000"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void csvGivesLineAndColumn()
    {
        const Result<ReportSheet> sheet =
            ReportFileReader::read(test::dataPath(QStringLiteral("reports/anexa-20-2024.csv")));
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QCOMPARE(sheet->format, ReportSheet::Format::Csv);
        const QStringList all = cells(*sheet);
        QCOMPARE(all.at(0), QStringLiteral("L1:C1=Anexa nr. 20"));
        QVERIFY(all.contains(QStringLiteral(u"L3:C2=Prefectura Județului Exemplu (fictiv)")));
        QVERIFY(all.contains(QStringLiteral("L8:C1=1.")));
        QVERIFY(all.contains(QStringLiteral("L8:C3=4")));
    }

    void aCellsTextIsCut()
    {
        const QString file = path(QStringLiteral("long.csv"));
        QVERIFY(test::writeCsv(file, {QStringLiteral("A6_1;") + QString(50000, QLatin1Char('x'))}));
        const Result<ReportSheet> sheet = ReportFileReader::read(file);
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QCOMPARE(sheet->rows.first().at(1).text.size(), ReportFileReader::maxCellLength);
    }

    void tooMuchTextIsRefused()
    {
        // 1,000 lines of 100 cells of 30 characters: 3 million characters, far more than a report.
        const QStringList cells(100, QString(30, QLatin1Char('x')));
        const QStringList lines(1000, cells.join(QLatin1Char(';')));
        const QString file = path(QStringLiteral("text.csv"));
        QVERIFY(test::writeCsv(file, lines));
        const Result<ReportSheet> sheet = ReportFileReader::read(file);
        QVERIFY(!sheet);
        QVERIFY2(sheet.error().contains(QLatin1String("far more text than a report")),
                 qPrintable(sheet.error()));
    }

    void unreadableFilesSayWhatTheyAre_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("old Excel")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest") << QStringLiteral(".xls");
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n...") << QStringLiteral("PDF");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("abc\0def", 7) << QStringLiteral("not");
    }
    void unreadableFilesSayWhatTheyAre()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString file = path(QStringLiteral("raport.xlsx"));
        QVERIFY(test::writeFile(file, bytes));
        const Result<ReportSheet> sheet = ReportFileReader::read(file);
        QVERIFY(!sheet);
        QVERIFY2(sheet.error().startsWith(file), qPrintable(sheet.error()));
        QVERIFY2(sheet.error().contains(message), qPrintable(sheet.error()));
    }

    void missingFile()
    {
        const Result<ReportSheet> sheet =
            ReportFileReader::read(path(QStringLiteral("nowhere.xlsx")));
        QVERIFY(!sheet);
        QVERIFY(sheet.error().contains(QLatin1String("does not exist")));
    }

    void inflatingIsCapped_data()
    {
        QTest::addColumn<bool>("ods");
        QTest::newRow("xlsx") << false;
        QTest::newRow("ods") << true;
    }
    void inflatingIsCapped()
    {
        QFETCH(bool, ods);
        // 70 MB of spaces deflate to some 70 kB: reading stops at the limit instead of inflating
        // all.
        const QByteArray padding(70 * 1024 * 1024, ' ');
        const QString file = path(ods ? QStringLiteral("bomb.ods") : QStringLiteral("bomb.xlsx"));
        if (ods)
            QVERIFY(test::writeOds(file, padding));
        else
            QVERIFY(test::writeXlsx(file, {padding}));
        QVERIFY(QFileInfo(file).size() < 1024 * 1024);
        const Result<ReportSheet> sheet = ReportFileReader::read(file);
        QVERIFY(!sheet);
        QVERIFY2(sheet.error().contains(QLatin1String("more than 16 MB")),
                 qPrintable(sheet.error()));
    }

    // Issue 19: a cell longer than Excel allows (32,767 characters) refuses the file, naming the
    // cell, where it was cut silently before; so does an ODS file that inflates 200 times over.
    void odsOverACapIsRefused_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("message");
        QTest::newRow("cell of 40,000 characters")
            << QByteArray("<table:table-row><table:table-cell/><table:table-cell><text:p>" +
                          QByteArray(40'000, 'a') +
                          "</text:p></table:table-cell></table:table-row>")
            << QStringLiteral(": the spreadsheet is refused: cell B1 holds more than 32767 "
                              "characters, Excel's limit for one cell.");
        QTest::newRow("content of 15 MB of spaces")
            << QByteArray(15 * 1024 * 1024, ' ')
            << QStringLiteral(": the spreadsheet is refused: its content.xml inflates to more "
                              "than 200 times its compressed size, the limit (a \"zip bomb\").");
    }
    void odsOverACapIsRefused()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, message);
        const QString file = path(QStringLiteral("long.ods"));
        QVERIFY(test::writeOds(file, rows));
        const Result<ReportSheet> sheet = ReportFileReader::read(file);
        QVERIFY(!sheet);
        QVERIFY2(sheet.error().startsWith(file + message), qPrintable(sheet.error()));
    }

    void columnNames()
    {
        QCOMPARE(ReportFileReader::columnName(0), QStringLiteral("A"));
        QCOMPARE(ReportFileReader::columnName(25), QStringLiteral("Z"));
        QCOMPARE(ReportFileReader::columnName(26), QStringLiteral("AA"));
        QCOMPARE(ReportFileReader::columnName(701), QStringLiteral("ZZ"));
        QCOMPARE(ReportFileReader::columnName(702), QStringLiteral("AAA"));
        QCOMPARE(ReportFileReader::cellReference(12, 2), QStringLiteral("C12"));
    }
};

QTEST_GUILESS_MAIN(TestReportFileReader)
#include "tst_reportfilereader.moc"
