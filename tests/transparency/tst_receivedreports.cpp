#include "DatabaseTest.h"

#include "storage/Transaction.h"
#include "transparency/AnnualFigures.h"
#include "transparency/AnnualReportRepository.h"
#include "transparency/FormIndicators.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/PublicMeetingRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

// A report received as a file: stored with its file, hash and cells; the same file again changes
// nothing, a corrected one replaces the values (the old ones kept in the audit log). Its figures
// win over the office's records, which are shown beside them, and the totals count only the
// institutions that reported.
class TestReceivedReports final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private:
    static qint64 institution(const QSqlDatabase &db, const QString &name)
    {
        Institution i;
        i.name = name;
        i.kind = InstitutionKind::Ministry;
        i.liaisonName = QStringLiteral("Ana Test (fictiv)");
        return InstitutionRepository(db).add(i).value();
    }

    static ReceivedReport report(qint64 institutionId, const QString &sha,
                                 QList<ReportValue> values)
    {
        ReceivedReport r;
        r.institutionId = institutionId;
        r.year = 2025;
        r.receivedOn = QDate(2026, 2, 1);
        r.modelId = QStringLiteral("anexa-20");
        r.fileName = QStringLiteral("raport.xlsx");
        r.fileSha256 = sha;
        r.importedBy = QStringLiteral("tester");
        r.values = std::move(values);
        return r;
    }

    static Result<ReceiveOutcome> receive(const QSqlDatabase &db, const ReceivedReport &r)
    {
        return inTransaction(db, [&] { return AnnualReportRepository(db).receive(r); });
    }

    static const Figure &figure(const QList<Figure> &figures, const char *code)
    {
        return figures.at(FormIndicators::indexOf(QLatin1String(code)));
    }

private Q_SLOTS:
    void aReportIsStoredWithItsFileAndCells()
    {
        const QSqlDatabase db = m_db->connection();
        const qint64 id = institution(db, QStringLiteral("Ministerul Test (fictiv)"));
        const ReceivedReport r =
            report(id, QStringLiteral("aa11"),
                   {{QStringLiteral("A1"), qint64(12), QStringLiteral("C5")},
                    {QStringLiteral("A6_1"), QStringLiteral("Prin ordin al ministrului."),
                     QStringLiteral("C17")},
                    {QStringLiteral("D1"), QStringLiteral("good"), QStringLiteral("C60")}});
        const Result<ReceiveOutcome> outcome = receive(db, r);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(), ReceiveOutcome::Imported);
        const std::optional<ReceivedReport> back = AnnualReportRepository(db).received(id, 2025);
        QVERIFY(back);
        QCOMPARE(back->fileName, QStringLiteral("raport.xlsx"));
        QCOMPARE(back->fileSha256, QStringLiteral("aa11"));
        QCOMPARE(back->modelId, QStringLiteral("anexa-20"));
        QCOMPARE(back->importedBy, QStringLiteral("tester"));
        QCOMPARE(back->values, r.values);
        QVERIFY(AnnualFigures::reported(db, id, 2025));
    }

    void theSameFileAgainChangesNothing()
    {
        const QSqlDatabase db = m_db->connection();
        const qint64 id = institution(db, QStringLiteral("Ministerul Test (fictiv)"));
        const ReceivedReport r = report(id, QStringLiteral("aa11"),
                                        {{QStringLiteral("A1"), qint64(12), QStringLiteral("C5")}});
        QCOMPARE(receive(db, r).value(), ReceiveOutcome::Imported);
        const int audits = test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"));
        QCOMPARE(receive(db, r).value(), ReceiveOutcome::Unchanged);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    }

    void aCorrectedFileReplacesTheValuesAndKeepsTheOldOnes()
    {
        const QSqlDatabase db = m_db->connection();
        const qint64 id = institution(db, QStringLiteral("Ministerul Test (fictiv)"));
        QCOMPARE(receive(db, report(id, QStringLiteral("aa11"),
                                    {{QStringLiteral("A1"), qint64(12), QStringLiteral("C5")}}))
                     .value(),
                 ReceiveOutcome::Imported);
        QCOMPARE(receive(db, report(id, QStringLiteral("bb22"),
                                    {{QStringLiteral("A1"), qint64(14), QStringLiteral("C5")}}))
                     .value(),
                 ReceiveOutcome::Replaced);
        QCOMPARE(AnnualReportRepository(db).received(id, 2025)->values.first().value.toLongLong(),
                 qint64(14));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM transparency_report")), 1);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT old_values, new_values FROM audit_log WHERE table_name = 'transparency_report' "
            "AND action = 'update'")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QLatin1String("\"A1\":12")),
                 qPrintable(q.value(0).toString()));
        QVERIFY2(q.value(1).toString().contains(QLatin1String("\"A1\":14")),
                 qPrintable(q.value(1).toString()));
    }

    void aBadValueIsRefusedAndNothingIsWritten()
    {
        const QSqlDatabase db = m_db->connection();
        const qint64 id = institution(db, QStringLiteral("Ministerul Test (fictiv)"));
        const Result<ReceiveOutcome> outcome =
            receive(db, report(id, QStringLiteral("aa11"),
                               {{QStringLiteral("A1"), qint64(-3), QStringLiteral("C5")}}));
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().contains(QLatin1String("A1")), qPrintable(outcome.error()));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM transparency_report")), 0);
    }

    void theReportWinsAndTheRecordsAreShownBeside()
    {
        const QSqlDatabase db = m_db->connection();
        const qint64 id = institution(db, QStringLiteral("Ministerul Test (fictiv)"));
        for (int i = 0; i < 2; ++i) { // the office's records: two public meetings in 2025
            PublicMeeting m;
            m.institutionId = id;
            m.heldOn = QDate(2025, 3, 3 + i);
            m.subject = QStringLiteral("Ședință");
            m.isPublic = true;
            QVERIFY(PublicMeetingRepository(db).add(m).ok());
        }
        QCOMPARE(receive(db, report(id, QStringLiteral("aa11"),
                                    {{QStringLiteral("B1"), qint64(5), QStringLiteral("C40")},
                                     {QStringLiteral("A7"), qint64(10), QStringLiteral("C20")},
                                     {QStringLiteral("A7_1"), qint64(4), QStringLiteral("C21")}}))
                     .value(),
                 ReceiveOutcome::Imported);
        const Result<QList<Figure>> figures = AnnualFigures::compute(db, id, 2025);
        QVERIFY(figures.ok());
        const Figure &b1 = figure(*figures, "B1");
        QCOMPARE(b1.source, FigureSource::Report);
        QCOMPARE(b1.value.toLongLong(), qint64(5));
        QCOMPARE(b1.cell, QStringLiteral("C40"));
        QVERIFY(b1.recordsProvided);
        QCOMPARE(b1.recordsValue.toLongLong(), qint64(2));
        QVERIFY(b1.differsFromRecords());
        // The share is recomputed from the report's own figures, never typed: 4 of 10.
        QCOMPARE(figure(*figures, "A7_2").source, FigureSource::Report);
        QCOMPARE(figure(*figures, "A7_2").value.toDouble(), 40.0);
        // A figure the report does not give and no record gives is unknown, not zero.
        QVERIFY(!figure(*figures, "A3_3").provided);
        QCOMPARE(figure(*figures, "A3_3").displayValue(), QString());
    }

    void theTotalsCountOnlyTheInstitutionsThatReported()
    {
        const QSqlDatabase db = m_db->connection();
        const qint64 reported =
            institution(db, QStringLiteral("Ministerul Care A Raportat (fictiv)"));
        const qint64 silent = institution(db, QStringLiteral("Ministerul Tăcut (fictiv)"));
        PublicMeeting m; // the silent one has records, which must not be added in
        m.institutionId = silent;
        m.heldOn = QDate(2025, 3, 3);
        m.subject = QStringLiteral("Ședință");
        QVERIFY(PublicMeetingRepository(db).add(m).ok());
        QVERIFY(receive(db, report(reported, QStringLiteral("aa11"),
                                   {{QStringLiteral("B1"), qint64(5), QStringLiteral("C40")}}))
                    .ok());
        const Result<QList<Figure>> totals = AnnualFigures::totals(db, 2025);
        QVERIFY(totals.ok());
        QCOMPARE(figure(*totals, "B1").value.toLongLong(), qint64(5));
        QCOMPARE(figure(*totals, "B1").source, FigureSource::Report);
        QCOMPARE(AnnualFigures::missing(db, 2025).size(), qsizetype(1));
        QCOMPARE(AnnualFigures::missing(db, 2025).first().id, silent);
    }

    void theConclusionsOfAYearAreKept()
    {
        AnnualReportRepository reports(m_db->connection());
        QVERIFY(reports.setConclusions(2025, QStringLiteral("  Recomandăm publicarea minutelor.  "))
                    .ok());
        QCOMPARE(reports.conclusions(2025), QStringLiteral("Recomandăm publicarea minutelor."));
        QCOMPARE(reports.conclusions(2024), QString());
        QVERIFY(reports.setConclusions(2025, QString()).ok());
        QCOMPARE(reports.conclusions(2025), QString());
        QCOMPARE(test::scalar(m_db->connection(),
                              QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                             "table_name = 'transparency_conclusions'")),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestReceivedReports)
#include "tst_receivedreports.moc"
