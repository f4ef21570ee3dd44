#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace dc {

/// What importing the demo's received reports did.
struct ReceivedReportsDemoSummary
{
    int read = 0;
    int imported = 0;
    int replaced = 0;
    int unchanged = 0;
    int warnings = 0;

    /// "received reports: read 2, imported 2, replaced 0, unchanged 0, warnings 1", the line the
    /// demo command prints.
    QString line() const;
};

/// The annual reports the demo's fictitious institutions sent back as files
/// (resources/demo/transparency.json, "received_reports"): the demo writes each file as an
/// institution would have filled in the published model (an XLSX workbook numbered as Anexa nr. 20,
/// a CSV file with the numbering in a column of its own) into a temporary folder and reads it back
/// through the same importer as the office's files, with the day it arrived. In the data one
/// report is late and one differs from the office's records; the institution without a report stays
/// missing. Loading it again changes nothing. Run after TransparencyDemo.
class ReceivedReportsDemo final
{
public:
    static Result<ReceivedReportsDemoSummary> load(QSqlDatabase db);
};

} // namespace dc
