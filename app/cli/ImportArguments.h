#pragma once

#include "CliSupport.h"

#include "registry/OrganizationImporter.h"

#include <memory>
#include <optional>

namespace dc::cli {

/// What an import command (`ngo import`, `funding import`) was asked for, and its database.
struct ImportRun
{
    QString file;
    ImportOptions options;
    std::unique_ptr<Database> database;
};

/// The one FILE of @p args (else prints @p usage), --encoding auto|utf-8|windows-1250 and
/// --dry-run, then the database, opened to read for a dry run and to write otherwise: on failure
/// prints why, sets @p exitCode (64 for a usage error) and returns empty.
std::optional<ImportRun> openForImport(const QCommandLineParser &parser, const Arguments &args,
                                       const QString &usage, int &exitCode);

/// Prints the rows of @p file that @p summary rejected on stderr ("FILE:LINE: REASON") and the
/// counts on stdout; returns the exit code: 0, or 2 when rows were rejected.
int reportImport(const QString &file, const ImportSummary &summary);

} // namespace dc::cli
