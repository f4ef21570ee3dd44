#include "AnnualReportRepository.h"

#include "AnnualFigures.h"
#include "FormIndicators.h"
#include "TransparencySql.h"
#include "storage/AuditLog.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

namespace sql = transparencysql;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AnnualReportRepository", text);
}

QJsonObject reportJson(const AnnualReport &r)
{
    QJsonObject json;
    json.insert(QLatin1String("institution_id"), r.institutionId);
    json.insert(QLatin1String("year"), r.year);
    json.insert(QLatin1String("received_on"), r.receivedOn.toString(Qt::ISODate));
    if (!r.selfEvaluation.isEmpty())
        json.insert(QLatin1String("self_evaluation"), r.selfEvaluation);
    return json;
}

QJsonObject manualJson(const ManualFigure &f)
{
    QJsonObject json;
    json.insert(QLatin1String("institution_id"), f.institutionId);
    json.insert(QLatin1String("year"), f.year);
    json.insert(QLatin1String("code"), f.code);
    json.insert(QLatin1String("value"), f.value);
    json.insert(QLatin1String("entered_by"), f.enteredBy);
    json.insert(QLatin1String("entered_at"), f.enteredAt.toString(Qt::ISODate));
    return json;
}

} // namespace

AnnualReportRepository::AnnualReportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<AnnualReport> AnnualReportRepository::report(qint64 institutionId, int year) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, received_on, self_evaluation FROM transparency_report "
                             "WHERE institution_id = :institution AND year = :year"));
    q.bindValue(QStringLiteral(":institution"), institutionId);
    q.bindValue(QStringLiteral(":year"), year);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return AnnualReport{q.value(0).toLongLong(), institutionId, year, sql::toDate(q.value(1)), q.value(2).toString()};
}

Result<qint64> AnnualReportRepository::setReport(AnnualReport r)
{
    using R = Result<qint64>;
    r.selfEvaluation = r.selfEvaluation.trimmed();
    QStringList problems;
    if (r.institutionId <= 0)
        problems << tr("Institution: the report needs its institution.");
    if (r.year < 2003 || r.year > 2100)
        problems << tr("Year: %1 is not a year under Law 52/2003.").arg(r.year);
    if (!r.receivedOn.isValid())
        problems << tr("Date received: the report needs the date it was received.");
    else if (r.receivedOn.year() < r.year)
        problems << tr("Date received: the report for %1 cannot be received in %2.").arg(r.year).arg(r.receivedOn.year());
    if (Status s = sql::problems(problems); !s)
        return R::failure(s.error());
    const sql::Values values = {
        {QStringLiteral("institution_id"), r.institutionId},
        {QStringLiteral("year"), r.year},
        {QStringLiteral("received_on"), sql::date(r.receivedOn)},
        {QStringLiteral("self_evaluation"), sql::text(r.selfEvaluation)},
    };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    qint64 id = 0;
    if (const std::optional<AnnualReport> before = report(r.institutionId, r.year)) {
        id = before->id;
        if (Status s = sql::updateRow(m_db, QStringLiteral("transparency_report"), id, values, reportJson(*before), reportJson(r)); !s)
            return R::failure(s.error());
    } else {
        const R added = sql::insertRow(m_db, QStringLiteral("transparency_report"), values, reportJson(r));
        if (!added)
            return added;
        id = added.value();
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status AnnualReportRepository::removeReport(qint64 institutionId, int year)
{
    const std::optional<AnnualReport> before = report(institutionId, year);
    if (!before)
        return Status::failure(tr("No report of %1 is recorded.").arg(year));
    return inTransaction(m_db, [&] {
        return sql::deleteRow(m_db, QStringLiteral("transparency_report"), before->id, reportJson(*before));
    });
}

QList<ManualFigure> AnnualReportRepository::manualFigures(qint64 institutionId, int year) const
{
    QList<ManualFigure> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code, value, entered_by, entered_at FROM transparency_manual_figure "
                             "WHERE institution_id = :institution AND year = :year ORDER BY id"));
    q.bindValue(QStringLiteral(":institution"), institutionId);
    q.bindValue(QStringLiteral(":year"), year);
    if (!q.exec())
        return result;
    while (q.next())
        result.append({institutionId, year, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                       QDateTime::fromString(q.value(3).toString(), Qt::ISODate)});
    return result;
}

Status AnnualReportRepository::setManualFigure(qint64 institutionId, int year, const QString &code, qint64 value,
                                               const QString &enteredBy)
{
    const FormIndicator *indicator = FormIndicators::find(code);
    if (!indicator)
        return Status::failure(tr("Code: %1 is not a figure of the evaluation form.").arg(code));
    if (indicator->kind != FigureKind::Count)
        return Status::failure(tr("%1: this figure is not a number typed from a report.").arg(code));
    if (value < 0)
        return Status::failure(tr("%1: the number cannot be negative.").arg(code));
    if (AnnualFigures::recordsProvide(m_db, institutionId, year, code))
        return Status::failure(tr("%1: the records of %2 already provide this figure; a manual entry is allowed "
                                  "only where no record exists.")
                                   .arg(code)
                                   .arg(year));
    ManualFigure figure{institutionId, year, code, value, enteredBy.isEmpty() ? AuditLog::osUser() : enteredBy,
                        QDateTime::currentDateTimeUtc()};
    figure.enteredAt.setSecsSinceEpoch(figure.enteredAt.toSecsSinceEpoch());
    const sql::Values values = {
        {QStringLiteral("institution_id"), institutionId},
        {QStringLiteral("year"), year},
        {QStringLiteral("code"), code},
        {QStringLiteral("value"), value},
        {QStringLiteral("entered_by"), figure.enteredBy},
        {QStringLiteral("entered_at"), figure.enteredAt.toString(Qt::ISODate)},
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, value, entered_by, entered_at FROM transparency_manual_figure "
                             "WHERE institution_id = :institution AND year = :year AND code = :code"));
    q.bindValue(QStringLiteral(":institution"), institutionId);
    q.bindValue(QStringLiteral(":year"), year);
    q.bindValue(QStringLiteral(":code"), code);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (q.next()) {
        const ManualFigure before{institutionId, year, code, q.value(1).toLongLong(), q.value(2).toString(),
                                  QDateTime::fromString(q.value(3).toString(), Qt::ISODate)};
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        if (Status s = sql::updateRow(m_db, QStringLiteral("transparency_manual_figure"), id, values, manualJson(before),
                                      manualJson(figure), false);
            !s)
            return s;
    } else {
        q.finish();
        if (Result<qint64> id = sql::insertRow(m_db, QStringLiteral("transparency_manual_figure"), values, manualJson(figure), false); !id)
            return Status::failure(id.error());
    }
    return transaction.commit();
}

Status AnnualReportRepository::removeManualFigure(qint64 institutionId, int year, const QString &code)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, value, entered_by, entered_at FROM transparency_manual_figure "
                             "WHERE institution_id = :institution AND year = :year AND code = :code"));
    q.bindValue(QStringLiteral(":institution"), institutionId);
    q.bindValue(QStringLiteral(":year"), year);
    q.bindValue(QStringLiteral(":code"), code);
    if (!q.exec() || !q.next())
        return Status::failure(tr("%1: no manual entry for %2.").arg(code).arg(year));
    const ManualFigure before{institutionId, year, code, q.value(1).toLongLong(), q.value(2).toString(),
                              QDateTime::fromString(q.value(3).toString(), Qt::ISODate)};
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return inTransaction(m_db, [&] {
        return sql::deleteRow(m_db, QStringLiteral("transparency_manual_figure"), id, manualJson(before));
    });
}

} // namespace dc
