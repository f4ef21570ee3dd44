#include "FileSizeLimit.h"
#include "TestDatabase.h"
#include "nationalregister/RegisterChangeExporter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace dc;

// The export of the register's changes: a failed XLSX export never destroys the previous file.
class TestRegisterChangeExporter final : public QObject
{
    Q_OBJECT

private:
    static QList<RegisterChange> changes()
    {
        QList<RegisterChange> list;
        for (int i = 0; i < 40; ++i) {
            RegisterChange c;
            c.kind = QStringLiteral("added");
            c.registryNumber = QStringLiteral("%1/A/2001").arg(i + 1);
            c.name = QStringLiteral(u"Asociația nr. %1").arg(i + 1);
            c.importedAt = QStringLiteral("2026-01-02T10:00:00Z");
            list << c;
        }
        return list;
    }

private Q_SLOTS:
    void failedXlsxExportKeepsThePreviousFile()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QString path = db.filePath(QStringLiteral("changes.xlsx"));
        QVERIFY(RegisterChangeExporter::exportFile(changes(), path));
        QFile good(path);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray before = good.readAll();
        good.close();
        QVERIFY(before.startsWith("PK"));
        {
            const test::FileSizeLimit limit(512);
            const Status s = RegisterChangeExporter::exportFile(changes(), path);
            QVERIFY(!s);
            QVERIFY2(s.error().startsWith(path + QLatin1Char(':')), qPrintable(s.error()));
        }
        QVERIFY(good.open(QIODevice::ReadOnly));
        QCOMPARE(good.readAll(), before);
        QCOMPARE(QDir(db.dir()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestRegisterChangeExporter)
#include "tst_registerchangeexporter.moc"
