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
    : RowTableModel(std::move(db),
                    {{QT_TR_NOOP("Draft")},
                     {QT_TR_NOOP("Institution")},
                     {QT_TR_NOOP("Kind")},
                     {QT_TR_NOOP("Status")},
                     {QT_TR_NOOP("Announced")},
                     {QT_TR_NOOP("Recommendations until")},
                     {QT_TR_NOOP("Sent for endorsement")},
                     {QT_TR_NOOP("Submitted")},
                     {QT_TR_NOOP("Adopted")},
                     {QT_TR_NOOP("Recommendations"), Numeric},
                     {QT_TR_NOOP("Included"), Numeric},
                     {QT_TR_NOOP("Public debate")},
                     {QT_TR_NOOP("Deadlines")}},
                    parent)
{
    refresh();
}

void DraftActTableModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    refresh();
}

QList<RowTableModel::Row> DraftActTableModel::load() const
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
        row.setWarnings(messages);
        rows << row;
    }
    return rows;
}

} // namespace dc
