#include "DraftAct.h"

#include "core/AuditJson.h"
#include "core/CodeTable.h"
#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DraftAct)
};

constexpr codetable::Entry<DraftActKind> kinds[] = {
    {DraftActKind::Law, "law", QT_TRANSLATE_NOOP("DraftAct", "law")},
    {DraftActKind::GovernmentDecision, "government_decision",
     QT_TRANSLATE_NOOP("DraftAct", "government decision")},
    {DraftActKind::EmergencyOrdinance, "emergency_ordinance",
     QT_TRANSLATE_NOOP("DraftAct", "emergency ordinance")},
    {DraftActKind::GovernmentOrdinance, "government_ordinance",
     QT_TRANSLATE_NOOP("DraftAct", "government ordinance")},
    {DraftActKind::Order, "order", QT_TRANSLATE_NOOP("DraftAct", "order")},
    {DraftActKind::LocalCouncilDecision, "local_council_decision",
     QT_TRANSLATE_NOOP("DraftAct", "local council decision")},
    {DraftActKind::CountyCouncilDecision, "county_council_decision",
     QT_TRANSLATE_NOOP("DraftAct", "county council decision")},
    {DraftActKind::Other, "other", QT_TRANSLATE_NOOP("DraftAct", "other")},
};

constexpr codetable::Entry<DraftActStatus> statuses[] = {
    {DraftActStatus::InPreparation, "in_preparation",
     QT_TRANSLATE_NOOP("DraftAct", "in preparation")},
    {DraftActStatus::Announced, "announced", QT_TRANSLATE_NOOP("DraftAct", "announced")},
    {DraftActStatus::Submitted, "submitted",
     QT_TRANSLATE_NOOP("DraftAct", "submitted for approval")},
    {DraftActStatus::Adopted, "adopted", QT_TRANSLATE_NOOP("DraftAct", "adopted")},
    {DraftActStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("DraftAct", "withdrawn")},
};

constexpr codetable::Entry<DraftProcedure> procedures[] = {
    {DraftProcedure::Normal, "normal", QT_TRANSLATE_NOOP("DraftAct", "normal")},
    {DraftProcedure::Urgency, "urgency", QT_TRANSLATE_NOOP("DraftAct", "urgency procedure")},
    {DraftProcedure::Exempt, "exempt", QT_TRANSLATE_NOOP("DraftAct", "exception of the law")},
};

constexpr codetable::Entry<DebateRequester> requesters[] = {
    {DebateRequester::None, "", ""},
    {DebateRequester::Association, "association", QT_TRANSLATE_NOOP("DraftAct", "association")},
    {DebateRequester::Person, "person", QT_TRANSLATE_NOOP("DraftAct", "person")},
    {DebateRequester::Authority, "authority", QT_TRANSLATE_NOOP("DraftAct", "public authority")},
};

} // namespace

QString draftActKindCode(DraftActKind kind)
{
    return codetable::codeOf(kinds, kind);
}
DraftActKind draftActKindFromCode(const QString &code)
{
    return codetable::valueOf(kinds, code, DraftActKind::Other);
}
QString draftActKindName(DraftActKind kind)
{
    return Messages::tr(codetable::byValue(kinds, kind).name);
}
QString draftActStatusCode(DraftActStatus status)
{
    return codetable::codeOf(statuses, status);
}
DraftActStatus draftActStatusFromCode(const QString &code)
{
    return codetable::valueOf(statuses, code, DraftActStatus::Announced);
}
QString draftActStatusName(DraftActStatus status)
{
    return Messages::tr(codetable::byValue(statuses, status).name);
}
QString draftProcedureCode(DraftProcedure p)
{
    return codetable::codeOf(procedures, p);
}
DraftProcedure draftProcedureFromCode(const QString &code)
{
    return codetable::valueOf(procedures, code, DraftProcedure::Normal);
}
QString draftProcedureName(DraftProcedure p)
{
    return Messages::tr(codetable::byValue(procedures, p).name);
}
QString debateRequesterCode(DebateRequester r)
{
    return codetable::codeOf(requesters, r);
}
DebateRequester debateRequesterFromCode(const QString &code)
{
    return codetable::valueOf(requesters, code, DebateRequester::None);
}

QJsonObject DraftAct::toJson() const
{
    AuditJson json;
    json.insert("institution_id", institutionId);
    json.text("title", title);
    json.text("kind", draftActKindCode(kind));
    json.text("status", draftActStatusCode(status));
    json.date("announced_on", announcedOn);
    json.flag("announced_website", announcedOnWebsite);
    json.flag("announced_headquarters", announcedAtHeadquarters);
    json.flag("announced_media", announcedInMedia);
    json.date("recommendations_deadline", recommendationsDeadline);
    json.date("sent_for_approval_on", sentForApprovalOn);
    json.date("submitted_on", submittedOn);
    json.date("adopted_on", adoptedOn);
    json.text("procedure", draftProcedureCode(procedure));
    json.text("procedure_reason", procedureReason);
    json.count("info_requests_persons", infoRequestsFromPersons);
    json.count("info_requests_associations", infoRequestsFromAssociations);
    json.flag("sent_to_persons", sentToPersons);
    json.flag("sent_to_associations", sentToAssociations);
    json.flag("debate_requested", debateRequested);
    json.text("debate_requester_kind", debateRequesterCode(debateRequester));
    json.id("debate_requester_org_id", debateRequesterOrganizationId);
    json.text("debate_requester_name", debateRequesterName);
    json.date("debate_requested_on", debateRequestedOn);
    json.flag("debate_held", debateHeld);
    json.date("debate_published_on", debatePublishedOn);
    json.date("debate_held_on", debateHeldOn);
    json.text("debate_place", debatePlace);
    json.flag("debate_online", debateOnline);
    json.number("debate_participants", debateParticipants);
    json.text("notes", notes);
    return json.object();
}

void normalizeDraftAct(DraftAct &d)
{
    d.title = text::normalized(d.title);
    d.procedureReason = text::normalized(d.procedureReason);
    d.debateRequesterName = text::normalized(d.debateRequesterName);
    d.debatePlace = text::normalized(d.debatePlace);
    d.notes = d.notes.trimmed();
    if (d.procedure == DraftProcedure::Normal)
        d.procedureReason.clear();
    if (!d.debateRequested) {
        d.debateRequester = DebateRequester::None;
        d.debateRequesterOrganizationId = 0;
        d.debateRequesterName.clear();
        d.debateRequestedOn = QDate();
    } else if (d.debateRequesterOrganizationId > 0) {
        d.debateRequester = DebateRequester::Association;
    }
}

QStringList validateDraftAct(const DraftAct &d)
{
    QStringList problems;
    auto iso = [](const QDate &date) { return date.toString(Qt::ISODate); };
    if (d.institutionId <= 0)
        problems << Messages::tr("Institution: the draft needs the institution that drafts it.");
    if (d.title.isEmpty())
        problems << Messages::tr("Title: the draft needs a title.");
    if (d.status != DraftActStatus::InPreparation && d.status != DraftActStatus::Withdrawn &&
        !d.announcedOn.isValid())
        problems << Messages::tr(
                        "Announcement date: a draft that is %1 needs the date it was announced.")
                        .arg(draftActStatusName(d.status));
    if (d.adoptedOn.isValid() && d.announcedOn.isValid() && d.adoptedOn < d.announcedOn)
        problems
            << Messages::tr(
                   "Adoption date: the draft cannot be adopted (%1) before it was announced (%2).")
                   .arg(iso(d.adoptedOn), iso(d.announcedOn));
    if (d.status == DraftActStatus::Adopted && !d.adoptedOn.isValid())
        problems << Messages::tr("Adoption date: an adopted draft needs the date of adoption.");
    if (d.adoptedOn.isValid() && d.status != DraftActStatus::Adopted)
        problems << Messages::tr("Status: a draft with an adoption date is adopted.");
    if (d.sentForApprovalOn.isValid() && d.announcedOn.isValid() &&
        d.sentForApprovalOn < d.announcedOn)
        problems << Messages::tr(
                        "Sent for endorsement: the draft cannot be sent to other authorities (%1) "
                        "before it was announced (%2).")
                        .arg(iso(d.sentForApprovalOn), iso(d.announcedOn));
    if (d.adoptedOn.isValid() && d.sentForApprovalOn.isValid() && d.adoptedOn < d.sentForApprovalOn)
        problems << Messages::tr(
                        "Adoption date: the draft cannot be adopted (%1) before it was sent for "
                        "endorsement (%2).")
                        .arg(iso(d.adoptedOn), iso(d.sentForApprovalOn));
    if (d.submittedOn.isValid() && d.announcedOn.isValid() && d.submittedOn < d.announcedOn)
        problems << Messages::tr(
                        "Submission date: the draft cannot be submitted (%1) before it was "
                        "announced (%2).")
                        .arg(iso(d.submittedOn), iso(d.announcedOn));
    if (d.adoptedOn.isValid() && d.submittedOn.isValid() && d.adoptedOn < d.submittedOn)
        problems
            << Messages::tr(
                   "Adoption date: the draft cannot be adopted (%1) before it was submitted (%2).")
                   .arg(iso(d.adoptedOn), iso(d.submittedOn));
    if (d.recommendationsDeadline.isValid() && d.announcedOn.isValid() &&
        d.recommendationsDeadline < d.announcedOn)
        problems
            << Messages::tr(
                   "Deadline for recommendations: it cannot be (%1) before the announcement (%2).")
                   .arg(iso(d.recommendationsDeadline), iso(d.announcedOn));
    if (d.procedure != DraftProcedure::Normal && d.procedureReason.isEmpty())
        problems << Messages::tr("Procedure reason: the %1 needs its reason.")
                        .arg(draftProcedureName(d.procedure));
    if (d.infoRequestsFromPersons < 0)
        problems << Messages::tr("Requests from persons: the number cannot be negative.");
    if (d.infoRequestsFromAssociations < 0)
        problems << Messages::tr("Requests from associations: the number cannot be negative.");
    if (d.debateRequested && d.debateRequester == DebateRequester::None)
        problems << Messages::tr("Debate requested by: say who asked for the public debate.");
    if (d.debateRequested && d.debateRequesterOrganizationId <= 0 &&
        d.debateRequesterName.isEmpty())
        problems << Messages::tr(
            "Debate requested by: choose the organization from the registry or write "
            "the name of who asked.");
    if (d.debateRequested && d.debateRequestedOn.isValid() && d.announcedOn.isValid() &&
        d.debateRequestedOn < d.announcedOn)
        problems << Messages::tr(
                        "Debate request date: the debate cannot be requested (%1) before the draft "
                        "was announced (%2).")
                        .arg(iso(d.debateRequestedOn), iso(d.announcedOn));
    if (d.debateHeld && !d.debateHeldOn.isValid())
        problems << Messages::tr("Debate date: a debate that was held needs its date.");
    if (!d.debateHeld && d.debateHeldOn.isValid())
        problems << Messages::tr("Debate date: the debate has a date but is not marked as held.");
    if (d.debateHeldOn.isValid() && d.debateRequested && d.debateRequestedOn.isValid() &&
        d.debateHeldOn < d.debateRequestedOn)
        problems << Messages::tr(
                        "Debate date: the debate cannot be held (%1) before it was requested (%2).")
                        .arg(iso(d.debateHeldOn), iso(d.debateRequestedOn));
    if (d.debateHeldOn.isValid() && d.debatePublishedOn.isValid() &&
        d.debateHeldOn < d.debatePublishedOn)
        problems
            << Messages::tr(
                   "Debate date: the debate cannot be held (%1) before its date and place were "
                   "published (%2).")
                   .arg(iso(d.debateHeldOn), iso(d.debatePublishedOn));
    if (d.debateParticipants && *d.debateParticipants < 0)
        problems << Messages::tr("Debate participants: the number cannot be negative.");
    return problems;
}

} // namespace dc
