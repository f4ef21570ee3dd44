#include "DemoDataset.h"

#include "DemoJson.h"

#include "ProgramDemoData.h"
#include "core/Text.h"
#include "registry/Geography.h"
#include "registry/OrganizationRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataset)
};

// The note of the demo's fictitious organizations (the demo's data is Romanian, as the seeds).
constexpr const char *fictitiousNote = "Organizație fictivă a datelor demonstrative: nu există; "
                                       "poartă înregistrările inventate ale demo-ului.";
// The note earlier versions of the demo wrote beside a county guessed from the regions.
constexpr const char *guessedCountyNote =
    "Județul este dedus din regiunile pentru care a co-organizat videoconferințe; de verificat.";

} // namespace

Result<DemoSummary> DemoDataset::load(QSqlDatabase db)
{
    using R = Result<DemoSummary>;
    const Result<QJsonObject> json = demojson::read(QStringLiteral(":/demo/organizations.json"));
    if (!json)
        return R::failure(json.error());

    const Geography geography = Geography::load(db);
    OrganizationRepository repository(db);
    DemoSummary summary;

    Transaction transaction(db, WriterNote::Activity::Demo);
    if (!transaction.isActive())
        return R::failure(transaction.error());

    const QJsonArray organizations = json->value(QLatin1String("organizations")).toArray();
    for (const QJsonValue &value : organizations) {
        const QJsonObject o = value.toObject();
        Organization record;
        record.name = o.value(QLatin1String("name")).toString();
        record.acronym = o.value(QLatin1String("acronym")).toString();
        record.legalForm = parseLegalForm(o.value(QLatin1String("legal_form")).toString())
                               .value_or(LegalForm::Unknown);
        record.locality = o.value(QLatin1String("locality")).toString();
        record.volunteering = o.value(QLatin1String("volunteering")).toBool();
        for (const QJsonValue &d : o.value(QLatin1String("domains")).toArray())
            record.domains << d.toString();
        // No county where no seed gives one: unknown, never guessed (issue 15).
        const QString countyCode = o.value(QLatin1String("county")).toString();
        if (!countyCode.isEmpty()) {
            const std::optional<int> county = geography.findCounty(countyCode);
            if (!county)
                return R::failure(Messages::tr("The demo organization %1 names an unknown county.")
                                      .arg(record.name));
            record.countyId = *county;
        }
        if (o.value(QLatin1String("fictitious")).toBool())
            record.notes = QString::fromUtf8(fictitiousNote);
        normalizeOrganization(record);

        std::optional<qint64> id = repository.findIdByNameAndCounty(record.name, record.countyId);
        // A demo database made before the counties were left unknown holds the guessed county.
        std::optional<Organization> guessed;
        if (!id && record.countyId == 0) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT id FROM organization WHERE name_folded = :name AND notes = :note"));
            q.bindValue(QStringLiteral(":name"), text::folded(record.name));
            q.bindValue(QStringLiteral(":note"), QString::fromUtf8(guessedCountyNote));
            if (q.exec() && q.next()) {
                id = q.value(0).toLongLong();
                guessed = repository.find(*id);
            }
        }
        if (!id) {
            if (const auto problems = repository.problemsOf(record); !problems.isEmpty())
                return R::failure(record.name + QLatin1String(": ") + describeProblems(problems));
            if (Result<qint64> added = repository.insertInTransaction(record); !added)
                return R::failure(added.error());
            ++summary.organizationsAdded;
            continue;
        }
        const std::optional<Organization> stored = repository.find(*id);
        if (!stored)
            return R::failure(repository.lastError());
        // The demo fills what it knows; what someone typed into the other fields stays.
        Organization merged = *stored;
        merged.name = record.name;
        merged.acronym = record.acronym;
        merged.legalForm = record.legalForm;
        if (!record.locality.isEmpty())
            merged.locality = record.locality;
        merged.volunteering = record.volunteering;
        for (const QString &d : std::as_const(record.domains)) {
            if (!merged.domains.contains(d))
                merged.domains << d;
        }
        if (merged.notes.isEmpty())
            merged.notes = record.notes;
        if (guessed) {
            // The guess is withdrawn: no county, and not the note that said "to be checked".
            merged.countyId = 0;
            merged.notes = record.notes;
        }
        normalizeOrganization(merged);
        if (merged.sameContent(*stored)) {
            ++summary.organizationsUnchanged;
            continue;
        }
        if (Status s = repository.updateInTransaction(*stored, merged); !s)
            return R::failure(s.error());
        ++summary.organizationsUpdated;
    }
    const Result<QJsonObject> programs = demojson::read(QStringLiteral(":/demo/programs.json"));
    if (!programs)
        return R::failure(programs.error());
    if (Status s = ProgramDemoData::load(db, programs.value(), summary); !s)
        return R::failure(s.error());
    // The transparency records, bodies and funding go through their repositories, whose
    // transactions are savepoints inside this one: the demo lands whole or not at all.
    const Result<TransparencyDemoSummary> transparency = TransparencyDemo::load(db);
    if (!transparency)
        return R::failure(transparency.error());
    summary.transparency = transparency.value();
    // The reports the institutions sent back as files, read through the office's importer.
    const Result<ReceivedReportsDemoSummary> received = ReceivedReportsDemo::load(db);
    if (!received)
        return R::failure(received.error());
    summary.receivedReports = received.value();
    // Bodies and funding refer to the organizations and institutions above.
    const Result<BodiesFundingDemoSummary> bodiesFunding = BodiesFundingDemo::load(db);
    if (!bodiesFunding)
        return R::failure(bodiesFunding.error());
    summary.bodiesFunding = bodiesFunding.value();
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return summary;
}

} // namespace dc
