#include "PageTest.h"

#include "FundingFixture.h"
#include "common/Dialogs.h"
#include "funding/FundingAwardDialog.h"
#include "funding/FundingCallDialog.h"
#include "funding/FundingPage.h"
#include "storage/RecordTableModel.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dc;

// The editing forms of the funding page, driven as a user would: amounts typed as lei and read
// exactly into bani, calls and awards added, edited and deleted as undoable commands, undo of a
// delete under the same id.
class TestFundingForms final : public test::EmptyPageTest
{
    Q_OBJECT

    test::FundingFixture m_fixture;

    static QString joined(const QStringList &list) { return list.join(QLatin1Char('\n')); }

    static void select(QTableView *view, qint64 id)
    {
        const QAbstractItemModel *model = view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(RecordTableModel::IdRole).toLongLong() == id)
                view->setCurrentIndex(model->index(r, 0));
        }
    }

    void prepare() override { QVERIFY(m_fixture.build(m_db->connection())); }

private Q_SLOTS:
    void callBudgetIsReadExactly()
    {
        FundingCallDialog dialog(m_db->connection());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.problems().contains(QStringLiteral("Institution: required.")));
        auto *institution = field<QComboBox>(dialog, "institution");
        institution->setCurrentIndex(institution->findData(m_fixture.ministry));
        QTest::keyClicks(field<QLineEdit>(dialog, "name"), QStringLiteral("Cultura 2025"));
        QTest::keyClicks(field<QLineEdit>(dialog, "budget"), QStringLiteral("12.345,678"));
        QVERIFY(joined(dialog.problems()).startsWith(QStringLiteral("Budget: not an amount")));
        QVERIFY(!dialog.saveButton()->isEnabled());
        field<QLineEdit>(dialog, "budget")->setText(QStringLiteral("12.345,67"));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(joined(dialog.problems())));
        QCOMPARE(dialog.record().budget.bani(), 1234567);
        field<QLineEdit>(dialog, "budget")->setText(QStringLiteral("0,1"));
        QCOMPARE(dialog.record().budget.bani(), 10);
        QVERIFY(dialog.saveButton()->isEnabled());
    }

    void addEditDeleteCallWithUndo()
    {
        auto *page = showInWindow<FundingPage>();
        QVERIFY(page);
        FundingRepository repository(m_db->connection());
        page->addCall();
        FundingCallDialog *dialog = page->callDialog();
        QVERIFY(dialog);
        auto *institution = field<QComboBox>(*dialog, "institution");
        institution->setCurrentIndex(institution->findData(m_fixture.cityHall));
        QTest::keyClicks(field<QLineEdit>(*dialog, "name"), QStringLiteral("Sport 2026"));
        field<QSpinBox>(*dialog, "year")->setValue(2026);
        QTest::keyClicks(field<QLineEdit>(*dialog, "budget"), QStringLiteral("80.000"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        const std::optional<qint64> id = repository.findCallId(QStringLiteral("Sport 2026"), 2026);
        QVERIFY(id);
        QCOMPARE(repository.call(*id)->budget.bani(), 8000000);
        QCOMPARE(page->yearBox()->currentData().toInt(), 2026); // the new year shown
        QCOMPARE(page->currentCallId(), *id);
        m_undo.undo();
        QVERIFY(!repository.call(*id));
        m_undo.redo();
        QVERIFY(repository.call(*id));

        // Delete with the Delete key; undo puts it back under the same id.
        page->callView()->setFocus();
        QTest::keyClick(page->callView(), Qt::Key_Delete);
        QVERIFY(!repository.call(*id));
        m_undo.undo();
        QCOMPARE(repository.call(*id)->name, QStringLiteral("Sport 2026"));

        // A call with awards cannot be deleted: the repository's reason is shown.
        QVERIFY(test::FundingFixture::award(m_db->connection(), m_fixture.volunteering2025,
                                            m_fixture.a, "X1", 1000, 0));
        page->showCall(2025, m_fixture.volunteering2025);
        QCOMPARE(page->currentCallId(), m_fixture.volunteering2025);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        page->deleteCall();
        QVERIFY(repository.call(m_fixture.volunteering2025));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("has awards")));
    }

    void awardAmountsExactAndUndo()
    {
        auto *page = showInWindow<FundingPage>();
        QVERIFY(page);
        FundingRepository repository(m_db->connection());
        page->showCall(2025, m_fixture.youth2025);
        page->addAward();
        FundingAwardDialog *dialog = page->awardDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->record().callId, m_fixture.youth2025);
        QVERIFY(dialog->problems().contains(QStringLiteral("Organization: required.")));
        dialog->chooseOrganization(QStringLiteral("Beta"), m_fixture.b);
        field<QLineEdit>(*dialog, "project")->setText(QStringLiteral("Tabăra de vară"));
        QTest::keyClicks(field<QLineEdit>(*dialog, "requested"), QStringLiteral("1.000,05"));
        QTest::keyClicks(field<QLineEdit>(*dialog, "granted"), QStringLiteral("1.200"));
        QTest::keyClicks(field<QLineEdit>(*dialog, "paid"), QStringLiteral("1.300,10"));
        QVERIFY(joined(dialog->problems()).startsWith(QStringLiteral("Paid: more than")));
        QVERIFY(!dialog->saveButton()->isEnabled());
        field<QLineEdit>(*dialog, "paid")->setText(QStringLiteral("abc"));
        QVERIFY(dialog->problems().first().startsWith(QStringLiteral("Paid: not an amount")));
        field<QLineEdit>(*dialog, "paid")->setText(QStringLiteral("600,01"));
        // Granted above requested: a warning naming the field, not a refusal.
        QVERIFY(joined(dialog->warnings()).startsWith(QStringLiteral("Granted:")));
        QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(joined(dialog->problems())));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        const QList<AwardLine> lines = repository.awardLines(m_fixture.youth2025);
        QCOMPARE(lines.size(), 1);
        const FundingAward award = lines.first().award;
        QCOMPARE(award.requested.bani(), 100005);
        QCOMPARE(award.granted.bani(), 120000);
        QCOMPARE(award.paid.bani(), 60001);
        QCOMPARE(page->currentAwardId(), award.id);

        // Edit through the form on Enter; undo.
        page->awardView()->setFocus();
        QTest::keyClick(page->awardView(), Qt::Key_Return);
        dialog = page->awardDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->saveButton()->isEnabled()); // unchanged
        field<QLineEdit>(*dialog, "paid")->setText(QStringLiteral("1.200,00"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(repository.award(award.id)->paid.bani(), 120000);
        m_undo.undo();
        QCOMPARE(repository.award(award.id)->paid.bani(), 60001);

        // Delete and undo: the same id.
        select(page->awardView(), award.id);
        page->deleteAward();
        QVERIFY(!repository.award(award.id));
        m_undo.undo();
        QVERIFY(repository.award(award.id)->sameContent(award));
        m_undo.redo();
        QVERIFY(!repository.award(award.id));
    }
};

QTEST_MAIN(TestFundingForms)
#include "tst_fundingforms.moc"
