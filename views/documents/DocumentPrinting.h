#pragma once

#include "documents/ReportDocument.h"

class QWidget;

namespace dc {

/// Sends a document to the print preview window or the printer, through the same layout as the
/// PDF (DocumentLayout): A4 and the office's margins to begin with, page setup in the preview.
class DocumentPrinting final
{
public:
    /// The print preview window (modal), from which the document can be printed.
    static void preview(const reports::ReportDocument &document, QWidget *parent);
    /// The print dialog, then the printer.
    static void print(const reports::ReportDocument &document, QWidget *parent);
};

} // namespace dc
