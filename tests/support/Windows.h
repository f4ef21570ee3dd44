#pragma once

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QSettings>
#include <QSize>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace dc::test {

// The windows of a test: shown as the user sees them, with settings of their own.

/// Shows @p widget at @p size; false when the window could not be shown.
inline bool showAt(QWidget &widget, const QSize &size)
{
    widget.resize(size);
    widget.show();
    return QTest::qWaitForWindowExposed(&widget);
}

/// Clicks the cell (@p row, @p column) of @p view as the user would.
inline void clickCell(QAbstractItemView *view, int row, int column)
{
    const QRect cell = view->visualRect(view->model()->index(row, column));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

/// Gives the program settings of the test's own: QStandardPaths in test mode, the application
/// named @p application, and every QSettings of the program written in @p dir, not in the
/// user's configuration.
inline void useTestSettings(const QTemporaryDir &dir, const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dialogcivic-test"));
    QCoreApplication::setApplicationName(application);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));
}

} // namespace dc::test
