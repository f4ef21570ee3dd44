// The organizations page's details: what the selected organization is part of (partnerships,
// events, recommendations, debates, seats, funding) from the capabilities' own models, each
// checked with QAbstractItemModelTester; deleting an organization with partnerships asks, names
// what goes with it, and Undo puts everything back under the same ids.

#include "ModelCells.h"
#include "OrganizationsPageTest.h"
#include "bodies/BodyMemberTableModel.h"
#include "common/Dialogs.h"
#include "demo/DemoDataset.h"
#include "funding/FundingAwardTableModel.h"
#include "programs/CalendarListModel.h"
#include "programs/PartnershipTableModel.h"
#include "registry/OrganizationDetailsPanel.h"
#include "registry/OrganizationTableModel.h"
#include "registry/OrganizationsPage.h"
#include "transparency/DraftActTableModel.h"
#include "transparency/RecommendationTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace dc;

class TestOrganizationDetails final : public test::OrganizationsPageTest
{
    Q_OBJECT

    int count(const QString &sql, qint64 id) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        q.bindValue(QStringLiteral(":o"), id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    QList<qint64> ids(const QString &sql, qint64 id) const
    {
        QList<qint64> result;
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        q.bindValue(QStringLiteral(":o"), id);
        if (q.exec()) {
            while (q.next())
                result << q.value(0).toLongLong();
        }
        return result;
    }
    /// The demo's fictitious organization, tied to every capability (test::tieToEveryKindOfRecord).
    qint64 fsc() const { return idOf(QString::fromUtf16(test::everyRecordOrganization)); }

    void prepare() override
    {
        QVERIFY(test::tieToEveryKindOfRecord(m_db->connection()) > 0);
        OrganizationsPageTest::prepare();
    }

private Q_SLOTS:
    void modelsOfOneOrganizationPassTheTester()
    {
        const qint64 id = fsc();
        QVERIFY(id > 0);
        const QSqlDatabase db = m_db->connection();
        // Each list of the organization's records holds what the database says it has, some.
        const auto compareRows = [&](const QAbstractItemModel &model, const QString &sql) {
            QCOMPARE(model.rowCount(), count(sql, id));
            QVERIFY(model.rowCount() > 0);
        };

        PartnershipTableModel partnerships(db);
        test::checkWithTester(&partnerships);
        partnerships.setOrganization(id);
        compareRows(partnerships,
                    QStringLiteral("SELECT count(*) FROM partnership WHERE organization_id = :o"));

        CalendarListModel events(db);
        test::checkWithTester(&events);
        CalendarQuery query;
        query.organizationId = id;
        events.setQuery(query);
        compareRows(
            events,
            QStringLiteral(
                "SELECT count(*) FROM event WHERE id IN (SELECT event_id FROM "
                "event_coorganizer "
                "WHERE organization_id = :o UNION SELECT event_id FROM event_attendee WHERE "
                "organization_id = :o)"));

        RecommendationTableModel recommendations(db);
        test::checkWithTester(&recommendations);
        recommendations.setAuthorOrganization(id);
        compareRows(recommendations,
                    QStringLiteral("SELECT count(*) FROM recommendation WHERE author_org_id = :o"));

        DraftActTableModel debates(db);
        test::checkWithTester(&debates);
        DraftActTableModel::Filter filter;
        filter.debateRequestedBy = id;
        debates.setFilter(filter);
        compareRows(
            debates,
            QStringLiteral("SELECT count(*) FROM draft_act WHERE debate_requester_org_id = :o"));

        BodyMemberTableModel seats(db);
        test::checkWithTester(&seats);
        seats.setOrganization(id);
        compareRows(seats,
                    QStringLiteral("SELECT count(*) FROM body_member WHERE organization_id = :o"));
        for (int row = 0; row < seats.rowCount(); ++row)
            QCOMPARE(seats.index(row, BodyMemberTableModel::Member).data().toString(),
                     QString::fromUtf16(test::everyRecordOrganization));
        seats.setOrganization(0); // every member again
        QCOMPARE(seats.rowCount(),
                 count(QStringLiteral("SELECT count(*) FROM body_member WHERE :o = :o"), 0));

        FundingAwardTableModel funding(db);
        test::checkWithTester(&funding);
        funding.setOrganization(id);
        compareRows(funding, QStringLiteral(
                                 "SELECT count(*) FROM funding_award WHERE organization_id = :o"));
    }

    void panelFollowsTheSelection()
    {
        OrganizationDetailsPanel *details = m_page->details();
        QVERIFY(details);
        QVERIFY(details->isVisible());
        m_page->view()->clearSelection();
        m_page->view()->setCurrentIndex(QModelIndex());
        details->setOrganization(0);
        details->refresh();
        QVERIFY(!details->tabs()->isVisible()); // the placeholder says to choose one

        const qint64 id = fsc();
        m_page->selectOrganization(id);
        QCOMPARE(m_page->currentId(), id);
        QCOMPARE(details->organizationId(), id);
        details->refresh(); // the panel waits a moment after a selection; now
        QVERIFY(details->tabs()->isVisible());
        QCOMPARE(
            details->count(OrganizationDetailsPanel::Partnerships),
            count(QStringLiteral("SELECT count(*) FROM partnership WHERE organization_id = :o"),
                  id));
        QCOMPARE(
            details->count(OrganizationDetailsPanel::Seats),
            count(QStringLiteral("SELECT count(*) FROM body_member WHERE organization_id = :o"),
                  id));
        QCOMPARE(
            details->count(OrganizationDetailsPanel::Funding),
            count(QStringLiteral("SELECT count(*) FROM funding_award WHERE organization_id = :o"),
                  id));
        for (int tab = 0; tab < OrganizationDetailsPanel::TabCount; ++tab) {
            const auto t = static_cast<OrganizationDetailsPanel::Tab>(tab);
            QVERIFY2(details->count(t) > 0, qPrintable(details->tabs()->tabText(tab)));
            QVERIFY2(details->tabs()->tabText(tab).contains(
                         QStringLiteral("(%1)").arg(details->count(t))),
                     qPrintable(details->tabs()->tabText(tab)));
        }
        // Double-click tells which record.
        QSignalSpy spy(details, &OrganizationDetailsPanel::recordActivated);
        QTableView *view = details->view(OrganizationDetailsPanel::Funding);
        details->tabs()->setCurrentWidget(view);
        Q_EMIT view->doubleClicked(view->model()->index(0, 0));
        QCOMPARE(spy.count(), 1);
        QVERIFY(ids(QStringLiteral("SELECT id FROM funding_award WHERE organization_id = :o"), id)
                    .contains(spy.first().at(1).toLongLong()));
    }

    void seatsAndFundingRefuseTheDelete()
    {
        const qint64 id = fsc();
        m_page->selectOrganization(id);
        Dialogs::setNextAnswer(QMessageBox::Yes); // not asked: refused before
        m_page->deleteCurrent();
        QVERIFY2(Dialogs::lastMessage().contains(QLatin1String("seat")) &&
                     Dialogs::lastMessage().contains(QLatin1String("funding award")),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(idOf(QString::fromUtf16(test::everyRecordOrganization)) == id);
        QCOMPARE(m_undo.count(), 0);
    }

    void deleteWithPartnershipsAsksAndUndoRestoresTheSameIds()
    {
        // An organization of the demo with partnerships and events; its seats go first.
        const qint64 id = fsc();
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("DELETE FROM body_member WHERE organization_id = %1").arg(id)));
        QVERIFY(
            q.exec(QStringLiteral("DELETE FROM funding_award WHERE organization_id = %1").arg(id)));
        const QList<qint64> partnerships =
            ids(QStringLiteral("SELECT id FROM partnership WHERE organization_id = :o ORDER BY id"),
                id);
        const QList<qint64> coorganized =
            ids(QStringLiteral("SELECT event_id FROM event_coorganizer WHERE organization_id = :o "
                               "ORDER BY event_id"),
                id);
        const QList<qint64> attended = ids(
            QStringLiteral(
                "SELECT event_id FROM event_attendee WHERE organization_id = :o ORDER BY event_id"),
            id);
        const QList<qint64> recommendations = ids(
            QStringLiteral("SELECT id FROM recommendation WHERE author_org_id = :o ORDER BY id"),
            id);
        const QList<qint64> debates =
            ids(QStringLiteral(
                    "SELECT id FROM draft_act WHERE debate_requester_org_id = :o ORDER BY id"),
                id);
        QVERIFY(!partnerships.isEmpty() && !coorganized.isEmpty() && !recommendations.isEmpty() &&
                !debates.isEmpty());

        m_page->selectOrganization(id);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        m_page->deleteCurrent();
        // The question said what goes with it.
        QVERIFY2(Dialogs::lastMessage().contains(QLatin1String("co-organizer of")) &&
                     Dialogs::lastMessage().contains(QLatin1String("Programul")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(idOf(QString::fromUtf16(test::everyRecordOrganization)), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM partnership WHERE organization_id = :o"),
                  id),
            0);
        QCOMPARE(count(QStringLiteral(
                           "SELECT count(*) FROM event_coorganizer WHERE organization_id = :o"),
                       id),
                 0);
        // The recommendations it sent keep its name as text.
        QCOMPARE(count(QStringLiteral(
                           "SELECT count(*) FROM recommendation WHERE author_org_id IS NULL AND "
                           "author_name = 'Centrul de Voluntariat Model (fictiv)' AND :o = :o"),
                       0),
                 recommendations.size());
        QCOMPARE(m_undo.count(), 1);

        m_undo.undo();
        QCOMPARE(idOf(QString::fromUtf16(test::everyRecordOrganization)), id);
        QCOMPARE(
            ids(QStringLiteral("SELECT id FROM partnership WHERE organization_id = :o ORDER BY id"),
                id),
            partnerships);
        QCOMPARE(ids(QStringLiteral("SELECT event_id FROM event_coorganizer WHERE organization_id "
                                    "= :o ORDER BY event_id"),
                     id),
                 coorganized);
        QCOMPARE(ids(QStringLiteral("SELECT event_id FROM event_attendee WHERE organization_id = "
                                    ":o ORDER BY event_id"),
                     id),
                 attended);
        QCOMPARE(ids(QStringLiteral(
                         "SELECT id FROM recommendation WHERE author_org_id = :o ORDER BY id"),
                     id),
                 recommendations);
        QCOMPARE(ids(QStringLiteral(
                         "SELECT id FROM draft_act WHERE debate_requester_org_id = :o ORDER BY id"),
                     id),
                 debates);
        const Result<QStringList> problems = m_db->database().check();
        QVERIFY2(problems, qPrintable(problems.error()));
        QCOMPARE(*problems, QStringList());
        QCOMPARE(m_page->currentId(), id);
        m_page->details()->refresh();
        QCOMPARE(m_page->details()->count(OrganizationDetailsPanel::Partnerships),
                 partnerships.size());

        m_undo.redo();
        QCOMPARE(idOf(QString::fromUtf16(test::everyRecordOrganization)), 0);
        m_undo.undo();
        QCOMPARE(idOf(QString::fromUtf16(test::everyRecordOrganization)), id);
    }
};

QTEST_MAIN(TestOrganizationDetails)
#include "tst_organizationdetails.moc"
