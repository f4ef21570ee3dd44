#include "ServerTest.h"
#include "TestDatabase.h"
#include "core/Text.h"
#include "storage/Database.h"
#include "storage/PostgresSchema.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

namespace {

// What exists on one backend only, by design; everything else must be the same on both.
// SQLite only: the FTS5 index of organizations (step 1, made again in step 4), the shadow tables
// FTS5 keeps it in, and the triggers that keep it in sync. PostgreSQL searches through a trigram
// index on the folded name instead.
const QStringList sqliteOnlyTables = {
    QStringLiteral("organization_fts"),      QStringLiteral("organization_fts_config"),
    QStringLiteral("organization_fts_data"), QStringLiteral("organization_fts_docsize"),
    QStringLiteral("organization_fts_idx"),
};
const QStringList sqliteOnlyTriggers = {
    QStringLiteral("organization_fts_insert"),
    QStringLiteral("organization_fts_delete"),
    QStringLiteral("organization_fts_update"),
};
// PostgreSQL only: the schema version (SQLite keeps it in PRAGMA user_version) and the trigram
// index that replaces FTS5 (the searched text, step 15).
const QStringList postgresOnlyTables = {QStringLiteral("schema_version")};
const QStringList postgresOnlyIndexes = {QStringLiteral("organization_search_trgm")};
// PostgreSQL only: the live-update trigger of every table (TABLE_notify_change, see ChangeFeed);
// tst_changefeed checks that each table has one.
const QString postgresOnlyTriggerSuffix = QStringLiteral("_notify_change");
// PostgreSQL only: the defaults the server fills in itself, "table.column" (step 15: the audit
// log's database user, the user signed in; a file has none, the column stays NULL there).
// PostgreSQL only: the searched text, folded, that the server keeps for its trigram index (a
// generated column, step 15), "table.column".
const QStringList postgresOnlyColumns = {QStringLiteral("organization.search_text")};
const QMap<QString, QString> postgresOnlyDefaults = {
    {QStringLiteral("audit_log.db_user"), QStringLiteral("SESSION_USER")}};

// The seed tables whose rows must be equal on both, and the columns left out of the comparison:
// the time a migration ran is not the same on both.
const QStringList seedTables = {QStringLiteral("region"), QStringLiteral("county"),
                                QStringLiteral("domain"), QStringLiteral("organization")};
const QStringList timeColumns = {QStringLiteral("created_at"), QStringLiteral("updated_at")};

// A schema as lines that read the same for both backends, per table:
//   column 3 name text not null default 'x'
//   primary key (a, b)
//   foreign key (a) references t (id) on delete CASCADE
//   unique (a, b)                      (a UNIQUE constraint)
//   index name (a, b) unique partial   (a CREATE INDEX)
using Schema = QMap<QString, QStringList>;

QStringList column(QSqlQuery &q, int at)
{
    QStringList values;
    while (q.next())
        values << q.value(at).toString();
    return values;
}

// The family of a SQLite declared type, by SQLite's own affinity rules.
QString sqliteFamily(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QStringLiteral("integer");
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
        type.contains(QLatin1String("TEXT")))
        return QStringLiteral("text");
    if (type.isEmpty() || type.contains(QLatin1String("BLOB")))
        return QStringLiteral("blob");
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB")))
        return QStringLiteral("real");
    return QStringLiteral("numeric");
}

QString postgresFamily(const QString &type)
{
    if (type == QLatin1String("smallint") || type == QLatin1String("integer") ||
        type == QLatin1String("bigint"))
        return QStringLiteral("integer");
    if (type == QLatin1String("text") || type.startsWith(QLatin1String("character")))
        return QStringLiteral("text");
    if (type == QLatin1String("bytea"))
        return QStringLiteral("blob");
    if (type == QLatin1String("real") || type == QLatin1String("double precision"))
        return QStringLiteral("real");
    return type; // boolean, numeric, date...: no SQLite column has one
}

QString columnLine(int position, const QString &name, const QString &family, bool notNull,
                   const QString &defaultValue)
{
    QString line = QStringLiteral("column %1 %2 %3").arg(position).arg(name, family);
    if (notNull)
        line += QStringLiteral(" not null");
    if (!defaultValue.isEmpty())
        line += QStringLiteral(" default ") + defaultValue;
    return line;
}

QString indexLine(const QString &name, const QString &columns, bool unique, bool partial)
{
    return QStringLiteral("index %1 (%2)%3%4")
        .arg(name, columns, unique ? QStringLiteral(" unique") : QString(),
             partial ? QStringLiteral(" partial") : QString());
}

Schema describeSqlite(const QSqlDatabase &db)
{
    Schema schema;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    for (const QString &table : column(q, 0)) {
        if (sqliteOnlyTables.contains(table))
            continue;
        QStringList &lines = schema[table];
        q.prepare(QStringLiteral("SELECT cid, name, type, \"notnull\", dflt_value, pk "
                                 "FROM pragma_table_info(:table) ORDER BY cid"));
        q.bindValue(QStringLiteral(":table"), table);
        q.exec();
        QMap<int, QString> primaryKey;
        while (q.next()) {
            // A primary key column is NOT NULL on PostgreSQL; on SQLite only an INTEGER one is
            // (the others accept NULL, an old quirk SQLite keeps), and the program writes none.
            const bool inKey = q.value(5).toInt() > 0;
            lines << columnLine(q.value(0).toInt() + 1, q.value(1).toString(),
                                sqliteFamily(q.value(2).toString()),
                                q.value(3).toInt() == 1 || inKey, q.value(4).toString());
            if (inKey)
                primaryKey[q.value(5).toInt()] = q.value(1).toString();
        }
        if (!primaryKey.isEmpty())
            lines << QStringLiteral("primary key (%1)").arg(primaryKey.values().join(u','));

        // CHECK constraints: SQLite keeps only the CREATE TABLE text (ALTER TABLE ADD COLUMN
        // appends to it), so they are counted there; their expressions are not compared.
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' "
                                 "AND name = :table"));
        q.bindValue(QStringLiteral(":table"), table);
        if (q.exec() && q.next()) {
            static const QRegularExpression check(QStringLiteral("\\bCHECK\\s*\\("),
                                                  QRegularExpression::CaseInsensitiveOption);
            lines << QStringLiteral("checks %1").arg(q.value(0).toString().count(check));
        }

        q.prepare(QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_delete "
                                 "FROM pragma_foreign_key_list(:table) ORDER BY id, seq"));
        q.bindValue(QStringLiteral(":table"), table);
        q.exec();
        QMap<int, QStringList> keys; // id -> parent table, on delete, from columns, to columns
        while (q.next()) {
            QStringList &key = keys[q.value(0).toInt()];
            if (key.isEmpty())
                key = {q.value(1).toString(), q.value(4).toString(), QString(), QString()};
            key[2] += (key[2].isEmpty() ? QString() : QStringLiteral(",")) + q.value(2).toString();
            key[3] += (key[3].isEmpty() ? QString() : QStringLiteral(",")) + q.value(3).toString();
        }
        for (const QStringList &key : keys)
            lines << QStringLiteral("foreign key (%1) references %2 (%3) on delete %4")
                         .arg(key[2], key[0], key[3], key[1]);

        q.prepare(QStringLiteral("SELECT name, \"unique\", origin, partial "
                                 "FROM pragma_index_list(:table)"));
        q.bindValue(QStringLiteral(":table"), table);
        q.exec();
        QSqlQuery columns(db);
        while (q.next()) {
            const QString origin = q.value(2).toString();
            if (origin == QLatin1String("pk"))
                continue;
            columns.prepare(
                QStringLiteral("SELECT name FROM pragma_index_info(:index) ORDER BY seqno"));
            columns.bindValue(QStringLiteral(":index"), q.value(0));
            columns.exec();
            const QString names = column(columns, 0).join(u',');
            if (origin == QLatin1String("u"))
                lines << QStringLiteral("unique (%1)").arg(names);
            else
                lines << indexLine(q.value(0).toString(), names, q.value(1).toInt() == 1,
                                   q.value(3).toInt() == 1);
        }
    }
    for (QStringList &lines : schema)
        lines.sort();
    return schema;
}

Schema describePostgres(const QSqlDatabase &db)
{
    Schema schema;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                          "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                          "ORDER BY table_name"));
    // The names of a list of attribute numbers, in the list's order.
    const QString names = QStringLiteral(
        "(SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(%1) WITH ORDINALITY "
        "AS k(attnum, n) JOIN pg_attribute a ON a.attrelid = %2 AND a.attnum = k.attnum)");
    for (const QString &table : column(q, 0)) {
        if (postgresOnlyTables.contains(table))
            continue;
        QStringList &lines = schema[table];
        q.prepare(QStringLiteral("SELECT ordinal_position, column_name, data_type, is_nullable, "
                                 "column_default FROM information_schema.columns "
                                 "WHERE table_schema = current_schema() AND table_name = :table "
                                 "ORDER BY ordinal_position"));
        q.bindValue(QStringLiteral(":table"), table);
        q.exec();
        static const QRegularExpression cast(QStringLiteral("::[a-z ]+$"));
        while (q.next()) {
            if (postgresOnlyColumns.contains(table + u'.' + q.value(1).toString()))
                continue;
            QString defaultValue = q.value(4).toString().remove(cast);
            if (postgresOnlyDefaults.value(table + u'.' + q.value(1).toString()) == defaultValue)
                defaultValue.clear();
            lines << columnLine(q.value(0).toInt(), q.value(1).toString(),
                                postgresFamily(q.value(2).toString()),
                                q.value(3).toString() == QLatin1String("NO"), defaultValue);
        }

        q.prepare(QStringLiteral("SELECT %1 FROM pg_constraint c "
                                 "WHERE c.conrelid = to_regclass(:table) AND c.contype = 'p'")
                      .arg(names.arg(QStringLiteral("c.conkey"), QStringLiteral("c.conrelid"))));
        q.bindValue(QStringLiteral(":table"), table);
        q.exec();
        while (q.next())
            lines << QStringLiteral("primary key (%1)").arg(q.value(0).toString());

        q.prepare(QStringLiteral("SELECT count(*) FROM pg_constraint c "
                                 "WHERE c.conrelid = to_regclass(:table) AND c.contype = 'c'"));
        q.bindValue(QStringLiteral(":table"), table);
        if (q.exec() && q.next())
            lines << QStringLiteral("checks %1").arg(q.value(0).toInt());

        q.prepare(QStringLiteral("SELECT %1, c.confrelid::regclass::text, %2, "
                                 "CASE c.confdeltype WHEN 'a' THEN 'NO ACTION' "
                                 "WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' "
                                 "WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END "
                                 "FROM pg_constraint c "
                                 "WHERE c.conrelid = to_regclass(:table) AND c.contype = 'f'")
                      .arg(names.arg(QStringLiteral("c.conkey"), QStringLiteral("c.conrelid")),
                           names.arg(QStringLiteral("c.confkey"), QStringLiteral("c.confrelid"))));
        q.bindValue(QStringLiteral(":table"), table);
        q.exec();
        while (q.next())
            lines << QStringLiteral("foreign key (%1) references %2 (%3) on delete %4")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString());

        q.prepare(
            QStringLiteral("SELECT i.relname, x.indisunique, x.indpred IS NOT NULL, %1, "
                           "EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid "
                           "AND c.conrelid = x.indrelid AND c.contype = 'u') "
                           "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                           "WHERE x.indrelid = to_regclass(:table) AND NOT x.indisprimary")
                .arg(names.arg(QStringLiteral("x.indkey::int2[]"), QStringLiteral("x.indrelid"))));
        q.bindValue(QStringLiteral(":table"), table);
        q.exec();
        while (q.next()) {
            if (postgresOnlyIndexes.contains(q.value(0).toString()))
                continue;
            if (q.value(4).toBool())
                lines << QStringLiteral("unique (%1)").arg(q.value(3).toString());
            else
                lines << indexLine(q.value(0).toString(), q.value(3).toString(),
                                   q.value(1).toBool(), q.value(2).toBool());
        }
    }
    for (QStringList &lines : schema)
        lines.sort();
    return schema;
}

// The lines of each table that start with one of @p kinds.
Schema only(const Schema &schema, const QStringList &kinds)
{
    Schema result;
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        QStringList &lines = result[it.key()];
        for (const QString &line : it.value()) {
            for (const QString &kind : kinds) {
                if (line.startsWith(kind)) {
                    lines << line;
                    break;
                }
            }
        }
    }
    return result;
}

// What differs, one line per difference ("table: only on SQLite: line"); empty when the same.
QStringList differences(const Schema &sqlite, const Schema &postgres)
{
    QStringList result;
    QStringList tables = sqlite.keys() + postgres.keys();
    tables.removeDuplicates();
    tables.sort();
    for (const QString &table : tables) {
        if (!postgres.contains(table)) {
            result << QStringLiteral("%1: a table on SQLite only").arg(table);
            continue;
        }
        if (!sqlite.contains(table)) {
            result << QStringLiteral("%1: a table on PostgreSQL only").arg(table);
            continue;
        }
        for (const QString &line : sqlite[table]) {
            if (!postgres[table].contains(line))
                result << QStringLiteral("%1: only on SQLite: %2").arg(table, line);
        }
        for (const QString &line : postgres[table]) {
            if (!sqlite[table].contains(line))
                result << QStringLiteral("%1: only on PostgreSQL: %2").arg(table, line);
        }
    }
    return result;
}

// Every row of @p table in primary-key order, values joined by '|' (NULL as "NULL"), without
// the columns @p leftOut.
QStringList rowsOf(const QSqlDatabase &db, const QString &table, const QStringList &leftOut)
{
    QSqlQuery q(db);
    // The table names are the schema's own (seedTables), never user text.
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        return {QStringLiteral("<%1>").arg(q.lastError().text())};
    QStringList rows;
    while (q.next()) {
        QStringList values;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            if (leftOut.contains(record.fieldName(i)) ||
                postgresOnlyColumns.contains(table + u'.' + record.fieldName(i)))
                continue;
            values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        }
        rows << values.join(u'|');
    }
    return rows;
}

} // namespace

// The PostgreSQL schema (resources/migrations/postgresql) against the SQLite one that the
// numbered migrations build: the same tables, columns, keys, indexes and seed rows. Each test
// function has its own SQLite file and its own database on a throwaway server.
class TestSchemaParity final : public test::ServerTest
{
    Q_OBJECT

    void prepareProgram() override
    {
        qInfo("PostgreSQL test cluster: initdb %lld ms, start %lld ms (port %d)",
              m_cluster.initdbMilliseconds(), m_cluster.startMilliseconds(), m_cluster.port());
        // The SQLite side is made once by the migrations and copied for each test function.
        QVERIFY(m_sqliteDir.isValid());
        auto made = Database::open(m_sqliteDir.filePath(QStringLiteral("template.sqlite")));
        QVERIFY2(made, qPrintable(made.error()));
    }

    void prepare() override
    {
        Result<QSqlDatabase> connected = m_cluster.connect(m_name, m_name);
        QVERIFY2(connected, qPrintable(connected.error()));
        m_postgres = connected.value();
        const Status created = postgres::createSchema(m_postgres);
        QVERIFY2(created, qPrintable(created.error()));

        const QString path = m_sqliteDir.filePath(QStringLiteral("parity.sqlite"));
        QVERIFY(test::copyDatabase(m_sqliteDir.filePath(QStringLiteral("template.sqlite")), path));
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        m_sqlite = std::move(opened).value();
    }

    void release() override
    {
        m_sqlite.reset();
        m_postgres = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

private Q_SLOTS:
    void bothAreAtTheLatestVersion()
    {
        const int latest = Database::latestSchemaVersion();
        QCOMPARE(m_sqlite->schemaVersion(), latest);
        QCOMPARE(postgres::schemaVersion(m_postgres), latest);
    }

    void theTablesAreTheSame()
    {
        const QStringList sqliteTables = describeSqlite(m_sqlite->connection()).keys();
        const QStringList postgresTables = describePostgres(m_postgres).keys();
        QVERIFY(sqliteTables.size() > 30);
        QCOMPARE(postgresTables, sqliteTables);
    }

    // Name, order, type family, NOT NULL and default of every column.
    void theColumnsAreTheSame()
    {
        const QStringList kinds = {QStringLiteral("column")};
        const QStringList found = differences(only(describeSqlite(m_sqlite->connection()), kinds),
                                              only(describePostgres(m_postgres), kinds));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // As many CHECK constraints on each table (their expressions are not compared).
    void theChecksAreAsMany()
    {
        const QStringList kinds = {QStringLiteral("checks")};
        const Schema sqlite = only(describeSqlite(m_sqlite->connection()), kinds);
        const QStringList found = differences(sqlite, only(describePostgres(m_postgres), kinds));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QCOMPARE(sqlite[QStringLiteral("public_meeting")],
                 QStringList{QStringLiteral("checks 13")});
    }

    void theKeysAndIndexesAreTheSame()
    {
        const QStringList kinds = {QStringLiteral("primary key"), QStringLiteral("foreign key"),
                                   QStringLiteral("unique"), QStringLiteral("index")};
        const Schema sqlite = only(describeSqlite(m_sqlite->connection()), kinds);
        const QStringList found = differences(sqlite, only(describePostgres(m_postgres), kinds));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        // The comparison saw them: a few that each kind must have found.
        QVERIFY(sqlite[QStringLiteral("organization_domain")].contains(
            QStringLiteral("primary key (organization_id,domain_id)")));
        QVERIFY(sqlite[QStringLiteral("register_change")].contains(
            QStringLiteral("foreign key (organization_id) references organization (id) on delete "
                           "SET NULL")));
        QVERIFY(sqlite[QStringLiteral("organization")].contains(QStringLiteral("unique (cif)")));
        QVERIFY(sqlite[QStringLiteral("event")].contains(
            QStringLiteral("index event_own_number (kind,number) unique partial")));
    }

    // SQLite has no trigger but the search index's, PostgreSQL none but the live updates'; a
    // trigger added to a migration needs its PL/pgSQL twin.
    void theTriggersAreTheSame()
    {
        QSqlQuery sqlite(m_sqlite->connection());
        QVERIFY(sqlite.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")));
        QStringList sqliteTriggers;
        while (sqlite.next()) {
            if (!sqliteOnlyTriggers.contains(sqlite.value(0).toString()))
                sqliteTriggers << sqlite.value(0).toString();
        }
        QSqlQuery postgres(m_postgres);
        QVERIFY(postgres.exec(QStringLiteral(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname")));
        QStringList postgresTriggers;
        while (postgres.next()) {
            if (!postgres.value(0).toString().endsWith(postgresOnlyTriggerSuffix))
                postgresTriggers << postgres.value(0).toString();
        }
        QCOMPARE(postgresTriggers, sqliteTriggers);
    }

    // The migrations' rows: as many in every table, and the reference rows equal, sort keys
    // included (filled by the program on both).
    void theSeedRowsAreTheSame()
    {
        const QSqlDatabase sqlite = m_sqlite->connection();
        for (const QString &table : describeSqlite(sqlite).keys())
            QCOMPARE(test::rowCount(m_postgres, table), test::rowCount(sqlite, table));
        QCOMPARE(test::rowCount(m_postgres, QStringLiteral("county")), 42);
        for (const QString &table : seedTables)
            QCOMPARE(rowsOf(m_postgres, table, timeColumns), rowsOf(sqlite, table, timeColumns));
        QCOMPARE(rowsOf(m_postgres, QStringLiteral("county"), {}).first(),
                 QStringLiteral("1|AB|Alba|7|%1").arg(text::sortKey(QStringLiteral("Alba"))));
        // The times, in the same form on both.
        QSqlQuery q(m_postgres);
        QVERIFY(q.exec(QStringLiteral("SELECT created_at, updated_at FROM organization")));
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"));
        while (q.next()) {
            QVERIFY2(iso.match(q.value(0).toString()).hasMatch(),
                     qPrintable(q.value(0).toString()));
            QCOMPARE(q.value(1), q.value(0));
        }
    }

    // The sort keys order by their bytes on both (COLLATE "C" on PostgreSQL, whatever the
    // server's locale): Romanian alphabetical order, Brăila after Brașov.
    void sortKeysOrderTheSameOnBoth()
    {
        const QString sql = QStringLiteral("SELECT name FROM county ORDER BY sort_key, id");
        QSqlQuery sqlite(m_sqlite->connection());
        QSqlQuery postgres(m_postgres);
        QVERIFY(sqlite.exec(sql));
        QVERIFY(postgres.exec(sql));
        const QStringList sqliteOrder = column(sqlite, 0);
        QCOMPARE(column(postgres, 0), sqliteOrder);
        QVERIFY(sqliteOrder.indexOf(QStringLiteral("Brașov")) <
                sqliteOrder.indexOf(QStringLiteral("Brăila")));
    }

    // The ids a migration gave are taken: the next row gets the next number, as on SQLite.
    void newRowsFollowTheSeededIds()
    {
        for (const QSqlDatabase &db : {m_sqlite->connection(), m_postgres}) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO region (code, name, sort_key) "
                                     "VALUES (:code, :name, :key)"));
            q.bindValue(QStringLiteral(":code"), QStringLiteral("X"));
            q.bindValue(QStringLiteral(":name"), QStringLiteral("Regiune de test"));
            q.bindValue(QStringLiteral(":key"), text::sortKey(QStringLiteral("Regiune de test")));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM region WHERE code = 'X'")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 9);
        }
    }

    // The searched text (step 15) is found by any part, case and diacritics folded, through its
    // trigram index; the trigram index of the folded name, which no query used, is gone (step 16).
    void theSearchedTextIsFoundByAnyPart()
    {
        QSqlQuery q(m_postgres);
        q.prepare(QStringLiteral("SELECT acronym FROM organization "
                                 "WHERE search_text LIKE '%' || :part || '%' ORDER BY name_sort"));
        q.bindValue(QStringLiteral(":part"), text::folded(QStringLiteral("ORAȘELOR din")));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(column(q, 0), QStringList{QStringLiteral("AOR")});
        QVERIFY(q.exec(QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = "
                                      "'organization' AND indexdef LIKE '%gin_trgm_ops%'")));
        QCOMPARE(column(q, 0), QStringList{QStringLiteral("organization_search_trgm")});
    }

    // Creating the schema a second time is refused, naming a table it found, and changes
    // nothing; so is creating it in a database that holds another program's tables.
    void aSecondCreationIsRefusedAndChangesNothing()
    {
        const Schema before = describePostgres(m_postgres);
        const int organizations = test::rowCount(m_postgres, QStringLiteral("organization"));
        const Status again = postgres::createSchema(m_postgres);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QLatin1String("is not empty (it holds the table ")),
                 qPrintable(again.error()));
        QCOMPARE(describePostgres(m_postgres), before);
        QCOMPARE(test::rowCount(m_postgres, QStringLiteral("organization")), organizations);
        QCOMPARE(postgres::schemaVersion(m_postgres), Database::latestSchemaVersion());

        const QString other = m_name + QStringLiteral("_other");
        QVERIFY(m_cluster.createDatabase(other));
        {
            Result<QSqlDatabase> connected = m_cluster.connect(other, other);
            QVERIFY2(connected, qPrintable(connected.error()));
            QSqlDatabase db = connected.value();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoice (id integer)")));
            const Status refused = postgres::createSchema(db);
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(QLatin1String("the table invoice")),
                     qPrintable(refused.error()));
            QCOMPARE(describePostgres(db).keys(), QStringList{QStringLiteral("invoice")});
            QCOMPARE(postgres::schemaVersion(db), 0);
        }
        QSqlDatabase::removeDatabase(other);
        QVERIFY(m_cluster.dropDatabase(other));
    }

    // A script that fails half-way leaves an empty database, not half a schema.
    void aFailingScriptLeavesNothing()
    {
        QTemporaryDir scripts;
        QFile real(QStringLiteral(":/migrations/postgresql/0014_schema.sql"));
        QVERIFY(real.open(QIODevice::ReadOnly));
        QFile broken(scripts.filePath(QStringLiteral("0014_schema.sql")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(real.readAll() + "\nSELECT no_such_function();\n");
        broken.close();

        const QString other = m_name + QStringLiteral("_broken");
        QVERIFY(m_cluster.createDatabase(other));
        {
            Result<QSqlDatabase> connected = m_cluster.connect(other, other);
            QVERIFY2(connected, qPrintable(connected.error()));
            const Status failed = postgres::createSchema(connected.value(), scripts.path());
            QVERIFY(!failed);
            QVERIFY2(failed.error().contains(QLatin1String("no_such_function")),
                     qPrintable(failed.error()));
            QVERIFY(describePostgres(connected.value()).isEmpty());
            QCOMPARE(postgres::schemaVersion(connected.value()), 0);
        }
        QSqlDatabase::removeDatabase(other);
        QVERIFY(m_cluster.dropDatabase(other));
    }

    // A database made at version 14 (by an earlier program: the whole schema only) and brought
    // up to date has the schema of one made now; a second upgrade finds nothing to do.
    void anUpgradedDatabaseHasTheSchemaOfANewOne()
    {
        QTemporaryDir scripts;
        QVERIFY(QFile::copy(QStringLiteral(":/migrations/postgresql/0014_schema.sql"),
                            scripts.filePath(QStringLiteral("0014_schema.sql"))));
        const QString other = m_name + QStringLiteral("_old");
        QVERIFY(m_cluster.createDatabase(other));
        {
            Result<QSqlDatabase> connected = m_cluster.connect(other, other);
            QVERIFY2(connected, qPrintable(connected.error()));
            QSqlDatabase db = connected.value();
            const Status made = postgres::createSchema(db, scripts.path());
            QVERIFY2(made, qPrintable(made.error()));
            QCOMPARE(postgres::schemaVersion(db), 14);
            QVERIFY(describePostgres(db) != describePostgres(m_postgres));

            const Result<int> upgraded = postgres::upgradeSchema(db);
            QVERIFY2(upgraded, qPrintable(upgraded.error()));
            QCOMPARE(upgraded.value(), 14);
            QCOMPARE(postgres::schemaVersion(db), Database::latestSchemaVersion());
            const QStringList different =
                differences(describePostgres(m_postgres), describePostgres(db));
            QVERIFY2(different.isEmpty(), qPrintable(different.join(QLatin1Char('\n'))));

            const Result<int> again = postgres::upgradeSchema(db);
            QVERIFY2(again, qPrintable(again.error()));
            QCOMPARE(again.value(), Database::latestSchemaVersion());
        }
        QSqlDatabase::removeDatabase(other);
        QVERIFY(m_cluster.dropDatabase(other));
    }

    // The comparison sees a difference: a column that lost its NOT NULL, an index gone, a CHECK
    // gone, a foreign key that no longer cascades.
    void aDifferenceIsSeen()
    {
        const Schema sqlite = describeSqlite(m_sqlite->connection());
        QVERIFY(differences(sqlite, describePostgres(m_postgres)).isEmpty());
        QSqlQuery q(m_postgres);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE region ALTER COLUMN name DROP NOT NULL")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX county_region")));
        QVERIFY(
            q.exec(QStringLiteral("ALTER TABLE court_case DROP CONSTRAINT court_case_year_check")));
        QVERIFY(q.exec(
            QStringLiteral("ALTER TABLE organization_alias DROP CONSTRAINT "
                           "organization_alias_organization_id_fkey, "
                           "ADD FOREIGN KEY (organization_id) REFERENCES organization(id)")));
        const QStringList found = differences(sqlite, describePostgres(m_postgres));
        QVERIFY2(
            found.contains(QStringLiteral("region: only on SQLite: column 3 name text not null")),
            qPrintable(found.join(u'\n')));
        QVERIFY2(found.contains(
                     QStringLiteral("county: only on SQLite: index county_region (region_id)")),
                 qPrintable(found.join(u'\n')));
        QVERIFY2(found.contains(QStringLiteral("court_case: only on SQLite: checks 2")),
                 qPrintable(found.join(u'\n')));
        QVERIFY2(found.contains(QStringLiteral(
                     "organization_alias: only on PostgreSQL: foreign key (organization_id) "
                     "references organization (id) on delete NO ACTION")),
                 qPrintable(found.join(u'\n')));
    }

private:
    QSqlDatabase m_postgres;
    QTemporaryDir m_sqliteDir;
    std::unique_ptr<Database> m_sqlite;
};

QTEST_GUILESS_MAIN(TestSchemaParity)
#include "tst_schemaparity.moc"
