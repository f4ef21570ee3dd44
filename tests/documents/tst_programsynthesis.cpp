#include "DatabaseTest.h"
#include "DemoFacts.h"
#include "demo/DemoDataset.h"
#include "documents/ProgramSynthesis.h"
#include "documents/SynthesisTexts.h"
#include "programs/EventRepository.h"
#include "programs/IndicatorRepository.h"
#include "programs/ProgramRepository.h"
#include "registry/OrganizationAliasRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;
using namespace dc::reports;

// The program synthesis is generated from the records only: the demo's 2021 edition (seeds 003
// and 004) must come out with its 13 videoconferences, their dates, the partnership, and
// participants that add up; the hand-written introduction and conclusion are kept with the
// edition.
class TestProgramSynthesis final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    qint64 m_edition = 0;
    const QLocale m_ro{QLocale::Romanian, QLocale::Romania};

    static const Block *tableWithHeader(const ReportDocument &doc, const QString &firstColumn)
    {
        for (const Block &b : doc.blocks)
            if (b.kind == Block::Kind::Table && b.table.header.value(0) == firstColumn)
                return &b;
        return nullptr;
    }

    static QString figure(const ReportDocument &doc, const QString &section, const QString &item)
    {
        for (const QStringList &row : doc.figures.rows)
            if (row.value(0) == section && row.value(1) == item)
                return row.value(2);
        return QStringLiteral("<missing>");
    }

    static QString allText(const ReportDocument &doc)
    {
        QStringList parts{doc.title, doc.subtitle};
        for (const Block &b : doc.blocks) {
            parts << b.text;
            for (const QStringList &row : b.table.rows)
                parts << row.join(QLatin1Char('|'));
        }
        return parts.join(QLatin1Char('\n'));
    }

    void prepare() override
    {
        const Result<DemoSummary> summary = DemoDataset::load(m_db->connection());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const ProgramRepository programs(m_db->connection());
        const Result<Program> program =
            programs.match(QStringLiteral("Promotorii Voluntariatului"));
        QVERIFY(program.ok());
        const Result<Edition> edition = programs.editionOfYear(program.value(), 2021);
        QVERIFY(edition.ok());
        m_edition = edition->id;
    }

private Q_SLOTS:
    void listsThe13VideoconferencesWithTheirDates()
    {
        const Result<ReportDocument> doc = buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QVERIFY(doc->title.contains(
            QStringLiteral("Programului Promotorii Voluntariatului în România")));
        QVERIFY(doc->title.contains(
            QLatin1String("2021"))); // the edition is in the title now (issue 15)
        QCOMPARE(
            figure(doc.value(), QStringLiteral("Calendar"), QStringLiteral("Videoconferences")),
            QStringLiteral("13"));
        const Block *calendar = tableWithHeader(doc.value(), QStringLiteral("Activity"));
        QVERIFY(calendar);
        QCOMPARE(calendar->table.rows.size(), 13);
        const QStringList dates = test::videoconferenceDays2021(QStringLiteral("dd.MM.yyyy"));
        for (int i = 0; i < dates.size(); ++i)
            QCOMPARE(calendar->table.rows.at(i).at(1), dates.at(i));
        // Seed 004: the first videoconference, for București - Ilfov and N-E, with six
        // co-organizers.
        QVERIFY(calendar->table.rows.first().at(2).contains(QStringLiteral("București")));
        QCOMPARE(calendar->table.rows.first().at(3).split(QLatin1Char('\n')).size(), 6);
        QVERIFY(
            calendar->table.rows.first().at(3).contains(QStringLiteral("Habitat for Humanity")));
        // The closing event (seed 003: 6 December 2021).
        QCOMPARE(figure(doc.value(), QStringLiteral("Closing event"), QStringLiteral("Date")),
                 QStringLiteral("2021-12-06"));
        QVERIFY(allText(doc.value()).contains(QLatin1String("06.12.2021")));
    }

    void anUnknownPeriodIsNotMadeUp()
    {
        // No seed gives the 2021 edition's period: the synthesis says what the records show.
        const Result<ReportDocument> doc = buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QVERIFY(doc.ok());
        const QString text = allText(doc.value());
        QVERIFY2(text.contains(QLatin1String("between 28.04.2021 and 06.12.2021")),
                 qPrintable(text.left(800)));
        QVERIFY(!text.contains(QLatin1String("01.01.2021")));
        QVERIFY(!text.contains(QLatin1String("31.12.2021")));
        QCOMPARE(figure(doc.value(), QStringLiteral("Edition"), QStringLiteral("Start")),
                 QString());
        QCOMPARE(figure(doc.value(), QStringLiteral("Edition"), QStringLiteral("First activity")),
                 QStringLiteral("2021-04-28"));
        QCOMPARE(figure(doc.value(), QStringLiteral("Edition"), QStringLiteral("Last activity")),
                 QStringLiteral("2021-12-06"));
    }

    void titleAsTheOfficeWritesIt_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("edition");
        QTest::newRow("ro") << QLocale(QLocale::Romanian, QLocale::Romania)
                            << QStringLiteral("a II-a");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                            << QStringLiteral("2nd");
        QTest::newRow("sr") << QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia)
                            << QStringLiteral("2.");
    }

    void titleAsTheOfficeWritesIt()
    {
        // Seed 003: "Sinteza Programului Promotorii Voluntariatului, Ediţia a II-a, 2021". The
        // words around come from the translations; the ordinal and the genitive from the locale.
        QFETCH(QLocale, locale);
        QFETCH(QString, edition);
        const Result<ReportDocument> doc =
            buildProgramSynthesis(m_db->database(), m_edition, locale);
        QVERIFY(doc.ok());
        QVERIFY2(doc->title.contains(edition + QStringLiteral(" edition, 2021")),
                 qPrintable(doc->title));
        QCOMPARE(doc->title.contains(QStringLiteral("Programului Promotorii")),
                 locale.language() == QLocale::Romanian);
    }

    void promotersAsTheSeedSaysWithTheDifferenceExplained()
    {
        const Result<ReportDocument> doc = buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QVERIFY(doc.ok());
        const QString text = allText(doc.value());
        QVERIFY2(text.contains(QLatin1String("with 19 promoter(s) of volunteering")),
                 qPrintable(text.left(1500)));
        QVERIFY(text.contains(QLatin1String("the records name 20 promoter(s)")));
        QVERIFY(text.contains(QStringLiteral(u"Centrul de Voluntariat FSC / Freamăt de Speranță")));
        QVERIFY(text.contains(
            QStringLiteral(u"Mă bucur de Viață / Asociația Voluntariat pentru Viață")));
        QCOMPARE(
            figure(doc.value(), QStringLiteral("Partnership"), QStringLiteral("Promoters stated")),
            QStringLiteral("19"));
        QCOMPARE(figure(doc.value(), QStringLiteral("Partnership"), QStringLiteral("Promoters")),
                 QStringLiteral("20"));
        // When an official marks the two records of a pair as one, the stated number and the
        // records agree and the note is no longer a difference.
        SynthesisTextRepository texts(m_db->connection());
        SynthesisTexts t = *texts.texts(m_edition);
        t.promotersStated = 20;
        QVERIFY(texts.save(m_edition, t));
        const QString same = allText(*buildProgramSynthesis(m_db->database(), m_edition, m_ro));
        QVERIFY(!same.contains(QLatin1String("the records name")));
    }

    void promotersMarkedAsOneOrganizationAreCountedOnce()
    {
        // Seed 003 counts 19 promoters, seed 004 names 20. The demo marks no pair (the seeds do
        // not say the records are one); here an official marks one pair, and the records alone
        // give 19.
        const QSqlDatabase db = m_db->connection();
        auto idOf = [&db](const QString &name) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM organization WHERE name = :n"));
            q.bindValue(QStringLiteral(":n"), name);
            return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        };
        const qint64 fsc = idOf(QStringLiteral("Centrul de Voluntariat FSC"));
        const qint64 freamat = idOf(QStringLiteral(u"Freamăt de Speranță"));
        QVERIFY(fsc > 0 && freamat > 0);
        QVERIFY(OrganizationAliasRepository(db).all().isEmpty()); // none in the demo
        QVERIFY(OrganizationAliasRepository(db).mark(freamat, fsc));

        const Result<ReportDocument> doc = buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QVERIFY(doc.ok());
        const QString text = allText(doc.value());
        QCOMPARE(figure(doc.value(), QStringLiteral("Partnership"), QStringLiteral("Promoters")),
                 QStringLiteral("19"));
        QCOMPARE(
            figure(doc.value(), QStringLiteral("Partnership"), QStringLiteral("Promoter records")),
            QStringLiteral("20"));
        QVERIFY2(text.contains(QLatin1String("with 19 promoter(s) of volunteering")),
                 qPrintable(text.left(1500)));
        // The note says which records were merged, and no longer explains a difference.
        QVERIFY2(text.contains(QStringLiteral(
                     u"the table below names 20 promoter record(s); the records marked as the same "
                     u"organization are counted once: Centrul de Voluntariat FSC / Freamăt de "
                     u"Speranță.")),
                 qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("the records name")));
        QVERIFY(!text.contains(QStringLiteral(u"Mă bucur de Viață / Asociația")));
        QVERIFY(text.contains(QStringLiteral(
            u"Freamăt de Speranță (the same organization as Centrul de Voluntariat FSC)")));

        // Without the stated number, the count of the records is the text's number.
        SynthesisTextRepository texts(db);
        SynthesisTexts t = *texts.texts(m_edition);
        t.promotersStated.reset();
        QVERIFY(texts.save(m_edition, t));
        const Result<ReportDocument> counted =
            buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QVERIFY(allText(counted.value()).contains(QLatin1String("with 19 promoter(s)")));

        // The mark removed, the synthesis is as before: 20 records, 20 promoters.
        QVERIFY(OrganizationAliasRepository(db).unmark(freamat));
        const Result<ReportDocument> unmarked =
            buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QCOMPARE(
            figure(unmarked.value(), QStringLiteral("Partnership"), QStringLiteral("Promoters")),
            QStringLiteral("20"));
        QCOMPARE(figure(unmarked.value(), QStringLiteral("Partnership"),
                        QStringLiteral("Promoter records")),
                 QStringLiteral("<missing>"));
        QVERIFY(!allText(unmarked.value()).contains(QLatin1String("counted once")));
    }

    void themesOfTheSeriesConclusionAndClosingNote()
    {
        const Result<ReportDocument> doc = buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QVERIFY(doc.ok());
        const QString text = allText(doc.value());
        // Seed 004's themes, once, from the edition.
        QCOMPARE(text.count(QStringLiteral(u"Optimizarea parteneriatului")), 1);
        QCOMPARE(text.count(QStringLiteral(u"centrele de voluntariat la nivelul municipiilor")), 1);
        QCOMPARE(figure(doc.value(), QStringLiteral("Themes"), QStringLiteral("Other themes")),
                 QStringLiteral("7"));
        // Seed 003's closing paragraph is the conclusion.
        QCOMPARE(doc->blocks.last().kind, Block::Kind::Paragraph);
        QVERIFY(doc->blocks.last().text.contains(
            QStringLiteral(u"ediția a III-a a Programului Promotorii Voluntariatului – 2022")));
        // The closing event's note: planned for 5 December, held on 6.
        QVERIFY(text.contains(QStringLiteral("5 decembrie 2021, o duminică")));
        QVERIFY(text.contains(QStringLiteral("premiarea promotorilor")));
    }

    void partnershipCountsPromotersAndNamesTheStructures()
    {
        const Result<ReportDocument> doc = buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QVERIFY(doc.ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral(
                "SELECT count(*) FROM partnership WHERE edition_id = %1 AND role = 'promoter' "
                "AND status <> 'withdrawn'")
                .arg(m_edition)));
        QVERIFY(q.next());
        QCOMPARE(figure(doc.value(), QStringLiteral("Partnership"), QStringLiteral("Promoters")),
                 q.value(0).toString());
        QCOMPARE(figure(doc.value(), QStringLiteral("Partnership"),
                        QStringLiteral("Associative structures")),
                 QStringLiteral("4"));
        const QString text = allText(doc.value());
        QVERIFY(text.contains(QStringLiteral("Asociația Municipiilor din România")));
        QVERIFY(text.contains(QStringLiteral("Asociația Comunelor din România")));
    }

    void indicatorsShowTargetAchievedAndPercent()
    {
        const Result<ReportDocument> doc = buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QVERIFY(doc.ok());
        const Block *results = nullptr;
        for (const Block &b : doc->blocks)
            if (b.kind == Block::Kind::Table &&
                b.table.header.contains(QStringLiteral("% achieved")))
                results = &b;
        QVERIFY(results);
        QCOMPARE(results->table.rows.size(), 5);
        const QStringList videoconferences = results->table.rows.first();
        QCOMPARE(videoconferences.at(2), QStringLiteral("13"));
        QCOMPARE(videoconferences.at(3), QStringLiteral("13"));
        QCOMPARE(videoconferences.at(4), QStringLiteral("100%"));
        QCOMPARE(results->table.rows.at(1).at(3), QStringLiteral("over 600"));
        // The CSV keeps the qualifier (issue 15: "peste 600" was printed as 600).
        QCOMPARE(figure(doc.value(), QStringLiteral("Results"),
                        QStringLiteral(u"Participanți la videoconferințe: achieved")),
                 QStringLiteral("over 600"));

        // Issue 15: every indicator with a target is at 100 %, so the chart would say nothing.
        QVERIFY(indicatorAchievementChart(m_db->database(), m_edition).isEmpty());
        for (const Block &b : doc->blocks)
            QVERIFY(b.kind != Block::Kind::Chart ||
                    b.chart.kind != ChartSpec::Kind::BarsWithTarget);

        // One indicator off its target: the chart informs, with the whole names for labels.
        IndicatorRepository indicators(m_db->connection());
        Indicator manual = indicators.ofEdition(m_edition).at(2);
        manual.achieved = 2;
        QVERIFY(indicators.update(manual));
        const ChartSpec chart = indicatorAchievementChart(m_db->database(), m_edition);
        QCOMPARE(chart.kind, ChartSpec::Kind::BarsWithTarget);
        QVERIFY(chart.percent);
        QCOMPARE(chart.categories.size(), chart.targets.size());
        QCOMPARE(chart.series.size(), 1);
        QCOMPARE(chart.series.first().values.size(), chart.categories.size());
        QCOMPARE(chart.categories.size(), 3);
        QCOMPARE(chart.series.first().values.first(), 100.0);
        QCOMPARE(chart.series.first().values.at(1), 200.0);
        QCOMPARE(chart.categories.at(1), manual.name);
    }

    void participantsTotalIsTheSumOfTheEvents()
    {
        // The demo records no participants per event: give three events theirs.
        EventRepository events(m_db->connection());
        QList<Event> all = events.ofEdition(m_edition);
        QVERIFY(all.size() >= 14);
        const QList<int> counts{40, 55, 61};
        for (int i = 0; i < counts.size(); ++i) {
            Event e = all.at(i);
            e.participantsNgo = counts.at(i) - 10;
            e.participantsLocalAdministration = 10;
            QVERIFY(events.update(e).ok());
        }
        const Result<ReportDocument> doc = buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QVERIFY(doc.ok());
        QCOMPARE(figure(doc.value(), QStringLiteral("Participants"), QStringLiteral("Total")),
                 QStringLiteral("156"));
        const Block *table = tableWithHeader(doc.value(), QStringLiteral("Event"));
        QVERIFY(table);
        QVERIFY(table->table.totalRow);
        QCOMPARE(table->table.rows.last().last(), QStringLiteral("156"));
        int sum = 0;
        for (int i = 0; i < table->table.rows.size() - 1; ++i)
            sum += table->table.rows.at(i).last().toInt();
        QCOMPARE(sum, 156);

        const ChartSpec chart = participantsPerEventChart(m_db->database(), m_edition);
        QCOMPARE(chart.kind, ChartSpec::Kind::Bars);
        QCOMPARE(chart.categories.size(), 14);
        QCOMPARE(chart.categories.first(), QStringLiteral("1"));
        double chartSum = 0;
        for (double v : chart.series.first().values)
            chartSum += v;
        QCOMPARE(chartSum, 156.0);
    }

    void numbersFollowTheLocale()
    {
        EventRepository events(m_db->connection());
        Event e = events.ofEdition(m_edition).first();
        e.participantsNgo = 1234;
        QVERIFY(events.update(e).ok());
        const Result<ReportDocument> ro = buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QVERIFY(ro.ok());
        QCOMPARE(tableWithHeader(ro.value(), QStringLiteral("Event"))->table.rows.last().last(),
                 QStringLiteral("1.234"));
        const Result<ReportDocument> en = buildProgramSynthesis(
            m_db->database(), m_edition, QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(en.ok());
        QCOMPARE(tableWithHeader(en.value(), QStringLiteral("Event"))->table.rows.last().last(),
                 QStringLiteral("1,234"));
        QCOMPARE(tableWithHeader(en.value(), QStringLiteral("Activity"))->table.rows.first().at(1),
                 QStringLiteral("28/04/2021"));
    }

    void introductionAndConclusionAreKeptWithTheEdition()
    {
        SynthesisTextRepository texts(m_db->connection());
        QVERIFY(
            texts
                .save(m_edition, {QStringLiteral("  Introducere scrisă de mână.  "),
                                  QStringLiteral("Concluzia ediției."), std::nullopt, QString()})
                .ok());
        const Result<SynthesisTexts> read = texts.texts(m_edition);
        QVERIFY(read.ok());
        QCOMPARE(read->introduction, QStringLiteral("Introducere scrisă de mână."));
        QCOMPARE(read->conclusion, QStringLiteral("Concluzia ediției."));
        const Result<ReportDocument> doc = buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QVERIFY(doc.ok());
        // The introduction opens the document, the conclusion closes it.
        QCOMPARE(doc->blocks.at(1).text, QStringLiteral("Introducere scrisă de mână."));
        QCOMPARE(doc->blocks.last().text, QStringLiteral("Concluzia ediției."));
        // One audit row for the change (the demo's own texts have theirs, before it).
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE table_name = 'edition' AND row_id = %1 "
                "AND new_values LIKE '%Introducere scris%'")
                .arg(m_edition)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Editing the edition itself keeps the texts.
        ProgramRepository programs(m_db->connection());
        Edition edition = *programs.findEdition(m_edition);
        edition.objective = QStringLiteral("Alt obiectiv.");
        QVERIFY(programs.updateEdition(edition).ok());
        QCOMPARE(texts.texts(m_edition)->conclusion, QStringLiteral("Concluzia ediției."));
        // Empty texts leave the sections out.
        QVERIFY(texts.save(m_edition, {}).ok());
        const Result<ReportDocument> plain =
            buildProgramSynthesis(m_db->database(), m_edition, m_ro);
        QVERIFY(!allText(plain.value()).contains(QStringLiteral("Concluzia")));
    }

    void unknownEditionIsAFailure()
    {
        const Result<ReportDocument> doc = buildProgramSynthesis(m_db->database(), 999999, m_ro);
        QVERIFY(!doc.ok());
        QVERIFY(!doc.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProgramSynthesis)
#include "tst_programsynthesis.moc"
