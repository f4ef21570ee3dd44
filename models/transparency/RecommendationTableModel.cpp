#include "RecommendationTableModel.h"
#include "core/Dates.h"

#include "Recommendation.h"

#include <QLocale>
#include <QSqlQuery>

namespace dc {

RecommendationTableModel::RecommendationTableModel(QSqlDatabase db, QObject *parent)
    : RowTableModel(std::move(db),
                    {{QT_TR_NOOP("Received")},
                     {QT_TR_NOOP("Author")},
                     {QT_TR_NOOP("Draft")},
                     {QT_TR_NOOP("Decision")},
                     {QT_TR_NOOP("Online")},
                     {QT_TR_NOOP("Justification")},
                     {QT_TR_NOOP("Recommendation")}},
                    parent)
{
    refresh();
}

void RecommendationTableModel::setDraft(qint64 draftId)
{
    m_draftId = draftId;
    m_organizationId = 0;
    refresh();
}

void RecommendationTableModel::setAuthorOrganization(qint64 organizationId)
{
    m_organizationId = organizationId;
    m_draftId = 0;
    refresh();
}

QList<RowTableModel::Row> RecommendationTableModel::load() const
{
    QList<Row> rows;
    if (m_draftId <= 0 && m_organizationId <= 0)
        return rows;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT r.id, r.received_on, coalesce(o.name, r.author_name, ''), "
                             "d.title, r.decision, r.received_online, "
                             "r.justification, r.body, r.rejection_justification_sent "
                             "FROM recommendation r JOIN draft_act d ON d.id = r.draft_id "
                             "LEFT JOIN organization o ON o.id = r.author_org_id "
                             "WHERE (:draft > 0 AND r.draft_id = :draft) OR (:organization > 0 AND "
                             "r.author_org_id = :organization) "
                             "ORDER BY r.received_on, r.id"));
    q.bindValue(QStringLiteral(":draft"), m_draftId);
    q.bindValue(QStringLiteral(":organization"), m_organizationId);
    if (!q.exec())
        return rows;
    while (q.next()) {
        Row row;
        row.id = q.value(0).toLongLong();
        const QDate received = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const RecommendationDecision decision =
            recommendationDecisionFromCode(q.value(4).toString());
        const bool online = q.value(5).toLongLong() != 0;
        row.raw = {q.value(1), q.value(2),     q.value(3),
                   q.value(4), online ? 1 : 0, q.value(6).toString(),
                   q.value(7)};
        row.display = row.raw;
        row.display[Received] = shortDate(QLocale(), received);
        row.display[Decision] = recommendationDecisionName(decision);
        row.display[Online] = online ? tr("yes") : tr("no");
        row.display[Text] = q.value(7).toString().simplified();
        if (decision == RecommendationDecision::Rejected && q.value(8).toLongLong() == 0) {
            row.toolTip = tr("The written justification of the rejection has not been sent.");
            row.warning = true;
        }
        rows << row;
    }
    return rows;
}

} // namespace dc
