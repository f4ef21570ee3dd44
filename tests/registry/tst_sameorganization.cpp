// Organizations > Mark as the same organization as…: the picker chooses the other record, the
// mark goes through the undo stack, the details panel names it, and the mark can be removed.
// With DIALOGCIVIC_SCREENSHOTS=DIR, the window with the organization's details is saved there at
// 1366x768 and 1024x600.

#include "TestDatabase.h"
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

class TestSameOrganization final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<QWidget> m_window;
    QUndoStack *m_undo = nullptr;
    OrganizationsPage *m_page = nullptr;

    qint64 idOf(const QString &name) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT id FROM organization WHERE name = :n"));
        q.bindValue(QStringLiteral(":n"), name);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    QAction *action(const QString &name) const
    {
        for (QAction *a :
             {m_page->sameOrganizationAction(), m_page->removeSameOrganizationAction()})
            if (a->objectName() == name)
                return a;
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        const Result<DemoSummary> demo = DemoDataset::load(m_db->connection());
        QVERIFY2(demo, qPrintable(demo.error()));
        m_window = std::make_unique<QWidget>();
        m_undo = new QUndoStack(m_window.get());
        m_page = new OrganizationsPage(PageContext{&m_db->database(), m_undo}, m_window.get());
        m_window->resize(1200, 800);
        m_page->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_undo->clear();
        m_window.reset();
        m_db.reset();
    }

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
        QCOMPARE(m_undo->count(), 1);
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

        m_undo->undo();
        QVERIFY(!aliases.aliasOf(freamat));
        m_undo->redo();
        QVERIFY(aliases.aliasOf(freamat));

        // Removing the mark, then undoing the removal.
        m_page->selectOrganization(freamat);
        QVERIFY(unmark->isEnabled());
        unmark->trigger();
        QVERIFY(!aliases.aliasOf(freamat));
        m_page->details()->refresh();
        QCOMPARE(m_page->details()->sameAsText(), QString());
        QCOMPARE(m_undo->count(), 2);
        m_undo->undo();
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
        QCOMPARE(m_undo->count(), 0);
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
        QCOMPARE(m_undo->count(), 1);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("DIALOGCIVIC_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("DIALOGCIVIC_SCREENSHOTS is not set");
        QDir().mkpath(dir);
        const qint64 fsc = idOf(QStringLiteral("Centrul de Voluntariat FSC"));
        const qint64 freamat = idOf(QStringLiteral(u"Freamăt de Speranță"));
        QVERIFY(OrganizationAliasRepository(m_db->connection()).mark(freamat, fsc));
        auto database = Database::open(m_db->path());
        QVERIFY2(database, qPrintable(database.error()));
        MainWindow window(std::move(database).value());
        window.setCurrentPage(QStringLiteral("organizations"));
        auto *page =
            qobject_cast<OrganizationsPage *>(window.page(QStringLiteral("organizations")));
        QVERIFY(page);
        for (const QSize size : {QSize(1366, 768), QSize(1024, 600)}) {
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            page->selectOrganization(freamat);
            page->details()->refresh();
            QTest::qWait(200);
            QVERIFY(window.grab().save(
                QDir(dir).filePath(QStringLiteral("organization-same-as-%1x%2.png")
                                       .arg(size.width())
                                       .arg(size.height()))));
            SameOrganizationDialog picker(window.database().connection(), fsc,
                                          QStringLiteral("Centrul de Voluntariat FSC"), &window);
            picker.show();
            QVERIFY(QTest::qWaitForWindowExposed(&picker));
            QTest::keyClicks(picker.searchField(), QStringLiteral("Voluntariat"));
            QVERIFY(picker.grab().save(
                QDir(dir).filePath(QStringLiteral("same-organization-picker-%1x%2.png")
                                       .arg(size.width())
                                       .arg(size.height()))));
        }
    }
};

QTEST_MAIN(TestSameOrganization)
#include "tst_sameorganization.moc"
