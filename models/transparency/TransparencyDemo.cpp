#include "TransparencyDemo.h"

#include "AnnualReportRepository.h"
#include "DraftActRepository.h"
#include "InstitutionRepository.h"
#include "PublicMeetingRepository.h"
#include "core/Text.h"
#include "demo/DemoJson.h"
#include "registry/Geography.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace dc {

namespace {

bool hasChannel(const QJsonObject &o, const char *channel)
{
    return o.value(QLatin1String("channels"))
        .toArray()
        .contains(QJsonValue(QLatin1String(channel)));
}

// An existing row matched by its natural key, so that a second load adds nothing.
std::optional<qint64> existing(const QSqlDatabase &db, const QString &sql,
                               const QList<QPair<QString, QVariant>> &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const auto &[name, value] : binds)
        q.bindValue(name, value);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

class Loader
{
    Q_DECLARE_TR_FUNCTIONS(TransparencyDemo)

public:
    explicit Loader(QSqlDatabase db) : m_db(db), m_geography(Geography::load(db)) {}

    Status run(const QJsonObject &json)
    {
        return demojson::eachObject(json, "institutions",
                                    [this](const QJsonObject &o) { return institution(o); });
    }

    TransparencyDemoSummary summary;

private:
    std::optional<qint64> organization(const QString &name)
    {
        return existing(
            m_db,
            QStringLiteral("SELECT id FROM organization WHERE name_folded = :folded ORDER BY id"),
            {{QStringLiteral(":folded"), text::folded(text::normalized(name))}});
    }

    Status institution(const QJsonObject &o)
    {
        InstitutionRepository repository(m_db);
        Institution i;
        i.name = demojson::text(o, "name");
        i.kind = institutionKindFromCode(demojson::text(o, "kind"));
        if (o.contains(QLatin1String("county"))) {
            const std::optional<int> county = m_geography.findCounty(demojson::text(o, "county"));
            if (!county)
                return Status::failure(
                    tr("The demo institution %1 names an unknown county.").arg(i.name));
            i.countyId = *county;
        }
        const QJsonObject liaison = o.value(QLatin1String("liaison")).toObject();
        i.liaisonName = demojson::text(liaison, "name");
        i.liaisonFunction = demojson::text(liaison, "function");
        i.liaisonEmail = demojson::text(liaison, "email");
        i.liaisonPhone = demojson::text(liaison, "phone");
        qint64 id = 0;
        if (const auto found = repository.findIdByName(i.name)) {
            id = *found;
        } else {
            const Result<qint64> added = repository.add(i);
            if (!added)
                return Status::failure(i.name + QLatin1String(": ") + added.error());
            id = added.value();
            ++summary.institutions;
        }
        // Each kind of record of the institution, in this order, through its own loader.
        const std::pair<const char *, Status (Loader::*)(qint64, const QJsonObject &)> parts[] = {
            {"drafts", &Loader::draft},
            {"meetings", &Loader::meeting},
            {"court_cases", &Loader::courtCase},
            {"reports", &Loader::report},
        };
        for (const auto &[key, load] : parts) {
            if (Status s = demojson::eachObject(
                    o, key,
                    [&, load = load](const QJsonObject &r) { return (this->*load)(id, r); });
                !s)
                return s;
        }
        return {};
    }

    Status draft(qint64 institutionId, const QJsonObject &o)
    {
        DraftActRepository repository(m_db);
        DraftAct d;
        d.institutionId = institutionId;
        d.title = text::normalized(demojson::text(o, "title"));
        std::optional<qint64> id = existing(
            m_db,
            QStringLiteral(
                "SELECT id FROM draft_act WHERE institution_id = :institution AND title = :title"),
            {{QStringLiteral(":institution"), institutionId}, {QStringLiteral(":title"), d.title}});
        if (!id) {
            d.kind = draftActKindFromCode(demojson::text(o, "kind"));
            d.status = draftActStatusFromCode(demojson::text(o, "status"));
            d.announcedOn = demojson::date(o, "announced_on");
            d.announcedOnWebsite = hasChannel(o, "website");
            d.announcedAtHeadquarters = hasChannel(o, "headquarters");
            d.announcedInMedia = hasChannel(o, "media");
            d.recommendationsDeadline = demojson::date(o, "recommendations_deadline");
            d.sentForApprovalOn = demojson::date(o, "sent_for_approval_on");
            d.submittedOn = demojson::date(o, "submitted_on");
            d.adoptedOn = demojson::date(o, "adopted_on");
            if (o.contains(QLatin1String("procedure")))
                d.procedure = draftProcedureFromCode(demojson::text(o, "procedure"));
            d.procedureReason = demojson::text(o, "procedure_reason");
            d.infoRequestsFromPersons = demojson::number(o, "info_requests_persons");
            d.infoRequestsFromAssociations = demojson::number(o, "info_requests_associations");
            d.sentToPersons = demojson::flag(o, "sent_to_persons");
            d.sentToAssociations = demojson::flag(o, "sent_to_associations");
            const QJsonObject debate = o.value(QLatin1String("debate")).toObject();
            if (!debate.isEmpty()) {
                const QString requester = demojson::text(debate, "requested_by_organization");
                if (!requester.isEmpty()) {
                    d.debateRequested = true;
                    d.debateRequester = DebateRequester::Association;
                    if (const auto org = organization(requester))
                        d.debateRequesterOrganizationId = *org;
                    else
                        d.debateRequesterName = requester;
                    d.debateRequestedOn = demojson::date(debate, "requested_on");
                }
                d.debateHeld = debate.contains(QLatin1String("held_on"));
                d.debatePublishedOn = demojson::date(debate, "published_on");
                d.debateHeldOn = demojson::date(debate, "held_on");
                d.debatePlace = demojson::text(debate, "place");
                d.debateOnline = demojson::flag(debate, "online");
                if (debate.contains(QLatin1String("participants")))
                    d.debateParticipants = demojson::number(debate, "participants");
            }
            const Result<qint64> added = repository.add(d);
            if (!added)
                return Status::failure(d.title + QLatin1String(": ") + added.error());
            id = added.value();
            ++summary.drafts;
        }
        for (const QJsonValue &value : o.value(QLatin1String("recommendations")).toArray()) {
            const QJsonObject r = value.toObject();
            Recommendation rec;
            rec.draftId = *id;
            rec.receivedOn = demojson::date(r, "received_on");
            rec.text = demojson::text(r, "text");
            if (existing(m_db,
                         QStringLiteral("SELECT id FROM recommendation WHERE draft_id = :draft AND "
                                        "received_on = :received "
                                        "AND body = :body"),
                         {{QStringLiteral(":draft"), *id},
                          {QStringLiteral(":received"), rec.receivedOn.toString(Qt::ISODate)},
                          {QStringLiteral(":body"), rec.text}}))
                continue;
            if (r.contains(QLatin1String("person"))) {
                rec.authorKind = RecommendationAuthor::Person;
                rec.authorName = demojson::text(r, "person");
            } else if (const auto org = organization(demojson::text(r, "organization"))) {
                rec.authorOrganizationId = *org;
            } else {
                rec.authorName = demojson::text(r, "organization");
            }
            rec.decision = recommendationDecisionFromCode(demojson::text(r, "decision"));
            rec.justification = demojson::text(r, "justification");
            rec.receivedOnline = demojson::flag(r, "online");
            rec.rejectionJustificationSent = demojson::flag(r, "rejection_justification_sent");
            const Result<qint64> added = repository.addRecommendation(rec);
            if (!added)
                return Status::failure(d.title + QLatin1String(": ") + added.error());
            ++summary.recommendations;
        }
        return {};
    }

    Status meeting(qint64 institutionId, const QJsonObject &o)
    {
        PublicMeeting m;
        m.institutionId = institutionId;
        m.heldOn = demojson::date(o, "held_on");
        m.subject = text::normalized(demojson::text(o, "subject"));
        if (existing(m_db,
                     QStringLiteral("SELECT id FROM public_meeting WHERE institution_id = "
                                    ":institution AND held_on = :held "
                                    "AND subject = :subject"),
                     {{QStringLiteral(":institution"), institutionId},
                      {QStringLiteral(":held"), m.heldOn.toString(Qt::ISODate)},
                      {QStringLiteral(":subject"), m.subject}}))
            return {};
        m.isPublic = demojson::flag(o, "public");
        m.closedReason = closedReasonFromCode(demojson::text(o, "closed_reason"));
        m.announcedOn = demojson::date(o, "announced_on");
        m.announcedAtHeadquarters = hasChannel(o, "headquarters");
        m.announcedOnWebsite = hasChannel(o, "website");
        m.announcedInMedia = hasChannel(o, "media");
        m.mediaPresent = demojson::flag(o, "media_present");
        if (o.contains(QLatin1String("participants")))
            m.participants = demojson::number(o, "participants");
        m.ngosTookPart = demojson::flag(o, "ngos_took_part");
        m.recommendationsExpressed = demojson::number(o, "recommendations_expressed");
        m.recommendationsIncluded = demojson::number(o, "recommendations_included");
        m.minutesDrawnUp = demojson::flag(o, "minutes_drawn_up");
        m.minutesPublished = demojson::flag(o, "minutes_published");
        const Result<qint64> added = PublicMeetingRepository(m_db).add(m);
        if (!added)
            return Status::failure(m.subject + QLatin1String(": ") + added.error());
        ++summary.meetings;
        return {};
    }

    Status courtCase(qint64 institutionId, const QJsonObject &o)
    {
        CourtCase c;
        c.institutionId = institutionId;
        c.year = demojson::number(o, "year");
        c.reference = text::normalized(demojson::text(o, "reference"));
        c.subject = demojson::text(o, "subject");
        c.status = courtCaseStatusFromCode(demojson::text(o, "status"));
        if (existing(m_db,
                     QStringLiteral("SELECT id FROM court_case WHERE institution_id = :institution "
                                    "AND reference = :reference"),
                     {{QStringLiteral(":institution"), institutionId},
                      {QStringLiteral(":reference"), c.reference}}))
            return {};
        const Result<qint64> added = PublicMeetingRepository(m_db).addCourtCase(c);
        if (!added)
            return Status::failure(c.reference + QLatin1String(": ") + added.error());
        ++summary.courtCases;
        return {};
    }

    Status report(qint64 institutionId, const QJsonObject &o)
    {
        AnnualReportRepository repository(m_db);
        const int year = demojson::number(o, "year");
        if (repository.report(institutionId, year))
            return {};
        const Result<qint64> added =
            repository.setReport({0, institutionId, year, demojson::date(o, "received_on"),
                                  demojson::text(o, "self_evaluation")});
        if (!added)
            return Status::failure(added.error());
        ++summary.reports;
        const QJsonObject manual = o.value(QLatin1String("manual")).toObject();
        for (auto it = manual.begin(); it != manual.end(); ++it) {
            if (Status s = repository.setManualFigure(institutionId, year, it.key(),
                                                      it.value().toInt(), QStringLiteral("demo"));
                !s)
                return s;
        }
        return {};
    }

    QSqlDatabase m_db;
    Geography m_geography;
};

} // namespace

QString TransparencyDemoSummary::line() const
{
    return demojson::addedLine({{"institutions", institutions},
                                {"drafts", drafts},
                                {"recommendations", recommendations},
                                {"meetings", meetings},
                                {"court cases", courtCases},
                                {"reports", reports}});
}

Result<TransparencyDemoSummary> TransparencyDemo::load(QSqlDatabase db)
{
    Loader loader(db);
    return demojson::load(QStringLiteral(":/demo/transparency.json"), loader);
}

} // namespace dc
