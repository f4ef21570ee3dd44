#include "BoundedChild.h"
#include "TestDatabase.h"
#include "files/CsvReader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dc;

namespace {

struct ReadAll
{
    QList<QStringList> records;
    QList<int> lines;
    QList<bool> unterminated;
};

ReadAll readAll(CsvReader &reader)
{
    ReadAll all;
    QStringList fields;
    while (reader.readRecord(fields)) {
        all.records << fields;
        all.lines << reader.recordLine();
        all.unterminated << reader.recordUnterminated();
    }
    return all;
}

} // namespace

/// The streaming CSV reader: encodings, separators, Excel quoting, line numbers.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void separatorIsDetected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("semicolon")
            << QByteArray("Denumire;Judet;CIF\nA, B;Cluj;1\n") << QChar(u';');
        QTest::newRow("comma") << QByteArray("Denumire,Judet,CIF\n\"A; B\",Cluj,1\n")
                               << QChar(u',');
        QTest::newRow("tab") << QByteArray("Denumire\tJudet\tCIF\nA; B\tCluj\t1\n") << QChar(u'\t');
        // A comma inside a quoted header does not count.
        QTest::newRow("quoted comma in header")
            << QByteArray("\"Denumire, nume\";Judet;CIF\nA;Cluj;1\n") << QChar(u';');
    }

    void separatorIsDetected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        CsvReader reader;
        QVERIFY(reader.open(write(bytes)));
        QCOMPARE(reader.separator(), separator);
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 2);
        QCOMPARE(all.records.at(0).size(), 3);
        QCOMPARE(all.records.at(1).size(), 3);
        QCOMPARE(all.records.at(1).at(1), QStringLiteral("Cluj"));
        QVERIFY(all.records.at(1).at(0).startsWith(QLatin1Char('A')));
    }

    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks()
    {
        CsvReader reader;
        QVERIFY(reader.open(
            write("a;b;c\r\n\"x;y\";\"He said \"\"da\"\"\";\"line1\r\nline2\"\r\n;\"\";end\r\n")));
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 3);
        QCOMPARE(all.records.at(1),
                 (QStringList{QStringLiteral("x;y"), QStringLiteral("He said \"da\""),
                              QStringLiteral("line1\r\nline2")}));
        QCOMPARE(all.records.at(2), (QStringList{QString(), QString(), QStringLiteral("end")}));
    }

    void lineNumbersCountQuotedLineBreaksAndBlankLines()
    {
        CsvReader reader;
        QVERIFY(reader.open(write("h1;h2\n"            // line 1
                                  "a;\"two\nlines\"\n" // lines 2-3
                                  "\n"                 // line 4, blank
                                  "b;c\n"              // line 5
                                  "d;\"x\n\ny\"\n"     // lines 6-8
                                  "e;f\n")));          // line 9
        const ReadAll all = readAll(reader);
        QCOMPARE(all.lines, (QList<int>{1, 2, 5, 6, 9}));
        QCOMPARE(all.records.at(4), (QStringList{QStringLiteral("e"), QStringLiteral("f")}));
    }

    void bomIsSkipped()
    {
        CsvReader reader;
        QVERIFY(reader.open(write("\xEF\xBB\xBF"
                                  "Denumire;Jude\xC8\x9B\nA;B\n")));
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        QVERIFY(reader.hasBom());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.at(0).at(0), QStringLiteral("Denumire"));
        QCOMPARE(all.records.at(0).at(1), QStringLiteral(u"Județ"));
    }

    void windows1250IsDetectedAndDecoded()
    {
        CsvReader reader;
        QVERIFY(reader.open(test::dataPath(QStringLiteral("import/organizations-cp1250.csv"))));
        QCOMPARE(reader.encoding(), TextEncoding::Windows1250);
        QCOMPARE(reader.separator(), QChar(u';'));
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 3);
        QCOMPARE(all.records.at(1).at(0), QStringLiteral(u"Asociaţia Ştiinţă şi Artă"));
        QCOMPARE(
            all.records.at(2).at(0),
            QString::fromUtf8("Funda\xC5\xA3ia \xC3\x8Engeri \xC3\xAEn \xC3\x82nt\xC3\xA2rziere"));
    }

    void encodingOverrideWins()
    {
        // Valid UTF-8 read as Windows-1250 on purpose: "ă" (C4 83) becomes two characters.
        CsvReader reader;
        QVERIFY(reader.open(write("Denumire\nAsocia\xC8\x9Bia Art\xC4\x83\n"),
                            TextEncoding::Windows1250));
        QCOMPARE(reader.encoding(), TextEncoding::Windows1250);
        ReadAll all = readAll(reader);
        QVERIFY(all.records.at(1).at(0) != QStringLiteral(u"Asociația Artă"));
        QCOMPARE(all.records.at(1).at(0).size(), QStringLiteral(u"Asociația Artă").size() + 2);

        CsvReader utf8;
        QVERIFY(utf8.open(test::dataPath(QStringLiteral("import/organizations-cp1250.csv")),
                          TextEncoding::Utf8));
        QCOMPARE(utf8.encoding(), TextEncoding::Utf8);
        all = readAll(utf8);
        QVERIFY(all.records.at(1).at(0).contains(QChar(QChar::ReplacementCharacter)));
    }

    // Issue 19 changed this: one invalid byte after megabytes of UTF-8 no longer turns the whole
    // file into Windows-1250 (40,000 names became "AsociaČ›ia"); the file stays UTF-8 and only the
    // line with the byte is flagged.
    void invalidUtf8FarIntoTheFileRejectsOnlyItsLine()
    {
        QByteArray bytes("Denumire;Judet\n");
        int lines = 1;
        while (bytes.size() < 3 * 1024 * 1024) {
            bytes += "Asocia\xC8\x9Bia;Cluj\n"; // valid UTF-8 for megabytes...
            ++lines;
        }
        bytes += "Funda\xFEia;Cluj\n"; // ...then one Windows-1250 "ţ"
        CsvReader reader;
        QVERIFY(reader.open(write(bytes)));
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        QStringList fields;
        int flagged = 0;
        while (reader.readRecord(fields)) {
            if (reader.recordProblem().isEmpty())
                continue;
            ++flagged;
            QCOMPARE(reader.recordLine(), lines + 1);
            QCOMPARE(reader.recordProblem(),
                     QStringLiteral("invalid UTF-8 (byte 0xFE at column 6)"));
        }

        QCOMPARE(flagged, 1);

        bytes.chop(int(qstrlen("Funda\xFEia;Cluj\n")));
        CsvReader utf8;
        QVERIFY(utf8.open(write(bytes)));
        QCOMPARE(utf8.encoding(), TextEncoding::Utf8);
        QVERIFY(utf8.warnings().isEmpty());
    }

    void fewInvalidBytesRejectOnlyTheirLines()
    {
        CsvReader reader;
        QVERIFY(reader.open(write("Denumire;Judet\n"
                                  "Asocia\xC8\x9Bia Alfa;Cluj\n"
                                  "Asociatia Beta Bun\xC3 Gama;Ia\xC8\x99i\n"
                                  "\"Asocia\xC8\x9Bia\nDelta\";Arad\n"
                                  "Asocia\xC8\x9Bia Epsilon;Bac\xC4\x83u\n")));
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        QVERIFY(reader.warnings().isEmpty());
        QStringList fields;
        QStringList problems;
        QStringList names;
        while (reader.readRecord(fields)) {
            problems << reader.recordProblem();
            names << fields.value(0);
        }

        QCOMPARE(problems, (QStringList{QString(), QString(),
                                        QStringLiteral("invalid UTF-8 (byte 0xC3 at column 19)"),
                                        QString(), QString()}));
        QCOMPARE(names.at(1), QStringLiteral(u"Asociația Alfa"));
        QCOMPARE(names.at(3), QStringLiteral(u"Asociația\nDelta"));
        QCOMPARE(names.at(4), QStringLiteral(u"Asociația Epsilon"));
    }

    void nulByteAfterTheFirstChunkRejectsItsLine()
    {
        QByteArray bytes("Denumire;Judet\n");
        int lines = 1;
        while (bytes.size() < 600 * 1024) {
            bytes += "Asocia\xC8\x9Bia;Cluj\n";
            ++lines;
        }
        bytes += QByteArray("Fundatia;Cl\0uj\n", 15);
        bytes += "Asocia\xC8\x9Bia;Cluj\n";
        CsvReader reader;
        QVERIFY(reader.open(write(bytes)));
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        QStringList fields;
        QList<int> flagged;
        while (reader.readRecord(fields)) {
            if (!reader.recordProblem().isEmpty()) {
                flagged << reader.recordLine();
                QCOMPARE(reader.recordProblem(), QStringLiteral("NUL byte at column 12"));
            }
        }

        QCOMPARE(flagged, QList<int>{lines + 1});
    }

    void fileCutInTheMiddleOfACharacterStaysUtf8()
    {
        CsvReader reader;
        QVERIFY(
            reader.open(write("Denumire;Judet\nAsocia\xC8\x9Bia;Cluj\nFunda\xC8\x9Bia;Bac\xC4")));
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        QStringList fields;
        QStringList problems;
        while (reader.readRecord(fields))
            problems << reader.recordProblem();
        QCOMPARE(problems, (QStringList{QString(), QString(),
                                        QStringLiteral("invalid UTF-8 (byte 0xC4 at column 13)")}));
    }

    void wrongEncodingIsWarned_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("warning"); // a part of it; empty: no warning
        QTest::newRow("UTF-8 read as Windows-1250")
            << QByteArray("Denumire\nAsocia\xC8\x9Bia Art\xC4\x83\n")
            << int(TextEncoding::Windows1250) << QStringLiteral("the file is probably UTF-8");
        QTest::newRow("Windows-1250 read as UTF-8")
            << QByteArray("Denumire\nAsocia\xFEia Art\xE3\nFunda\xFEia\n")
            << int(TextEncoding::Utf8) << QStringLiteral("it is probably Windows-1250");
        QTest::newRow("UTF-8 saved again after a wrong reading")
            << QByteArray("Denumire\nAsocia\xC4\x8C\xE2\x80\xBAia\n") << int(TextEncoding::Auto)
            << QStringLiteral("damaged by a wrong conversion");
        QTest::newRow("replacement characters")
            << QByteArray("Denumire\nAsocia\xEF\xBF\xBDia\n") << int(TextEncoding::Auto)
            << QStringLiteral("damaged by a wrong conversion");
        QTest::newRow("clean UTF-8")
            << QByteArray("Denumire\nAsocia\xC8\x9Bia\n") << int(TextEncoding::Auto) << QString();
        QTest::newRow("clean Windows-1250") << QByteArray("Denumire\nAsocia\xFEia Art\xE3\n")
                                            << int(TextEncoding::Auto) << QString();
    }

    void wrongEncodingIsWarned()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(QString, warning);
        CsvReader reader;
        const QString path = write(bytes);
        QVERIFY(reader.open(path, static_cast<TextEncoding>(encoding)));
        if (warning.isEmpty()) {
            QCOMPARE(reader.warnings(), QStringList());
            return;
        }

        QCOMPARE(reader.warnings().size(), 1);
        QVERIFY2(reader.warnings().first().contains(warning),
                 qPrintable(reader.warnings().first()));
        QVERIFY2(reader.warnings().first().startsWith(path + QLatin1Char(':')),
                 qPrintable(reader.warnings().first()));
    }

    void multibyteCharacterAcrossChunksStaysWhole()
    {
        // Every record has a two-byte letter; with 700k records some straddle the 256 KiB
        // chunks.
        QByteArray bytes("Denumire;Nr\n");
        for (int i = 0; i < 70000; ++i)
            bytes += "\xC8\x98"
                     "coala " +
                     QByteArray::number(i) + ";" + QByteArray::number(i) + "\n";
        CsvReader reader;
        QVERIFY(reader.open(write(bytes)));
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        int n = 0;
        while (reader.readRecord(fields)) {
            QCOMPARE(fields.size(), 2);
            QCOMPARE(fields.at(0), QStringLiteral(u"Școala ") + QString::number(n));
            QCOMPARE(reader.recordLine(), n + 2);
            ++n;
        }

        QCOMPARE(n, 70000);
        QCOMPARE(reader.bytesRead(), reader.size());
    }

    void lastRecordWithoutLineEnd()
    {
        CsvReader reader;
        QVERIFY(reader.open(write("a,b\n1,\"2\"")));
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 2);
        QCOMPARE(all.records.at(1), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(all.unterminated.at(1), false);
    }

    void unterminatedQuoteIsFlagged()
    {
        CsvReader reader;
        QVERIFY(reader.open(write("a;b\n1;2\n3;\"open\n4;5\n")));
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 3);
        QCOMPARE(all.unterminated, (QList<bool>{false, false, true}));
        QCOMPARE(all.lines.at(2), 3);
    }

    // Issue 19: a record longer than CsvReader::maxRecordLength (a field of 2 M characters, or 2 M
    // separators) comes back without fields and flagged, and the records after it are read.
    void overlongRecordRejectsOnlyItself_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("long field") << "A;" + QByteArray(2 * 1024 * 1024, 'x');
        QTest::newRow("long quoted field") << "A;\"" + QByteArray(2 * 1024 * 1024, 'x') + '"';
        QTest::newRow("many fields") << QByteArray(2 * 1024 * 1024, ';');
    }

    void overlongRecordRejectsOnlyItself()
    {
        QFETCH(QByteArray, line);
        CsvReader reader;
        QVERIFY(reader.open(write("Denumire;Judet\n" + line + "\nB;Cluj\n")));
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(reader.recordLine(), 2);
        QCOMPARE(fields, QStringList());
        QCOMPARE(reader.recordProblem(),
                 QStringLiteral(
                     "the record is longer than 1048576 characters, the limit for one record"));
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(reader.recordLine(), 3);
        QCOMPARE(fields, (QStringList{QStringLiteral("B"), QStringLiteral("Cluj")}));
        QVERIFY(reader.recordProblem().isEmpty());
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(reader.error().isEmpty());
    }

    // Issue 19: an unclosed quote in a 200 MB file peaked at 823 MB. Here 64 MB after the quote are
    // read with 96 MB to spare: the record is flagged as unterminated and too long, its lines
    // counted.
    void unterminatedQuoteInALargeFileNeedsLittleMemory()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Denumire;Judet\nA;\"");
            const QByteArray lines =
                QByteArray("text text text text text text text\n").repeated(32768);
            for (int i = 0; i < 56; ++i) // 56 x 1,179,648 bytes: 64 MB, 1,835,008 lines
                QVERIFY(file.write(lines) == lines.size());
        }
        const QString report = m_dir.filePath(QStringLiteral("report.txt"));
        QVERIFY2(test::runInBoundedChild(96 * 1024 * 1024, 60'000,
                                         [&] {
                                             CsvReader reader;
                                             if (!reader.open(path))
                                                 return 1;
                                             QStringList fields;
                                             reader.readRecord(fields);
                                             if (!reader.readRecord(fields))
                                                 return 2;
                                             const QString text =
                                                 QStringLiteral("%1 %2 %3\n%4")
                                                     .arg(reader.recordLine())
                                                     .arg(fields.size())
                                                     .arg(reader.recordUnterminated())
                                                     .arg(reader.recordProblem());
                                             return test::writeFile(report, text.toUtf8()) ? 0 : 3;
                                         }),
                 "the reader ran out of its 96 MB, crashed or did not stop within a minute");
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(
            QString::fromUtf8(file.readAll()),
            QStringLiteral("2 0 1\nthe record is longer than 1048576 characters, the limit for "
                           "one record"));
    }

    void unreadableFilesFail_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("missing") << QStringLiteral("missing.csv") << QByteArray();
        QTest::newRow("binary") << QStringLiteral("image.csv")
                                << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("folder") << QStringLiteral("folder.csv") << QByteArray();
    }

    void unreadableFilesFail()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.filePath(name);
        if (name == QLatin1String("folder.csv"))
            QVERIFY(QDir().mkpath(path));
        else if (!bytes.isEmpty())
            QVERIFY(test::writeFile(path, bytes));
        CsvReader reader;
        const Status s = reader.open(path);
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(path + QLatin1Char(':')), qPrintable(s.error()));
    }

    void parseTextEncoding_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("expected"); // -1: not an encoding
        QTest::newRow("auto") << QStringLiteral("AUTO") << int(TextEncoding::Auto);
        QTest::newRow("utf-8") << QStringLiteral("utf-8") << int(TextEncoding::Utf8);
        QTest::newRow("UTF8") << QStringLiteral("UTF8") << int(TextEncoding::Utf8);
        QTest::newRow("windows-1250")
            << QStringLiteral("Windows-1250") << int(TextEncoding::Windows1250);
        QTest::newRow("cp1250") << QStringLiteral("CP1250") << int(TextEncoding::Windows1250);
        QTest::newRow("latin1") << QStringLiteral("latin1") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void parseTextEncoding()
    {
        QFETCH(QString, name);
        QFETCH(int, expected);
        const std::optional<TextEncoding> e = dc::parseTextEncoding(name);
        QCOMPARE(e ? int(*e) : -1, expected);
        if (e && *e != TextEncoding::Auto)
            QCOMPARE(dc::parseTextEncoding(textEncodingName(*e)), e);
    }

private:
    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_count));
        if (!test::writeFile(path, bytes))
            qFatal("cannot write the test file");
        return path;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
