#include "ExternalTools.h"
#include "FileSizeLimit.h"
#include "FolderTest.h"
#include "files/XlsxReader.h"
#include "files/XlsxWorkbook.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace dc;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every non-empty row of the first sheet, as the project's reader gives them: "row: a|b|c".
QStringList readBack(const QString &path)
{
    XlsxReader reader;
    if (const Status s = reader.open(path); !s)
        return {s.error()};
    QStringList rows;
    int row = 0;
    QStringList cells;
    while (reader.readRow(row, cells))
        rows << QStringLiteral("%1: %2").arg(row).arg(cells.join(QLatin1Char('|')));
    if (!reader.error().isEmpty())
        rows << reader.error();
    return rows;
}

} // namespace

/// The one wrapper of libxlsxwriter: what it writes reads back with XlsxReader, and a failed
/// workbook never replaces the previous file.
class TestXlsxWorkbook final : public test::FolderTest
{
    Q_OBJECT

private Q_SLOTS:
    void rowsReadBackWithTheProjectsReader_data()
    {
        QTest::addColumn<bool>("constantMemory");
        QTest::newRow("whole workbook in memory") << false;
        QTest::newRow("constant memory") << true;
    }

    void rowsReadBackWithTheProjectsReader()
    {
        QFETCH(bool, constantMemory);
        const QString path = m_dir->filePath(QStringLiteral("out.xlsx"));
        XlsxWorkbook book(path, constantMemory ? XlsxWorkbook::Memory::Constant
                                               : XlsxWorkbook::Memory::Whole);
        QVERIFY(book.isGood());
        lxw_worksheet *sheet = book.addSheet(QStringLiteral(u"Organizații"));
        QVERIFY(sheet);
        book.setColumnWidths(sheet, {40, 12, 10});
        book.writeHeader(sheet, {QStringLiteral("Denumire"), QStringLiteral(u"Județ"),
                                 QStringLiteral("Voluntari")});
        book.writeRow(
            sheet, 1,
            QStringList{QStringLiteral(u"Școala Altfel"), QString(), QStringLiteral("7")});
        book.writeRow(sheet, 2,
                      QVariantList{QStringLiteral("=1+1"), QStringLiteral("Cluj"), QVariant(12)});
        book.writeRow(sheet, 3,
                      QVariantList{QVariant(), QVariant(2.5), QVariant(qlonglong(1) << 40)});
        const Status s = book.close();
        QVERIFY2(s, qPrintable(s.error()));
        QVERIFY(readBytes(path).startsWith("PK\x03\x04"));
        // A text stays a text ("=1+1" is no formula in a workbook), numbers come back as numbers.
        QCOMPARE(readBack(path), (QStringList{QStringLiteral(u"1: Denumire|Județ|Voluntari"),
                                              QStringLiteral(u"2: Școala Altfel||7"),
                                              QStringLiteral("3: =1+1|Cluj|12"),
                                              QStringLiteral("4: |2.5|1099511627776")}));
    }

    void headerIsBoldAndFrozen()
    {
        const QString path = m_dir->filePath(QStringLiteral("header.xlsx"));
        XlsxWorkbook book(path);
        lxw_worksheet *sheet = book.addSheet(QStringLiteral("Foaie"));
        book.writeHeader(sheet, {QStringLiteral("A"), QStringLiteral("B")});
        QVERIFY(book.close());
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed");
        const QByteArray xml = test::zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(!xml.isEmpty());
        QVERIFY(xml.contains("<pane ySplit=\"1\""));
        QVERIFY2(xml.contains("s=\"1\""), xml.constData()); // the header cells use the bold style
    }

    // A full disk (here a file size limit) while the workbook is written fails with one message
    // naming the file and leaves the previous file as it was, with no temporary file beside it.
    void failedWriteLeavesThePreviousFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("keep.xlsx"));
        const QByteArray before = writeOldWorkbook(path);
        QVERIFY(before.startsWith("PK"));
        {
            const test::FileSizeLimit limit(512);
            XlsxWorkbook book(path, XlsxWorkbook::Memory::Constant);
            lxw_worksheet *sheet = book.addSheet(QStringLiteral("Foaie"));
            for (lxw_row_t r = 0; r < 2000; ++r)
                book.writeRow(sheet, r, QStringList{QStringLiteral("row %1").arg(r)});
            const Status s = book.close();
            QVERIFY(!s);
            QVERIFY2(s.error().startsWith(QDir::toNativeSeparators(path) + QLatin1Char(':')),
                     qPrintable(s.error()));
            QVERIFY(!book.reason().isEmpty());
        }
        QCOMPARE(readBytes(path), before);
        QCOMPARE(filesLeft(), QStringList{QStringLiteral("keep.xlsx")});
    }

    // A workbook dropped without close() (an export that stopped on an error) leaves the target
    // untouched and no temporary file.
    void noCloseLeavesThePreviousFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("keep.xlsx"));
        const QByteArray before = writeOldWorkbook(path);
        QVERIFY(before.startsWith("PK"));
        {
            XlsxWorkbook book(path);
            book.writeRow(book.addSheet(QStringLiteral("Foaie")), 0,
                          QStringList{QStringLiteral("new")});
        }
        QCOMPARE(readBytes(path), before);
        QCOMPARE(readBack(path), QStringList{QStringLiteral("1: old")});
        QCOMPARE(filesLeft(), QStringList{QStringLiteral("keep.xlsx")});
    }

    void missingFolderFailsBeforeAnyWork()
    {
        const QString path = m_dir->filePath(QStringLiteral("no/such/folder/out.xlsx"));
        XlsxWorkbook book(path);
        QVERIFY(!book.isGood());
        QVERIFY(!book.handle());
        QVERIFY(!book.addSheet(QStringLiteral("Foaie")));
        const Status s = book.status();
        QVERIFY(!s);
        QCOMPARE(s.error(), QDir::toNativeSeparators(path) +
                                QStringLiteral(": the file cannot be written (the folder does not "
                                               "exist)."));
        QCOMPARE(book.close().error(), s.error());
    }

    void folderInTheWayFails()
    {
        const QString path = m_dir->filePath(QStringLiteral("folder.xlsx"));
        QVERIFY(QDir().mkpath(path));
        XlsxWorkbook book(path);
        const Status s = book.close();
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(QDir::toNativeSeparators(path) + QLatin1Char(':')),
                 qPrintable(s.error()));
        QVERIFY(QFileInfo(path).isDir());
    }

    void readOnlyFileIsNotReplaced()
    {
        const QString path = m_dir->filePath(QStringLiteral("locked.xlsx"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("locked");
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        if (QFileInfo(path).isWritable())
            QSKIP("running as root: every file is writable");
        XlsxWorkbook book(path);
        const Status s = book.close();
        QVERIFY(!s);
        QCOMPARE(s.error(), QDir::toNativeSeparators(path) +
                                QStringLiteral(": the file cannot be written (the file is "
                                               "read-only)."));
        QCOMPARE(readBytes(path), QByteArray("locked"));
    }

private:
    /// A workbook at @p path with "old" in A1; its bytes, empty when it could not be written.
    static QByteArray writeOldWorkbook(const QString &path)
    {
        XlsxWorkbook book(path);
        book.writeRow(book.addSheet(QStringLiteral("Foaie")), 0,
                      QStringList{QStringLiteral("old")});
        return book.close() ? readBytes(path) : QByteArray();
    }

    /// The files in the test's folder, hidden ones (a temporary ".x.part") included.
    QStringList filesLeft() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    }
};

QTEST_GUILESS_MAIN(TestXlsxWorkbook)
#include "tst_xlsxworkbook.moc"
