#include "FundingCallTableModel.h"

#include "FundingRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QHash>
#include <QSqlQuery>

namespace dc {

FundingCallTableModel::FundingCallTableModel(QSqlDatabase db, int year, QObject *parent)
    : RowTableModel(std::move(db),
                    {{QT_TR_NOOP("Year"), Numeric},
                     {QT_TR_NOOP("Institution")},
                     {QT_TR_NOOP("Call")},
                     {QT_TR_NOOP("Domain")},
                     {QT_TR_NOOP("Budget"), Numeric},
                     {QT_TR_NOOP("Awards"), Numeric},
                     {QT_TR_NOOP("Granted"), Numeric},
                     {QT_TR_NOOP("Share of budget"), Numeric},
                     {QT_TR_NOOP("Submission deadline")}},
                    parent),
      m_year(year)
{
    refresh();
}

void FundingCallTableModel::setYear(int year)
{
    m_year = year;
    refresh();
}

QList<RowTableModel::Row> FundingCallTableModel::load() const
{
    const FundingRepository repository(db());
    QHash<qint64, int> awards;
    QHash<qint64, Money> granted;
    for (const AwardLine &line : repository.awardLines(0, m_year)) {
        if (line.award.status == AwardStatus::Cancelled)
            continue;
        ++awards[line.award.callId];
        granted[line.award.callId] += line.award.granted;
    }
    QHash<qint64, QString> institutions;
    for (const dc::Institution &i : InstitutionRepository(db()).all())
        institutions.insert(i.id, i.name);
    QHash<qint64, QString> domains;
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT id, name FROM domain"))) {
        while (q.next())
            domains.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QList<Row> rows;
    for (const FundingCall &c : repository.calls(m_year)) {
        const Money g = granted.value(c.id);
        const qint64 share = g.basisPointsOf(c.budget);
        Row row;
        row.id = c.id;
        row.raw = {c.year,
                   institutions.value(c.institutionId),
                   c.name,
                   domains.value(c.domainId),
                   c.budget.bani(),
                   awards.value(c.id),
                   g.bani(),
                   c.budget.isZero() ? QVariant() : QVariant(share),
                   c.submissionDeadline.toString(Qt::ISODate)};
        row.display = row.raw;
        row.display[Domain] = c.domainId > 0 ? domains.value(c.domainId) : tr("(all domains)");
        row.display[Budget] = c.budget.toDisplay();
        row.display[Granted] = g.toDisplay();
        row.display[Share] = c.budget.isZero() ? QString() : formatBasisPoints(share);
        row.display[Deadline] = c.submissionDeadline.toString(QStringLiteral("dd.MM.yyyy"));
        if (g > c.budget && !c.budget.isZero()) {
            row.warning = true;
            row.toolTip = tr("More was granted (%1) than the budget of the call (%2).")
                              .arg(g.toDisplay(), c.budget.toDisplay());
        }
        rows << row;
    }
    return rows;
}

} // namespace dc
