#include "AnnualReportRepository.h"

#include "AnnualFigures.h"
#include "FormIndicators.h"
#include "core/AuditJson.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/RowWriter.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReportRepository)
};

/// The problems of a report's institution, year and date received, typed or read from a file.
QStringList reportProblems(qint64 institutionId, int year, const QDate &receivedOn)
{
    QStringList problems;
    if (institutionId <= 0)
        problems << Messages::tr("Institution: the report needs its institution.");
    if (year < 2003 || year > 2100)
        problems << Messages::tr("Year: %1 is not a year under Law 52/2003.").arg(year);
    if (!receivedOn.isValid())
        problems << Messages::tr("Date received: the report needs the date it was received.");
    return problems;
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

QJsonObject receivedJson(const ReceivedReport &r)
{
    QJsonObject json;
    json.insert(QLatin1String("institution_id"), r.institutionId);
    json.insert(QLatin1String("year"), r.year);
    json.insert(QLatin1String("received_on"), r.receivedOn.toString(Qt::ISODate));
    json.insert(QLatin1String("model_id"), r.modelId);
    json.insert(QLatin1String("file_name"), r.fileName);
    json.insert(QLatin1String("file_sha256"), r.fileSha256);
    json.insert(QLatin1String("imported_by"), r.importedBy);
    QJsonObject values;
    for (const ReportValue &v : r.values)
        values.insert(v.code, QJsonValue::fromVariant(v.value));
    json.insert(QLatin1String("values"), values);
    return json;
}

bool sameValues(const QList<ReportValue> &a, const QList<ReportValue> &b)
{
    if (a.size() != b.size())
        return false;
    QHash<QString, QVariant> byCode;
    for (const ReportValue &v : a)
        byCode.insert(v.code, v.value);
    for (const ReportValue &v : b) {
        const auto it = byCode.constFind(v.code);
        if (it == byCode.constEnd() || it->toString() != v.value.toString())
            return false;
    }
    return true;
}

query::Binds ofYear(qint64 institutionId, int year)
{
    return {{QStringLiteral(":institution"), institutionId}, {QStringLiteral(":year"), year}};
}

/// A figure typed by hand, with the id of its row.
struct StoredFigure
{
    qint64 id = 0;
    ManualFigure figure;
};

/// The figure typed by hand for this institution, year and code: none or one.
Result<QList<StoredFigure>> storedFigure(const QSqlDatabase &db, qint64 institutionId, int year,
                                         const QString &code)
{
    query::Binds binds = ofYear(institutionId, year);
    binds.append({QStringLiteral(":code"), code});
    return query::select(
        db,
        QStringLiteral("SELECT id, value, entered_by, entered_at FROM transparency_manual_figure "
                       "WHERE institution_id = :institution AND year = :year AND code = :code"),
        binds, [&](const QSqlQuery &q) {
            return StoredFigure{q.value(0).toLongLong(),
                                {institutionId, year, code, q.value(1).toLongLong(),
                                 q.value(2).toString(),
                                 QDateTime::fromString(q.value(3).toString(), Qt::ISODate)}};
        });
}

} // namespace

QJsonObject AnnualReport::toJson() const
{
    AuditJson json;
    json.insert("institution_id", institutionId);
    json.insert("year", year);
    json.insert("received_on", AuditJson::isoDate(receivedOn));
    json.text("self_evaluation", selfEvaluation);
    return json.object();
}

QJsonObject YearConclusions::toJson() const
{
    AuditJson json;
    json.text("text", text);
    return json.object();
}

AnnualReportRepository::AnnualReportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<AnnualReport> AnnualReportRepository::report(qint64 institutionId, int year) const
{
    return query::selectOne(
        m_db,
        QStringLiteral("SELECT id, received_on, self_evaluation FROM transparency_report "
                       "WHERE institution_id = :institution AND year = :year"),
        ofYear(institutionId, year), [&](const QSqlQuery &q) {
            return AnnualReport{q.value(0).toLongLong(), institutionId, year,
                                sqlvalues::readDate(q.value(1)), q.value(2).toString()};
        });
}

Result<qint64> AnnualReportRepository::setReport(AnnualReport r)
{
    using R = Result<qint64>;
    r.selfEvaluation = r.selfEvaluation.trimmed();
    QStringList problems = reportProblems(r.institutionId, r.year, r.receivedOn);
    if (r.receivedOn.isValid() && r.receivedOn.year() < r.year)
        problems << Messages::tr("Date received: the report for %1 cannot be received in %2.")
                        .arg(r.year)
                        .arg(r.receivedOn.year());
    if (Status s = rowwriter::problems(problems); !s)
        return R::failure(s.error());
    const rowwriter::Values values = {
        {QStringLiteral("institution_id"), r.institutionId},
        {QStringLiteral("year"), r.year},
        {QStringLiteral("received_on"), sqlvalues::date(r.receivedOn)},
        {QStringLiteral("self_evaluation"), sqlvalues::text(r.selfEvaluation)},
    };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    qint64 id = 0;
    if (const std::optional<AnnualReport> before = report(r.institutionId, r.year)) {
        id = before->id;
        if (Status s = rowwriter::updateRow(m_db, QStringLiteral("transparency_report"), id, values,
                                            before->toJson(), r.toJson());
            !s)
            return R::failure(s.error());
    } else {
        const R added =
            rowwriter::insertRow(m_db, QStringLiteral("transparency_report"), values, r.toJson());
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
        return Status::failure(Messages::tr("No report of %1 is recorded.").arg(year));
    return inTransaction(m_db, [&] {
        return rowwriter::deleteRow(m_db, QStringLiteral("transparency_report"), before->id,
                                    before->toJson());
    });
}

std::optional<ReceivedReport> AnnualReportRepository::received(qint64 institutionId, int year) const
{
    qint64 id = 0;
    std::optional<ReceivedReport> found = query::selectOne(
        m_db,
        QStringLiteral(
            "SELECT id, received_on, model_id, file_name, file_sha256, imported_by, imported_at "
            "FROM transparency_report WHERE institution_id = :institution AND year = :year"),
        ofYear(institutionId, year), [&](const QSqlQuery &q) {
            id = q.value(0).toLongLong();
            ReceivedReport r;
            r.institutionId = institutionId;
            r.year = year;
            r.receivedOn = sqlvalues::readDate(q.value(1));
            r.modelId = q.value(2).toString();
            r.fileName = q.value(3).toString();
            r.fileSha256 = q.value(4).toString();
            r.importedBy = q.value(5).toString();
            r.importedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
            return r;
        });
    if (!found)
        return std::nullopt;
    ReceivedReport &r = *found;
    const Result<QList<ReportValue>> stored = query::select(
        m_db,
        QStringLiteral(
            "SELECT code, number, text, cell FROM transparency_report_value WHERE report_id = :id"),
        {{QStringLiteral(":id"), id}}, [](const QSqlQuery &v) {
            const QVariant value = v.value(1).isNull() ? QVariant(v.value(2).toString())
                                                       : QVariant(v.value(1).toLongLong());
            return ReportValue{v.value(0).toString(), value, v.value(3).toString()};
        });
    if (!stored)
        return std::nullopt;
    QHash<QString, ReportValue> byCode;
    for (const ReportValue &v : *stored)
        byCode.insert(v.code, v);
    if (byCode.isEmpty() && r.fileSha256.isEmpty())
        return std::nullopt;
    for (const FormIndicator &indicator : FormIndicators::all()) { // in the form's order
        const auto it = byCode.constFind(FormIndicators::code(indicator));
        if (it != byCode.constEnd())
            r.values << *it;
    }
    return found;
}

Result<ReceiveOutcome> AnnualReportRepository::receive(const ReceivedReport &r)
{
    using R = Result<ReceiveOutcome>;
    QStringList problems = reportProblems(r.institutionId, r.year, r.receivedOn);
    for (const ReportValue &v : r.values) {
        const FormIndicator *indicator = FormIndicators::find(v.code);
        if (!indicator)
            problems << Messages::tr("%1: not a figure of the report.").arg(v.code);
        else if (indicator->kind == FigureKind::Count &&
                 (v.value.typeId() != QMetaType::LongLong || v.value.toLongLong() < 0))
            problems << Messages::tr("%1: a whole number of 0 or more is due.").arg(v.code);
    }
    if (Status s = rowwriter::problems(problems); !s)
        return R::failure(s.error());

    const std::optional<ReceivedReport> before = received(r.institutionId, r.year);
    const std::optional<AnnualReport> typed = report(r.institutionId, r.year);
    if (before && before->fileSha256 == r.fileSha256 && sameValues(before->values, r.values))
        return ReceiveOutcome::Unchanged;
    if (before && sameValues(before->values, r.values) && !before->values.isEmpty())
        return ReceiveOutcome::Unchanged;

    const rowwriter::Values values = {
        {QStringLiteral("institution_id"), r.institutionId},
        {QStringLiteral("year"), r.year},
        {QStringLiteral("received_on"), sqlvalues::date(r.receivedOn)},
        {QStringLiteral("model_id"), sqlvalues::text(r.modelId)},
        {QStringLiteral("file_name"), sqlvalues::text(r.fileName)},
        {QStringLiteral("file_sha256"), sqlvalues::text(r.fileSha256)},
        {QStringLiteral("imported_by"),
         sqlvalues::text(r.importedBy.isEmpty() ? AuditLog::osUser() : r.importedBy)},
        {QStringLiteral("imported_at"),
         (r.importedAt.isValid() ? r.importedAt : QDateTime::currentDateTimeUtc())
             .toString(Qt::ISODate)},
    };
    qint64 id = 0;
    if (typed) {
        id = typed->id;
        const QJsonObject old = before ? receivedJson(*before) : typed->toJson();
        if (Status s = rowwriter::updateRow(m_db, QStringLiteral("transparency_report"), id, values,
                                            old, receivedJson(r));
            !s)
            return R::failure(s.error());
        if (Status s = query::exec(
                m_db, QStringLiteral("DELETE FROM transparency_report_value WHERE report_id = :id"),
                {{QStringLiteral(":id"), id}});
            !s)
            return R::failure(s.error());
    } else {
        const Result<qint64> added = rowwriter::insertRow(
            m_db, QStringLiteral("transparency_report"), values, receivedJson(r));
        if (!added)
            return R::failure(added.error());
        id = added.value();
    }
    for (const ReportValue &v : r.values) {
        const bool number = v.value.typeId() == QMetaType::LongLong;
        if (Status s = query::exec(
                m_db,
                QStringLiteral(
                    "INSERT INTO transparency_report_value (report_id, code, number, text, cell) "
                    "VALUES (:report, :code, :number, :text, :cell)"),
                {{QStringLiteral(":report"), id},
                 {QStringLiteral(":code"), v.code},
                 {QStringLiteral(":number"),
                  number ? v.value : QVariant(QMetaType::fromType<qint64>())},
                 {QStringLiteral(":text"),
                  number ? QVariant(QMetaType::fromType<QString>()) : QVariant(v.value.toString())},
                 {QStringLiteral(":cell"), sqlvalues::text(v.cell)}});
            !s)
            return R::failure(s.error());
    }
    return before && !before->values.isEmpty() ? ReceiveOutcome::Replaced
                                               : ReceiveOutcome::Imported;
}

QString AnnualReportRepository::conclusions(int year) const
{
    return query::selectOne(
               m_db, QStringLiteral("SELECT text FROM transparency_conclusions WHERE year = :year"),
               {{QStringLiteral(":year"), year}},
               [](const QSqlQuery &q) { return q.value(0).toString(); })
        .value_or(QString());
}

Status AnnualReportRepository::setConclusions(int year, const QString &text)
{
    if (year < 2003 || year > 2100)
        return Status::failure(Messages::tr("Year: %1 is not a year under Law 52/2003.").arg(year));
    const QString before = conclusions(year);
    const QString after = text.trimmed();
    if (before == after)
        return {};
    return inTransaction(m_db, [&]() -> Status {
        const Status written =
            after.isEmpty()
                ? query::exec(m_db,
                              QStringLiteral("DELETE FROM transparency_conclusions WHERE year = "
                                             ":year"),
                              {{QStringLiteral(":year"), year}})
                : query::exec(
                      m_db,
                      QStringLiteral(
                          "INSERT INTO transparency_conclusions (year, text, updated_by, "
                          "updated_at) VALUES (:year, :text, :by, :at) ON CONFLICT (year) DO "
                          "UPDATE SET text = excluded.text, updated_by = excluded.updated_by, "
                          "updated_at = excluded.updated_at"),
                      {{QStringLiteral(":year"), year},
                       {QStringLiteral(":text"), after},
                       {QStringLiteral(":by"), AuditLog::osUser()},
                       {QStringLiteral(":at"),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
        if (!written)
            return written;
        return AuditLog::record(
            m_db, QStringLiteral("transparency_conclusions"), year,
            before.isEmpty()
                ? AuditLog::Action::Insert
                : (after.isEmpty() ? AuditLog::Action::Delete : AuditLog::Action::Update),
            YearConclusions{year, before}.toJson(), YearConclusions{year, after}.toJson());
    });
}

QList<ManualFigure> AnnualReportRepository::manualFigures(qint64 institutionId, int year) const
{
    return query::selectAll(
        m_db,
        QStringLiteral("SELECT code, value, entered_by, entered_at FROM transparency_manual_figure "
                       "WHERE institution_id = :institution AND year = :year ORDER BY id"),
        ofYear(institutionId, year), [&](const QSqlQuery &q) {
            return ManualFigure{
                institutionId,         year,
                q.value(0).toString(), q.value(1).toLongLong(),
                q.value(2).toString(), QDateTime::fromString(q.value(3).toString(), Qt::ISODate)};
        });
}

Status AnnualReportRepository::setManualFigure(qint64 institutionId, int year, const QString &code,
                                               qint64 value, const QString &enteredBy)
{
    const FormIndicator *indicator = FormIndicators::find(code);
    if (!indicator)
        return Status::failure(
            Messages::tr("Code: %1 is not a figure of the evaluation form.").arg(code));
    if (indicator->kind != FigureKind::Count)
        return Status::failure(
            Messages::tr("%1: this figure is not a number typed from a report.").arg(code));
    if (value < 0)
        return Status::failure(Messages::tr("%1: the number cannot be negative.").arg(code));
    if (AnnualFigures::recordsProvide(m_db, institutionId, year, code))
        return Status::failure(
            Messages::tr(
                "%1: the records of %2 already provide this figure; a manual entry is allowed "
                "only where no record exists.")
                .arg(code)
                .arg(year));
    ManualFigure figure{institutionId,
                        year,
                        code,
                        value,
                        enteredBy.isEmpty() ? AuditLog::osUser() : enteredBy,
                        QDateTime::currentDateTimeUtc()};
    figure.enteredAt.setSecsSinceEpoch(figure.enteredAt.toSecsSinceEpoch());
    const rowwriter::Values values = {
        {QStringLiteral("institution_id"), institutionId},
        {QStringLiteral("year"), year},
        {QStringLiteral("code"), code},
        {QStringLiteral("value"), value},
        {QStringLiteral("entered_by"), figure.enteredBy},
        {QStringLiteral("entered_at"), figure.enteredAt.toString(Qt::ISODate)},
    };
    const Result<QList<StoredFigure>> stored = storedFigure(m_db, institutionId, year, code);
    if (!stored)
        return Status::failure(stored.error());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (!stored->isEmpty()) {
        const StoredFigure &before = stored->first();
        if (Status s =
                rowwriter::updateRow(m_db, QStringLiteral("transparency_manual_figure"), before.id,
                                     values, manualJson(before.figure), manualJson(figure), false);
            !s)
            return s;
    } else {
        if (Result<qint64> id =
                rowwriter::insertRow(m_db, QStringLiteral("transparency_manual_figure"), values,
                                     manualJson(figure), false);
            !id)
            return Status::failure(id.error());
    }
    return transaction.commit();
}

Status AnnualReportRepository::removeManualFigure(qint64 institutionId, int year,
                                                  const QString &code)
{
    const Result<QList<StoredFigure>> stored = storedFigure(m_db, institutionId, year, code);
    if (!stored || stored->isEmpty())
        return Status::failure(Messages::tr("%1: no manual entry for %2.").arg(code).arg(year));
    const StoredFigure &before = stored->first();
    return inTransaction(m_db, [&] {
        return rowwriter::deleteRow(m_db, QStringLiteral("transparency_manual_figure"), before.id,
                                    manualJson(before.figure));
    });
}

} // namespace dc
