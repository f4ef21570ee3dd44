#pragma once

#include "DraftAct.h"
#include "PublicMeeting.h"
#include "Recommendation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace dc {

/// The legal deadlines of Law 52/2003 (republished 2013) that the program checks, and the two
/// duties without days that it checks beside them.
enum class DeadlineRuleId
{
    AnnouncementBeforeSubmission,
    RecommendationPeriod,
    DebateAfterPublication,
    MeetingAnnouncement,
    RequestedDebateHeld, ///< art. 7(9): no days counted
    RejectionJustified,  ///< a written justification of each rejection: no days counted
};

/// One rule of the table: between two dates of a record there must be at least (or at most)
/// this many working or calendar days.
struct DeadlineRule
{
    enum class Count
    {
        WorkingDays,
        CalendarDays,
        NoDays
    };
    enum class Bound
    {
        AtLeast,
        AtMost
    };

    DeadlineRuleId id;
    const char *article; ///< "art. 7(2)"; the rule's name in `transparency warnings`
    int days;
    Count count;
    Bound bound;
    const char *description; ///< translatable (context "DeadlineRules")
};

/// A warning about a rule on a record: broken (by how many days, in the rule's unit; 0 for a duty
/// without days), or not checkable because a date it counts to is missing.
struct DeadlineWarning
{
    enum class Kind
    {
        Broken,
        CannotBeChecked
    };

    DeadlineRuleId rule;
    int days = 0;
    QDate from;
    QDate to;
    Kind kind = Kind::Broken;
    int count = 0; ///< RejectionJustified: the rejections with no written justification sent
};

/// The table of the legal deadlines, in one place so that it changes with the law, and the checks
/// of draft acts, recommendations and meetings against it. A broken deadline is a warning, never
/// a refusal: the record must say what happened.
///
/// How each deadline counts its days. README.md ("The deadlines of Law 52/2003") has the same
/// tables, and tests/transparency/tst_deadlines.cpp (countingRules) checks each rule on both
/// sides of its boundary: change the three together.
///
/// | rule       | day 0, not counted    | last day, counted     | unit          | kept when   |
/// |------------|-----------------------|-----------------------|---------------|-------------|
/// | art. 7(2)  | draft announced       | sent for endorsement  | working days  | at least 30 |
/// | art. 7(4)  | draft announced       | recommendations until | calendar days | at least 10 |
/// | art. 7(10) | debate date published | debate held           | calendar days | at most 10  |
/// | art. 8     | meeting announced     | meeting held          | calendar days | at least 3  |
///
/// | rule       | the fixed date       | last day that keeps it | first day that breaks it |
/// |------------|----------------------|------------------------|--------------------------|
/// | art. 7(2)  | sent 2025-04-14      | announced 2025-03-03   | announced 2025-03-04     |
/// | art. 7(4)  | until 2025-03-13     | announced 2025-03-03   | announced 2025-03-04     |
/// | art. 7(10) | published 2025-03-10 | held 2025-03-20        | held 2025-03-21          |
/// | art. 8     | held 2025-05-20      | announced 2025-05-17   | announced 2025-05-18     |
///
/// - Day 0, the day the period starts from, never counts; the last day counts. A period of N
///   days is kept when the later event falls on day N or after it (at least), or on day N or
///   before it (at most).
/// - Working days leave out Saturdays, Sundays and Romania's legal holidays (RomanianCalendar):
///   a last day that is not a working day adds nothing. Calendar days count every day, holidays
///   too, and a period is not extended when it ends on a holiday.
/// - Art. 7(2) and 7(4) are not checked under the urgency procedure or an exception of the law.
///   Art. 7(2) counts to the day the draft is sent to other authorities for endorsement, never to
///   its submission for adoption or its adoption: a draft submitted or adopted without that date
///   gets "cannot be checked".
/// - Checked without counting days: art. 7(9), a public debate requested in writing by an
///   association or another public authority and not held once the draft has left its
///   consultation; and a rejected recommendation whose written justification was not sent.
class DeadlineRules final
{
public:
    /// The deadlines that count days, in the order of the law.
    static std::span<const DeadlineRule> rules();
    /// The duties without days (art. 7(9), the written justification of a rejection).
    static std::span<const DeadlineRule> duties();
    static const DeadlineRule &rule(DeadlineRuleId id);
    /// "art. 7(2)".
    static QString article(DeadlineRuleId id);
    /// "announced at least 30 working days before it is sent to other authorities for endorsement".
    static QString description(DeadlineRuleId id);
    /// The warning's stable name, untranslated, for `transparency warnings` and raw values: the
    /// article, or "art. 7(2) cannot be checked".
    static QString name(const DeadlineWarning &warning);
    /// "art. 7(2)", or "art. 7(2)?" when it cannot be checked: short enough for a table cell.
    static QString shortName(const DeadlineWarning &warning);
    /// "art. 7(2): announced 3 working days too late (...)", for a record or a tooltip.
    static QString message(const DeadlineWarning &warning);

    /// Measures the days between @p from and @p to as the rule counts them; a warning when the
    /// rule is broken. Nothing when either date is missing, or for a duty without days.
    static std::optional<DeadlineWarning> check(DeadlineRuleId id, const QDate &from,
                                                const QDate &to);

    /// Art. 7(2) (announcement to the sending for endorsement, "cannot be checked" without it once
    /// the draft is submitted or adopted) and 7(4) (announcement to the deadline for
    /// recommendations), both skipped under the urgency procedure or an exception of the law;
    /// art. 7(10) for a requested debate held, art. 7(9) for one not held.
    static QList<DeadlineWarning> check(const DraftAct &draft);
    /// The rejected recommendations of a draft with no written justification sent: one warning
    /// that counts them, or nothing.
    static std::optional<DeadlineWarning> check(const QList<Recommendation> &recommendations);
    /// Art. 8 for a public meeting; a public meeting with no announcement date breaks it by the
    /// full 3 days.
    static QList<DeadlineWarning> check(const PublicMeeting &meeting);
};

} // namespace dc
