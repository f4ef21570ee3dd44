#include "DatabaseTest.h"

#include "demo/DemoDataset.h"

#include <QAbstractItemModel>
#include <QTest>

namespace dc::test {

void DatabaseTest::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    if (m_seed == Seed::Demo) {
        const Result<DemoSummary> demo = DemoDataset::load(m_db->connection());
        QVERIFY2(demo.ok(), qPrintable(demo.error()));
    }
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
