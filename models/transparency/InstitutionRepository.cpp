#include "InstitutionRepository.h"

#include "TransparencySql.h"
#include "core/Text.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

namespace sql = transparencysql;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InstitutionRepository", text);
}

const QString columns = QStringLiteral(
    "id, name, kind, county_id, liaison_name, liaison_function, liaison_email, liaison_phone, notes");

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
        {QStringLiteral("county_id"), i.countyId > 0 ? QVariant(i.countyId) : QVariant(QMetaType::fromType<int>())},
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
        problems << tr("Name: an institution named %1 already exists.").arg(institution.name);
    if (Status s = sql::problems(problems); !s)
        return R::failure(s.error());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const R id = sql::insertRow(m_db, QStringLiteral("institution"), values(institution), institution.toJson());
    if (!id)
        return id;
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status InstitutionRepository::update(Institution institution)
{
    normalizeInstitution(institution);
    QStringList problems = validateInstitution(institution);
    if (const auto other = findIdByName(institution.name); other && *other != institution.id)
        problems << tr("Name: an institution named %1 already exists.").arg(institution.name);
    if (Status s = sql::problems(problems); !s)
        return s;
    const std::optional<Institution> before = find(institution.id);
    if (!before)
        return Status::failure(tr("The institution no. %1 does not exist.").arg(institution.id));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status s = sql::updateRow(m_db, QStringLiteral("institution"), institution.id, values(institution),
                                  before->toJson(), institution.toJson());
        !s)
        return s;
    return transaction.commit();
}

Status InstitutionRepository::remove(qint64 id)
{
    const std::optional<Institution> before = find(id);
    if (!before)
        return Status::failure(tr("The institution no. %1 does not exist.").arg(id));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM draft_act WHERE institution_id = :a) + "
        "(SELECT count(*) FROM public_meeting WHERE institution_id = :b) + "
        "(SELECT count(*) FROM court_case WHERE institution_id = :c) + "
        "(SELECT count(*) FROM transparency_report WHERE institution_id = :d) + "
        "(SELECT count(*) FROM transparency_manual_figure WHERE institution_id = :e)"));
    for (const char *p : {":a", ":b", ":c", ":d", ":e"})
        q.bindValue(QLatin1String(p), id);
    if (!q.exec() || !q.next())
        return Status::failure(q.lastError().text());
    if (q.value(0).toLongLong() > 0)
        return Status::failure(tr("%1 has drafts, meetings, court cases or reports; delete those first.").arg(before->name));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status s = sql::deleteRow(m_db, QStringLiteral("institution"), id, before->toJson()); !s)
        return s;
    return transaction.commit();
}

} // namespace dc
