#include "DatabaseTest.h"
#include "Seeding.h"
#include "core/NameMatcher.h"
#include "programs/ProgramRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

// Programs and editions: validation, one transaction per write with its audit rows, and the name
// matching that --program uses.
class TestProgramRepository final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    qint64 addProgram(const QString &name, const QString &code = QString())
    {
        Program p;
        p.name = name;
        p.code = code;
        const Result<qint64> id = ProgramRepository(m_db->connection()).addProgram(p);
        return id ? *id : 0;
    }

private Q_SLOTS:
    void addsAProgramWithItsAuditRow()
    {
        const qint64 id =
            addProgram(QStringLiteral(u"Programul Promotorii Voluntariatului în România"));
        QVERIFY(id > 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'program' "
                                  "AND action = 'insert'")),
            1);
        const auto p = ProgramRepository(m_db->connection()).find(id);
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral(u"Programul Promotorii Voluntariatului în România"));
    }

    void refusesASecondProgramOfTheSameName()
    {
        QVERIFY(addProgram(QStringLiteral("Programul Alfa")) > 0);
        Program p;
        p.name = QStringLiteral("PROGRAMUL  alfa");
        const Result<qint64> second = ProgramRepository(m_db->connection()).addProgram(p);
        QVERIFY(!second);
        QVERIFY2(second.error().contains(QLatin1String("already exists")),
                 qPrintable(second.error()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM program")), 1);
    }

    void editionValidation_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("problem");
        QTest::newRow("end before start")
            << QDate(2021, 12, 31) << QDate(2021, 1, 1) << 1 << QStringLiteral("before the start");
        // Issue 15: a period may be unknown, in whole or in part.
        QTest::newRow("no start") << QDate() << QDate(2021, 1, 1) << 1 << QString();
        QTest::newRow("no period") << QDate() << QDate() << 1 << QString();
        QTest::newRow("number zero")
            << QDate(2021, 1, 1) << QDate(2021, 12, 31) << 0 << QStringLiteral("Number");
        QTest::newRow("valid") << QDate(2021, 1, 1) << QDate(2021, 12, 31) << 1 << QString();
    }

    void editionValidation()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(int, number);
        QFETCH(QString, problem);
        const qint64 program = addProgram(QStringLiteral("Programul Beta"));
        Edition e;
        e.programId = program;
        e.number = number;
        e.year = 2021;
        e.startDate = start;
        e.endDate = end;
        const Result<qint64> id = ProgramRepository(m_db->connection()).addEdition(e);
        if (problem.isEmpty()) {
            QVERIFY2(id, qPrintable(id.error()));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM edition")), 1);
        } else {
            QVERIFY(!id);
            QVERIFY2(id.error().contains(problem), qPrintable(id.error()));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM edition")), 0);
            QCOMPARE(scalar(QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE table_name = 'edition'")),
                     0);
        }
    }

    void theDatabaseRefusesAnEndBeforeTheStartToo()
    {
        const qint64 program = addProgram(QStringLiteral("Programul Gama"));
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO edition (program_id, number, year, start_date, "
                                 "end_date, created_at, updated_at) "
                                 "VALUES (:p, 1, 2021, '2021-12-01', '2021-01-01', '', '')"));
        q.bindValue(QStringLiteral(":p"), program);
        QVERIFY(!q.exec());
    }

    void editionOfYearNamesTheYearsThereAre()
    {
        const qint64 program = addProgram(QStringLiteral("Programul Delta"));
        ProgramRepository repo(m_db->connection());
        for (int n : {1, 2}) {
            QVERIFY(repo.addEdition(test::wholeYearEdition(program, n, 2019 + n)));
        }
        const Program p = *repo.find(program);
        QCOMPARE(repo.editionOfYear(p, 2021)->number, 2);
        const Result<Edition> missing = repo.editionOfYear(p, 2030);
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QLatin1String("2020, 2021")),
                 qPrintable(missing.error()));
    }

    // Was "cannotShrinkAPeriodUnderItsEvents": since issue 15 an event outside the period is a
    // warning, so the period may shrink under its events (tst_editionperiod).
    void aPeriodMayShrinkUnderItsEvents()
    {
        const qint64 program = addProgram(QStringLiteral("Programul Epsilon"));
        ProgramRepository repo(m_db->connection());
        Edition e = test::wholeYearEdition(program, 1, 2021);
        e.id = *repo.addEdition(e);
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO event (edition_id, kind, number, event_date, uid, created_at, updated_at) "
            "VALUES (:e, 'conference', 1, '2021-11-01', 'u1', '', '')"));
        q.bindValue(QStringLiteral(":e"), e.id);
        QVERIFY(q.exec());
        e.endDate = QDate(2021, 6, 30);
        const Status s = repo.updateEdition(e);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(repo.findEdition(e.id)->endDate, QDate(2021, 6, 30));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event")), 1);
    }

    void matchesNames_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // a name, or "" for a failure
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("part, any case")
            << QStringLiteral("promotorii voluntariatului")
            << QStringLiteral(u"Programul Promotorii Voluntariatului în România") << QString();
        QTest::newRow("diacritics typed differently")
            << QStringLiteral(u"PROGRAMUL PROMOTORII VOLUNTARIATULUI ÎN ROMÂNIA")
            << QStringLiteral(u"Programul Promotorii Voluntariatului în România") << QString();
        QTest::newRow("code") << QStringLiteral("sipoca 202")
                              << QStringLiteral(u"Societatea civilă dezvoltă politici publice")
                              << QString();
        QTest::newRow("cedilla") << QStringLiteral(u"societatea civilă dezvoltă")
                                 << QStringLiteral(u"Societatea civilă dezvoltă politici publice")
                                 << QString();
        QTest::newRow("ambiguous")
            << QStringLiteral("voluntar") << QString() << QStringLiteral("several programs");
        QTest::newRow("unknown") << QStringLiteral("Erasmus") << QString()
                                 << QStringLiteral("The programs are");
    }

    void matchesNames()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QFETCH(QString, messagePart);
        addProgram(QStringLiteral(u"Programul Promotorii Voluntariatului în România"));
        addProgram(QStringLiteral(u"Societatea civilă dezvoltă politici publice"),
                   QStringLiteral("SIPOCA 202"));
        addProgram(QStringLiteral(u"Voluntariat pentru comunități"));
        const Result<Program> p = ProgramRepository(m_db->connection()).match(query);
        if (!expected.isEmpty()) {
            QVERIFY2(p, qPrintable(p.error()));
            QCOMPARE(p->name, expected);
        } else {
            QVERIFY(!p);
            QVERIFY2(p.error().contains(messagePart), qPrintable(p.error()));
            // the candidates are listed
            QVERIFY2(p.error().contains(
                         QStringLiteral(u"Programul Promotorii Voluntariatului în România")),
                     qPrintable(p.error()));
        }
    }

    void aWholeNameWinsOverAPart()
    {
        QList<NameMatcher::Candidate> candidates = {{1, QStringLiteral("Alfa"), {}},
                                                    {2, QStringLiteral("Alfa Beta"), {}}};
        const NameMatcher::Match m = NameMatcher::match(QStringLiteral("alfa"), candidates);
        QCOMPARE(m.outcome, NameMatcher::Outcome::Unique);
        QCOMPARE(m.id, 1);
        QCOMPARE(NameMatcher::match(QStringLiteral(" "), candidates).outcome,
                 NameMatcher::Outcome::None);
    }

    void removingAProgramTakesItsEditions()
    {
        const qint64 program = addProgram(QStringLiteral("Programul Zeta"));
        ProgramRepository repo(m_db->connection());
        const Edition e = test::wholeYearEdition(program, 1, 2021);
        QVERIFY(repo.addEdition(e));
        QVERIFY(repo.removeProgram(program));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM edition")), 0);
    }
};

QTEST_GUILESS_MAIN(TestProgramRepository)
#include "tst_programrepository.moc"
