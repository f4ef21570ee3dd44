#include "ServerAccounts.h"
#include "TestDatabase.h"
#include "app/MainWindow.h"
#include "app/ServerUsersDialog.h"
#include "common/MessageBar.h"
#include "storage/Database.h"
#include "storage/ServerUsersModel.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace dc;

// File > Accounts of the database… (issue 18, an administrator's work in the window): the
// server's accounts with their roles, a role given to a colleague, the own account and a
// superuser left alone, the server's refusal shown on top; the menu entry only for an
// administrator.
class TestServerUsersDialog final : public test::AccountsTest
{
    Q_OBJECT

private:
    std::unique_ptr<Database> openAs(const QString &user)
    {
        auto opened = Database::open(m_accounts->urlAs(user), Database::OpenMode::ExistingOnly);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return std::move(opened).value();
    }

    static bool select(ServerUsersDialog &dialog, const QString &account)
    {
        const ServerUsersModel *model = dialog.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->user(row).name == account) {
                dialog.view()->setCurrentIndex(model->index(row, 0));
                return true;
            }
        }
        return false;
    }

    static QString shownRole(const ServerUsersDialog &dialog)
    {
        const QModelIndex current = dialog.view()->currentIndex();
        return current.siblingAtColumn(ServerUsersModel::RoleColumn).data().toString();
    }

private Q_SLOTS:
    // vlad, who has no role, is made an editor: the box shows his role when he is selected,
    // Apply waits for another one, and the list and the server say Editor afterwards.
    void anAdministratorGivesARole()
    {
        const auto maria = openAs(QStringLiteral("maria"));
        ServerUsersDialog dialog(*maria);
        QVERIFY(select(dialog, QStringLiteral("vlad")));
        QCOMPARE(dialog.roleBox()->currentText(), QStringLiteral("No access"));
        QVERIFY(dialog.roleBox()->isEnabled());
        QVERIFY(!dialog.applyButton()->isEnabled());

        dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findText(QStringLiteral("Editor")));
        QVERIFY(dialog.applyButton()->isEnabled());
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Information);
        QCOMPARE(dialog.messageBar()->text(),
                 QStringLiteral("The account vlad now has the role: Editor."));
        QCOMPARE(m_accounts->heldBy(QStringLiteral("vlad")),
                 QStringList{QStringLiteral("dialogcivic_editor")});
        QCOMPARE(dialog.model()->user(dialog.view()->currentIndex().row()).name,
                 QStringLiteral("vlad"));
        QCOMPARE(shownRole(dialog), QStringLiteral("Editor"));
        QVERIFY(!dialog.applyButton()->isEnabled());
    }

    // The signed-in administrator's own role and a superuser's are not changed here.
    void theOwnAccountAndASuperuserAreLeftAlone()
    {
        const auto maria = openAs(QStringLiteral("maria"));
        ServerUsersDialog dialog(*maria);
        QVERIFY(select(dialog, QStringLiteral("maria")));
        QVERIFY(!dialog.roleBox()->isEnabled());
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(!dialog.applyButton()->toolTip().isEmpty());
        QVERIFY(select(dialog, m_cluster.user()));
        QCOMPARE(shownRole(dialog), QStringLiteral("Superuser (may do everything)"));
        QVERIFY(!dialog.roleBox()->isEnabled());
        QVERIFY(!dialog.apply());
    }

    // Another administrator cannot be made a reader by maria: the server refuses, the message
    // names the account, nothing changed.
    void theServersRefusalIsShownOnTop()
    {
        const auto maria = openAs(QStringLiteral("maria"));
        ServerUsersDialog dialog(*maria);
        QVERIFY(select(dialog, QStringLiteral("petra")));
        QCOMPARE(shownRole(dialog), QStringLiteral("Administrator"));
        dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findText(QStringLiteral("Reader")));
        QVERIFY(!dialog.apply());
        QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(dialog.messageBar()->text().startsWith(
                     QStringLiteral("The role of the account petra was not changed: ")),
                 qPrintable(dialog.messageBar()->text()));
        QCOMPARE(m_accounts->heldBy(QStringLiteral("petra")),
                 QStringList{QStringLiteral("dialogcivic_admin")});
    }

    // File > Accounts of the database… is there for an administrator, greyed for an editor and
    // on a file.
    void theMenuEntryIsForAnAdministrator()
    {
        {
            MainWindow window(openAs(QStringLiteral("maria")));
            auto *action = window.findChild<QAction *>(QStringLiteral("serverUsersAction"));
            QVERIFY(action);
            QVERIFY(action->isEnabled());
        }
        {
            MainWindow window(openAs(QStringLiteral("ion")));
            auto *action = window.findChild<QAction *>(QStringLiteral("serverUsersAction"));
            QVERIFY(action);
            QVERIFY(!action->isEnabled());
        }
        {
            test::TestDatabase file;
            auto opened = Database::open(file.path());
            QVERIFY2(opened, qPrintable(opened.error()));
            MainWindow window(std::move(opened).value());
            auto *action = window.findChild<QAction *>(QStringLiteral("serverUsersAction"));
            QVERIFY(action);
            QVERIFY(!action->isEnabled());
        }
    }
};

QTEST_MAIN(TestServerUsersDialog)
#include "tst_serverusersdialog.moc"
