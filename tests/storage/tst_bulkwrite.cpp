#include "DatabaseTest.h"
#include "storage/AuditLog.h"
#include "storage/BulkWrite.h"
#include "storage/ImportLog.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

namespace {
QStringList schemaOf(const QSqlDatabase &db, const QString &table)
{
    return query::selectTexts(db,
                              QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM "
                                             "sqlite_master WHERE tbl_name = :t ORDER BY name"),
                              {{QStringLiteral(":t"), table}});
}

} // namespace

// What every bulk import writes through (models/storage/BulkWrite, ImportLog): multi-row inserts,
// the indexes suspended and made again, the page cache, and the import's one record.
class TestBulkWrite final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private Q_SLOTS:
    void rowInserterWritesFullStatementsAndTheRest()
    {
        QSqlDatabase db = m_db->connection();
        QVERIFY(query::exec(
            db, QStringLiteral("CREATE TABLE scratch (id %1 PRIMARY KEY, "
                               "body TEXT, amount %2, flag INTEGER)")
                    .arg(test::onServer() ? QStringLiteral("bigint") : QStringLiteral("INTEGER"),
                         test::onServer() ? QStringLiteral("double precision")
                                          : QStringLiteral("REAL"))));
        bulk::RowInserter rows(QStringLiteral("scratch"),
                               {QStringLiteral("id"), QStringLiteral("body"),
                                QStringLiteral("amount"), QStringLiteral("flag")});
        QVERIFY(rows.prepare(db));
        const int perStatement = test::onServer() ? bulk::RowInserter::serverRowsPerStatement
                                                  : bulk::RowInserter::rowsPerStatement;
        const int n = 2 * perStatement + 5;
        for (int i = 1; i <= n; ++i) {
            const QVariant body = i % 3 == 0 ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(QStringLiteral(u"rând %1 ș'; --").arg(i));
            QVERIFY(rows.add({i, body, i * 1.5, sqlvalues::flag(i % 2 == 0)}));
        }
        // Two statements' worth are written as they fill; the last five wait for flush().
        QCOMPARE(rows.waiting(), 5);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM scratch")),
                 2 * perStatement);
        QVERIFY(rows.flush());
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM scratch")), n);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT body, amount, flag FROM scratch WHERE id = 34")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral(u"rând 34 ș'; --"));
        QCOMPARE(q.value(1).toDouble(), 51.0);
        QCOMPARE(q.value(2).toInt(), 1);
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT count(*) FROM scratch WHERE body IS NULL")),
            n / 3);

        // A row the database refuses fails with its message, and nothing of it is kept.
        QVERIFY(rows.add({1, QStringLiteral("again"), 0.0, sqlvalues::flag(false)}));
        const Status refused = rows.flush();
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("unique"), Qt::CaseInsensitive),
                 qPrintable(refused.error()));
        QCOMPARE(rows.waiting(), 0);
    }

    void suspendedIndexesComeBackAsTheyWereAndSearchWorks()
    {
        QSqlDatabase db = m_db->connection();
        if (test::onServer()) {
            // A server keeps its indexes up as it writes: the importers never suspend them.
            QCOMPARE(
                bulk::SuspendedIndexes(db, QStringLiteral("organization"), QString()).threshold(),
                0);
            QSKIP("an SQLite file's own: its indexes and search index dropped and made again");
        }
        const QStringList before = schemaOf(db, QStringLiteral("organization"));
        QVERIFY(before.join(QLatin1Char('\n')).contains(QLatin1String("organization_name_sort")));
        {
            Transaction transaction(db);
            bulk::SuspendedIndexes indexes(db, QStringLiteral("organization"),
                                           QStringLiteral("organization_fts"));
            QVERIFY(indexes.threshold() >= 1000);
            QVERIFY(indexes.suspend());
            QVERIFY(indexes.isSuspended());
            const QString during =
                schemaOf(db, QStringLiteral("organization")).join(QLatin1Char('\n'));
            QVERIFY(!during.contains(QLatin1String("organization_name_sort")));
            QVERIFY(!during.contains(QLatin1String("trigger")));
            QVERIFY(during.contains(QLatin1String("CREATE TABLE")));
            // A row written while the triggers are gone is found once the index is rebuilt.
            QVERIFY(query::exec(
                db, QStringLiteral("INSERT INTO organization (name, name_sort, name_folded, "
                                   "created_at, updated_at) VALUES ('Asociatia Zmeul', 'z', "
                                   "'asociatia zmeul', '2026-01-01', '2026-01-01')")));
            QVERIFY(indexes.resume());
            QVERIFY(!indexes.isSuspended());
            QVERIFY(transaction.commit());
        }
        QCOMPARE(schemaOf(db, QStringLiteral("organization")), before);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM organization_fts WHERE "
                                                 "organization_fts MATCH 'zmeul'")),
                 1);
    }

    void aRollbackPutsTheSuspendedIndexesBack()
    {
        DC_FILE_ONLY("its indexes and search index dropped and made again");
        QSqlDatabase db = m_db->connection();
        const QStringList before = schemaOf(db, QStringLiteral("organization"));
        {
            Transaction transaction(db);
            bulk::SuspendedIndexes indexes(db, QStringLiteral("organization"),
                                           QStringLiteral("organization_fts"));
            QVERIFY(indexes.suspend());
            transaction.rollback(); // a cancel
        }
        QCOMPARE(schemaOf(db, QStringLiteral("organization")), before);
    }

    void largePageCacheIsPutBack()
    {
        DC_FILE_ONLY("its page cache");
        QSqlDatabase db = m_db->connection();
        const qint64 before = test::scalar(db, QStringLiteral("PRAGMA cache_size"));
        {
            const bulk::LargePageCache cache(db);
            QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA cache_size")), -49152);
        }
        QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA cache_size")), before);
    }

    void importRecordAndTheAuditRowsThatCarryItsId()
    {
        QSqlDatabase db = m_db->connection();
        const QString path = m_db->filePath(QStringLiteral("lista.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("abc");
        file.close();
        const Result<QString> sha = ImportLog::sha256Of(path);
        QVERIFY(sha);
        QCOMPARE(
            sha.value(),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(!ImportLog::sha256Of(m_db->filePath(QStringLiteral("missing.csv"))));

        const Result<qint64> id = ImportLog::begin(db, ImportLog::Kind::FundingAwards, path);
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(ImportLog::finish(db, id.value(), sha.value(), {{QStringLiteral("added"), 3}}));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT kind, file_name, sha256, counts, os_user FROM "
                                      "data_import")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("funding_awards"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("lista.csv"));
        QCOMPARE(q.value(2).toString(), sha.value());
        QCOMPARE(q.value(3).toString(), QStringLiteral(R"({"added":3})"));
        QCOMPARE(q.value(4).toString(), AuditLog::osUser());

        {
            const AuditLog::ImportScope scope(db, id.value());
            QVERIFY(AuditLog::record(db, QStringLiteral("funding_award"), 7,
                                     AuditLog::Action::Update, {{QStringLiteral("a"), 1}},
                                     {{QStringLiteral("a"), 2}}));
        }
        QVERIFY(AuditLog::record(db, QStringLiteral("funding_award"), 7, AuditLog::Action::Update,
                                 {{QStringLiteral("a"), 2}}, {{QStringLiteral("a"), 3}}));
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE import_id = %1")
                                 .arg(id.value())),
            1);
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE import_id IS "
                                            "NULL")),
            1);

        ImportAuditRows rows(QStringLiteral("organization"), id.value());
        QVERIFY(rows.prepare(db));
        QVERIFY(rows.changed(5, {{QStringLiteral("name"), QStringLiteral("Veche")}},
                             {{QStringLiteral("name"), QStringLiteral("Nouă")}}));
        QVERIFY(q.exec(QStringLiteral("SELECT action, old_values, new_values, import_id FROM "
                                      "audit_log WHERE table_name = 'organization'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("update"));
        QCOMPARE(q.value(1).toString(), QStringLiteral(R"({"name":"Veche"})"));
        QCOMPARE(q.value(2).toString(), QStringLiteral(u"{\"name\":\"Nouă\"}"));
        QCOMPARE(q.value(3).toLongLong(), id.value());

        QVERIFY(query::exec(db, QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(ImportLog::remove(db, id.value()));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM data_import")), 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkWrite)
#include "tst_bulkwrite.moc"
