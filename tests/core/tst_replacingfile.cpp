#include "TestDatabase.h"
#include "core/ReplacingFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

class TestReplacingFile final : public QObject
{
    Q_OBJECT

    // @p dir holds the target alone (no temporary file left), with @p bytes.
    static void onlyTheTargetWith(const QTemporaryDir &dir, const QByteArray &bytes)
    {
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("out.xlsx"))), bytes);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out.xlsx")});
    }

private Q_SLOTS:
    void uncommittedWriteLeavesTheTargetAndNoTemporaryFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.xlsx"));
        QVERIFY(test::writeFile(target, "the previous good file"));
        {
            ReplacingFile file(target);
            QVERIFY2(file.isValid(), qPrintable(file.error()));
            QCOMPARE(QFileInfo(file.temporaryPath()).absolutePath(),
                     QFileInfo(target).absolutePath());
            QVERIFY(test::writeFile(file.temporaryPath(), "half"));
        }
        onlyTheTargetWith(dir, "the previous good file");
    }

    void commitReplacesTheTarget()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.xlsx"));
        QVERIFY(test::writeFile(target, "old"));
        ReplacingFile file(target);
        QVERIFY(test::writeFile(file.temporaryPath(), "new"));
        QVERIFY(file.commit());
        onlyTheTargetWith(dir, "new");
    }

    void missingFolderIsInvalid()
    {
        QTemporaryDir dir;
        ReplacingFile file(dir.filePath(QStringLiteral("no/such/out.xlsx")));
        QVERIFY(!file.isValid());
        QVERIFY(!file.error().isEmpty());
        QVERIFY(!file.commit());
    }
};

QTEST_GUILESS_MAIN(TestReplacingFile)
#include "tst_replacingfile.moc"
