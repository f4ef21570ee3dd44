#include "ServerAccounts.h"
#include "storage/Database.h"
#include "storage/ServerRoles.h"
#include "storage/ServerUsersModel.h"

#include <QAbstractItemModelTester>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

// The accounts of a shared database's server and their roles (issue 18, an administrator's
// work): listed with the most each may do; an administrator gives a colleague the reader's or
// the editor's role, or takes it back, in one transaction; an editor may not, nor may an
// administrator change another administrator, and the server's refusal names the account. Roles
// belong to the whole server: each test function removes the ones it made.
class TestServerUsers final : public test::AccountsTest
{
    Q_OBJECT

private:
    QSqlDatabase connectAs(const QString &user) { return m_accounts->connectAs(user); }
    QStringList heldBy(const QString &account) { return m_accounts->heldBy(account); }

    // The role users() gives @p account, or "?" when it is not listed.
    QString roleOf(const QString &account)
    {
        const Result<QList<postgres::ServerUser>> users = postgres::users(m_owner->connection());
        if (!users)
            return QStringLiteral("error: ") + users.error();
        for (const postgres::ServerUser &u : users.value()) {
            if (u.name == account)
                return u.role;
        }
        return QStringLiteral("?");
    }

private Q_SLOTS:
    // Every account with the most it may do, through the model; the server's own roles left out.
    void accountsAreListedWithTheirRoles()
    {
        ServerUsersModel model(connectAs(QStringLiteral("ana")));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Status read = model.refresh();
        QVERIFY2(read, qPrintable(read.error()));
        QHash<QString, QString> shown;
        QHash<QString, QString> roles;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString account =
                model.index(row, ServerUsersModel::AccountColumn).data().toString();
            QVERIFY2(!account.startsWith(QLatin1String("pg_")), qPrintable(account));
            shown.insert(account, model.index(row, ServerUsersModel::RoleColumn).data().toString());
            roles.insert(account, model.index(row, ServerUsersModel::AccountColumn)
                                      .data(ServerUsersModel::RoleNameRole)
                                      .toString());
        }
        QCOMPARE(roles.value(QStringLiteral("ana")), QStringLiteral("dialogcivic_reader"));
        QCOMPARE(roles.value(QStringLiteral("ion")), QStringLiteral("dialogcivic_editor"));
        QCOMPARE(roles.value(QStringLiteral("maria")), QStringLiteral("dialogcivic_admin"));
        QVERIFY(roles.contains(QStringLiteral("vlad")));
        QCOMPARE(roles.value(QStringLiteral("vlad")), QString());
        QCOMPARE(shown.value(QStringLiteral("ion")), QStringLiteral("Editor"));
        QCOMPARE(shown.value(QStringLiteral("vlad")), QStringLiteral("No access"));
        QCOMPARE(shown.value(m_cluster.user()), QStringLiteral("Superuser (may do everything)"));
        QVERIFY(!roles.contains(QStringLiteral("dialogcivic_admin"))); // not a login role

        // The owner of the database may do everything, whatever its roles.
        QSqlQuery q(m_owner->connection());
        QVERIFY2(q.exec(QStringLiteral("ALTER DATABASE %1 OWNER TO vlad").arg(m_name)),
                 qPrintable(q.lastError().text()));
        QVERIFY(model.refresh());
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.user(row).name == QLatin1String("vlad")) {
                QVERIFY(model.user(row).owner);
                QCOMPARE(model.index(row, ServerUsersModel::RoleColumn).data().toString(),
                         QStringLiteral("Owner of the database (may do everything)"));
            }
        }
    }

    // Who may give roles: an administrator and a superuser; not an editor, nor a file.
    void onlyAnAdministratorMayGiveRoles()
    {
        QVERIFY(postgres::mayGrantRoles(connectAs(QStringLiteral("maria"))));
        QVERIFY(postgres::mayGrantRoles(m_owner->connection()));
        QVERIFY(!postgres::mayGrantRoles(connectAs(QStringLiteral("ion"))));
        QVERIFY(!postgres::mayGrantRoles(connectAs(QStringLiteral("ana"))));
    }

    // An administrator gives a role, changes it (the other one taken back) and takes it back;
    // the account can then write, then not even read.
    void anAdministratorGivesAndTakesBackRoles()
    {
        QSqlDatabase maria = connectAs(QStringLiteral("maria"));
        Status s =
            postgres::setRole(maria, QStringLiteral("vlad"), QStringLiteral("dialogcivic_editor"));
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(heldBy(QStringLiteral("vlad")), QStringList{QStringLiteral("dialogcivic_editor")});
        QCOMPARE(roleOf(QStringLiteral("vlad")), QStringLiteral("dialogcivic_editor"));
        {
            QSqlQuery asVlad(connectAs(QStringLiteral("vlad")));
            QVERIFY2(asVlad.exec(QStringLiteral("UPDATE county SET name = name WHERE id = 1")),
                     qPrintable(asVlad.lastError().text()));
        }

        s = postgres::setRole(maria, QStringLiteral("ana"), QStringLiteral("dialogcivic_editor"));
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(heldBy(QStringLiteral("ana")), QStringList{QStringLiteral("dialogcivic_editor")});

        s = postgres::setRole(maria, QStringLiteral("ana"), QString());
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(heldBy(QStringLiteral("ana")), QStringList());
        QCOMPARE(roleOf(QStringLiteral("ana")), QString());
        QSqlQuery asAna(connectAs(QStringLiteral("ana")));
        QVERIFY(!asAna.exec(QStringLiteral("SELECT count(*) FROM organization")));
    }

    // An editor's try, an administrator's change of another administrator, the administrator's
    // role itself and an account that does not exist: refused with the account named, nothing
    // changed.
    void whatTheServerRefusesChangesNothing()
    {
        const Status byEditor =
            postgres::setRole(connectAs(QStringLiteral("ion")), QStringLiteral("ana"),
                              QStringLiteral("dialogcivic_editor"));
        QVERIFY(!byEditor);
        QVERIFY2(byEditor.error().startsWith(
                     QStringLiteral("The role of the account ana was not changed: ")),
                 qPrintable(byEditor.error()));
        QCOMPARE(heldBy(QStringLiteral("ana")), QStringList{QStringLiteral("dialogcivic_reader")});

        QSqlDatabase maria = connectAs(QStringLiteral("maria"));
        const Status otherAdmin =
            postgres::setRole(maria, QStringLiteral("petra"), QStringLiteral("dialogcivic_reader"));
        QVERIFY(!otherAdmin);
        QCOMPARE(otherAdmin.error(),
                 QStringLiteral("The role of the account petra was not changed: your account may "
                                "not do this: an administrator gives and takes back the reader's "
                                "and the editor's roles; an administrator's own role is changed "
                                "by the owner of the database or by IT"));
        QCOMPARE(heldBy(QStringLiteral("petra")), QStringList{QStringLiteral("dialogcivic_admin")});

        const Status adminRole =
            postgres::setRole(maria, QStringLiteral("vlad"), QStringLiteral("dialogcivic_admin"));
        QVERIFY(!adminRole);
        QCOMPARE(heldBy(QStringLiteral("vlad")), QStringList());

        const Status nobody =
            postgres::setRole(maria, QStringLiteral("nobody\"; DROP ROLE ana; --"),
                              QStringLiteral("dialogcivic_editor"));
        QVERIFY(!nobody);
        QVERIFY2(nobody.error().endsWith(QLatin1String("the server has no such account")),
                 qPrintable(nobody.error()));
        QCOMPARE(roleOf(QStringLiteral("ana")), QStringLiteral("dialogcivic_reader"));
    }
};

QTEST_GUILESS_MAIN(TestServerUsers)
#include "tst_serverusers.moc"
