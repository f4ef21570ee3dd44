// The passwords of server connections in the desktop's keyring (dc::passwords, QtKeychain).
// DIALOGCIVIC_WITH_KEYRING: ctest runs this program in a D-Bus session of its own with a GNOME
// keyring unlocked in a temporary home (tests/support/with-keyring), never the user's keyring.
#include "app/PasswordStore.h"

#include <QTest>

using namespace dc;

class TestPasswordStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            // Under CI the keyring is there (.ci/install-deps): its absence is a failure.
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("no D-Bus session: run through tests/support/with-keyring");
            QSKIP("no D-Bus session with a keyring (run it through ctest)");
        }
        QVERIFY(passwords::forget(key));
    }

    // Kept, read back, replaced and forgotten.
    void aPasswordIsKeptAndForgotten()
    {
        QCOMPARE(passwords::read(key).value(), QString());
        QVERIFY(passwords::write(key, QStringLiteral("Secret-4812 ș")));
        QCOMPARE(passwords::read(key).value(), QStringLiteral("Secret-4812 ș"));
        QVERIFY(passwords::write(key, QStringLiteral("Another-1")));
        QCOMPARE(passwords::read(key).value(), QStringLiteral("Another-1"));
        QVERIFY(passwords::forget(key));
        QCOMPARE(passwords::read(key).value(), QString());
        QVERIFY(passwords::forget(key)); // nothing kept: not an error
    }

    // A URL without a password gets the one kept under its key; one with a password, a URL
    // with nothing kept and a file are left as they are.
    void aConnectionGetsItsKeptPassword()
    {
        QCOMPARE(passwords::keyOf(QStringLiteral("postgresql://ana:typed@db.local:5433/civic")),
                 key);
        QCOMPARE(passwords::keyOf(QStringLiteral("/home/ana/civic.sqlite")), QString());
        QCOMPARE(passwords::withKeptPassword(key), key);
        QVERIFY(passwords::write(key, QStringLiteral("p@ss/1")));
        QCOMPARE(passwords::withKeptPassword(key),
                 QStringLiteral("postgresql://ana:p%40ss%2F1@db.local:5433/civic"));
        const QString typed = QStringLiteral("postgresql://ana:typed@db.local:5433/civic");
        QCOMPARE(passwords::withKeptPassword(typed), typed);
        const QString file = QStringLiteral("/home/ana/civic.sqlite");
        QCOMPARE(passwords::withKeptPassword(file), file);
    }

    void cleanup() { passwords::forget(key); }

private:
    const QString key = QStringLiteral("postgresql://ana@db.local:5433/civic");
};

QTEST_MAIN(TestPasswordStore)
#include "tst_passwordstore.moc"
