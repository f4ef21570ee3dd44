#pragma once

#include "core/Result.h"
#include "documents/ReportDocument.h"

#include <QCommandLineParser>
#include <QString>

namespace dc::cli {

// The outputs every `report` command shares: --pdf OUT.pdf and/or --csv OUT.csv.

/// Whether --pdf or --csv (or both) was given; otherwise prints @p usage and the reason and
/// returns false (the command exits with Usage).
bool hasReportOutput(const QCommandLineParser &parser, const QString &usage);

/// Writes @p document to --pdf (the document) and its figures to --csv, prints
/// "pdf: PATH (N pages)" and "csv: PATH (N rows)" and returns the exit code: Success, or
/// Failure with one line naming the file when one cannot be written (a file that cannot be
/// written is not left behind).
int writeReport(const QCommandLineParser &parser, const reports::ReportDocument &document);
/// As above for a document that may have failed to build: then prints why and returns Failure.
int writeReport(const QCommandLineParser &parser, const Result<reports::ReportDocument> &document);

} // namespace dc::cli
