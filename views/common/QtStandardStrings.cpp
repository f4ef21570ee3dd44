// Qt ships no Romanian (or Serbian) translation of its own widgets, so the strings officials meet
// in standard buttons, the print preview's toolbar, the file dialogs and the text fields' context
// menu are listed here for lupdate and translated in our own .ts files, under the contexts Qt 6.4
// looks them up in (QPlatformTheme, QPrintPreviewDialog, QFileDialog, QFileSystemModel, QLineEdit,
// QWidgetTextControl). The source texts are Qt's own, character for character. Nothing here runs.

#include <QtGlobal>

namespace {

[[maybe_unused]] const char *const standardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

[[maybe_unused]] const char *const printPreviewTexts[] = {
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print Preview"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Next page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Previous page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "First page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Last page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit width"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom in"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom out"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Portrait"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Landscape"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show single page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show facing pages"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show overview of all pages"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Page setup"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Page Setup"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Export to PDF"),
};

[[maybe_unused]] const char *const fileDialogTexts[] = {
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "All files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileDialog",
                      "%1\nFile not found.\nPlease verify the correct file name was given."),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
};

[[maybe_unused]] const char *const textEditTexts[] = {
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
};

} // namespace
