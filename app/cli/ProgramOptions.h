#pragma once

#include "CliSupport.h"

#include "programs/Edition.h"
#include "programs/Program.h"

#include <memory>
#include <optional>

namespace dc::cli {

/// The database, the program named by --program and its edition of the year given by --edition.
struct ProgramEdition
{
    std::unique_ptr<Database> database;
    Program program;
    Edition edition;
};

/// --edition YEAR (a year from 1990 to 2200): on anything else prints why and returns empty (a
/// usage error).
std::optional<int> editionYearOption(const QCommandLineParser &parser);

/// Opens the database (openDatabase()) and finds the program --program names (a unique part of
/// its name is enough) and its edition of @p year; on failure prints why, sets @p exitCode and
/// returns empty.
std::optional<ProgramEdition> openProgramEdition(const QCommandLineParser &parser, int year,
                                                 int &exitCode);

} // namespace dc::cli
