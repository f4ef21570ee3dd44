// The organization's details open their records: a double click (or Enter) on a row of a tab under
// the organization list switches the main window to the page that shows the record (the edition
// with the partner or the event, the draft act with the recommendation, the consultative body
// with the member, the funding call with the award) with the record selected, in view (also in
// a small window, and far down a long list) and the focus on it. A record deleted meanwhile leaves
// the page where it is and says so.

#include "TestDatabase.h"
#include "Windows.h"
#include "app/MainWindow.h"
#include "bodies/BodiesPage.h"
#include "common/MessageBar.h"
#include "demo/DemoDataset.h"
#include "funding/FundingPage.h"
#include "programs/EditionPage.h"
#include "programs/EventTableModel.h"
#include "programs/PartnershipTableModel.h"
#include "registry/OrganizationDetailsPanel.h"
#include "registry/OrganizationsPage.h"
#include "storage/Database.h"
#include "storage/RecordTableModel.h"
#include "transparency/DraftsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dc;

using Tab = OrganizationDetailsPanel::Tab;
Q_DECLARE_METATYPE(OrganizationDetailsPanel::Tab)

namespace {

enum class Gesture
{
    DoubleClick,
    Enter
};

/// The id a view's current row holds (any column: the ids are behind every cell).
qint64 currentId(const QTableView *view, int idRole)
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.data(idRole).toLongLong() : 0;
}

/// Whether the current row is selected and wholly inside the view's viewport.
bool currentRowShown(const QTableView *view)
{
    const int row = view->currentIndex().row();
    if (row < 0 || !view->selectionModel()->isRowSelected(row, view->currentIndex().parent()))
        return false;
    const int top = view->rowViewportPosition(row);
    return top >= 0 && top + view->rowHeight(row) <= view->viewport()->height();
}

} // namespace

Q_DECLARE_METATYPE(Gesture)

class TestDetailsNavigation final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<MainWindow> m_window;

    QSqlDatabase db() const { return m_window->database().connection(); }
    OrganizationsPage *organizations() const
    {
        return qobject_cast<OrganizationsPage *>(m_window->page(QStringLiteral("organizations")));
    }
    qint64 value(const QString &sql, qint64 id) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        q.bindValue(QStringLiteral(":id"), id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    /// The demo's fictitious organization, tied to every capability (test::tieToEveryKindOfRecord).
    qint64 fsc() const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT id FROM organization WHERE name = :n"));
        q.bindValue(QStringLiteral(":n"), QString::fromUtf16(test::everyRecordOrganization));
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    /// The organizations page with FSC selected and the tab's table shown; its last row (not the
    /// first, which the pages select by themselves).
    QModelIndex lastRowOf(Tab tab)
    {
        m_window->setCurrentPage(QStringLiteral("organizations"));
        OrganizationsPage *page = organizations();
        page->clearFilters();
        page->selectOrganization(fsc());
        OrganizationDetailsPanel *details = page->details();
        details->refresh();
        details->tabs()->setCurrentIndex(tab);
        QTableView *view = details->view(tab);
        if (view->model()->rowCount() == 0)
            return {};
        const QModelIndex index =
            view->model()->index(view->model()->rowCount() - 1, view->columnAt(0));
        view->scrollTo(index);
        return index;
    }
    void activate(Tab tab, const QModelIndex &index, Gesture gesture)
    {
        QTableView *view = organizations()->details()->view(tab);
        if (gesture == Gesture::DoubleClick) {
            const QPoint centre = view->visualRect(index).center();
            // What a real double click sends: press, release, double click, release.
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
            QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, centre);
        } else {
            view->setFocus();
            view->selectRow(index.row());
            QTest::keyClick(view, Qt::Key_Return);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTestSettings(m_dir, QStringLiteral("tst_detailsnavigation"));
    }

    void init()
    {
        QSettings().clear();
        auto opened =
            Database::open(m_dir.filePath(QStringLiteral("demo%1.sqlite").arg(++m_databases)));
        QVERIFY2(opened, qPrintable(opened.error()));
        std::unique_ptr<Database> database = std::move(opened).value();
        const Result<DemoSummary> demo = DemoDataset::load(database->connection());
        QVERIFY2(demo, qPrintable(demo.error()));
        QVERIFY(test::tieToEveryKindOfRecord(database->connection()) > 0);
        m_window = std::make_unique<MainWindow>(std::move(database));
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(fsc() > 0);
    }

    void cleanup() { m_window.reset(); }

    void rowOpensItsRecord_data()
    {
        QTest::addColumn<Tab>("tab");
        QTest::addColumn<Gesture>("gesture");
        // The smallest screen the window fits (short lists: the record is scrolled to).
        QTest::addColumn<QSize>("windowSize");
        const std::pair<Tab, const char *> tabs[] = {
            {OrganizationDetailsPanel::Partnerships, "partnership"},
            {OrganizationDetailsPanel::Events, "event"},
            {OrganizationDetailsPanel::Recommendations, "recommendation"},
            {OrganizationDetailsPanel::Debates, "debate"},
            {OrganizationDetailsPanel::Seats, "seat"},
            {OrganizationDetailsPanel::Funding, "award"}};
        for (const auto &[tab, name] : tabs) {
            QTest::addRow("%s double click", name)
                << tab << Gesture::DoubleClick << QSize(1280, 800);
            QTest::addRow("%s enter", name) << tab << Gesture::Enter << QSize(1280, 800);
            QTest::addRow("%s small window", name)
                << tab << Gesture::DoubleClick << QSize(1024, 600);
        }
    }

    void rowOpensItsRecord()
    {
        QFETCH(Tab, tab);
        QFETCH(Gesture, gesture);
        QFETCH(QSize, windowSize);
        m_window->resize(windowSize);
        const QModelIndex index = lastRowOf(tab);
        QVERIFY(index.isValid());
        const qint64 id = index.data(RecordTableModel::IdRole).toLongLong();
        QVERIFY(id > 0);

        activate(tab, index, gesture);

        QVERIFY(m_window->currentPage());
        switch (tab) {
        case OrganizationDetailsPanel::Partnerships:
        case OrganizationDetailsPanel::Events: {
            QCOMPARE(m_window->currentPage()->key(), QStringLiteral("editions"));
            auto *page = qobject_cast<EditionPage *>(m_window->currentPage());
            QVERIFY(page);
            const bool event = tab == OrganizationDetailsPanel::Events;
            QCOMPARE(
                page->currentEdition(),
                value(event ? QStringLiteral("SELECT edition_id FROM event WHERE id = :id")
                            : QStringLiteral("SELECT edition_id FROM partnership WHERE id = :id"),
                      id));
            QTableView *view = event ? page->eventView() : page->partnerView();
            QCOMPARE(currentId(view, event ? int(EventTableModel::IdRole)
                                           : int(PartnershipTableModel::IdRole)),
                     id);
            QVERIFY(currentRowShown(view));
            QVERIFY(view->hasFocus());
            break;
        }
        case OrganizationDetailsPanel::Recommendations:
        case OrganizationDetailsPanel::Debates: {
            QCOMPARE(m_window->currentPage()->key(), QStringLiteral("drafts"));
            auto *page = qobject_cast<DraftsPage *>(m_window->currentPage());
            QVERIFY(page);
            const bool debate = tab == OrganizationDetailsPanel::Debates;
            const qint64 draftId =
                debate ? id
                       : value(QStringLiteral("SELECT draft_id FROM recommendation WHERE id = :id"),
                               id);
            QCOMPARE(currentId(page->view(), RecordTableModel::IdRole), draftId);
            QVERIFY(currentRowShown(page->view()));
            if (!debate) {
                QCOMPARE(currentId(page->recommendationView(), RecordTableModel::IdRole), id);
                QVERIFY(currentRowShown(page->recommendationView()));
                QVERIFY(page->recommendationView()->hasFocus());
            } else {
                QVERIFY(page->view()->hasFocus());
            }
            break;
        }
        case OrganizationDetailsPanel::Seats: {
            QCOMPARE(m_window->currentPage()->key(), QStringLiteral("bodies"));
            auto *page = qobject_cast<BodiesPage *>(m_window->currentPage());
            QVERIFY(page);
            QCOMPARE(page->currentBodyId(),
                     value(QStringLiteral("SELECT body_id FROM body_member WHERE id = :id"), id));
            QCOMPARE(page->currentMemberId(), id);
            QVERIFY(currentRowShown(page->view()));
            QVERIFY(currentRowShown(page->memberView()));
            QVERIFY(page->memberView()->hasFocus());
            break;
        }
        case OrganizationDetailsPanel::Funding: {
            QCOMPARE(m_window->currentPage()->key(), QStringLiteral("funding"));
            auto *page = qobject_cast<FundingPage *>(m_window->currentPage());
            QVERIFY(page);
            const qint64 callId =
                value(QStringLiteral("SELECT call_id FROM funding_award WHERE id = :id"), id);
            QCOMPARE(page->currentCallId(), callId);
            QCOMPARE(page->yearBox()->currentData().toLongLong(),
                     value(QStringLiteral("SELECT year FROM funding_call WHERE id = :id"), callId));
            QCOMPARE(page->currentAwardId(), id);
            QVERIFY(currentRowShown(page->callView()));
            QVERIFY(currentRowShown(page->awardView()));
            QVERIFY(page->awardView()->hasFocus());
            break;
        }
        case OrganizationDetailsPanel::TabCount:
            QFAIL("no such tab");
        }
    }

    void recordFarDownTheListIsScrolledTo()
    {
        // Forty more members before FSC's seat in its body (earlier mandates come first): the seat
        // is below the fold.
        const qint64 seat = value(
            QStringLiteral("SELECT min(id) FROM body_member WHERE organization_id = :id"), fsc());
        const qint64 body =
            value(QStringLiteral("SELECT body_id FROM body_member WHERE id = :id"), seat);
        QVERIFY(seat > 0 && body > 0);
        const qint64 other =
            value(QStringLiteral("SELECT min(id) FROM organization WHERE id <> :id"), fsc());
        QSqlQuery q(db());
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO body_member (body_id, organization_id, role, mandate_start, created_at, "
            "updated_at) VALUES (:body, :org, 'member', '1990-01-01', '2000-01-01T00:00:00', "
            "'2000-01-01T00:00:00')")));
        for (int i = 0; i < 40; ++i) {
            q.bindValue(QStringLiteral(":body"), body);
            q.bindValue(QStringLiteral(":org"), other);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }

        const QModelIndex index = lastRowOf(OrganizationDetailsPanel::Seats);
        QTableView *panelView = organizations()->details()->view(OrganizationDetailsPanel::Seats);
        int row = -1;
        for (int r = 0; r < panelView->model()->rowCount(); ++r) {
            if (panelView->model()->index(r, 0).data(RecordTableModel::IdRole).toLongLong() == seat)
                row = r;
        }
        QVERIFY(index.isValid() && row >= 0);
        activate(OrganizationDetailsPanel::Seats, index.siblingAtRow(row), Gesture::Enter);

        auto *page = qobject_cast<BodiesPage *>(m_window->currentPage());
        QVERIFY(page);
        QCOMPARE(page->currentMemberId(), seat);
        QVERIFY2(page->memberView()->model()->rowCount() > 40, "more members than fit");
        QVERIFY(page->memberView()->verticalScrollBar()->value() > 0); // scrolled down to it
        QVERIFY(currentRowShown(page->memberView()));
    }

    void deletedRecordStaysAndSays()
    {
        const QModelIndex index = lastRowOf(OrganizationDetailsPanel::Funding);
        QVERIFY(index.isValid());
        const qint64 id = index.data(RecordTableModel::IdRole).toLongLong();
        // Deleted by someone else since the panel read it.
        QSqlQuery q(db());
        QVERIFY(q.prepare(QStringLiteral("DELETE FROM funding_award WHERE id = :id")));
        q.bindValue(QStringLiteral(":id"), id);
        QVERIFY(q.exec());
        const int before = organizations()->details()->count(OrganizationDetailsPanel::Funding);

        QSignalSpy notice(organizations(), &Page::notice);
        activate(OrganizationDetailsPanel::Funding, index, Gesture::DoubleClick);

        QCOMPARE(m_window->currentPage()->key(), QStringLiteral("organizations"));
        QCOMPARE(notice.count(), 1);
        QVERIFY(m_window->messageBar()->isVisible());
        QCOMPARE(m_window->messageBar()->text(), notice.first().first().toString());
        QCOMPARE(organizations()->details()->count(OrganizationDetailsPanel::Funding), before - 1);
    }
};

QTEST_MAIN(TestDetailsNavigation)
#include "tst_detailsnavigation.moc"
