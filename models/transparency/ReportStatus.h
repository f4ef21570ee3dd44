#pragma once

#include "Institution.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dc {

/// Where an institution's annual report for a year stands.
struct ReportStatus
{
    Q_DECLARE_TR_FUNCTIONS(ReportStatus)

public:
    enum class State
    {
        Received, ///< on or before the deadline
        Late,     ///< received after the deadline
        Missing,  ///< not received (late once the deadline has passed)
    };

    Institution institution;
    State state = State::Missing;
    QDate receivedOn; ///< received or late
    QDate deadline;
    int daysLate = 0; ///< calendar days past the deadline: until it was received, or until today

    /// "received", "late", "missing": the headless commands' words.
    static QString stateCode(State state);
    static QString stateName(State state);
    /// True when the deadline has passed and nothing arrived: the institutions to remind.
    bool overdue() const { return state == State::Missing && daysLate > 0; }

    /// The deadline of the reports on @p year: the day and month kept in the database (15 May by
    /// default, Preferences) of the following year.
    static QDate deadlineOf(const QSqlDatabase &db, int year);
    /// The day and month of the deadline, as "MM-DD".
    static QString deadlineDayMonth(const QSqlDatabase &db);
    static Status setDeadlineDayMonth(QSqlDatabase db, int month, int day);

    /// Every institution's status for @p year, in Romanian alphabetical order; @p today counts the
    /// days of those still missing.
    static Result<QList<ReportStatus>> forYear(const QSqlDatabase &db, int year,
                                               const QDate &today = QDate::currentDate());
};

} // namespace dc
