#include "DeadlineRules.h"

#include "RomanianCalendar.h"

#include <QCoreApplication>

#include <array>

namespace dc {

namespace {

// Law 52/2003 on decisional transparency in public administration, republished in Monitorul
// Oficial no. 749 of 3 December 2013. Change this table when the law changes.
constexpr std::array<DeadlineRule, 4> ruleTable = {{
    {DeadlineRuleId::AnnouncementBeforeSubmission, "art. 7(2)", 30, DeadlineRule::Count::WorkingDays,
     DeadlineRule::Bound::AtLeast,
     QT_TRANSLATE_NOOP("DeadlineRules", "announced at least 30 working days before it is submitted for approval")},
    {DeadlineRuleId::RecommendationPeriod, "art. 7(4)", 10, DeadlineRule::Count::CalendarDays,
     DeadlineRule::Bound::AtLeast,
     QT_TRANSLATE_NOOP("DeadlineRules", "at least 10 calendar days for written recommendations")},
    {DeadlineRuleId::DebateAfterPublication, "art. 7(10)", 10, DeadlineRule::Count::CalendarDays,
     DeadlineRule::Bound::AtMost,
     QT_TRANSLATE_NOOP("DeadlineRules", "a requested public debate held within 10 days of publishing its date and place")},
    {DeadlineRuleId::MeetingAnnouncement, "art. 8", 3, DeadlineRule::Count::CalendarDays,
     DeadlineRule::Bound::AtLeast,
     QT_TRANSLATE_NOOP("DeadlineRules", "a public meeting announced at least 3 days before")},
}};

} // namespace

std::span<const DeadlineRule> DeadlineRules::rules()
{
    return ruleTable;
}

const DeadlineRule &DeadlineRules::rule(DeadlineRuleId id)
{
    for (const DeadlineRule &r : ruleTable) {
        if (r.id == id)
            return r;
    }
    return ruleTable.front();
}

QString DeadlineRules::article(DeadlineRuleId id)
{
    return QString::fromUtf8(rule(id).article);
}

QString DeadlineRules::description(DeadlineRuleId id)
{
    return QCoreApplication::translate("DeadlineRules", rule(id).description);
}

QString DeadlineRules::message(const DeadlineWarning &w)
{
    const DeadlineRule &r = rule(w.rule);
    QString amount;
    if (r.count == DeadlineRule::Count::WorkingDays)
        amount = QCoreApplication::translate("DeadlineRules", "%n working day(s)", nullptr, w.days);
    else
        amount = QCoreApplication::translate("DeadlineRules", "%n day(s)", nullptr, w.days);
    const QString what = r.bound == DeadlineRule::Bound::AtLeast
                             ? QCoreApplication::translate("DeadlineRules", "%1 short").arg(amount)
                             : QCoreApplication::translate("DeadlineRules", "%1 late").arg(amount);
    return QCoreApplication::translate("DeadlineRules", "%1 (%2): %3")
        .arg(article(w.rule), description(w.rule), what);
}

std::optional<DeadlineWarning> DeadlineRules::check(DeadlineRuleId id, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    const DeadlineRule &r = rule(id);
    const qint64 measured = r.count == DeadlineRule::Count::WorkingDays
                                ? RomanianCalendar::workingDaysBetween(from, to)
                                : from.daysTo(to);
    qint64 broken = 0;
    if (r.bound == DeadlineRule::Bound::AtLeast && measured < r.days)
        broken = r.days - measured;
    else if (r.bound == DeadlineRule::Bound::AtMost && measured > r.days)
        broken = measured - r.days;
    if (broken <= 0)
        return std::nullopt;
    return DeadlineWarning{id, int(broken), from, to};
}

QList<DeadlineWarning> DeadlineRules::check(const DraftAct &d)
{
    QList<DeadlineWarning> warnings;
    if (d.procedure == DraftProcedure::Normal) {
        const QDate submitted = d.submittedOn.isValid() ? d.submittedOn : d.adoptedOn;
        if (auto w = check(DeadlineRuleId::AnnouncementBeforeSubmission, d.announcedOn, submitted))
            warnings << *w;
        if (auto w = check(DeadlineRuleId::RecommendationPeriod, d.announcedOn, d.recommendationsDeadline))
            warnings << *w;
    }
    if (d.debateRequested && d.debateHeld) {
        if (auto w = check(DeadlineRuleId::DebateAfterPublication, d.debatePublishedOn, d.debateHeldOn))
            warnings << *w;
    }
    return warnings;
}

QList<DeadlineWarning> DeadlineRules::check(const PublicMeeting &m)
{
    QList<DeadlineWarning> warnings;
    if (!m.isPublic || !m.heldOn.isValid())
        return warnings;
    if (!m.announcedOn.isValid()) {
        warnings << DeadlineWarning{DeadlineRuleId::MeetingAnnouncement, rule(DeadlineRuleId::MeetingAnnouncement).days,
                                    QDate(), m.heldOn};
        return warnings;
    }
    if (auto w = check(DeadlineRuleId::MeetingAnnouncement, m.announcedOn, m.heldOn))
        warnings << *w;
    return warnings;
}

} // namespace dc
