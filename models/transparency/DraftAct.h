#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

/// The kind of normative act a draft would become.
enum class DraftActKind
{
    Law,
    GovernmentDecision,
    EmergencyOrdinance,
    GovernmentOrdinance,
    Order,
    LocalCouncilDecision,
    CountyCouncilDecision,
    Other
};

enum class DraftActStatus
{
    InPreparation,
    Announced,
    Submitted,
    Adopted,
    Withdrawn
};

/// How the draft went through consultation: normally, under the urgency procedure (art. 7(13)),
/// or under one of the law's exceptions (art. 5); the last two need a reason.
enum class DraftProcedure
{
    Normal,
    Urgency,
    Exempt
};

/// Who asked for a public debate.
enum class DebateRequester
{
    None,
    Association,
    Person,
    Authority
};

/// A draft normative act (proiect de act normativ) of an institution with its consultation under
/// Law 52/2003: the announcement and its channels, the deadline for written recommendations, the
/// requests for information, the public debate requested and held, the adoption.
struct DraftAct
{
    qint64 id = 0;
    qint64 institutionId = 0;
    QString title;
    DraftActKind kind = DraftActKind::GovernmentDecision;
    DraftActStatus status = DraftActStatus::Announced;

    QDate announcedOn;
    bool announcedOnWebsite = false;
    bool announcedAtHeadquarters = false;
    bool announcedInMedia = false;
    QDate recommendationsDeadline;
    /// Sent to other authorities for their endorsement ("supunerea spre avizare"): art. 7(2)
    /// counts its 30 working days from the announcement up to this day. Empty until it is sent.
    QDate sentForApprovalOn;
    QDate
        submittedOn; ///< submitted for adoption ("transmis spre aprobare"), after the endorsements
    QDate adoptedOn;
    DraftProcedure procedure = DraftProcedure::Normal;
    QString procedureReason;

    int infoRequestsFromPersons = 0;
    int infoRequestsFromAssociations = 0;
    bool sentToPersons = false;      ///< sent to the persons who asked for it
    bool sentToAssociations = false; ///< sent to the associations who asked for it

    bool debateRequested = false;
    DebateRequester debateRequester = DebateRequester::None;
    qint64 debateRequesterOrganizationId = 0; ///< an NGO from the registry, or 0
    QString debateRequesterName;              ///< another party, when not from the registry
    QDate debateRequestedOn;
    bool debateHeld = false;
    QDate debatePublishedOn; ///< the day its date and place were made public
    QDate debateHeldOn;
    QString debatePlace;
    bool debateOnline = false;
    std::optional<int> debateParticipants;
    QString notes;

    QJsonObject toJson() const;
};

QString draftActKindCode(DraftActKind kind);
DraftActKind draftActKindFromCode(const QString &code);
QString draftActKindName(DraftActKind kind);
QString draftActStatusCode(DraftActStatus status);
DraftActStatus draftActStatusFromCode(const QString &code);
QString draftActStatusName(DraftActStatus status);
QString draftProcedureCode(DraftProcedure procedure);
DraftProcedure draftProcedureFromCode(const QString &code);
QString draftProcedureName(DraftProcedure procedure);
/// Empty for None.
QString debateRequesterCode(DebateRequester requester);
DebateRequester debateRequesterFromCode(const QString &code);

void normalizeDraftAct(DraftAct &draft);
/// Every problem of the record, each message naming its field; empty when it can be saved. A
/// broken legal deadline is not a problem here (see DeadlineRules): the record says what happened.
QStringList validateDraftAct(const DraftAct &draft);

} // namespace dc
