#include "InstitutionRepository.h"

#include "core/Text.h"
#include "storage/RowWriter.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

namespace sql = rowwriter;

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
    i.id = q.value(0).toLongLong();
    i.name = q.value(1).toString();
    i.kind = institutionKindFromCode(q.value(2).toString());
    i.countyId = q.value(3).toInt();
    i.liaisonName = q.value(4).toString();
    i.liaisonFunction = q.value(5).toString();
    i.liaisonEmail = q.value(6).toString();
    i.liaisonPhone = q.value(7).toString();
    i.notes = q.value(8).toString();
    return i;
}

sql::Values values(const Institution &i)
{
    return {
        {QStringLiteral("name"), i.name},
        {QStringLiteral("name_sort"), text::sortKey(i.name)},
        {QStringLiteral("name_folded"), text::folded(i.name)},
        {QStringLiteral("kind"), institutionKindCode(i.kind)},
        {QStringLiteral("county_id"),
         i.countyId > 0 ? QVariant(i.countyId) : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral("liaison_name"), sql::text(i.liaisonName)},
        {QStringLiteral("liaison_function"), sql::text(i.liaisonFunction)},
        {QStringLiteral("liaison_email"), sql::text(i.liaisonEmail)},
        {QStringLiteral("liaison_phone"), sql::text(i.liaisonPhone)},
        {QStringLiteral("notes"), sql::text(i.notes)},
    };
}

} // namespace

InstitutionRepository::InstitutionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<Institution> InstitutionRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM institution WHERE id = :id").arg(columns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(q);
}

QList<Institution> InstitutionRepository::all() const
{
    QList<Institution> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM institution ORDER BY name_sort, id").arg(columns)))
        return result;
    while (q.next())
        result << read(q);
    return result;
}

std::optional<qint64> InstitutionRepository::findIdByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM institution WHERE name_folded = :folded"));
    q.bindValue(QStringLiteral(":folded"), text::folded(text::normalized(name)));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<NameMatcher::Candidate> InstitutionRepository::candidates() const
{
    QList<NameMatcher::Candidate> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name FROM institution ORDER BY name_sort, id")))
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), {}});
    return result;
}

Result<qint64> InstitutionRepository::add(Institution institution)
{
    using R = Result<qint64>;
    normalizeInstitution(institution);
    QStringList problems = validateInstitution(institution);
    if (!institution.name.isEmpty() && findIdByName(institution.name))
        problems
            << Messages::tr("Name: an institution named %1 already exists.").arg(institution.name);
    if (Status s = sql::problems(problems); !s)
        return R::failure(s.error());
    return inTransaction(m_db, [&] {
        return sql::insertRow(m_db, QStringLiteral("institution"), values(institution),
                              institution.toJson());
    });
}

Status InstitutionRepository::update(Institution institution)
{
    normalizeInstitution(institution);
    QStringList problems = validateInstitution(institution);
    if (const auto other = findIdByName(institution.name); other && *other != institution.id)
        problems
            << Messages::tr("Name: an institution named %1 already exists.").arg(institution.name);
    if (Status s = sql::problems(problems); !s)
        return s;
    const std::optional<Institution> before = find(institution.id);
    if (!before)
        return Status::failure(
            Messages::tr("The institution no. %1 does not exist.").arg(institution.id));
    return inTransaction(m_db, [&] {
        return sql::updateRow(m_db, QStringLiteral("institution"), institution.id,
                              values(institution), before->toJson(), institution.toJson());
    });
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
    QSqlQuery q(m_db);
    for (const Kind &kind : kinds) {
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = :id")
                      .arg(QLatin1String(kind.table), QLatin1String(kind.column)));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec() || !q.next())
            continue;
        const int count = q.value(0).toInt();
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
    return inTransaction(m_db, [&] {
        return sql::deleteRow(m_db, QStringLiteral("institution"), id, before->toJson());
    });
}

Status InstitutionRepository::restore(const Institution &institution)
{
    if (institution.id <= 0)
        return Status::failure(Messages::tr("The institution to put back has no id."));
    return inTransaction(m_db, [&]() -> Status {
        sql::Values row = values(institution);
        row.prepend({QStringLiteral("id"), institution.id});
        const Result<qint64> id =
            sql::insertRow(m_db, QStringLiteral("institution"), row, institution.toJson());
        return id ? Status() : Status::failure(id.error());
    });
}

} // namespace dc
