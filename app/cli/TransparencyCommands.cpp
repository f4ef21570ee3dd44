#include "CliSupport.h"

#include "core/NameMatcher.h"
#include "transparency/AnnualFigures.h"
#include "transparency/FormIndicators.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/TransparencyWarnings.h"

namespace dc::cli {

namespace {

// --year YEAR: empty when absent; a usage error when it is not a year.
std::optional<int> yearOption(const QCommandLineParser &parser, bool &bad)
{
    bad = false;
    if (!parser.isSet(QStringLiteral("year")))
        return std::nullopt;
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1900 || year > 2100) {
        bad = true;
        return std::nullopt;
    }
    return year;
}

// The institution named by --institution: 0 when absent; on failure prints why (with the
// candidates) and sets @p exitCode.
std::optional<qint64> institutionOption(const QCommandLineParser &parser, const QSqlDatabase &db, int &exitCode)
{
    if (!parser.isSet(QStringLiteral("institution")))
        return qint64(0);
    const QString name = parser.value(QStringLiteral("institution"));
    const NameMatcher::Match match = NameMatcher::match(name, InstitutionRepository(db).candidates());
    switch (match.outcome) {
    case NameMatcher::Outcome::Unique:
        return match.id;
    case NameMatcher::Outcome::Ambiguous:
        exitCode = fail(QStringLiteral("'%1' matches several institutions: %2")
                            .arg(name, match.candidates.join(QLatin1String("; "))));
        return std::nullopt;
    case NameMatcher::Outcome::None:
        break;
    }
    exitCode = fail(match.candidates.isEmpty()
                        ? QStringLiteral("no institution matches '%1' (there are no institutions)").arg(name)
                        : QStringLiteral("no institution matches '%1'; the institutions are: %2")
                              .arg(name, match.candidates.join(QLatin1String("; "))));
    return std::nullopt;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text.simplified();
}

int figures(const QCommandLineParser &parser, const Arguments &args)
{
    bool badYear = false;
    const std::optional<int> year = yearOption(parser, badYear);
    if (!args.isEmpty() || badYear || !year)
        return fail(QStringLiteral("usage: dialogcivic --database PATH transparency figures --year YEAR [--institution NAME]"), Usage);
    int code = Success;
    auto db = openDatabase(parser, code);
    if (!db)
        return code;
    const QSqlDatabase connection = db->connection();
    const std::optional<qint64> institution = institutionOption(parser, connection, code);
    if (!institution)
        return code;
    const Result<QList<Figure>> result = *institution > 0 ? AnnualFigures::compute(connection, *institution, *year)
                                                          : AnnualFigures::totals(connection, *year);
    if (!result)
        return fail(result.error());
    for (const Figure &f : result.value()) {
        const FormIndicator *indicator = FormIndicators::find(f.code);
        out() << f.code << '\t' << (indicator ? FormIndicators::label(*indicator) : QString()) << '\t'
              << oneLine(f.displayValue()) << '\t' << Figure::sourceCode(f.source) << '\n';
    }
    if (*institution == 0) {
        for (const Institution &missing : AnnualFigures::missing(connection, *year))
            out() << "missing\t" << oneLine(missing.name) << '\n';
    }
    return Success;
}

int warnings(const QCommandLineParser &parser, const Arguments &args)
{
    bool badYear = false;
    const std::optional<int> year = yearOption(parser, badYear);
    if (!args.isEmpty() || badYear)
        return fail(QStringLiteral("usage: dialogcivic --database PATH transparency warnings [--year YEAR] [--institution NAME]"), Usage);
    int code = Success;
    auto db = openDatabase(parser, code);
    if (!db)
        return code;
    const QSqlDatabase connection = db->connection();
    const std::optional<qint64> institution = institutionOption(parser, connection, code);
    if (!institution)
        return code;
    for (const TransparencyWarning &w : TransparencyWarnings::list(connection, year, *institution)) {
        out() << oneLine(w.institution) << '\t' << oneLine(w.title) << '\t'
              << DeadlineRules::name(w.warning) << '\t' << w.warning.days << '\n';
    }
    return Success;
}

} // namespace

void addTransparencyCommands(CommandTable &table)
{
    table[{QStringLiteral("transparency"), QStringLiteral("figures")}] = figures;
    table[{QStringLiteral("transparency"), QStringLiteral("warnings")}] = warnings;
}

} // namespace dc::cli
