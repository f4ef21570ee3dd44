#include "Indicator.h"

#include "core/CodeTable.h"
#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Indicator)
};

constexpr codetable::Entry<IndicatorUnit> units[] = {
    {IndicatorUnit::Persons, "persons", QT_TRANSLATE_NOOP("Indicator", "persons")},
    {IndicatorUnit::Events, "events", QT_TRANSLATE_NOOP("Indicator", "events")},
    {IndicatorUnit::Documents, "documents", QT_TRANSLATE_NOOP("Indicator", "documents")},
    {IndicatorUnit::Organizations, "organizations",
     QT_TRANSLATE_NOOP("Indicator", "organizations")},
    {IndicatorUnit::Other, "other", QT_TRANSLATE_NOOP("Indicator", "other")},
};

constexpr codetable::Entry<IndicatorComputation> computations[] = {
    {IndicatorComputation::Manual, "manual", QT_TRANSLATE_NOOP("Indicator", "typed")},
    {IndicatorComputation::EventCount, "event_count",
     QT_TRANSLATE_NOOP("Indicator", "count of held events")},
    {IndicatorComputation::ParticipantSum, "participant_sum",
     QT_TRANSLATE_NOOP("Indicator", "sum of participants of held events")},
};

constexpr codetable::Entry<ValueQualifier> qualifiers[] = {
    //: How an indicator's value is meant: exactly this number
    {ValueQualifier::Exactly, "exactly", QT_TRANSLATE_NOOP("Indicator", "exactly")},
    //: How an indicator's value is meant: this number or more
    {ValueQualifier::AtLeast, "at_least", QT_TRANSLATE_NOOP("Indicator", "at least")},
    //: How an indicator's value is meant: more than this number ("peste 600")
    {ValueQualifier::Over, "over", QT_TRANSLATE_NOOP("Indicator", "over")},
    //: How an indicator's value is meant: close to this number
    {ValueQualifier::About, "about", QT_TRANSLATE_NOOP("Indicator", "about")},
};

QJsonValue optionalJson(std::optional<qint64> v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

} // namespace

bool Indicator::sameContent(const Indicator &o) const
{
    return editionId == o.editionId && position == o.position && name == o.name && unit == o.unit &&
           target == o.target && targetQualifier == o.targetQualifier && achieved == o.achieved &&
           achievedQualifier == o.achievedQualifier && computation == o.computation &&
           eventKind == o.eventKind && notes == o.notes;
}

QJsonObject Indicator::toJson() const
{
    return {{QStringLiteral("edition_id"), editionId},
            {QStringLiteral("position"), position},
            {QStringLiteral("name"), name},
            {QStringLiteral("unit"), indicatorUnitCode(unit)},
            {QStringLiteral("target"), optionalJson(target)},
            {QStringLiteral("target_qualifier"), valueQualifierCode(targetQualifier)},
            {QStringLiteral("achieved"), optionalJson(achieved)},
            {QStringLiteral("achieved_qualifier"), valueQualifierCode(achievedQualifier)},
            {QStringLiteral("computation"), indicatorComputationCode(computation)},
            {QStringLiteral("event_kind"), eventKind ? eventKindCode(*eventKind) : QString()},
            {QStringLiteral("notes"), notes}};
}

QString indicatorUnitCode(IndicatorUnit unit)
{
    return codetable::codeOf(units, unit);
}

IndicatorUnit indicatorUnitFromCode(const QString &code)
{
    return codetable::valueOf(units, code, IndicatorUnit::Other);
}

QString indicatorUnitName(IndicatorUnit unit)
{
    return Messages::tr(codetable::byValue(units, unit).name);
}

QString indicatorComputationCode(IndicatorComputation c)
{
    return codetable::codeOf(computations, c);
}

IndicatorComputation indicatorComputationFromCode(const QString &code)
{
    return codetable::valueOf(computations, code, IndicatorComputation::Manual);
}

QString indicatorComputationName(IndicatorComputation c)
{
    return Messages::tr(codetable::byValue(computations, c).name);
}

std::optional<double> percentAchieved(std::optional<qint64> target, std::optional<qint64> achieved)
{
    if (!target || !achieved || *target <= 0)
        return std::nullopt;
    return 100.0 * double(*achieved) / double(*target);
}

QString valueQualifierCode(ValueQualifier qualifier)
{
    return codetable::codeOf(qualifiers, qualifier);
}

ValueQualifier valueQualifierFromCode(const QString &code)
{
    return codetable::valueOf(qualifiers, code, ValueQualifier::Exactly);
}

QList<ValueQualifier> allValueQualifiers()
{
    return codetable::values(qualifiers);
}

QString valueQualifierName(ValueQualifier qualifier)
{
    return Messages::tr(codetable::byValue(qualifiers, qualifier).name);
}

QString indicatorValueText(std::optional<qint64> value, ValueQualifier qualifier,
                           const QLocale &locale)
{
    if (!value)
        return {};
    const QString number = locale.toString(*value);
    switch (qualifier) {
    case ValueQualifier::Exactly:
        return number;
    //: An indicator's value: "at least 10"
    case ValueQualifier::AtLeast:
        return Messages::tr("at least %1").arg(number);
    //: An indicator's value: "over 600" (seed 003: "peste 600")
    case ValueQualifier::Over:
        return Messages::tr("over %1").arg(number);
    //: An indicator's value: "about 50"
    case ValueQualifier::About:
        return Messages::tr("about %1").arg(number);
    }
    return number;
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
        problems << Messages::tr("Edition: the indicator belongs to no edition.");
    if (i.name.isEmpty())
        problems << Messages::tr("Name: the indicator needs a name.");
    if (i.target && *i.target < 0)
        problems
            << Messages::tr("Target: %1 is below zero; a target is zero or more.").arg(*i.target);
    if (i.achieved && *i.achieved < 0)
        problems << Messages::tr("Achieved: %1 is below zero; an achieved value is zero or more.")
                        .arg(*i.achieved);
    if (i.isComputed() && i.achieved)
        problems << Messages::tr(
            "Achieved: this indicator is computed from the events; it cannot be typed.");
    return problems;
}

} // namespace dc
