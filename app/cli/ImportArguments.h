#pragma once

#include "CliSupport.h"

#include "registry/OrganizationImporter.h"

#include <QSqlDatabase>

#include <functional>

namespace dc::cli {

/// Reads @p file into the database @p db with the @p options the command was given.
using Importer = std::function<Result<ImportSummary>(const QSqlDatabase &db, const QString &file,
                                                     const ImportOptions &options)>;

/// Runs the import command @p command ("ngo import FILE") through @p import: the one FILE of
/// @p args (else prints its usage), --encoding auto|utf-8|windows-1250 and --dry-run, on the
/// database opened to read for a dry run and to write otherwise. Prints the file's warnings and
/// the rows rejected on stderr ("FILE:LINE: REASON") and the counts on stdout; returns the exit
/// code: 0, 2 when rows were rejected, 1 on a failure (printed), 64 on a usage error.
int runImport(const QCommandLineParser &parser, const Arguments &args, const QString &command,
              const Importer &import);

} // namespace dc::cli
