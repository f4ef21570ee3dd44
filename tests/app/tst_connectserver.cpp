// File > Connect to server… (issue 18): the dialog's address, the window's connection to a
// throwaway PostgreSQL server, a failed attempt asked again, the connection among the recent
// databases, and a password never written to the settings (where no keyring answers, as here,
// the user is told it was not kept).
#include "ServerTest.h"
#include "TestDatabase.h"
#include "Windows.h"
#include "app/ConnectDialog.h"
#include "app/DatabaseChooser.h"
#include "app/MainWindow.h"
#include "app/SettingsKeys.h"
#include "common/Dialogs.h"
#include "common/MessageBar.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace dc;

class TestConnectServer final : public test::ServerTest
{
    Q_OBJECT

private Q_SLOTS:
    // The fields make libpq's URL, the password encoded and only in url(); a URL fills them back.
    void theDialogMakesTheAddress()
    {
        ConnectDialog dialog;
        QPushButton *connectButton =
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        field(dialog, "host")->setText(QStringLiteral("db.office.local"));
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(5433);
        field(dialog, "user")->clear();
        QVERIFY(!connectButton->isEnabled());
        field(dialog, "user")->setText(QStringLiteral("ana"));
        QVERIFY(connectButton->isEnabled());
        field(dialog, "password")->setText(QStringLiteral("p@ss/ș"));
        auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("tls"));
        tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));

        QCOMPARE(dialog.url(),
                 QStringLiteral("postgresql://ana:p%40ss%2F%C8%99@db.office.local:5433/"
                                "dialogcivic?sslmode=verify-full"));
        QCOMPARE(dialog.displayUrl(),
                 QStringLiteral(
                     "postgresql://ana@db.office.local:5433/dialogcivic?sslmode=verify-full"));

        ConnectDialog again;
        again.setUrl(dialog.url());
        QCOMPARE(field(again, "host")->text(), QStringLiteral("db.office.local"));
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 5433);
        QCOMPARE(field(again, "user")->text(), QStringLiteral("ana"));
        QCOMPARE(field(again, "password")->text(), QString());
        QCOMPARE(again.displayUrl(), dialog.displayUrl());
    }

    // From a file to the server: the title and the status bar name the server's database, the
    // connection joins the recent databases, and it opens again from there.
    void theWindowConnectsAndRemembers()
    {
        QVERIFY(Database::open(url(), Database::OpenMode::CreateIfMissing));
        test::TestDatabase file;
        const QString filePath = file.path();
        MainWindow window(openFile(filePath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        answerConnect([this](ConnectDialog &dialog) { fill(dialog, m_cluster.port()); });
        QVERIFY(window.connectToServer());
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("%1 (127.0.0.1:%2)").arg(m_name).arg(m_cluster.port()));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text(),
                 QStringLiteral("Server: %1 (127.0.0.1:%2)").arg(m_name).arg(m_cluster.port()));
        const QString address = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                                    .arg(m_cluster.user())
                                    .arg(m_cluster.port())
                                    .arg(m_name);
        QCOMPARE(MainWindow::recentDatabases().value(0), address);

        QVERIFY(window.openDatabase(filePath));
        QCOMPARE(MainWindow::recentDatabases().value(1), address);
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QMetaObject::invokeMethod(recent, "aboutToShow");
        QAction *server = nullptr;
        for (QAction *action : recent->actions()) {
            if (action->data().toString() == address)
                server = action;
        }
        QVERIFY(server);
        server->trigger();
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text(),
                 QStringLiteral("Server: %1 (127.0.0.1:%2)").arg(m_name).arg(m_cluster.port()));
    }

    // A wrong port: the dialog stays open with the reason on top and the fields as typed; the
    // right port then connects.
    void aFailedAttemptIsAskedAgain()
    {
        QVERIFY(Database::open(url(), Database::OpenMode::CreateIfMissing));
        test::TestDatabase file;
        MainWindow window(openFile(file.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QString problem;
        int round = 0;
        answerConnect([&](ConnectDialog &dialog) {
            if (round++ == 0) {
                fill(dialog, m_cluster.port() == 1 ? 2 : 1);
                return;
            }
            problem = dialog.findChild<MessageBar *>()->text();
            QCOMPARE(field(dialog, "host")->text(), QStringLiteral("127.0.0.1"));
            dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(m_cluster.port());
        });
        QVERIFY(window.connectToServer());
        QCOMPARE(round, 2);
        QVERIFY2(problem.contains(QStringLiteral("cannot be reached")), qPrintable(problem));
        QVERIFY(window.windowTitle().startsWith(m_name));
    }

    // A typed password to be kept: never in the settings file; with no keyring here the user
    // is told it was not kept, and the connection is made all the same.
    void aPasswordNeverGoesToTheSettings()
    {
        QVERIFY(Database::open(url(), Database::OpenMode::CreateIfMissing));
        test::TestDatabase file;
        MainWindow window(openFile(file.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        answerConnect([this](ConnectDialog &dialog) {
            fill(dialog, m_cluster.port());
            field(dialog, "password")->setText(QStringLiteral("Secret-4812"));
            QVERIFY(dialog.rememberPassword());
        });
        QVERIFY(window.connectToServer());
        window.saveSettings();
        QSettings settings;
        settings.sync();
        QFile stored(settings.fileName());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray text = stored.readAll();
        QVERIFY(text.contains(m_name.toUtf8()));
        QVERIFY(!text.contains("Secret-4812"));
        const QString shown = window.findChild<MessageBar *>()->text();
        QVERIFY2(shown.startsWith(QStringLiteral("The desktop's keyring cannot be used: ")),
                 qPrintable(shown));
    }

    // At start, the last server does not answer: among the choices, Connect to server… opens
    // the dialog on that server with the reason on top, and the database chosen there is used.
    void theStartCanConnectElsewhere()
    {
        QVERIFY(Database::open(url(), Database::OpenMode::CreateIfMissing));
        const QString unreachable = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                                        .arg(m_cluster.user())
                                        .arg(m_cluster.port() == 1 ? 2 : 1)
                                        .arg(m_name);
        QString problem;
        auto *answers = new QTimer(this);
        m_answerer = answers;
        connect(answers, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
            if (dialog && problem.isEmpty()) {
                problem = dialog->findChild<MessageBar *>()->text();
                dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(m_cluster.port());
                QTimer::singleShot(0, dialog, [dialog] {
                    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                });
            }
        });
        answers->start(20);
        Dialogs::setNextChoice(2); // Connect to server…
        const std::unique_ptr<Database> chosen = DatabaseChooser::open(unreachable);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("connect to a server")),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(chosen);
        QCOMPARE(chosen->path(), QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                                     .arg(m_cluster.user())
                                     .arg(m_cluster.port())
                                     .arg(m_name));
        QVERIFY2(problem.contains(QStringLiteral("cannot be reached")), qPrintable(problem));
    }

private:
    void prepareProgram() override
    {
        QVERIFY(m_dir.isValid());
        test::useTestSettings(m_dir, QStringLiteral("tst_connectserver"));
        // No keyring: the tests never touch the user's own.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void prepare() override { QSettings().clear(); }
    // The answers of a test function end with it (they refer to its variables).
    void release() override { delete m_answerer.data(); }

    static QLineEdit *field(const ConnectDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    }

    void fill(ConnectDialog &dialog, int port) const
    {
        field(dialog, "host")->setText(m_cluster.host());
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(port);
        field(dialog, "database")->setText(m_name);
        field(dialog, "user")->setText(m_cluster.user());
    }

    // Answers every Connect dialog that opens from now on, until the test function ends, with
    // @p answer, then its Connect button.
    void answerConnect(std::function<void(ConnectDialog &)> answer)
    {
        auto *timer = new QTimer(this);
        m_answerer = timer;
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, answer] {
            auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->property("answered").toBool())
                return;
            dialog->setProperty("answered", true);
            answer(*dialog);
            QTimer::singleShot(0, dialog, [dialog] {
                dialog->setProperty("answered", false);
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            });
        });
        timer->start();
    }

    static std::unique_ptr<Database> openFile(const QString &path)
    {
        auto opened = Database::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return std::move(opened).value();
    }

    QTemporaryDir m_dir;
    QPointer<QTimer> m_answerer;
};

QTEST_MAIN(TestConnectServer)
#include "tst_connectserver.moc"
