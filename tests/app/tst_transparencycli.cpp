#include "TestDatabase.h"

#include "CliDatabase.h"
#include "transparency/FormIndicators.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <QTest>

// The transparency commands are a contract for scripts: these tests run the real binary on the
// demo database and check the lines and exit codes.
class TestTransparencyCli final : public dc::test::CliTest
{
    Q_OBJECT

    /// `transparency @p command --year 2025` with @p more arguments after it.
    Run runFor2025(const QString &command, const QStringList &more = {})
    {
        return run(QStringList{QStringLiteral("transparency"), command, QStringLiteral("--year"),
                               QStringLiteral("2025")} +
                   more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        CliTest::initTestCase();
        const Run &r = m_seeded;
        QVERIFY2(r.out.contains(QLatin1String(
                     "institutions: added 4, drafts: added 6, recommendations: added 6, "
                     "meetings: added 5, court cases: added 2, reports: added 3")),
                 qPrintable(r.out + r.err));
    }

    void demoAddsNothingTheSecondTime()
    {
        const Run r = run({QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String(
                     "institutions: added 0, drafts: added 0, recommendations: added 0, "
                     "meetings: added 0, court cases: added 0, reports: added 0")),
                 qPrintable(r.out));
    }

    void helpListsTheCommands()
    {
        const Run r = run({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QLatin1String("transparency figures")));
        QVERIFY(r.out.contains(QLatin1String("transparency warnings")));
        QVERIFY(r.out.contains(QLatin1String("--year")));
        QVERIFY(r.out.contains(QLatin1String("--institution")));
    }

    void totalsWithMissingInstitutions()
    {
        const Run r = runFor2025(QStringLiteral("figures"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList out = lines(r.out);
        QCOMPARE(out.size(), dc::formIndicatorCount + 1);
        for (int i = 0; i < dc::formIndicatorCount; ++i)
            QCOMPARE(out.at(i).split(QLatin1Char('\t')).size(), 4);
        // The ministry and the county council sent their reports as files: the totals of what
        // only they give come from the reports; the agency's report came on paper.
        QCOMPARE(out.first(), QStringLiteral("A1\tDraft normative acts adopted\t3\treport"));
        // 5 of 7: the ministry's report says 5 received (its records hold 4), the council's 2.
        QVERIFY(out.contains(QStringLiteral("A7\tRecommendations received\t7\treport")));
        QVERIFY(out.contains(
            QStringLiteral("A7_2\tShare of recommendations received online (%)\t71.4\treport")));
        QVERIFY(out.contains(
            QStringLiteral("B1\tPublic meetings\t7\tmanual"))); // 3 reported + 4 typed from the
                                                                // agency's paper report
        QVERIFY(out.contains(QStringLiteral("C1_a\tCourt cases won by the plaintiff\t1\treport")));
        QCOMPARE(out.last(), QStringLiteral(u"missing\tPrimăria Orașului Model (fictiv)"));
    }

    void oneInstitutionByAPartOfItsName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("exact") << QStringLiteral("Ministerul Exemplului (fictiv)");
        QTest::newRow("part, no diacritics, any case") << QStringLiteral("MINISTERUL exemplului");
        QTest::newRow("one word") << QStringLiteral("exemplului");
    }
    void oneInstitutionByAPartOfItsName()
    {
        QFETCH(QString, name);
        const Run r =
            runFor2025(QStringLiteral("figures"), {QStringLiteral("--institution"), name});
        QCOMPARE(r.exitCode, 0);
        const QStringList out = lines(r.out);
        QCOMPARE(out.size(), dc::formIndicatorCount);
        // From the ministry's report, which says 5 where the office's records hold 4.
        QVERIFY(out.contains(QStringLiteral("A7\tRecommendations received\t5\treport")));
        QVERIFY(out.contains(QStringLiteral("A10\tDrafts adopted without a mandatory public debate "
                                            "(urgency or exceptions)\t1\treport")));
        QVERIFY(out.last().startsWith(QLatin1String("D2\t")));
        QVERIFY(out.last().endsWith(QLatin1String("\treport")));
    }

    void manualSourceForAPaperReport()
    {
        const Run r = runFor2025(QStringLiteral("figures"),
                                 {QStringLiteral("--institution"), QStringLiteral("agentia")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(lines(r.out).contains(QStringLiteral(
            "B3\tEstimated participants in public meetings (officials excluded)\t35\tmanual")));
        QVERIFY(lines(r.out).contains(
            QStringLiteral("A7_2\tShare of recommendations received online (%)\tn/a\trecords")));
    }

    void ambiguousOrUnknownInstitution_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("ambiguous")
            << QStringLiteral("fictiv") << QStringLiteral("matches several institutions");
        QTest::newRow("unknown") << QStringLiteral("Ministerul Inexistent")
                                 << QStringLiteral("no institution matches");
    }
    void ambiguousOrUnknownInstitution()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const Run r =
            runFor2025(QStringLiteral("figures"), {QStringLiteral("--institution"), name});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(
            QStringLiteral("Consiliul Județean Exemplu (fictiv)"))); // the candidates are listed
    }

    void statusOfTheReports()
    {
        const Run r = runFor2025(QStringLiteral("status"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList out = lines(r.out);
        QCOMPARE(out.size(), 4); // every institution, in Romanian alphabetical order
        for (const QString &line : out)
            QCOMPARE(line.split(QLatin1Char('\t')).size(), 5);
        QVERIFY(out.contains(
            QStringLiteral(u"Ministerul Exemplului (fictiv)\tministry\treceived\t2026-01-20\t0")));
        QVERIFY(out.contains(QStringLiteral(
            u"Consiliul Județean Exemplu (fictiv)\tcounty_council\tlate\t2026-06-03\t19")));
        // The city hall sent nothing: missing, late by the days since 15 May 2026 (0 before it).
        const qint64 late = std::max<qint64>(0, QDate(2026, 5, 15).daysTo(QDate::currentDate()));
        QCOMPARE(out.last(),
                 QStringLiteral(u"Primăria Orașului Model (fictiv)\tcity_hall\tmissing\t\t%1")
                     .arg(late));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("figures without --year")
            << QStringList{QStringLiteral("transparency"), QStringLiteral("figures")};
        QTest::newRow("a year that is not one")
            << QStringList{QStringLiteral("transparency"), QStringLiteral("figures"),
                           QStringLiteral("--year"), QStringLiteral("last")};
        QTest::newRow("status without --year")
            << QStringList{QStringLiteral("transparency"), QStringLiteral("status")};
        QTest::newRow("warnings with a bad year")
            << QStringList{QStringLiteral("transparency"), QStringLiteral("warnings"),
                           QStringLiteral("--year"), QStringLiteral("20x5")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 64);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void warnings()
    {
        const Run r = runFor2025(QStringLiteral("warnings"));
        QCOMPARE(r.exitCode, 0);
        const QStringList expected = {
            QStringLiteral(u"Consiliul Județean Exemplu (fictiv)\tProiect de hotărâre privind "
                           u"regulamentul de consultare publică (fictiv)\tart. 7(2)\t9"),
            QStringLiteral(u"Consiliul Județean Exemplu (fictiv)\tProiect de hotărâre privind "
                           u"regulamentul de consultare publică (fictiv)\tart. 7(4)\t2"),
            QStringLiteral(u"Ministerul Exemplului (fictiv)\tProiect de ordin privind ghidul "
                           u"modelelor (fictiv)\tart. 7(2)\t17"),
            QStringLiteral(u"Ministerul Exemplului (fictiv)\tProiect de ordin privind ghidul "
                           u"modelelor (fictiv)\tart. 7(4)\t3"),
            QStringLiteral(u"Ministerul Exemplului (fictiv)\tProiect de ordin privind ghidul "
                           u"modelelor (fictiv)\tart. 7(10)\t4"),
            QStringLiteral(u"Ministerul Exemplului (fictiv)\tProiect de ordin privind ghidul "
                           u"modelelor (fictiv)\twritten justification\t0"),
            QStringLiteral(u"Ministerul Exemplului (fictiv)\tȘedința privind calendarul exemplelor "
                           u"(fictiv)\tart. 8\t2"),
        };
        QCOMPARE(lines(r.out), expected);
        const Run all = run({QStringLiteral("transparency"), QStringLiteral("warnings")});
        QCOMPARE(lines(all.out), expected);
        const Run none = run({QStringLiteral("transparency"), QStringLiteral("warnings"),
                              QStringLiteral("--year"), QStringLiteral("2019")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTransparencyCli)
#include "tst_transparencycli.moc"
