#include "DraftActTableModel.h"
#include "core/Dates.h"

#include "DeadlineRules.h"
#include "DraftActRepository.h"
#include "InstitutionRepository.h"

#include <QHash>
#include <QLocale>

namespace dc {

namespace {

QVariant isoDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QString());
}

QVariant shownDate(const QDate &d)
{
    return d.isValid() ? QVariant(shortDate(QLocale(), d)) : QVariant(QString());
}

} // namespace

DraftActTableModel::DraftActTableModel(QSqlDatabase db, QObject *parent)
    : RecordTableModel(std::move(db), ColumnCount, parent)
{
    refresh();
}

void DraftActTableModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    refresh();
}

QList<RecordTableModel::Row> DraftActTableModel::load() const
{
    QHash<qint64, QString> institutions;
    for (const NameMatcher::Candidate &c : InstitutionRepository(db()).candidates())
        institutions.insert(c.id, c.name);
    const DraftActRepository repository(db());
    QList<Row> rows;
    for (const DraftAct &d : repository.drafts(m_filter.institutionId)) {
        if (m_filter.year > 0 && d.announcedOn.year() != m_filter.year)
            continue;
        if (m_filter.status && d.status != *m_filter.status)
            continue;
        if (m_filter.debateRequestedBy > 0 &&
            d.debateRequesterOrganizationId != m_filter.debateRequestedBy)
            continue;
        const QList<DeadlineWarning> warnings = DeadlineRules::check(d);
        if (m_filter.warningsOnly && warnings.isEmpty())
            continue;
        const QList<Recommendation> recommendations = repository.recommendations(d.id);
        const auto included = std::count_if(recommendations.begin(), recommendations.end(),
                                            [](const Recommendation &r) { return r.isIncluded(); });
        QStringList articles;
        QStringList shortNames;
        QStringList messages;
        for (const DeadlineWarning &w : warnings) {
            articles << DeadlineRules::name(w);
            shortNames << DeadlineRules::shortName(w);
            messages << DeadlineRules::message(w);
        }
        QString debate;
        if (d.debateHeld)
            debate = tr("held %1").arg(shortDate(QLocale(), d.debateHeldOn));
        else if (d.debateRequested)
            debate = tr("requested, not held");

        Row row;
        row.id = d.id;
        const int debateState = d.debateHeld ? 2 : d.debateRequested ? 1 : 0;
        row.raw = {d.title,
                   institutions.value(d.institutionId),
                   draftActKindCode(d.kind),
                   draftActStatusCode(d.status),
                   isoDate(d.announcedOn),
                   isoDate(d.recommendationsDeadline),
                   isoDate(d.sentForApprovalOn),
                   isoDate(d.submittedOn),
                   isoDate(d.adoptedOn),
                   int(recommendations.size()),
                   int(included),
                   debateState,
                   articles.join(QLatin1String(", "))};
        row.display = row.raw;
        row.display[Kind] = draftActKindName(d.kind);
        row.display[Status] = draftActStatusName(d.status);
        row.display[Announced] = shownDate(d.announcedOn);
        row.display[RecommendationsDeadline] = shownDate(d.recommendationsDeadline);
        row.display[SentForApproval] = shownDate(d.sentForApprovalOn);
        row.display[Submitted] = shownDate(d.submittedOn);
        row.display[Adopted] = shownDate(d.adoptedOn);
        row.display[Debate] = debate;
        row.display[DeadlineWarnings] =
            messages.isEmpty() ? QString()
                               : QStringLiteral(u"\u26A0 ") + shortNames.join(QLatin1String(", "));
        row.warning = !warnings.isEmpty();
        row.toolTip = messages.join(QLatin1Char('\n'));
        rows << row;
    }
    return rows;
}

QString DraftActTableModel::columnTitle(int column) const
{
    switch (column) {
    case Title:
        return tr("Draft");
    case Institution:
        return tr("Institution");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Announced:
        return tr("Announced");
    case RecommendationsDeadline:
        return tr("Recommendations until");
    case SentForApproval:
        return tr("Sent for endorsement");
    case Submitted:
        return tr("Submitted");
    case Adopted:
        return tr("Adopted");
    case Recommendations:
        return tr("Recommendations");
    case Included:
        return tr("Included");
    case Debate:
        return tr("Public debate");
    case DeadlineWarnings:
        return tr("Deadlines");
    default:
        return {};
    }
}

bool DraftActTableModel::isNumeric(int column) const
{
    return column == Recommendations || column == Included;
}

} // namespace dc
