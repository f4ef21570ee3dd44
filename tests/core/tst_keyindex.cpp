#include "core/KeyIndex.h"
#include "core/RowPipe.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <atomic>

using namespace dc;

// The two pieces of a bulk import that hold no database: the in-memory key index the rows are
// matched with, and the pipe that carries rows from the reading thread to the writing one.
class TestKeyIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEveryIdStoredUnderAKey()
    {
        KeyIndex index;
        for (qint64 id = 1; id <= 50000; ++id)
            index.insert(qHash(QString::number(id % 20000), 1u), id); // every key 2 or 3 times
        QCOMPARE(index.size(), 50000);
        for (const int key : {0, 1, 19999, 12345}) {
            QSet<qint64> found;
            index.find(qHash(QString::number(key), 1u), [&](qint64 id) {
                if (id % 20000 == key) // the caller checks a candidate against its record
                    found.insert(id);
                return false;
            });
            QSet<qint64> expected;
            for (qint64 id = key == 0 ? 20000 : key; id <= 50000; id += 20000)
                expected.insert(id);
            QCOMPARE(found, expected);
        }
    }

    void stopsWhenTheCallerHasFound()
    {
        KeyIndex index;
        const quint64 h = qHash(QStringLiteral("12345674"), 7u);
        index.insert(h, 1);
        index.insert(h, 2);
        index.insert(h, 3);
        int calls = 0;
        index.find(h, [&](qint64) { return ++calls == 2; });
        QCOMPARE(calls, 2);
    }

    void keysSharingTheirHighBitsAreAllCandidates()
    {
        // Two hashes alike in the 32 bits an entry keeps: both ids come back, and the caller
        // tells them apart; none is lost when the table grows.
        KeyIndex index;
        const quint64 a = 0xABCDEF0100000001ull;
        const quint64 b = 0xABCDEF01FFFFFFFFull;
        index.insert(a, 10);
        for (qint64 id = 100; id < 5000; ++id)
            index.insert(quint64(id) << 32, id); // forces several rehashes
        index.insert(b, 20);
        QList<qint64> found;
        index.find(a, [&](qint64 id) {
            found << id;
            return false;
        });
        std::sort(found.begin(), found.end());
        QCOMPARE(found, (QList<qint64>{10, 20}));
    }

    void pipeCarriesEveryRowInOrder()
    {
        int next = 0;
        RowPipe<int> pipe(
            [&next](int &row) {
                if (next == 10000)
                    return false;
                row = next++;
                return true;
            },
            [&next] { return qint64(next); });
        RowPipe<int>::Batch batch;
        int expected = 0;
        qint64 lastPosition = 0;
        while (pipe.next(batch)) {
            QVERIFY(batch.rows.size() <= RowPipe<int>::batchRows);
            QVERIFY(batch.position >= lastPosition);
            lastPosition = batch.position;
            for (const int row : batch.rows)
                QCOMPARE(row, expected++);
        }
        QCOMPARE(expected, 10000);
    }

    void stoppedPipeEndsItsWorkerWithRowsUnread()
    {
        // A cancel: the writer stops taking batches; the worker, blocked on a full queue, ends.
        std::atomic<int> produced = 0;
        {
            RowPipe<int> pipe(
                [&produced](int &row) {
                    row = produced++;
                    return true; // an endless file
                },
                [] { return qint64(0); });
            RowPipe<int>::Batch batch;
            QVERIFY(pipe.next(batch));
            QCOMPARE(batch.rows.front(), 0);
            pipe.stop();
        }
        // Bounded: at most the batches in flight (plus the one being filled) were made.
        QVERIFY(produced.load() <=
                int(RowPipe<int>::batchRows * (RowPipe<int>::batchesInFlight + 3)));
    }
};

QTEST_GUILESS_MAIN(TestKeyIndex)
#include "tst_keyindex.moc"
