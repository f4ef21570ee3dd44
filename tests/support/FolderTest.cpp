#include "FolderTest.h"

#include <QTest>

namespace dc::test {

void FolderTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void FolderTest::cleanup()
{
    m_dir.reset();
}

} // namespace dc::test
