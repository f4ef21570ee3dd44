#include "PartnershipRepository.h"

#include "storage/AuditLog.h"
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
    p.id = q.value(0).toLongLong();
    p.editionId = q.value(1).toLongLong();
    p.organizationId = q.value(2).toLongLong();
    p.role = partnerRoleFromCode(q.value(3).toString()).value_or(PartnerRole::Partner);
    p.startDate = sqlvalues::readDate(q.value(4));
    p.endDate = sqlvalues::readDate(q.value(5));
    p.status = partnershipStatusFromCode(q.value(6).toString());
    p.notes = q.value(7).toString();
    return p;
}

void bindPartnership(QSqlQuery &q, const Partnership &p)
{
    q.bindValue(QStringLiteral(":edition_id"), p.editionId);
    q.bindValue(QStringLiteral(":organization_id"), p.organizationId);
    q.bindValue(QStringLiteral(":role"), partnerRoleCode(p.role));
    q.bindValue(QStringLiteral(":start_date"), sqlvalues::date(p.startDate));
    q.bindValue(QStringLiteral(":end_date"), sqlvalues::date(p.endDate));
    q.bindValue(QStringLiteral(":status"), partnershipStatusCode(p.status));
    q.bindValue(QStringLiteral(":notes"), sqlvalues::text(p.notes));
}

} // namespace

PartnershipRepository::PartnershipRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<Partnership> PartnershipRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM partnership p WHERE p.id = :id").arg(columns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readPartnership(q);
}

std::optional<qint64> PartnershipRepository::findId(qint64 editionId, qint64 organizationId,
                                                    PartnerRole role) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id FROM partnership WHERE edition_id = :e AND organization_id = :o AND role = :r"));
    q.bindValue(QStringLiteral(":e"), editionId);
    q.bindValue(QStringLiteral(":o"), organizationId);
    q.bindValue(QStringLiteral(":r"), partnerRoleCode(role));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<Partnership> PartnershipRepository::ofEdition(qint64 editionId) const
{
    QList<Partnership> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM partnership p JOIN organization o ON o.id = p.organization_id "
                  "WHERE p.edition_id = :e ORDER BY p.role = 'associative_structure' DESC, "
                  "o.name_sort, p.id")
                  .arg(columns));
    q.bindValue(QStringLiteral(":e"), editionId);
    if (q.exec()) {
        while (q.next())
            result << readPartnership(q);
    }
    return result;
}

QSet<qint64> PartnershipRepository::partnerOrganizations(qint64 editionId) const
{
    QSet<qint64> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT organization_id FROM partnership WHERE edition_id = :e"));
    q.bindValue(QStringLiteral(":e"), editionId);
    if (q.exec()) {
        while (q.next())
            result.insert(q.value(0).toLongLong());
    }
    return result;
}

QStringList PartnershipRepository::problemsOf(const Partnership &p) const
{
    QStringList problems = validatePartnership(p);
    if (!problems.isEmpty())
        return problems;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM organization WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), p.organizationId);
    if (!q.exec() || !q.next()) {
        problems << Messages::tr("Organization: the organization no. %1 does not exist.")
                        .arg(p.organizationId);
        return problems;
    }
    const QString organization = q.value(0).toString();
    q.prepare(QStringLiteral(
        "SELECT p.name, e.number, e.year FROM edition e JOIN program p ON p.id = e.program_id "
        "WHERE e.id = :id"));
    q.bindValue(QStringLiteral(":id"), p.editionId);
    if (!q.exec() || !q.next()) {
        problems << Messages::tr("Edition: the edition no. %1 does not exist.").arg(p.editionId);
        return problems;
    }
    const QString edition = Messages::tr("%1, edition %2 (%3)")
                                .arg(q.value(0).toString())
                                .arg(q.value(1).toInt())
                                .arg(q.value(2).toInt());
    if (const auto other = findId(p.editionId, p.organizationId, p.role); other && *other != p.id) {
        problems << Messages::tr("Organization: %1 is already a partner of %2 as %3.")
                        .arg(organization, edition, partnerRoleName(p.role).toLower());
    }
    return problems;
}

Result<qint64> PartnershipRepository::insertInTransaction(Partnership &p, bool keepId)
{
    using R = Result<qint64>;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO partnership (%1edition_id, organization_id, role, "
                             "start_date, end_date, status, notes) "
                             "VALUES (%2:edition_id, :organization_id, :role, :start_date, "
                             ":end_date, :status, :notes) RETURNING id")
                  .arg(keepId ? QStringLiteral("id, ") : QString(),
                       keepId ? QStringLiteral(":id, ") : QString()));
    if (keepId)
        q.bindValue(QStringLiteral(":id"), p.id);
    bindPartnership(q, p);
    if (!q.exec() || !q.next())
        return R::failure(q.lastError().text());
    p.id = q.value(0).toLongLong();
    q.finish();
    if (Status s = AuditLog::record(m_db, QStringLiteral("partnership"), p.id,
                                    AuditLog::Action::Insert, {}, p.toJson());
        !s)
        return R::failure(s.error());
    return p.id;
}

Status PartnershipRepository::updateInTransaction(const Partnership &before, const Partnership &p)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE partnership SET edition_id = :edition_id, organization_id = "
                             ":organization_id, role = :role, "
                             "start_date = :start_date, end_date = :end_date, status = :status, "
                             "notes = :notes WHERE id = :id"));
    bindPartnership(q, p);
    q.bindValue(QStringLiteral(":id"), p.id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Status::failure(Messages::tr("The partnership no. %1 no longer exists.").arg(p.id));
    return AuditLog::record(m_db, QStringLiteral("partnership"), p.id, AuditLog::Action::Update,
                            before.toJson(), p.toJson());
}

Result<qint64> PartnershipRepository::add(Partnership p)
{
    using R = Result<qint64>;
    p.id = 0;
    p.notes = p.notes.trimmed();
    if (const QStringList problems = problemsOf(p); !problems.isEmpty())
        return R::failure(problems.join(QLatin1Char('\n')));
    return inTransaction(m_db, [&] { return insertInTransaction(p); });
}

Status PartnershipRepository::update(Partnership p)
{
    p.notes = p.notes.trimmed();
    const std::optional<Partnership> before = find(p.id);
    if (!before)
        return Status::failure(Messages::tr("The partnership no. %1 no longer exists.").arg(p.id));
    if (const QStringList problems = problemsOf(p); !problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char('\n')));
    if (before->sameContent(p))
        return {};
    return inTransaction(m_db, [&] { return updateInTransaction(*before, p); });
}

Status PartnershipRepository::remove(qint64 id)
{
    const std::optional<Partnership> before = find(id);
    if (!before)
        return Status::failure(Messages::tr("The partnership no. %1 no longer exists.").arg(id));
    return inTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM partnership WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return Status::failure(
                Messages::tr("The partnership cannot be deleted: %1").arg(q.lastError().text()));
        return AuditLog::record(m_db, QStringLiteral("partnership"), id, AuditLog::Action::Delete,
                                before->toJson(), {});
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
    QStringList ties;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pr.name, e.number, e.year, p.role FROM partnership p JOIN "
                             "edition e ON e.id = p.edition_id "
                             "JOIN program pr ON pr.id = e.program_id WHERE p.organization_id = :o "
                             "ORDER BY pr.name_sort, e.year, p.role"));
    q.bindValue(QStringLiteral(":o"), organizationId);
    if (q.exec()) {
        while (q.next()) {
            const PartnerRole role =
                partnerRoleFromCode(q.value(3).toString()).value_or(PartnerRole::Partner);
            ties << Messages::tr("%1 of %2, edition %3 (%4)")
                        .arg(partnerRoleName(role), q.value(0).toString())
                        .arg(q.value(1).toInt())
                        .arg(q.value(2).toInt());
        }
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM event_coorganizer WHERE organization_id = :o"));
    q.bindValue(QStringLiteral(":o"), organizationId);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        ties << Messages::tr("co-organizer of %n event(s)", nullptr, q.value(0).toInt());
    q.prepare(QStringLiteral("SELECT count(*) FROM event_attendee WHERE organization_id = :o"));
    q.bindValue(QStringLiteral(":o"), organizationId);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        ties << Messages::tr("attended %n event(s)", nullptr, q.value(0).toInt());
    return ties;
}

} // namespace dc
