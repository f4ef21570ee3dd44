#pragma once

#include "DatabaseTest.h"

#include "common/Page.h"

#include <QTableView>
#include <QUndoStack>
#include <QWidget>

#include <memory>

namespace dc::test {

/// The base of a test of pages and their forms: DatabaseTest's fresh database for each test
/// function, an undo stack emptied with it, and the PageContext a page is built with.
class PageTest : public DatabaseTest
{
    Q_OBJECT

protected:
    using DatabaseTest::DatabaseTest;

    PageContext context() { return {&m_db->database(), &m_undo}; }

    /// A field of a form by its object name (in the .ui file); the test stops when there is none.
    template <typename T> static T *field(const QWidget &form, const char *name)
    {
        T *widget = form.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }

    /// A page of type P made for this test function in a window of 1200x800, shown as the user
    /// sees it (cleanup() removes it); null when the window could not be shown.
    template <typename P> P *showInWindow()
    {
        m_window = std::make_unique<QWidget>();
        auto *page = new P(context(), m_window.get());
        return show(page) ? page : nullptr;
    }

    /// The first row of @p view whose @p column displays @p text; -1 when none does.
    static int rowOf(const QTableView *view, int column, const QString &text);

    QUndoStack m_undo;
    std::unique_ptr<QWidget> m_window; ///< the window of showInWindow()

protected Q_SLOTS:
    void cleanup();

private:
    bool show(QWidget *page);
};

/// A PageTest whose test functions each start on an empty database (the schema only).
class EmptyPageTest : public PageTest
{
    Q_OBJECT

protected:
    EmptyPageTest() : PageTest(Seed::Empty) {}
};

} // namespace dc::test
