#include "documents/BodyMembershipList.h"
#include "core/Dates.h"

#include "bodies/BodyRepository.h"
#include "bodies/BodyRules.h"
#include "core/Language.h"
#include "transparency/InstitutionRepository.h"

#include <QHash>

namespace dc::reports {

namespace {

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("–");
}

} // namespace

ReportDocument BodyMembershipList::build(const QSqlDatabase &db, qint64 bodyId,
                                         const QDate &todayIn)
{
    const QDate today = dayOrToday(todayIn);
    ReportDocument doc;
    doc.title = tr("Membership list");
    doc.generatedOn = today;
    doc.language = Language::current();
    doc.figures.header = {QStringLiteral("member"),      QStringLiteral("representative"),
                          QStringLiteral("role"),        QStringLiteral("mandate_start"),
                          QStringLiteral("mandate_end"), QStringLiteral("meetings"),
                          QStringLiteral("attended"),    QStringLiteral("percent")};
    const BodyRepository repository(db);
    const std::optional<ConsultativeBody> body = repository.body(bodyId);
    if (!body)
        return doc;
    doc.subtitle = body->name;

    QStringList facts;
    facts
        << tr("Kind: %1; status: %2.").arg(bodyKindName(body->kind), bodyStatusName(body->status));
    if (!body->actNumber.isEmpty())
        facts << tr("Set up by act no. %1 of %2.").arg(body->actNumber, day(body->actDate));
    if (const std::optional<Institution> secretariat =
            InstitutionRepository(db).find(body->secretariatInstitutionId))
        facts << tr("Secretariat: %1.").arg(secretariat->name);
    if (body->mandateMonths) {
        const int months = *body->mandateMonths;
        facts << tr("Mandate of %n month(s).", nullptr, months);
    }
    if (body->quorum) {
        const int quorum = *body->quorum;
        facts << tr("Quorum of %n member(s).", nullptr, quorum);
    }
    if (body->status == BodyStatus::Dissolved && body->dissolvedOn.isValid())
        facts << tr("Dissolved on %1.").arg(day(body->dissolvedOn));
    else if (body->status == BodyStatus::Dissolved)
        facts << tr("The date it was dissolved is not known.");
    doc.add(Block::paragraph(facts.join(QLatin1Char(' '))));
    if (!body->purpose.isEmpty())
        doc.add(Block::paragraph(body->purpose));

    const QList<BodyMember> members = repository.members(bodyId);
    const QList<BodyMeeting> meetings = repository.meetings(bodyId);
    QHash<qint64, QString> names;
    for (const Seat &seat : repository.seats()) {
        if (seat.member.bodyId == bodyId)
            names.insert(seat.member.id, seat.memberName);
    }
    QHash<qint64, AttendanceRate> rates;
    for (const AttendanceRate &rate :
         BodyRules::attendance(members, meetings, QDate(1900, 1, 1), today))
        rates.insert(rate.memberId, rate);

    doc.add(Block::heading(tr("Members")));
    const int serving = BodyRules::servingVotingMembers(members, today);
    // With no member recorded, "0 voting members serve" would be a fact no source gives (the 1998
    // council had 13, per seed 000): only the absence of records is said, with the body's notes.
    if (!members.isEmpty())
        doc.add(Block::paragraph(tr("%n voting member(s) (chair and members) serve on %1; "
                                    "alternates and the secretariat "
                                    "do not count for the quorum.",
                                    nullptr, serving)
                                     .arg(day(today))));
    TableSpec table;
    table.header = {tr("Member"),        tr("Representative"), tr("Role"),
                    tr("Mandate start"), tr("Mandate end"),    tr("Attendance")};
    table.stretch = {5, 3, 2, 2, 2, 2};
    table.numericColumns = {5};
    ChartSpec chart;
    chart.kind = ChartSpec::Kind::HorizontalBars;
    chart.title = tr("Attendance rate per member");
    chart.percent = true;
    chart.valueAxisTitle = tr("% of the meetings held during the mandate");
    ChartSpec::Series attendance{tr("Attendance"), {}};
    for (const BodyMember &m : members) {
        const AttendanceRate rate = rates.value(m.id);
        const QString name = names.value(m.id);
        //: Attendance of a member: %1 meetings attended, %2 meetings held, %3 percent
        const QString rateText =
            rate.meetings > 0
                ? tr("%1 of %2 (%3 %)").arg(rate.attended).arg(rate.meetings).arg(rate.percent())
                : QStringLiteral("–");
        QString end = day(m.mandateEnd);
        if (m.mandateEnd.isValid() && m.mandateEnd < today)
            end = tr("%1 (ended)").arg(end);
        table.rows << QStringList{
            name, m.representative, memberRoleName(m.role), day(m.mandateStart), end, rateText};
        doc.figures.rows << QStringList{name,
                                        m.representative,
                                        memberRoleCode(m.role),
                                        m.mandateStart.toString(Qt::ISODate),
                                        m.mandateEnd.toString(Qt::ISODate),
                                        QString::number(rate.meetings),
                                        QString::number(rate.attended),
                                        QString::number(rate.percent())};
        if (rate.meetings > 0) {
            chart.categories << name;
            chart.categoryKeys << QString::number(m.id);
            attendance.values << rate.percent();
        }
    }
    if (members.isEmpty()) {
        doc.add(Block::paragraph(tr("The body has no members recorded.")));
        if (!body->notes.isEmpty())
            doc.add(Block::paragraph(tr("Notes: %1").arg(body->notes)));
    } else
        doc.add(Block::tableBlock(table));

    doc.add(Block::heading(tr("Meetings")));
    if (meetings.isEmpty()) {
        doc.add(Block::paragraph(tr("No meeting recorded.")));
    } else {
        TableSpec list;
        list.header = {tr("Date"), tr("Agenda"), tr("Present"), tr("Decisions"), tr("Minutes")};
        list.stretch = {2, 5, 1, 5, 2};
        list.numericColumns = {2};
        for (const BodyMeeting &meeting : meetings) {
            const int present = BodyRules::presentVotingMembers(meeting, members);
            list.rows << QStringList{
                day(meeting.heldOn), meeting.agenda, QString::number(present), meeting.decisions,
                meeting.minutesPublished ? tr("published") : tr("not published")};
        }
        doc.add(Block::tableBlock(list));
        if (!chart.categories.isEmpty()) {
            chart.series << attendance;
            doc.add(Block::chartBlock(chart));
        }
    }

    const QList<BodyWarning> warnings = BodyRules::check(*body, members, meetings, today);
    if (!warnings.isEmpty()) {
        doc.add(Block::heading(tr("Warnings")));
        QStringList lines;
        for (const BodyWarning &w : warnings) {
            QString line = w.message();
            if (w.memberId > 0 && names.contains(w.memberId))
                line = names.value(w.memberId) + QStringLiteral(": ") + line;
            lines << QStringLiteral("• ") + line;
        }
        doc.add(Block::paragraph(lines.join(QLatin1Char('\n'))));
    }
    return doc;
}

} // namespace dc::reports
