#include "BodiesFundingDemo.h"

#include "DemoJson.h"
#include "bodies/BodyRepository.h"
#include "core/Text.h"
#include "funding/FundingRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace dc {

namespace {

Money money(const QJsonObject &o, const char *key)
{
    return Money::parse(demojson::text(o, key)).value_or(Money());
}

class Loader
{
    Q_DECLARE_TR_FUNCTIONS(BodiesFundingDemo)

public:
    explicit Loader(QSqlDatabase db) : m_db(db), m_bodies(db), m_funding(db), m_institutions(db) {}

    Status run(const QJsonObject &json)
    {
        if (Status s = demojson::eachObject(json, "bodies",
                                            [this](const QJsonObject &o) { return body(o); });
            !s)
            return s;
        return demojson::eachObject(json, "calls",
                                    [this](const QJsonObject &o) { return call(o); });
    }

    BodiesFundingDemoSummary summary;

private:
    Result<qint64> organization(const QString &name) const
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "SELECT id FROM organization WHERE name_folded = :name ORDER BY id LIMIT 1"));
        q.bindValue(QStringLiteral(":name"), text::folded(text::normalized(name)));
        if (q.exec() && q.next())
            return q.value(0).toLongLong();
        return Result<qint64>::failure(tr("The demo organization %1 is missing.").arg(name));
    }

    Result<qint64> institution(const QString &name) const
    {
        if (const std::optional<qint64> id = m_institutions.findIdByName(name))
            return *id;
        return Result<qint64>::failure(tr("The demo institution %1 is missing.").arg(name));
    }

    Status body(const QJsonObject &o)
    {
        ConsultativeBody b;
        b.name = demojson::text(o, "name");
        std::optional<qint64> id = m_bodies.findBodyIdByName(b.name);
        if (!id) {
            b.kind = bodyKindFromCode(demojson::text(o, "kind")).value_or(BodyKind::Council);
            b.actNumber = demojson::text(o, "act_number");
            b.actDate = demojson::date(o, "act_date");
            b.purpose = demojson::text(o, "purpose");
            b.mandateMonths = demojson::optionalInt(o, "mandate_months");
            b.quorum = demojson::optionalInt(o, "quorum");
            b.status = bodyStatusFromCode(demojson::text(o, "status"));
            b.activeFrom = demojson::date(o, "active_from");
            b.dissolvedOn = demojson::date(o, "dissolved_on");
            b.notes = demojson::text(o, "notes");
            if (!demojson::text(o, "secretariat").isEmpty()) {
                const Result<qint64> secretariat = institution(demojson::text(o, "secretariat"));
                if (!secretariat)
                    return Status::failure(secretariat.error());
                b.secretariatInstitutionId = secretariat.value();
            }
            const Result<qint64> added = m_bodies.addBody(b);
            if (!added)
                return Status::failure(added.error());
            id = added.value();
            ++summary.bodies;
        }
        // The members in the file's order: the meetings name them by position.
        const QList<BodyMember> stored = m_bodies.members(*id);
        QList<qint64> memberIds;
        for (const QJsonValue &v : o.value(QLatin1String("members")).toArray()) {
            const QJsonObject mo = v.toObject();
            BodyMember m;
            m.bodyId = *id;
            if (!demojson::text(mo, "organization").isEmpty()) {
                const Result<qint64> org = organization(demojson::text(mo, "organization"));
                if (!org)
                    return Status::failure(org.error());
                m.organizationId = org.value();
            } else {
                const Result<qint64> inst = institution(demojson::text(mo, "institution"));
                if (!inst)
                    return Status::failure(inst.error());
                m.institutionId = inst.value();
            }
            m.representative = demojson::text(mo, "representative");
            m.role = memberRoleFromCode(demojson::text(mo, "role")).value_or(MemberRole::Member);
            m.mandateStart = demojson::date(mo, "mandate_start");
            m.mandateEnd = demojson::date(mo, "mandate_end");
            qint64 memberId = 0;
            for (const BodyMember &s : stored) {
                if (s.organizationId == m.organizationId && s.institutionId == m.institutionId &&
                    s.mandateStart == m.mandateStart && s.role == m.role)
                    memberId = s.id;
            }
            if (memberId == 0) {
                const Result<qint64> added = m_bodies.addMember(m);
                if (!added)
                    return Status::failure(added.error());
                memberId = added.value();
                ++summary.members;
            }
            memberIds << memberId;
        }
        const QList<BodyMeeting> meetings = m_bodies.meetings(*id);
        for (const QJsonValue &v : o.value(QLatin1String("meetings")).toArray()) {
            const QJsonObject mo = v.toObject();
            BodyMeeting m;
            m.bodyId = *id;
            m.heldOn = demojson::date(mo, "held_on");
            if (std::any_of(meetings.cbegin(), meetings.cend(),
                            [&m](const BodyMeeting &s) { return s.heldOn == m.heldOn; }))
                continue;
            m.agenda = demojson::text(mo, "agenda");
            m.decisions = demojson::text(mo, "decisions");
            m.minutesPublished = mo.value(QLatin1String("minutes_published")).toBool();
            for (const QJsonValue &a : mo.value(QLatin1String("attendees")).toArray())
                m.attendees << memberIds.value(a.toInt());
            const Result<qint64> added = m_bodies.addMeeting(m);
            if (!added)
                return Status::failure(added.error());
            ++summary.meetings;
        }
        return {};
    }

    Status call(const QJsonObject &o)
    {
        FundingCall c;
        c.name = demojson::text(o, "name");
        c.year = o.value(QLatin1String("year")).toInt();
        std::optional<qint64> id = m_funding.findCallId(c.name, c.year);
        if (!id) {
            const Result<qint64> inst = institution(demojson::text(o, "institution"));
            if (!inst)
                return Status::failure(inst.error());
            c.institutionId = inst.value();
            if (!demojson::text(o, "domain").isEmpty()) {
                QSqlQuery q(m_db);
                q.prepare(QStringLiteral("SELECT id FROM domain WHERE folded = :folded"));
                q.bindValue(QStringLiteral(":folded"), text::folded(demojson::text(o, "domain")));
                if (q.exec() && q.next())
                    c.domainId = q.value(0).toLongLong();
            }
            c.budget = money(o, "budget");
            c.opensOn = demojson::date(o, "opens_on");
            c.submissionDeadline = demojson::date(o, "submission_deadline");
            c.resultsOn = demojson::date(o, "results_on");
            const Result<qint64> added = m_funding.addCall(c);
            if (!added)
                return Status::failure(added.error());
            id = added.value();
            ++summary.calls;
        }
        for (const QJsonValue &v : o.value(QLatin1String("awards")).toArray()) {
            const QJsonObject ao = v.toObject();
            if (m_funding.awardByContract(demojson::text(ao, "contract")))
                continue;
            FundingAward a;
            a.callId = *id;
            const Result<qint64> org = organization(demojson::text(ao, "organization"));
            if (!org)
                return Status::failure(org.error());
            a.organizationId = org.value();
            a.project = demojson::text(ao, "project");
            a.requested = money(ao, "requested");
            a.granted = money(ao, "granted");
            a.paid = money(ao, "paid");
            a.ownContribution = money(ao, "own");
            a.contractNumber = demojson::text(ao, "contract");
            a.contractDate = demojson::date(ao, "contract_date");
            a.startsOn = demojson::date(ao, "starts_on");
            a.endsOn = demojson::date(ao, "ends_on");
            a.status =
                parseAwardStatus(demojson::text(ao, "status")).value_or(AwardStatus::Contracted);
            const Result<qint64> added = m_funding.addAward(a);
            if (!added)
                return Status::failure(added.error());
            ++summary.awards;
        }
        return {};
    }

    QSqlDatabase m_db;
    BodyRepository m_bodies;
    FundingRepository m_funding;
    InstitutionRepository m_institutions;
};

} // namespace

QString BodiesFundingDemoSummary::line() const
{
    return demojson::addedLine({{"bodies", bodies},
                                {"members", members},
                                {"meetings", meetings},
                                {"calls", calls},
                                {"awards", awards}});
}

Result<BodiesFundingDemoSummary> BodiesFundingDemo::load(QSqlDatabase db)
{
    Loader loader(db);
    return demojson::load(QStringLiteral(":/demo/bodies_funding.json"), loader);
}

} // namespace dc
