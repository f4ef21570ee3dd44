#include "DatabaseTest.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

namespace {
enum class Column
{
    Text,
    Number
};

// Writes @p value into a column of a scratch table and reads it back as the database stored it: a
// column without a type on a file, of the schema's type for @p column on a server (text for
// texts, dates and times, bigint for numbers, ids and flags).
QVariant roundTrip(const QSqlDatabase &db, const QVariant &value, Column column = Column::Text)
{
    QSqlQuery q(db);
    const QString create =
        query::isServer(db)
            ? QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS scratch (t text, n bigint)")
            : QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS scratch (t, n)");
    if (!q.exec(create) || !q.exec(QStringLiteral("DELETE FROM scratch")))
        return QStringLiteral("<no scratch table>");
    const QString name = column == Column::Text ? QStringLiteral("t") : QStringLiteral("n");
    q.prepare(QStringLiteral("INSERT INTO scratch (%1) VALUES (:v)").arg(name));
    q.bindValue(QStringLiteral(":v"), value);
    if (!q.exec() || !q.exec(QStringLiteral("SELECT %1 FROM scratch").arg(name)) || !q.next())
        return QStringLiteral("<not written>");
    return q.value(0);
}

} // namespace

// The one way every repository writes and reads values: ISO dates, 'HH:MM' times, NULL for empty
// text, unknown numbers and unset ids, 0/1 for flags.
class TestSqlValues final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private Q_SLOTS:
    void emptyTextIsStoredAsNull()
    {
        QVERIFY(roundTrip(m_db->connection(), sqlvalues::text(QString())).isNull());
        QVERIFY(roundTrip(m_db->connection(), sqlvalues::text(QStringLiteral(""))).isNull());
        QCOMPARE(
            roundTrip(m_db->connection(), sqlvalues::text(QStringLiteral("Ședință"))).toString(),
            QStringLiteral("Ședință"));
    }

    void datesAreIsoTextAndReadBack()
    {
        const QVariant stored = roundTrip(m_db->connection(), sqlvalues::date(QDate(2026, 2, 28)));
        QCOMPARE(stored.toString(), QStringLiteral("2026-02-28"));
        QCOMPARE(sqlvalues::readDate(stored), QDate(2026, 2, 28));
        const QVariant none = roundTrip(m_db->connection(), sqlvalues::date(QDate()));
        QVERIFY(none.isNull());
        QVERIFY(!sqlvalues::readDate(none).isValid());
    }

    void timesAreHoursAndMinutes()
    {
        const QVariant stored = roundTrip(m_db->connection(), sqlvalues::time(QTime(9, 5, 41)));
        QCOMPARE(stored.toString(), QStringLiteral("09:05")); // the seconds are not kept
        QCOMPARE(sqlvalues::readTime(stored), QTime(9, 5));
        QVERIFY(roundTrip(m_db->connection(), sqlvalues::time(QTime())).isNull());
        QVERIFY(!sqlvalues::readTime(QVariant(QMetaType::fromType<QString>())).isValid());
    }

    void unknownNumbersAreNullAndZeroIsKept()
    {
        QVERIFY(
            roundTrip(m_db->connection(), sqlvalues::number(std::optional<int>()), Column::Number)
                .isNull());
        const QVariant zero =
            roundTrip(m_db->connection(), sqlvalues::number(std::optional<int>(0)), Column::Number);
        QVERIFY(!zero.isNull());
        QCOMPARE(sqlvalues::readInt(zero), std::optional<int>(0));
        const qint64 big = 5'000'000'000;
        const QVariant large =
            roundTrip(m_db->connection(), sqlvalues::number(std::optional(big)), Column::Number);
        QCOMPARE(sqlvalues::readInt64(large), std::optional<qint64>(big));
        QCOMPARE(sqlvalues::readInt(QVariant(QMetaType::fromType<int>())), std::nullopt);
        QCOMPARE(sqlvalues::readInt64(QVariant(QMetaType::fromType<qlonglong>())), std::nullopt);
    }

    void unsetIdsAreNull()
    {
        QVERIFY(roundTrip(m_db->connection(), sqlvalues::id(0), Column::Number).isNull());
        QVERIFY(roundTrip(m_db->connection(), sqlvalues::id(-3), Column::Number).isNull());
        QCOMPARE(roundTrip(m_db->connection(), sqlvalues::id(42), Column::Number).toLongLong(), 42);
    }

    void flagsAreZeroOrOne()
    {
        QCOMPARE(roundTrip(m_db->connection(), sqlvalues::flag(true), Column::Number).toInt(), 1);
        QCOMPARE(roundTrip(m_db->connection(), sqlvalues::flag(false), Column::Number).toInt(), 0);
        QVERIFY(!roundTrip(m_db->connection(), sqlvalues::flag(false), Column::Number).isNull());
    }

    void columnsReadARowInOrderAsTheirDestinationsNeed()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT 7, 'Ședință', '2026-03-01', '14:30', NULL, 12, 1, 0, "
                                      "'2026-12-06T05:00:00Z', 5000000000, 'late', 99")));
        QVERIFY(q.next());
        qint64 id = 0;
        QString text;
        QDate date;
        QTime time;
        std::optional<int> unknown = 3;
        std::optional<int> known;
        bool yes = false;
        bool no = true;
        QDateTime stamp;
        std::optional<qint64> large;
        sqlvalues::Columns row(q);
        row >> id >> text >> date >> time >> unknown >> known >> yes >> no >> stamp >> large;
        QCOMPARE(id, 7);
        QCOMPARE(text, QStringLiteral("Ședință"));
        QCOMPARE(date, QDate(2026, 3, 1));
        QCOMPARE(time, QTime(14, 30));
        QCOMPARE(unknown, std::nullopt);
        QCOMPARE(known, std::optional<int>(12));
        QVERIFY(yes);
        QVERIFY(!no);
        QCOMPARE(stamp, QDateTime(QDate(2026, 12, 6), QTime(5, 0), Qt::UTC));
        QCOMPARE(large, std::optional<qint64>(5'000'000'000));
        QCOMPARE(row.text(), QStringLiteral("late")); // a code, parsed by the caller
        int last = 0;
        sqlvalues::Columns(q, 11) >> last; // from a given column (a join's second record)
        QCOMPARE(last, 99);
    }

    void nowIsUtcIsoText()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QString now = sqlvalues::nowIso();
        QVERIFY2(now.endsWith(QLatin1Char('Z')), qPrintable(now));
        const QDateTime parsed = QDateTime::fromString(now, Qt::ISODate);
        QVERIFY(parsed.isValid());
        QVERIFY(parsed >= before);
        QVERIFY(parsed <= QDateTime::currentDateTimeUtc().addSecs(1));
    }
};

QTEST_GUILESS_MAIN(TestSqlValues)
#include "tst_sqlvalues.moc"
