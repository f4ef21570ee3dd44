#include "core/CodeTable.h"

#include <QTest>

using namespace dc;

namespace {

enum class Level
{
    Central,
    Local,
    Unlisted
};

struct LevelInfo
{
    Level value;
    const char *code;
    bool central;
};

constexpr LevelInfo levels[] = {
    {Level::Central, "central", true},
    {Level::Local, "local", false},
};

} // namespace

// An enumeration listed once with its codes: an entry found by value or by code.
class TestCodeTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheEntryOfAValue()
    {
        QCOMPARE(QLatin1String(codetable::byValue(levels, Level::Local).code),
                 QLatin1String("local"));
        QVERIFY(codetable::byValue(levels, Level::Central).central);
        // Not listed: the first entry, never a read past the table.
        QCOMPARE(&codetable::byValue(levels, Level::Unlisted), &levels[0]);
    }

    void findsTheEntryOfACode()
    {
        const LevelInfo *local = codetable::byCode(levels, QStringLiteral("local"));
        QVERIFY(local);
        QCOMPARE(local->value, Level::Local);
        QVERIFY(!codetable::byCode(levels, QStringLiteral("Local")));
        QVERIFY(!codetable::byCode(levels, QString()));
    }

    void givesTheValueOfACodeOrTheFallback()
    {
        QCOMPARE(codetable::valueOf(levels, QStringLiteral("central"), Level::Unlisted),
                 Level::Central);
        QCOMPARE(codetable::valueOf(levels, QStringLiteral("regional"), Level::Unlisted),
                 Level::Unlisted);
    }

    void givesTheCodeTheOptionalValueAndTheList()
    {
        QCOMPARE(codetable::codeOf(levels, Level::Local), QStringLiteral("local"));
        QVERIFY(codetable::find(levels, QStringLiteral("central")) == Level::Central);
        QVERIFY(!codetable::find(levels, QStringLiteral("regional")));
        QCOMPARE(codetable::values(levels), (QList<Level>{Level::Central, Level::Local}));
    }
};

QTEST_GUILESS_MAIN(TestCodeTable)
#include "tst_codetable.moc"
