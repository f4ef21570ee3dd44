// Benchmark of the documents at scale (run by hand, not by ctest); links views (bench: views):
//   bench_documents [INSTITUTIONS DRAFTS ORGANIZATIONS]     default 200 20000 1000000
// It builds two databases directly in SQL (one transaction each):
//   - transparency: INSTITUTIONS institutions (a tenth of them without an annual report), DRAFTS
//     draft acts of 2025 with three recommendations each, ten public meetings per institution;
//   - evidence: ORGANIZATIONS organizations spread over the 42 counties, with one or two domains.
// Then, each in a child process of its own so that peak memory is per document, it times the
// national transparency synthesis of 2025 and the NGO evidence: opening the database, building
// the document from the records (models/reports), laying it out and writing the PDF
// (views/documents), and prints the pages and the peak resident memory.

#include "Measure.h"
#include "core/Text.h"
#include "documents/NgoEvidenceReport.h"
#include "documents/PdfExport.h"
#include "documents/TransparencyReports.h"
#include "registry/Geography.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace dc;

namespace {

void exec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql.left(120)), qPrintable(q.lastError().text()));
}

std::unique_ptr<Database> openOrDie(const QString &path)
{
    auto database = Database::open(path);
    if (!database)
        qFatal("%s", qPrintable(database.error()));
    return std::move(database.value());
}

const QString now = QStringLiteral("2026-01-05T10:00:00");

void buildTransparency(const QString &path, int institutions, int drafts)
{
    QFile::remove(path);
    auto db = openOrDie(path);
    const QSqlDatabase connection = db->connection();
    const Geography geography = Geography::load(connection);
    const Status s = inTransaction(connection, [&]() -> Status {
        QSqlQuery q(connection);
        q.prepare(QStringLiteral("INSERT INTO institution (id, name, name_sort, name_folded, kind, "
                                 "county_id, liaison_name, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        static const std::pair<const char *, const char *> kinds[] = {
            {"county_council", "Consiliul Județean"},
            {"prefecture", "Instituția Prefectului — Județul"},
            {"city_hall", "Primăria Municipiului reședință de județ"},
            {"central_agency",
             "Agenția Națională pentru Dezvoltare Regională și Consultare Publică,"},
        };
        for (int i = 0; i < institutions; ++i) {
            const County &county = geography.counties().at(i % geography.counties().size());
            const auto &[kind, prefix] = kinds[(i / geography.counties().size()) % 4];
            QString name = QStringLiteral("%1 %2").arg(QString::fromUtf8(prefix), county.name);
            if (i >= 4 * geography.counties().size())
                name += QStringLiteral(" nr. %1").arg(i);
            q.addBindValue(i + 1);
            q.addBindValue(name);
            q.addBindValue(text::sortKey(name));
            q.addBindValue(text::folded(name));
            q.addBindValue(QString::fromLatin1(kind));
            q.addBindValue(county.id);
            q.addBindValue(QStringLiteral("Ioana Țurcanu"));
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec())
                return Status::failure(q.lastError().text());
        }
        QSqlQuery sql(connection);
        exec(sql,
             QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                 "INSERT INTO draft_act (institution_id, title, kind, status, announced_on, "
                 "announced_website, "
                 "  announced_headquarters, adopted_on, procedure, procedure_reason, "
                 "info_requests_persons, "
                 "  info_requests_associations, debate_requested, debate_requester_kind, "
                 "debate_requested_on, "
                 "  debate_held, debate_held_on, created_at, updated_at) "
                 "SELECT 1 + i % %2, 'Proiect de hotărâre privind consultarea publică nr. ' || i, "
                 "'government_decision', "
                 "  'adopted', printf('2025-%02d-%02d', 1 + i % 10, 1 + i % 28), 1, i % 2, "
                 "  printf('2025-12-%02d', 1 + i % 28), CASE WHEN i % 17 = 0 THEN 'urgency' ELSE "
                 "'normal' END, "
                 "  CASE WHEN i % 17 = 0 THEN 'Urgență' END, i % 3, i % 2, i % 5 = 0, "
                 "  CASE WHEN i % 5 = 0 THEN 'association' END, "
                 "  CASE WHEN i % 5 = 0 THEN printf('2025-%02d-%02d', 1 + i % 10, 1 + i % 28) END, "
                 "  i % 5 = 0 OR i % 7 = 0, "
                 "  CASE WHEN i % 5 = 0 OR i % 7 = 0 THEN printf('2025-%02d-%02d', 1 + i % 10, 1 + "
                 "i % 28) END, "
                 "  '%3', '%3' FROM n")
                 .arg(drafts - 1)
                 .arg(institutions)
                 .arg(now));
        exec(
            sql,
            QStringLiteral(
                "INSERT INTO recommendation (draft_id, author_kind, author_name, received_on, "
                "body, decision, "
                "  justification, received_online, rejection_justification_sent, created_at, "
                "updated_at) "
                "SELECT d.id, 'organization', 'Asociația Societatea Civilă pentru Transparență', "
                "d.announced_on, "
                "  'Propunem completarea articolului ' || k.k, "
                "  CASE (d.id + k.k) % 4 WHEN 0 THEN 'accepted' WHEN 1 THEN 'partially_accepted' "
                "ELSE 'rejected' END, "
                "  CASE WHEN (d.id + k.k) % 4 = 0 THEN NULL ELSE 'Motivare' END, (d.id + k.k) % 2, "
                "  (d.id + k.k) % 4 = 2, '%1', '%1' "
                "FROM draft_act d, (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) k")
                .arg(now));
        exec(sql,
             QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                 "INSERT INTO public_meeting (institution_id, held_on, subject, is_public, "
                 "closed_reason, "
                 "  announced_on, announced_website, announced_headquarters, participants, "
                 "recommendations_expressed, "
                 "  recommendations_included, minutes_drawn_up, minutes_published, created_at, "
                 "updated_at) "
                 "SELECT 1 + i % %2, printf('2025-%02d-15', 1 + i % 12), 'Ședința consiliului', i "
                 "% 6 <> 0, "
                 "  CASE WHEN i % 6 = 0 THEN 'secret_vote' END, printf('2025-%02d-05', 1 + i % "
                 "12), 1, 1, "
                 "  CASE WHEN i % 6 <> 0 THEN 10 + i % 40 END, i % 5, i % 3 * (i % 5 > 2), 1, i % "
                 "2, '%3', '%3' FROM n")
                 .arg(10 * institutions - 1)
                 .arg(institutions)
                 .arg(now));
        exec(sql,
             QStringLiteral("INSERT INTO transparency_report (institution_id, year, received_on, "
                            "self_evaluation, "
                            "created_at, updated_at) SELECT id, 2025, '2026-01-31', "
                            "'Colaborarea cu asociațiile și fundațiile a fost bună.', '%1', '%1' "
                            "FROM institution WHERE id % 10 <> 0")
                 .arg(now));
        return {};
    });
    if (!s)
        qFatal("%s", qPrintable(s.error()));
}

void buildEvidence(const QString &path, int organizations)
{
    QFile::remove(path);
    auto db = openOrDie(path);
    const QSqlDatabase connection = db->connection();
    const Status s = inTransaction(connection, [&]() -> Status {
        QSqlQuery sql(connection);
        const QStringList domains = {
            QStringLiteral("Voluntariat"),      QStringLiteral("Educație"),
            QStringLiteral("Servicii sociale"), QStringLiteral("Mediu"),
            QStringLiteral("Cultură"),          QStringLiteral("Sănătate")};
        QSqlQuery q(connection);
        q.prepare(
            QStringLiteral("INSERT INTO domain (id, name, folded, sort_key) VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < domains.size(); ++i) {
            q.addBindValue(i + 1);
            q.addBindValue(domains.at(i));
            q.addBindValue(text::folded(domains.at(i)));
            q.addBindValue(text::sortKey(domains.at(i)));
            if (!q.exec())
                return Status::failure(q.lastError().text());
        }
        exec(sql,
             QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                 "INSERT INTO organization (name, name_sort, name_folded, kind, legal_form, "
                 "status, county_id, "
                 "  locality, volunteering, created_at, updated_at) "
                 "SELECT 'Asociația Speranța Țării ' || i, 'asociatia speranta tarii ' || i, "
                 "'asociatia speranta tarii ' || i, "
                 "  'ngo', 'association', CASE WHEN i % 10 = 0 THEN 'dissolved' ELSE 'active' END, "
                 "  1 + (i * 7919) % 42, 'Localitatea ' || (i % 300), i % 3 = 0, '%2', '%2' FROM n")
                 .arg(organizations)
                 .arg(now));
        exec(sql, QStringLiteral("INSERT INTO organization_domain (organization_id, domain_id) "
                                 "SELECT id, 1 + id % 6 FROM organization"));
        exec(sql, QStringLiteral("INSERT INTO organization_domain (organization_id, domain_id) "
                                 "SELECT id, 1 + (id + 3) % 6 FROM organization WHERE id % 4 = 0"));
        return {};
    });
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    QSqlQuery analyze(connection);
    analyze.exec(QStringLiteral("ANALYZE"));
}

// One document in this process: open, build from the records, lay out and write the PDF.
int stepDocument(const QString &which, const QString &dbPath, const QString &pdfPath)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    t.start();
    auto db = openOrDie(dbPath);
    const double openMs = t.nsecsElapsed() / 1e6;
    t.restart();
    const QLocale locale(QLocale::Romanian, QLocale::Romania);
    const Result<reports::ReportDocument> doc =
        which == QLatin1String("transparency")
            ? reports::buildTransparencySynthesis(*db, 2025, locale)
            : reports::buildNgoEvidence(*db, locale);
    if (!doc)
        qFatal("%s", qPrintable(doc.error()));
    const double buildMs = t.nsecsElapsed() / 1e6;
    t.restart();
    PageDecoration decoration;
    decoration.institution = QStringLiteral("Secretariatul General al Guvernului");
    decoration.department = QStringLiteral("Serviciul pentru Cooperarea cu Mediul Asociativ");
    decoration.locale = locale;
    const Result<int> pages = PdfExport::write(doc.value(), pdfPath, decoration);
    if (!pages)
        qFatal("%s", qPrintable(pages.error()));
    const double pdfMs = t.nsecsElapsed() / 1e6;
    test::benchOut() << which << "_open_ms " << openMs << '\n'
                     << which << "_build_document_ms " << buildMs << '\n'
                     << which << "_layout_pdf_ms " << pdfMs << " pages " << pages.value()
                     << " pdf_kb " << QFileInfo(pdfPath).size() / 1024 << '\n'
                     << which << "_total_ms " << total.nsecsElapsed() / 1e6 << '\n'
                     << which << "_peak_mb " << test::peakMegabytes() << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--step"))
        return stepDocument(args.value(1), args.value(2), args.value(3));

    const int institutions = args.value(0, QStringLiteral("200")).toInt();
    const int drafts = args.value(1, QStringLiteral("20000")).toInt();
    const int organizations = args.value(2, QStringLiteral("1000000")).toInt();
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_documents-XXXXXX"));
    const QString transparencyDb = dir.filePath(QStringLiteral("transparency.sqlite"));
    const QString evidenceDb = dir.filePath(QStringLiteral("evidence.sqlite"));

    test::benchOut() << "== national transparency synthesis: " << institutions << " institutions, "
                     << drafts << " draft acts, " << 3 * drafts << " recommendations ==\n";
    test::benchOut().flush();
    QElapsedTimer t;
    t.start();
    buildTransparency(transparencyDb, institutions, drafts);
    test::benchOut() << "transparency_build_data_s " << t.elapsed() / 1000.0 << '\n';
    test::benchOut() << test::runStep({QStringLiteral("--step"), QStringLiteral("transparency"),
                                       transparencyDb,
                                       dir.filePath(QStringLiteral("transparency.pdf"))});
    test::benchOut().flush();

    test::benchOut() << "== NGO evidence: " << organizations << " organizations ==\n";
    test::benchOut().flush();
    t.restart();
    buildEvidence(evidenceDb, organizations);
    test::benchOut() << "ngos_build_data_s " << t.elapsed() / 1000.0 << " database_mb "
                     << QFileInfo(evidenceDb).size() / 1048576.0 << '\n';
    test::benchOut() << test::runStep({QStringLiteral("--step"), QStringLiteral("ngos"), evidenceDb,
                                       dir.filePath(QStringLiteral("ngos.pdf"))});
    if (qEnvironmentVariableIsSet("BENCH_KEEP")) {
        dir.setAutoRemove(false);
        test::benchOut() << "kept " << dir.path() << '\n';
    }
    return 0;
}
