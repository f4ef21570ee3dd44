#include "CliSupport.h"

#include "transparency/AnnualFigures.h"
#include "transparency/FormIndicators.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/ReportStatus.h"
#include "transparency/TransparencyWarnings.h"

namespace dc::cli {

namespace {

int figures(const QCommandLineParser &parser, const Arguments &args)
{
    bool badYear = false;
    const std::optional<int> year = yearOption(parser, badYear);
    if (!args.isEmpty() || badYear || !year)
        return fail(QStringLiteral("usage: dialogcivic --database PATH transparency figures --year "
                                   "YEAR [--institution NAME]"),
                    Usage);
    return withInstitution(parser, [&](const InstitutionScope &scope) -> int {
        const auto &[db, connection, institution] = scope;
        const Result<QList<Figure>> result =
            institution > 0 ? AnnualFigures::compute(connection, institution, *year)
                            : AnnualFigures::totals(connection, *year);
        if (!result)
            return fail(result.error());
        for (const Figure &f : result.value()) {
            const FormIndicator *indicator = FormIndicators::find(f.code);
            out() << f.code << '\t' << (indicator ? FormIndicators::label(*indicator) : QString())
                  << '\t' << oneLine(f.displayValue()) << '\t' << Figure::sourceCode(f.source)
                  << '\n';
        }
        if (institution == 0) {
            for (const Institution &missing : AnnualFigures::missing(connection, *year))
                out() << "missing\t" << oneLine(missing.name) << '\n';
        }
        return Success;
    });
}

int warnings(const QCommandLineParser &parser, const Arguments &args)
{
    bool badYear = false;
    const std::optional<int> year = yearOption(parser, badYear);
    if (!args.isEmpty() || badYear)
        return fail(QStringLiteral("usage: dialogcivic --database PATH transparency warnings "
                                   "[--year YEAR] [--institution NAME]"),
                    Usage);
    return withInstitution(parser, [&](const InstitutionScope &scope) -> int {
        const auto &[db, connection, institution] = scope;
        for (const TransparencyWarning &w :
             TransparencyWarnings::list(connection, year, institution)) {
            out() << oneLine(w.institution) << '\t' << oneLine(w.title) << '\t'
                  << DeadlineRules::name(w.warning) << '\t' << w.warning.days << '\n';
        }
        return Success;
    });
}

// institution<TAB>kind<TAB>status<TAB>received<TAB>days late, one line per institution.
int status(const QCommandLineParser &parser, const Arguments &args)
{
    bool badYear = false;
    const std::optional<int> year = yearOption(parser, badYear);
    if (!args.isEmpty() || badYear || !year)
        return fail(
            QStringLiteral("usage: dialogcivic --database PATH transparency status --year YEAR"),
            Usage);
    return withDatabase(parser, [&](Database &db) -> int {
        const Result<QList<ReportStatus>> statuses = ReportStatus::forYear(db.connection(), *year);
        if (!statuses)
            return fail(statuses.error());
        for (const ReportStatus &s : statuses.value()) {
            out() << oneLine(s.institution.name) << '\t' << institutionKindCode(s.institution.kind)
                  << '\t' << ReportStatus::stateCode(s.state) << '\t'
                  << (s.receivedOn.isValid() ? s.receivedOn.toString(Qt::ISODate) : QString())
                  << '\t' << s.daysLate << '\n';
        }
        return Success;
    });
}

} // namespace

void addTransparencyCommands(CommandTable &table)
{
    table[{QStringLiteral("transparency"), QStringLiteral("figures")}] = figures;
    table[{QStringLiteral("transparency"), QStringLiteral("warnings")}] = warnings;
    table[{QStringLiteral("transparency"), QStringLiteral("status")}] = status;
}

} // namespace dc::cli
