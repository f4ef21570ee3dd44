#include "DemoDataset.h"

#include "ProgramDemoData.h"
#include "registry/Geography.h"
#include "registry/OrganizationRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoDataset", text);
}

Result<QJsonObject> readJson(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QJsonObject>::failure(tr("The demo data %1 is missing.").arg(resource));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        return Result<QJsonObject>::failure(tr("The demo data %1 is damaged: %2").arg(resource, error.errorString()));
    return doc.object();
}

} // namespace

Result<DemoSummary> DemoDataset::load(QSqlDatabase db)
{
    using R = Result<DemoSummary>;
    const Result<QJsonObject> json = readJson(QStringLiteral(":/demo/organizations.json"));
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
        record.legalForm = parseLegalForm(o.value(QLatin1String("legal_form")).toString()).value_or(LegalForm::Unknown);
        record.locality = o.value(QLatin1String("locality")).toString();
        record.volunteering = o.value(QLatin1String("volunteering")).toBool();
        for (const QJsonValue &d : o.value(QLatin1String("domains")).toArray())
            record.domains << d.toString();
        const std::optional<int> county = geography.findCounty(o.value(QLatin1String("county")).toString());
        if (!county)
            return R::failure(tr("The demo organization %1 names an unknown county.").arg(record.name));
        record.countyId = *county;
        if (o.value(QLatin1String("county_inferred")).toBool())
            record.notes = QStringLiteral("Județul este dedus din regiunile pentru care a co-organizat videoconferințe; de verificat.");
        normalizeOrganization(record);

        const std::optional<qint64> id = repository.findIdByNameAndCounty(record.name, record.countyId);
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
        normalizeOrganization(merged);
        if (merged.sameContent(*stored)) {
            ++summary.organizationsUnchanged;
            continue;
        }
        if (Status s = repository.updateInTransaction(*stored, merged); !s)
            return R::failure(s.error());
        ++summary.organizationsUpdated;
    }
    const Result<QJsonObject> programs = readJson(QStringLiteral(":/demo/programs.json"));
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
