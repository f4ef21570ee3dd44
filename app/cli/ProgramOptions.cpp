#include "ProgramOptions.h"

#include "programs/ProgramRepository.h"

namespace dc::cli {

std::optional<int> editionYearOption(const QCommandLineParser &parser)
{
    bool ok = false;
    const int year = parser.value(QStringLiteral("edition")).toInt(&ok);
    if (!ok || year < 1990 || year > 2200) {
        fail(QStringLiteral("--edition takes the edition's year, e.g. 2021, not '%1'")
                 .arg(parser.value(QStringLiteral("edition"))),
             Usage);
        return std::nullopt;
    }
    return year;
}

std::optional<ProgramEdition> openProgramEdition(const QCommandLineParser &parser, int year,
                                                 int &exitCode)
{
    std::unique_ptr<Database> db = openDatabase(parser, exitCode);
    if (!db)
        return std::nullopt;
    const ProgramRepository programs(db->connection());
    const Result<Program> program = programs.match(parser.value(QStringLiteral("program")));
    if (!program) {
        exitCode = fail(program.error());
        return std::nullopt;
    }
    const Result<Edition> edition = programs.editionOfYear(program.value(), year);
    if (!edition) {
        exitCode = fail(edition.error());
        return std::nullopt;
    }
    return ProgramEdition{std::move(db), program.value(), edition.value()};
}

} // namespace dc::cli
