#include "DatabaseTest.h"

#include <QAbstractItemModel>
#include <QTest>

namespace dc::test {

void DatabaseTest::init()
{
    if (const QString why = serverSkipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_db = std::make_unique<TestDatabase>(m_seed);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    prepare();
}

void DatabaseTest::cleanup()
{
    m_db.reset();
}

int rowWith(const QAbstractItemModel &model, int column, const QString &text)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, column).data().toString() == text)
            return r;
    }
    return -1;
}

} // namespace dc::test
