#include "DatabaseTest.h"
#include "DocumentSet.h"
#include "Lookup.h"
#include "Seeding.h"

#include "documents/TransparencyReports.h"
#include "transparency/AnnualFigures.h"
#include "transparency/AnnualReportRepository.h"
#include "transparency/DraftActRepository.h"
#include "transparency/FormIndicators.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/PublicMeetingRepository.h"

#include <QTest>

using namespace dc;
using namespace dc::reports;

// The annual transparency report of one institution (document 2) and the national synthesis
// (document 3) on small hand-made fixtures whose answers are counted by hand in the comments; the
// documents' figures are AnnualFigures' own.
class TestTransparencyReports final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private:
    static qint64 draft(const QSqlDatabase &db, qint64 institutionId, const QString &title,
                        const QDate &announced)
    {
        DraftAct d;
        d.institutionId = institutionId;
        d.title = title;
        d.announcedOn = announced;
        d.announcedOnWebsite = true;
        return test::addedId(DraftActRepository(db).add(d));
    }

    static void meeting(const QSqlDatabase &db, qint64 institutionId, const QDate &held,
                        bool isPublic)
    {
        PublicMeeting m;
        m.institutionId = institutionId;
        m.heldOn = held;
        m.announcedOn = held.addDays(-5);
        m.subject = QStringLiteral("Ședință");
        m.isPublic = isPublic;
        if (!isPublic) {
            m.closedReason = ClosedReason::SecretVote;
        } else {
            m.participants = 12;
        }
        test::addedId(PublicMeetingRepository(db).add(m));
    }

    struct Fixture
    {
        qint64 justice =
            0; // 4 recommendations received, 3 included; 2 public + 1 closed meeting; reported
        qint64 health = 0; // 1 received, 0 included; reported
        qint64 silent = 0; // nothing, no report: missing
    };

    static Fixture fixture(const QSqlDatabase &db)
    {
        Fixture f;
        const QString liaison = QStringLiteral("Ana Ionescu");
        f.justice = test::addInstitution(db, QStringLiteral("Ministerul Justiției"),
                                         InstitutionKind::Ministry, liaison);
        f.health = test::addInstitution(db, QStringLiteral("Ministerul Sănătății"),
                                        InstitutionKind::Ministry, liaison);
        f.silent = test::addInstitution(db, QStringLiteral("Primăria Țăndărei"));

        const qint64 d1 = draft(db, f.justice, QStringLiteral("Lege"), QDate(2025, 2, 3));
        test::addRecommendation(db, d1, QDate(2025, 2, 10), RecommendationDecision::Accepted);
        test::addRecommendation(db, d1, QDate(2025, 2, 11),
                                RecommendationDecision::PartiallyAccepted);
        test::addRecommendation(db, d1, QDate(2025, 2, 12), RecommendationDecision::Accepted);
        test::addRecommendation(db, d1, QDate(2025, 2, 13), RecommendationDecision::Rejected);
        const qint64 old = draft(db, f.justice, QStringLiteral("Hotărâre"), QDate(2024, 12, 2));
        test::addRecommendation(db, old, QDate(2024, 12, 13),
                                RecommendationDecision::Rejected); // 2024: not counted
        meeting(db, f.justice, QDate(2025, 3, 10), true);
        meeting(db, f.justice, QDate(2025, 4, 10), true);
        meeting(db, f.justice, QDate(2025, 5, 10), false);

        const qint64 d2 = draft(db, f.health, QStringLiteral("Ordin"), QDate(2025, 6, 2));
        test::addRecommendation(db, d2, QDate(2025, 6, 9), RecommendationDecision::Rejected);

        AnnualReportRepository reports(db);
        reports.setReport({0, f.justice, 2025, QDate(2026, 1, 20),
                           QStringLiteral("Colaborare bună cu asociațiile.")});
        reports.setReport({0, f.health, 2025, QDate(2026, 1, 25), QString()});
        return f;
    }

    static const InstitutionTransparency *line(const TransparencySynthesisData &data, qint64 id)
    {
        return test::findFirst(data.institutions, [id](const InstitutionTransparency &l) {
            return l.institutionId == id;
        });
    }

    static QStringList tableTexts(const ReportDocument &doc)
    {
        QStringList texts;
        for (const Block &b : doc.blocks) {
            texts << b.text;
            for (const QStringList &row : b.table.rows)
                texts << row.join(QLatin1Char('|'));
        }
        return texts;
    }

private Q_SLOTS:
    void synthesisDataPerInstitution()
    {
        const Fixture f = fixture(m_db->connection());
        const Result<TransparencySynthesisData> data =
            transparencySynthesisData(m_db->connection(), 2025);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->institutions.size(), 3);

        const InstitutionTransparency *justice = line(data.value(), f.justice);
        QVERIFY(justice);
        QVERIFY(justice->reported);
        QCOMPARE(justice->received, 4);
        QCOMPARE(justice->included, 3);
        QCOMPARE(*justice->includedShare(), 75.0);
        QCOMPARE(justice->publicMeetings, 2);
        QCOMPARE(justice->closedMeetings, 1);

        const InstitutionTransparency *health = line(data.value(), f.health);
        QCOMPARE(health->received, 1);
        QCOMPARE(*health->includedShare(), 0.0);

        // Nothing received: the share is not a number, not a division by zero.
        const InstitutionTransparency *silent = line(data.value(), f.silent);
        QVERIFY(!silent->reported);
        QCOMPARE(silent->received, 0);
        QVERIFY(!silent->includedShare().has_value());

        QCOMPARE(data->missing.size(), 1);
        QCOMPARE(data->missing.first().name, QStringLiteral("Primăria Țăndărei"));

        const InstitutionTransparency sum = data->sum();
        QCOMPARE(sum.received, 5);
        QCOMPARE(sum.included, 3);
        QCOMPARE(*sum.includedShare(), 60.0);
        QCOMPARE(sum.publicMeetings, 2);
        QCOMPARE(sum.closedMeetings, 1);
    }

    // The document's per-institution figures and totals are AnnualFigures' values.
    void synthesisFiguresEqualAnnualFigures()
    {
        fixture(m_db->connection());
        const Result<TransparencySynthesisData> data =
            transparencySynthesisData(m_db->connection(), 2025);
        QVERIFY(data.ok());
        for (const InstitutionTransparency &l : data->institutions) {
            const Result<QList<Figure>> figures =
                AnnualFigures::compute(m_db->connection(), l.institutionId, 2025);
            QVERIFY(figures.ok());
            auto value = [&](const char *code) {
                return figures->at(FormIndicators::indexOf(QLatin1String(code))).value.toLongLong();
            };
            QCOMPARE(l.received, value("A7"));
            QCOMPARE(l.included, value("A8"));
            QCOMPARE(l.debates, value("A9"));
            QCOMPARE(l.publicMeetings, value("B1"));
            QCOMPARE(l.closedMeetings, value("B7"));
        }
        const Result<QList<Figure>> totals = AnnualFigures::totals(m_db->connection(), 2025);
        QCOMPARE(data->totals.size(), totals->size());
        for (int i = 0; i < totals->size(); ++i)
            QCOMPARE(data->totals.at(i).displayValue(), totals->at(i).displayValue());

        const Result<ReportDocument> doc =
            buildTransparencySynthesis(m_db->connection(), 2025, QLocale(QLocale::English));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        // The CSV figures: every total and subtotal line (section, code, indicator, central
        // administration, prefectures, local administration, total), counted by hand: the three
        // institutions of the fixture are central; two reported, the third did not and is
        // counted nowhere.
        QCOMPARE(
            doc->figures.header.mid(3),
            (QStringList{QStringLiteral("Central administration"), QStringLiteral("Prefectures"),
                         QStringLiteral("Local administration"), QStringLiteral("Total")}));
        auto csvLine = [&](const QString &code, const QString &indicator) {
            for (const QStringList &row : doc->figures.rows) {
                if (row.at(1) == code && row.at(2) == indicator)
                    return row.join(QLatin1Char('|'));
            }
            return QString();
        };
        QCOMPARE(csvLine(QString(), QStringLiteral("Expected")),
                 QStringLiteral("Reports||Expected|3|0|0|3"));
        QCOMPARE(csvLine(QString(), QStringLiteral("Received")),
                 QStringLiteral("Reports||Received|2|0|0|2"));
        QCOMPARE(csvLine(QString(), QStringLiteral("Missing")),
                 QStringLiteral("Reports||Missing|1|0|0|1"));
        QCOMPARE(csvLine(QString(), QStringLiteral("Completion")),
                 QStringLiteral("Reports||Completion|66.7%|n/a|n/a|66.7%"));
        QCOMPARE(csvLine(QStringLiteral("A7"), QStringLiteral("Recommendations received")),
                 QStringLiteral("A|A7|Recommendations received|5|—|—|5"));
        QCOMPARE(
            csvLine(QStringLiteral("A8"), QStringLiteral("Recommendations included in the drafts")),
            QStringLiteral("A|A8|Recommendations included in the drafts|3|—|—|3"));
        QCOMPARE(csvLine(QStringLiteral("B1"), QStringLiteral("Public meetings")),
                 QStringLiteral("B|B1|Public meetings|2|—|—|2"));
        QCOMPARE(csvLine(QStringLiteral("D1"), QStringLiteral("not given")),
                 QStringLiteral("D|D1|not given|2|0|0|2"));
        const QStringList texts = tableTexts(doc.value());
        QVERIFY(texts.contains(QStringLiteral("Ministerul Justiției|1/20/2026|4|3|75.0%|0|2|1")));
        for (const QString &text : texts) // listed as missing, never as a line of zeros
            QVERIFY2(!text.startsWith(QLatin1String("Primăria Țăndărei|1")), qPrintable(text));
        QVERIFY(texts.contains(QStringLiteral("A7|Recommendations received|5|—|—|5")));
    }

    void synthesisListsMissingInstitutions()
    {
        fixture(m_db->connection());
        const Result<ReportDocument> doc =
            buildTransparencySynthesis(m_db->connection(), 2025, QLocale(QLocale::English));
        QVERIFY(doc.ok());
        int missingSection = -1;
        for (int i = 0; i < doc->blocks.size(); ++i) {
            if (doc->blocks.at(i).kind == Block::Kind::Heading &&
                doc->blocks.at(i).text.contains(QLatin1String("no report")))
                missingSection = i;
        }
        QVERIFY(missingSection >= 0);
        const Block &table = doc->blocks.at(missingSection + 1);
        QCOMPARE(table.kind, Block::Kind::Table);
        QCOMPARE(table.table.rows.size(), 1);
        QCOMPARE(table.table.rows.first().first(), QStringLiteral("Primăria Țăndărei"));

        // Every institution reported in 2024? None did: nothing received, all three listed.
        const Result<ReportDocument> before =
            buildTransparencySynthesis(m_db->connection(), 2024, QLocale(QLocale::English));
        QVERIFY(before.ok());
        bool received = false;
        for (const QStringList &row : before->figures.rows) {
            if (row.at(2) == QLatin1String("Received")) {
                QCOMPARE(row.at(6), QStringLiteral("0"));
                received = true;
            }
        }
        QVERIFY(received);
    }

    void missingReportsCountDaysUntilTheDocumentsDay()
    {
        fixture(m_db->connection());
        const QDate deadline = ReportStatus::deadlineOf(m_db->connection(), 2025);
        const auto daysLate = [this](const QDate &day) -> QString {
            const Result<ReportDocument> doc = buildTransparencySynthesis(
                m_db->connection(), 2025, QLocale(QLocale::English), day);
            if (!doc)
                return QStringLiteral("failed: ") + doc.error();
            if (doc->generatedOn != day)
                return QStringLiteral("generated on %1").arg(doc->generatedOn.toString());
            const TableSpec *missing =
                test::tableAfter(*doc, QStringLiteral("5. Institutions that sent no report"));
            if (!missing || missing->rows.size() != 1)
                return QStringLiteral("no table of missing reports");
            return missing->rows.first().last();
        };
        QCOMPARE(daysLate(deadline.addDays(-30)), QStringLiteral("0"));
        QCOMPARE(daysLate(deadline), QStringLiteral("0"));
        QCOMPARE(daysLate(deadline.addDays(12)), QStringLiteral("12"));
        QCOMPARE(daysLate(deadline.addDays(400)), QStringLiteral("400"));
    }

    void emptyDatabaseGuardsDivisions()
    {
        const Result<ReportDocument> doc =
            buildTransparencySynthesis(m_db->connection(), 2025, QLocale(QLocale::English));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        // No institution: no completion rate and no total, never a division by zero.
        bool completion = false;
        for (const QStringList &row : doc->figures.rows) {
            if (row.at(2) == QLatin1String("Completion")) {
                QCOMPARE(row.at(6), QStringLiteral("n/a"));
                completion = true;
            }
            if (row.at(1) == QLatin1String("A7_2"))
                QCOMPARE(row.at(6), QStringLiteral("n/a"));
        }
        QVERIFY(completion);
        QVERIFY(tableTexts(doc.value())
                    .join(QLatin1Char('\n'))
                    .contains(QLatin1String("completion rate of n/a")));
        QVERIFY(recommendationsPerInstitutionChart(m_db->connection(), 2025).isEmpty());
    }

    void recommendationsChart()
    {
        const Fixture f = fixture(m_db->connection());
        const ChartSpec chart = recommendationsPerInstitutionChart(m_db->connection(), 2025);
        QCOMPARE(chart.kind, ChartSpec::Kind::GroupedBars);
        // The institution with no recommendation has no bar; the most recommendations first.
        QCOMPARE(chart.categories, (QStringList{QStringLiteral("Ministerul Justiției"),
                                                QStringLiteral("Ministerul Sănătății")}));
        QCOMPARE(chart.categoryKeys,
                 (QStringList{QString::number(f.justice), QString::number(f.health)}));
        QCOMPARE(chart.series.size(), 2);
        QCOMPARE(chart.series.at(0).values, (QList<double>{4, 1}));
        QCOMPARE(chart.series.at(1).values, (QList<double>{3, 0}));

        const ChartSpec one = recommendationsPerInstitutionChart(m_db->connection(), 2025, 1);
        QCOMPARE(one.categories.size(), 1);
        QVERIFY(one.title.contains(QLatin1String("the 1 institutions")));
    }

    void institutionReportHasEveryIndicator()
    {
        const Fixture f = fixture(m_db->connection());
        const Result<ReportDocument> doc = buildInstitutionTransparencyReport(
            m_db->connection(), f.justice, 2025, QLocale(QLocale::English));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QVERIFY2(doc->subtitle.contains(QStringLiteral("Ministerul Justiției")),
                 qPrintable(doc->subtitle));
        const Result<QList<Figure>> figures =
            AnnualFigures::compute(m_db->connection(), f.justice, 2025);
        // The CSV: every indicator, with the value AnnualFigures gives (as `transparency figures`
        // prints it).
        QCOMPARE(doc->figures.rows.size(), formIndicatorCount);
        for (int i = 0; i < formIndicatorCount; ++i) {
            QCOMPARE(doc->figures.rows.at(i).at(0), figures->at(i).code);
            QCOMPARE(doc->figures.rows.at(i).at(2), figures->at(i).displayValue());
            QCOMPARE(doc->figures.rows.at(i).at(3), QStringLiteral("records"));
        }
        // Tables grouped by section A, B, C; D as the institution's own text.
        QStringList headings;
        QList<QChar> sections;
        for (int i = 0; i < doc->blocks.size(); ++i) {
            const Block &b = doc->blocks.at(i);
            if (b.kind == Block::Kind::Heading)
                headings << b.text;
            if (b.kind == Block::Kind::Table) {
                for (const QStringList &row : b.table.rows)
                    QCOMPARE(row.first().at(0), headings.last().at(0));
                sections << headings.last().at(0);
            }
        }
        QCOMPARE(sections, (QList<QChar>{QLatin1Char('A'), QLatin1Char('B'), QLatin1Char('C')}));
        const QStringList texts = tableTexts(doc.value());
        QVERIFY(texts.contains(QStringLiteral("A7|Recommendations received|4|records")));
        QVERIFY(
            texts.contains(QStringLiteral("A8|Recommendations included in the drafts|3|records")));
        QVERIFY(texts.contains(
            QStringLiteral("A7_2|Share of recommendations received online (%)|0.0%|records")));
        QVERIFY(texts.contains(QStringLiteral("B7|Meetings not public|1|records")));
        // No court case recorded and none reported: unknown, not a zero.
        QVERIFY(texts.contains(QStringLiteral(
            "C1|Court cases under the law on decisional transparency|—|no records")));
        QVERIFY(texts.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Colaborare bună cu asociațiile.")));
        // Issue 15: recommendations, debates and meetings were bars of one chart, alone on the
        // last page. Each chart now draws quantities of one kind, under the section it belongs
        // to: the recommendations after section A's table, the debates and meetings after B's.
        QList<QStringList> charts;
        QList<QChar> after;
        QChar section;
        for (const Block &b : doc->blocks) {
            if (b.kind == Block::Kind::Heading)
                section = b.text.at(0);
            if (b.kind == Block::Kind::Chart && !b.chart.isEmpty()) {
                charts << b.chart.categoryKeys;
                after << section;
            }
        }
        QCOMPARE(charts, (QList<QStringList>{
                             {QStringLiteral("A7"), QStringLiteral("A7_1"), QStringLiteral("A8")},
                             {QStringLiteral("A9_1"), QStringLiteral("A9_2"), QStringLiteral("B1"),
                              QStringLiteral("B7")}}));
        QCOMPARE(after, (QList<QChar>{QLatin1Char('A'), QLatin1Char('B')}));
    }

    void manualEntriesAreMarked()
    {
        const Fixture f = fixture(m_db->connection());
        AnnualReportRepository reports(m_db->connection());
        QVERIFY(
            reports.setManualFigure(f.silent, 2025, QStringLiteral("C1"), 2, QStringLiteral("dan"))
                .ok());
        const Result<ReportDocument> doc = buildInstitutionTransparencyReport(
            m_db->connection(), f.silent, 2025, QLocale(QLocale::English));
        QVERIFY(doc.ok());
        const QStringList c1 = doc->figures.rows.at(FormIndicators::indexOf(QStringLiteral("C1")));
        QCOMPARE(c1.at(2), QStringLiteral("2"));
        QCOMPARE(c1.at(3), QStringLiteral("manual"));
        QCOMPARE(c1.at(4), QStringLiteral("dan"));
        QVERIFY(!c1.at(5).isEmpty());
        bool marked = false;
        for (const QString &text : tableTexts(doc.value()))
            marked = marked || (text.startsWith(QLatin1String("C1|")) &&
                                text.contains(QLatin1String("manual: dan, ")));
        QVERIFY(marked);
        QVERIFY(tableTexts(doc.value())
                    .join(QLatin1Char('\n'))
                    .contains(QLatin1String("has not been received")));
        // The share of nothing received online is not a number.
        QCOMPARE(doc->figures.rows.at(FormIndicators::indexOf(QStringLiteral("A7_2"))).at(2),
                 QStringLiteral("n/a"));
    }

    void localeFormatsNumbers()
    {
        const Fixture f = fixture(m_db->connection());
        const Result<ReportDocument> doc = buildTransparencySynthesis(
            m_db->connection(), 2025, QLocale(QLocale::Romanian, QLocale::Romania));
        QVERIFY(doc.ok());
        QVERIFY(tableTexts(doc.value()).join(QLatin1Char('\n')).contains(QLatin1String("75,0%")));
        QCOMPARE(doc->language, QStringLiteral("ro"));
        Q_UNUSED(f);
    }

    void unknownInstitutionFails()
    {
        QVERIFY(!buildInstitutionTransparencyReport(m_db->connection(), 999, 2025).ok());
    }
};

QTEST_GUILESS_MAIN(TestTransparencyReports)
#include "tst_transparencyreports.moc"
