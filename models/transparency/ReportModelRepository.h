#pragma once

#include "ReportModel.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace dc {

/// The models of the annual report in force: the built-in ones and those the office loaded from a
/// file (Annual figures > Report models…). A loaded model is kept in the database and wins over
/// the built-in model with the same id; for a year, the model with the latest validFrom not after
/// it applies.
class ReportModelRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ReportModelRepository)

public:
    explicit ReportModelRepository(QSqlDatabase db);

    /// Every model in force, loaded ones in place of built-in ones with the same id, oldest first.
    QList<ReportModel> models() const;
    /// The model of the report for @p year.
    ReportModel forYear(int year) const;
    /// The model with this id, if any.
    std::optional<ReportModel> find(const QString &id) const;
    /// Reads a model file and keeps it (replacing a loaded model with the same id), in one
    /// transaction with its audit row.
    Result<ReportModel> load(const QByteArray &json, const QString &fileName);
    /// Forgets a loaded model, so that the built-in one with its id applies again.
    Status unload(const QString &id);

private:
    QSqlDatabase m_db;
};

} // namespace dc
