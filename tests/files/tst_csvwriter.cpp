#include "FileSizeLimit.h"
#include "FolderTest.h"
#include "files/CsvReader.h"
#include "files/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace dc;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/// The one CSV writer of the exports: its bytes, the formula rule, and that a failed write
/// leaves the previous file whole.
class TestCsvWriter final : public test::FolderTest
{
    Q_OBJECT

private Q_SLOTS:
    void writesBomSemicolonsAndCrlf()
    {
        const QString path = m_dir->filePath(QStringLiteral("out.csv"));
        CsvWriter csv(path);
        csv.writeRow(QStringList{QStringLiteral("Denumire"), QStringLiteral(u"Județ")});
        csv.writeRow(QStringList{QStringLiteral(u"Asociația Zorilor"), QStringLiteral("Cluj")});
        const Status s = csv.commit();
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(readBytes(path),
                 QStringLiteral(u"\uFEFFDenumire;Județ\r\nAsociația Zorilor;Cluj\r\n").toUtf8());
    }

    void quotesSeparatorsQuotesAndLineBreaks_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QStringLiteral("Cluj") << QByteArray("Cluj");
        QTest::newRow("separator") << QStringLiteral("a;b") << QByteArray("\"a;b\"");
        QTest::newRow("quote") << QStringLiteral("Asociația \"Zori\"")
                               << QStringLiteral(u"\"Asociația \"\"Zori\"\"\"").toUtf8();
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("comma is no separator") << QStringLiteral("a,b") << QByteArray("a,b");
        QTest::newRow("empty") << QString() << QByteArray();
    }

    void quotesSeparatorsQuotesAndLineBreaks()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, written);
        const QString path = m_dir->filePath(QStringLiteral("quoted.csv"));
        CsvWriter csv(path);
        csv.writeRow(QStringList{QStringLiteral("x"), value, QStringLiteral("y")});
        QVERIFY(csv.commit());
        QCOMPARE(readBytes(path), "\xEF\xBB\xBFx;" + written + ";y\r\n");
    }

    // OWASP's rule against CSV injection: a value that a spreadsheet would run as a formula gets
    // an apostrophe; the figures of a document (AsWritten) keep a negative number a number.
    void neutralizesFormulasUnlessAskedNotTo_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("neutralized");
        QTest::addColumn<QByteArray>("asWritten");
        QTest::newRow("equals") << QStringLiteral("=SUM(A1)") << QByteArray("'=SUM(A1)")
                                << QByteArray("=SUM(A1)");
        QTest::newRow("plus") << QStringLiteral("+40 264") << QByteArray("'+40 264")
                              << QByteArray("+40 264");
        QTest::newRow("minus") << QStringLiteral("-3") << QByteArray("'-3") << QByteArray("-3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)")
                            << QByteArray("@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QByteArray("'\tx") << QByteArray("\tx");
        QTest::newRow("quoted formula")
            << QStringLiteral("=HYPERLINK(\"http://example.invalid\";\"x\")")
            << QByteArray("\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"x\"\")\"")
            << QByteArray("\"=HYPERLINK(\"\"http://example.invalid\"\";\"\"x\"\")\"");
        QTest::newRow("inner equals is text")
            << QStringLiteral("a=b") << QByteArray("a=b") << QByteArray("a=b");
    }

    void neutralizesFormulasUnlessAskedNotTo()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, neutralized);
        QFETCH(QByteArray, asWritten);
        const QString safe = m_dir->filePath(QStringLiteral("safe.csv"));
        const QString plain = m_dir->filePath(QStringLiteral("plain.csv"));
        CsvWriter safeCsv(safe);
        safeCsv.writeRow(QStringList{value});
        QVERIFY(safeCsv.commit());
        CsvWriter plainCsv(plain, CsvWriter::Formulas::AsWritten);
        plainCsv.writeRow(QStringList{value});
        QVERIFY(plainCsv.commit());
        QCOMPARE(readBytes(safe), "\xEF\xBB\xBF" + neutralized + "\r\n");
        QCOMPARE(readBytes(plain), "\xEF\xBB\xBF" + asWritten + "\r\n");
    }

    // What the writer writes, the project's reader reads back as it was, apostrophes taken away.
    void csvReaderReadsBackWhatWasWritten()
    {
        const QString path = m_dir->filePath(QStringLiteral("round.csv"));
        const QList<QStringList> rows{
            {QStringLiteral("Denumire"), QStringLiteral("Telefon"), QStringLiteral("Adresa")},
            {QStringLiteral(u"Școala \"Altfel\""), QStringLiteral("+40 264 599 066"),
             QStringLiteral("Str. Lungă 1;\r\nbl. 2")},
            {QStringLiteral("=1+1"), QString(), QStringLiteral(u"ț")}};
        CsvWriter csv(path);
        for (const QStringList &row : rows)
            csv.writeRow(row);
        QVERIFY(csv.commit());
        CsvReader reader;
        QVERIFY(reader.open(path));
        QVERIFY(reader.hasBom());
        QCOMPARE(reader.separator(), QLatin1Char(';'));
        QStringList fields;
        for (const QStringList &row : rows) {
            QVERIFY(reader.readRecord(fields));
            QCOMPARE(fields, row);
        }
        QVERIFY(!reader.readRecord(fields));
    }

    // Written in blocks: a file bigger than one block is whole.
    void largeFileIsWhole()
    {
        const QString path = m_dir->filePath(QStringLiteral("large.csv"));
        CsvWriter csv(path);
        QByteArray expected("\xEF\xBB\xBF");
        for (int i = 0; i < 20000; ++i) {
            csv.writeRow(QStringList{QString::number(i), QStringLiteral(u"Asociația %1").arg(i)});
            expected += QStringLiteral(u"%1;Asociația %1\r\n").arg(i).toUtf8();
        }
        QVERIFY(csv.commit());
        QVERIFY(expected.size() > 4 * 64 * 1024);
        QCOMPARE(readBytes(path), expected);
    }

    // A full disk (here a file size limit) while writing fails with a message naming the file and
    // leaves the previous file as it was, with no temporary file beside it.
    void failedWriteLeavesThePreviousFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("keep.csv"));
        const QByteArray before = writeOldCsv(path);
        QCOMPARE(before, QByteArray("\xEF\xBB\xBFold\r\n"));
        {
            const test::FileSizeLimit limit(4096);
            CsvWriter csv(path);
            for (int i = 0; i < 10000; ++i)
                csv.writeRow(QStringList{QStringLiteral("row %1").arg(i)});
            const Status s = csv.commit();
            QVERIFY(!s);
            QVERIFY2(s.error().startsWith(QDir::toNativeSeparators(path) + QLatin1Char(':')),
                     qPrintable(s.error()));
            QVERIFY(!csv.reason().isEmpty());
            QVERIFY(s.error().contains(csv.reason()));
        }
        QCOMPARE(readBytes(path), before);
        QCOMPARE(filesLeft(), QStringList{QStringLiteral("keep.csv")});
    }

    // Without commit() (an export that stopped on a database error) the target is untouched.
    void noCommitLeavesThePreviousFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("keep.csv"));
        QCOMPARE(writeOldCsv(path), QByteArray("\xEF\xBB\xBFold\r\n"));
        {
            CsvWriter csv(path);
            csv.writeRow(QStringList{QStringLiteral("new")});
        }
        QCOMPARE(readBytes(path), QByteArray("\xEF\xBB\xBFold\r\n"));
        QCOMPARE(filesLeft(), QStringList{QStringLiteral("keep.csv")});
    }

    void missingFolderFailsNamingTheFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("no/such/folder/out.csv"));
        CsvWriter csv(path);
        QVERIFY(!csv.isGood());
        csv.writeRow(QStringList{QStringLiteral("x")});
        const Status s = csv.commit();
        QVERIFY(!s);
        QCOMPARE(s.error(), QDir::toNativeSeparators(path) +
                                QStringLiteral(": the file cannot be written (the folder does not "
                                               "exist)."));
        QVERIFY(!QFile::exists(path));
    }

    void folderInTheWayFails()
    {
        const QString path = m_dir->filePath(QStringLiteral("folder.csv"));
        QVERIFY(QDir().mkpath(path));
        CsvWriter csv(path);
        csv.writeRow(QStringList{QStringLiteral("x")});
        const Status s = csv.commit();
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(QDir::toNativeSeparators(path) + QLatin1Char(':')),
                 qPrintable(s.error()));
        QVERIFY(QFileInfo(path).isDir());
    }

private:
    /// A CSV file at @p path holding the one field "old"; its bytes.
    static QByteArray writeOldCsv(const QString &path)
    {
        CsvWriter csv(path);
        csv.writeRow(QStringList{QStringLiteral("old")});
        return csv.commit() ? readBytes(path) : QByteArray();
    }

    /// The files in the test's folder, hidden ones (QSaveFile's temporary file) included.
    QStringList filesLeft() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
