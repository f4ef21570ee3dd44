#pragma once

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace dc::cli {

/// Exit codes shared by the commands.
enum Exit
{
    Success = 0,
    Failure = 1,
    PartlyRejected = 2,
    Usage = 64
};

using Arguments = QStringList;
using Command = std::function<int(const QCommandLineParser &, const Arguments &)>;
/// The words that name a command ("ngo", "import") and what runs it.
using CommandTable = std::map<QStringList, Command>;

QTextStream &out();
QTextStream &err();
/// Prints "dialogcivic: MESSAGE" on stderr and returns @p code.
int fail(const QString &message, int code = Failure);
/// What a command does with its database.
enum class DatabaseUse
{
    Read,    ///< reads (the schema may still be brought up to date); a missing file is refused
    Write,   ///< writes: also refused when the file is read-only or damaged
    Create,  ///< `demo`: writes, and a missing file is created
    Inspect, ///< `db check`: opened read-only, nothing written, not even a migration
};

/// The database named by --database (or the default one), opened for @p use (`--create` lets a
/// reading or writing command create a missing file); on failure prints the reason, sets
/// @p exitCode (64 for an empty --database) and returns null.
std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, int &exitCode,
                                       DatabaseUse use = DatabaseUse::Read);

/// The database file openDatabase() created in this run, empty when none: a command that then
/// fails has it removed (Cli::run), so that nothing half-made is left.
QString &createdDatabase();

/// --year YEAR: empty when absent; @p bad is set when it is not a year.
std::optional<int> yearOption(const QCommandLineParser &parser, bool &bad);
/// The institution named by --institution (diacritics and case ignored, a unique part is enough):
/// 0 when absent; on failure prints why, with the candidates, sets @p exitCode and returns empty.
std::optional<qint64> institutionOption(const QCommandLineParser &parser, const QSqlDatabase &db,
                                        int &exitCode);
/// A command's database and the institution --institution names in it (0 when absent).
struct InstitutionScope
{
    std::unique_ptr<Database> database;
    QSqlDatabase connection;
    qint64 institution = 0;
};
/// openDatabase() and then institutionOption(): on failure prints why, sets @p exitCode and
/// returns empty.
std::optional<InstitutionScope> openWithInstitution(const QCommandLineParser &parser,
                                                    int &exitCode);
/// Runs @p command on the database of openDatabase() (opened for @p use); when it cannot be opened,
/// the exit code of that failure.
template <typename Command>
int withDatabase(const QCommandLineParser &parser, DatabaseUse use, Command command)
{
    int code = Success;
    const std::unique_ptr<Database> db = openDatabase(parser, code, use);
    return db ? command(*db) : code;
}
/// withDatabase() to read.
template <typename Command> int withDatabase(const QCommandLineParser &parser, Command command)
{
    return withDatabase(parser, DatabaseUse::Read, command);
}
/// Runs @p command on the database and institution of openWithInstitution(); when they cannot be
/// had, the exit code of that failure.
template <typename Command> int withInstitution(const QCommandLineParser &parser, Command command)
{
    int code = Success;
    const std::optional<InstitutionScope> scope = openWithInstitution(parser, code);
    return scope ? command(*scope) : code;
}
/// A text on one line for a tab-separated output: tabs and line breaks become spaces, and other
/// control and text-direction characters are written visibly (\x1b, \u{202E}), never raw.
QString oneLine(QString text);

/// Each capability adds its commands (app/cli/<Capability>Commands.cpp).
void addRegistryCommands(CommandTable &table);
/// `db copy` (app/cli/DatabaseCommands.cpp).
void addDatabaseCommands(CommandTable &table);
void addCalendarCommands(CommandTable &table);
void addTransparencyCommands(CommandTable &table);
/// `transparency forms` and `transparency remind` (app/cli/TransparencyFormCommands.cpp).
void addTransparencyFormCommands(CommandTable &table);
/// `transparency import-reports` (app/cli/TransparencyImportCommands.cpp).
void addTransparencyImportCommands(CommandTable &table);
void addNationalRegisterCommands(CommandTable &table);
void addBodiesFundingCommands(CommandTable &table);
/// The documents (`report ...`); they need a QApplication (see main.cpp).
void addReportCommands(CommandTable &table);
/// `report transparency` and `report ngos` (app/cli/TransparencyReportCommands.cpp).
void addTransparencyReportCommands(CommandTable &table);

} // namespace dc::cli
