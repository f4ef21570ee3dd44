#include "DeadlineRules.h"

#include "RomanianCalendar.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace dc {

namespace {

// Law 52/2003 on decisional transparency in public administration, republished in Monitorul
// Oficial no. 749 of 3 December 2013. Change this table when the law changes, and the table of
// how the days are counted in DeadlineRules.h and README.md with it.
constexpr std::array<DeadlineRule, 4> ruleTable = {{
    {DeadlineRuleId::AnnouncementBeforeSubmission, "art. 7(2)", 30,
     DeadlineRule::Count::WorkingDays, DeadlineRule::Bound::AtLeast,
     QT_TRANSLATE_NOOP("DeadlineRules", "announced at least 30 working days before it is sent to "
                                        "other authorities for endorsement")},
    {DeadlineRuleId::RecommendationPeriod, "art. 7(4)", 10, DeadlineRule::Count::CalendarDays,
     DeadlineRule::Bound::AtLeast,
     QT_TRANSLATE_NOOP("DeadlineRules", "at least 10 calendar days for written recommendations")},
    {DeadlineRuleId::DebateAfterPublication, "art. 7(10)", 10, DeadlineRule::Count::CalendarDays,
     DeadlineRule::Bound::AtMost,
     QT_TRANSLATE_NOOP(
         "DeadlineRules",
         "a requested public debate held within 10 days of publishing its date and place")},
    {DeadlineRuleId::MeetingAnnouncement, "art. 8", 3, DeadlineRule::Count::CalendarDays,
     DeadlineRule::Bound::AtLeast,
     QT_TRANSLATE_NOOP("DeadlineRules", "a public meeting announced at least 3 days before")},
}};

// Duties that count no days. The written justification of a rejected recommendation is counted
// by the annual report (current model, item 8.1); its name is not an article.
constexpr std::array<DeadlineRule, 2> dutyTable = {{
    {DeadlineRuleId::RequestedDebateHeld, "art. 7(9)", 0, DeadlineRule::Count::NoDays,
     DeadlineRule::Bound::AtLeast,
     QT_TRANSLATE_NOOP("DeadlineRules", "a public debate held when an association or another "
                                        "public authority asks for it in writing")},
    {DeadlineRuleId::RejectionJustified,
     QT_TRANSLATE_NOOP("DeadlineRules", "written justification"), 0, DeadlineRule::Count::NoDays,
     DeadlineRule::Bound::AtLeast,
     QT_TRANSLATE_NOOP(
         "DeadlineRules",
         "a written justification sent to the author of each rejected recommendation")},
}};

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRules)
};

// Sent for endorsement, submitted for adoption or adopted: the consultation is over, so whatever
// it needed is due.
bool leftConsultation(const DraftAct &d)
{
    return d.sentForApprovalOn.isValid() || d.submittedOn.isValid() || d.adoptedOn.isValid() ||
           d.status == DraftActStatus::Submitted || d.status == DraftActStatus::Adopted;
}

} // namespace

std::span<const DeadlineRule> DeadlineRules::rules()
{
    return ruleTable;
}

std::span<const DeadlineRule> DeadlineRules::duties()
{
    return dutyTable;
}

const DeadlineRule &DeadlineRules::rule(DeadlineRuleId id)
{
    for (const DeadlineRule &r : ruleTable) {
        if (r.id == id)
            return r;
    }
    for (const DeadlineRule &r : dutyTable) {
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
    return Messages::tr(rule(id).description);
}

QString DeadlineRules::name(const DeadlineWarning &w)
{
    if (w.kind == DeadlineWarning::Kind::CannotBeChecked)
        return article(w.rule) + QLatin1String(" cannot be checked");
    return article(w.rule);
}

QString DeadlineRules::shortName(const DeadlineWarning &w)
{
    const QString shown = Messages::tr(rule(w.rule).article);
    return w.kind == DeadlineWarning::Kind::CannotBeChecked ? shown + QLatin1Char('?') : shown;
}

QString DeadlineRules::message(const DeadlineWarning &w)
{
    const DeadlineRule &r = rule(w.rule);
    if (w.rule == DeadlineRuleId::RejectionJustified)
        return QCoreApplication::translate(
            "DeadlineRules", "%n rejected recommendation(s) without the written justification sent",
            nullptr, w.count);
    QString what;
    if (w.kind == DeadlineWarning::Kind::CannotBeChecked)
        what = Messages::tr(
            "cannot be checked without the date it was sent to other authorities for endorsement");
    else if (r.count == DeadlineRule::Count::NoDays)
        what = Messages::tr("requested, not held");
    else {
        const QString amount =
            r.count == DeadlineRule::Count::WorkingDays
                ? QCoreApplication::translate("DeadlineRules", "%n working day(s)", nullptr, w.days)
                : QCoreApplication::translate("DeadlineRules", "%n day(s)", nullptr, w.days);
        what = r.bound == DeadlineRule::Bound::AtLeast ? Messages::tr("%1 short").arg(amount)
                                                       : Messages::tr("%1 late").arg(amount);
    }
    return Messages::tr("%1 (%2): %3").arg(article(w.rule), description(w.rule), what);
}

std::optional<DeadlineWarning> DeadlineRules::check(DeadlineRuleId id, const QDate &from,
                                                    const QDate &to)
{
    const DeadlineRule &r = rule(id);
    if (!from.isValid() || !to.isValid() || r.count == DeadlineRule::Count::NoDays)
        return std::nullopt;
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
        if (d.sentForApprovalOn.isValid()) {
            if (auto w = check(DeadlineRuleId::AnnouncementBeforeSubmission, d.announcedOn,
                               d.sentForApprovalOn))
                warnings << *w;
        } else if (d.announcedOn.isValid() && leftConsultation(d)) {
            // The submission for adoption and the adoption come later: counting to them would pass
            // a draft sent for endorsement too early.
            warnings << DeadlineWarning{DeadlineRuleId::AnnouncementBeforeSubmission, 0,
                                        d.announcedOn, QDate(),
                                        DeadlineWarning::Kind::CannotBeChecked};
        }
        if (auto w = check(DeadlineRuleId::RecommendationPeriod, d.announcedOn,
                           d.recommendationsDeadline))
            warnings << *w;
    }
    if (d.debateRequested && d.debateHeld) {
        if (auto w =
                check(DeadlineRuleId::DebateAfterPublication, d.debatePublishedOn, d.debateHeldOn))
            warnings << *w;
    }
    // Art. 7(9) obliges the authority when an association or another public authority asks in
    // writing, not when a person does; the debate may still be held while the draft is in
    // consultation.
    const bool obliged = d.debateRequester == DebateRequester::Association ||
                         d.debateRequester == DebateRequester::Authority;
    if (d.procedure == DraftProcedure::Normal && d.debateRequested && obliged && !d.debateHeld &&
        leftConsultation(d))
        warnings << DeadlineWarning{DeadlineRuleId::RequestedDebateHeld, 0, d.debateRequestedOn,
                                    QDate()};
    return warnings;
}

std::optional<DeadlineWarning> DeadlineRules::check(const QList<Recommendation> &recommendations)
{
    const auto unjustified =
        std::count_if(recommendations.begin(), recommendations.end(), [](const Recommendation &r) {
            return r.decision == RecommendationDecision::Rejected && !r.rejectionJustificationSent;
        });
    if (unjustified == 0)
        return std::nullopt;
    DeadlineWarning w{DeadlineRuleId::RejectionJustified, 0, QDate(), QDate()};
    w.count = int(unjustified);
    return w;
}

QList<DeadlineWarning> DeadlineRules::check(const PublicMeeting &m)
{
    QList<DeadlineWarning> warnings;
    if (!m.isPublic || !m.heldOn.isValid())
        return warnings;
    if (!m.announcedOn.isValid()) {
        warnings << DeadlineWarning{DeadlineRuleId::MeetingAnnouncement,
                                    rule(DeadlineRuleId::MeetingAnnouncement).days, QDate(),
                                    m.heldOn};
        return warnings;
    }
    if (auto w = check(DeadlineRuleId::MeetingAnnouncement, m.announcedOn, m.heldOn))
        warnings << *w;
    return warnings;
}

} // namespace dc
