#include "DatabaseTest.h"
#include "Seeding.h"

#include "transparency/AnnualReportRepository.h"
#include "transparency/DeadlineRules.h"
#include "transparency/DraftActRepository.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/PublicMeetingRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace dc;

// The transparency records: every write is one transaction with its audit row, and bad input is
// refused with a message that names the field, leaving nothing behind.
class TestTransparencyRecords final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private:
    static qint64 count(const QSqlDatabase &db, const QString &table)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    static qint64 addInstitution(const QSqlDatabase &db,
                                 const QString &name = QStringLiteral("Ministerul Testelor"))
    {
        Institution i;
        i.name = name;
        i.kind = InstitutionKind::Ministry;
        i.liaisonName = QStringLiteral("Ana Test");
        const Result<qint64> id = InstitutionRepository(db).add(i);
        return id ? id.value() : 0;
    }

    static DraftAct goodDraft(qint64 institutionId)
    {
        DraftAct d;
        d.institutionId = institutionId;
        d.title = QStringLiteral("Proiect de test");
        d.announcedOn = QDate(2025, 3, 3);
        d.recommendationsDeadline = QDate(2025, 3, 13);
        return d;
    }

    static PublicMeeting goodMeeting(qint64 institutionId)
    {
        PublicMeeting m;
        m.institutionId = institutionId;
        m.heldOn = QDate(2025, 5, 20);
        m.subject = QStringLiteral("Ședința de test");
        m.announcedOn = QDate(2025, 5, 15);
        m.participants = 10;
        m.recommendationsExpressed = 3;
        m.recommendationsIncluded = 1;
        return m;
    }

    // A write for badInput: the error of adding the record that @p change makes of a good one.
    using Write = std::function<QString(const QSqlDatabase &, qint64)>;
    static Write draftWith(const std::function<void(DraftAct &)> &change)
    {
        return [change](const QSqlDatabase &db, qint64 institutionId) {
            DraftAct d = goodDraft(institutionId);
            change(d);
            return DraftActRepository(db).add(d).error();
        };
    }
    static Write meetingWith(const std::function<void(PublicMeeting &)> &change)
    {
        return [change](const QSqlDatabase &db, qint64 institutionId) {
            PublicMeeting m = goodMeeting(institutionId);
            change(m);
            return PublicMeetingRepository(db).add(m).error();
        };
    }

private Q_SLOTS:
    void institutionRoundTripWithAudit()
    {
        Institution i;
        i.name = QStringLiteral("  Consiliul  Județean Ţest ");
        i.kind = InstitutionKind::CountyCouncil;
        i.countyId = 14;
        i.liaisonName = QStringLiteral("Elena Test");
        i.liaisonFunction = QStringLiteral("consilier");
        i.liaisonEmail = QStringLiteral("Elena@Example.org");
        i.liaisonPhone = QStringLiteral("0264 123 456");
        InstitutionRepository repository(m_db->connection());
        const Result<qint64> id = repository.add(i);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const std::optional<Institution> stored = repository.find(id.value());
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral(u"Consiliul Județean Țest"));
        QCOMPARE(stored->liaisonEmail, QStringLiteral("elena@example.org"));
        QCOMPARE(stored->countyId, 14);
        QVERIFY(!stored->isCentral());
        QCOMPARE(
            count(m_db->connection(), QStringLiteral("audit_log WHERE table_name = 'institution'")),
            1);
        QCOMPARE(repository.findIdByName(QStringLiteral("consiliul judetean test")), id.value());

        Institution changed = *stored;
        changed.liaisonName = QStringLiteral("Dan Test");
        QVERIFY(repository.update(changed).ok());
        QCOMPARE(repository.find(id.value())->liaisonName, QStringLiteral("Dan Test"));
        QCOMPARE(
            count(m_db->connection(), QStringLiteral("audit_log WHERE table_name = 'institution'")),
            2);

        const Result<qint64> twice = repository.add(i);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().startsWith(QLatin1String("Name:")));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::addColumn<Write>("write");
        QTest::newRow("adoption before announcement")
            << QStringLiteral("draft_act") << QStringLiteral("Adoption date")
            << draftWith([](DraftAct &d) {
                   d.status = DraftActStatus::Adopted;
                   d.adoptedOn = QDate(2025, 3, 1);
               });
        QTest::newRow("debate before it was requested")
            << QStringLiteral("draft_act") << QStringLiteral("Debate date")
            << draftWith([](DraftAct &d) {
                   d.debateRequested = true;
                   d.debateRequester = DebateRequester::Person;
                   d.debateRequesterName = QStringLiteral("Ion Test");
                   d.debateRequestedOn = QDate(2025, 3, 10);
                   d.debateHeld = true;
                   d.debateHeldOn = QDate(2025, 3, 8);
               });
        QTest::newRow("negative debate participants")
            << QStringLiteral("draft_act") << QStringLiteral("Debate participants")
            << draftWith([](DraftAct &d) {
                   d.debateHeld = true;
                   d.debateHeldOn = QDate(2025, 3, 20);
                   d.debateParticipants = -4;
               });
        QTest::newRow("sent for endorsement before the announcement")
            << QStringLiteral("draft_act") << QStringLiteral("Sent for endorsement")
            << draftWith([](DraftAct &d) { d.sentForApprovalOn = QDate(2025, 3, 1); });
        QTest::newRow("adopted before it was sent for endorsement")
            << QStringLiteral("draft_act") << QStringLiteral("Adoption date")
            << draftWith([](DraftAct &d) {
                   d.status = DraftActStatus::Adopted;
                   d.sentForApprovalOn = QDate(2025, 4, 14);
                   d.adoptedOn = QDate(2025, 4, 10);
               });
        QTest::newRow("urgency without its reason")
            << QStringLiteral("draft_act") << QStringLiteral("Procedure reason")
            << draftWith([](DraftAct &d) { d.procedure = DraftProcedure::Urgency; });
        QTest::newRow("closed meeting with no legal reason")
            << QStringLiteral("public_meeting") << QStringLiteral("Reason for a closed meeting")
            << meetingWith([](PublicMeeting &m) { m.isPublic = false; });
        QTest::newRow("included more than expressed")
            << QStringLiteral("public_meeting") << QStringLiteral("Recommendations included")
            << meetingWith([](PublicMeeting &m) { m.recommendationsIncluded = 4; });
        QTest::newRow("negative participants")
            << QStringLiteral("public_meeting") << QStringLiteral("Participants")
            << meetingWith([](PublicMeeting &m) { m.participants = -1; });
        QTest::newRow("recommendation before the announcement")
            << QStringLiteral("recommendation") << QStringLiteral("Date received")
            << Write([](const QSqlDatabase &db, qint64 inst) {
                   const Result<qint64> draft = DraftActRepository(db).add(goodDraft(inst));
                   Recommendation r;
                   r.draftId = draft.value();
                   r.authorKind = RecommendationAuthor::Person;
                   r.authorName = QStringLiteral("Ion Test");
                   r.receivedOn = QDate(2025, 3, 1);
                   r.text = QStringLiteral("Text");
                   return DraftActRepository(db).addRecommendation(r).error();
               });
        QTest::newRow("rejection without justification")
            << QStringLiteral("recommendation") << QStringLiteral("Justification")
            << Write([](const QSqlDatabase &db, qint64 inst) {
                   const Result<qint64> draft = DraftActRepository(db).add(goodDraft(inst));
                   return DraftActRepository(db)
                       .addRecommendation(test::testRecommendation(
                           draft.value(), QDate(2025, 3, 5), RecommendationDecision::Rejected))
                       .error();
               });
        QTest::newRow("local authority without county")
            << QStringLiteral("institution") << QStringLiteral("County")
            << Write([](const QSqlDatabase &db, qint64) {
                   Institution i;
                   i.name = QStringLiteral("Primăria Test");
                   i.kind = InstitutionKind::CityHall;
                   return InstitutionRepository(db).add(i).error();
               });
        QTest::newRow("court case out of range")
            << QStringLiteral("court_case") << QStringLiteral("Year")
            << Write([](const QSqlDatabase &db, qint64 inst) {
                   CourtCase c;
                   c.institutionId = inst;
                   c.year = 1999;
                   return PublicMeetingRepository(db).addCourtCase(c).error();
               });
    }
    void badInput()
    {
        QFETCH(QString, table);
        QFETCH(QString, field);
        QFETCH(Write, write);
        const qint64 institution = addInstitution(m_db->connection());
        QVERIFY(institution > 0);
        const qint64 rowsBefore = count(m_db->connection(), table);
        const qint64 auditBefore = count(
            m_db->connection(), QStringLiteral("audit_log WHERE table_name = '%1'").arg(table));
        const QString error = write(m_db->connection(), institution);
        QVERIFY2(error.startsWith(field + QLatin1Char(':')) ||
                     error.contains(QLatin1Char('\n') + field + QLatin1Char(':')),
                 qPrintable(error));
        QCOMPARE(count(m_db->connection(), table), rowsBefore);
        QCOMPARE(count(m_db->connection(),
                       QStringLiteral("audit_log WHERE table_name = '%1'").arg(table)),
                 auditBefore);
    }

    // The day a draft was sent for endorsement (art. 7(2)) is kept, audited, and may be emptied.
    void draftKeepsTheDateSentForEndorsement()
    {
        const qint64 institution = addInstitution(m_db->connection());
        DraftActRepository repository(m_db->connection());
        DraftAct d = goodDraft(institution);
        d.status = DraftActStatus::Submitted;
        d.sentForApprovalOn = QDate(2025, 4, 14);
        d.submittedOn = QDate(2025, 5, 5);
        const Result<qint64> id = repository.add(d);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        std::optional<DraftAct> stored = repository.find(id.value());
        QVERIFY(stored);
        QCOMPARE(stored->sentForApprovalOn, QDate(2025, 4, 14));
        QCOMPARE(stored->submittedOn, QDate(2025, 5, 5));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sent_for_approval_on FROM draft_act")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2025-04-14"));
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT new_values FROM audit_log WHERE table_name = 'draft_act'")) &&
                q.next());
        QVERIFY2(q.value(0).toString().contains(
                     QLatin1String("\"sent_for_approval_on\":\"2025-04-14\"")),
                 qPrintable(q.value(0).toString()));

        stored->sentForApprovalOn = QDate();
        QVERIFY(repository.update(*stored).ok());
        QVERIFY(!repository.find(id.value())->sentForApprovalOn.isValid());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM draft_act WHERE sent_for_approval_on IS NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Step 8 adds the date to a database of an older version: its drafts keep everything they had,
    // get no date guessed from their submission, and art. 7(2) says it cannot be checked.
    void migrationLeavesOldDraftsWithoutTheDate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        auto opened = test::upgradedDatabase(
            path, 8,
            {QStringLiteral("INSERT INTO institution (id, name, name_sort, name_folded, kind, "
                            "created_at, updated_at) VALUES (1, 'Ministerul Vechi', 'ministerul "
                            "vechi', 'ministerul vechi', 'ministry', '2025-01-01', '2025-01-01')"),
             QStringLiteral(
                 "INSERT INTO draft_act (id, institution_id, title, kind, status, announced_on, "
                 "recommendations_deadline, submitted_on, created_at, updated_at) VALUES (1, 1, "
                 "'Proiect vechi', 'order', 'submitted', '2025-03-03', '2025-03-13', '2025-04-14', "
                 "'2025-01-01', '2025-01-01')")});
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
        const std::optional<DraftAct> d = DraftActRepository(opened.value()->connection()).find(1);
        QVERIFY(d);
        QCOMPARE(d->title, QStringLiteral("Proiect vechi"));
        QCOMPARE(d->submittedOn, QDate(2025, 4, 14));
        QVERIFY(!d->sentForApprovalOn.isValid());
        const QList<DeadlineWarning> w = DeadlineRules::check(*d);
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().kind, DeadlineWarning::Kind::CannotBeChecked);
    }

    void aBrokenDeadlineIsSaved()
    {
        const qint64 institution = addInstitution(m_db->connection());
        DraftAct d = goodDraft(institution);
        d.recommendationsDeadline = QDate(2025, 3, 5); // 2 days: art. 7(4) broken, still recorded
        const Result<qint64> id = DraftActRepository(m_db->connection()).add(d);
        QVERIFY2(id.ok(), qPrintable(id.error()));
    }

    void removingADraftRemovesItsRecommendationsWithAudit()
    {
        const qint64 institution = addInstitution(m_db->connection());
        DraftActRepository repository(m_db->connection());
        const Result<qint64> draft = repository.add(goodDraft(institution));
        QVERIFY(
            repository.addRecommendation(test::testRecommendation(draft.value(), QDate(2025, 3, 5)))
                .ok());
        QVERIFY(repository.remove(draft.value()).ok());
        QCOMPARE(count(m_db->connection(), QStringLiteral("recommendation")), 0);
        QCOMPARE(count(m_db->connection(), QStringLiteral("audit_log WHERE action = 'delete'")), 2);
        QVERIFY(InstitutionRepository(m_db->connection()).remove(institution).ok());
    }

    void institutionWithRecordsIsNotRemoved()
    {
        const qint64 institution = addInstitution(m_db->connection());
        QVERIFY(DraftActRepository(m_db->connection()).add(goodDraft(institution)).ok());
        const Status s = InstitutionRepository(m_db->connection()).remove(institution);
        QVERIFY(!s.ok());
        QCOMPARE(count(m_db->connection(), QStringLiteral("institution")), 1);
    }

    void reportIsReplacedNotDuplicated()
    {
        const qint64 institution = addInstitution(m_db->connection());
        AnnualReportRepository reports(m_db->connection());
        QVERIFY(
            reports.setReport({0, institution, 2025, QDate(2026, 1, 20), QStringLiteral("Bine")})
                .ok());
        QVERIFY(reports
                    .setReport(
                        {0, institution, 2025, QDate(2026, 1, 21), QStringLiteral("Foarte bine")})
                    .ok());
        QCOMPARE(count(m_db->connection(), QStringLiteral("transparency_report")), 1);
        QCOMPARE(reports.report(institution, 2025)->selfEvaluation, QStringLiteral("Foarte bine"));
        QVERIFY(!reports.setReport({0, institution, 2025, QDate(2024, 12, 1), QString()}).ok());
    }
};

QTEST_GUILESS_MAIN(TestTransparencyRecords)
#include "tst_transparencyrecords.moc"
