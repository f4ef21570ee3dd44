#include "TransparencyDemo.h"

#include "AnnualReportRepository.h"
#include "DraftActRepository.h"
#include "InstitutionRepository.h"
#include "PublicMeetingRepository.h"
#include "core/Text.h"
#include "registry/Geography.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(TransparencyDemo)
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}

bool flag(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}

int number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

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
        for (const QJsonValue &value : json.value(QLatin1String("institutions")).toArray()) {
            if (Status s = institution(value.toObject()); !s)
                return s;
        }
        return {};
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
        i.name = str(o, "name");
        i.kind = institutionKindFromCode(str(o, "kind"));
        if (o.contains(QLatin1String("county"))) {
            const std::optional<int> county = m_geography.findCounty(str(o, "county"));
            if (!county)
                return Status::failure(
                    tr("The demo institution %1 names an unknown county.").arg(i.name));
            i.countyId = *county;
        }
        const QJsonObject liaison = o.value(QLatin1String("liaison")).toObject();
        i.liaisonName = str(liaison, "name");
        i.liaisonFunction = str(liaison, "function");
        i.liaisonEmail = str(liaison, "email");
        i.liaisonPhone = str(liaison, "phone");
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
        for (const QJsonValue &d : o.value(QLatin1String("drafts")).toArray()) {
            if (Status s = draft(id, d.toObject()); !s)
                return s;
        }
        for (const QJsonValue &m : o.value(QLatin1String("meetings")).toArray()) {
            if (Status s = meeting(id, m.toObject()); !s)
                return s;
        }
        for (const QJsonValue &c : o.value(QLatin1String("court_cases")).toArray()) {
            if (Status s = courtCase(id, c.toObject()); !s)
                return s;
        }
        for (const QJsonValue &r : o.value(QLatin1String("reports")).toArray()) {
            if (Status s = report(id, r.toObject()); !s)
                return s;
        }
        return {};
    }

    Status draft(qint64 institutionId, const QJsonObject &o)
    {
        DraftActRepository repository(m_db);
        DraftAct d;
        d.institutionId = institutionId;
        d.title = text::normalized(str(o, "title"));
        std::optional<qint64> id = existing(
            m_db,
            QStringLiteral(
                "SELECT id FROM draft_act WHERE institution_id = :institution AND title = :title"),
            {{QStringLiteral(":institution"), institutionId}, {QStringLiteral(":title"), d.title}});
        if (!id) {
            d.kind = draftActKindFromCode(str(o, "kind"));
            d.status = draftActStatusFromCode(str(o, "status"));
            d.announcedOn = date(o, "announced_on");
            d.announcedOnWebsite = hasChannel(o, "website");
            d.announcedAtHeadquarters = hasChannel(o, "headquarters");
            d.announcedInMedia = hasChannel(o, "media");
            d.recommendationsDeadline = date(o, "recommendations_deadline");
            d.sentForApprovalOn = date(o, "sent_for_approval_on");
            d.submittedOn = date(o, "submitted_on");
            d.adoptedOn = date(o, "adopted_on");
            if (o.contains(QLatin1String("procedure")))
                d.procedure = draftProcedureFromCode(str(o, "procedure"));
            d.procedureReason = str(o, "procedure_reason");
            d.infoRequestsFromPersons = number(o, "info_requests_persons");
            d.infoRequestsFromAssociations = number(o, "info_requests_associations");
            d.sentToPersons = flag(o, "sent_to_persons");
            d.sentToAssociations = flag(o, "sent_to_associations");
            const QJsonObject debate = o.value(QLatin1String("debate")).toObject();
            if (!debate.isEmpty()) {
                const QString requester = str(debate, "requested_by_organization");
                if (!requester.isEmpty()) {
                    d.debateRequested = true;
                    d.debateRequester = DebateRequester::Association;
                    if (const auto org = organization(requester))
                        d.debateRequesterOrganizationId = *org;
                    else
                        d.debateRequesterName = requester;
                    d.debateRequestedOn = date(debate, "requested_on");
                }
                d.debateHeld = debate.contains(QLatin1String("held_on"));
                d.debatePublishedOn = date(debate, "published_on");
                d.debateHeldOn = date(debate, "held_on");
                d.debatePlace = str(debate, "place");
                d.debateOnline = flag(debate, "online");
                if (debate.contains(QLatin1String("participants")))
                    d.debateParticipants = number(debate, "participants");
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
            rec.receivedOn = date(r, "received_on");
            rec.text = str(r, "text");
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
                rec.authorName = str(r, "person");
            } else if (const auto org = organization(str(r, "organization"))) {
                rec.authorOrganizationId = *org;
            } else {
                rec.authorName = str(r, "organization");
            }
            rec.decision = recommendationDecisionFromCode(str(r, "decision"));
            rec.justification = str(r, "justification");
            rec.receivedOnline = flag(r, "online");
            rec.rejectionJustificationSent = flag(r, "rejection_justification_sent");
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
        m.heldOn = date(o, "held_on");
        m.subject = text::normalized(str(o, "subject"));
        if (existing(m_db,
                     QStringLiteral("SELECT id FROM public_meeting WHERE institution_id = "
                                    ":institution AND held_on = :held "
                                    "AND subject = :subject"),
                     {{QStringLiteral(":institution"), institutionId},
                      {QStringLiteral(":held"), m.heldOn.toString(Qt::ISODate)},
                      {QStringLiteral(":subject"), m.subject}}))
            return {};
        m.isPublic = flag(o, "public");
        m.closedReason = closedReasonFromCode(str(o, "closed_reason"));
        m.announcedOn = date(o, "announced_on");
        m.announcedAtHeadquarters = hasChannel(o, "headquarters");
        m.announcedOnWebsite = hasChannel(o, "website");
        m.announcedInMedia = hasChannel(o, "media");
        m.mediaPresent = flag(o, "media_present");
        if (o.contains(QLatin1String("participants")))
            m.participants = number(o, "participants");
        m.ngosTookPart = flag(o, "ngos_took_part");
        m.recommendationsExpressed = number(o, "recommendations_expressed");
        m.recommendationsIncluded = number(o, "recommendations_included");
        m.minutesDrawnUp = flag(o, "minutes_drawn_up");
        m.minutesPublished = flag(o, "minutes_published");
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
        c.year = number(o, "year");
        c.reference = text::normalized(str(o, "reference"));
        c.subject = str(o, "subject");
        c.status = courtCaseStatusFromCode(str(o, "status"));
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
        const int year = number(o, "year");
        if (repository.report(institutionId, year))
            return {};
        const Result<qint64> added = repository.setReport(
            {0, institutionId, year, date(o, "received_on"), str(o, "self_evaluation")});
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
    return QStringLiteral("institutions: added %1, drafts: added %2, recommendations: added %3, "
                          "meetings: added %4, "
                          "court cases: added %5, reports: added %6")
        .arg(institutions)
        .arg(drafts)
        .arg(recommendations)
        .arg(meetings)
        .arg(courtCases)
        .arg(reports);
}

Result<TransparencyDemoSummary> TransparencyDemo::load(QSqlDatabase db)
{
    using R = Result<TransparencyDemoSummary>;
    QFile file(QStringLiteral(":/demo/transparency.json"));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Messages::tr("The demo data %1 is missing.").arg(file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        return R::failure(Messages::tr("The demo data %1 is damaged: %2")
                              .arg(file.fileName(), error.errorString()));
    Loader loader(db);
    if (Status s = loader.run(doc.object()); !s)
        return R::failure(s.error());
    return loader.summary;
}

} // namespace dc
