#include "DocumentActions.h"

#include "DocumentPrinting.h"
#include "PdfExport.h"
#include "common/Dialogs.h"
#include "common/Page.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMainWindow>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace dc {

namespace {

const QString lastFolderKey = QStringLiteral("documents/lastFolder");

// A file name made of the document's title: no characters that a file system refuses.
QString fileNameFor(const QString &title)
{
    QString name = title;
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\n\\r\\t]+"));
    name.replace(unsafe, QStringLiteral(" "));
    name = name.simplified();
    if (name.size() > 80)
        name = name.left(80).trimmed();
    return name.isEmpty() ? QStringLiteral("document") : name;
}

// The wait cursor for the few moments a document takes to build and lay out.
class WaitCursor final
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

DocumentActions::DocumentActions(QWidget *window, std::function<Page *()> currentPage)
    : QObject(window), m_window(window), m_currentPage(std::move(currentPage)),
      m_preview(
          new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")), QString(), this)),
      m_print(new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this)),
      m_exportPdf(new QAction(QIcon::fromTheme(QStringLiteral("application-pdf")), QString(), this))
{
    m_preview->setObjectName(QStringLiteral("printPreviewAction"));
    m_print->setObjectName(QStringLiteral("printAction"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_preview, &QAction::triggered, this, &DocumentActions::printPreview);
    connect(m_print, &QAction::triggered, this, &DocumentActions::print);
    connect(m_exportPdf, &QAction::triggered, this, &DocumentActions::exportPdf);
    retranslate();
    update();
    // The texts follow the language chosen in Preferences.
    window->installEventFilter(this);
}

QList<QAction *> DocumentActions::actions() const
{
    return {m_preview, m_print, m_exportPdf};
}

void DocumentActions::retranslate()
{
    m_preview->setText(tr("Print pre&view…"));
    m_preview->setStatusTip(tr("See the document of this page as it will be printed"));
    m_print->setText(tr("&Print…"));
    m_print->setStatusTip(tr("Print the document of this page"));
    m_exportPdf->setText(tr("&Export PDF…"));
    m_exportPdf->setStatusTip(tr("Save the document of this page as a PDF file"));
}

bool DocumentActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

Page *DocumentActions::pageWithDocument() const
{
    Page *page = m_currentPage ? m_currentPage() : nullptr;
    return page && page->hasDocument() ? page : nullptr;
}

void DocumentActions::update()
{
    const bool enabled = pageWithDocument() != nullptr;
    for (QAction *action : actions())
        action->setEnabled(enabled);
}

std::optional<reports::ReportDocument> DocumentActions::currentDocument() const
{
    const Page *page = pageWithDocument();
    if (!page)
        return std::nullopt;
    const WaitCursor wait;
    return page->document();
}

void DocumentActions::printPreview()
{
    if (const std::optional<reports::ReportDocument> document = currentDocument())
        DocumentPrinting::preview(*document, m_window);
}

void DocumentActions::print()
{
    if (const std::optional<reports::ReportDocument> document = currentDocument())
        DocumentPrinting::print(*document, m_window);
}

void DocumentActions::exportPdf()
{
    const std::optional<reports::ReportDocument> current = currentDocument();
    if (!current)
        return;
    const reports::ReportDocument &document = *current;
    QSettings settings;
    QString folder = settings.value(lastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = Dialogs::saveFileName(
        m_window, tr("Export PDF"),
        QDir(folder).filePath(fileNameFor(document.title) + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    Result<int> pages = Result<int>::failure(QString());
    {
        const WaitCursor wait;
        pages = PdfExport::write(document, path);
    }
    if (!pages) {
        Dialogs::critical(m_window, tr("Export PDF"), pages.error());
        return;
    }
    const int count = pages.value();
    if (auto *mainWindow = qobject_cast<QMainWindow *>(m_window))
        mainWindow->statusBar()->showMessage(
            tr("%1 written (%n page(s)).", nullptr, count).arg(QDir::toNativeSeparators(path)),
            8000);
}

} // namespace dc
