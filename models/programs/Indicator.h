#pragma once

#include "Event.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

/// What an indicator counts.
enum class IndicatorUnit { Persons, Events, Documents, Organizations, Other };

/// Where the achieved value comes from: typed, or counted from the edition's held events.
enum class IndicatorComputation { Manual, EventCount, ParticipantSum };

/// A result of an edition with its target and what was achieved ("100 de persoane recrutate"
/// expected, "peste 200" obtained). A plain value, free of SQL and widgets.
struct Indicator
{
    qint64 id = 0;
    qint64 editionId = 0;
    int position = 0;
    QString name;
    IndicatorUnit unit = IndicatorUnit::Other;
    std::optional<qint64> target;
    bool targetAtLeast = false; ///< "at least 10"
    std::optional<qint64> achieved;
    bool achievedAtLeast = false; ///< "over 600"
    IndicatorComputation computation = IndicatorComputation::Manual;
    std::optional<EventKind> eventKind; ///< for computed indicators: only events of this kind
    QString notes;

    bool isComputed() const { return computation != IndicatorComputation::Manual; }
    bool sameContent(const Indicator &other) const;
    QJsonObject toJson() const;
};

QString indicatorUnitCode(IndicatorUnit unit);
IndicatorUnit indicatorUnitFromCode(const QString &code);
QString indicatorUnitName(IndicatorUnit unit);
QString indicatorComputationCode(IndicatorComputation computation);
IndicatorComputation indicatorComputationFromCode(const QString &code);
QString indicatorComputationName(IndicatorComputation computation);

/// achieved / target in percent; nullopt when either is unknown or the target is 0.
std::optional<double> percentAchieved(std::optional<qint64> target, std::optional<qint64> achieved);
/// "600", "over 600", "at least 10", or "" when unknown.
QString indicatorValueText(std::optional<qint64> value, bool atLeast, bool isTarget);

void normalizeIndicator(Indicator &indicator);
/// The problems of the record, one message per problem naming the field: no name, a target or an
/// achieved value below zero, a typed achieved value on a computed indicator.
QStringList validateIndicator(const Indicator &indicator);

} // namespace dc
