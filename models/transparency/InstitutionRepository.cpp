#include "InstitutionRepository.h"

#include "core/Text.h"
#include "storage/Query.h"
#include "storage/RowWriter.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionRepository)
};

const QString columns = QStringLiteral("id, name, kind, county_id, liaison_name, liaison_function, "
                                       "liaison_email, liaison_phone, notes");

Institution read(const QSqlQuery &q)
{
    Institution i;
    sqlvalues::Columns row(q);
    row >> i.id >> i.name;
    i.kind = institutionKindFromCode(row.text());
    row >> i.countyId >> i.liaisonName >> i.liaisonFunction >> i.liaisonEmail >> i.liaisonPhone >>
        i.notes;
    return i;
}

rowwriter::Values values(const Institution &i)
{
    return {
        {QStringLiteral("name"), i.name},
        {QStringLiteral("name_sort"), text::sortKey(i.name)},
        {QStringLiteral("name_folded"), text::folded(i.name)},
        {QStringLiteral("kind"), institutionKindCode(i.kind)},
        {QStringLiteral("county_id"), sqlvalues::id(i.countyId)},
        {QStringLiteral("liaison_name"), sqlvalues::text(i.liaisonName)},
        {QStringLiteral("liaison_function"), sqlvalues::text(i.liaisonFunction)},
        {QStringLiteral("liaison_email"), sqlvalues::text(i.liaisonEmail)},
        {QStringLiteral("liaison_phone"), sqlvalues::text(i.liaisonPhone)},
        {QStringLiteral("notes"), sqlvalues::text(i.notes)},
    };
}

const rowwriter::Table<Institution> institutionTable{QStringLiteral("institution"), values};

} // namespace

InstitutionRepository::InstitutionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<Institution> InstitutionRepository::find(qint64 id) const
{
    return query::selectOne(
        m_db, QStringLiteral("SELECT %1 FROM institution WHERE id = :id").arg(columns),
        {{QStringLiteral(":id"), id}}, read);
}

QList<Institution> InstitutionRepository::all() const
{
    return query::selectAll(
        m_db, QStringLiteral("SELECT %1 FROM institution ORDER BY name_sort, id").arg(columns), {},
        read);
}

std::optional<qint64> InstitutionRepository::findIdByName(const QString &name) const
{
    return query::selectId(m_db,
                           QStringLiteral("SELECT id FROM institution WHERE name_folded = :folded"),
                           {{QStringLiteral(":folded"), text::folded(text::normalized(name))}});
}

QList<NameMatcher::Candidate> InstitutionRepository::candidates() const
{
    return query::selectAll(
        m_db, QStringLiteral("SELECT id, name FROM institution ORDER BY name_sort, id"), {},
        [](const QSqlQuery &q) {
            return NameMatcher::Candidate{q.value(0).toLongLong(), q.value(1).toString(), {}};
        });
}

Result<qint64> InstitutionRepository::add(Institution institution)
{
    normalizeInstitution(institution);
    QStringList problems = validateInstitution(institution);
    if (!institution.name.isEmpty() && findIdByName(institution.name))
        problems
            << Messages::tr("Name: an institution named %1 already exists.").arg(institution.name);
    return rowwriter::addRecord(m_db, institutionTable, institution, problems);
}

Status InstitutionRepository::update(Institution institution)
{
    normalizeInstitution(institution);
    QStringList problems = validateInstitution(institution);
    if (const auto other = findIdByName(institution.name); other && *other != institution.id)
        problems
            << Messages::tr("Name: an institution named %1 already exists.").arg(institution.name);
    return rowwriter::updateRecord(
        m_db, institutionTable, institution, problems, find(institution.id),
        Messages::tr("The institution no. %1 does not exist.").arg(institution.id));
}

QStringList InstitutionRepository::dependents(qint64 id) const
{
    // What refers to an institution, one line per kind of record ("3 draft acts"); the counts are
    // put in variables first (lupdate hangs on a %n argument that is a call).
    struct Kind
    {
        const char *table;
        const char *column;
        const char *text;
    };
    static const Kind kinds[] = {
        {"draft_act", "institution_id",
         QT_TRANSLATE_N_NOOP("InstitutionRepository", "%n draft act(s)")},
        {"public_meeting", "institution_id",
         QT_TRANSLATE_N_NOOP("InstitutionRepository", "%n public meeting(s)")},
        {"court_case", "institution_id",
         QT_TRANSLATE_N_NOOP("InstitutionRepository", "%n court case(s)")},
        {"transparency_report", "institution_id",
         QT_TRANSLATE_N_NOOP("InstitutionRepository", "%n annual report(s)")},
        {"transparency_manual_figure", "institution_id",
         QT_TRANSLATE_N_NOOP("InstitutionRepository", "%n figure(s) entered by hand")},
        {"funding_call", "institution_id",
         QT_TRANSLATE_N_NOOP("InstitutionRepository", "%n funding call(s)")},
        {"consultative_body", "secretariat_institution_id",
         QT_TRANSLATE_N_NOOP("InstitutionRepository",
                             "the secretariat of %n consultative body(ies)")},
        {"body_member", "institution_id",
         QT_TRANSLATE_N_NOOP("InstitutionRepository", "%n seat(s) in consultative bodies")},
        {"event", "organizer_institution_id",
         QT_TRANSLATE_N_NOOP("InstitutionRepository", "%n event(s) it organizes")},
    };
    QStringList result;
    for (const Kind &kind : kinds) {
        const int count =
            int(query::selectId(m_db,
                                QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = :id")
                                    .arg(QLatin1String(kind.table), QLatin1String(kind.column)),
                                {{QStringLiteral(":id"), id}})
                    .value_or(0));
        if (count > 0)
            result << QCoreApplication::translate("InstitutionRepository", kind.text, nullptr,
                                                  count);
    }
    return result;
}

Status InstitutionRepository::remove(qint64 id)
{
    const std::optional<Institution> before = find(id);
    if (!before)
        return Status::failure(Messages::tr("The institution no. %1 does not exist.").arg(id));
    if (const QStringList refs = dependents(id); !refs.isEmpty()) {
        //: %1 is the institution's name, %2 the records that refer to it ("3 draft acts; 1 court
        //: case")
        return Status::failure(
            Messages::tr(
                "%1 cannot be deleted while records refer to it: %2. Delete or move those first.")
                .arg(before->name, refs.join(QLatin1String("; "))));
    }
    return rowwriter::removeRecord(m_db, institutionTable, before, QString());
}

Status InstitutionRepository::restore(const Institution &institution)
{
    if (institution.id <= 0)
        return Status::failure(Messages::tr("The institution to put back has no id."));
    return rowwriter::restoreRecord(m_db, institutionTable, institution, {});
}

} // namespace dc
