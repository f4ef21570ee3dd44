#include "DatabaseTest.h"
#include "Lookup.h"
#include "Seeding.h"

#include "transparency/AnnualFigures.h"
#include "transparency/AnnualReportRepository.h"
#include "transparency/DraftActRepository.h"
#include "transparency/FormIndicators.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/PublicMeetingRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

// Every figure of the evaluation form computed from a small hand-made fixture whose answers are
// counted by hand in the comments; manual entries only where no record provides the figure.
class TestAnnualFigures final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private:
    static qint64 institution(const QSqlDatabase &db, const QString &name, bool liaison = true)
    {
        return test::addInstitution(db, name, InstitutionKind::Ministry,
                                    liaison ? QStringLiteral("Ana Test") : QString());
    }

    static qint64 draft(const QSqlDatabase &db, DraftAct d)
    {
        return test::addedId(DraftActRepository(db).add(d));
    }

    static void meeting(const QSqlDatabase &db, PublicMeeting m)
    {
        test::addedId(PublicMeetingRepository(db).add(m));
    }

    // The fixture of one institution for 2025, with records of 2024 that must not count.
    static qint64 fixture(const QSqlDatabase &db)
    {
        const qint64 inst = institution(db, QStringLiteral("Ministerul Fixturii"));
        DraftAct d1; // announced on all three channels, adopted, debate requested by an association
        d1.institutionId = inst;
        d1.title = QStringLiteral("D1");
        d1.status = DraftActStatus::Adopted;
        d1.announcedOn = QDate(2025, 2, 3);
        d1.announcedOnWebsite = d1.announcedAtHeadquarters = d1.announcedInMedia = true;
        d1.submittedOn = QDate(2025, 3, 20);
        d1.adoptedOn = QDate(2025, 4, 1);
        d1.infoRequestsFromPersons = 2;
        d1.infoRequestsFromAssociations = 1;
        d1.sentToPersons = true;
        d1.debateRequested = true;
        d1.debateRequester = DebateRequester::Association;
        d1.debateRequesterName = QStringLiteral("Asociația A");
        d1.debateRequestedOn = QDate(2025, 2, 5);
        d1.debateHeld = true;
        d1.debatePublishedOn = QDate(2025, 2, 6);
        d1.debateHeldOn = QDate(2025, 2, 10);
        const qint64 id1 = draft(db, d1);

        DraftAct d2; // urgency, website only, a debate at the authority's initiative
        d2.institutionId = inst;
        d2.title = QStringLiteral("D2");
        d2.status = DraftActStatus::Adopted;
        d2.announcedOn = QDate(2025, 5, 5);
        d2.announcedOnWebsite = true;
        d2.adoptedOn = QDate(2025, 5, 6);
        d2.procedure = DraftProcedure::Urgency;
        d2.procedureReason = QStringLiteral("Urgent");
        d2.infoRequestsFromAssociations = 3;
        d2.sentToAssociations = true;
        d2.debateHeld = true;
        d2.debateHeldOn = QDate(2025, 5, 6);
        const qint64 id2 = draft(db, d2);

        DraftAct d3; // announced in 2024, adopted in 2025 under an exception
        d3.institutionId = inst;
        d3.title = QStringLiteral("D3");
        d3.status = DraftActStatus::Adopted;
        d3.announcedOn = QDate(2024, 12, 10);
        d3.announcedOnWebsite = true;
        d3.adoptedOn = QDate(2025, 1, 20);
        d3.procedure = DraftProcedure::Exempt;
        d3.procedureReason = QStringLiteral("Excepție");
        const qint64 id3 = draft(db, d3);

        DraftAct d4; // announced at the headquarters only, not adopted
        d4.institutionId = inst;
        d4.title = QStringLiteral("D4");
        d4.announcedOn = QDate(2025, 11, 3);
        d4.announcedAtHeadquarters = true;
        draft(db, d4);

        test::addRecommendation(db, id1, QDate(2025, 2, 7), RecommendationDecision::Accepted, true);
        test::addRecommendation(db, id1, QDate(2025, 2, 8),
                                RecommendationDecision::PartiallyAccepted, false);
        test::addRecommendation(db, id1, QDate(2025, 2, 9), RecommendationDecision::Rejected, true,
                                true);
        test::addRecommendation(db, id2, QDate(2025, 5, 5), RecommendationDecision::Rejected, false,
                                false);
        test::addRecommendation(db, id3, QDate(2024, 12, 15), RecommendationDecision::Accepted,
                                true); // 2024

        PublicMeeting m1;
        m1.institutionId = inst;
        m1.heldOn = QDate(2025, 3, 10);
        m1.subject = QStringLiteral("M1");
        m1.announcedOn = QDate(2025, 3, 5);
        m1.announcedAtHeadquarters = m1.announcedOnWebsite = true;
        m1.mediaPresent = true;
        m1.participants = 20;
        m1.recommendationsExpressed = 5;
        m1.recommendationsIncluded = 2;
        m1.minutesDrawnUp = m1.minutesPublished = true;
        meeting(db, m1);
        PublicMeeting m2;
        m2.institutionId = inst;
        m2.heldOn = QDate(2025, 6, 10);
        m2.subject = QStringLiteral("M2");
        m2.announcedOn = QDate(2025, 6, 1);
        m2.announcedOnWebsite = m2.announcedInMedia = true;
        m2.participants = 15;
        m2.recommendationsExpressed = 1;
        m2.recommendationsIncluded = 1;
        m2.minutesDrawnUp = true;
        meeting(db, m2);
        const std::pair<ClosedReason, int> closed[] = {
            {ClosedReason::Classified, 7}, {ClosedReason::SecretVote, 8}, {ClosedReason::Other, 9}};
        for (const auto &[reason, month] : closed) {
            PublicMeeting m;
            m.institutionId = inst;
            m.heldOn = QDate(2025, month, 1);
            m.subject = QStringLiteral("Închisă");
            m.isPublic = false;
            m.closedReason = reason;
            m.closedReasonText = QStringLiteral("Alt motiv");
            m.participants = 99; // officials only: never counted
            meeting(db, m);
        }
        PublicMeeting m6 = m1; // 2024
        m6.heldOn = QDate(2024, 12, 1);
        m6.announcedOn = QDate(2024, 11, 25);
        meeting(db, m6);

        PublicMeetingRepository cases(db);
        for (const CourtCaseStatus status :
             {CourtCaseStatus::WonByPlaintiff, CourtCaseStatus::WonByInstitution,
              CourtCaseStatus::Pending, CourtCaseStatus::Pending})
            cases.addCourtCase({0, inst, 2025, QString(), QString(), status});
        cases.addCourtCase({0, inst, 2024, QString(), QString(), CourtCaseStatus::Pending});

        AnnualReportRepository(db).setReport(
            {0, inst, 2025, QDate(2026, 1, 15), QStringLiteral("Parteneriat bun.")});
        return inst;
    }

    static const Figure *figure(const QList<Figure> &figures, const QString &code)
    {
        return test::withCode(figures, code);
    }

private Q_SLOTS:
    void everyIndicatorIsTested()
    {
        QCOMPARE(int(FormIndicators::all().size()), formIndicatorCount);
        for (const FormIndicator &i : FormIndicators::all())
            QVERIFY(!FormIndicators::label(i).isEmpty());
    }

    void indicator_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        const char *const rows[][2] = {
            {"A1", "3"}, // D1, D2, D3 adopted in 2025
            {"A2", "3"}, // D1, D2, D4 announced in 2025
            {"A2_1", "2"},
            {"A2_2", "2"},
            {"A2_3", "1"},
            {"A3", "6"}, // 2 from persons + 4 from associations
            {"A3_1", "2"},
            {"A3_2", "4"}, // 1 + 3
            {"A4", "1"},
            {"A5", "1"},
            {"A6", "1"},
            {"A7", "4"}, // the 2024 recommendation does not count
            {"A7_1", "2"},
            {"A7_2", "50.0"},
            {"A8", "2"}, // accepted + partially accepted
            {"A8_1", "1"},
            {"A8_2", "1"},
            {"A8_3", "2"},
            {"A9", "2"}, // the total of the debates held: D1's (an association's) and D2's (the
                         // authority's)
            {"A9_1", "1"},
            {"A9_2", "1"},
            {"A10", "2"}, // urgency D2 + exception D3
            {"B1", "2"},
            {"B2_1", "1"},
            {"B2_2", "2"},
            {"B2_3", "1"},
            {"B3", "35"}, // 20 + 15; closed meetings not counted
            {"B4", "1"},
            {"B5", "6"},
            {"B6", "3"},
            {"B7", "3"},
            {"B7_a", "1"},
            {"B7_b", "1"},
            {"B7_c", "1"},
            {"B8", "2"}, // minutes drawn up: M1 and M2
            {"B9", "1"}, // minutes made public: M1
            {"C1", "4"},
            {"C1_a", "1"},
            {"C1_b", "1"},
            {"C1_c", "2"},
        };
        for (const auto &row : rows)
            QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromUtf8(row[1]);
        // The five codes that only the institution's report gives (A3_3, A6_1, A6_2, D1, D2) are
        // tested in tst_receivedreports; every other code is here.
        int reportOnly = 0;
        for (const FormIndicator &i : FormIndicators::all())
            reportOnly += i.family == FigureFamily::Report ? 1 : 0;
        QCOMPARE(reportOnly, 5);
        QCOMPARE(int(std::size(rows)) + reportOnly, formIndicatorCount);
    }
    void indicator()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const qint64 inst = fixture(m_db->connection());
        const Result<QList<Figure>> figures =
            AnnualFigures::compute(m_db->connection(), inst, 2025);
        QVERIFY2(figures.ok(), qPrintable(figures.error()));
        const Figure *f = figure(figures.value(), code);
        QVERIFY(f);
        QCOMPARE(f->displayValue(), expected);
        QCOMPARE(f->source, FigureSource::Records);
        QVERIFY(f->provided);

        // The totals over the one institution that reported are the same figures; one that did
        // not report (with records of its own) is not added in.
        const qint64 silent =
            institution(m_db->connection(), QStringLiteral("Instituția Care Nu A Raportat"), false);
        PublicMeeting extra;
        extra.institutionId = silent;
        extra.heldOn = QDate(2025, 3, 10);
        extra.subject = QStringLiteral("Neraportată");
        meeting(m_db->connection(), extra);
        const Result<QList<Figure>> totals = AnnualFigures::totals(m_db->connection(), 2025);
        QVERIFY(totals.ok());
        QCOMPARE(figure(totals.value(), code)->displayValue(), expected);
    }

    void shareGuardsTheDivisionByZero()
    {
        const qint64 inst = institution(m_db->connection(), QStringLiteral("Fără recomandări"));
        const Result<QList<Figure>> figures =
            AnnualFigures::compute(m_db->connection(), inst, 2025);
        QVERIFY(figures.ok());
        QCOMPARE(figure(figures.value(), QStringLiteral("A7_2"))->displayValue(),
                 QStringLiteral("n/a"));
        QVERIFY(figure(figures.value(), QStringLiteral("A7_2"))->value.isNull());
    }

    void manualEntryWhereNoRecordExists()
    {
        const qint64 inst =
            institution(m_db->connection(), QStringLiteral("Raport pe hârtie"), false);
        AnnualReportRepository reports(m_db->connection());
        QVERIFY(reports.setReport({0, inst, 2025, QDate(2026, 2, 1), QString()})
                    .ok()); // received on paper
        QVERIFY(reports.setManualFigure(inst, 2025, QStringLiteral("B1"), 4, QStringLiteral("ana"))
                    .ok());
        QVERIFY(reports.setManualFigure(inst, 2025, QStringLiteral("A6"), 2, QStringLiteral("ana"))
                    .ok());
        QVERIFY(reports.setManualFigure(inst, 2025, QStringLiteral("B1"), 5, QStringLiteral("dan"))
                    .ok()); // replaced
        const Result<QList<Figure>> figures =
            AnnualFigures::compute(m_db->connection(), inst, 2025);
        const Figure *b1 = figure(figures.value(), QStringLiteral("B1"));
        QCOMPARE(b1->displayValue(), QStringLiteral("5"));
        QCOMPARE(b1->source, FigureSource::Manual);
        QCOMPARE(b1->enteredBy, QStringLiteral("dan"));
        QVERIFY(b1->enteredAt.isValid());
        QCOMPARE(figure(figures.value(), QStringLiteral("A6"))->source, FigureSource::Manual);
        QCOMPARE(figure(figures.value(), QStringLiteral("B2_1"))->source, FigureSource::Records);
        QCOMPARE(figure(figures.value(), QStringLiteral("B2_1"))->provided, false);

        const Result<QList<Figure>> totals = AnnualFigures::totals(m_db->connection(), 2025);
        QCOMPARE(figure(totals.value(), QStringLiteral("B1"))->source, FigureSource::Manual);
        QCOMPARE(figure(totals.value(), QStringLiteral("B1"))->displayValue(), QStringLiteral("5"));
        QCOMPARE(reports.manualFigures(inst, 2025).size(), 2);
    }

    void manualEntryNeverOverridesRecords()
    {
        const qint64 inst = institution(m_db->connection(), QStringLiteral("Cu ședințe"));
        AnnualReportRepository reports(m_db->connection());
        // Typed from paper before the meetings were recorded...
        QVERIFY(reports.setManualFigure(inst, 2025, QStringLiteral("B1"), 9, QStringLiteral("ana"))
                    .ok());
        PublicMeeting m;
        m.institutionId = inst;
        m.heldOn = QDate(2025, 3, 10);
        m.announcedOn = QDate(2025, 3, 1);
        m.subject = QStringLiteral("M");
        meeting(m_db->connection(), m);
        // ...the records now provide B1: they win, the manual entry is ignored (and kept).
        const Result<QList<Figure>> figures =
            AnnualFigures::compute(m_db->connection(), inst, 2025);
        const Figure *b1 = figure(figures.value(), QStringLiteral("B1"));
        QCOMPARE(b1->displayValue(), QStringLiteral("1"));
        QCOMPARE(b1->source, FigureSource::Records);
        QVERIFY(b1->manualIgnored);
        // A new manual entry is refused where the records provide the figure, even a zero one.
        for (const char *code : {"B1", "B7"}) {
            const Status s = reports.setManualFigure(inst, 2025, QLatin1String(code), 3);
            QVERIFY(!s.ok());
            QVERIFY2(s.error().startsWith(QLatin1String(code) + QLatin1Char(':')),
                     qPrintable(s.error()));
        }
        // A6 comes from the liaison of the institution.
        QVERIFY(!reports.setManualFigure(inst, 2025, QStringLiteral("A6"), 3).ok());
    }

    void manualEntryRefusedForWhatIsNotACount_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("value");
        QTest::newRow("a share") << QStringLiteral("A7_2") << qint64(50);
        QTest::newRow("the evaluation") << QStringLiteral("D1") << qint64(1);
        QTest::newRow("a text of the report") << QStringLiteral("D2") << qint64(1);
        QTest::newRow("an unknown code") << QStringLiteral("Z9") << qint64(1);
        QTest::newRow("a negative number") << QStringLiteral("B1") << qint64(-1);
    }
    void manualEntryRefusedForWhatIsNotACount()
    {
        QFETCH(QString, code);
        QFETCH(qint64, value);
        const qint64 inst = institution(m_db->connection(), QStringLiteral("Instituția"), false);
        const Status s =
            AnnualReportRepository(m_db->connection()).setManualFigure(inst, 2025, code, value);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(code), qPrintable(s.error()));
        QVERIFY(AnnualReportRepository(m_db->connection()).manualFigures(inst, 2025).isEmpty());
    }

    void totalsAndMissingReports()
    {
        const qint64 a = fixture(m_db->connection());
        const qint64 b = institution(m_db->connection(), QStringLiteral("Agenția Fără Raport"));
        const qint64 c = institution(m_db->connection(), QStringLiteral("Consiliul Cu Raport"));
        PublicMeeting m;
        m.institutionId = b;
        m.heldOn = QDate(2025, 4, 1);
        m.announcedOn = QDate(2025, 3, 20);
        m.subject = QStringLiteral("M");
        m.participants = 5;
        meeting(m_db->connection(), m);
        AnnualReportRepository(m_db->connection())
            .setReport({0, c, 2025, QDate(2026, 2, 1), QString()});
        const Result<QList<Figure>> totals = AnnualFigures::totals(m_db->connection(), 2025);
        // Only the institutions that reported (a, c) are added up: b's meeting and liaison are not,
        // it is listed as missing instead of counted as zeros.
        QCOMPARE(figure(totals.value(), QStringLiteral("B1"))->displayValue(), QStringLiteral("2"));
        QCOMPARE(figure(totals.value(), QStringLiteral("B3"))->displayValue(),
                 QStringLiteral("35"));
        QCOMPARE(figure(totals.value(), QStringLiteral("A6"))->displayValue(), QStringLiteral("2"));
        const QList<Institution> missing = AnnualFigures::missing(m_db->connection(), 2025);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().id, b);
        QCOMPARE(AnnualFigures::missing(m_db->connection(), 2024).size(), 3);
        Q_UNUSED(a);
    }
};

QTEST_GUILESS_MAIN(TestAnnualFigures)
#include "tst_annualfigures.moc"
