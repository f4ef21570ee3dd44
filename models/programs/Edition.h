#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dc {

/// Where an edition stands.
enum class EditionStatus { Planned, Running, Closed, Cancelled };

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

    bool contains(const QDate &date) const { return date >= startDate && date <= endDate; }
    bool sameContent(const Edition &other) const;
    QJsonObject toJson() const;
};

QString editionStatusCode(EditionStatus status);
EditionStatus editionStatusFromCode(const QString &code);
QString editionStatusName(EditionStatus status);

void normalizeEdition(Edition &edition);
/// The problems of the record, one message per problem naming the field: no program, a number
/// below 1, a missing period or an end before the start. Empty when it can be saved.
QStringList validateEdition(const Edition &edition);

} // namespace dc
