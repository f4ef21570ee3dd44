// Deleting on the transparency pages: an institution that records refer to is refused, naming
// them; an institution, a public meeting, a draft with its recommendations and a recommendation
// are deleted through the undo stack, and Undo puts each back under the SAME id (whatever referred
// to it by id finds it again).

#include "PageTest.h"
#include "common/Dialogs.h"
#include "demo/DemoDataset.h"
#include "storage/RecordTableModel.h"
#include "transparency/DraftActCommands.h"
#include "transparency/DraftActRepository.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/InstitutionTableModel.h"
#include "transparency/InstitutionsPage.h"
#include "transparency/PublicMeetingRepository.h"

#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace dc;

class TestRecordDeletes final : public test::PageTest
{
    Q_OBJECT

private:
    InstitutionsPage *m_page = nullptr;

    static bool select(QTableView *view, qint64 id)
    {
        QAbstractItemModel *model = view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(RecordTableModel::IdRole).toLongLong() == id) {
                view->setCurrentIndex(model->index(r, 0));
                return true;
            }
        }
        return false;
    }
    RecordCommandContext context() const { return {m_db->connection(), {}, {}}; }

    void prepare() override
    {
        m_page = showInWindow<InstitutionsPage>();
        QVERIFY(m_page);
    }

    // Runs the delete @p command and puts it on the undo stack: @p find no longer finds the
    // record, and undo brings it back as @p before was.
    template <typename Record, typename Find>
    void deleteAndUndo(std::unique_ptr<RecordCommand> command, const Record &before, Find find)
    {
        QVERIFY(command->execute());
        m_undo.push(command.release());
        QVERIFY(!find());
        m_undo.undo();
        const auto back = find();
        QVERIFY(back);
        QCOMPARE(back->toJson(), before.toJson());
    }

private Q_SLOTS:
    void anInstitutionWithRecordsIsRefusedNamingThem()
    {
        const qint64 id =
            scalar(QStringLiteral("SELECT institution_id FROM draft_act ORDER BY id LIMIT 1"));
        QVERIFY(id > 0);
        QVERIFY(select(m_page->view(), id));
        Dialogs::setNextAnswer(QMessageBox::Ok); // the refusal is a warning box
        QVERIFY(!m_page->deleteInstitution());
        QVERIFY2(Dialogs::lastMessage().contains(QLatin1String("draft act")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(m_undo.count(), 0);
        QVERIFY(InstitutionRepository(m_db->connection()).find(id));
        // The repository refuses too, with the same list.
        const Status refused = InstitutionRepository(m_db->connection()).remove(id);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("draft act")), qPrintable(refused.error()));
    }

    void anInstitutionIsDeletedAndUndoRestoresTheSameId()
    {
        Institution i;
        i.name = QStringLiteral("Primăria Comunei Test");
        i.kind = InstitutionKind::CityHall;
        i.countyId = 12;
        const Result<qint64> id = InstitutionRepository(m_db->connection()).add(i);
        QVERIFY2(id, qPrintable(id.error()));
        m_page->model()->refresh();
        QVERIFY(select(m_page->view(), *id));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(m_page->deleteInstitution());
        QVERIFY(!InstitutionRepository(m_db->connection()).find(*id));
        QCOMPARE(m_undo.count(), 1);
        QCOMPARE(m_undo.undoText(),
                 QStringLiteral("Delete the institution “Primăria Comunei Test”"));
        m_undo.undo();
        const std::optional<Institution> back = InstitutionRepository(m_db->connection()).find(*id);
        QVERIFY(back);
        QCOMPARE(back->name, QStringLiteral("Primăria Comunei Test"));
        m_undo.redo();
        QVERIFY(!InstitutionRepository(m_db->connection()).find(*id));
        m_undo.undo();
        QVERIFY(InstitutionRepository(m_db->connection()).find(*id));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                       "'institution' AND row_id = %1")
                            .arg(*id)),
                 5);
    }

    void aMeetingIsDeletedAndUndoRestoresTheSameId()
    {
        const qint64 meeting =
            scalar(QStringLiteral("SELECT id FROM public_meeting ORDER BY id LIMIT 1"));
        const qint64 institution =
            scalar(QStringLiteral("SELECT institution_id FROM public_meeting ORDER BY id LIMIT 1"));
        QVERIFY(meeting > 0);
        const std::optional<PublicMeeting> before =
            PublicMeetingRepository(m_db->connection()).find(meeting);
        QVERIFY(select(m_page->view(), institution));
        QVERIFY(select(m_page->meetingView(), meeting));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(m_page->deleteMeeting());
        QVERIFY2(Dialogs::lastMessage().contains(before->subject),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(!PublicMeetingRepository(m_db->connection()).find(meeting));
        QVERIFY2(m_undo.undoText().startsWith(QStringLiteral("Delete the meeting “")),
                 qPrintable(m_undo.undoText()));
        m_undo.undo();
        const std::optional<PublicMeeting> back =
            PublicMeetingRepository(m_db->connection()).find(meeting);
        QVERIFY(back);
        QCOMPARE(back->subject, before->subject);
        QCOMPARE(back->heldOn, before->heldOn);
        QCOMPARE(back->toJson(), before->toJson());
    }

    void aDraftComesBackWithItsRecommendationsUnderTheSameIds()
    {
        const qint64 draft = scalar(QStringLiteral("SELECT draft_id FROM recommendation GROUP BY "
                                                   "draft_id ORDER BY count(*) DESC LIMIT 1"));
        DraftActRepository repository(m_db->connection());
        const std::optional<DraftAct> before = repository.find(draft);
        QVERIFY(before);
        QList<qint64> recommendationIds;
        for (const Recommendation &r : repository.recommendations(draft))
            recommendationIds << r.id;
        QVERIFY(recommendationIds.size() >= 1);
        deleteAndUndo(std::make_unique<DraftActCommand>(context(), DraftActCommand::Action::Delete,
                                                        *before, DraftAct()),
                      *before, [&] { return repository.find(draft); });
        if (QTest::currentTestFailed())
            return;
        QList<qint64> back;
        for (const Recommendation &r : repository.recommendations(draft))
            back << r.id;
        QCOMPARE(back, recommendationIds);
    }

    void aRecommendationComesBackUnderTheSameId()
    {
        const qint64 id =
            scalar(QStringLiteral("SELECT id FROM recommendation ORDER BY id LIMIT 1"));
        DraftActRepository repository(m_db->connection());
        const std::optional<Recommendation> before = repository.findRecommendation(id);
        QVERIFY(before);
        deleteAndUndo(std::make_unique<RecommendationCommand>(context(),
                                                              RecommendationCommand::Action::Delete,
                                                              *before, Recommendation()),
                      *before, [&] { return repository.findRecommendation(id); });
        if (QTest::currentTestFailed())
            return;
        m_undo.redo();
        QVERIFY(!repository.findRecommendation(id));
        m_undo.undo();
        QVERIFY(repository.findRecommendation(id));
    }
};

QTEST_MAIN(TestRecordDeletes)
#include "tst_recorddeletes.moc"
