#include "Lookup.h"
#include "Seeding.h"
#include "TestDatabase.h"

#include "transparency/AnnualReportRepository.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/ReportStatus.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

// Where each institution's annual report stands: received on time, late by so many calendar days,
// or missing; the deadline is 15 May of the following year unless the office set another.
class TestReportStatus final : public QObject
{
    Q_OBJECT

private:
    static qint64 institution(const QSqlDatabase &db, const QString &name, InstitutionKind kind)
    {
        Institution i;
        i.name = name;
        i.kind = kind;
        if (!i.isCentral())
            i.countyId = 1; // a prefecture or a city hall belongs to a county
        return test::addedId(InstitutionRepository(db).add(i));
    }

    static void received(const QSqlDatabase &db, qint64 id, int year, const QDate &on)
    {
        const Result<qint64> r = AnnualReportRepository(db).setReport({0, id, year, on, QString()});
        QVERIFY2(r.ok(), qPrintable(r.error()));
    }

    static const ReportStatus *statusOf(const QList<ReportStatus> &all, const QString &name)
    {
        return test::findFirst(
            all, [&name](const ReportStatus &s) { return s.institution.name == name; });
    }

private Q_SLOTS:
    void theDeadlineIsTheFifteenthOfMayOfTheFollowingYear()
    {
        test::TestDatabase t;
        QCOMPARE(ReportStatus::deadlineOf(t.connection(), 2025), QDate(2026, 5, 15));
        QCOMPARE(ReportStatus::deadlineDayMonth(t.connection()), QStringLiteral("05-15"));
    }

    void eachInstitutionIsReceivedLateOrMissing()
    {
        test::TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 onTime = institution(db, QStringLiteral("Ministerul La Timp (fictiv)"),
                                          InstitutionKind::Ministry);
        const qint64 onTheDay = institution(db, QStringLiteral("Prefectura Ultima Zi (fictiv)"),
                                            InstitutionKind::Prefecture);
        const qint64 late = institution(db, QStringLiteral("Agenția Întârziată (fictiv)"),
                                        InstitutionKind::CentralAgency);
        institution(db, QStringLiteral("Primăria Tăcută (fictiv)"), InstitutionKind::CityHall);
        received(db, onTime, 2025, QDate(2026, 1, 20));
        received(db, onTheDay, 2025, QDate(2026, 5, 15)); // the deadline itself is still on time
        received(db, late, 2025, QDate(2026, 5, 27));     // 12 days after 15 May

        const Result<QList<ReportStatus>> all = ReportStatus::forYear(db, 2025, QDate(2026, 6, 1));
        QVERIFY(all.ok());
        QCOMPARE(all->size(), qsizetype(4));
        // Romanian alphabetical order: Agenția, Ministerul, Prefectura, Primăria.
        QCOMPARE(all->at(0).institution.name, QStringLiteral("Agenția Întârziată (fictiv)"));
        const ReportStatus *a = statusOf(*all, QStringLiteral("Ministerul La Timp (fictiv)"));
        QCOMPARE(a->state, ReportStatus::State::Received);
        QCOMPARE(a->daysLate, 0);
        QCOMPARE(a->receivedOn, QDate(2026, 1, 20));
        QCOMPARE(statusOf(*all, QStringLiteral("Prefectura Ultima Zi (fictiv)"))->state,
                 ReportStatus::State::Received);
        const ReportStatus *b = statusOf(*all, QStringLiteral("Agenția Întârziată (fictiv)"));
        QCOMPARE(b->state, ReportStatus::State::Late);
        QCOMPARE(b->daysLate, 12);
        const ReportStatus *c = statusOf(*all, QStringLiteral("Primăria Tăcută (fictiv)"));
        QCOMPARE(c->state, ReportStatus::State::Missing);
        QCOMPARE(c->daysLate, 17); // 15 May to 1 June
        QVERIFY(c->overdue());
        QVERIFY(!a->overdue());

        // Before the deadline a missing report is not yet late, and nobody is to be reminded.
        const Result<QList<ReportStatus>> early =
            ReportStatus::forYear(db, 2025, QDate(2026, 3, 1));
        QCOMPARE(statusOf(*early, QStringLiteral("Primăria Tăcută (fictiv)"))->daysLate, 0);
        QVERIFY(!statusOf(*early, QStringLiteral("Primăria Tăcută (fictiv)"))->overdue());
    }

    void theOfficeMovesTheDeadline()
    {
        test::TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 id =
            institution(db, QStringLiteral("Ministerul Test (fictiv)"), InstitutionKind::Ministry);
        received(db, id, 2025, QDate(2026, 3, 5));
        QVERIFY(ReportStatus::setDeadlineDayMonth(db, 3, 1).ok());
        QCOMPARE(ReportStatus::deadlineOf(db, 2025), QDate(2026, 3, 1));
        const Result<QList<ReportStatus>> all = ReportStatus::forYear(db, 2025, QDate(2026, 4, 1));
        QCOMPARE(all->first().state, ReportStatus::State::Late);
        QCOMPARE(all->first().daysLate, 4);
        QVERIFY(!ReportStatus::setDeadlineDayMonth(db, 2, 30).ok());
        QCOMPARE(ReportStatus::deadlineOf(db, 2025),
                 QDate(2026, 3, 1)); // a refused day changes nothing
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'app_setting'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportStatus)
#include "tst_reportstatus.moc"
