#pragma once

#include "transparency/Recommendation.h"

#include "common/RecordForm.h"
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
class RecommendationDialog final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationDialog)

public:
    explicit RecommendationDialog(QSqlDatabase db, QDate draftAnnouncedOn,
                                  QWidget *parent = nullptr);
    ~RecommendationDialog() override;

    void setRecommendation(const Recommendation &recommendation);
    Recommendation recommendation() const;
    QStringList problems() const override;
    bool isChanged() const override;

private:
    void updateFields() override;
    void fillOrganizations(const QString &text, qint64 keepId);

    QSqlDatabase m_db;
    QDate m_draftAnnouncedOn;
    std::unique_ptr<Ui::RecommendationDialog> m_ui;
    Recommendation m_original;
};

} // namespace dc
