#include "FundingRepository.h"

#include "registry/Organization.h"

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
    qint64 budget = 0;
    sqlvalues::Columns(q) >> c.id >> c.institutionId >> c.name >> c.year >> c.domainId >> budget >>
        c.opensOn >> c.submissionDeadline >> c.resultsOn >> c.notes;
    c.budget = Money::fromBani(budget);
    return c;
}

rowwriter::Values callValues(const FundingCall &c)
{
    return {
        {QStringLiteral("institution_id"), c.institutionId},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("name_folded"), text::folded(c.name)},
        {QStringLiteral("year"), c.year},
        {QStringLiteral("domain_id"), sqlvalues::id(c.domainId)},
        {QStringLiteral("budget_bani"), c.budget.bani()},
        {QStringLiteral("opens_on"), sqlvalues::date(c.opensOn)},
        {QStringLiteral("submission_deadline"), sqlvalues::date(c.submissionDeadline)},
        {QStringLiteral("results_on"), sqlvalues::date(c.resultsOn)},
        {QStringLiteral("notes"), sqlvalues::text(c.notes)},
    };
}

FundingAward readAward(const QSqlQuery &q)
{
    FundingAward a;
    qint64 requested = 0, granted = 0, paid = 0, ownContribution = 0;
    sqlvalues::Columns row(q);
    row >> a.id >> a.callId >> a.organizationId >> a.project >> requested >> granted >> paid >>
        ownContribution >> a.contractNumber >> a.contractDate >> a.startsOn >> a.endsOn;
    a.requested = Money::fromBani(requested);
    a.granted = Money::fromBani(granted);
    a.paid = Money::fromBani(paid);
    a.ownContribution = Money::fromBani(ownContribution);
    a.status = parseAwardStatus(row.text()).value_or(AwardStatus::Contracted);
    return a;
}

rowwriter::Values awardValues(const FundingAward &a)
{
    return {
        {QStringLiteral("call_id"), a.callId},
        {QStringLiteral("organization_id"), a.organizationId},
        {QStringLiteral("project"), a.project},
        {QStringLiteral("requested_bani"), a.requested.bani()},
        {QStringLiteral("granted_bani"), a.granted.bani()},
        {QStringLiteral("paid_bani"), a.paid.bani()},
        {QStringLiteral("own_contribution_bani"), a.ownContribution.bani()},
        {QStringLiteral("contract_number"), sqlvalues::text(a.contractNumber)},
        {QStringLiteral("contract_date"), sqlvalues::date(a.contractDate)},
        {QStringLiteral("starts_on"), sqlvalues::date(a.startsOn)},
        {QStringLiteral("ends_on"), sqlvalues::date(a.endsOn)},
        {QStringLiteral("status"), awardStatusCode(a.status)},
    };
}

const rowwriter::Table<FundingCall> callTable{QStringLiteral("funding_call"), callValues};
const rowwriter::Table<FundingAward> awardTable{QStringLiteral("funding_award"), awardValues};

} // namespace

FundingRepository::FundingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<FundingCall> FundingRepository::calls(int year) const
{
    return query::selectAll(
        m_db,
        QStringLiteral("SELECT %1 FROM funding_call WHERE :all = 1 OR year = "
                       ":year ORDER BY year DESC, institution_id, "
                       "name_folded, id")
            .arg(callColumns),
        {{QStringLiteral(":all"), year == 0 ? 1 : 0}, {QStringLiteral(":year"), year}}, readCall);
}

std::optional<FundingCall> FundingRepository::call(qint64 id) const
{
    return query::selectOne(
        m_db, QStringLiteral("SELECT %1 FROM funding_call WHERE id = :id").arg(callColumns),
        {{QStringLiteral(":id"), id}}, readCall);
}

std::optional<qint64> FundingRepository::findCallId(const QString &name, int year) const
{
    const QList<qint64> ids =
        query::selectAll(m_db,
                         QStringLiteral("SELECT id FROM funding_call WHERE name_folded = :folded "
                                        "AND (:all = 1 OR year = :year) "
                                        "LIMIT 2"),
                         {{QStringLiteral(":folded"), text::folded(text::normalized(name))},
                          {QStringLiteral(":all"), year == 0 ? 1 : 0},
                          {QStringLiteral(":year"), year}},
                         [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (ids.size() != 1)
        return std::nullopt; // none, or ambiguous
    return ids.first();
}

Result<qint64> FundingRepository::addCall(FundingCall call)
{
    normalizeCall(call);
    QStringList problems = validateCall(call);
    if (call.institutionId > 0 &&
        !query::exists(m_db, QStringLiteral("institution"), call.institutionId))
        problems << Messages::tr("Institution: no. %1 does not exist.").arg(call.institutionId);
    if (call.domainId > 0 && !query::exists(m_db, QStringLiteral("domain"), call.domainId))
        problems << Messages::tr("Domain: no. %1 does not exist.").arg(call.domainId);
    return rowwriter::addRecord(m_db, callTable, call, problems);
}

Status FundingRepository::updateCall(FundingCall call)
{
    normalizeCall(call);
    return rowwriter::updateRecord(m_db, callTable, call, validateCall(call), this->call(call.id),
                                   Messages::tr("The call no. %1 does not exist.").arg(call.id));
}

Status FundingRepository::removeCall(qint64 id)
{
    const std::optional<FundingCall> before = call(id);
    if (!before)
        return Status::failure(Messages::tr("The call no. %1 does not exist.").arg(id));
    if (!awardLines(id).isEmpty())
        return Status::failure(
            Messages::tr("%1 has awards; delete those first.").arg(before->name));
    return rowwriter::removeRecord(m_db, callTable, before, QString());
}

Status FundingRepository::restoreCall(FundingCall call)
{
    normalizeCall(call);
    QStringList problems = validateCall(call);
    if (call.id <= 0)
        problems << Messages::tr("The call to restore has no number.");
    else if (this->call(call.id))
        problems << Messages::tr("The call no. %1 already exists.").arg(call.id);
    return rowwriter::restoreRecord(m_db, callTable, call, problems);
}

std::optional<FundingAward> FundingRepository::award(qint64 id) const
{
    return query::selectOne(
        m_db, QStringLiteral("SELECT %1 FROM funding_award a WHERE a.id = :id").arg(awardColumns),
        {{QStringLiteral(":id"), id}}, readAward);
}

std::optional<FundingAward> FundingRepository::awardByContract(const QString &contractNumber) const
{
    return query::selectOne(
        m_db,
        QStringLiteral("SELECT %1 FROM funding_award a WHERE a.contract_number = :number")
            .arg(awardColumns),
        {{QStringLiteral(":number"), text::normalized(contractNumber)}}, readAward);
}

QStringList FundingRepository::awardProblems(const FundingAward &award) const
{
    QStringList problems = validateAward(award);
    if (award.callId > 0 && !query::exists(m_db, QStringLiteral("funding_call"), award.callId))
        problems << Messages::tr("Call: no. %1 does not exist.").arg(award.callId);
    if (award.organizationId > 0 &&
        !query::exists(m_db, QStringLiteral("organization"), award.organizationId))
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
    normalizeAward(award);
    return rowwriter::addRecord(m_db, awardTable, award, awardProblems(award));
}

Status FundingRepository::updateAward(FundingAward award)
{
    normalizeAward(award);
    return rowwriter::updateRecord(m_db, awardTable, award, awardProblems(award),
                                   this->award(award.id),
                                   Messages::tr("The award no. %1 does not exist.").arg(award.id));
}

Status FundingRepository::removeAward(qint64 id)
{
    return rowwriter::removeRecord(m_db, awardTable, award(id),
                                   Messages::tr("The award no. %1 does not exist.").arg(id));
}

Status FundingRepository::restoreAward(FundingAward award)
{
    normalizeAward(award);
    QStringList problems = awardProblems(award);
    if (award.id <= 0)
        problems << Messages::tr("The award to restore has no number.");
    else if (this->award(award.id))
        problems << Messages::tr("The award no. %1 already exists.").arg(award.id);
    return rowwriter::restoreRecord(m_db, awardTable, award, problems);
}

Result<qint64> FundingRepository::insertAwardInTransaction(const FundingAward &award)
{
    return rowwriter::insertRow(m_db, awardTable.name, awardValues(award), award.toJson());
}

Status FundingRepository::updateAwardInTransaction(const FundingAward &before,
                                                   const FundingAward &after)
{
    return rowwriter::updateRecordRow(m_db, awardTable, before, after);
}

QList<AwardLine> FundingRepository::lines(const QString &where,
                                          const QList<QPair<QString, QVariant>> &binds,
                                          const QString &order) const
{
    const QString sql =
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
            .arg(awardColumns, where, order);
    return query::selectAll(m_db, sql, binds, [](const QSqlQuery &q) {
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
        return line;
    });
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
    return query::selectAll(m_db,
                            QStringLiteral("SELECT DISTINCT year FROM funding_call ORDER BY year "
                                           "DESC"),
                            {}, [](const QSqlQuery &q) { return q.value(0).toInt(); });
}

} // namespace dc
