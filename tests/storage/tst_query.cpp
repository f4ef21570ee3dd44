#include "DatabaseTest.h"
#include "storage/Query.h"
#include "storage/RowWriter.h"
#include "storage/SqlValues.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

namespace {

// A record as the repositories have them: an id, its columns, and its audit JSON.
struct Note
{
    qint64 id = 0;
    QString text;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("id"), id}, {QStringLiteral("text"), text}};
    }
};

Note readNote(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

rowwriter::Values noteValues(const Note &n)
{
    return {{QStringLiteral("body"), sqlvalues::text(n.text)}};
}

const rowwriter::Table<Note> noteTable{QStringLiteral("scratch_note"), noteValues};

bool createNotes(const QSqlDatabase &db)
{
    return query::exec(db, QStringLiteral("CREATE TABLE scratch_note (id INTEGER PRIMARY KEY, "
                                          "body TEXT NOT NULL, created_at TEXT, updated_at TEXT)"))
        .ok();
}

int count(const QSqlDatabase &db, const QString &sql)
{
    return int(query::selectId(db, sql).value_or(-1));
}

int auditRows(const QSqlDatabase &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                    "'scratch_note'"));
}

} // namespace

// The query helpers every repository asks the database through, and the record writers that
// write a row and its audit row in one transaction.
class TestQuery final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    void prepare() override { QVERIFY(createNotes(m_db->connection())); }

private Q_SLOTS:
    void runBindsByNameAndNamesTheDatabaseError()
    {
        QVERIFY(
            query::exec(m_db->connection(),
                        QStringLiteral("INSERT INTO scratch_note (id, body) VALUES (:id, :b)"),
                        {{QStringLiteral(":b"), QStringLiteral("x'); DROP TABLE scratch_note;")},
                         {QStringLiteral(":id"), 7}}));
        Result<QSqlQuery> q = query::run(
            m_db->connection(), QStringLiteral("SELECT body FROM scratch_note WHERE id = :id"),
            {{QStringLiteral(":id"), 7}});
        QVERIFY2(q.ok(), qPrintable(q.error()));
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("x'); DROP TABLE scratch_note;"));

        const Result<QSqlQuery> bad =
            query::run(m_db->connection(), QStringLiteral("SELECT nothing FROM no_such_table"));
        QVERIFY(!bad.ok()); // the error is the driver's, as QSqlQuery::exec() leaves it
        QVERIFY(!bad.error().isEmpty());
        const Status failed =
            query::exec(m_db->connection(),
                        QStringLiteral("INSERT INTO scratch_note (id, body) VALUES (7, 'b')"));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QLatin1String("UNIQUE")), qPrintable(failed.error()));
    }

    void selectReadsEveryRowInOrder()
    {
        for (const auto &[id, body] : {std::pair{3, "c"}, std::pair{1, "a"}, std::pair{2, "b"}})
            QVERIFY(query::exec(m_db->connection(),
                                QStringLiteral("INSERT INTO scratch_note (id, body) VALUES (:id, "
                                               ":body)"),
                                {{QStringLiteral(":id"), id},
                                 {QStringLiteral(":body"), QString::fromLatin1(body)}}));
        const QString sql =
            QStringLiteral("SELECT id, body FROM scratch_note WHERE id >= :from ORDER BY id");
        const QList<Note> notes =
            query::selectAll(m_db->connection(), sql, {{QStringLiteral(":from"), 2}}, readNote);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).id, 2);
        QCOMPARE(notes.at(1).text, QStringLiteral("c"));

        const Result<QList<Note>> all =
            query::select(m_db->connection(), sql, {{QStringLiteral(":from"), 0}}, readNote);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);

        const Result<QList<Note>> failed = query::select(
            m_db->connection(), QStringLiteral("SELECT id, body FROM missing_table"), {}, readNote);
        QVERIFY(!failed.ok());
        QVERIFY(!failed.error().isEmpty());
        QVERIFY(query::selectAll(m_db->connection(), QStringLiteral("SELECT id, body FROM missing"),
                                 {}, readNote)
                    .isEmpty());
    }

    void selectOneAndSelectIdSayWhenThereIsNoRow()
    {
        QVERIFY(query::exec(m_db->connection(),
                            QStringLiteral("INSERT INTO scratch_note (id, body) VALUES (5, 'e')")));
        const QString byId = QStringLiteral("SELECT id, body FROM scratch_note WHERE id = :id");
        const std::optional<Note> found =
            query::selectOne(m_db->connection(), byId, {{QStringLiteral(":id"), 5}}, readNote);
        QVERIFY(found);
        QCOMPARE(found->text, QStringLiteral("e"));
        QVERIFY(
            !query::selectOne(m_db->connection(), byId, {{QStringLiteral(":id"), 6}}, readNote));
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT count(*) FROM scratch_note")), 1);
        QCOMPARE(query::selectId(m_db->connection(),
                                 QStringLiteral("SELECT id FROM scratch_note WHERE body = 'z'")),
                 std::nullopt);
        QCOMPARE(query::selectId(m_db->connection(), QStringLiteral("SELECT id FROM nowhere")),
                 std::nullopt);
        QVERIFY(query::exists(m_db->connection(), QStringLiteral("scratch_note"), 5));
        QVERIFY(!query::exists(m_db->connection(), QStringLiteral("scratch_note"), 6));
    }

    void addRecordWritesTheRowAndItsAuditRowOrNothing()
    {
        QSqlDatabase db = m_db->connection();
        const Result<qint64> refused =
            rowwriter::addRecord(db, noteTable, Note{0, QStringLiteral("a")},
                                 {QStringLiteral("Text: first."), QStringLiteral("Text: second.")});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), QStringLiteral("Text: first.\nText: second."));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scratch_note")), 0);
        QCOMPARE(auditRows(db), 0);

        const Result<qint64> id =
            rowwriter::addRecord(db, noteTable, Note{0, QStringLiteral("a")}, {});
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scratch_note WHERE created_at IS "
                                          "NOT NULL AND updated_at IS NOT NULL")),
                 1);
        QCOMPARE(auditRows(db), 1);

        // A failing insert (NULL body) leaves no audit row behind.
        const Result<qint64> failed = rowwriter::addRecord(db, noteTable, Note{}, {});
        QVERIFY(!failed.ok());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scratch_note")), 1);
        QCOMPARE(auditRows(db), 1);
    }

    void updateAndRemoveRecordNameAMissingRecord()
    {
        QSqlDatabase db = m_db->connection();
        const Result<qint64> id =
            rowwriter::addRecord(db, noteTable, Note{0, QStringLiteral("a")}, {});
        QVERIFY(id.ok());
        const Note before{*id, QStringLiteral("a")};
        const Note after{*id, QStringLiteral("b")};

        Status s = rowwriter::updateRecord(db, noteTable, after, {QStringLiteral("Text: bad.")},
                                           std::optional<Note>(), QStringLiteral("missing"));
        QCOMPARE(s.error(), QStringLiteral("Text: bad.")); // the problems come first
        s = rowwriter::updateRecord(db, noteTable, after, {}, std::optional<Note>(),
                                    QStringLiteral("The note no. 1 does not exist."));
        QCOMPARE(s.error(), QStringLiteral("The note no. 1 does not exist."));
        s = rowwriter::updateRecord(db, noteTable, after, {}, std::optional(before), QString());
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(
            query::selectOne(db, QStringLiteral("SELECT id, body FROM scratch_note"), {}, readNote)
                ->text,
            QStringLiteral("b"));
        QCOMPARE(auditRows(db), 2);

        s = rowwriter::removeRecord(db, noteTable, std::optional<Note>(), QStringLiteral("gone"));
        QCOMPARE(s.error(), QStringLiteral("gone"));
        s = rowwriter::removeRecord(db, noteTable, std::optional(after), QString());
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scratch_note")), 0);
        QCOMPARE(auditRows(db), 3);
    }

    void restoreRecordKeepsTheId()
    {
        QSqlDatabase db = m_db->connection();
        const Note note{41, QStringLiteral("back")};
        QCOMPARE(rowwriter::restoreRecord(db, noteTable, note, {QStringLiteral("No.")}).error(),
                 QStringLiteral("No."));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scratch_note")), 0);
        const Status s = rowwriter::restoreRecord(db, noteTable, note, {});
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(query::exists(db, QStringLiteral("scratch_note"), 41));
        QCOMPARE(auditRows(db), 1);
        // The same id again: the database's error, nothing more written.
        QVERIFY(!rowwriter::restoreRecord(db, noteTable, note, {}).ok());
        QCOMPARE(auditRows(db), 1);
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
