#pragma once

#include "RegisterChange.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace dc {

/// Writes a list of register changes (the "What changed" feed as shown) to CSV or XLSX, with the
/// change model's column titles.
class RegisterChangeExporter final
{
public:
    /// UTF-8 with a byte order mark, ';' separated, CRLF, quoted where needed; replaced only
    /// when everything was written.
    static Status exportCsv(const QList<RegisterChange> &changes, const QString &path);
    /// One sheet, the header row bold and frozen.
    static Status exportXlsx(const QList<RegisterChange> &changes, const QString &path);
    /// By the extension of @p path (.csv or .xlsx, any case); any other is a failure.
    static Status exportFile(const QList<RegisterChange> &changes, const QString &path);
};

} // namespace dc
