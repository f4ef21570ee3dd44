#include "ServerTest.h"
#include "TestDatabase.h"
#include "registry/OrganizationImporter.h"
#include "registry/OrganizationRepository.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

// The CSV import of organizations on a PostgreSQL server: the same statements as on a file,
// through the driver, with the ids given by the import and the server's identity moved past
// them. Each test function has its own database on the program's throwaway server.
class TestServerImport final : public test::ServerTest
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_files;

    void prepare() override
    {
        auto opened = Database::open(url(), Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.error()));
        m_db = std::move(opened).value();
    }
    void release() override { m_db.reset(); }

    QString file(const QByteArray &bytes) const
    {
        static int n = 0;
        const QString path = m_files.filePath(QStringLiteral("import-%1.csv").arg(++n));
        return test::writeFile(path, bytes) ? path : QString();
    }

    qint64 count(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    Result<ImportSummary> import(const QByteArray &bytes, bool dryRun = false) const
    {
        ImportOptions options;
        options.dryRun = dryRun;
        return OrganizationImporter(m_db->connection()).importFile(file(bytes), options);
    }

    static constexpr const char *firstFile =
        "Denumire;CIF;Judet;Domenii;E-mail\n"
        "Asociatia Unu Test (fictiv);RO1000017;Cluj;Educatie|Domeniu Nou De Test;unu@example.org\n"
        "Fundatia Doi Test (fictiv);RO1000025;Iasi;Cultura;\n"
        "Asociatia Trei Test (fictiv);;Timis;;\n";

private Q_SLOTS:
    // New organizations land with their domains (a new one added once), the import's id and
    // its log row; the file again changes nothing.
    void newOrganizationsAreWritten()
    {
        const qint64 before = count(QStringLiteral("SELECT count(*) FROM organization"));
        const qint64 domains = count(QStringLiteral("SELECT count(*) FROM domain"));
        const Result<ImportSummary> r = import(firstFile);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->imported, 3);
        QCOMPARE(r->rejected.size(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organization")), before + 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM domain")), domains + 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organization_domain od JOIN "
                                      "organization o ON o.id = od.organization_id WHERE o.cif = "
                                      "'1000017'")),
                 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organization WHERE import_id = "
                                      "(SELECT max(id) FROM data_import)")),
                 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM data_import WHERE sha256 <> ''")), 1);

        const Result<ImportSummary> again = import(firstFile);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organization")), before + 3);
    }

    // More rows than one statement takes (500 on a server), each with a domain or two: every
    // one written once, with its links, and the file again changes nothing.
    void manyRowsFillWholeStatements()
    {
        QByteArray bytes = "Denumire;Judet;Domenii\n";
        const int n = 1203;
        for (int i = 1; i <= n; ++i)
            bytes += QByteArray("Asociatia Numarul ") + QByteArray::number(i) +
                     " (fictiv);Cluj;Educatie" + (i % 2 ? "|Sport\n" : "\n");
        const qint64 before = count(QStringLiteral("SELECT count(*) FROM organization"));
        const Result<ImportSummary> r = import(bytes);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->imported, n);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organization")), before + n);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT name) FROM organization WHERE name "
                                      "LIKE 'Asociatia Numarul %'")),
                 n);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organization_domain")),
                 n + (n + 1) / 2);
        const Result<ImportSummary> again = import(bytes);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->unchanged, n);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organization_domain")),
                 n + (n + 1) / 2);
    }

    // A changed row updates the stored organization with an audit row marked with the import
    // (and the server's user); a taken registry number rejects its row.
    void changesAreAuditedAndConflictsRejected()
    {
        QVERIFY(import(firstFile));
        const Result<ImportSummary> r =
            import("Denumire;CIF;Nr. inscriere RNONG;Judet;E-mail\n"
                   "Asociatia Unu Test (fictiv);RO1000017;12/A/2020;Cluj;nou@example.org\n"
                   "Asociatia Alta Test (fictiv);RO1000009;12/A/2020;Alba;\n");
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->updated, 1);
        QCOMPARE(r->imported, 0);
        QCOMPARE(r->rejected.size(), 1);
        QCOMPARE(r->rejected.first().line, 3);
        QVERIFY2(r->rejected.first().reason.contains(QStringLiteral("12/A/2020")),
                 qPrintable(r->rejected.first().reason));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organization WHERE email = "
                                      "'nou@example.org'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                      "'organization' AND action = 'update' AND import_id = "
                                      "(SELECT max(id) FROM data_import) AND db_user IS NOT NULL")),
                 1);
    }

    // The stored organizations a batch of rows may match are read before the batch, in a few
    // statements: a row that changes one is seen by the next rows of the same batch, its values
    // (the same row again changes nothing) and its keys (the CIF it has just been given finds it).
    void aRowSeesWhatAnEarlierRowOfItsBatchChanged()
    {
        QVERIFY(import("Denumire;CIF;Nr. inscriere RNONG;Judet\n"
                       "Asociatia Patru Test (fictiv);;4/A/2020;Cluj\n"));
        const Result<ImportSummary> r =
            import("Denumire;CIF;Nr. inscriere RNONG;Judet;E-mail\n"
                   "Asociatia Patru Test (fictiv);RO1000017;4/A/2020;Cluj;patru@example.org\n"
                   "Asociatia Patru Test (fictiv);RO1000017;4/A/2020;Cluj;patru@example.org\n"
                   "Asociatia Patru Test (fictiv);RO1000017;4/B/2020;Cluj;patru@example.org\n");
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->updated, 2);
        QCOMPARE(r->unchanged, 1);
        QCOMPARE(r->imported, 0);
        QCOMPARE(r->rejected.size(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organization WHERE cif = '1000017'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organization WHERE cif = '1000017' "
                                      "AND registry_number = '4/B/2020' AND "
                                      "email = 'patru@example.org'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                      "'organization' AND import_id = "
                                      "(SELECT max(id) FROM data_import)")),
                 2);
    }

    // An organization saved after an import takes the next id: the import moved the server's
    // identity past the ids it gave.
    void theIdentityMovesPastTheImport()
    {
        QVERIFY(import(firstFile));
        const qint64 last = count(QStringLiteral("SELECT max(id) FROM organization"));
        Organization o;
        o.name = QStringLiteral("Asociatia Dupa Import (fictiv)");
        o.countyId = int(count(QStringLiteral("SELECT id FROM county WHERE name = 'Cluj'")));
        const Result<qint64> added = OrganizationRepository(m_db->connection()).add(o);
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added.value(), last + 1);
    }

    // A dry run (the window's preview) counts what the import would do and writes nothing.
    void aDryRunWritesNothing()
    {
        const qint64 before = count(QStringLiteral("SELECT count(*) FROM organization"));
        const Result<ImportSummary> r = import(firstFile, true);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->imported, 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organization")), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM data_import")), 0);
    }

    // While an import writes, another official's save of an organization waits for it (the
    // import gives the ids itself) instead of taking one of its ids; reading goes on.
    void anotherWriterWaitsForTheImport()
    {
        auto other = m_db->openAnother(QStringLiteral("other"));
        QVERIFY2(other, qPrintable(other.error()));
        QSqlQuery timeout(other.value()->connection());
        QVERIFY(timeout.exec(QStringLiteral("SET lock_timeout = '200ms'")));
        QString insertError;
        bool readDuringImport = false;
        int calls = 0;
        const auto progress = [&](qint64, qint64) {
            if (calls++ > 0)
                return true;
            QSqlQuery insert(other.value()->connection());
            if (insert.exec(QStringLiteral(
                    "INSERT INTO organization (name, name_sort, name_folded, created_at, "
                    "updated_at) VALUES ('X (fictiv)', 'x', 'x', '2026-01-01', '2026-01-01')")))
                insertError = QStringLiteral("written during the import");
            else
                insertError = insert.lastError().text();
            QSqlQuery read(other.value()->connection());
            readDuringImport = read.exec(QStringLiteral("SELECT count(*) FROM organization"));
            return true;
        };
        const Result<ImportSummary> r =
            OrganizationImporter(m_db->connection()).importFile(file(firstFile), {}, progress);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->imported, 3);
        QVERIFY(calls > 0);
        QVERIFY2(insertError.contains(QStringLiteral("lock")), qPrintable(insertError));
        QVERIFY(readDuringImport);
        // Once the import is saved, the other official's save goes through, with the next id.
        const qint64 last = count(QStringLiteral("SELECT max(id) FROM organization"));
        QSqlQuery insert(other.value()->connection());
        QVERIFY2(insert.exec(QStringLiteral(
                     "INSERT INTO organization (name, name_sort, name_folded, created_at, "
                     "updated_at) VALUES ('X (fictiv)', 'x', 'x', '2026-01-01', '2026-01-01') "
                     "RETURNING id")) &&
                     insert.next(),
                 qPrintable(insert.lastError().text()));
        QCOMPARE(insert.value(0).toLongLong(), last + 1);
    }
};

QTEST_GUILESS_MAIN(TestServerImport)
#include "tst_serverimport.moc"
