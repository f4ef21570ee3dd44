#include "DatabaseTest.h"

#include "Lookup.h"
#include "ReportFiles.h"

#include "storage/AuditLog.h"
#include "transparency/AnnualReportRepository.h"
#include "transparency/DraftActRepository.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/ReportImporter.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

// Importing the returned reports: a preview that writes nothing, then one transaction; the file's
// name, SHA-256, date received and who imported it stored with every value and its cell; the same
// file again changes nothing, a corrected one replaces the values and says so; an institution the
// database does not know is refused with the closest names; values that differ from the office's
// records are warnings.
class TestReportImporter final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private:
    QSqlDatabase db() const { return m_db->connection(); }
    QString path(const QString &name) const { return m_db->filePath(name); }

    qint64 institution(const QString &name, InstitutionKind kind = InstitutionKind::Ministry) const
    {
        Institution i;
        i.name = name;
        i.kind = kind; // no liaison: the records then give no figure of their own to compare
        const Result<qint64> id = InstitutionRepository(db()).add(i);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? id.value() : 0;
    }

    qint64 count(const QString &table) const
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    /// A small CSV report of the current model for 2025.
    QString csvReport(const QString &name, const QString &institutionName,
                      const QStringList &rows) const
    {
        const QString file = path(name);
        if (!test::writeCsv(
                file, QStringList{QStringLiteral(u"Numele autorității sau instituției publice:;") +
                                      institutionName,
                                  QStringLiteral("Anul:;2025")} +
                          rows))
            qWarning("cannot write %s", qPrintable(file));
        return file;
    }

    static QString sha256(const QString &file)
    {
        return QString::fromLatin1(test::fileSha256(file).toHex());
    }

    static const ReportValue *value(const QList<ReportValue> &values, const QString &code)
    {
        return test::withCode(values, code);
    }

private Q_SLOTS:
    void previewWritesNothing()
    {
        const qint64 id = institution(QStringLiteral(u"Primăria Orașului Câmpia Verde (fictiv)"));
        const qint64 auditBefore = count(QStringLiteral("audit_log"));
        ReportImporter importer(db());
        const Result<QList<ReportFilePreview>> previews =
            importer.preview({test::dataPath(QStringLiteral("reports/anexa-20-2025.xlsx"))});
        QVERIFY2(previews, qPrintable(previews.error()));
        QCOMPARE(previews->size(), 1);
        const ReportFilePreview &p = previews->first();
        QVERIFY2(p.importable(), qPrintable(p.error));
        QCOMPARE(p.outcome, std::optional<ReceiveOutcome>(ReceiveOutcome::Imported));
        QCOMPARE(p.institution, QStringLiteral(u"Primăria Orașului Câmpia Verde (fictiv)"));
        QCOMPARE(p.report.institutionId, id);
        QCOMPARE(p.report.year, 2025);
        QCOMPARE(p.modelId, QStringLiteral("anexa-20"));
        QCOMPARE(p.report.values.size(), 44);
        // Nothing was written: no report, no audit row.
        QVERIFY(!AnnualReportRepository(db()).report(id, 2025));
        QCOMPARE(count(QStringLiteral("transparency_report_value")), 0);
        QCOMPARE(count(QStringLiteral("audit_log")), auditBefore);
    }

    void importStoresTheFileAndEveryValueWithItsCell()
    {
        const qint64 id = institution(QStringLiteral("Ministerul Formularelor (fictiv)"),
                                      InstitutionKind::Ministry);
        const QString file = test::dataPath(QStringLiteral("reports/form-anexa-20-2025.xlsx"));
        ReportImporter importer(db());
        Result<QList<ReportFilePreview>> previews = importer.preview({file});
        QVERIFY2(previews, qPrintable(previews.error()));
        QVERIFY(importer.apply(previews.value()));
        QCOMPARE(previews->first().outcome,
                 std::optional<ReceiveOutcome>(ReceiveOutcome::Imported));
        const std::optional<ReceivedReport> stored =
            AnnualReportRepository(db()).received(id, 2025);
        QVERIFY(stored);
        QCOMPARE(stored->fileName, QStringLiteral("form-anexa-20-2025.xlsx"));
        QCOMPARE(stored->fileSha256, sha256(file));
        QCOMPARE(stored->receivedOn, QDate::currentDate());
        QCOMPARE(stored->importedBy, AuditLog::osUser());
        QCOMPARE(stored->modelId, QStringLiteral("anexa-20"));
        QCOMPARE(stored->values.size(), 43);
        QCOMPARE(*value(stored->values, QStringLiteral("A9_1")),
                 (ReportValue{QStringLiteral("A9_1"), qint64(3), QStringLiteral("C34")}));
        QCOMPARE(value(stored->values, QStringLiteral("D1"))->value,
                 QVariant(QStringLiteral("very_good")));
        // The import's one record, which the report carries, instead of an audit row.
        QCOMPARE(count(QStringLiteral("data_import WHERE kind = 'annual_reports'")), 1);
        QCOMPARE(count(QStringLiteral("audit_log WHERE table_name = 'transparency_report'")), 0);
        QCOMPARE(
            count(QStringLiteral("transparency_report WHERE import_id = "
                                 "(SELECT id FROM data_import WHERE kind = 'annual_reports')")),
            1);
    }

    void everyLayoutImports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("institutionName");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("values");
        QTest::newRow("our form") << QStringLiteral("form-anexa-20-2025.xlsx")
                                  << QStringLiteral("Ministerul Formularelor (fictiv)") << 2025
                                  << 43;
        QTest::newRow("older model, XLSX")
            << QStringLiteral("older-2020.xlsx")
            << QStringLiteral(u"Primăria Orașului Marea Albă (fictiv)") << 2020 << 34;
        QTest::newRow("current model, XLSX")
            << QStringLiteral("anexa-20-2025.xlsx")
            << QStringLiteral(u"Primăria Orașului Câmpia Verde (fictiv)") << 2025 << 44;
        QTest::newRow("current model, ODS")
            << QStringLiteral("anexa-20-2025.ods")
            << QStringLiteral(u"Primăria Orașului Câmpia Verde (fictiv)") << 2025 << 44;
        QTest::newRow("current model, CSV")
            << QStringLiteral("anexa-20-2024.csv")
            << QStringLiteral(u"Prefectura Județului Exemplu (fictiv)") << 2024 << 42;
    }
    void everyLayoutImports()
    {
        QFETCH(QString, file);
        QFETCH(QString, institutionName);
        QFETCH(int, year);
        QFETCH(int, values);
        const qint64 id = institution(institutionName);
        ReportImporter importer(db());
        Result<QList<ReportFilePreview>> previews =
            importer.preview({test::dataPath(QStringLiteral("reports/") + file)});
        QVERIFY2(previews, qPrintable(previews.error()));
        QVERIFY2(previews->first().importable(), qPrintable(previews->first().error));
        QVERIFY(previews->first().warnings.isEmpty());
        QVERIFY(importer.apply(previews.value()));
        const std::optional<ReceivedReport> stored =
            AnnualReportRepository(db()).received(id, year);
        QVERIFY(stored);
        QCOMPARE(stored->values.size(), values);
    }

    void theSameFileAgainChangesNothing()
    {
        institution(QStringLiteral(u"Primăria Orașului Câmpia Verde (fictiv)"));
        const QStringList files = {test::dataPath(QStringLiteral("reports/anexa-20-2025.xlsx"))};
        ReportImporter importer(db());
        Result<QList<ReportFilePreview>> first = importer.preview(files);
        QVERIFY(first && importer.apply(first.value()));
        const qint64 audit = count(QStringLiteral("audit_log"));
        const qint64 values = count(QStringLiteral("transparency_report_value"));
        Result<QList<ReportFilePreview>> again = importer.preview(files);
        QVERIFY(again);
        QCOMPARE(again->first().outcome, std::optional<ReceiveOutcome>(ReceiveOutcome::Unchanged));
        QVERIFY(importer.apply(again.value()));
        QCOMPARE(again->first().outcome, std::optional<ReceiveOutcome>(ReceiveOutcome::Unchanged));
        QCOMPARE(count(QStringLiteral("audit_log")), audit);
        QCOMPARE(count(QStringLiteral("transparency_report_value")), values);
        // The same report as ODS: other bytes, the same values: unchanged as well.
        Result<QList<ReportFilePreview>> ods =
            importer.preview({test::dataPath(QStringLiteral("reports/anexa-20-2025.ods"))});
        QVERIFY(ods);
        QCOMPARE(ods->first().outcome, std::optional<ReceiveOutcome>(ReceiveOutcome::Unchanged));
    }

    void aCorrectedFileReplacesAndTheOldValuesStayInTheAuditLog()
    {
        const qint64 id = institution(QStringLiteral("Primăria Test"));
        ReportImporter importer(db());
        ReportImportOptions options;
        options.receivedOn = QDate(2026, 4, 2);
        Result<QList<ReportFilePreview>> first = importer.preview(
            {csvReport(QStringLiteral("raport.csv"), QStringLiteral("Primăria Test"),
                       {QStringLiteral("A1;3"), QStringLiteral("A9_2;1")})},
            options);
        QVERIFY(first && importer.apply(first.value()));
        // The corrected file comes later; without a date given it keeps the day the report came.
        Result<QList<ReportFilePreview>> corrected = importer.preview(
            {csvReport(QStringLiteral("raport-corectat.csv"), QStringLiteral("Primăria Test"),
                       {QStringLiteral("A1;4"), QStringLiteral("A9_2;1")})});
        QVERIFY(corrected);
        QCOMPARE(corrected->first().outcome,
                 std::optional<ReceiveOutcome>(ReceiveOutcome::Replaced));
        QCOMPARE(corrected->first().report.receivedOn, QDate(2026, 4, 2));
        QVERIFY(importer.apply(corrected.value()));
        QCOMPARE(corrected->first().outcome,
                 std::optional<ReceiveOutcome>(ReceiveOutcome::Replaced));
        const std::optional<ReceivedReport> stored =
            AnnualReportRepository(db()).received(id, 2025);
        QCOMPARE(stored->fileName, QStringLiteral("raport-corectat.csv"));
        QCOMPARE(value(stored->values, QStringLiteral("A1"))->value, QVariant(qint64(4)));
        QCOMPARE(stored->receivedOn, QDate(2026, 4, 2));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT old_values FROM audit_log WHERE table_name = 'transparency_report' "
            "AND action = 'update' ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QLatin1String("\"A1\":3")),
                 qPrintable(q.value(0).toString()));
        // The report and that audit row carry the second import.
        QVERIFY(q.exec(QStringLiteral(
            "SELECT r.import_id, a.import_id, (SELECT max(id) FROM data_import) FROM "
            "transparency_report r, audit_log a WHERE a.table_name = 'transparency_report' AND "
            "a.action = 'update' AND a.row_id = r.id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), q.value(2).toLongLong());
        QCOMPARE(q.value(1).toLongLong(), q.value(2).toLongLong());
        QCOMPARE(count(QStringLiteral("data_import")), 2);
    }

    void anUnknownInstitutionIsRefusedWithTheClosestNames()
    {
        institution(QStringLiteral(u"Primăria Orașului Câmpia Roșie (fictiv)"));
        institution(QStringLiteral(u"Primăria Comunei Verde (fictiv)"));
        institution(QStringLiteral(u"Ministerul Culturii"));
        const QString file = test::dataPath(QStringLiteral("reports/anexa-20-2025.xlsx"));
        ReportImporter importer(db());
        Result<QList<ReportFilePreview>> previews = importer.preview({file});
        QVERIFY(previews);
        const ReportFilePreview &p = previews->first();
        QVERIFY(!p.importable());
        QVERIFY(!p.outcome);
        QVERIFY2(p.error.startsWith(
                     file +
                     QStringLiteral(u": \"Primăria Orașului Câmpia Verde (fictiv)\" (A3) is not an "
                                    u"institution")),
                 qPrintable(p.error));
        QVERIFY2(p.error.endsWith(QStringLiteral(
                     u"the closest names are: Primăria Orașului Câmpia Roșie (fictiv); "
                     u"Primăria Comunei Verde (fictiv); Ministerul Culturii.")),
                 qPrintable(p.error));
        QVERIFY(importer.apply(previews.value()));
        QCOMPARE(count(QStringLiteral("transparency_report")), 0);
    }

    void theOptionsNameTheInstitutionAndTheYear()
    {
        const qint64 id = institution(QStringLiteral("Primăria Test"));
        // No header at all: the options say whose report it is and for which year.
        const QString file = path(QStringLiteral("fara-antet.csv"));
        QVERIFY(test::writeCsv(file, {QStringLiteral("A1;3"), QStringLiteral("A9_2;1")}));
        ReportImporter importer(db());
        Result<QList<ReportFilePreview>> refused = importer.preview({file});
        QVERIFY(refused);
        QVERIFY2(refused->first().error.contains(QLatin1String("does not say the year")),
                 qPrintable(refused->first().error));
        ReportImportOptions options;
        options.year = 2025;
        refused = importer.preview({file}, options);
        QVERIFY2(refused->first().error.contains(QLatin1String("does not name the institution")),
                 qPrintable(refused->first().error));
        options.institutionId = id;
        Result<QList<ReportFilePreview>> previews = importer.preview({file}, options);
        QVERIFY2(previews->first().importable(), qPrintable(previews->first().error));
        QVERIFY(importer.apply(previews.value()));
        QVERIFY(AnnualReportRepository(db()).received(id, 2025));
        // A file that says otherwise is imported as asked, with a warning for each.
        const QString other = csvReport(QStringLiteral("alt.csv"), QStringLiteral("Primăria Alta"),
                                        {QStringLiteral("A1;5"), QStringLiteral("A9_2;1")});
        options.year = 2024;
        previews = importer.preview({other}, options);
        QVERIFY2(previews->first().importable(), qPrintable(previews->first().error));
        QCOMPARE(previews->first().warnings.size(), 2);
        QVERIFY(previews->first().warnings.at(0).message.contains(QLatin1String("2025")));
        QVERIFY(
            previews->first().warnings.at(1).message.contains(QStringLiteral(u"Primăria Alta")));
    }

    void valuesThatDifferFromTheRecordsAreWarnings()
    {
        const qint64 id = institution(QStringLiteral("Primăria Test"));
        DraftAct d; // one draft adopted in 2025: the records give A1 = 1
        d.institutionId = id;
        d.title = QStringLiteral("Proiect");
        d.status = DraftActStatus::Adopted;
        d.announcedOn = QDate(2025, 2, 3);
        d.recommendationsDeadline = QDate(2025, 2, 13);
        d.announcedOnWebsite = true;
        d.submittedOn = QDate(2025, 3, 20);
        d.adoptedOn = QDate(2025, 4, 1);
        const Result<qint64> added = DraftActRepository(db()).add(d);
        QVERIFY2(added, qPrintable(added.error()));
        ReportImporter importer(db());
        const Result<QList<ReportFilePreview>> previews = importer.preview(
            {csvReport(QStringLiteral("raport.csv"), QStringLiteral("Primăria Test"),
                       {QStringLiteral("A1;3"), QStringLiteral("A9_2;0")})});
        QVERIFY(previews);
        const ReportFilePreview &p = previews->first();
        QVERIFY(p.importable());
        QCOMPARE(p.warnings.size(), 1);
        QCOMPARE(p.warnings.first().cell, QStringLiteral("L3:C2"));
        QCOMPARE(p.warnings.first().message,
                 QStringLiteral("A1: the report says 3; the office's records give 1."));
    }

    void rejectedCellsDoNotStopTheFile()
    {
        const qint64 id = institution(QStringLiteral("Primăria Test"));
        ReportImporter importer(db());
        Result<QList<ReportFilePreview>> previews = importer.preview(
            {csvReport(QStringLiteral("raport.csv"), QStringLiteral("Primăria Test"),
                       {QStringLiteral("A1;3"), QStringLiteral("A7;#DIV/0!"),
                        QStringLiteral("A9_2;-1"), QStringLiteral("B1;2")})});
        QVERIFY(previews);
        QCOMPARE(previews->first().rejected.size(), 2);
        QVERIFY(importer.apply(previews.value()));
        QCOMPARE(AnnualReportRepository(db()).received(id, 2025)->values.size(), 2);
        const ReportImportCounts counts = ReportImporter::count(previews.value());
        QCOMPARE(counts.line(),
                 QStringLiteral("read: 1, imported: 1, replaced: 0, unchanged: 0, rejected: 0"));
        QCOMPARE(counts.rejectedCells, 2);
    }

    void aFileWithNothingUsableIsRejectedWhole()
    {
        institution(QStringLiteral("Primăria Test"));
        ReportImporter importer(db());
        Result<QList<ReportFilePreview>> previews =
            importer.preview({csvReport(QStringLiteral("gol.csv"), QStringLiteral("Primăria Test"),
                                        {QStringLiteral("A1;"), QStringLiteral("A9_2;")}),
                              csvReport(QStringLiteral("rau.csv"), QStringLiteral("Primăria Test"),
                                        {QStringLiteral("A1;multe"), QStringLiteral("A9_2;x")}),
                              path(QStringLiteral("lipsa.xlsx"))});
        QVERIFY(previews);
        QVERIFY2(previews->at(0).error.contains(QLatin1String("no value is filled in")),
                 qPrintable(previews->at(0).error));
        QVERIFY2(previews->at(1).error.contains(QLatin1String("none of the values can be used")),
                 qPrintable(previews->at(1).error));
        QVERIFY2(previews->at(2).error.contains(QLatin1String("does not exist")),
                 qPrintable(previews->at(2).error));
        QCOMPARE(ReportImporter::count(previews.value()).line(),
                 QStringLiteral("read: 3, imported: 0, replaced: 0, unchanged: 0, rejected: 3"));
    }

    void twoFilesOfOneReportInOneImport()
    {
        const qint64 id = institution(QStringLiteral("Primăria Test"));
        ReportImporter importer(db());
        Result<QList<ReportFilePreview>> previews =
            importer.preview({csvReport(QStringLiteral("a.csv"), QStringLiteral("Primăria Test"),
                                        {QStringLiteral("A1;3"), QStringLiteral("A9_2;1")}),
                              csvReport(QStringLiteral("b.csv"), QStringLiteral("Primăria Test"),
                                        {QStringLiteral("A1;4"), QStringLiteral("A9_2;1")})});
        QVERIFY(previews);
        QCOMPARE(previews->at(0).outcome, std::optional<ReceiveOutcome>(ReceiveOutcome::Imported));
        QCOMPARE(previews->at(1).outcome, std::optional<ReceiveOutcome>(ReceiveOutcome::Replaced));
        QVERIFY(previews->at(1).warnings.first().message.contains(QLatin1String("a.csv")));
        QVERIFY(importer.apply(previews.value()));
        QCOMPARE(AnnualReportRepository(db()).received(id, 2025)->fileName,
                 QStringLiteral("b.csv"));
    }

    void aFolderGivesItsReportFiles()
    {
        QDir dir(m_db->dir());
        QVERIFY(dir.mkpath(QStringLiteral("primite/sub")));
        for (const char *name :
             {"b.xlsx", "a.ODS", "c.csv", "~$b.xlsx", ".~lock.c.csv#", "note.txt", "sub/d.csv"})
            QVERIFY(test::writeFile(dir.filePath(QStringLiteral("primite/") + QLatin1String(name)),
                                    "x"));
        const QString folder = dir.filePath(QStringLiteral("primite"));
        QCOMPARE(
            ReportImporter::expand({folder, dir.filePath(QStringLiteral("primite/note.txt"))}),
            (QStringList{folder + QLatin1String("/a.ODS"), folder + QLatin1String("/b.xlsx"),
                         folder + QLatin1String("/c.csv"), folder + QLatin1String("/note.txt")}));
    }

    void cancelledPreview()
    {
        institution(QStringLiteral(u"Primăria Orașului Câmpia Verde (fictiv)"));
        ReportImporter importer(db());
        int calls = 0;
        const Result<QList<ReportFilePreview>> previews =
            importer.preview({test::dataPath(QStringLiteral("reports/anexa-20-2025.xlsx")),
                              test::dataPath(QStringLiteral("reports/anexa-20-2025.ods"))},
                             {}, [&calls](int done, int total) {
                                 ++calls;
                                 return !(done == 1 && total == 2);
                             });
        QVERIFY(!previews);
        QCOMPARE(previews.error(), ReportImporter::cancelledMessage());
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestReportImporter)
#include "tst_reportimporter.moc"
