#include "DatabaseTest.h"
#include "registry/Geography.h"
#include "registry/OrganizationImporter.h"
#include "registry/OrganizationRepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace dc;

namespace {

// Valid fiscal codes (the check digit computed with the key 753217532).
const QString cifA = QStringLiteral("12345674");
const QString cifB = QStringLiteral("23456783");
const QString cifC = QStringLiteral("34567892");

// The NGOs only: a new database already holds the associative structures of local authorities.
qint64 organizations(const QSqlDatabase &db)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM organization WHERE kind = 'ngo'"));
}

qint64 auditRows(const QSqlDatabase &db)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"));
}

qint64 importRecords(const QSqlDatabase &db)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM data_import"));
}

/// The organizations that carry the id of the last import.
qint64 ofLastImport(const QSqlDatabase &db)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM organization WHERE import_id = "
                                           "(SELECT max(id) FROM data_import)"));
}

std::optional<Organization> byName(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM organization WHERE name = :n"));
    q.bindValue(QStringLiteral(":n"), name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return OrganizationRepository(db).find(q.value(0).toLongLong());
}

int countyId(const QSqlDatabase &db, const QString &text)
{
    return Geography::load(db).findCounty(text).value_or(-1);
}

Organization stored(const QSqlDatabase &db, const QString &name, const QString &cif,
                    const QString &county)
{
    Organization o;
    o.name = name;
    o.cif = cif;
    o.countyId = countyId(db, county);
    o.locality = QStringLiteral("Cluj-Napoca");
    o.phone = QStringLiteral("0264 599 066");
    o.email = QStringLiteral("office@example.ro");
    o.volunteerCount = 40;
    o.volunteering = true;
    o.domains = {QStringLiteral("Voluntariat"), QStringLiteral(u"Educație")};
    o.notes = QStringLiteral("kept by hand");
    return o;
}

} // namespace

/// The CSV import of organizations: matching, merging, rejection with line numbers, one
/// transaction, dry run, cancel, preview.
class TestOrganizationImporter final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private slots:
    void importsNewOrganizationsNormalizedAndAudited()
    {
        const Result<ImportSummary> r = importBytes(
            "Denumire;CIF;Judet;Localitate;Telefon;E-mail;Domenii;Numar voluntari;Voluntariat\n"
            "Asocia\xC5\xA3ia \xC5\x9etiin\xC5\xA3\xC4\x83;RO 12345674;Cluj;Cluj-Napoca;0264 599 "
            "066;Office@Example.RO;"
            "Educa\xC5\xA3ie, Cultur\xC4\x83;12;da\n"
            "Funda\xC8\x9bia Alba;;Alba;Alba Iulia;;;Mediu;;nu\n");
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->imported, 2);
        QCOMPARE(r->updated, 0);
        QCOMPARE(r->unchanged, 0);
        QVERIFY(r->rejected.isEmpty());
        QCOMPARE(r->encoding, TextEncoding::Utf8);
        QCOMPARE(r->separator, QChar(u';'));
        QCOMPARE(organizations(m_db->connection()), 2);
        // One record of the import, not one audit row per organization: the file, its SHA-256,
        // the counts, the user and the time; both organizations carry its id.
        QCOMPARE(auditRows(m_db->connection()), 0);
        QCOMPARE(importRecords(m_db->connection()), 1);
        QCOMPARE(ofLastImport(m_db->connection()), 2);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT kind, file_name, sha256, counts, os_user, imported_at FROM data_import")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("organizations"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("in.csv"));
        QFile file(m_db->filePath(QStringLiteral("in.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(q.value(2).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(q.value(3).toString(),
                 QStringLiteral(R"({"added":2,"changed":0,"rejected":0,"unchanged":0})"));
        QVERIFY(!q.value(4).toString().isEmpty());
        QVERIFY(QDateTime::fromString(q.value(5).toString(), Qt::ISODate).isValid());

        // Cedilla letters are stored with comma below; CIF without RO; e-mail in lower case.
        const std::optional<Organization> o =
            byName(m_db->connection(), QStringLiteral(u"Asociația Știință"));
        QVERIFY(o);
        QCOMPARE(o->cif, cifA);
        QCOMPARE(o->countyId, countyId(m_db->connection(), QStringLiteral("CJ")));
        QCOMPARE(o->email, QStringLiteral("office@example.ro"));
        QCOMPARE(o->domains,
                 (QStringList{QStringLiteral(u"Cultură"), QStringLiteral(u"Educație")}));
        QCOMPARE(o->volunteerCount, std::optional<int>(12));
        QVERIFY(o->volunteering);
        // The search keys are filled in as the repository does.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM organization WHERE name_folded = "
                                       "'asociatia stiinta' AND name_sort <> ''")),
                 1);
        QCOMPARE(
            OrganizationRepository(m_db->connection()).search(QStringLiteral("stiinta"), 10).size(),
            1);
    }

    void headerSynonyms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("romanian") << QByteArray(
            "Denumire;Acronim;Forma juridica;CIF;Nr. inscriere RNONG;Judet;Localitate;"
            "Adresa;E-mail;Telefon;Website;Persoana de contact;Domenii;Numar "
            "voluntari;Voluntariat");
        QTest::newRow("diacritics and case") << QByteArray(
            "DENUMIRE;acronim;Form\xC4\x83 juridic\xC4\x83;cui;Nr. \xC3\xAEnscriere "
            "RNONG;JUDE\xC8\x9A;Localitate;"
            "Adres\xC4\x83;email;TELEFON;site;Persoana de contact;domenii;Num\xC4\x83r "
            "voluntari;voluntariat");
        QTest::newRow("cedilla") << QByteArray(
            "Nume;Acronim;Forma juridica;Cod fiscal;Nr inscriere RNONG;Jude\xC5\xA3;Localitate;"
            "Adresa;E-mail;Telefon;Web;Persoana de contact;Domenii;Numar voluntari;Voluntariat");
        QTest::newRow("english") << QByteArray(
            "Name;Acronym;Legal form;CIF;Registry number;County;Locality;Address;Email;"
            "Phone;Website;Contact;Domains;Volunteers;Volunteering");
    }

    void headerSynonyms()
    {
        QFETCH(QByteArray, header);
        const Result<ImportSummary> r =
            importBytes(header + "\nAsociatia Pro;AP;asociatie;" + cifA.toLatin1() +
                        ";1234/A/2001;Cluj;Dej;Str. Mare 1;a@b.ro;0722 123 456;www.pro.ro;Ion "
                        "Pop;Mediu|Social;7;yes\n");
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->imported, 1);
        const std::optional<Organization> o =
            byName(m_db->connection(), QStringLiteral("Asociatia Pro"));
        QVERIFY(o);
        QCOMPARE(o->acronym, QStringLiteral("AP"));
        QCOMPARE(o->legalForm, LegalForm::Association);
        QCOMPARE(o->cif, cifA);
        QCOMPARE(o->registryNumber, QStringLiteral("1234/A/2001"));
        QCOMPARE(o->countyId, countyId(m_db->connection(), QStringLiteral("Cluj")));
        QCOMPARE(o->locality, QStringLiteral("Dej"));
        QCOMPARE(o->address, QStringLiteral("Str. Mare 1"));
        QCOMPARE(o->email, QStringLiteral("a@b.ro"));
        QCOMPARE(o->phone, QStringLiteral("0722 123 456"));
        QCOMPARE(o->website, QStringLiteral("www.pro.ro"));
        QCOMPARE(o->contactPerson, QStringLiteral("Ion Pop"));
        QCOMPARE(o->domains, (QStringList{QStringLiteral("Mediu"), QStringLiteral("Social")}));
        QCOMPARE(o->volunteerCount, std::optional<int>(7));
        QVERIFY(o->volunteering);
    }

    void countyForms_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("code");
        QTest::newRow("name") << QStringLiteral("Cluj") << QStringLiteral("CJ");
        QTest::newRow("lower case") << QStringLiteral("cluj") << QStringLiteral("CJ");
        QTest::newRow("Județul") << QStringLiteral(u"Județul Cluj") << QStringLiteral("CJ");
        QTest::newRow("JUDETUL") << QStringLiteral("JUDETUL CLUJ") << QStringLiteral("CJ");
        QTest::newRow("code") << QStringLiteral("CJ") << QStringLiteral("CJ");
        QTest::newRow("diacritics") << QStringLiteral(u"Iași") << QStringLiteral("IS");
        QTest::newRow("cedilla") << QStringLiteral(u"Iaşi") << QStringLiteral("IS");
        QTest::newRow("no diacritics") << QStringLiteral("Iasi") << QStringLiteral("IS");
        QTest::newRow("Municipiul București")
            << QStringLiteral(u"Municipiul București") << QStringLiteral("B");
        QTest::newRow("B") << QStringLiteral("B") << QStringLiteral("B");
    }

    void countyForms()
    {
        QFETCH(QString, cell);
        QFETCH(QString, code);
        const Result<ImportSummary> r =
            importBytes(QByteArray("Denumire;Judet\nAsociatia X;") + cell.toUtf8() + "\n");
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->imported, 1);
        QCOMPARE(byName(m_db->connection(), QStringLiteral("Asociatia X"))->countyId,
                 countyId(m_db->connection(), code));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QString text = QStringLiteral(u"Denumire;Judet\nAsociaţia Ştiinţă şi Artă;Iaşi\n");
        QTest::newRow("utf-8") << text.toUtf8() << int(TextEncoding::Utf8);
        QTest::newRow("utf-8 with BOM")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(TextEncoding::Utf8);
        QTest::newRow("windows-1250") << QByteArray(QStringEncoder("windows-1250").encode(text))
                                      << int(TextEncoding::Windows1250);
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        const Result<ImportSummary> r = importBytes(bytes);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(int(r->encoding), encoding);
        QCOMPARE(r->imported, 1);
        QVERIFY(byName(m_db->connection(), QStringLiteral(u"Asociația Știință și Artă")));
    }

    void encodingOverride()
    {
        // The checked-in file was written by Excel's Windows-1250 code page.
        const Result<ImportSummary> r =
            OrganizationImporter(m_db->connection())
                .importFile(test::dataPath(QStringLiteral("import/organizations-cp1250.csv")),
                            ImportOptions{TextEncoding::Windows1250, false});
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->imported, 2);
        const std::optional<Organization> o =
            byName(m_db->connection(), QStringLiteral(u"Asociația Știință și Artă"));
        QVERIFY(o);
        QCOMPARE(o->acronym, QStringLiteral(u"AȘA"));
        QCOMPARE(o->address, QStringLiteral(u"Str. Învățătorilor 3"));
        QCOMPARE(o->domains,
                 (QStringList{QStringLiteral(u"Cultură"), QStringLiteral(u"Educație")}));
        QVERIFY(byName(m_db->connection(), QStringLiteral(u"Fundația Îngeri în Ântârziere")));
    }

    // Forcing UTF-8 on the same file reads the letters as replacement characters: the override is
    // obeyed.
    void encodingOverrideToUtf8IsObeyed()
    {
        const Result<ImportSummary> r =
            OrganizationImporter(m_db->connection())
                .importFile(test::dataPath(QStringLiteral("import/organizations-cp1250.csv")),
                            ImportOptions{TextEncoding::Utf8, false});
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->encoding, TextEncoding::Utf8);
        QVERIFY(!byName(m_db->connection(), QStringLiteral(u"Asociația Știință și Artă")));
    }

    // Issue 19: one invalid byte in a UTF-8 file turned every name into "AsociaČ›ia"; now the file
    // stays UTF-8 and only the line holding the byte (or a NUL) is rejected, saying where.
    void oneInvalidByteRejectsOnlyItsLine()
    {
        const QString path = m_db->filePath(QStringLiteral("organizations.csv"));
        QVERIFY(
            test::writeFile(path, QByteArray("Denumire;Judet\n"
                                             "Asocia\xC8\x9Bia \xC8\x98tiin\xC8\x9B\xC4\x83;Cluj\n"
                                             "Fundatia Buna Ziua\xC3 X;Iasi\n"
                                             "Funda\xC8\x9Bia Bun\xC4\x83;Ia\xC8\x99i\n"
                                             "Asociatia Nul;Cl\0uj\n",
                                             111)));
        const Result<ImportSummary> r =
            OrganizationImporter(m_db->connection()).importFile(path, {});
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->encoding, TextEncoding::Utf8);
        QCOMPARE(r->imported, 2);
        QCOMPARE(r->rejected.size(), 2);
        QCOMPARE(r->rejected.at(0).line, 3);
        QCOMPARE(r->rejected.at(0).reason,
                 QStringLiteral("invalid UTF-8 (byte 0xC3 at column 19)"));
        QCOMPARE(r->rejected.at(1).line, 5);
        QCOMPARE(r->rejected.at(1).reason, QStringLiteral("NUL byte at column 17"));
        QVERIFY(byName(m_db->connection(), QStringLiteral(u"Asociația Știință")));
        QVERIFY(byName(m_db->connection(), QStringLiteral(u"Fundația Bună")));
    }

    void previewWarnsOfTheLikelyEncoding()
    {
        const QString path = m_db->filePath(QStringLiteral("organizations.csv"));
        QVERIFY(test::writeFile(
            path, "Denumire;Judet\nAsocia\xC8\x9Bia \xC8\x98tiin\xC8\x9B\xC4\x83;Cluj\n"));
        const Result<ImportPreview> wrong =
            OrganizationImporter(m_db->connection()).preview(path, TextEncoding::Windows1250);
        QVERIFY2(wrong, qPrintable(wrong.error()));
        QCOMPARE(wrong->totals.warnings.size(), 1);
        QVERIFY2(wrong->totals.warnings.first().contains(QLatin1String("probably UTF-8")),
                 qPrintable(wrong->totals.warnings.first()));
        const Result<ImportPreview> right =
            OrganizationImporter(m_db->connection()).preview(path, TextEncoding::Auto);
        QVERIFY2(right, qPrintable(right.error()));
        QCOMPARE(right->totals.warnings, QStringList());
        QCOMPARE(organizations(m_db->connection()), 0);
    }

    void separatorsAndQuotedLineBreaks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("semicolon") << QByteArray("Denumire;Judet;Adresa\r\n\"Asociatia "
                                                 "\"\"Unu\"\"\";Cluj;\"Str. A; nr. 1\r\nbl. 2\"\r\n"
                                                 "Asociatia Doi;Alba;x\r\n")
                                   << QChar(u';');
        QTest::newRow("comma") << QByteArray("Denumire,Judet,Adresa\n\"Asociatia "
                                             "\"\"Unu\"\"\",Cluj,\"Str. A; nr. 1\nbl. 2\"\n"
                                             "Asociatia Doi,Alba,x\n")
                               << QChar(u',');
        QTest::newRow("tab") << QByteArray("Denumire\tJudet\tAdresa\n\"Asociatia "
                                           "\"\"Unu\"\"\"\tCluj\t\"Str. A; nr. 1\nbl. 2\"\n"
                                           "Asociatia Doi\tAlba\tx\n")
                             << QChar(u'\t');
    }

    void separatorsAndQuotedLineBreaks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        const Result<ImportSummary> r = importBytes(bytes);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->separator, separator);
        QCOMPARE(r->imported, 2);
        const std::optional<Organization> o =
            byName(m_db->connection(), QStringLiteral("Asociatia \"Unu\""));
        QVERIFY(o);
        QCOMPARE(o->address,
                 QStringLiteral("Str. A; nr. 1 bl. 2")); // the line break folds to a space
        QVERIFY(byName(m_db->connection(), QStringLiteral("Asociatia Doi")));
    }

    void badRowsAreReportedWithTheirLinesAndGoodRowsKept()
    {
        const QByteArray file = "Denumire;CIF;Judet;Adresa\n"            // 1
                                "Asociatia Unu;12345674;Cluj;\"Str. X\n" // 2
                                "nr. 2\"\n"                              // 3
                                "Asociatia Doi;12345675;Cluj;y\n"        // 4 bad check digit
                                ";;Cluj;z\n"                             // 5 no name
                                "Asociatia Trei;;Xyz;w\n"                // 6 unknown county
                                "\n"                                     // 7 blank
                                "Asociatia Patru;;Alba;\"a;\n\nb\"\n"    // 8-10
                                "Asociatia Cinci;;Cluj\n"                // 11 a cell short
                                "Asociatia Sase;;;v\n";                  // 12 no county: unknown
        const Result<ImportSummary> r = importBytes(file);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->imported, 3);
        QList<int> lines;
        for (const RejectedRow &row : r->rejected)
            lines << row.line;
        QCOMPARE(lines, (QList<int>{4, 5, 6, 11}));
        QVERIFY2(r->rejected.at(0).reason.startsWith(
                     QStringLiteral("CIF: The CIF 12345675 is not valid")),
                 qPrintable(r->rejected.at(0).reason));
        QCOMPARE(r->rejected.at(1).reason, QStringLiteral("Name: The name is required."));
        QCOMPARE(r->rejected.at(2).reason, QStringLiteral("Judet: unknown county 'Xyz'"));
        QCOMPARE(r->rejected.at(3).reason,
                 QStringLiteral("the row has 3 cells, the header row has 4"));
        QCOMPARE(organizations(m_db->connection()), 3);
        QCOMPARE(ofLastImport(m_db->connection()), 3);
        QSqlQuery counts(QStringLiteral("SELECT counts FROM data_import"), m_db->connection());
        QVERIFY(counts.next());
        QCOMPARE(counts.value(0).toString(),
                 QStringLiteral(R"({"added":3,"changed":0,"rejected":4,"unchanged":0})"));
        QVERIFY(byName(m_db->connection(), QStringLiteral("Asociatia Patru")));
        QCOMPARE(byName(m_db->connection(), QStringLiteral("Asociatia Sase"))->countyId, 0);
    }

    // Issue 15: an empty county cell is an unknown county (NULL), not a rejected row; the same file
    // again finds the organization by its name and unknown county and changes nothing.
    void emptyCountyIsUnknownAndReimportChangesNothing()
    {
        const QByteArray file = "Denumire;Judet;Localitate\n"
                                "Asociatia Fara Judet;;\n"
                                "Asociatia Cu Judet;Cluj;Dej\n";
        const Result<ImportSummary> first = importBytes(file);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->imported, 2);
        QVERIFY(first->rejected.isEmpty());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT county_id FROM organization WHERE name = 'Asociatia Fara Judet'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
        const Result<ImportSummary> again = importBytes(file);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, 2);
        QCOMPARE(organizations(m_db->connection()), 2);
    }

    void reimportChangesNothing()
    {
        const QByteArray file =
            "Denumire;CIF;Judet;Telefon;Domenii;Voluntariat;Numar voluntari;Forma juridica\n"
            "Asocia\xC5\xA3ia Unu;RO12345674;Cluj;0722 123 456;Educatie|Mediu;da;3;asociatie\n"
            "Fundatia Doi;;Alba;;;nu;;fundatie\n"
            "Asociatia Trei;;jud. Iasi;;Sport;1;;\n";
        const Result<ImportSummary> first = importBytes(file);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->imported, 3);
        const qint64 audit = auditRows(m_db->connection());
        const qint64 touched = scalar(QStringLiteral("SELECT max(updated_at) FROM organization"));

        const Result<ImportSummary> second = importBytes(file);
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->updated, 0);
        QCOMPARE(second->unchanged, 3);
        QVERIFY(second->rejected.isEmpty());
        QCOMPARE(organizations(m_db->connection()), 3);
        QCOMPARE(auditRows(m_db->connection()), audit);
        QCOMPARE(scalar(QStringLiteral("SELECT max(updated_at) FROM organization")), touched);
    }

    void updatesByCif()
    {
        OrganizationRepository repo(m_db->connection());
        const Result<qint64> id = repo.add(stored(
            m_db->connection(), QStringLiteral("Asociatia Veche"), cifA, QStringLiteral("CJ")));
        QVERIFY2(id, qPrintable(id.error()));
        // Another county and name: the CIF decides.
        const Result<ImportSummary> r =
            importBytes("Denumire;CIF;Judet;Telefon\nAsociatia Noua;RO " + cifA.toLatin1() +
                        ";Alba;0744 000 111\n");
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->updated, 1);
        QCOMPARE(r->imported, 0);
        QCOMPARE(organizations(m_db->connection()), 1);
        const std::optional<Organization> o = repo.find(*id);
        QCOMPARE(o->name, QStringLiteral("Asociatia Noua"));
        QCOMPARE(o->phone, QStringLiteral("0744 000 111"));
        QCOMPARE(o->countyId, countyId(m_db->connection(), QStringLiteral("AB")));
        QCOMPARE(
            scalar(QStringLiteral(
                       "SELECT count(*) FROM audit_log WHERE action = 'update' AND row_id = %1")
                       .arg(*id)),
            1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' "
                                  "AND old_values LIKE '%Veche%' AND new_values LIKE '%Noua%'")),
            1);
        // The change row and the organization carry the import's id.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' AND "
                                       "import_id = (SELECT max(id) FROM data_import)")),
                 1);
        QCOMPARE(ofLastImport(m_db->connection()), 1);
    }

    void updatesByRegistryNumber()
    {
        OrganizationRepository repo(m_db->connection());
        Organization o = stored(m_db->connection(), QStringLiteral("Asociatia Veche"), QString(),
                                QStringLiteral("CJ"));
        o.registryNumber = QStringLiteral("123/A/2001");
        const Result<qint64> id = repo.add(o);
        QVERIFY2(id, qPrintable(id.error()));
        const Result<ImportSummary> r =
            importBytes("Denumire;Nr. inscriere RNONG;Judet;Localitate\nAsociatia "
                        "Noua;123/A/2001;Cluj;Turda\n");
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->updated, 1);
        QCOMPARE(organizations(m_db->connection()), 1);
        QCOMPARE(repo.find(*id)->locality, QStringLiteral("Turda"));
        QCOMPARE(repo.find(*id)->name, QStringLiteral("Asociatia Noua"));
    }

    void updatesByNameAndCounty()
    {
        OrganizationRepository repo(m_db->connection());
        const Result<qint64> id =
            repo.add(stored(m_db->connection(), QStringLiteral(u"Asociaţia Zâmbet"), QString(),
                            QStringLiteral("CJ")));
        QVERIFY2(id, qPrintable(id.error()));
        const Result<ImportSummary> r =
            importBytes("Denumire;Judet;Localitate\n"
                        "ASOCIATIA ZAMBET;Cluj;Dej\n"    // same, case and diacritics aside
                        "Asociatia Zambet;Alba;Blaj\n"); // same name, another county
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->updated, 1);
        QCOMPARE(r->imported, 1);
        QCOMPARE(organizations(m_db->connection()), 2);
        QCOMPARE(repo.find(*id)->locality, QStringLiteral("Dej"));
        QCOMPARE(repo.find(*id)->cif, QString());
    }

    void missingColumnsKeepStoredValues()
    {
        OrganizationRepository repo(m_db->connection());
        const Result<qint64> id = repo.add(stored(
            m_db->connection(), QStringLiteral("Asociatia Veche"), cifA, QStringLiteral("CJ")));
        QVERIFY2(id, qPrintable(id.error()));
        const Organization before = *repo.find(*id);
        const Result<ImportSummary> r =
            importBytes("Denumire;CIF;Localitate\nAsociatia Veche;" + cifA.toLatin1() + ";Turda\n");
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->updated, 1);
        const Organization after = *repo.find(*id);
        QCOMPARE(after.locality, QStringLiteral("Turda"));
        QCOMPARE(after.phone, before.phone);
        QCOMPARE(after.email, before.email);
        QCOMPARE(after.domains, before.domains);
        QCOMPARE(after.volunteerCount, before.volunteerCount);
        QCOMPARE(after.volunteering, before.volunteering);
        QCOMPARE(after.countyId, before.countyId);
        QCOMPARE(after.notes, before.notes);
    }

    void emptyCellClearsTheField()
    {
        OrganizationRepository repo(m_db->connection());
        const Result<qint64> id = repo.add(stored(
            m_db->connection(), QStringLiteral("Asociatia Veche"), cifA, QStringLiteral("CJ")));
        QVERIFY2(id, qPrintable(id.error()));
        const Result<ImportSummary> r =
            importBytes("Denumire;CIF;Telefon;Domenii;Numar voluntari\nAsociatia Veche;" +
                        cifA.toLatin1() + ";;;\n");
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->updated, 1);
        const Organization after = *repo.find(*id);
        QCOMPARE(after.phone, QString());
        QCOMPARE(after.domains, QStringList());
        QCOMPARE(after.volunteerCount, std::nullopt);
        QCOMPARE(after.email, QStringLiteral("office@example.ro"));
    }

    void laterRowForTheSameOrganizationUpdates()
    {
        const Result<ImportSummary> r = importBytes("Denumire;CIF;Judet;Localitate\n"
                                                    "Asociatia Unu;" +
                                                    cifA.toLatin1() +
                                                    ";Cluj;Dej\n"
                                                    "Asociatia Unu;" +
                                                    cifA.toLatin1() + ";Cluj;Turda\n");
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->imported, 1);
        QCOMPARE(r->updated, 1);
        QCOMPARE(organizations(m_db->connection()), 1);
        QCOMPARE(byName(m_db->connection(), QStringLiteral("Asociatia Unu"))->locality,
                 QStringLiteral("Turda"));
    }

    void duplicateCifOfAnotherOrganizationIsRejected()
    {
        OrganizationRepository repo(m_db->connection());
        Organization a =
            stored(m_db->connection(), QStringLiteral("Asociatia A"), cifA, QStringLiteral("CJ"));
        a.registryNumber = QStringLiteral("1/A/2000");
        QVERIFY(repo.add(a));
        // Matched by CIF B (new), but the registry number belongs to A.
        const Result<ImportSummary> r = importBytes("Denumire;CIF;Nr. inscriere RNONG;Judet\n"
                                                    "Asociatia B;" +
                                                    cifB.toLatin1() + ";1/A/2000;Cluj\n");
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->rejected.size(), 1);
        QCOMPARE(r->rejected.at(0).line, 2);
        QVERIFY2(r->rejected.at(0).reason.startsWith(QStringLiteral(
                     "Registry number: The registry number 1/A/2000 is already used by "
                     "another organization")),
                 qPrintable(r->rejected.at(0).reason));
        QCOMPARE(organizations(m_db->connection()), 1);
    }

    void cancelLeavesTheDatabaseUnchanged()
    {
        OrganizationRepository repo(m_db->connection());
        const Result<qint64> id = repo.add(stored(
            m_db->connection(), QStringLiteral("Asociatia Veche"), cifA, QStringLiteral("CJ")));
        QVERIFY(id);
        QByteArray file =
            "Denumire;CIF;Judet;Localitate\nAsociatia Veche;" + cifA.toLatin1() + ";Cluj;Turda\n";
        for (int i = 0; i < 3000; ++i)
            file += "Asociatia " + QByteArray::number(i) + ";;Alba;Blaj\n";
        const qint64 audit = auditRows(m_db->connection());

        QList<std::pair<qint64, qint64>> calls;
        const Result<ImportSummary> r = importBytes(file, {}, [&calls](qint64 done, qint64 total) {
            calls.append({done, total});
            return calls.size() < 3; // cancel on the third report, after some rows were written
        });
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(r->cancelled);
        QCOMPARE(calls.size(), 3);
        QVERIFY(calls.at(0).first <= calls.at(1).first);
        QVERIFY(calls.at(1).first <= calls.at(1).second);
        QCOMPARE(calls.at(0).second, qint64(file.size()));
        QVERIFY(r->imported > 0);                       // rows were processed before the cancel...
        QCOMPARE(organizations(m_db->connection()), 1); // ...and rolled back
        QCOMPARE(auditRows(m_db->connection()), audit);
        QCOMPARE(repo.find(*id)->locality, QStringLiteral("Cluj-Napoca"));

        // Without cancelling, the same file goes in and progress ends at the file size.
        qint64 last = 0;
        const Result<ImportSummary> full = importBytes(file, {}, [&last](qint64 done, qint64) {
            last = done;
            return true;
        });
        QVERIFY(full && !full->cancelled);
        QCOMPARE(full->imported, 3000);
        QCOMPARE(last, qint64(file.size()));
    }

    void dryRunWritesNothing()
    {
        OrganizationRepository repo(m_db->connection());
        const Result<qint64> id = repo.add(stored(
            m_db->connection(), QStringLiteral("Asociatia Veche"), cifA, QStringLiteral("CJ")));
        QVERIFY(id);
        const qint64 audit = auditRows(m_db->connection());
        const QByteArray file = "Denumire;CIF;Judet;Localitate\n"
                                "Asociatia Veche;" +
                                cifA.toLatin1() +
                                ";Cluj;Turda\n"
                                "Asociatia Noua;" +
                                cifB.toLatin1() +
                                ";Alba;Blaj\n"
                                "Asociatia Rea;;Xyz;Blaj\n";
        const Result<ImportSummary> r = importBytes(file, ImportOptions{TextEncoding::Auto, true});
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->imported, 1);
        QCOMPARE(r->updated, 1);
        QCOMPARE(r->rejected.size(), 1);
        QCOMPARE(organizations(m_db->connection()), 1);
        QCOMPARE(auditRows(m_db->connection()), audit);
        QCOMPARE(repo.find(*id)->locality, QStringLiteral("Cluj-Napoca"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM domain")), 2);
    }

    void unreadableFileFails_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // "<missing>": no file at all
        QTest::newRow("missing") << QByteArray("<missing>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0Denumire;Judet\n",
                                              29);
        QTest::newRow("no name column") << QByteArray("CIF;Judet\n12345674;Cluj\n");
        QTest::newRow("only blank lines") << QByteArray("\n\n\r\n");
    }

    void unreadableFileFails()
    {
        QFETCH(QByteArray, bytes);
        const QString path = m_db->filePath(QStringLiteral("organizations.csv"));
        if (bytes != "<missing>")
            QVERIFY(test::writeFile(path, bytes));
        const Result<ImportSummary> r =
            OrganizationImporter(m_db->connection()).importFile(path, {});
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(path + QLatin1Char(':')), qPrintable(r.error()));
        QCOMPARE(organizations(m_db->connection()), 0);
        QCOMPARE(auditRows(m_db->connection()), 0);
        QVERIFY(!OrganizationImporter(m_db->connection()).preview(path, TextEncoding::Auto));
    }

    void previewShowsMappingActionsAndTotals()
    {
        OrganizationRepository repo(m_db->connection());
        const Result<qint64> veche = repo.add(stored(
            m_db->connection(), QStringLiteral("Asociatia Veche"), cifA, QStringLiteral("CJ")));
        Organization same = stored(m_db->connection(), QStringLiteral("Asociatia Egala"), cifC,
                                   QStringLiteral("AB"));
        const Result<qint64> egala = repo.add(same);
        QVERIFY(veche && egala);
        const qint64 audit = auditRows(m_db->connection());
        const QString path = m_db->filePath(QStringLiteral("preview.csv"));
        QVERIFY(test::writeFile(path, "Denumire,CIF,Observatii,Judet,Site,Web\n"
                                      "Asociatia Noua,,x,Alba,a.ro,b.ro\n"
                                      "Asociatia Veche," +
                                          cifA.toLatin1() +
                                          ",,Alba,,\n"
                                          "Asociatia Egala," +
                                          cifC.toLatin1() +
                                          ",,Alba,,\n"
                                          "Asociatia Rea,,,Atlantida,,\n"));
        const Result<ImportPreview> p =
            OrganizationImporter(m_db->connection()).preview(path, TextEncoding::Auto, 3);
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->encoding, TextEncoding::Utf8);
        QCOMPARE(p->separator, QChar(u','));
        QCOMPARE(p->columns.size(), 6);
        QCOMPARE(p->columns.at(0).field, std::optional<ImportField>(ImportField::Name));
        QCOMPARE(p->columns.at(1).field, std::optional<ImportField>(ImportField::Cif));
        QCOMPARE(p->columns.at(2).header, QStringLiteral("Observatii"));
        QCOMPARE(p->columns.at(2).field, std::nullopt);
        QCOMPARE(p->columns.at(3).field, std::optional<ImportField>(ImportField::County));
        QCOMPARE(p->columns.at(4).field, std::optional<ImportField>(ImportField::Website));
        QCOMPARE(p->columns.at(5).field, std::nullopt); // a second website column is ignored

        QCOMPARE(p->records.size(), 3); // maxRecords
        QCOMPARE(p->records.at(0).action, ImportAction::New);
        QCOMPARE(p->records.at(0).line, 2);
        QCOMPARE(p->records.at(0).cells.at(0), QStringLiteral("Asociatia Noua"));
        QCOMPARE(p->records.at(1).action, ImportAction::Update);
        QCOMPARE(p->records.at(1).organizationId, *veche);
        QCOMPARE(p->records.at(2).action, ImportAction::Unchanged);
        QCOMPARE(p->records.at(2).organizationId, *egala);

        QCOMPARE(p->totals.imported, 1);
        QCOMPARE(p->totals.updated, 1);
        QCOMPARE(p->totals.unchanged, 1);
        QCOMPARE(p->totals.rejected.size(), 1);
        QCOMPARE(p->totals.rejected.at(0).line, 5);
        QCOMPARE(p->totals.rejected.at(0).reason,
                 QStringLiteral("Judet: unknown county 'Atlantida'"));

        QCOMPARE(organizations(m_db->connection()), 2);
        QCOMPARE(auditRows(m_db->connection()), audit);
        QCOMPARE(repo.find(*veche)->countyId, countyId(m_db->connection(), QStringLiteral("CJ")));

        const Result<QList<ImportColumn>> columns =
            OrganizationImporter::readColumns(path, TextEncoding::Auto);
        QVERIFY(columns);
        QCOMPARE(columns->size(), 6);
    }

    void largeImportKeepsTheSearchIndexAndItsTriggers()
    {
        // Big enough for the bulk path (search index rebuilt once instead of row by row).
        // The search index's triggers on a file; on a server, what it keeps on the table.
        const auto triggers = [this] {
            return test::indexesAndTriggersOf(m_db->connection(), QStringLiteral("organization"));
        };
        const QStringList triggersBefore = triggers();
        QVERIFY2(triggersBefore.filter(QStringLiteral("organization_fts")).size() >= 3 ||
                     (test::onServer() && triggersBefore.size() >= 3),
                 qPrintable(triggersBefore.join(QLatin1Char(' '))));
        QByteArray file = "Denumire;Judet;Adresa\n";
        for (int i = 0; i < 4000; ++i)
            file += "Asocia\xC8\x9Bia Num\xC4\x83rul " + QByteArray::number(i) + ";Cluj;" +
                    QByteArray(150, 'x') + "\n";
        QVERIFY(file.size() > 4000 * 150);

        const Result<ImportSummary> dry =
            importBytes(file, ImportOptions{TextEncoding::Auto, true});
        QVERIFY2(dry, qPrintable(dry.error()));
        QCOMPARE(dry->imported, 4000);
        QCOMPARE(organizations(m_db->connection()), 0);
        QCOMPARE(triggers(), triggersBefore); // put back by the rollback

        const Result<ImportSummary> r = importBytes(file);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->imported, 4000);
        QCOMPARE(triggers(), triggersBefore);
        OrganizationRepository repo(m_db->connection());
        const QList<OrganizationHit> hits = repo.search(QStringLiteral("numarul 3999"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).name, QStringLiteral(u"Asociația Numărul 3999"));
        // The triggers work again after the import: a renamed organization is found by its new
        // name.
        Organization o = *repo.find(hits.at(0).id);
        o.name = QStringLiteral("Clubul Zmeilor");
        QVERIFY(repo.update(o));
        QCOMPARE(repo.search(QStringLiteral("zmeilor"), 10).size(), 1);
        QCOMPARE(repo.search(QStringLiteral("numarul 3999"), 10).size(), 0);
    }

private:
    Result<ImportSummary> importBytes(const QByteArray &bytes, const ImportOptions &options = {},
                                      const OrganizationImporter::Progress &progress = {})
    {
        const QString path = m_db->filePath(QStringLiteral("in.csv"));
        if (!test::writeFile(path, bytes))
            return Result<ImportSummary>::failure(QStringLiteral("cannot write the test file"));
        return OrganizationImporter(m_db->connection()).importFile(path, options, progress);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationImporter)
#include "tst_organizationimporter.moc"
