// Organizations > Mark as the same organization as…: the picker chooses the other record, the
// mark goes through the undo stack, the details panel names it, and the mark can be removed.

#include "OrganizationsPageTest.h"
#include "app/MainWindow.h"
#include "common/Dialogs.h"
#include "demo/DemoDataset.h"
#include "registry/OrganizationAliasRepository.h"
#include "registry/OrganizationDetailsPanel.h"
#include "registry/OrganizationsPage.h"
#include "registry/SameOrganizationDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace dc;

class TestSameOrganization final : public test::OrganizationsPageTest
{
    Q_OBJECT

    QAction *action(const QString &name) const
    {
        for (QAction *a :
             {m_page->sameOrganizationAction(), m_page->removeSameOrganizationAction()})
            if (a->objectName() == name)
                return a;
        return nullptr;
    }

private Q_SLOTS:
    void theDemoMarksNoPair()
    {
        // The seeds do not say that the candidate pairs are one organization.
        QVERIFY(OrganizationAliasRepository(m_db->connection()).all().isEmpty());
    }

    void anOfficialMarksTwoRecordsAsOneAndUndoes()
    {
        const qint64 fsc = idOf(QStringLiteral("Centrul de Voluntariat FSC"));
        const qint64 freamat = idOf(QStringLiteral(u"Freamăt de Speranță"));
        QVERIFY(fsc > 0 && freamat > 0);
        QAction *mark = action(QStringLiteral("sameOrganizationAction"));
        QAction *unmark = action(QStringLiteral("removeSameOrganizationAction"));
        QVERIFY(mark && unmark);

        m_page->selectOrganization(freamat);
        QCOMPARE(m_page->currentId(), freamat);
        QVERIFY(mark->isEnabled());
        QVERIFY(!unmark->isEnabled());

        // The picker: type part of the name, choose the record, OK.
        bool answered = false;
        QTimer::singleShot(0, this, [&answered, freamat] {
            auto *dialog =
                qobject_cast<SameOrganizationDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // The record itself is not offered.
            for (int i = 0; i < dialog->candidates()->count(); ++i)
                QVERIFY(dialog->candidates()->item(i)->data(Qt::UserRole).toLongLong() != freamat);
            QTest::keyClicks(dialog->searchField(), QStringLiteral("FSC"));
            QVERIFY(dialog->candidates()->count() >= 1);
            dialog->candidates()->setCurrentRow(0);
            QVERIFY(dialog->candidates()->currentItem()->text().startsWith(
                QLatin1String("Centrul de Voluntariat FSC")));
            QTest::keyClick(dialog->candidates(), Qt::Key_Return);
            answered = true;
        });
        mark->trigger();
        QVERIFY(answered);

        const OrganizationAliasRepository aliases(m_db->connection());
        QVERIFY(aliases.aliasOf(freamat));
        QCOMPARE(aliases.aliasOf(freamat)->sameAsId, fsc);
        QCOMPARE(m_undo.count(), 1);
        QCOMPARE(m_page->currentId(), freamat);
        QVERIFY(!mark->isEnabled());
        QVERIFY(unmark->isEnabled());
        m_page->details()->refresh();
        QVERIFY2(m_page->details()->sameAsText().contains(
                     QStringLiteral(u"“Centrul de Voluntariat FSC”")),
                 qPrintable(m_page->details()->sameAsText()));

        // The other record names it too.
        m_page->selectOrganization(fsc);
        m_page->details()->refresh();
        QVERIFY2(m_page->details()->sameAsText().contains(QStringLiteral(u"“Freamăt de Speranță”")),
                 qPrintable(m_page->details()->sameAsText()));
        QVERIFY(!unmark->isEnabled()); // FSC itself carries no mark

        m_undo.undo();
        QVERIFY(!aliases.aliasOf(freamat));
        m_undo.redo();
        QVERIFY(aliases.aliasOf(freamat));

        // Removing the mark, then undoing the removal.
        m_page->selectOrganization(freamat);
        QVERIFY(unmark->isEnabled());
        unmark->trigger();
        QVERIFY(!aliases.aliasOf(freamat));
        m_page->details()->refresh();
        QCOMPARE(m_page->details()->sameAsText(), QString());
        QCOMPARE(m_undo.count(), 2);
        m_undo.undo();
        QVERIFY(aliases.aliasOf(freamat));
    }

    void cancellingThePickerMarksNothing()
    {
        const qint64 freamat = idOf(QStringLiteral(u"Freamăt de Speranță"));
        m_page->selectOrganization(freamat);
        QTimer::singleShot(0, this, [] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                QTest::keyClick(dialog, Qt::Key_Escape);
        });
        action(QStringLiteral("sameOrganizationAction"))->trigger();
        QVERIFY(OrganizationAliasRepository(m_db->connection()).all().isEmpty());
        QCOMPARE(m_undo.count(), 0);
    }

    void aRefusedMarkIsShownAndNotPushed()
    {
        const qint64 fsc = idOf(QStringLiteral("Centrul de Voluntariat FSC"));
        const qint64 freamat = idOf(QStringLiteral(u"Freamăt de Speranță"));
        const qint64 other = idOf(QStringLiteral(u"Mă bucur de Viață"));
        QVERIFY(m_page->markSameOrganization(freamat, fsc));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!m_page->markSameOrganization(other, freamat)); // a chain
        QVERIFY(
            Dialogs::lastMessage().contains(QLatin1String("choose Centrul de Voluntariat FSC")));
        QCOMPARE(m_undo.count(), 1);
    }

    // Undoing a mark after someone else marked the record as the same as another one: their mark
    // stays, the page says what they changed, the undo is dropped.
    void anUndoneMarkKeepsSomeoneElsesMark()
    {
        const qint64 fsc = idOf(QStringLiteral("Centrul de Voluntariat FSC"));
        const qint64 freamat = idOf(QStringLiteral(u"Freamăt de Speranță"));
        const qint64 other = idOf(QStringLiteral(u"Mă bucur de Viață"));
        OrganizationAliasRepository aliases(m_db->connection());
        QVERIFY(m_page->markSameOrganization(freamat, fsc));
        QVERIFY(aliases.unmark(freamat));
        QVERIFY(aliases.mark(freamat, other));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        m_undo.undo(); // the page tells the failure once the undo has returned
        QTRY_VERIFY2(Dialogs::lastMessage().contains(
                         QStringLiteral("“Centrul de Voluntariat FSC” → “Mă bucur de Viață”")),
                     qPrintable(Dialogs::lastMessage()));
        QCOMPARE(aliases.aliasOf(freamat).value_or(OrganizationAlias()).sameAsId, other);
        QCOMPARE(m_undo.count(), 0);
    }
};

QTEST_MAIN(TestSameOrganization)
#include "tst_sameorganization.moc"
