// File > Copy database… (issue 18): the open database (the demo, in a file) copied whole into a
// new file and into an empty database on a throwaway PostgreSQL server, with the figures of
// every table shown; a file that exists is refused and left as it was; the window's File menu
// opens the dialog.
#include "ServerTest.h"
#include "TestDatabase.h"
#include "Windows.h"
#include "app/CopyDatabaseDialog.h"
#include "app/MainWindow.h"
#include "common/MessageBar.h"
#include "demo/DemoDataset.h"
#include "storage/Database.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

class TestCopyDatabaseDialog final : public test::ServerTest
{
    Q_OBJECT

private Q_SLOTS:
    // Into a new file: every table copied, its figures shown, the counts the same.
    void copiesIntoANewFile()
    {
        CopyDatabaseDialog dialog(m_source->database());
        const QString target = m_source->filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(!dialog.copyButton()->isEnabled());
        dialog.targetEdit()->setText(target);
        QVERIFY(dialog.copyButton()->isEnabled());
        QVERIFY2(dialog.copy(), qPrintable(dialog.messageBar()->text()));
        QVERIFY2(dialog.messageBar()->text().startsWith(QStringLiteral("Copied ")),
                 qPrintable(dialog.messageBar()->text()));
        QVERIFY(dialog.figures().contains(
            QRegularExpression(QStringLiteral("^organization +\\d+  [0-9a-f]{64}$"),
                               QRegularExpression::MultilineOption)));
        // The same target again: Copy waits for another.
        QVERIFY(!dialog.copyButton()->isEnabled());

        auto copy = Database::open(target, Database::OpenMode::ExistingOnly);
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE(count((*copy)->connection()), count(m_source->connection()));
        QVERIFY(count(m_source->connection()) > 0);
    }

    // A file that exists is not written over: the reason on top, its bytes unchanged.
    void anExistingFileIsRefused()
    {
        const QString target = m_source->filePath(QStringLiteral("exists.sqlite"));
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("someone's file");
        }
        CopyDatabaseDialog dialog(m_source->database());
        dialog.targetEdit()->setText(target);
        QVERIFY(!dialog.copy());
        QVERIFY2(dialog.messageBar()->text().contains(QStringLiteral("already exists")),
                 qPrintable(dialog.messageBar()->text()));
        QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Error);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("someone's file"));
        QVERIFY(dialog.figures().isEmpty());
    }

    // Into an empty database on a server: the schema made, every table copied.
    void copiesIntoAnEmptyServerDatabase()
    {
        CopyDatabaseDialog dialog(m_source->database());
        dialog.targetEdit()->setText(url());
        QVERIFY2(dialog.copy(), qPrintable(dialog.messageBar()->text()));
        QVERIFY(dialog.messageBar()->text().contains(url()));
        auto copy = Database::open(url(), Database::OpenMode::ExistingOnly);
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE(count((*copy)->connection()), count(m_source->connection()));

        // A second copy into it now is refused: it holds the office's records.
        CopyDatabaseDialog again(m_source->database());
        again.targetEdit()->setText(url());
        QVERIFY(!again.copy());
        QVERIFY2(again.messageBar()->text().contains(QStringLiteral("is not empty")),
                 qPrintable(again.messageBar()->text()));
    }

    // The window's File > Copy database… opens the dialog on the open database.
    void theFileMenuOpensIt()
    {
        auto opened = Database::open(m_source->path(), Database::OpenMode::ExistingOnly);
        QVERIFY2(opened, qPrintable(opened.error()));
        MainWindow window(std::move(opened).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("copyDatabaseAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Cop&y database…"));
        action->trigger();
        auto *dialog = window.findChild<CopyDatabaseDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
    }

private:
    static int count(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT count(*) FROM organization")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    void prepareProgram() override
    {
        QVERIFY(m_dir.isValid());
        test::useTestSettings(m_dir, QStringLiteral("tst_copydatabasedialog"));
    }

    void prepare() override
    {
        QSettings().clear();
        m_source = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_source->isValid(), qPrintable(m_source->error()));
        const Result<DemoSummary> demo = DemoDataset::load(m_source->connection());
        QVERIFY2(demo, qPrintable(demo.error()));
    }

    void release() override { m_source.reset(); }

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_source;
};

QTEST_MAIN(TestCopyDatabaseDialog)
#include "tst_copydatabasedialog.moc"
