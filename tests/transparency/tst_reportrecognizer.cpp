#include "DatabaseTest.h"

#include "Lookup.h"
#include "ReportFiles.h"

#include "transparency/ReportFileReader.h"
#include "transparency/ReportModelRepository.h"
#include "transparency/ReportRecognizer.h"

#include <QTest>

using namespace dc;

// The items of the report recognized in the files the institutions return, whatever their layout:
// our own form (by its codes and its marker), the older model (label | code | value, its printed
// codes: A9 is A9_1, A_10 is A10, D is D1), the current model (numbering and label | value, also as
// ODS and CSV). Bad cells are rejected one by one with a message that names the cell and what is
// wrong, and never stop the good ones; figures that do not add up are warnings.
class TestReportRecognizer final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    QList<ReportModel> m_models;

    QString path(const QString &name) const { return m_db->filePath(name); }

    RecognizedReport recognizeFile(const QString &file, int yearHint = 0) const
    {
        const Result<ReportSheet> sheet = ReportFileReader::read(file);
        if (!sheet) {
            qWarning("%s", qPrintable(sheet.error()));
            return {};
        }
        return ReportRecognizer::recognize(sheet.value(), m_models, yearHint);
    }

    RecognizedReport recognizeCsv(const QStringList &lines, int yearHint = 0) const
    {
        const QString file = path(QStringLiteral("report.csv"));
        if (!test::writeCsv(file, lines))
            qWarning("cannot write %s", qPrintable(file));
        return recognizeFile(file, yearHint);
    }

    static const ReportValue *value(const RecognizedReport &r, const QString &code)
    {
        return test::withCode(r.values, code);
    }

    /// "CODE=value@cell" for each value, in order.
    static QStringList described(const RecognizedReport &r)
    {
        QStringList list;
        for (const ReportValue &v : r.values)
            list << v.code + QLatin1Char('=') + v.value.toString() + QLatin1Char('@') + v.cell;
        return list;
    }

    /// "CODE=value" for each value, in order.
    static QStringList valuesOnly(const RecognizedReport &r)
    {
        QStringList list;
        for (const ReportValue &v : r.values)
            list << v.code + QLatin1Char('=') + v.value.toString();
        return list;
    }

    /// The lines of a CSV report of the current model with @p rows under a header naming the year.
    static QStringList currentCsv(const QStringList &rows)
    {
        return QStringList{
                   QStringLiteral(u"Numele autorității sau instituției publice:;Primăria Test"),
                   QStringLiteral("Anul:;2025")} +
               rows;
    }

    void prepare() override
    {
        m_models = ReportModelRepository(m_db->connection()).models();
        QCOMPARE(m_models.size(), 2);
    }

private Q_SLOTS:
    void ourFormByItsCodesAndMarker()
    {
        const RecognizedReport r =
            recognizeFile(test::dataPath(QStringLiteral("reports/form-anexa-20-2025.xlsx")));
        QCOMPARE(r.modelId, QStringLiteral("anexa-20"));
        QVERIFY(r.modelMarked);
        QCOMPARE(r.institution, QStringLiteral("Ministerul Formularelor (fictiv)"));
        QCOMPARE(r.institutionCell, QStringLiteral("B1"));
        QCOMPARE(r.year, 2025);
        QCOMPARE(r.yearCell, QStringLiteral("B3"));
        QVERIFY2(r.rejected.isEmpty(), qPrintable(r.rejected.value(0).message));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.value(0).message));
        QCOMPARE(r.itemsFound, 45);    // every figure, A7_2 and the unanswered D2 included
        QCOMPARE(r.values.size(), 43); // not A7_2 (recomputed, never read), not D2 (left empty)
        // Row 11 is section A; A1 is on row 12, in column C.
        QCOMPARE(r.values.first(),
                 (ReportValue{QStringLiteral("A1"), qint64(5), QStringLiteral("C12")}));
        QCOMPARE(value(r, QStringLiteral("A9"))->value, QVariant(qint64(4)));
        QCOMPARE(value(r, QStringLiteral("A9_1"))->value, QVariant(qint64(3)));
        QCOMPARE(value(r, QStringLiteral("A9_2"))->value, QVariant(qint64(1)));
        QCOMPARE(value(r, QStringLiteral("A6_2"))->value,
                 QVariant(QStringLiteral(u"Direcția de dialog social.")));
        QCOMPARE(value(r, QStringLiteral("D1"))->value, QVariant(QStringLiteral("very_good")));
        QVERIFY(!value(r, QStringLiteral("A7_2")));
        QVERIFY(!value(r, QStringLiteral("D2")));
    }

    void olderModelWithPrintedCodesBesideTheLabels()
    {
        const RecognizedReport r =
            recognizeFile(test::dataPath(QStringLiteral("reports/older-2020.xlsx")));
        QCOMPARE(r.modelId, QStringLiteral("raport-anual-coduri"));
        QVERIFY(!r.modelMarked);
        QCOMPARE(r.institution, QStringLiteral(u"Primăria Orașului Marea Albă (fictiv)"));
        QCOMPARE(r.institutionCell, QStringLiteral("A2"));
        QCOMPARE(r.year, 2020); // from the title, not from "Legii nr. 52/2003"
        QCOMPARE(r.yearCell, QStringLiteral("A1"));
        QVERIFY2(r.rejected.isEmpty(), qPrintable(r.rejected.value(0).message));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.value(0).message));
        QCOMPARE(r.values.size(), 34); // every item of the older model
        QCOMPARE(r.values.first(),
                 (ReportValue{QStringLiteral("A1"), qint64(40), QStringLiteral("C5")}));
        // The printed A9 is the debates at the request of associations, A_10 is A10, D is D1.
        QCOMPARE(value(r, QStringLiteral("A9_1"))->value, QVariant(qint64(1)));
        QVERIFY(!value(r, QStringLiteral("A9")));
        QCOMPARE(value(r, QStringLiteral("A10"))->value, QVariant(qint64(2)));
        QCOMPARE(value(r, QStringLiteral("D1"))->value, QVariant(QStringLiteral("satisfactory")));
        QCOMPARE(value(r, QStringLiteral("B3"))->value, QVariant(qint64(150)));
    }

    void currentModelByNumberingAndLabel()
    {
        const RecognizedReport r =
            recognizeFile(test::dataPath(QStringLiteral("reports/anexa-20-2025.xlsx")));
        QCOMPARE(r.modelId, QStringLiteral("anexa-20"));
        QCOMPARE(r.institution, QStringLiteral(u"Primăria Orașului Câmpia Verde (fictiv)"));
        QCOMPARE(r.year, 2025);
        QVERIFY2(r.rejected.isEmpty(), qPrintable(r.rejected.value(0).message));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.value(0).message));
        QCOMPARE(r.values.size(), 44); // every item but the percentage
        const QStringList all = described(r);
        QCOMPARE(all.first(), QStringLiteral("A1=12@B7"));
        // "a) pe site-ul propriu" under "2.", "3.1.", "9.1." then "a) asociații legal constituite",
        // the sections numbered again from 1, "a) afișare la sediul propriu" under B's "2.".
        for (const char *expected :
             {"A2=10@B8", "A2_1=10@B9", "A2_3=2@B11", "A3_3=7@B15", "A7=8@B21", "A9=3@B28",
              "A9_1=2@B30", "A9_2=1@B31", "A10=2@B32", "B1=24@B34", "B2_1=24@B36", "B2_3=5@B38",
              "B7_b=1@B45", "B9=24@B48", "C1_c=1@B53", "D1=good@B55"})
            QVERIFY2(all.contains(QLatin1String(expected)), expected);
        QCOMPARE(value(r, QStringLiteral("D2"))->value,
                 QVariant(QStringLiteral(u"Consultări online înaintea fiecărei ședințe.")));
    }

    void odsGivesWhatTheWorkbookGives()
    {
        const RecognizedReport xlsx =
            recognizeFile(test::dataPath(QStringLiteral("reports/anexa-20-2025.xlsx")));
        const RecognizedReport ods =
            recognizeFile(test::dataPath(QStringLiteral("reports/anexa-20-2025.ods")));
        QCOMPARE(ods.modelId, QStringLiteral("anexa-20"));
        QCOMPARE(ods.institution, xlsx.institution);
        QCOMPARE(ods.year, 2025);
        QCOMPARE(valuesOnly(ods), valuesOnly(xlsx));
        QVERIFY(ods.rejected.isEmpty()); // the percentage's #DIV/0! is recomputed, never an error
        QVERIFY(ods.warnings.isEmpty());
        QCOMPARE(value(ods, QStringLiteral("A1"))->cell, QStringLiteral("B6"));
    }

    void ourFormSavedByLibreOffice()
    {
        // The form as LibreOffice Calc 7.4 saves it (soffice --convert-to ods): its own repeated
        // cells and styles, the hidden marker column, the percentage's formula with its value.
        const RecognizedReport xlsx =
            recognizeFile(test::dataPath(QStringLiteral("reports/form-anexa-20-2025.xlsx")));
        const RecognizedReport ods = recognizeFile(
            test::dataPath(QStringLiteral("reports/form-anexa-20-2025-libreoffice.ods")));
        QVERIFY(ods.modelMarked);
        QCOMPARE(ods.institution, xlsx.institution);
        QCOMPARE(ods.year, 2025);
        QCOMPARE(described(ods), described(xlsx));
        QVERIFY(ods.rejected.isEmpty());
        QVERIFY(ods.warnings.isEmpty());
    }

    void csvWithTheNumberingInAColumnOfItsOwn()
    {
        const RecognizedReport r =
            recognizeFile(test::dataPath(QStringLiteral("reports/anexa-20-2024.csv")));
        QCOMPARE(r.modelId, QStringLiteral("anexa-20"));
        QCOMPARE(r.institution, QStringLiteral(u"Prefectura Județului Exemplu (fictiv)"));
        QCOMPARE(r.institutionCell, QStringLiteral("L3:C2"));
        QCOMPARE(r.year, 2024);
        QCOMPARE(r.yearCell, QStringLiteral("L4:C2"));
        QVERIFY2(r.rejected.isEmpty(), qPrintable(r.rejected.value(0).message));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.value(0).message));
        QCOMPARE(r.values.size(), 42); // A6_2 and D2 left empty, the percentage never read
        const QStringList all = described(r);
        for (const char *expected :
             {"A1=4@L8:C3", "A2_1=4@L10:C3", "B2_1=6@L37:C3", "B9=5@L49:C3", "D1=very_good@L56:C3"})
            QVERIFY2(all.contains(QLatin1String(expected)), expected);
    }

    void modelChosenByWhatTheCodesSay_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("debates");
        QTest::newRow("printed codes only: the older model, A9 is A9_1")
            << QStringList{QStringLiteral("A1;3"), QStringLiteral("A9;2"), QStringLiteral("A_10;1")}
            << QStringLiteral("raport-anual-coduri") << QStringLiteral("A9_1");
        QTest::newRow("a code only the current model has: A9 is the total")
            << QStringList{QStringLiteral("A1;3"), QStringLiteral("A9;2"), QStringLiteral("A9_2;1"),
                           QStringLiteral("A10;1")}
            << QStringLiteral("anexa-20") << QStringLiteral("A9");
    }
    void modelChosenByWhatTheCodesSay()
    {
        QFETCH(QStringList, rows);
        QFETCH(QString, model);
        QFETCH(QString, debates);
        const RecognizedReport r = recognizeCsv(currentCsv(rows));
        QCOMPARE(r.modelId, model);
        QVERIFY(value(r, debates));
        QCOMPARE(value(r, debates)->value, QVariant(qint64(2)));
        QCOMPARE(value(r, QStringLiteral("A10"))->value, QVariant(qint64(1)));
    }

    void aMarkerOfAnotherModelWins()
    {
        // Our form of the older model: its code column says A9_1, and the marker says the model.
        const RecognizedReport r = recognizeCsv(
            currentCsv({QStringLiteral(";;;Model: raport-anual-coduri"),
                        QStringLiteral("A9_1;A9 Numărul întâlnirilor;2"),
                        QStringLiteral("D1;D 1 Evaluarea proprie a parteneriatului;bună")}));
        QCOMPARE(r.modelId, QStringLiteral("raport-anual-coduri"));
        QVERIFY(r.modelMarked);
        QCOMPARE(described(r),
                 (QStringList{QStringLiteral("A9_1=2@L4:C3"), QStringLiteral("D1=good@L5:C3")}));
        QCOMPARE(r.warnings.size(), 1); // the older model is not the model of 2025
        QVERIFY(r.warnings.first().message.contains(QLatin1String("2025")));
    }

    void badCellsAreRejectedOneByOne_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("message");
        QTest::newRow("text") << QStringLiteral("A7;nu este cazul")
                              << QStringLiteral("\"nu este cazul\" is text");
        QTest::newRow("negative") << QStringLiteral("A7;-3") << QStringLiteral("-3 is negative");
        QTest::newRow("fraction") << QStringLiteral("A7;2,5")
                                  << QStringLiteral("2,5 is not a whole number");
        QTest::newRow("#DIV/0!") << QStringLiteral("A7;#DIV/0!")
                                 << QStringLiteral("the error #DIV/0!");
        QTest::newRow("#VALUE!") << QStringLiteral("A7;#VALUE!")
                                 << QStringLiteral("the error #VALUE!");
        QTest::newRow("LibreOffice's Err:502")
            << QStringLiteral("A7;Err:502") << QStringLiteral("the error Err:502");
        QTest::newRow("an error for a text")
            << QStringLiteral("A6_1;#N/A") << QStringLiteral("the error #N/A instead of a text");
        QTest::newRow("not an answer of D1")
            << QStringLiteral(u"D1;excelentă")
            << QStringLiteral(u"\"excelentă\" is not one of the answers (foarte bună, bună");
    }
    void badCellsAreRejectedOneByOne()
    {
        QFETCH(QString, row);
        QFETCH(QString, message);
        const RecognizedReport r = recognizeCsv(currentCsv(
            {QStringLiteral("A1;3"), row, QStringLiteral("A9_2;1"), QStringLiteral("B1;4")}));
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(r.rejected.first().cell, QStringLiteral("L4:C2"));
        QCOMPARE(r.rejected.first().code, row.section(QLatin1Char(';'), 0, 0));
        QVERIFY2(r.rejected.first().message.contains(message),
                 qPrintable(r.rejected.first().message));
        QVERIFY(
            r.rejected.first().message.startsWith(r.rejected.first().code + QLatin1String(": ")));
        // The good cells around it are read.
        QCOMPARE(valuesOnly(r), (QStringList{QStringLiteral("A1=3"), QStringLiteral("A9_2=1"),
                                             QStringLiteral("B1=4")}));
    }

    void goodNumbersInTheirUsualForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("number");
        QTest::newRow("plain") << QStringLiteral("12") << qint64(12);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("spaces around") << QStringLiteral(" 7 ") << qint64(7);
        QTest::newRow("thousands with a space") << QStringLiteral("1 234") << qint64(1234);
        QTest::newRow("thousands with a no-break space")
            << QStringLiteral(u"1\u00a0234") << qint64(1234);
        QTest::newRow("decimal zeros") << QStringLiteral("12,00") << qint64(12);
        QTest::newRow("minus zero") << QStringLiteral("-0") << qint64(0);
    }
    void goodNumbersInTheirUsualForms()
    {
        QFETCH(QString, text);
        QFETCH(qint64, number);
        const Result<qint64> n = ReportRecognizer::parseCount(text);
        QVERIFY2(n, qPrintable(n.error()));
        QCOMPARE(n.value(), number);
    }

    void thePercentageIsNeverReadNorRejected()
    {
        const RecognizedReport r =
            recognizeCsv(currentCsv({QStringLiteral("A7;4"), QStringLiteral("A7_1;0"),
                                     QStringLiteral("A7_2;#DIV/0!"), QStringLiteral("A9_2;0")}));
        QVERIFY(r.rejected.isEmpty());
        QCOMPARE(valuesOnly(r), (QStringList{QStringLiteral("A7=4"), QStringLiteral("A7_1=0"),
                                             QStringLiteral("A9_2=0")}));
    }

    void inconsistenciesAreWarnings_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("message");
        QTest::newRow("A3_1 + A3_2 > A3")
            << QStringList{QStringLiteral("A3;4"), QStringLiteral("A3_1;3"),
                           QStringLiteral("A3_2;2"), QStringLiteral("A9_2;0")}
            << QStringLiteral("L3:C2") << QStringLiteral("A3_1 + A3_2 = 5 is more than A3 = 4.");
        QTest::newRow("A7_1 > A7")
            << QStringList{QStringLiteral("A7;4"), QStringLiteral("A7_1;6")}
            << QStringLiteral("L3:C2") << QStringLiteral("A7_1 = 6 is more than A7 = 4.");
        QTest::newRow("A8 > A7") << QStringList{QStringLiteral("A7;4"), QStringLiteral("A8;5"),
                                                QStringLiteral("A9_2;0")}
                                 << QStringLiteral("L3:C2")
                                 << QStringLiteral("A8 = 5 is more than A7 = 4.");
        QTest::newRow("A9_1 + A9_2 != A9")
            << QStringList{QStringLiteral("A9;4"), QStringLiteral("A9_1;1"),
                           QStringLiteral("A9_2;1")}
            << QStringLiteral("L3:C2")
            << QStringLiteral("A9_1 + A9_2 = 2 differs from A9 = 4, their total.");
        QTest::newRow("C1_a + C1_b + C1_c != C1")
            << QStringList{QStringLiteral("C1;1"), QStringLiteral("C1_a;1"),
                           QStringLiteral("C1_b;1"), QStringLiteral("C1_c;0"),
                           QStringLiteral("A9_2;0")}
            << QStringLiteral("L3:C2")
            << QStringLiteral("C1_a + C1_b + C1_c = 2 differs from C1 = 1, their total.");
        QTest::newRow("B9 > B8") << QStringList{QStringLiteral("B8;2"), QStringLiteral("B9;3"),
                                                QStringLiteral("A9_2;0")}
                                 << QStringLiteral("L3:C2")
                                 << QStringLiteral("B9 = 3 is more than B8 = 2.");
    }
    void inconsistenciesAreWarnings()
    {
        QFETCH(QStringList, rows);
        QFETCH(QString, cell);
        QFETCH(QString, message);
        const RecognizedReport r = recognizeCsv(currentCsv(rows));
        QVERIFY(r.rejected.isEmpty());
        QCOMPARE(r.values.size(), rows.size()); // warned about, still read
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.first().cell, cell);
        QCOMPARE(r.warnings.first().message, message);
    }

    void figuresThatAddUpAreNotWarnedAbout()
    {
        QVERIFY(ReportRecognizer::inconsistencies({
                                                      {QStringLiteral("A3"), qint64(5), {}},
                                                      {QStringLiteral("A3_1"), qint64(3), {}},
                                                      {QStringLiteral("A3_2"), qint64(2), {}},
                                                      {QStringLiteral("A7"), qint64(4), {}},
                                                      {QStringLiteral("A8"), qint64(4), {}},
                                                      {QStringLiteral("A9"), qint64(2), {}},
                                                      {QStringLiteral("A9_1"), qint64(2), {}},
                                                  })
                    .isEmpty());
        // A total alone, or parts without their total, say nothing.
        QVERIFY(
            ReportRecognizer::inconsistencies({{QStringLiteral("A9"), qint64(3), {}}}).isEmpty());
        QVERIFY(
            ReportRecognizer::inconsistencies({{QStringLiteral("C1_a"), qint64(3), {}}}).isEmpty());
    }

    void theFirstValueOfAnItemWins()
    {
        const RecognizedReport r = recognizeCsv(
            currentCsv({QStringLiteral("A1;3"), QStringLiteral("A9_2;0"), QStringLiteral("A1;4")}));
        QCOMPARE(value(r, QStringLiteral("A1"))->value, QVariant(qint64(3)));
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.first().cell, QStringLiteral("L5:C2"));
    }

    void codesInTheirPrintedForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("A_10") << QStringLiteral("A_10") << QStringLiteral("A10");
        QTest::newRow("A10") << QStringLiteral("A10") << QStringLiteral("A10");
        QTest::newRow("A2_1") << QStringLiteral("A2_1") << QStringLiteral("A21");
        QTest::newRow("B7_a") << QStringLiteral("B7_a") << QStringLiteral("B7A");
        QTest::newRow("D") << QStringLiteral("D") << QStringLiteral("D");
        QTest::newRow("spaces and a dot") << QStringLiteral(" A 7. ") << QStringLiteral("A7");
        QTest::newRow("a part's letter is not a code") << QStringLiteral("a)") << QString();
        QTest::newRow("a word") << QStringLiteral("Anul") << QString();
        QTest::newRow("a number") << QStringLiteral("12") << QString();
    }
    void codesInTheirPrintedForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(ReportRecognizer::codeKey(text), key);
    }

    void yearAndInstitutionWhereverTheHeaderPutsThem()
    {
        const RecognizedReport r = recognizeCsv(
            {QStringLiteral(u"Raport privind aplicarea Legii nr. 52/2003"),
             QStringLiteral(u"Numele instituției:"), QStringLiteral(u"Ministerul Testelor"),
             QStringLiteral(u"Anul raportării: 2024"), QStringLiteral("A1;3"),
             QStringLiteral("A9_2;0")});
        QCOMPARE(r.institution, QStringLiteral("Ministerul Testelor"));
        QCOMPARE(r.institutionCell, QStringLiteral("L3:C1"));
        QCOMPARE(r.year, 2024);
        QCOMPARE(r.yearCell, QStringLiteral("L4:C1"));
    }

    void nothingOfAReportInAnotherSheet()
    {
        const RecognizedReport r =
            recognizeCsv({QStringLiteral("Nume;Prenume;Telefon"), QStringLiteral("Pop;Ion;0721")});
        QCOMPARE(r.itemsFound, 0);
        QVERIFY(r.values.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportRecognizer)
#include "tst_reportrecognizer.moc"
