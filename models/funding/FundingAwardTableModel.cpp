#include "FundingAwardTableModel.h"

#include "FundingRepository.h"

namespace dc {

FundingAwardTableModel::FundingAwardTableModel(QSqlDatabase db, QObject *parent)
    : RecordTableModel(std::move(db), ColumnCount, parent)
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

QList<RecordTableModel::Row> FundingAwardTableModel::load() const
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

QString FundingAwardTableModel::columnTitle(int column) const
{
    switch (column) {
    case Year:
        return tr("Year");
    case Institution:
        return tr("Institution");
    case Call:
        return tr("Call");
    case Contract:
        return tr("Contract no.");
    case Organization:
        return tr("Organization");
    case County:
        return tr("County");
    case Project:
        return tr("Project");
    case Requested:
        return tr("Requested");
    case Granted:
        return tr("Granted");
    case Paid:
        return tr("Paid");
    case OwnContribution:
        return tr("Own contribution");
    case Status:
        return tr("Status");
    case ContractDate:
        return tr("Contract date");
    default:
        return {};
    }
}

bool FundingAwardTableModel::isNumeric(int column) const
{
    return column == Year || column == Requested || column == Granted || column == Paid ||
           column == OwnContribution;
}

} // namespace dc
