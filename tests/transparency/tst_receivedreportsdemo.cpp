#include "DatabaseTest.h"

#include "Lookup.h"
#include "demo/DemoDataset.h"
#include "transparency/AnnualFigures.h"
#include "transparency/AnnualReportRepository.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/ReportStatus.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

// The demo's received reports: files the demo writes as the institutions would have filled in the
// published model, read back through the office's importer. For 2025 one report is late (the
// county council's), one says what the office's records do not (the ministry's), one is missing
// (the city hall's); loading the demo again changes nothing.
class TestReceivedReportsDemo final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    QSqlDatabase db() const { return m_db->connection(); }

    qint64 institution(const QString &name) const
    {
        return InstitutionRepository(db()).findIdByName(name).value_or(0);
    }

    qint64 count(const QString &table) const
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    const ReportStatus *status(const QList<ReportStatus> &list, const QString &name) const
    {
        return test::findFirst(
            list, [&name](const ReportStatus &s) { return s.institution.name == name; });
    }

private Q_SLOTS:
    void reportsReceivedAsFiles()
    {
        const Result<DemoSummary> demo = DemoDataset::load(db());
        QVERIFY2(demo, qPrintable(demo.error()));
        QCOMPARE(demo->receivedReports.line(),
                 QStringLiteral(
                     "received reports: read 2, imported 2, replaced 0, unchanged 0, warnings 1"));
        QCOMPARE(demo->transparency.reports, 3); // the reports typed before stay as they were

        const qint64 ministry = institution(QStringLiteral("Ministerul Exemplului (fictiv)"));
        const std::optional<ReceivedReport> report =
            AnnualReportRepository(db()).received(ministry, 2025);
        QVERIFY(report);
        QCOMPARE(report->fileName, QStringLiteral("Raport-2025-Ministerul-Exemplului.xlsx"));
        QCOMPARE(report->modelId, QStringLiteral("anexa-20"));
        QCOMPARE(report->values.size(), 44); // every figure of the current model but the percentage
        QCOMPARE(report->fileSha256.size(), 64);
        const std::optional<ReceivedReport> county = AnnualReportRepository(db()).received(
            institution(QStringLiteral(u"Consiliul Județean Exemplu (fictiv)")), 2025);
        QVERIFY(county);
        QCOMPARE(county->fileName, QStringLiteral("raport-2025-cj-exemplu.csv"));
        QCOMPARE(county->values.size(), 43); // A6_2 left unanswered

        // The warning: the ministry says 5 recommendations received, its records hold 4.
        const Result<QList<Figure>> figures = AnnualFigures::compute(db(), ministry, 2025);
        QVERIFY(figures);
        QStringList differing;
        for (const Figure &f : figures.value()) {
            QCOMPARE(f.source,
                     FigureSource::Report); // every figure, the percentage computed from two
            if (f.differsFromRecords())
                differing << f.code + QLatin1Char('=') + f.displayValue() + QLatin1Char('/') +
                                 Figure::displayValue(f.code, f.recordsValue);
        }
        QCOMPARE(differing, QStringList{QStringLiteral("A7=5/4")});
    }

    void oneLateOneMissing()
    {
        QVERIFY(DemoDataset::load(db()));
        const Result<QList<ReportStatus>> statuses =
            ReportStatus::forYear(db(), 2025, QDate(2026, 12, 5));
        QVERIFY(statuses);
        const ReportStatus *county =
            status(statuses.value(), QStringLiteral(u"Consiliul Județean Exemplu (fictiv)"));
        QVERIFY(county);
        QCOMPARE(county->state, ReportStatus::State::Late);
        QCOMPARE(county->receivedOn, QDate(2026, 6, 3));
        QCOMPARE(county->daysLate, 19); // 15 May to 3 June
        const ReportStatus *ministry =
            status(statuses.value(), QStringLiteral("Ministerul Exemplului (fictiv)"));
        QCOMPARE(ministry->state, ReportStatus::State::Received);
        QCOMPARE(ministry->receivedOn, QDate(2026, 1, 20));
        const ReportStatus *cityHall =
            status(statuses.value(), QStringLiteral(u"Primăria Orașului Model (fictiv)"));
        QCOMPARE(cityHall->state, ReportStatus::State::Missing);
    }

    void loadingAgainChangesNothing()
    {
        QVERIFY(DemoDataset::load(db()));
        const qint64 audit = count(QStringLiteral("audit_log"));
        const qint64 values = count(QStringLiteral("transparency_report_value"));
        const Result<DemoSummary> again = DemoDataset::load(db());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->receivedReports.line(),
                 QStringLiteral(
                     "received reports: read 2, imported 0, replaced 0, unchanged 2, warnings 1"));
        QCOMPARE(count(QStringLiteral("audit_log")), audit);
        QCOMPARE(count(QStringLiteral("transparency_report_value")), values);
    }
};

QTEST_GUILESS_MAIN(TestReceivedReportsDemo)
#include "tst_receivedreportsdemo.moc"
