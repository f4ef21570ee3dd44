#include "FundingRepository.h"

#include "registry/Organization.h"

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
    Q_DECLARE_TR_FUNCTIONS(FundingRepository)
};

const QString callColumns =
    QStringLiteral("id, institution_id, name, year, domain_id, budget_bani, opens_on, "
                   "submission_deadline, results_on, notes");
const QString awardColumns = QStringLiteral(
    "a.id, a.call_id, a.organization_id, a.project, a.requested_bani, a.granted_bani, a.paid_bani, "
    "a.own_contribution_bani, a.contract_number, a.contract_date, a.starts_on, a.ends_on, "
    "a.status");

FundingCall readCall(const QSqlQuery &q)
{
    FundingCall c;
    c.id = q.value(0).toLongLong();
    c.institutionId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.year = q.value(3).toInt();
    c.domainId = q.value(4).toLongLong();
    c.budget = Money::fromBani(q.value(5).toLongLong());
    c.opensOn = sql::toDate(q.value(6));
    c.submissionDeadline = sql::toDate(q.value(7));
    c.resultsOn = sql::toDate(q.value(8));
    c.notes = q.value(9).toString();
    return c;
}

sql::Values callValues(const FundingCall &c)
{
    return {
        {QStringLiteral("institution_id"), c.institutionId},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("name_folded"), text::folded(c.name)},
        {QStringLiteral("year"), c.year},
        {QStringLiteral("domain_id"), sql::id(c.domainId)},
        {QStringLiteral("budget_bani"), c.budget.bani()},
        {QStringLiteral("opens_on"), sql::date(c.opensOn)},
        {QStringLiteral("submission_deadline"), sql::date(c.submissionDeadline)},
        {QStringLiteral("results_on"), sql::date(c.resultsOn)},
        {QStringLiteral("notes"), sql::text(c.notes)},
    };
}

FundingAward readAward(const QSqlQuery &q)
{
    FundingAward a;
    a.id = q.value(0).toLongLong();
    a.callId = q.value(1).toLongLong();
    a.organizationId = q.value(2).toLongLong();
    a.project = q.value(3).toString();
    a.requested = Money::fromBani(q.value(4).toLongLong());
    a.granted = Money::fromBani(q.value(5).toLongLong());
    a.paid = Money::fromBani(q.value(6).toLongLong());
    a.ownContribution = Money::fromBani(q.value(7).toLongLong());
    a.contractNumber = q.value(8).toString();
    a.contractDate = sql::toDate(q.value(9));
    a.startsOn = sql::toDate(q.value(10));
    a.endsOn = sql::toDate(q.value(11));
    a.status = parseAwardStatus(q.value(12).toString()).value_or(AwardStatus::Contracted);
    return a;
}

sql::Values awardValues(const FundingAward &a)
{
    return {
        {QStringLiteral("call_id"), a.callId},
        {QStringLiteral("organization_id"), a.organizationId},
        {QStringLiteral("project"), a.project},
        {QStringLiteral("requested_bani"), a.requested.bani()},
        {QStringLiteral("granted_bani"), a.granted.bani()},
        {QStringLiteral("paid_bani"), a.paid.bani()},
        {QStringLiteral("own_contribution_bani"), a.ownContribution.bani()},
        {QStringLiteral("contract_number"), sql::text(a.contractNumber)},
        {QStringLiteral("contract_date"), sql::date(a.contractDate)},
        {QStringLiteral("starts_on"), sql::date(a.startsOn)},
        {QStringLiteral("ends_on"), sql::date(a.endsOn)},
        {QStringLiteral("status"), awardStatusCode(a.status)},
    };
}

bool exists(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table));
    q.bindValue(QStringLiteral(":id"), id);
    return q.exec() && q.next();
}

} // namespace

FundingRepository::FundingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<FundingCall> FundingRepository::calls(int year) const
{
    QList<FundingCall> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM funding_call WHERE :all = 1 OR year = :year "
                             "ORDER BY year DESC, institution_id, name_folded, id")
                  .arg(callColumns));
    q.bindValue(QStringLiteral(":all"), year == 0 ? 1 : 0);
    q.bindValue(QStringLiteral(":year"), year);
    if (!q.exec())
        return result;
    while (q.next())
        result << readCall(q);
    return result;
}

std::optional<FundingCall> FundingRepository::call(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM funding_call WHERE id = :id").arg(callColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readCall(q);
}

std::optional<qint64> FundingRepository::findCallId(const QString &name, int year) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id FROM funding_call WHERE name_folded = :folded AND (:all = 1 OR year = :year) "
        "LIMIT 2"));
    q.bindValue(QStringLiteral(":folded"), text::folded(text::normalized(name)));
    q.bindValue(QStringLiteral(":all"), year == 0 ? 1 : 0);
    q.bindValue(QStringLiteral(":year"), year);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    if (q.next())
        return std::nullopt; // ambiguous
    return id;
}

Result<qint64> FundingRepository::addCall(FundingCall call)
{
    using R = Result<qint64>;
    normalizeCall(call);
    QStringList problems = validateCall(call);
    if (call.institutionId > 0 && !exists(m_db, QStringLiteral("institution"), call.institutionId))
        problems << Messages::tr("Institution: no. %1 does not exist.").arg(call.institutionId);
    if (call.domainId > 0 && !exists(m_db, QStringLiteral("domain"), call.domainId))
        problems << Messages::tr("Domain: no. %1 does not exist.").arg(call.domainId);
    if (Status s = sql::problems(problems); !s)
        return R::failure(s.error());
    return inTransaction(m_db, [&] {
        return sql::insertRow(m_db, QStringLiteral("funding_call"), callValues(call),
                              call.toJson());
    });
}

Status FundingRepository::updateCall(FundingCall call)
{
    normalizeCall(call);
    if (Status s = sql::problems(validateCall(call)); !s)
        return s;
    const std::optional<FundingCall> before = this->call(call.id);
    if (!before)
        return Status::failure(Messages::tr("The call no. %1 does not exist.").arg(call.id));
    return inTransaction(m_db, [&] {
        return sql::updateRow(m_db, QStringLiteral("funding_call"), call.id, callValues(call),
                              before->toJson(), call.toJson());
    });
}

Status FundingRepository::removeCall(qint64 id)
{
    const std::optional<FundingCall> before = call(id);
    if (!before)
        return Status::failure(Messages::tr("The call no. %1 does not exist.").arg(id));
    if (!awardLines(id).isEmpty())
        return Status::failure(
            Messages::tr("%1 has awards; delete those first.").arg(before->name));
    return inTransaction(m_db, [&] {
        return sql::deleteRow(m_db, QStringLiteral("funding_call"), id, before->toJson());
    });
}

namespace {

sql::Values withId(sql::Values values, qint64 id)
{
    values.prepend({QStringLiteral("id"), id});
    return values;
}

} // namespace

Status FundingRepository::restoreCall(FundingCall call)
{
    normalizeCall(call);
    QStringList problems = validateCall(call);
    if (call.id <= 0)
        problems << Messages::tr("The call to restore has no number.");
    else if (this->call(call.id))
        problems << Messages::tr("The call no. %1 already exists.").arg(call.id);
    if (Status s = sql::problems(problems); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        const Result<qint64> id = sql::insertRow(m_db, QStringLiteral("funding_call"),
                                                 withId(callValues(call), call.id), call.toJson());
        return id ? Status() : Status::failure(id.error());
    });
}

std::optional<FundingAward> FundingRepository::award(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM funding_award a WHERE a.id = :id").arg(awardColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readAward(q);
}

std::optional<FundingAward> FundingRepository::awardByContract(const QString &contractNumber) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM funding_award a WHERE a.contract_number = :number")
                  .arg(awardColumns));
    q.bindValue(QStringLiteral(":number"), text::normalized(contractNumber));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readAward(q);
}

QStringList FundingRepository::awardProblems(const FundingAward &award) const
{
    QStringList problems = validateAward(award);
    if (award.callId > 0 && !exists(m_db, QStringLiteral("funding_call"), award.callId))
        problems << Messages::tr("Call: no. %1 does not exist.").arg(award.callId);
    if (award.organizationId > 0 &&
        !exists(m_db, QStringLiteral("organization"), award.organizationId))
        problems << Messages::tr("Organization: no. %1 does not exist.").arg(award.organizationId);
    if (!award.contractNumber.isEmpty()) {
        const std::optional<FundingAward> other = awardByContract(award.contractNumber);
        if (other && other->id != award.id)
            problems << Messages::tr(
                            "Contract number: %1 is already used by another award (no. %2).")
                            .arg(award.contractNumber)
                            .arg(other->id);
    }
    return problems;
}

Result<qint64> FundingRepository::addAward(FundingAward award)
{
    using R = Result<qint64>;
    normalizeAward(award);
    if (Status s = sql::problems(awardProblems(award)); !s)
        return R::failure(s.error());
    return inTransaction(m_db, [&] {
        return sql::insertRow(m_db, QStringLiteral("funding_award"), awardValues(award),
                              award.toJson());
    });
}

Status FundingRepository::updateAward(FundingAward award)
{
    normalizeAward(award);
    if (Status s = sql::problems(awardProblems(award)); !s)
        return s;
    const std::optional<FundingAward> before = this->award(award.id);
    if (!before)
        return Status::failure(Messages::tr("The award no. %1 does not exist.").arg(award.id));
    return inTransaction(m_db, [&] {
        return sql::updateRow(m_db, QStringLiteral("funding_award"), award.id, awardValues(award),
                              before->toJson(), award.toJson());
    });
}

Status FundingRepository::removeAward(qint64 id)
{
    const std::optional<FundingAward> before = award(id);
    if (!before)
        return Status::failure(Messages::tr("The award no. %1 does not exist.").arg(id));
    return inTransaction(m_db, [&] {
        return sql::deleteRow(m_db, QStringLiteral("funding_award"), id, before->toJson());
    });
}

Status FundingRepository::restoreAward(FundingAward award)
{
    normalizeAward(award);
    QStringList problems = awardProblems(award);
    if (award.id <= 0)
        problems << Messages::tr("The award to restore has no number.");
    else if (this->award(award.id))
        problems << Messages::tr("The award no. %1 already exists.").arg(award.id);
    if (Status s = sql::problems(problems); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        const Result<qint64> id =
            sql::insertRow(m_db, QStringLiteral("funding_award"),
                           withId(awardValues(award), award.id), award.toJson());
        return id ? Status() : Status::failure(id.error());
    });
}

Result<qint64> FundingRepository::insertAwardInTransaction(const FundingAward &award)
{
    return sql::insertRow(m_db, QStringLiteral("funding_award"), awardValues(award),
                          award.toJson());
}

Status FundingRepository::updateAwardInTransaction(const FundingAward &before,
                                                   const FundingAward &after)
{
    return sql::updateRow(m_db, QStringLiteral("funding_award"), after.id, awardValues(after),
                          before.toJson(), after.toJson());
}

QList<AwardLine> FundingRepository::lines(const QString &where,
                                          const QList<QPair<QString, QVariant>> &binds,
                                          const QString &order) const
{
    QList<AwardLine> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT %1, c.name, c.year, c.institution_id, i.name, c.domain_id, d.name, "
            "o.name, o.county_id, "
            "co.name, co.region_id, r.name "
            "FROM funding_award a JOIN funding_call c ON c.id = a.call_id "
            "JOIN institution i ON i.id = c.institution_id "
            "LEFT JOIN domain d ON d.id = c.domain_id "
            "JOIN organization o ON o.id = a.organization_id "
            "LEFT JOIN county co ON co.id = o.county_id LEFT JOIN region r ON r.id = co.region_id "
            "WHERE %2 ORDER BY %3")
            .arg(awardColumns, where, order));
    for (const auto &[name, value] : binds)
        q.bindValue(name, value);
    if (!q.exec())
        return result;
    while (q.next()) {
        AwardLine line;
        line.award = readAward(q);
        line.callName = q.value(13).toString();
        line.year = q.value(14).toInt();
        line.institutionId = q.value(15).toLongLong();
        line.institutionName = q.value(16).toString();
        line.domainId = q.value(17).toLongLong();
        line.domainName = q.value(18).toString();
        line.organizationName = q.value(19).toString();
        line.countyId = q.value(20).toInt();
        // An organization whose county is not known: its awards count, under "undetermined".
        line.countyName = q.value(21).isNull() ? undeterminedCountyName() : q.value(21).toString();
        line.regionId = q.value(22).toInt();
        line.regionName = q.value(23).isNull() ? undeterminedCountyName() : q.value(23).toString();
        result << line;
    }
    return result;
}

QList<AwardLine> FundingRepository::awardLines(qint64 callId, int year) const
{
    return lines(
        QStringLiteral("(:call = 0 OR a.call_id = :call2) AND (:year = 0 OR c.year = :year2)"),
        {{QStringLiteral(":call"), callId},
         {QStringLiteral(":call2"), callId},
         {QStringLiteral(":year"), year},
         {QStringLiteral(":year2"), year}},
        QStringLiteral("c.year DESC, i.name_sort, c.name_folded, o.name_sort, a.id"));
}

QList<AwardLine> FundingRepository::history(qint64 organizationId) const
{
    return lines(QStringLiteral("a.organization_id = :organization"),
                 {{QStringLiteral(":organization"), organizationId}},
                 QStringLiteral("c.year DESC, a.contract_date DESC, a.id DESC"));
}

QList<int> FundingRepository::years() const
{
    QList<int> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT year FROM funding_call ORDER BY year DESC")))
        return result;
    while (q.next())
        result << q.value(0).toInt();
    return result;
}

} // namespace dc
