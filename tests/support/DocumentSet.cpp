#include "DocumentSet.h"

#include "bodies/BodyRepository.h"
#include "documents/BodyMembershipList.h"
#include "documents/FundingSynthesis.h"
#include "documents/NgoEvidenceReport.h"
#include "documents/ProgramSynthesis.h"
#include "documents/RegisterChangesReport.h"
#include "documents/TransparencyReports.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"
#include "transparency/InstitutionRepository.h"

namespace dc::test {

namespace {

// Three changes of different kinds between two imports: names, counties, registry numbers and a
// long detail, as the "What changed" page prints them.
reports::RegisterChangesData registerChanges()
{
    reports::RegisterChangesData data;
    RegisterImport from;
    from.id = 1;
    from.fileName = QStringLiteral("registrul-2026-01.xlsx");
    from.importedAt = QStringLiteral("2026-01-15T09:30:00Z");
    RegisterImport until = from;
    until.id = 2;
    until.fileName = QStringLiteral("registrul-2026-02.xlsx");
    until.importedAt = QStringLiteral("2026-02-16T10:00:00Z");
    data.from = from;
    data.until = until;
    const auto change = [](const char *kind, const char *number, const char *name,
                           const char *county, const char *field, const char *oldValue,
                           const char *newValue) {
        RegisterChange c;
        c.importId = 2;
        c.importedAt = QStringLiteral("2026-02-16T10:00:00Z");
        c.kind = QString::fromLatin1(kind);
        c.registryNumber = QString::fromUtf8(number);
        c.name = QString::fromUtf8(name);
        c.county = QString::fromUtf8(county);
        c.field = QString::fromLatin1(field);
        c.oldValue = QString::fromUtf8(oldValue);
        c.newValue = QString::fromUtf8(newValue);
        return c;
    };
    data.changes << change("added", "1234/A/2026", "Asociația Exemplu pentru Voluntariat (fictiv)",
                           "Iași", "", "", "")
                 << change("renamed", "88/B/2010", "Fundația Model Nou (fictiv)", "Cluj", "name",
                           "Fundația Model (fictiv)", "Fundația Model Nou (fictiv)")
                 << change("moved_county", "501/A/2015",
                           "Asociația Tinerilor din Țara Făgărașului (fictiv)", "Brașov", "county",
                           "Sibiu", "Brașov")
                 << change("dissolved", "77/A/2001", "Clubul Sportiv Exemplu (fictiv)", "Timiș",
                           "status", "active", "dissolved");
    return data;
}

} // namespace

QList<NamedDocument> everyDocument(Database &db, const QLocale &locale, const QDate &day,
                                   QString *error)
{
    QList<NamedDocument> documents;
    const auto fail = [&](const QString &what, const QString &why) {
        if (error)
            *error = what + QStringLiteral(": ") + why;
        return QList<NamedDocument>();
    };

    const ProgramRepository programs(db.connection());
    const Result<Program> program = programs.match(QStringLiteral("Promotorii"));
    if (!program)
        return fail(QStringLiteral("program-synthesis-2021"), program.error());
    const Result<Edition> edition = programs.editionOfYear(*program, 2021);
    if (!edition)
        return fail(QStringLiteral("program-synthesis-2021"), edition.error());
    const Result<reports::ReportDocument> synthesis =
        reports::buildProgramSynthesis(db, edition->id, locale);
    if (!synthesis)
        return fail(QStringLiteral("program-synthesis-2021"), synthesis.error());
    documents << NamedDocument{QStringLiteral("program-synthesis-2021"), *synthesis};

    const Result<reports::ReportDocument> national =
        reports::buildTransparencySynthesis(db, 2025, locale, day);
    if (!national)
        return fail(QStringLiteral("transparency-synthesis-2025"), national.error());
    documents << NamedDocument{QStringLiteral("transparency-synthesis-2025"), *national};

    int n = 0;
    for (const Institution &institution : InstitutionRepository(db.connection()).all()) {
        const QString name = QStringLiteral("transparency-institution-%1-2025").arg(++n);
        const Result<reports::ReportDocument> report =
            reports::buildInstitutionTransparencyReport(db, institution.id, 2025, locale, day);
        if (!report)
            return fail(name, report.error());
        documents << NamedDocument{name, *report};
    }

    const Result<reports::ReportDocument> ngos = reports::buildNgoEvidence(db, locale, day);
    if (!ngos)
        return fail(QStringLiteral("ngo-evidence"), ngos.error());
    documents << NamedDocument{QStringLiteral("ngo-evidence"), *ngos};

    documents << NamedDocument{QStringLiteral("funding-synthesis-2025"),
                               reports::FundingSynthesis::build(db.connection(), 2025, day)};

    n = 0;
    for (const ConsultativeBody &body : BodyRepository(db.connection()).bodies())
        documents << NamedDocument{
            QStringLiteral("body-membership-%1").arg(++n),
            reports::BodyMembershipList::build(db.connection(), body.id, day)};

    documents << NamedDocument{QStringLiteral("register-changes"),
                               reports::registerChangesReport(registerChanges(), day)};

    for (NamedDocument &named : documents)
        named.document.generatedOn = day;
    return documents;
}

const reports::TableSpec *tableAfter(const reports::ReportDocument &doc, const QString &heading)
{
    bool seen = false;
    for (const reports::Block &b : doc.blocks) {
        if (b.kind == reports::Block::Kind::Heading)
            seen = b.text == heading;
        else if (seen && b.kind == reports::Block::Kind::Table)
            return &b.table;
    }
    return nullptr;
}

} // namespace dc::test
