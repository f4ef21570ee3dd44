#pragma once

#include "DocumentLayout.h"
#include "core/Result.h"
#include "documents/ReportDocument.h"

#include <QString>

namespace dc {

/// Writes a document to a PDF file: A4, 300 dpi, fonts embedded, the title, author (institution
/// and department) and creator in the PDF's metadata. The file is written whole or not at all.
class PdfExport final
{
public:
    /// The number of pages written; a failure names the file and the reason (a folder that does
    /// not exist, no permission...).
    static Result<int> write(const reports::ReportDocument &document, const QString &path,
                             const PageDecoration &decoration = PageDecoration::fromSettings());
};

} // namespace dc
