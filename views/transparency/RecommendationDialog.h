#pragma once

#include "transparency/Recommendation.h"

#include "common/RecordFormOf.h"
#include <QDate>

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Ui {
class RecommendationDialog;
}

namespace dc {

/// The form of a recommendation received on a draft: author, date, text, decision and its
/// justification; Save enabled only when the record is valid and changed.
class RecommendationDialog final : public RecordFormOf<Recommendation, Ui::RecommendationDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationDialog)

public:
    explicit RecommendationDialog(QSqlDatabase db, QDate draftAnnouncedOn,
                                  QWidget *parent = nullptr);

    Recommendation record() const override;
    QStringList problems() const override;
    bool isChanged() const override;

private:
    void load(const Recommendation &recommendation) override;

    void updateFields() override;
    void fillOrganizations(const QString &text, qint64 keepId);

    QSqlDatabase m_db;
    QDate m_draftAnnouncedOn;
};

} // namespace dc
