#pragma once

#include "core/Result.h"
#include "documents/ReportDocument.h"

#include <QString>

namespace dc::reports {

/// Writes the figures behind a document (its header row, then its rows) as CSV the way the other
/// exports do: UTF-8 with BOM, ';' separated, CRLF, fields quoted when needed. Written whole or
/// not at all; a failure names the file.
Status writeFiguresCsv(const TableSpec &figures, const QString &path);

} // namespace dc::reports
