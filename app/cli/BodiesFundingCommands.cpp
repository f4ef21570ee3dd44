#include "CliSupport.h"
#include "ImportArguments.h"

#include "bodies/BodyRepository.h"
#include "bodies/BodyRules.h"
#include "funding/AwardImporter.h"
#include "funding/FundingSummary.h"

namespace dc::cli {

namespace {

int bodiesList(const QCommandLineParser &parser, const Arguments &args)
{
    const QString usage =
        QStringLiteral("usage: dialogcivic --database PATH bodies list [--expiring DAYS]");
    if (!args.isEmpty())
        return fail(usage, Usage);
    std::optional<int> expiring;
    if (parser.isSet(QStringLiteral("expiring"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("expiring")).toInt(&ok);
        if (!ok || days < 0)
            return fail(QStringLiteral("--expiring takes a number of days (0 or more)"), Usage);
        expiring = days;
    }
    return withDatabase(parser, [&](Database &db) -> int {
        const QDate today = QDate::currentDate();
        for (const Seat &seat : BodyRepository(db.connection()).seats()) {
            const BodyMember &m = seat.member;
            if (expiring &&
                (!seat.bodyActive || BodyRules::expiring({m}, today, *expiring).isEmpty()))
                continue;
            out() << oneLine(seat.bodyName) << '\t' << oneLine(seat.memberName) << '\t'
                  << oneLine(m.representative) << '\t' << memberRoleCode(m.role) << '\t'
                  << m.mandateStart.toString(Qt::ISODate) << '\t'
                  << m.mandateEnd.toString(Qt::ISODate) << '\n';
        }
        return Success;
    });
}

int fundingSummary(const QCommandLineParser &parser, const Arguments &args)
{
    const QString usage = QStringLiteral("usage: dialogcivic --database PATH funding summary "
                                         "--year YEAR [--by institution|domain|county|region]");
    if (!args.isEmpty() || !parser.isSet(QStringLiteral("year")))
        return fail(usage, Usage);
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1990 || year > 2100)
        return fail(usage, Usage);
    FundingSummary::Key key = FundingSummary::Key::Institution;
    if (parser.isSet(QStringLiteral("by"))) {
        const std::optional<FundingSummary::Key> k =
            FundingSummary::keyFromCode(parser.value(QStringLiteral("by")));
        if (!k)
            return fail(QStringLiteral("--by takes institution, domain, county or region"), Usage);
        key = *k;
    }
    return withDatabase(parser, [&](Database &db) -> int {
        const QSqlDatabase connection = db.connection();
        for (const SummaryRow &row : FundingSummary::compute(connection, year, key)) {
            out() << oneLine(row.key) << '\t' << row.awards << '\t' << row.granted.toDecimal()
                  << '\t' << row.paid.toDecimal() << '\n';
        }
        const SummaryRow total = FundingSummary::total(connection, year);
        out() << "total\t" << total.awards << '\t' << total.granted.toDecimal() << '\t'
              << total.paid.toDecimal() << '\n';
        return Success;
    });
}

int fundingImport(const QCommandLineParser &parser, const Arguments &args)
{
    return runImport(parser, args, QStringLiteral("funding import FILE.csv|FILE.xlsx"),
                     [](const QSqlDatabase &db, const QString &file, const ImportOptions &options) {
                         return AwardImporter(db).importFile(file, options);
                     });
}

} // namespace

void addBodiesFundingCommands(CommandTable &table)
{
    table[{QStringLiteral("bodies"), QStringLiteral("list")}] = bodiesList;
    table[{QStringLiteral("funding"), QStringLiteral("summary")}] = fundingSummary;
    table[{QStringLiteral("funding"), QStringLiteral("import")}] = fundingImport;
}

} // namespace dc::cli
