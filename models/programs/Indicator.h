#pragma once

#include "Event.h"

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

/// What an indicator counts.
enum class IndicatorUnit
{
    Persons,
    Events,
    Documents,
    Organizations,
    Other
};

/// How a value is meant: exactly, "at least 10", "over 600" (seed 003's "peste 600"), "about 50".
enum class ValueQualifier
{
    Exactly,
    AtLeast,
    Over,
    About
};

/// Where the achieved value comes from: typed, or counted from the edition's held events.
enum class IndicatorComputation
{
    Manual,
    EventCount,
    ParticipantSum
};

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
    ValueQualifier targetQualifier = ValueQualifier::Exactly; ///< "at least 10"
    std::optional<qint64> achieved;
    ValueQualifier achievedQualifier = ValueQualifier::Exactly; ///< "over 600"
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
QString valueQualifierCode(ValueQualifier qualifier);
ValueQualifier valueQualifierFromCode(const QString &code);
/// The qualifiers in the order a form offers them.
QList<ValueQualifier> allValueQualifiers();
/// "exactly", "at least", "over", "about" (for a form).
QString valueQualifierName(ValueQualifier qualifier);
/// "600", "over 600", "at least 10", "about 50", or "" when unknown. The number is written by
/// @p locale.
QString indicatorValueText(std::optional<qint64> value, ValueQualifier qualifier,
                           const QLocale &locale = QLocale::c());

void normalizeIndicator(Indicator &indicator);
/// The problems of the record, one message per problem naming the field: no name, a target or an
/// achieved value below zero, a typed achieved value on a computed indicator.
QStringList validateIndicator(const Indicator &indicator);

} // namespace dc
