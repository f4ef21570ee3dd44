#include "PartnershipRepository.h"

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
    Q_DECLARE_TR_FUNCTIONS(PartnershipRepository)
};

const QString columns = QStringLiteral(
    "p.id, p.edition_id, p.organization_id, p.role, p.start_date, p.end_date, p.status, p.notes");

Partnership readPartnership(const QSqlQuery &q)
{
    Partnership p;
    sqlvalues::Columns row(q);
    row >> p.id >> p.editionId >> p.organizationId;
    p.role = partnerRoleFromCode(row.text()).value_or(PartnerRole::Partner);
    row >> p.startDate >> p.endDate;
    p.status = partnershipStatusFromCode(row.text());
    row >> p.notes;
    return p;
}

rowwriter::Values partnershipValues(const Partnership &p)
{
    return {
        {QStringLiteral("edition_id"), p.editionId},
        {QStringLiteral("organization_id"), p.organizationId},
        {QStringLiteral("role"), partnerRoleCode(p.role)},
        {QStringLiteral("start_date"), sqlvalues::date(p.startDate)},
        {QStringLiteral("end_date"), sqlvalues::date(p.endDate)},
        {QStringLiteral("status"), partnershipStatusCode(p.status)},
        {QStringLiteral("notes"), sqlvalues::text(p.notes)},
    };
}

const rowwriter::Table<Partnership> partnershipTable{QStringLiteral("partnership"),
                                                     partnershipValues};

} // namespace

PartnershipRepository::PartnershipRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<Partnership> PartnershipRepository::find(qint64 id) const
{
    return query::selectOne(
        m_db, QStringLiteral("SELECT %1 FROM partnership p WHERE p.id = :id").arg(columns),
        {{QStringLiteral(":id"), id}}, readPartnership);
}

std::optional<qint64> PartnershipRepository::findId(qint64 editionId, qint64 organizationId,
                                                    PartnerRole role) const
{
    return query::selectId(m_db,
                           QStringLiteral("SELECT id FROM partnership WHERE edition_id = :e AND "
                                          "organization_id = :o AND role = :r"),
                           {{QStringLiteral(":e"), editionId},
                            {QStringLiteral(":o"), organizationId},
                            {QStringLiteral(":r"), partnerRoleCode(role)}});
}

QList<Partnership> PartnershipRepository::ofEdition(qint64 editionId) const
{
    return query::selectAll(
        m_db,
        QStringLiteral("SELECT %1 FROM partnership p JOIN organization o ON o.id = "
                       "p.organization_id WHERE p.edition_id = :e ORDER BY p.role = "
                       "'associative_structure' DESC, o.name_sort, p.id")
            .arg(columns),
        {{QStringLiteral(":e"), editionId}}, readPartnership);
}

QSet<qint64> PartnershipRepository::partnerOrganizations(qint64 editionId) const
{
    const QList<qint64> ids = query::selectAll(
        m_db, QStringLiteral("SELECT organization_id FROM partnership WHERE edition_id = :e"),
        {{QStringLiteral(":e"), editionId}},
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

QStringList PartnershipRepository::problemsOf(const Partnership &p) const
{
    QStringList problems = validatePartnership(p);
    if (!problems.isEmpty())
        return problems;
    const std::optional<QString> organization =
        query::selectOne(m_db, QStringLiteral("SELECT name FROM organization WHERE id = :id"),
                         {{QStringLiteral(":id"), p.organizationId}},
                         [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!organization) {
        problems << Messages::tr("Organization: the organization no. %1 does not exist.")
                        .arg(p.organizationId);
        return problems;
    }
    const std::optional<QString> edition = query::selectOne(
        m_db,
        QStringLiteral(
            "SELECT p.name, e.number, e.year FROM edition e JOIN program p ON p.id = e.program_id "
            "WHERE e.id = :id"),
        {{QStringLiteral(":id"), p.editionId}}, [](const QSqlQuery &q) {
            return Messages::tr("%1, edition %2 (%3)")
                .arg(q.value(0).toString())
                .arg(q.value(1).toInt())
                .arg(q.value(2).toInt());
        });
    if (!edition) {
        problems << Messages::tr("Edition: the edition no. %1 does not exist.").arg(p.editionId);
        return problems;
    }
    if (const auto other = findId(p.editionId, p.organizationId, p.role); other && *other != p.id) {
        problems << Messages::tr("Organization: %1 is already a partner of %2 as %3.")
                        .arg(*organization, *edition, partnerRoleName(p.role).toLower());
    }
    return problems;
}

Result<qint64> PartnershipRepository::insertInTransaction(Partnership &p, bool keepId)
{
    return rowwriter::insertAndSetId(m_db, partnershipTable, p, keepId);
}

Status PartnershipRepository::updateInTransaction(const Partnership &before, const Partnership &p)
{
    return rowwriter::updateRecordRow(
        m_db, partnershipTable, before, p, false,
        Messages::tr("The partnership no. %1 no longer exists.").arg(p.id));
}

Result<qint64> PartnershipRepository::add(Partnership p)
{
    p.id = 0;
    p.notes = p.notes.trimmed();
    return rowwriter::addChecked(m_db, problemsOf(p), [&] { return insertInTransaction(p); });
}

Status PartnershipRepository::update(Partnership p)
{
    p.notes = p.notes.trimmed();
    const std::optional<Partnership> before = find(p.id);
    return rowwriter::updateChanged(
        m_db, before, p, Messages::tr("The partnership no. %1 no longer exists.").arg(p.id),
        problemsOf(p), [&] { return updateInTransaction(*before, p); });
}

Status PartnershipRepository::remove(qint64 id)
{
    const std::optional<Partnership> before = find(id);
    if (!before)
        return Status::failure(Messages::tr("The partnership no. %1 no longer exists.").arg(id));
    return inTransaction(m_db, [&]() -> Status {
        return rowwriter::deleteRow(
            m_db, partnershipTable.name, id, before->toJson(), [](const QString &error) {
                return Messages::tr("The partnership cannot be deleted: %1").arg(error);
            });
    });
}

Status PartnershipRepository::restore(const Partnership &partnership)
{
    if (partnership.id <= 0)
        return Status::failure(Messages::tr("The partnership to put back has no id."));
    Partnership record = partnership;
    return inTransaction(m_db, [&]() -> Status {
        const Result<qint64> id = insertInTransaction(record, true);
        return id ? Status() : Status::failure(id.error());
    });
}

QStringList PartnershipRepository::tiesOfOrganization(qint64 organizationId) const
{
    const query::Binds ofOrganization{{QStringLiteral(":o"), organizationId}};
    QStringList ties = query::selectAll(
        m_db,
        QStringLiteral("SELECT pr.name, e.number, e.year, p.role FROM partnership p JOIN "
                       "edition e ON e.id = p.edition_id "
                       "JOIN program pr ON pr.id = e.program_id WHERE p.organization_id = :o "
                       "ORDER BY pr.name_sort, e.year, p.role"),
        ofOrganization, [](const QSqlQuery &q) {
            const PartnerRole role =
                partnerRoleFromCode(q.value(3).toString()).value_or(PartnerRole::Partner);
            return Messages::tr("%1 of %2, edition %3 (%4)")
                .arg(partnerRoleName(role), q.value(0).toString())
                .arg(q.value(1).toInt())
                .arg(q.value(2).toInt());
        });
    const int coorganized =
        int(query::selectId(
                m_db,
                QStringLiteral("SELECT count(*) FROM event_coorganizer WHERE organization_id = :o"),
                ofOrganization)
                .value_or(0));
    if (coorganized > 0)
        ties << Messages::tr("co-organizer of %n event(s)", nullptr, coorganized);
    const int attended = int(
        query::selectId(
            m_db, QStringLiteral("SELECT count(*) FROM event_attendee WHERE organization_id = :o"),
            ofOrganization)
            .value_or(0));
    if (attended > 0)
        ties << Messages::tr("attended %n event(s)", nullptr, attended);
    return ties;
}

} // namespace dc
