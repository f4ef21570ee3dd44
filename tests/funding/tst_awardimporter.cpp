#include "../nationalregister/HostileWorkbook.h"
#include "DatabaseTest.h"
#include "FundingFixture.h"

#include "funding/AwardImporter.h"
#include "funding/FundingSummary.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

using namespace dc;

// The award import: the registry import's conventions (encodings, separators, headers without
// case and diacritics, FILE:LINE reasons, one transaction), idempotent on the contract number,
// and sums exact to the ban over thousands of imported awards.
class TestAwardImporter final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private:
    test::FundingFixture m_fixture;

    QString write(const QString &name, const QString &text, bool windows1250 = false) const
    {
        const QString path = m_db->filePath(name);
        QByteArray bytes = text.toUtf8();
        if (windows1250) {
            // Windows-1250 has only the legacy cedilla letters, as old files carry them.
            QString legacy = text;
            legacy.replace(QChar(0x0219), QChar(0x015F)).replace(QChar(0x021B), QChar(0x0163));
            legacy.replace(QChar(0x0218), QChar(0x015E)).replace(QChar(0x021A), QChar(0x0162));
            QStringEncoder encoder("windows-1250");
            bytes = encoder.encode(legacy);
        }
        return test::writeFile(path, bytes) ? path : QString();
    }

    static QString header()
    {
        return QStringLiteral(
            "Nr. contract;Apel;An;Organizație;CIF;Județ;Proiect;Suma solicitată;Suma acordată;"
            "Suma plătită;Contribuție proprie;Data contract;Stare\n");
    }

    int auditRows() const
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'funding_award'"));
        return q.next() ? q.value(0).toInt() : -1;
    }

    // A number the query returns; %1 in @p sql is replaced by @p argument.
    qint64 scalar(const char *sql, qint64 argument = 0) const
    {
        QSqlQuery q(m_db->connection());
        q.exec(QString::fromUtf8(sql).arg(argument));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    qint64 lastImport() const
    {
        return scalar("SELECT max(id) FROM data_import WHERE kind = 'funding_awards'");
    }

    void prepare() override { QVERIFY(m_fixture.build(m_db->connection())); }

private Q_SLOTS:
    void importsReportsAndIsIdempotent()
    {
        const QString file = write(
            QStringLiteral("awards.csv"),
            header() +
                QStringLiteral("M-1;Voluntariat 2025;2025;;RO 4221187;;Tabără de "
                               "vară;12.000,00;10.000,50;5.000,25;1.000;15.03.2025;contractat\n"
                               "M-2;voluntariat 2025;;FUNDATIA BETA;;Iasi;Voluntari la "
                               "spital;8000;7.500,00 lei;0;;2025-03-20;\n"
                               "M-3;Apel necunoscut;2025;Fundația Beta;;IS;X;1;1;0;;;\n"
                               "M-4;Voluntariat 2025;2025;Fundația Beta;;IS;Y;1;unu;0;;;\n"
                               "M-5;Voluntariat 2025;2025;Fundația Beta;;IS;Z;100;100;200;;;\n"
                               "M-6;Voluntariat 2025;2025;Asociația Nimeni;;CJ;W;1;1;0;;;\n"
                               ";Voluntariat 2025;2025;Fundația Beta;;IS;V;1;1;0;;;\n"
                               "M-7;Voluntariat 2025;2025;Fundația Beta;;IS;U;1;1;0;;31.02.2025;\n"
                               "M-8;Voluntariat 2025;2025;Fundația Beta\n"
                               "M-9;Voluntariat 2025;2025;Fundația Beta;;IS;T;1;1;0;;;pierdut\n"));
        AwardImporter importer(m_db->connection());
        Result<ImportSummary> s = importer.importFile(file);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->imported, 2);
        QCOMPARE(s->updated, 0);
        QCOMPARE(s->rejected.size(), 8);
        const QList<int> lines{4, 5, 6, 7, 8, 9, 10, 11};
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(s->rejected.at(i).line, lines.at(i));
        const QStringList expectedWords{
            QStringLiteral("Apel: no call named 'Apel necunoscut' in 2025"),
            QStringLiteral("Suma acordată: 'unu' is not an amount"),
            QStringLiteral("Paid: more than the amount granted"),
            QStringLiteral("Organizație: no organization named 'Asociația Nimeni'"),
            QStringLiteral("Nr. contract: required"),
            QStringLiteral("Data contract: '31.02.2025' is not a date"),
            QStringLiteral("the row has 4 cells, the header row has 13"),
            QStringLiteral("Stare: unknown status 'pierdut'")};
        for (int i = 0; i < expectedWords.size(); ++i)
            QVERIFY2(s->rejected.at(i).reason.contains(expectedWords.at(i)),
                     qPrintable(s->rejected.at(i).reason));

        FundingRepository repository(m_db->connection());
        const std::optional<FundingAward> first = repository.awardByContract(QStringLiteral("M-1"));
        QVERIFY(first);
        QCOMPARE(first->organizationId, m_fixture.a);
        QCOMPARE(first->callId, m_fixture.volunteering2025);
        QCOMPARE(first->granted.bani(), qint64(1000050));
        QCOMPARE(first->paid.bani(), qint64(500025));
        QCOMPARE(first->ownContribution.bani(), qint64(100000));
        QCOMPARE(first->contractDate, QDate(2025, 3, 15));
        const std::optional<FundingAward> second =
            repository.awardByContract(QStringLiteral("M-2"));
        QVERIFY(second);
        QCOMPARE(second->organizationId, m_fixture.b);
        QCOMPARE(second->granted.bani(), qint64(750000));
        // One record of the import, which the added awards carry, instead of an audit row each.
        QCOMPARE(auditRows(), 0);
        const qint64 firstImport = lastImport();
        QVERIFY(firstImport > 0);
        QCOMPARE(scalar("SELECT count(*) FROM funding_award WHERE import_id = %1", firstImport), 2);

        // The same file again changes nothing.
        s = importer.importFile(file);
        QVERIFY(s);
        QCOMPARE(s->imported, 0);
        QCOMPARE(s->updated, 0);
        QCOMPARE(s->unchanged, 2);
        QCOMPARE(auditRows(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM funding_award WHERE import_id = %1", firstImport), 2);

        // A later list with a payment made: the award is updated, matched by its contract.
        const QString later =
            write(QStringLiteral("later.csv"),
                  QStringLiteral("Contract,Apel,Organizatie,Proiect,Acordat,Platit,Stare\n"
                                 "M-2,Voluntariat 2025,Fundația Beta,Voluntari la "
                                 "spital,\"7.500,00\",\"7.500,00\",plătit\n"));
        s = importer.importFile(later);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->updated, 1);
        QCOMPARE(s->separator, QLatin1Char(','));
        QCOMPARE(repository.awardByContract(QStringLiteral("M-2"))->paid.bani(), qint64(750000));
        QCOMPARE(repository.awardByContract(QStringLiteral("M-2"))->status, AwardStatus::Paid);
        // The changed award carries the later import; its audit row keeps the old values.
        QCOMPARE(auditRows(), 1);
        const qint64 laterImport = lastImport();
        QVERIFY(laterImport > firstImport);
        QCOMPARE(scalar("SELECT import_id FROM funding_award WHERE contract_number = 'M-2'"),
                 laterImport);
        QCOMPARE(scalar("SELECT import_id FROM audit_log WHERE table_name = 'funding_award' AND "
                        "action = 'update' AND old_values IS NOT NULL"),
                 laterImport);
    }

    // Issue 19: one invalid byte in a UTF-8 file rejects its line only; the others stay UTF-8.
    void invalidByteRejectsOnlyItsLine()
    {
        const QString file = m_db->filePath(QStringLiteral("one-bad-byte.csv"));
        QVERIFY(test::writeFile(
            file, header().toUtf8() +
                      "U-1;Tineret 2025;2025;Asocia\xC8\x9Bia Gama;;Bucure\xC8\x99ti;\xC8\x98"
                      "coal\xC4\x83;10;10;0;;;\n"
                      "U-2;Tineret 2025;2025;Asociatia \xC3 Delta;;Cluj;X;10;10;0;;;\n"));
        const Result<ImportSummary> s = AwardImporter(m_db->connection()).importFile(file);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->encoding, TextEncoding::Utf8);
        QCOMPARE(s->rejected.size(), 1);
        QCOMPARE(s->rejected.at(0).line, 3);
        QCOMPARE(s->rejected.at(0).reason,
                 QStringLiteral("invalid UTF-8 (byte 0xC3 at column 33)"));
        QCOMPARE(
            FundingRepository(m_db->connection()).awardByContract(QStringLiteral("U-1"))->project,
            QStringLiteral(u"Școală"));
    }

    void readsWindows1250()
    {
        const QString file = write(
            QStringLiteral("cp1250.csv"),
            header() + QStringLiteral(
                           "W-1;Tineret 2025;2025;Asociația Gama;;București;Școală;10;10;0;;;\n"),
            true);
        const Result<ImportSummary> s = AwardImporter(m_db->connection()).importFile(file);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->encoding, TextEncoding::Windows1250);
        QVERIFY2(s->rejected.isEmpty(), qPrintable(s->rejected.value(0).reason));
        QCOMPARE(s->imported, 1);
        QCOMPARE(
            FundingRepository(m_db->connection()).awardByContract(QStringLiteral("W-1"))->project,
            QStringLiteral("Școală"));
    }

    void readsTheFirstSheetOfAWorkbook()
    {
        // tests/data/funding/awards.xlsx: numbers as numbers, a date as a date-formatted number,
        // an amount typed as text, a bad call on sheet row 4.
        const Result<ImportSummary> s =
            AwardImporter(m_db->connection())
                .importFile(test::dataPath(QStringLiteral("funding/awards.xlsx")));
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->imported, 2);
        QCOMPARE(s->rejected.size(), 1);
        QCOMPARE(s->rejected.first().line, 4);
        QVERIFY2(s->rejected.first().reason.contains(QLatin1String("Apel necunoscut")),
                 qPrintable(s->rejected.first().reason));
        const FundingRepository repository(m_db->connection());
        const std::optional<FundingAward> first = repository.awardByContract(QStringLiteral("X-1"));
        QVERIFY(first);
        QCOMPARE(first->granted.bani(), qint64(100050));
        QCOMPARE(first->paid.bani(), qint64(25000));
        QCOMPARE(first->contractDate, QDate(2025, 5, 5));
        QCOMPARE(first->status, AwardStatus::Paid);
        QCOMPARE(repository.awardByContract(QStringLiteral("X-2"))->granted.bani(),
                 qint64(1234567));
    }

    // Issue 19: a workbook of awards with one cell of 256 MB (a 260 kB file) is refused with the
    // cap named before anything is inflated, and nothing is written.
    void refusesAWorkbookBomb()
    {
        const QString file = m_db->filePath(QStringLiteral("awards.xlsx"));
        QVERIFY(test::writeHostileZip(
            file, test::workbookParts({"xl/worksheets/sheet1.xml",
                                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                       "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c "
                                       "r=\"A1\" t=\"inlineStr\"><is><t>",
                                       'a', 256 * 1024 * 1024,
                                       "</t></is></c></row></sheetData></worksheet>", 0})));
        const int audit = auditRows();
        const Result<ImportSummary> s = AwardImporter(m_db->connection()).importFile(file);
        QVERIFY(!s);
        QCOMPARE(s.error(),
                 file + QStringLiteral(": the workbook is refused: its part "
                                       "xl/worksheets/sheet1.xml inflates to more than 200 times "
                                       "its compressed size, the limit (a \"zip bomb\")."));
        QCOMPARE(auditRows(), audit);
    }

    void refusesAFileWithoutTheKeyColumns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("missing");
        QTest::newRow("no contract")
            << QStringLiteral("Apel;Organizatie;Proiect;Suma acordata\nx;y;z;1\n")
            << QStringLiteral("Nr. contract");
        QTest::newRow("no organization")
            << QStringLiteral("Contract;Apel;Proiect;Suma acordata\nx;y;z;1\n")
            << QStringLiteral("Organizatie");
        QTest::newRow("no granted") << QStringLiteral("Contract;Apel;CIF;Proiect\nx;y;z;1\n")
                                    << QStringLiteral("Suma acordata");
    }
    void refusesAFileWithoutTheKeyColumns()
    {
        QFETCH(QString, text);
        QFETCH(QString, missing);
        const QString file = write(QStringLiteral("bad.csv"), text);
        const Result<ImportSummary> s = AwardImporter(m_db->connection()).importFile(file);
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(file + QLatin1Char(':')), qPrintable(s.error()));
        QVERIFY2(s.error().contains(missing), qPrintable(s.error()));
        QCOMPARE(auditRows(), 0);
    }

    void dryRunWritesNothing()
    {
        const QString file =
            write(QStringLiteral("dry.csv"),
                  header() + QStringLiteral("D-1;Tineret 2025;2025;;4221187;;P;1;1;0;;;\n"));
        ImportOptions options;
        options.dryRun = true;
        const Result<ImportSummary> s = AwardImporter(m_db->connection()).importFile(file, options);
        QVERIFY(s);
        QCOMPARE(s->imported, 1);
        QVERIFY(!FundingRepository(m_db->connection()).awardByContract(QStringLiteral("D-1")));
        QCOMPARE(auditRows(), 0);
    }

    void sumsOfThousandsOfImportedAwardsAreExact()
    {
        // 3 000 awards written in the three spellings; the summary must equal an independent
        // integer sum of the bani that were written.
        QRandomGenerator random(350);
        QString text = header();
        qint64 granted = 0;
        qint64 paid = 0;
        const int count = 3000;
        for (int i = 0; i < count; ++i) {
            const qint64 g = qint64(random.bounded(5000000)) + 1;
            const qint64 p = qint64(random.bounded(int(g)));
            granted += g;
            paid += p;
            auto spell = [i](qint64 bani) -> QString {
                const QString cents =
                    QString::number(bani % 100).rightJustified(2, QLatin1Char('0'));
                switch (i % 3) {
                case 0:
                    return QString::number(bani / 100) + QLatin1Char('.') + cents;
                case 1:
                    return QString::number(bani / 100) + QLatin1Char(',') + cents +
                           QLatin1String(" lei");
                default: {
                    QString whole = QString::number(bani / 100);
                    for (qsizetype k = whole.size() - 3; k > 0; k -= 3)
                        whole.insert(k, QLatin1Char('.'));
                    return whole + QLatin1Char(',') + cents;
                }
                }
            };
            text += QStringLiteral("T-%1;Voluntariat 2025;2025;;4221187;;Proiect %1;%2;%2;%3;;;\n")
                        .arg(i)
                        .arg(spell(g), spell(p));
        }
        const QString file = write(QStringLiteral("many.csv"), text);
        const Result<ImportSummary> s = AwardImporter(m_db->connection()).importFile(file);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->imported, count);
        QVERIFY(s->rejected.isEmpty());
        const SummaryRow total = FundingSummary::total(m_db->connection(), 2025);
        QCOMPARE(total.awards, count);
        QCOMPARE(total.granted.bani(), granted);
        QCOMPARE(total.paid.bani(), paid);
        // The database's own sum is exact too: an integer on a file, a numeric on a server.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT sum(granted_bani), %1(sum(granted_bani)) FROM "
                           "funding_award")
                .arg(test::onServer() ? QStringLiteral("pg_typeof") : QStringLiteral("typeof"))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), granted);
        QCOMPARE(q.value(1).toString(),
                 test::onServer() ? QStringLiteral("numeric") : QStringLiteral("integer"));
    }
};

QTEST_GUILESS_MAIN(TestAwardImporter)
#include "tst_awardimporter.moc"
