#include "FundingSummary.h"

#include "FundingRepository.h"
#include "core/Text.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(FundingSummary)
};

struct KeyOf
{
    qint64 id = 0;
    QString name;
};

KeyOf keyOf(const AwardLine &line, FundingSummary::Key key)
{
    switch (key) {
    case FundingSummary::Key::Institution:
        return {line.institutionId, line.institutionName};
    case FundingSummary::Key::Domain:
        return {line.domainId, line.domainId > 0 ? line.domainName : Messages::tr("(all domains)")};
    case FundingSummary::Key::County:
        return {line.countyId, line.countyName};
    case FundingSummary::Key::Region:
        return {line.regionId, line.regionName};
    }
    return {};
}

} // namespace

QList<SummaryRow> FundingSummary::compute(const QSqlDatabase &db, int year, Key key)
{
    const FundingRepository repository(db);
    QMap<qint64, SummaryRow> rows; // by key id
    auto rowFor = [&rows](const KeyOf &k) -> SummaryRow & {
        auto it = rows.find(k.id);
        if (it == rows.end()) {
            SummaryRow row;
            row.key = k.name;
            row.keyId = k.id;
            it = rows.insert(k.id, row);
        }
        return *it;
    };
    if (key == Key::Institution || key == Key::Domain) {
        // The budgets come from the calls, so that a call without awards still counts.
        QMap<qint64, QString> institutionNames;
        QMap<qint64, QString> domainNames;
        for (const AwardLine &line : repository.awardLines(0, year)) {
            institutionNames.insert(line.institutionId, line.institutionName);
            domainNames.insert(line.domainId, line.domainName);
        }
        for (const FundingCall &call : repository.calls(year)) {
            AwardLine probe;
            probe.institutionId = call.institutionId;
            probe.domainId = call.domainId;
            probe.institutionName = institutionNames.value(call.institutionId);
            probe.domainName = domainNames.value(call.domainId);
            if (probe.institutionName.isEmpty() ||
                (call.domainId > 0 && probe.domainName.isEmpty())) {
                // A call without awards: its names are read once.
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("SELECT i.name, d.name FROM funding_call c JOIN institution i "
                                   "ON i.id = c.institution_id "
                                   "LEFT JOIN domain d ON d.id = c.domain_id WHERE c.id = :id"));
                q.bindValue(QStringLiteral(":id"), call.id);
                if (q.exec() && q.next()) {
                    probe.institutionName = q.value(0).toString();
                    probe.domainName = q.value(1).toString();
                }
            }
            SummaryRow &row = rowFor(keyOf(probe, key));
            row.budget = row.budget.value_or(Money()) + call.budget;
        }
    }
    for (const AwardLine &line : repository.awardLines(0, year)) {
        if (line.award.status == AwardStatus::Cancelled)
            continue;
        SummaryRow &row = rowFor(keyOf(line, key));
        ++row.awards;
        row.requested += line.award.requested;
        row.granted += line.award.granted;
        row.paid += line.award.paid;
    }
    QList<SummaryRow> result = rows.values();
    std::sort(result.begin(), result.end(), [](const SummaryRow &a, const SummaryRow &b) {
        const QString ka = text::sortKey(a.key);
        const QString kb = text::sortKey(b.key);
        return ka != kb ? ka < kb : a.keyId < b.keyId;
    });
    return result;
}

SummaryRow FundingSummary::total(const QSqlDatabase &db, int year)
{
    const FundingRepository repository(db);
    SummaryRow total;
    total.key = QStringLiteral("total");
    Money budget;
    for (const FundingCall &call : repository.calls(year))
        budget += call.budget;
    total.budget = budget;
    for (const AwardLine &line : repository.awardLines(0, year)) {
        if (line.award.status == AwardStatus::Cancelled)
            continue;
        ++total.awards;
        total.requested += line.award.requested;
        total.granted += line.award.granted;
        total.paid += line.award.paid;
    }
    return total;
}

QList<MultiFundedOrganization> FundingSummary::multiFunded(const QSqlDatabase &db, int year)
{
    QMap<qint64, MultiFundedOrganization> byOrganization;
    QMap<qint64, QMap<QString, QString>> institutions; // organization -> sort key -> name
    for (const AwardLine &line : FundingRepository(db).awardLines(0, year)) {
        if (line.award.status == AwardStatus::Cancelled)
            continue;
        MultiFundedOrganization &o = byOrganization[line.award.organizationId];
        o.organizationId = line.award.organizationId;
        o.name = line.organizationName;
        ++o.awards;
        o.granted += line.award.granted;
        institutions[o.organizationId].insert(text::sortKey(line.institutionName),
                                              line.institutionName);
    }
    QList<MultiFundedOrganization> result;
    for (MultiFundedOrganization &o : byOrganization) {
        const QMap<QString, QString> &names = institutions.value(o.organizationId);
        if (names.size() < 2)
            continue;
        o.institutions = names.values();
        result << o;
    }
    std::sort(result.begin(), result.end(),
              [](const MultiFundedOrganization &a, const MultiFundedOrganization &b) {
                  return text::sortKey(a.name) < text::sortKey(b.name);
              });
    return result;
}

QString FundingSummary::keyCode(Key key)
{
    switch (key) {
    case Key::Institution:
        return QStringLiteral("institution");
    case Key::Domain:
        return QStringLiteral("domain");
    case Key::County:
        return QStringLiteral("county");
    case Key::Region:
        return QStringLiteral("region");
    }
    return {};
}

std::optional<FundingSummary::Key> FundingSummary::keyFromCode(const QString &code)
{
    for (const Key k : {Key::Institution, Key::Domain, Key::County, Key::Region}) {
        if (code == keyCode(k))
            return k;
    }
    return std::nullopt;
}

QString FundingSummary::keyName(Key key)
{
    switch (key) {
    case Key::Institution:
        return Messages::tr("Institution");
    case Key::Domain:
        return Messages::tr("Domain");
    case Key::County:
        return Messages::tr("County");
    case Key::Region:
        return Messages::tr("Region");
    }
    return {};
}

} // namespace dc
