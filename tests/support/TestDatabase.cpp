#include "TestDatabase.h"

#include "PgCluster.h"
#include "core/Text.h"
#include "demo/DemoDataset.h"
#include "registry/OrganizationRepository.h"
#include "registry/OrganizationValidation.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <functional>

namespace dc::test {

namespace {

// Runs @p work on a connection of its own to the SQLite file @p path, or to the server database
// whose URL @p path is (not Database::open), as another program would, then closes it; false
// when it cannot be opened or @p work fails.
bool withOwnConnection(const QString &path, const std::function<bool(const QSqlDatabase &)> &work)
{
    const QString name = QStringLiteral("own-connection");
    bool ok = false;
    {
        QSqlDatabase db;
        if (path.startsWith(QLatin1String("postgresql://"))) {
            const QUrl url(path);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
        }
        ok = db.open() && work(db);
        if (!db.isOpen())
            qWarning() << path << db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Runs @p statements on @p db in turn; false (the statement in a warning) at the first that fails.
bool execAll(const QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            qWarning() << statement << q.lastError().text();
            return false;
        }
    }
    return true;
}

// The throwaway server of the server twin: started at the first TestDatabase of the program,
// with a database holding the schema that every test database copies (CREATE DATABASE ...
// TEMPLATE: 0.2 s, where running the migrations takes longer), and one holding the demo too,
// made at the first test that asks for it (loading the demo takes 0.35 s more), stopped when
// the application object goes (QtTest's main), or by PgCluster's watchdog should the program die.
struct TestServer
{
    PgCluster cluster;
    QString error;
    int databases = 0;
    bool demoMade = false;
};

std::unique_ptr<TestServer> s_server;

const QString schemaTemplate = QStringLiteral("schema_template");
const QString demoTemplate = QStringLiteral("demo_template");

Status loadDemo(const QSqlDatabase &db)
{
    const Result<DemoSummary> demo = DemoDataset::load(db);
    return demo ? Status() : Status::failure(demo.error());
}

// The server's database of the demo, made once.
Status makeDemoTemplate(TestServer &server)
{
    if (server.demoMade)
        return {};
    if (Status made = server.cluster.createDatabase(demoTemplate, schemaTemplate); !made)
        return made;
    auto opened = Database::open(server.cluster.url(demoTemplate),
                                 QStringLiteral("dialogcivic-test-demo-template"));
    if (!opened)
        return Status::failure(opened.error());
    if (Status loaded = loadDemo(opened.value()->connection()); !loaded)
        return loaded;
    server.demoMade = true;
    return {};
}

TestServer &testServer()
{
    if (s_server)
        return *s_server;
    s_server = std::make_unique<TestServer>();
    if (Status started = s_server->cluster.start(); !started) {
        s_server->error = started.error();
        return *s_server;
    }
    qAddPostRoutine([] { s_server.reset(); });
    if (Status made = s_server->cluster.createDatabase(schemaTemplate); !made) {
        s_server->error = made.error();
        return *s_server;
    }
    auto opened = Database::open(s_server->cluster.url(schemaTemplate),
                                 QStringLiteral("dialogcivic-test-template"));
    if (!opened)
        s_server->error = opened.error();
    return *s_server;
}

} // namespace

bool onServer()
{
    return qEnvironmentVariable("DIALOGCIVIC_TEST_BACKEND") == QLatin1String("server");
}

QString serverSkipReason()
{
    return onServer() ? PgCluster::skipReason() : QString();
}

TestDatabase::TestDatabase(Seed seed)
{
    if (onServer()) {
        TestServer &server = testServer();
        if (!server.error.isEmpty()) {
            m_error = server.error;
            return;
        }
        if (seed == Seed::Demo) {
            if (Status made = makeDemoTemplate(server); !made) {
                m_error = made.error();
                return;
            }
        }
        const QString name = QStringLiteral("test_%1").arg(++server.databases);
        if (Status made = server.cluster.createDatabase(name, seed == Seed::Demo ? demoTemplate
                                                                                 : schemaTemplate);
            !made) {
            m_error = made.error();
            return;
        }
        m_serverName = name;
        m_path = server.cluster.url(name);
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    auto opened = Database::open(m_path);
    if (!opened) {
        m_error = opened.error();
        return;
    }
    m_database = std::move(opened).value();
    if (seed == Seed::Demo && !onServer()) {
        if (Status loaded = loadDemo(m_database->connection()); !loaded) {
            m_error = loaded.error();
            m_database.reset();
        }
    }
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (!m_serverName.isEmpty() && s_server && s_server->cluster.isRunning()) {
        if (Status dropped = s_server->cluster.dropDatabase(m_serverName); !dropped)
            qWarning() << dropped.error();
    }
}

QString fiscalCodeFor(int n)
{
    // The body from the counter, then the one check digit the validation accepts.
    const QString body = QString::number(10000000 + n);
    for (int check = 0; check <= 9; ++check) {
        const QString cif = body + QString::number(check);
        if (validation::isValidCif(cif))
            return cif;
    }
    return {};
}

Status addGeneratedOrganizations(QSqlDatabase db, int n)
{
    if (!db.transaction())
        return Status::failure(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO organization (name, name_sort, name_folded, cif, county_id, locality, "
        "purposes, volunteering, created_at, updated_at) VALUES (:name, :sort, :folded, :cif, "
        ":county, :locality, :purposes, :volunteering, '2026-01-02T03:04:05', "
        "'2026-01-02T03:04:05')"));
    for (int i = 1; i <= n; ++i) {
        const QString name = QStringLiteral("Asociația Științifică „Țara” nr. %1").arg(i);
        q.bindValue(QStringLiteral(":name"), name);
        q.bindValue(QStringLiteral(":sort"), text::sortKey(name));
        q.bindValue(QStringLiteral(":folded"), text::folded(name));
        q.bindValue(QStringLiteral(":cif"), fiscalCodeFor(i));
        q.bindValue(QStringLiteral(":county"), i % 3 == 0 ? QVariant() : QVariant(1 + i % 42));
        q.bindValue(QStringLiteral(":locality"),
                    i % 5 == 0 ? QVariant() : QVariant(QStringLiteral("Iași")));
        q.bindValue(QStringLiteral(":purposes"),
                    QStringLiteral("Promovarea voluntariatului și a educației civice în județ"));
        q.bindValue(QStringLiteral(":volunteering"), i % 2);
        if (!q.exec()) {
            const QString error = q.lastError().text();
            db.rollback();
            return Status::failure(error);
        }
    }
    if (!db.commit())
        return Status::failure(db.lastError().text());
    return {};
}

QString dataPath(const QString &name)
{
    return QDir(qEnvironmentVariable("DIALOGCIVIC_TEST_DATA")).filePath(name);
}

Result<std::unique_ptr<Database>> openBeforeStep(const QString &path, int step)
{
    QTemporaryDir migrations;
    const QDir all(QStringLiteral(":/migrations"));
    for (const QString &name : all.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        if (name.left(4).toInt() < step &&
            !QFile::copy(all.filePath(name), migrations.filePath(name)))
            return Result<std::unique_ptr<Database>>::failure(
                QStringLiteral("%1 cannot be copied").arg(name));
    }
    return Database::open(path, QString(), migrations.path());
}

Result<std::unique_ptr<Database>> upgradedDatabase(const QString &path, int step,
                                                   const QStringList &statements)
{
    using Opened = Result<std::unique_ptr<Database>>;
    {
        Opened old = openBeforeStep(path, step);
        if (!old)
            return old;
        if (old.value()->schemaVersion() >= step)
            return Opened::failure(QStringLiteral("the old database is at step %1 already")
                                       .arg(old.value()->schemaVersion()));
        QSqlQuery q(old.value()->connection());
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return Opened::failure(sql + QStringLiteral(": ") + q.lastError().text());
        }
    }
    return Database::open(path);
}

bool copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(to + suffix) && !QFile::remove(to + suffix))
            return false;
    }
    return QFile::copy(from, to);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

bool rawExec(const QString &path, const QStringList &statements)
{
    return withOwnConnection(path, [&](const QSqlDatabase &db) { return execAll(db, statements); });
}

int rawScalar(const QString &path, const QString &sql)
{
    int value = -1;
    withOwnConnection(path, [&](const QSqlDatabase &db) {
        value = scalar(db, sql);
        return true;
    });
    return value;
}

bool growDatabase(const QString &path, qint64 bytes)
{
    const qint64 megabytes = bytes / (1024 * 1024) + 1;
    const QStringList statements =
        QStringList{QStringLiteral("CREATE TABLE ballast (x BLOB)")} +
        QStringList(megabytes, QStringLiteral("INSERT INTO ballast VALUES (randomblob(1048576))")) +
        QStringList{QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")};
    return rawExec(path, statements) && QFileInfo(path).size() > bytes;
}

bool damageDatabase(const QString &path)
{
    const QStringList filler =
        QStringList{QStringLiteral("CREATE TABLE filler (x TEXT)")} +
        QStringList(200, QStringLiteral("INSERT INTO filler VALUES (hex(randomblob(500)))"));
    qint64 offset = 0;
    const bool filled = withOwnConnection(path, [&](const QSqlDatabase &db) {
        QSqlQuery q(db);
        for (const QString &statement : filler) {
            if (!q.exec(statement))
                return false;
        }
        if (!q.exec(QStringLiteral(
                "SELECT (SELECT rootpage FROM sqlite_master WHERE name = 'filler') - 1, "
                "(SELECT page_size FROM pragma_page_size())")) ||
            !q.next())
            return false;
        offset = q.value(0).toLongLong() * q.value(1).toLongLong();
        return q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
               q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    });
    {
        QFile file(path);
        if (!filled || offset <= 0 || !file.open(QIODevice::ReadWrite) || !file.seek(offset) ||
            file.write(QByteArray(64, '\xff')) != 64)
            return false;
    }
    // Back in WAL mode, as every file the program has written is: opening it switches nothing.
    return withOwnConnection(path, [](const QSqlDatabase &db) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next() &&
               q.value(0).toString() == QLatin1String("wal");
    });
}

bool refuseInserts(const QSqlDatabase &db, const QString &table, const QString &message)
{
    // Identifiers and the message are the test's own, never user text.
    const QStringList statements =
        query::isServer(db)
            ? QStringList{QStringLiteral(
                              "CREATE FUNCTION refuse_%1() RETURNS trigger LANGUAGE plpgsql AS "
                              "$$ BEGIN RAISE EXCEPTION '%2'; END $$")
                              .arg(table, message),
                          QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 FOR EACH "
                                         "ROW EXECUTE FUNCTION refuse_%1()")
                              .arg(table)}
            : QStringList{QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 BEGIN "
                                         "SELECT RAISE(ABORT, '%2'); END")
                              .arg(table, message)};
    return execAll(db, statements);
}

int searchHits(const QSqlDatabase &db, const QString &text)
{
    const OrganizationRepository repository(db);
    const QList<OrganizationHit> hits = repository.search(text, 100000);
    return repository.lastError().isEmpty() ? int(hits.size()) : -1;
}

QStringList indexesAndTriggersOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(query::isServer(db)
                  ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = :t UNION "
                                   "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND "
                                   "tgrelid = (SELECT oid FROM pg_class WHERE relname = :t AND "
                                   "relkind = 'r') ORDER BY 1")
                  : QStringLiteral("SELECT name FROM sqlite_master WHERE tbl_name = :t AND type IN "
                                   "('index', 'trigger') ORDER BY name"));
    q.bindValue(QStringLiteral(":t"), table);
    QStringList names;
    if (!q.exec())
        return {q.lastError().text()};
    while (q.next())
        names << q.value(0).toString();
    return names;
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

int rowCount(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
}

qint64 organizationId(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM organization WHERE name = :n"));
    q.bindValue(QStringLiteral(":n"), name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 tieToEveryKindOfRecord(const QSqlDatabase &db)
{
    const qint64 id = organizationId(db, QString::fromUtf16(everyRecordOrganization));
    if (id == 0)
        return 0;
    QSqlQuery edition(db);
    if (!edition.exec(QStringLiteral("SELECT id FROM edition WHERE year = 2021")) ||
        !edition.next())
        return 0;
    const qint64 editionId = edition.value(0).toLongLong();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO partnership (edition_id, organization_id, role) VALUES (:e, :o, 'promoter')"));
    insert.bindValue(QStringLiteral(":e"), editionId);
    insert.bindValue(QStringLiteral(":o"), id);
    if (!insert.exec())
        return 0;
    insert.prepare(QStringLiteral(
        "INSERT INTO event_coorganizer (event_id, organization_id, position) "
        "SELECT id, :o, 99 FROM event WHERE edition_id = :e ORDER BY event_date, id LIMIT 1"));
    insert.bindValue(QStringLiteral(":e"), editionId);
    insert.bindValue(QStringLiteral(":o"), id);
    if (!insert.exec() || insert.numRowsAffected() != 1)
        return 0;
    return id;
}

} // namespace dc::test
