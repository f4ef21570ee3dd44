#include "Indicator.h"

#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Indicator", text);
}

QJsonValue optionalJson(std::optional<qint64> v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

} // namespace

bool Indicator::sameContent(const Indicator &o) const
{
    return editionId == o.editionId && position == o.position && name == o.name && unit == o.unit
           && target == o.target && targetAtLeast == o.targetAtLeast && achieved == o.achieved
           && achievedAtLeast == o.achievedAtLeast && computation == o.computation && eventKind == o.eventKind
           && notes == o.notes;
}

QJsonObject Indicator::toJson() const
{
    return {{QStringLiteral("edition_id"), editionId},
            {QStringLiteral("position"), position},
            {QStringLiteral("name"), name},
            {QStringLiteral("unit"), indicatorUnitCode(unit)},
            {QStringLiteral("target"), optionalJson(target)},
            {QStringLiteral("target_at_least"), targetAtLeast},
            {QStringLiteral("achieved"), optionalJson(achieved)},
            {QStringLiteral("achieved_at_least"), achievedAtLeast},
            {QStringLiteral("computation"), indicatorComputationCode(computation)},
            {QStringLiteral("event_kind"), eventKind ? eventKindCode(*eventKind) : QString()},
            {QStringLiteral("notes"), notes}};
}

QString indicatorUnitCode(IndicatorUnit unit)
{
    switch (unit) {
    case IndicatorUnit::Persons: return QStringLiteral("persons");
    case IndicatorUnit::Events: return QStringLiteral("events");
    case IndicatorUnit::Documents: return QStringLiteral("documents");
    case IndicatorUnit::Organizations: return QStringLiteral("organizations");
    case IndicatorUnit::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

IndicatorUnit indicatorUnitFromCode(const QString &code)
{
    for (IndicatorUnit u : {IndicatorUnit::Persons, IndicatorUnit::Events, IndicatorUnit::Documents,
                            IndicatorUnit::Organizations, IndicatorUnit::Other}) {
        if (indicatorUnitCode(u) == code)
            return u;
    }
    return IndicatorUnit::Other;
}

QString indicatorUnitName(IndicatorUnit unit)
{
    switch (unit) {
    case IndicatorUnit::Persons: return tr("persons");
    case IndicatorUnit::Events: return tr("events");
    case IndicatorUnit::Documents: return tr("documents");
    case IndicatorUnit::Organizations: return tr("organizations");
    case IndicatorUnit::Other: return tr("other");
    }
    return {};
}

QString indicatorComputationCode(IndicatorComputation c)
{
    switch (c) {
    case IndicatorComputation::Manual: return QStringLiteral("manual");
    case IndicatorComputation::EventCount: return QStringLiteral("event_count");
    case IndicatorComputation::ParticipantSum: return QStringLiteral("participant_sum");
    }
    return QStringLiteral("manual");
}

IndicatorComputation indicatorComputationFromCode(const QString &code)
{
    if (code == QLatin1String("event_count"))
        return IndicatorComputation::EventCount;
    if (code == QLatin1String("participant_sum"))
        return IndicatorComputation::ParticipantSum;
    return IndicatorComputation::Manual;
}

QString indicatorComputationName(IndicatorComputation c)
{
    switch (c) {
    case IndicatorComputation::Manual: return tr("typed");
    case IndicatorComputation::EventCount: return tr("count of held events");
    case IndicatorComputation::ParticipantSum: return tr("sum of participants of held events");
    }
    return {};
}

std::optional<double> percentAchieved(std::optional<qint64> target, std::optional<qint64> achieved)
{
    if (!target || !achieved || *target <= 0)
        return std::nullopt;
    return 100.0 * double(*achieved) / double(*target);
}

QString indicatorValueText(std::optional<qint64> value, bool atLeast, bool isTarget)
{
    if (!value)
        return {};
    if (!atLeast)
        return QString::number(*value);
    return isTarget ? tr("at least %1").arg(*value) : tr("over %1").arg(*value);
}

void normalizeIndicator(Indicator &i)
{
    i.name = text::normalized(i.name);
    i.notes = i.notes.trimmed();
    if (!i.isComputed())
        i.eventKind.reset();
}

QStringList validateIndicator(const Indicator &i)
{
    QStringList problems;
    if (i.editionId <= 0)
        problems << tr("Edition: the indicator belongs to no edition.");
    if (i.name.isEmpty())
        problems << tr("Name: the indicator needs a name.");
    if (i.target && *i.target < 0)
        problems << tr("Target: %1 is below zero; a target is zero or more.").arg(*i.target);
    if (i.achieved && *i.achieved < 0)
        problems << tr("Achieved: %1 is below zero; an achieved value is zero or more.").arg(*i.achieved);
    if (i.isComputed() && i.achieved)
        problems << tr("Achieved: this indicator is computed from the events; it cannot be typed.");
    return problems;
}

} // namespace dc
