#pragma once

#include "PageTest.h"
#include "TestDatabase.h"
#include "registry/OrganizationsPage.h"

#include <QTest>

namespace dc::test {

/// The base of a test of the organizations page over the demo: before each test function the
/// page is shown in its window (m_page); organizations are found by name.
class OrganizationsPageTest : public PageTest
{
protected:
    qint64 idOf(const QString &name) const { return organizationId(m_db->connection(), name); }

    void prepare() override
    {
        m_page = showInWindow<OrganizationsPage>();
        QVERIFY(m_page);
    }

    OrganizationsPage *m_page = nullptr;
};

} // namespace dc::test
