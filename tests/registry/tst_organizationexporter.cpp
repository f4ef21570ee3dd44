#include "DatabaseTest.h"
#include "ExternalTools.h"
#include "FileSizeLimit.h"
#include "registry/Geography.h"
#include "registry/OrganizationExporter.h"
#include "registry/OrganizationImporter.h"
#include "registry/OrganizationRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace dc;

namespace {

const QByteArray csvHeader =
    "Denumire;Acronim;Forma juridica;CIF;Nr. inscriere RNONG;Judet;Localitate;Adresa;"
    "E-mail;Telefon;Website;Persoana de contact;Domenii;Numar voluntari;Voluntariat";

} // namespace

/// The export of the organization table to CSV and XLSX, and the round trip through the import.
class TestOrganizationExporter final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private slots:
    void csvHasBomHeadersCrlfAndRomanianOrder();
    void csvRoundTripIsUnchanged();
    void filterNarrowsTheExport();
    void xlsxIsAValidWorkbookWithBoldFrozenHeader();
    void csvNeutralizesFormulasAndTheImportRestoresThem();
    void failedXlsxExportKeepsThePreviousFile();
    void unwritableFileFails_data();
    void unwritableFileFails();

private:
    void prepare() override;

    int m_organizations = 0;
};

void TestOrganizationExporter::prepare()
{
    // A new database holds the associative structures of local authorities; the exports below
    // are narrowed to the NGOs added here through the county filter or counted with them.
    const Geography g = Geography::load(m_db->connection());
    OrganizationRepository repo(m_db->connection());
    struct Row
    {
        const char16_t *name;
        const char *cif;
        const char *county;
        LegalForm form;
        const char16_t *address;
        QStringList domains;
        std::optional<int> volunteers;
        bool volunteering;
    };
    const QList<Row> rows = {
        {u"Țara Noastră",
         "12345674",
         "CJ",
         LegalForm::Association,
         u"Str. \"Unirii\"; nr. 3",
         {QStringLiteral(u"Educație"), QStringLiteral("Mediu")},
         12,
         true},
        {u"Școala Altfel", "23456783", "CJ", LegalForm::Foundation, u"", {}, std::nullopt, false},
        {u"Sfântul Ion",
         "",
         "CJ",
         LegalForm::Federation,
         u"Piața Mare 1",
         {QStringLiteral("Social")},
         0,
         false},
        {u"Asociația Zorilor", "34567892", "AB", LegalForm::Union, u"", {}, 5, true},
        {u"Tinerii",
         "",
         "CJ",
         LegalForm::Unknown,
         u"",
         {QStringLiteral(u"Educație")},
         std::nullopt,
         true},
        {u"Ăsta e un nume", "", "CJ", LegalForm::Branch, u"", {}, std::nullopt, false},
    };
    for (const Row &r : rows) {
        Organization o;
        o.name = QString::fromUtf16(r.name);
        o.cif = QString::fromLatin1(r.cif);
        o.countyId = *g.findCounty(QString::fromLatin1(r.county));
        o.legalForm = r.form;
        o.address = QString::fromUtf16(r.address);
        o.domains = r.domains;
        o.volunteerCount = r.volunteers;
        o.volunteering = r.volunteering;
        o.locality = QStringLiteral("Cluj-Napoca");
        o.email = QStringLiteral("office@example.ro");
        o.phone = QStringLiteral("0264 599 066");
        o.website = QStringLiteral("www.example.ro");
        o.contactPerson = QStringLiteral(u"Ștefan Pop");
        o.registryNumber =
            o.cif.isEmpty() ? QString() : QStringLiteral("%1/A/2001").arg(o.cif.left(3));
        const Result<qint64> id = repo.add(o);
        QVERIFY2(id, qPrintable(id.error()));
    }
    m_organizations = int(rows.size());
}

void TestOrganizationExporter::csvHasBomHeadersCrlfAndRomanianOrder()
{
    OrganizationFilter filter;
    filter.countyId = *Geography::load(m_db->connection()).findCounty(QStringLiteral("CJ"));
    const QString path = m_db->filePath(QStringLiteral("out.csv"));
    const Status s = OrganizationExporter::exportCsv(m_db->connection(), filter, path);
    QVERIFY2(s, qPrintable(s.error()));
    const QByteArray bytes = test::readFile(path);
    QVERIFY(bytes.startsWith(QByteArray("\xEF\xBB\xBF" + csvHeader + "\r\n")));
    QCOMPARE(bytes.count("\r\n"), bytes.count('\n')); // every line ends in CRLF
    QVERIFY(bytes.endsWith("\r\n"));

    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QStringList names;
    for (const QString &line : lines.mid(1))
        names << line.section(QLatin1Char(';'), 0, 0);
    // Romanian order: ă after a, ș after s, ț after t (code points would put Ș and Ț after Z).
    QCOMPARE(names, (QStringList{QStringLiteral(u"Ăsta e un nume"), QStringLiteral(u"Sfântul Ion"),
                                 QStringLiteral(u"Școala Altfel"), QStringLiteral(u"Tinerii"),
                                 QStringLiteral(u"Țara Noastră")}));
    // The value holding a quote and a separator is quoted, its quotes doubled; domains joined with
    // |.
    QVERIFY2(lines.last().startsWith(
                 QStringLiteral(u"Țara Noastră;;asociație;12345674;123/A/2001;Cluj;Cluj-Napoca;"
                                u"\"Str. \"\"Unirii\"\"; nr. 3\";office@example.ro;0264 599 066;"
                                u"www.example.ro;Ștefan Pop;Educație|Mediu;12;da")),
             qPrintable(lines.last()));
    QVERIFY(lines.at(2).endsWith(QStringLiteral(";Social;0;nu")));
}

void TestOrganizationExporter::csvRoundTripIsUnchanged()
{
    const QString path = m_db->filePath(QStringLiteral("all.csv"));
    const Status s = OrganizationExporter::exportFile(m_db->connection(), {}, path);
    QVERIFY2(s, qPrintable(s.error()));
    const Result<ImportSummary> r = OrganizationImporter(m_db->connection()).importFile(path, {});
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY2(r->rejected.isEmpty(), qPrintable(r->rejected.value(0).reason));
    QCOMPARE(r->imported, 0);
    QCOMPARE(r->updated, 0);
    QCOMPARE(r->unchanged, m_organizations + 4); // with the four associative structures
    QCOMPARE(r->encoding, TextEncoding::Utf8);
}

void TestOrganizationExporter::filterNarrowsTheExport()
{
    OrganizationFilter filter;
    filter.countyId = *Geography::load(m_db->connection()).findCounty(QStringLiteral("AB"));
    const QString path = m_db->filePath(QStringLiteral("alba.csv"));
    QVERIFY(OrganizationExporter::exportCsv(m_db->connection(), filter, path));
    QCOMPARE(test::readFile(path).count("\r\n"), 2);
    QVERIFY(test::readFile(path).contains(QStringLiteral(u"Asociația Zorilor").toUtf8()));

    filter = {};
    filter.volunteering = true;
    filter.text = QStringLiteral("tinerii");
    QVERIFY(OrganizationExporter::exportCsv(m_db->connection(), filter, path));
    const QByteArray bytes = test::readFile(path);
    QCOMPARE(bytes.count("\r\n"), 2);
    QVERIFY(bytes.contains("\r\nTinerii;"));
}

void TestOrganizationExporter::xlsxIsAValidWorkbookWithBoldFrozenHeader()
{
    OrganizationFilter filter;
    filter.countyId = *Geography::load(m_db->connection()).findCounty(QStringLiteral("CJ"));
    const QString path = m_db->filePath(QStringLiteral("out.XLSX"));
    const Status s = OrganizationExporter::exportFile(m_db->connection(), filter, path);
    QVERIFY2(s, qPrintable(s.error()));
    QVERIFY(test::readFile(path).startsWith("PK\x03\x04"));

    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        const QByteArray sheet = test::zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(!sheet.isEmpty());
        QVERIFY(sheet.contains("<pane ySplit=\"1\""));
        QVERIFY(sheet.contains(QStringLiteral(u"Școala Altfel").toUtf8()));
    }

    const QString python = test::pythonWithOpenpyxl();
    if (python.isEmpty())
        QSKIP("python3 with openpyxl is not installed");
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QStringLiteral(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
print(json.dumps({
    "rows": [[c.value for c in row] for row in ws.iter_rows()],
    "bold": all(c.font.b for c in ws[1]),
    "boldData": any(c.font.b for c in ws[2]),
    "freeze": ws.freeze_panes,
    "widthA": ws.column_dimensions["A"].width,
}))
)"),
                     path});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(o.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    QVERIFY(o.value(QStringLiteral("bold")).toBool());
    QVERIFY(!o.value(QStringLiteral("boldData")).toBool());
    QVERIFY(o.value(QStringLiteral("widthA")).toDouble() > 30);
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 6);
    QStringList header;
    for (const QJsonValue &v : rows.at(0).toArray())
        header << v.toString();
    QCOMPARE(header.join(QLatin1Char(';')).toUtf8(), csvHeader);
    const QJsonArray last = rows.at(5).toArray();
    QCOMPARE(last.at(0).toString(), QStringLiteral(u"Țara Noastră"));
    QCOMPARE(last.at(2).toString(), QStringLiteral(u"asociație"));
    QCOMPARE(last.at(3).toString(),
             QStringLiteral("12345674")); // text, not a number: leading zeros survive
    QCOMPARE(last.at(7).toString(), QStringLiteral("Str. \"Unirii\"; nr. 3"));
    QCOMPARE(last.at(12).toString(), QStringLiteral(u"Educație|Mediu"));
    QCOMPARE(last.at(13).toDouble(), 12.0); // a number
    QCOMPARE(last.at(14).toString(), QStringLiteral("da"));
    QVERIFY(rows.at(1).toArray().at(13).isNull()); // no count: an empty cell
}

// A value a spreadsheet would run as a formula is written with a leading apostrophe (OWASP), and
// the import takes it away again: the round trip changes nothing.
void TestOrganizationExporter::csvNeutralizesFormulasAndTheImportRestoresThem()
{
    Organization o;
    o.name = QStringLiteral("Asociatia Formula");
    o.countyId = *Geography::load(m_db->connection()).findCounty(QStringLiteral("CJ"));
    o.address = QStringLiteral("=HYPERLINK(\"http://example.invalid\";\"x\")");
    o.phone = QStringLiteral("+40 264 599 066");
    o.contactPerson = QStringLiteral("@SUM(A1)");
    o.locality = QStringLiteral("-2+3");
    const Result<qint64> id = OrganizationRepository(m_db->connection()).add(o);
    QVERIFY2(id, qPrintable(id.error()));

    const QString path = m_db->filePath(QStringLiteral("formulas.csv"));
    QVERIFY(OrganizationExporter::exportFile(m_db->connection(), {}, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(
        text.contains(QLatin1String("\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"x\"\")\"")),
        qPrintable(text));
    QVERIFY(text.contains(QLatin1String(";'+40 264 599 066;")));
    QVERIFY(text.contains(QLatin1String(";'@SUM(A1);")));
    QVERIFY(text.contains(QLatin1String(";'-2+3;")));
    QVERIFY(!text.contains(QLatin1String(";=")) && !text.contains(QLatin1String(";+")) &&
            !text.contains(QLatin1String(";@")));

    const Result<ImportSummary> r = OrganizationImporter(m_db->connection()).importFile(path, {});
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY2(r->rejected.isEmpty(), qPrintable(r->rejected.value(0).reason));
    QCOMPARE(r->updated, 0);
    QCOMPARE(r->imported, 0);
    const std::optional<Organization> back =
        OrganizationRepository(m_db->connection()).find(id.value());
    QVERIFY(back);
    QCOMPARE(back->address, o.address);
    QCOMPARE(back->phone, o.phone);
    QCOMPARE(back->contactPerson, o.contactPerson);
    QCOMPARE(back->locality, o.locality);
}

// A full disk while the workbook is written (here a file size limit) fails the export and leaves
// the previous file as it was, with no temporary file behind.
void TestOrganizationExporter::failedXlsxExportKeepsThePreviousFile()
{
    const QString path = m_db->filePath(QStringLiteral("keep.xlsx"));
    QVERIFY(OrganizationExporter::exportFile(m_db->connection(), {}, path));
    QFile good(path);
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray before = good.readAll();
    good.close();
    QVERIFY(before.size() > 1024);
    {
        const test::FileSizeLimit limit(512);
        const Status s = OrganizationExporter::exportFile(m_db->connection(), {}, path);
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(path + QLatin1Char(':')), qPrintable(s.error()));
    }
    QVERIFY(good.open(QIODevice::ReadOnly));
    QCOMPARE(good.readAll(), before);
    good.close();
    QCOMPARE(QDir(m_db->dir()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden),
             QStringList());
    // A successful export replaces it and leaves nothing else.
    QVERIFY(OrganizationExporter::exportFile(m_db->connection(), {}, path));
    QCOMPARE(QDir(m_db->dir()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden),
             QStringList());
    QCOMPARE(QFileInfo(path).permissions() & QFile::ReadOther, QFile::ReadOther);
}

void TestOrganizationExporter::unwritableFileFails_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv in a missing folder") << QStringLiteral("no/such/folder/out.csv");
    QTest::newRow("xlsx in a missing folder") << QStringLiteral("no/such/folder/out.xlsx");
    QTest::newRow("csv onto a folder") << QStringLiteral("folder.csv");
    QTest::newRow("xlsx onto a folder") << QStringLiteral("folder.xlsx");
    QTest::newRow("unknown extension") << QStringLiteral("out.ods");
}

void TestOrganizationExporter::unwritableFileFails()
{
    QFETCH(QString, name);
    const QString path = m_db->filePath(name);
    if (name.startsWith(QLatin1String("folder")))
        QVERIFY(QDir().mkpath(path));
    const Status s = OrganizationExporter::exportFile(m_db->connection(), {}, path);
    QVERIFY(!s);
    QVERIFY2(s.error().startsWith(path + QLatin1Char(':')), qPrintable(s.error()));
}

QTEST_GUILESS_MAIN(TestOrganizationExporter)
#include "tst_organizationexporter.moc"
