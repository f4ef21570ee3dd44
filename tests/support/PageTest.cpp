#include "PageTest.h"

#include <QTest>

namespace dc::test {

int PageTest::rowOf(const QTableView *view, int column, const QString &text)
{
    return rowWith(*view->model(), column, text);
}

bool PageTest::show(QWidget *page)
{
    m_window->resize(1200, 800);
    page->resize(1200, 800);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void PageTest::cleanup()
{
    m_undo.clear(); // its commands point into the pages and the database going away
    m_window.reset();
    DatabaseTest::cleanup();
}

} // namespace dc::test
