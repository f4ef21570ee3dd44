#include "DocumentPrinting.h"

#include "DocumentLayout.h"
#include "common/Dialogs.h"
#include "common/ScreenFit.h"

#include <QCoreApplication>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)
};

void setUp(QPrinter &printer, const reports::ReportDocument &document)
{
    printer.setPageLayout(DocumentLayout::defaultPageLayout());
    printer.setDocName(document.title);
    printer.setCreator(
        QStringLiteral("Dialog Civic %1").arg(QCoreApplication::applicationVersion()));
}

} // namespace

void DocumentPrinting::preview(const reports::ReportDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, document);
    DocumentLayout layout(document);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Messages::tr("Print preview: %1").arg(document.title));
    resizeWithinScreen(&dialog, QSize(1000, 800));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        if (Status s = layout.print(*target); !s)
            Dialogs::warning(parent, Messages::tr("Print preview"), s.error());
    });
    dialog.exec();
}

void DocumentPrinting::print(const reports::ReportDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, document);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Messages::tr("Print: %1").arg(document.title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    DocumentLayout layout(document);
    if (Status s = layout.print(printer); !s)
        Dialogs::warning(parent, Messages::tr("Print"), s.error());
}

} // namespace dc
