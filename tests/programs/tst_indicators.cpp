#include "DatabaseTest.h"
#include "Seeding.h"
#include "programs/EventRepository.h"
#include "programs/IndicatorRepository.h"
#include "programs/ProgramRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

// Indicators: targets and achieved values, the percentage, and the indicators computed from the
// held events instead of typed.
class TestIndicators final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    qint64 m_edition = 0;

    void addEvent(EventKind kind, int number, EventStatus status, std::optional<int> ngo,
                  std::optional<int> admin)
    {
        Event e;
        e.editionId = m_edition;
        e.kind = kind;
        e.number = number;
        e.date = QDate(2021, 3, number);
        e.regionIds = {1};
        e.status = status;
        e.participantsNgo = ngo;
        e.participantsLocalAdministration = admin;
        const Result<qint64> id = EventRepository(m_db->connection()).add(e);
        QVERIFY2(id, qPrintable(id.error()));
    }

    void prepare() override
    {
        m_edition =
            test::addProgramEdition(m_db->connection(), QStringLiteral("Programul Test"), 1, 2021);
        QVERIFY(m_edition);
    }

private Q_SLOTS:
    void percentAchieved_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("achieved");
        QTest::addColumn<double>("percent"); // -1: none
        QTest::newRow("half") << 100 << 50 << 50.0;
        QTest::newRow("over") << 100 << 200 << 200.0;
        QTest::newRow("zero target") << 0 << 5 << -1.0;
        QTest::newRow("unknown achieved") << 80 << -1 << -1.0;
        QTest::newRow("unknown target") << -1 << 70 << -1.0;
    }

    void percentAchieved()
    {
        QFETCH(int, target);
        QFETCH(int, achieved);
        QFETCH(double, percent);
        const auto value =
            dc::percentAchieved(target < 0 ? std::nullopt : std::optional<qint64>(target),
                                achieved < 0 ? std::nullopt : std::optional<qint64>(achieved));
        if (percent < 0)
            QVERIFY(!value);
        else
            QCOMPARE(*value, percent);
    }

    void valueTexts()
    {
        // Issue 15: a qualifier per value instead of an "at least" flag.
        QCOMPARE(indicatorValueText(600, ValueQualifier::Over), QStringLiteral("over 600"));
        QCOMPARE(indicatorValueText(10, ValueQualifier::AtLeast), QStringLiteral("at least 10"));
        QCOMPARE(indicatorValueText(50, ValueQualifier::About), QStringLiteral("about 50"));
        QCOMPARE(indicatorValueText(13, ValueQualifier::Exactly), QStringLiteral("13"));
        QCOMPARE(indicatorValueText(std::nullopt, ValueQualifier::Over), QString());
        QCOMPARE(indicatorValueText(1234, ValueQualifier::Exactly, QLocale(QLocale::Romanian)),
                 QStringLiteral("1.234"));
        for (const ValueQualifier q : allValueQualifiers())
            QCOMPARE(valueQualifierFromCode(valueQualifierCode(q)), q);
    }

    void qualifiersAreStored()
    {
        IndicatorRepository repo(m_db->connection());
        Indicator i;
        i.editionId = m_edition;
        i.name = QStringLiteral(u"Participanți");
        i.achieved = 600;
        i.achievedQualifier = ValueQualifier::Over;
        i.target = 500;
        i.targetQualifier = ValueQualifier::About;
        const Result<qint64> id = repo.add(i);
        QVERIFY2(id, qPrintable(id.error()));
        const std::optional<Indicator> stored = repo.find(*id);
        QVERIFY(stored);
        QCOMPARE(stored->achievedQualifier, ValueQualifier::Over);
        QCOMPARE(stored->targetQualifier, ValueQualifier::About);
    }

    void refusesBadIndicators_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("achieved");
        QTest::addColumn<bool>("computed");
        QTest::addColumn<QString>("problem");
        QTest::newRow("negative target") << QStringLiteral("Participanți") << -1 << 5 << false
                                         << QStringLiteral("Target: -1 is below zero");
        QTest::newRow("negative achieved")
            << QStringLiteral("Participanți") << 5 << -2 << false << QStringLiteral("Achieved: -2");
        QTest::newRow("no name") << QString() << 5 << 5 << false << QStringLiteral("Name");
        QTest::newRow("typed value on a computed one")
            << QStringLiteral("Videoconferințe") << 13 << 13 << true << QStringLiteral("computed");
    }

    void refusesBadIndicators()
    {
        QFETCH(QString, name);
        QFETCH(int, target);
        QFETCH(int, achieved);
        QFETCH(bool, computed);
        QFETCH(QString, problem);
        Indicator i;
        i.editionId = m_edition;
        i.name = name;
        i.target = target;
        i.achieved = achieved;
        if (computed)
            i.computation = IndicatorComputation::EventCount;
        const Result<qint64> id = IndicatorRepository(m_db->connection()).add(i);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(problem), qPrintable(id.error()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM indicator")), 0);
    }

    void theDatabaseRefusesANegativeTargetToo()
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO indicator (edition_id, name, target) VALUES (:e, 'x', -5)"));
        q.bindValue(QStringLiteral(":e"), m_edition);
        QVERIFY(!q.exec());
    }

    void computesFromHeldEvents()
    {
        addEvent(EventKind::Videoconference, 1, EventStatus::Held, 20, 10);
        addEvent(EventKind::Videoconference, 2, EventStatus::Held, 15, std::nullopt);
        addEvent(EventKind::Videoconference, 3, EventStatus::Planned, 100, 100);
        addEvent(EventKind::Videoconference, 4, EventStatus::Cancelled, std::nullopt, std::nullopt);
        addEvent(EventKind::Seminar, 1, EventStatus::Held, 7, std::nullopt);
        IndicatorRepository repo(m_db->connection());

        Indicator count;
        count.editionId = m_edition;
        count.name = QStringLiteral(u"Videoconferințe");
        count.unit = IndicatorUnit::Events;
        count.target = 4;
        count.computation = IndicatorComputation::EventCount;
        count.eventKind = EventKind::Videoconference;
        count.id = *repo.add(count);
        QCOMPARE(repo.achievedValue(count), 2);

        Indicator all = count;
        all.name = QStringLiteral("Evenimente");
        all.eventKind.reset();
        all.id = *repo.add(all);
        QCOMPARE(repo.achievedValue(all), 3);

        Indicator participants;
        participants.editionId = m_edition;
        participants.name = QStringLiteral(u"Participanți la videoconferințe");
        participants.computation = IndicatorComputation::ParticipantSum;
        participants.eventKind = EventKind::Videoconference;
        participants.id = *repo.add(participants);
        QCOMPARE(repo.achievedValue(participants), 45);

        Indicator typed;
        typed.editionId = m_edition;
        typed.name = QStringLiteral("Manual");
        typed.target = 1;
        typed.achieved = 1;
        typed.id = *repo.add(typed);
        QCOMPARE(repo.achievedValue(typed), 1);
        QVERIFY(!repo.computedValue(typed));

        // Holding the planned one moves the computed values with it.
        EventRepository events(m_db->connection());
        Event planned = *events.find(*events.findId(m_edition, EventKind::Videoconference, 3));
        planned.status = EventStatus::Held;
        QVERIFY(events.update(planned));
        QCOMPARE(repo.achievedValue(count), 3);
        QCOMPARE(repo.achievedValue(participants), 245);
        QCOMPARE(repo.ofEdition(m_edition).size(), 4);
    }

    void refusesTheSameNameTwiceInAnEdition()
    {
        IndicatorRepository repo(m_db->connection());
        Indicator i;
        i.editionId = m_edition;
        i.name = QStringLiteral("Ghid");
        QVERIFY(repo.add(i));
        QVERIFY(!repo.add(i));
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
