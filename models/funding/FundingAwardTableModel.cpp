#include "FundingAwardTableModel.h"

#include "FundingRepository.h"

namespace dc {

FundingAwardTableModel::FundingAwardTableModel(QSqlDatabase db, QObject *parent)
    : RowTableModel(std::move(db),
                    {{QT_TR_NOOP("Year"), Numeric},
                     {QT_TR_NOOP("Institution")},
                     {QT_TR_NOOP("Call")},
                     {QT_TR_NOOP("Contract no.")},
                     {QT_TR_NOOP("Organization")},
                     {QT_TR_NOOP("County")},
                     {QT_TR_NOOP("Project")},
                     {QT_TR_NOOP("Requested"), Numeric},
                     {QT_TR_NOOP("Granted"), Numeric},
                     {QT_TR_NOOP("Paid"), Numeric},
                     {QT_TR_NOOP("Own contribution"), Numeric},
                     {QT_TR_NOOP("Status")},
                     {QT_TR_NOOP("Contract date")}},
                    parent)
{
    refresh();
}

void FundingAwardTableModel::setFilter(qint64 callId, int year)
{
    m_callId = callId;
    m_year = year;
    m_organizationId = 0;
    refresh();
}

void FundingAwardTableModel::setOrganization(qint64 organizationId)
{
    m_organizationId = organizationId;
    refresh();
}

QList<RowTableModel::Row> FundingAwardTableModel::load() const
{
    const FundingRepository repository(db());
    const QList<AwardLine> lines = m_organizationId > 0 ? repository.history(m_organizationId)
                                                        : repository.awardLines(m_callId, m_year);
    QList<Row> rows;
    for (const AwardLine &line : lines) {
        const FundingAward &a = line.award;
        Row row;
        row.id = a.id;
        row.raw = {line.year,
                   line.institutionName,
                   line.callName,
                   a.contractNumber,
                   line.organizationName,
                   line.countyName,
                   a.project,
                   a.requested.bani(),
                   a.granted.bani(),
                   a.paid.bani(),
                   a.ownContribution.bani(),
                   awardStatusCode(a.status),
                   a.contractDate.toString(Qt::ISODate)};
        row.display = row.raw;
        row.display[Requested] = a.requested.toDisplay();
        row.display[Granted] = a.granted.toDisplay();
        row.display[Paid] = a.paid.toDisplay();
        row.display[OwnContribution] = a.ownContribution.toDisplay();
        row.display[Status] = awardStatusName(a.status);
        row.display[ContractDate] = a.contractDate.toString(QStringLiteral("dd.MM.yyyy"));
        rows << row;
    }
    return rows;
}

} // namespace dc
