#include "ReportStatus.h"

#include "InstitutionRepository.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

namespace {

const QLatin1String deadlineKey("transparency.report_deadline");
const QLatin1String defaultDeadline("05-15"); // 15 May of the following year

} // namespace

QString ReportStatus::stateCode(State state)
{
    switch (state) {
    case State::Received:
        return QStringLiteral("received");
    case State::Late:
        return QStringLiteral("late");
    case State::Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString ReportStatus::stateName(State state)
{
    switch (state) {
    case State::Received:
        return tr("received", "annual report");
    case State::Late:
        return tr("received late", "annual report");
    case State::Missing:
        break;
    }
    return tr("missing", "annual report");
}

QString ReportStatus::deadlineDayMonth(const QSqlDatabase &db)
{
    const std::optional<QString> stored =
        query::selectOne(db, QStringLiteral("SELECT value FROM app_setting WHERE key = :key"),
                         {{QStringLiteral(":key"), deadlineKey}},
                         [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (stored) {
        const QString &value = *stored;
        if (QDate::fromString(QStringLiteral("2024-") + value, Qt::ISODate).isValid())
            return value;
    }
    return defaultDeadline;
}

QDate ReportStatus::deadlineOf(const QSqlDatabase &db, int year)
{
    const QDate d = QDate::fromString(
        QString::number(year + 1) + QLatin1Char('-') + deadlineDayMonth(db), Qt::ISODate);
    return d.isValid() ? d : QDate(year + 1, 2, 28); // 29 February in a year without one
}

Status ReportStatus::setDeadlineDayMonth(QSqlDatabase db, int month, int day)
{
    if (!QDate(2024, month, day).isValid())
        return Status::failure(tr("Deadline: %1.%2 is not a day of the year.").arg(day).arg(month));
    const QString before = deadlineDayMonth(db);
    const QString after = QStringLiteral("%1-%2")
                              .arg(month, 2, 10, QLatin1Char('0'))
                              .arg(day, 2, 10, QLatin1Char('0'));
    if (before == after)
        return {};
    return inTransaction(db, [&]() -> Status {
        if (Status s = query::exec(
                db,
                QStringLiteral("INSERT INTO app_setting (key, value) VALUES (:key, :value) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {{QStringLiteral(":key"), deadlineKey}, {QStringLiteral(":value"), after}});
            !s)
            return s;
        return AuditLog::record(db, QStringLiteral("app_setting"), 0, AuditLog::Action::Update,
                                QJsonObject{{deadlineKey, before}},
                                QJsonObject{{deadlineKey, after}});
    });
}

Result<QList<ReportStatus>> ReportStatus::forYear(const QSqlDatabase &db, int year,
                                                  const QDate &today)
{
    using R = Result<QList<ReportStatus>>;
    const QDate due = deadlineOf(db, year);
    Result<QSqlQuery> q = query::run(
        db,
        QStringLiteral(
            "SELECT i.id, r.received_on FROM institution i LEFT JOIN transparency_report r "
            "ON r.institution_id = i.id AND r.year = :year ORDER BY i.name_sort, i.id"),
        {{QStringLiteral(":year"), year}});
    if (!q)
        return R::failure(q.error());
    const InstitutionRepository institutions(db);
    QList<ReportStatus> result;
    while (q->next()) {
        const std::optional<Institution> institution = institutions.find(q->value(0).toLongLong());
        if (!institution)
            continue;
        ReportStatus s;
        s.institution = *institution;
        s.deadline = due;
        s.receivedOn = sqlvalues::readDate(q->value(1));
        if (s.receivedOn.isValid()) {
            s.daysLate = std::max<qint64>(0, due.daysTo(s.receivedOn));
            s.state = s.daysLate > 0 ? State::Late : State::Received;
        } else {
            s.state = State::Missing;
            s.daysLate = std::max<qint64>(0, due.daysTo(today));
        }
        result << s;
    }
    return result;
}

} // namespace dc
