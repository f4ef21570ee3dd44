#include "ProgramDemoData.h"

#include "DemoDataset.h"
#include "DemoJson.h"
#include "core/NameMatcher.h"
#include "core/Text.h"
#include "documents/SynthesisTexts.h"
#include "programs/EventRepository.h"
#include "programs/IndicatorRepository.h"
#include "programs/PartnershipRepository.h"
#include "programs/ProgramRepository.h"
#include "registry/Geography.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

namespace dc {

namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &s : v.toArray())
        list << s.toString();
    return list;
}

// Counts one record as added, updated or unchanged.
template <typename T, typename Insert, typename Update>
Status upsert(std::optional<T> stored, T record, DemoCounts &counts, Insert insert, Update update)
{
    if (!stored) {
        if (Result<qint64> id = insert(record); !id)
            return Status::failure(id.error());
        ++counts.added;
        return {};
    }
    if (stored->sameContent(record)) {
        ++counts.unchanged;
        return {};
    }
    if (Status s = update(*stored, record); !s)
        return s;
    ++counts.updated;
    return {};
}

class Loader
{
    Q_DECLARE_TR_FUNCTIONS(ProgramDemoData)

public:
    Loader(QSqlDatabase db, DemoSummary &summary)
        : m_db(db), m_summary(summary), m_programs(db), m_partnerships(db), m_events(db),
          m_indicators(db), m_geography(Geography::load(db))
    {
    }

    Status loadProgram(const QJsonObject &json);

private:
    Status loadEdition(const Program &program, const QJsonObject &json);
    Result<qint64> organizationId(const QString &name) const;

    QSqlDatabase m_db;
    DemoSummary &m_summary;
    ProgramRepository m_programs;
    PartnershipRepository m_partnerships;
    EventRepository m_events;
    IndicatorRepository m_indicators;
    Geography m_geography;
    QHash<QString, qint64> m_spellings; // NameMatcher::key of a spelling -> organization
};

Result<qint64> Loader::organizationId(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM organization WHERE name_folded = :f ORDER BY id"));
    q.bindValue(QStringLiteral(":f"), text::folded(text::normalized(name)));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return Result<qint64>::failure(
        tr("The demo partner %1 is not among the organizations.").arg(name));
}

Status Loader::loadProgram(const QJsonObject &json)
{
    Program program;
    program.name = demojson::text(json, "name");
    program.code = demojson::text(json, "code");
    program.kind = programKindFromCode(demojson::text(json, "kind"));
    program.managedBy = demojson::text(json, "managed_by");
    program.description = demojson::text(json, "description");
    normalizeProgram(program);
    if (const QStringList problems = validateProgram(program); !problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char('\n')));
    std::optional<Program> stored;
    if (const auto id = m_programs.findIdByName(program.name)) {
        stored = m_programs.find(*id);
        program.id = *id;
    }
    if (Status s = upsert(
            stored, program, m_summary.programs,
            [&](Program &p) { return m_programs.insertProgramInTransaction(p); },
            [&](const Program &b, const Program &a) {
                return m_programs.updateProgramInTransaction(b, a);
            });
        !s)
        return s;
    if (!program.id)
        program.id = m_programs.findIdByName(program.name).value_or(0);
    return demojson::eachObject(json, "editions", [&](const QJsonObject &edition) {
        return loadEdition(program, edition);
    });
}

Status Loader::loadEdition(const Program &program, const QJsonObject &json)
{
    Edition edition;
    edition.programId = program.id;
    edition.number = json.value(QLatin1String("number")).toInt();
    edition.year = json.value(QLatin1String("year")).toInt();
    edition.startDate = QDate::fromString(demojson::text(json, "start_date"), Qt::ISODate);
    edition.endDate = QDate::fromString(demojson::text(json, "end_date"), Qt::ISODate);
    edition.objective = demojson::text(json, "objective");
    edition.status = editionStatusFromCode(demojson::text(json, "status"));
    edition.notes = demojson::text(json, "notes");
    // Seed 004 gives the themes once for the whole series of videoconferences.
    edition.centralTheme = demojson::text(json, "central_theme");
    edition.otherThemes = stringList(json.value(QLatin1String("other_themes")));
    normalizeEdition(edition);
    if (const QStringList problems = validateEdition(edition); !problems.isEmpty())
        return Status::failure(program.name + QLatin1String(": ") +
                               problems.join(QLatin1Char('\n')));
    std::optional<Edition> stored;
    if (const auto id = m_programs.findEditionId(program.id, edition.number)) {
        stored = m_programs.findEdition(*id);
        edition.id = *id;
    }
    if (Status s = upsert(
            stored, edition, m_summary.editions,
            [&](Edition &e) { return m_programs.insertEditionInTransaction(e); },
            [&](const Edition &b, const Edition &a) {
                return m_programs.updateEditionInTransaction(b, a);
            });
        !s)
        return s;
    if (!edition.id)
        edition.id = m_programs.findEditionId(program.id, edition.number).value_or(0);

    // Partners, and the spellings under which seed 004 names them.
    m_spellings.clear();
    for (const QJsonValue &value : json.value(QLatin1String("partners")).toArray()) {
        const QJsonObject p = value.toObject();
        const Result<qint64> organization = organizationId(demojson::text(p, "organization"));
        if (!organization)
            return Status::failure(organization.error());
        m_spellings.insert(NameMatcher::key(demojson::text(p, "organization")), *organization);
        for (const QString &spelling : stringList(p.value(QLatin1String("as_written"))))
            m_spellings.insert(NameMatcher::key(spelling), *organization);
        Partnership partnership;
        partnership.editionId = edition.id;
        partnership.organizationId = *organization;
        const auto role = partnerRoleFromCode(demojson::text(p, "role"));
        if (!role)
            return Status::failure(tr("The demo partner %1 has an unknown role.")
                                       .arg(demojson::text(p, "organization")));
        partnership.role = *role;
        partnership.status = edition.status == EditionStatus::Closed ? PartnershipStatus::Ended
                                                                     : PartnershipStatus::Active;
        partnership.notes = demojson::text(p, "notes");
        std::optional<Partnership> storedPartnership;
        if (const auto id = m_partnerships.findId(edition.id, *organization, *role)) {
            storedPartnership = m_partnerships.find(*id);
            partnership.id = *id;
        }
        if (Status s = upsert(
                storedPartnership, partnership, m_summary.partnerships,
                [&](Partnership &x) { return m_partnerships.insertInTransaction(x); },
                [&](const Partnership &b, const Partnership &a) {
                    return m_partnerships.updateInTransaction(b, a);
                });
            !s)
            return s;
    }

    // Events: the defaults of their kind, then their own fields.
    const QJsonObject defaults = json.value(QLatin1String("event_defaults")).toObject();
    for (const QJsonValue &value : json.value(QLatin1String("events")).toArray()) {
        QJsonObject e = defaults.value(demojson::text(value.toObject(), "kind")).toObject();
        const QJsonObject own = value.toObject();
        for (auto it = own.begin(); it != own.end(); ++it)
            e.insert(it.key(), it.value());
        Event event;
        event.editionId = edition.id;
        const auto kind = eventKindFromCode(demojson::text(e, "kind"));
        if (!kind)
            return Status::failure(
                tr("A demo event has the unknown kind %1.").arg(demojson::text(e, "kind")));
        event.kind = *kind;
        event.number = e.value(QLatin1String("number")).toInt();
        event.title = demojson::text(e, "title");
        event.date = QDate::fromString(demojson::text(e, "date"), Qt::ISODate);
        event.place = demojson::text(e, "place");
        event.link = demojson::text(e, "link");
        event.centralTheme = demojson::text(e, "central_theme");
        event.otherThemes = stringList(e.value(QLatin1String("other_themes")));
        event.status = eventStatusFromCode(demojson::text(e, "status"));
        event.conclusions = demojson::text(e, "conclusions");
        event.notes = demojson::text(e, "note");
        for (const QString &region : stringList(e.value(QLatin1String("regions")))) {
            const std::optional<int> id = m_geography.findRegion(region);
            if (!id)
                return Status::failure(tr("The demo event %1 names an unknown region %2.")
                                           .arg(event.number)
                                           .arg(region));
            event.regionIds << *id;
        }
        for (const QString &name : stringList(e.value(QLatin1String("coorganizers")))) {
            const auto it = m_spellings.constFind(NameMatcher::key(name));
            if (it == m_spellings.constEnd())
                return Status::failure(
                    tr("The demo co-organizer %1 is not a partner of the edition.").arg(name));
            event.coorganizerIds << *it;
        }
        normalizeEvent(event);
        if (const QStringList problems = validateEvent(event); !problems.isEmpty())
            return Status::failure(problems.join(QLatin1Char('\n')));
        std::optional<Event> storedEvent;
        if (const auto id = m_events.findId(edition.id, event.kind, event.number)) {
            storedEvent = m_events.find(*id);
            event.id = *id;
        }
        if (Status s = upsert(
                storedEvent, event, m_summary.events,
                [&](Event &x) { return m_events.insertInTransaction(x); },
                [&](const Event &b, Event a) { return m_events.updateInTransaction(b, a); });
            !s)
            return s;
    }

    // What the edition's own synthesis states beside the records (seed 003), and its conclusion.
    const QJsonObject synthesis = json.value(QLatin1String("synthesis")).toObject();
    reports::SynthesisTexts texts;
    texts.introduction = demojson::text(synthesis, "introduction");
    texts.conclusion = demojson::text(synthesis, "conclusion");
    if (synthesis.contains(QLatin1String("promoters_stated")))
        texts.promotersStated = synthesis.value(QLatin1String("promoters_stated")).toInt();
    texts.partnershipNote = demojson::text(synthesis, "partnership_note");
    if (Status s = reports::SynthesisTextRepository(m_db).saveInTransaction(edition.id, texts); !s)
        return s;

    int position = 0;
    for (const QJsonValue &value : json.value(QLatin1String("indicators")).toArray()) {
        const QJsonObject i = value.toObject();
        Indicator indicator;
        indicator.editionId = edition.id;
        indicator.position = ++position;
        indicator.name = demojson::text(i, "name");
        indicator.unit = indicatorUnitFromCode(demojson::text(i, "unit"));
        indicator.target = demojson::optionalNumber(i, "target");
        indicator.targetQualifier = valueQualifierFromCode(demojson::text(i, "target_qualifier"));
        indicator.achieved = demojson::optionalNumber(i, "achieved");
        indicator.achievedQualifier =
            valueQualifierFromCode(demojson::text(i, "achieved_qualifier"));
        indicator.computation = indicatorComputationFromCode(demojson::text(i, "computation"));
        indicator.eventKind = eventKindFromCode(demojson::text(i, "event_kind"));
        indicator.notes = demojson::text(i, "notes");
        normalizeIndicator(indicator);
        if (const QStringList problems = validateIndicator(indicator); !problems.isEmpty())
            return Status::failure(indicator.name + QLatin1String(": ") +
                                   problems.join(QLatin1Char('\n')));
        std::optional<Indicator> storedIndicator;
        if (const auto id = m_indicators.findId(edition.id, indicator.name)) {
            storedIndicator = m_indicators.find(*id);
            indicator.id = *id;
        }
        if (Status s = upsert(
                storedIndicator, indicator, m_summary.indicators,
                [&](Indicator &x) { return m_indicators.insertInTransaction(x); },
                [&](const Indicator &b, const Indicator &a) {
                    return m_indicators.updateInTransaction(b, a);
                });
            !s)
            return s;
    }
    return {};
}

} // namespace

Status ProgramDemoData::load(QSqlDatabase db, const QJsonObject &json, DemoSummary &summary)
{
    Loader loader(db, summary);
    return demojson::eachObject(
        json, "programs", [&](const QJsonObject &program) { return loader.loadProgram(program); });
}

} // namespace dc
