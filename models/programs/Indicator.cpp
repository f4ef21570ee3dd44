#include "Indicator.h"

#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Indicator)
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
    switch (unit) {
    case IndicatorUnit::Persons:
        return QStringLiteral("persons");
    case IndicatorUnit::Events:
        return QStringLiteral("events");
    case IndicatorUnit::Documents:
        return QStringLiteral("documents");
    case IndicatorUnit::Organizations:
        return QStringLiteral("organizations");
    case IndicatorUnit::Other:
        return QStringLiteral("other");
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
    case IndicatorUnit::Persons:
        return Messages::tr("persons");
    case IndicatorUnit::Events:
        return Messages::tr("events");
    case IndicatorUnit::Documents:
        return Messages::tr("documents");
    case IndicatorUnit::Organizations:
        return Messages::tr("organizations");
    case IndicatorUnit::Other:
        return Messages::tr("other");
    }
    return {};
}

QString indicatorComputationCode(IndicatorComputation c)
{
    switch (c) {
    case IndicatorComputation::Manual:
        return QStringLiteral("manual");
    case IndicatorComputation::EventCount:
        return QStringLiteral("event_count");
    case IndicatorComputation::ParticipantSum:
        return QStringLiteral("participant_sum");
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
    case IndicatorComputation::Manual:
        return Messages::tr("typed");
    case IndicatorComputation::EventCount:
        return Messages::tr("count of held events");
    case IndicatorComputation::ParticipantSum:
        return Messages::tr("sum of participants of held events");
    }
    return {};
}

std::optional<double> percentAchieved(std::optional<qint64> target, std::optional<qint64> achieved)
{
    if (!target || !achieved || *target <= 0)
        return std::nullopt;
    return 100.0 * double(*achieved) / double(*target);
}

QString valueQualifierCode(ValueQualifier qualifier)
{
    switch (qualifier) {
    case ValueQualifier::Exactly:
        return QStringLiteral("exactly");
    case ValueQualifier::AtLeast:
        return QStringLiteral("at_least");
    case ValueQualifier::Over:
        return QStringLiteral("over");
    case ValueQualifier::About:
        return QStringLiteral("about");
    }
    return QStringLiteral("exactly");
}

ValueQualifier valueQualifierFromCode(const QString &code)
{
    for (const ValueQualifier q : allValueQualifiers()) {
        if (valueQualifierCode(q) == code)
            return q;
    }
    return ValueQualifier::Exactly;
}

QList<ValueQualifier> allValueQualifiers()
{
    return {ValueQualifier::Exactly, ValueQualifier::AtLeast, ValueQualifier::Over,
            ValueQualifier::About};
}

QString valueQualifierName(ValueQualifier qualifier)
{
    switch (qualifier) {
    //: How an indicator's value is meant: exactly this number
    case ValueQualifier::Exactly:
        return Messages::tr("exactly");
    //: How an indicator's value is meant: this number or more
    case ValueQualifier::AtLeast:
        return Messages::tr("at least");
    //: How an indicator's value is meant: more than this number ("peste 600")
    case ValueQualifier::Over:
        return Messages::tr("over");
    //: How an indicator's value is meant: close to this number
    case ValueQualifier::About:
        return Messages::tr("about");
    }
    return {};
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
