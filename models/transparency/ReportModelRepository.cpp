#include "ReportModelRepository.h"

#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace dc {

ReportModelRepository::ReportModelRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<ReportModel> ReportModelRepository::models() const
{
    QList<ReportModel> result = ReportModel::builtInModels();
    const QList<Result<ReportModel>> stored = query::selectAll(
        m_db, QStringLiteral("SELECT id, content FROM transparency_report_model ORDER BY id"), {},
        [](const QSqlQuery &q) {
            return ReportModel::parse(q.value(1).toString().toUtf8(), q.value(0).toString());
        });
    for (const Result<ReportModel> &loaded : stored) {
        if (!loaded)
            continue; // checked when it was loaded; a model this version cannot read is skipped
        const auto same = std::find_if(result.begin(), result.end(),
                                       [&](const ReportModel &m) { return m.id == loaded->id; });
        if (same != result.end())
            *same = loaded.value();
        else
            result << loaded.value();
    }
    std::stable_sort(result.begin(), result.end(), [](const ReportModel &a, const ReportModel &b) {
        return a.validFrom < b.validFrom;
    });
    return result;
}

ReportModel ReportModelRepository::forYear(int year) const
{
    const QList<ReportModel> all = models();
    ReportModel chosen = all.constFirst();
    for (const ReportModel &m : all) {
        if (m.validFrom <= year)
            chosen = m; // sorted by validFrom: the latest one not after the year
    }
    return chosen;
}

std::optional<ReportModel> ReportModelRepository::find(const QString &id) const
{
    for (const ReportModel &m : models()) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

Result<ReportModel> ReportModelRepository::load(const QByteArray &json, const QString &fileName)
{
    Result<ReportModel> model = ReportModel::parse(json, fileName);
    if (!model)
        return model;
    const std::optional<ReportModel> before = find(model->id);
    const Status written = inTransaction(m_db, [&]() -> Status {
        if (Status s = query::exec(
                m_db,
                QStringLiteral(
                    "INSERT INTO transparency_report_model (id, name, valid_from, content, "
                    "loaded_by, loaded_at) "
                    "VALUES (:id, :name, :from, :content, :by, :at) ON CONFLICT (id) DO UPDATE SET "
                    "name = excluded.name, valid_from = excluded.valid_from, content = "
                    "excluded.content, loaded_by = excluded.loaded_by, loaded_at = "
                    "excluded.loaded_at"),
                {{QStringLiteral(":id"), model->id},
                 {QStringLiteral(":name"), model->name},
                 {QStringLiteral(":from"), model->validFrom},
                 {QStringLiteral(":content"), QString::fromUtf8(model->toJson())},
                 {QStringLiteral(":by"), AuditLog::osUser()},
                 {QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
            !s)
            return s;
        const QJsonObject after{{QLatin1String("id"), model->id},
                                {QLatin1String("file"), fileName},
                                {QLatin1String("content"), QString::fromUtf8(model->toJson())}};
        const QJsonObject old =
            before ? QJsonObject{{QLatin1String("id"), before->id},
                                 {QLatin1String("content"), QString::fromUtf8(before->toJson())}}
                   : QJsonObject();
        return AuditLog::record(m_db, QStringLiteral("transparency_report_model"), 0,
                                before && !before->builtIn ? AuditLog::Action::Update
                                                           : AuditLog::Action::Insert,
                                old, after);
    });
    if (!written)
        return Result<ReportModel>::failure(written.error());
    return model;
}

Status ReportModelRepository::unload(const QString &id)
{
    const std::optional<ReportModel> before = find(id);
    if (!before || before->builtIn)
        return Status::failure(tr("No loaded model has the id %1.").arg(id));
    return inTransaction(m_db, [&]() -> Status {
        if (Status s = query::exec(
                m_db, QStringLiteral("DELETE FROM transparency_report_model WHERE id = :id"),
                {{QStringLiteral(":id"), id}});
            !s)
            return s;
        return AuditLog::record(
            m_db, QStringLiteral("transparency_report_model"), 0, AuditLog::Action::Delete,
            QJsonObject{{QLatin1String("id"), id},
                        {QLatin1String("content"), QString::fromUtf8(before->toJson())}},
            QJsonObject());
    });
}

} // namespace dc
