#pragma once

#include "storage/RowTableModel.h"

namespace dc {

/// The recommendations received on one draft, or sent by one organization (its page shows what it
/// sent), with the decision and its justification.
class RecommendationTableModel final : public RowTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationTableModel)

public:
    enum Column
    {
        Received,
        Author,
        Draft,
        Decision,
        Online,
        Justification,
        Text,
        ColumnCount
    };

    explicit RecommendationTableModel(QSqlDatabase db, QObject *parent = nullptr);
    /// The recommendations of one draft (0: none).
    void setDraft(qint64 draftId);
    /// The recommendations an organization of the registry sent (0: none).
    void setAuthorOrganization(qint64 organizationId);

protected:
    QList<Row> load() const override;

private:
    qint64 m_draftId = 0;
    qint64 m_organizationId = 0;
};

} // namespace dc
