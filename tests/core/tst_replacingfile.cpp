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
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("the previous good file"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out.xlsx")});
    }

    void commitReplacesTheTarget()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.xlsx"));
        QVERIFY(test::writeFile(target, "old"));
        ReplacingFile file(target);
        QVERIFY(test::writeFile(file.temporaryPath(), "new"));
        QVERIFY(file.commit());
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out.xlsx")});
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
