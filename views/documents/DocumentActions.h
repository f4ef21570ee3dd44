#pragma once

#include "documents/ReportDocument.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace dc {

class Page;

/// File > Print preview…, Print…, Export PDF… for the document of the current page: enabled when
/// the page has one, the document built and laid out when asked (a wait cursor while it is).
class DocumentActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentActions)

public:
    /// @p window is the parent of the dialogs; @p currentPage says which page is shown.
    DocumentActions(QWidget *window, std::function<Page *()> currentPage);

    QList<QAction *> actions() const;
    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }

    /// Enables the actions when the current page has a document (call when the page changes).
    void update();

    void printPreview();
    void print();
    /// Asks for a file (Dialogs, so tests can answer) and writes the PDF there.
    void exportPdf();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    Page *pageWithDocument() const;
    /// The current page's document, built under a wait cursor; none when the page has none.
    std::optional<reports::ReportDocument> currentDocument() const;

    QWidget *m_window;
    std::function<Page *()> m_currentPage;
    QAction *m_preview;
    QAction *m_print;
    QAction *m_exportPdf;
};

} // namespace dc
