#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dc {

/// Where an edition stands.
enum class EditionStatus
{
    Planned,
    Running,
    Closed,
    Cancelled
};

/// One edition of a program (ediția a II-a, 2021): number, year, period, objective. A plain value,
/// free of SQL and widgets.
struct Edition
{
    qint64 id = 0;
    qint64 programId = 0;
    int number = 0;
    int year = 0;
    QDate startDate;
    QDate endDate;
    QString objective;
    EditionStatus status = EditionStatus::Planned;
    QString notes;
    /// The themes debated over the whole series of events (seed 004 gives them once for all 13
    /// videoconferences), not on each event: the central theme and the other themes.
    QString centralTheme;
    QStringList otherThemes;

    /// Whether the period is stated: no seed gives the 2021 edition's, and none is made up.
    bool hasPeriod() const { return startDate.isValid() && endDate.isValid(); }
    /// Whether @p date falls in the period, or in the edition's year when the period is unknown.
    bool contains(const QDate &date) const;
    /// Whether @p date is outside a stated period, or outside the edition's year when no bound is
    /// stated (a warning, never a refusal); a bound that is not stated is not crossed.
    bool isOutsidePeriod(const QDate &date) const;
    bool sameContent(const Edition &other) const;
    QJsonObject toJson() const;
};

QString editionStatusCode(EditionStatus status);
EditionStatus editionStatusFromCode(const QString &code);
QString editionStatusName(EditionStatus status);

void normalizeEdition(Edition &edition);
/// The problems of the record, one message per problem naming the field: no program, a number
/// below 1 or an end before the start. The period may be unknown. Empty when it can be saved.
QStringList validateEdition(const Edition &edition);

} // namespace dc
