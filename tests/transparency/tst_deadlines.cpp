#include "Seeding.h"
#include "TestDatabase.h"

#include "transparency/DeadlineRules.h"
#include "transparency/DraftActRepository.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/RomanianCalendar.h"
#include "transparency/TransparencyWarnings.h"

#include <QFile>
#include <QTest>

using namespace dc;

Q_DECLARE_METATYPE(DeadlineRuleId)
Q_DECLARE_METATYPE(DeadlineRule::Count)
Q_DECLARE_METATYPE(DeadlineRule::Bound)
Q_DECLARE_METATYPE(DebateRequester)
Q_DECLARE_METATYPE(DraftActStatus)
Q_DECLARE_METATYPE(DraftProcedure)

// The Romanian working-day calendar and the legal deadlines of Law 52/2003 at their edges.
class TestDeadlines final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orthodoxEaster_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::newRow("2018") << 2018 << QDate(2018, 4, 8);
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 28);
        QTest::newRow("2021") << 2021 << QDate(2021, 5, 2);
        QTest::newRow("2022") << 2022 << QDate(2022, 4, 24);
        QTest::newRow("2023") << 2023 << QDate(2023, 4, 16);
        QTest::newRow("2024") << 2024 << QDate(2024, 5, 5);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 12);
        QTest::newRow("outside 1900-2099") << 2100 << QDate();
    }
    void orthodoxEaster()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(RomanianCalendar::orthodoxEaster(year), easter);
    }

    void legalHolidays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("holiday");
        QTest::newRow("1 January") << QDate(2025, 1, 1) << true;
        QTest::newRow("2 January") << QDate(2025, 1, 2) << true;
        QTest::newRow("6 January 2024 (Epiphany, since 2024)") << QDate(2024, 1, 6) << true;
        QTest::newRow("6 January 2023 (not yet)") << QDate(2023, 1, 6) << false;
        QTest::newRow("7 January 2025") << QDate(2025, 1, 7) << true;
        QTest::newRow("7 January 2020 (not yet)") << QDate(2020, 1, 7) << false;
        QTest::newRow("24 January 2017") << QDate(2017, 1, 24) << true;
        QTest::newRow("24 January 2016 (not yet)") << QDate(2016, 1, 24) << false;
        QTest::newRow("Good Friday 2025") << QDate(2025, 4, 18) << true;
        QTest::newRow("Good Friday 2018 (first year)") << QDate(2018, 4, 6) << true;
        QTest::newRow("Good Friday 2017 (not yet)") << QDate(2017, 4, 14) << false;
        QTest::newRow("Easter Sunday 2024") << QDate(2024, 5, 5) << true;
        QTest::newRow("Easter Monday 2024") << QDate(2024, 5, 6) << true;
        QTest::newRow("Easter Tuesday 2024") << QDate(2024, 5, 7) << false;
        QTest::newRow("Western Easter Monday 2024") << QDate(2024, 4, 1) << false;
        QTest::newRow("1 May") << QDate(2025, 5, 1) << true;
        QTest::newRow("1 June 2025") << QDate(2025, 6, 1) << true;
        QTest::newRow("1 June 2016 (not yet)") << QDate(2016, 6, 1) << false;
        QTest::newRow("Pentecost Sunday 2025") << QDate(2025, 6, 8) << true;
        QTest::newRow("Pentecost Monday 2025") << QDate(2025, 6, 9) << true;
        QTest::newRow("Pentecost Monday 2026") << QDate(2026, 6, 1) << true;
        QTest::newRow("15 August") << QDate(2025, 8, 15) << true;
        QTest::newRow("30 November 2025") << QDate(2025, 11, 30) << true;
        QTest::newRow("30 November 2011 (not yet)") << QDate(2011, 11, 30) << false;
        QTest::newRow("1 December") << QDate(2026, 12, 1) << true;
        QTest::newRow("25 December") << QDate(2026, 12, 25) << true;
        QTest::newRow("26 December") << QDate(2026, 12, 26) << true;
        QTest::newRow("an ordinary Tuesday") << QDate(2026, 12, 8) << false;
    }
    void legalHolidays()
    {
        QFETCH(QDate, date);
        QFETCH(bool, holiday);
        QCOMPARE(RomanianCalendar::isLegalHoliday(date), holiday);
    }

    void workingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("result");
        QTest::newRow("a weekend in between") << QDate(2025, 3, 7) << 1 << QDate(2025, 3, 10);
        QTest::newRow("30 across six weekends") << QDate(2025, 3, 3) << 30 << QDate(2025, 4, 14);
        QTest::newRow("30 across Orthodox Easter 2025 and 1 May")
            << QDate(2025, 4, 1) << 30 << QDate(2025, 5, 16);
        QTest::newRow("30 across 30 Nov, 1 Dec and Christmas 2026")
            << QDate(2026, 11, 16) << 30 << QDate(2026, 12, 31);
        QTest::newRow("10 across 30 Nov and 1 Dec 2026")
            << QDate(2026, 11, 20) << 10 << QDate(2026, 12, 8);
        QTest::newRow("across Pentecost 2025") << QDate(2025, 6, 6) << 1 << QDate(2025, 6, 10);
    }
    void workingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, result);
        QCOMPARE(RomanianCalendar::addWorkingDays(from, days), result);
        QCOMPARE(RomanianCalendar::workingDaysBetween(from, result), days);
        QCOMPARE(RomanianCalendar::workingDaysBetween(from, result.addDays(-1)), days - 1);
    }

    void rules_data()
    {
        QTest::addColumn<DeadlineRuleId>("rule");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("broken"); // 0: kept
        using R = DeadlineRuleId;
        QTest::newRow("7(4) exactly 10 calendar days")
            << R::RecommendationPeriod << QDate(2025, 3, 3) << QDate(2025, 3, 13) << 0;
        QTest::newRow("7(4) 9 days: 1 short")
            << R::RecommendationPeriod << QDate(2025, 3, 3) << QDate(2025, 3, 12) << 1;
        QTest::newRow("7(4) across 1 December, 10 days")
            << R::RecommendationPeriod << QDate(2025, 11, 25) << QDate(2025, 12, 5) << 0;
        QTest::newRow("7(2) exactly 30 working days across weekends")
            << R::AnnouncementBeforeSubmission << QDate(2025, 3, 3) << QDate(2025, 4, 14) << 0;
        QTest::newRow("7(2) submitted the Friday before: 1 short")
            << R::AnnouncementBeforeSubmission << QDate(2025, 3, 3) << QDate(2025, 4, 11) << 1;
        QTest::newRow("7(2) exactly 30 across Orthodox Easter")
            << R::AnnouncementBeforeSubmission << QDate(2025, 4, 1) << QDate(2025, 5, 16) << 0;
        QTest::newRow("7(2) across Orthodox Easter: 1 short")
            << R::AnnouncementBeforeSubmission << QDate(2025, 4, 1) << QDate(2025, 5, 15) << 1;
        QTest::newRow("7(2) a calendar count would pass Easter")
            << R::AnnouncementBeforeSubmission << QDate(2025, 4, 1) << QDate(2025, 5, 13) << 3;
        QTest::newRow("7(2) exactly 30 across 1 December")
            << R::AnnouncementBeforeSubmission << QDate(2026, 11, 16) << QDate(2026, 12, 31) << 0;
        QTest::newRow("7(2) across 1 December: 1 short")
            << R::AnnouncementBeforeSubmission << QDate(2026, 11, 16) << QDate(2026, 12, 30) << 1;
        QTest::newRow("7(10) held 10 days after publishing")
            << R::DebateAfterPublication << QDate(2025, 3, 10) << QDate(2025, 3, 20) << 0;
        QTest::newRow("7(10) held 11 days after: 1 late")
            << R::DebateAfterPublication << QDate(2025, 3, 10) << QDate(2025, 3, 21) << 1;
        QTest::newRow("8 announced exactly 3 days before")
            << R::MeetingAnnouncement << QDate(2025, 5, 17) << QDate(2025, 5, 20) << 0;
        QTest::newRow("8 announced 2 days before: 1 short")
            << R::MeetingAnnouncement << QDate(2025, 5, 18) << QDate(2025, 5, 20) << 1;
        QTest::newRow("a missing date is not checked")
            << R::RecommendationPeriod << QDate(2025, 3, 3) << QDate() << 0;
    }
    void rules()
    {
        QFETCH(DeadlineRuleId, rule);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, broken);
        const std::optional<DeadlineWarning> w = DeadlineRules::check(rule, from, to);
        QCOMPARE(w.has_value(), broken > 0);
        if (w) {
            QCOMPARE(w->days, broken);
            QCOMPARE(w->rule, rule);
            QVERIFY(DeadlineRules::message(*w).startsWith(DeadlineRules::article(rule)));
        }
    }

    void tableHasTheArticles()
    {
        QStringList articles;
        for (const DeadlineRule &r : DeadlineRules::rules())
            articles << QString::fromUtf8(r.article);
        QCOMPARE(articles, (QStringList{QStringLiteral("art. 7(2)"), QStringLiteral("art. 7(4)"),
                                        QStringLiteral("art. 7(10)"), QStringLiteral("art. 8")}));
    }

    void draftChecksCountToTheSendingForEndorsement()
    {
        DraftAct d;
        d.announcedOn = QDate(2025, 6, 2);
        d.recommendationsDeadline = QDate(2025, 6, 9);
        d.sentForApprovalOn = QDate(2025, 6, 20); // art. 7(2) counts to the sending for endorsement
        d.adoptedOn = QDate(2025, 7, 31);         // not to the adoption
        QList<DeadlineWarning> w = DeadlineRules::check(d);
        QCOMPARE(w.size(), 2);
        QCOMPARE(w.at(0).rule, DeadlineRuleId::AnnouncementBeforeSubmission);
        QCOMPARE(w.at(0).days, 17); // 13 working days: Pentecost Monday 9 June is a holiday
        QCOMPARE(w.at(1).rule, DeadlineRuleId::RecommendationPeriod);
        QCOMPARE(w.at(1).days, 3);

        d.procedure = DraftProcedure::Urgency; // the urgency procedure is exempt from 7(2) and 7(4)
        QVERIFY(DeadlineRules::check(d).isEmpty());

        d.debateRequested = true;
        d.debateHeld = true;
        d.debatePublishedOn = QDate(2025, 6, 5);
        d.debateHeldOn = QDate(2025, 6, 19);
        w = DeadlineRules::check(d);
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.at(0).rule, DeadlineRuleId::DebateAfterPublication);
        QCOMPARE(w.at(0).days, 4);
    }

    // Art. 7(2) without the day the draft was sent for endorsement: a draft past its consultation
    // gets "cannot be checked", never a count to its submission for adoption or its adoption.
    void sendingForEndorsementMissing_data()
    {
        QTest::addColumn<DraftActStatus>("status");
        QTest::addColumn<QDate>("submitted");
        QTest::addColumn<QDate>("adopted");
        QTest::addColumn<DraftProcedure>("procedure");
        QTest::addColumn<bool>("cannotBeChecked");
        using S = DraftActStatus;
        const QDate none;
        // Adopted three working days after the announcement: counted to the adoption it would be
        // 27 short, counted to a later adoption it would pass; neither is known.
        QTest::newRow("adopted soon after")
            << S::Adopted << none << QDate(2025, 3, 6) << DraftProcedure::Normal << true;
        QTest::newRow("adopted long after")
            << S::Adopted << none << QDate(2025, 9, 1) << DraftProcedure::Normal << true;
        QTest::newRow("submitted for adoption")
            << S::Submitted << QDate(2025, 4, 30) << none << DraftProcedure::Normal << true;
        QTest::newRow("submitted, no date")
            << S::Submitted << none << none << DraftProcedure::Normal << true;
        QTest::newRow("still in consultation")
            << S::Announced << none << none << DraftProcedure::Normal << false;
        QTest::newRow("withdrawn")
            << S::Withdrawn << none << none << DraftProcedure::Normal << false;
        QTest::newRow("urgency procedure")
            << S::Adopted << none << QDate(2025, 3, 6) << DraftProcedure::Urgency << false;
        QTest::newRow("exception of the law")
            << S::Adopted << none << QDate(2025, 3, 6) << DraftProcedure::Exempt << false;
    }
    void sendingForEndorsementMissing()
    {
        QFETCH(DraftActStatus, status);
        QFETCH(QDate, submitted);
        QFETCH(QDate, adopted);
        QFETCH(DraftProcedure, procedure);
        QFETCH(bool, cannotBeChecked);
        DraftAct d;
        d.status = status;
        d.announcedOn = QDate(2025, 3, 3);
        d.recommendationsDeadline = QDate(2025, 3, 13); // art. 7(4) kept
        d.submittedOn = submitted;
        d.adoptedOn = adopted;
        d.procedure = procedure;
        const QList<DeadlineWarning> w = DeadlineRules::check(d);
        QCOMPARE(w.size(), cannotBeChecked ? 1 : 0);
        if (!cannotBeChecked)
            return;
        QCOMPARE(w.first().rule, DeadlineRuleId::AnnouncementBeforeSubmission);
        QCOMPARE(w.first().kind, DeadlineWarning::Kind::CannotBeChecked);
        QCOMPARE(w.first().days, 0);
        QCOMPARE(DeadlineRules::name(w.first()), QStringLiteral("art. 7(2) cannot be checked"));
        QCOMPARE(DeadlineRules::shortName(w.first()), QStringLiteral("art. 7(2)?"));
        QVERIFY(DeadlineRules::message(w.first()).startsWith(QLatin1String("art. 7(2)")));
        QVERIFY(DeadlineRules::message(w.first()).contains(QLatin1String("cannot be checked")));

        // Once the date is there, the rule is checked to it (3 March to 14 April: exactly 30).
        d.sentForApprovalOn = QDate(2025, 4, 14);
        QVERIFY(DeadlineRules::check(d).isEmpty());
        d.sentForApprovalOn = QDate(2025, 4, 11);
        QCOMPARE(DeadlineRules::check(d).size(), 1);
        QCOMPARE(DeadlineRules::check(d).first().kind, DeadlineWarning::Kind::Broken);
        QCOMPARE(DeadlineRules::check(d).first().days, 1);
    }

    // Art. 7(9): a debate requested in writing by an association or another public authority is
    // due once the draft has left its consultation.
    void requestedDebateNotHeld_data()
    {
        QTest::addColumn<DebateRequester>("requester");
        QTest::addColumn<bool>("held");
        QTest::addColumn<DraftActStatus>("status");
        QTest::addColumn<DraftProcedure>("procedure");
        QTest::addColumn<bool>("warned");
        using R = DebateRequester;
        using S = DraftActStatus;
        const DraftProcedure normal = DraftProcedure::Normal;
        QTest::newRow("an association, not held, adopted")
            << R::Association << false << S::Adopted << normal << true;
        QTest::newRow("an association, not held, submitted")
            << R::Association << false << S::Submitted << normal << true;
        QTest::newRow("a public authority, not held, adopted")
            << R::Authority << false << S::Adopted << normal << true;
        QTest::newRow("a person: no duty") << R::Person << false << S::Adopted << normal << false;
        QTest::newRow("held") << R::Association << true << S::Adopted << normal << false;
        QTest::newRow("still in consultation: may be held yet")
            << R::Association << false << S::Announced << normal << false;
        QTest::newRow("urgency procedure")
            << R::Association << false << S::Adopted << DraftProcedure::Urgency << false;
    }
    void requestedDebateNotHeld()
    {
        QFETCH(DebateRequester, requester);
        QFETCH(bool, held);
        QFETCH(DraftActStatus, status);
        QFETCH(DraftProcedure, procedure);
        QFETCH(bool, warned);
        DraftAct d;
        d.status = status;
        d.procedure = procedure;
        d.procedureReason = QStringLiteral("Motiv");
        d.announcedOn = QDate(2025, 3, 3);
        d.recommendationsDeadline = QDate(2025, 3, 13);
        if (status == DraftActStatus::Adopted) {
            d.sentForApprovalOn = QDate(2025, 4, 14); // art. 7(2) kept
            d.adoptedOn = QDate(2025, 5, 7);
        } else if (status == DraftActStatus::Submitted) {
            d.sentForApprovalOn = QDate(2025, 4, 14);
        }
        d.debateRequested = true;
        d.debateRequester = requester;
        d.debateRequesterName = QStringLiteral("Asociația Test");
        d.debateRequestedOn = QDate(2025, 3, 5);
        d.debateHeld = held;
        if (held) {
            d.debatePublishedOn = QDate(2025, 3, 6);
            d.debateHeldOn = QDate(2025, 3, 10); // art. 7(10) kept
        }
        const QList<DeadlineWarning> w = DeadlineRules::check(d);
        QCOMPARE(w.size(), warned ? 1 : 0);
        if (!warned)
            return;
        QCOMPARE(w.first().rule, DeadlineRuleId::RequestedDebateHeld);
        QCOMPARE(w.first().kind, DeadlineWarning::Kind::Broken);
        QCOMPARE(w.first().days, 0);
        QCOMPARE(w.first().from, QDate(2025, 3, 5));
        QCOMPARE(DeadlineRules::name(w.first()), QStringLiteral("art. 7(9)"));
        QVERIFY(DeadlineRules::message(w.first()).startsWith(QLatin1String("art. 7(9)")));
        QVERIFY(DeadlineRules::message(w.first()).contains(QLatin1String("not held")));
    }

    void rejectionsWithoutWrittenJustification()
    {
        auto recommendation = [](RecommendationDecision decision, bool justificationSent) {
            Recommendation r;
            r.decision = decision;
            r.rejectionJustificationSent = justificationSent;
            return r;
        };
        using D = RecommendationDecision;
        QVERIFY(!DeadlineRules::check(QList<Recommendation>()));
        QList<Recommendation> rs = {
            recommendation(D::Accepted, false), recommendation(D::PartiallyAccepted, false),
            recommendation(D::Pending, false), recommendation(D::Rejected, true)};
        QVERIFY(!DeadlineRules::check(rs)); // only a rejection needs it, and this one was sent
        rs << recommendation(D::Rejected, false) << recommendation(D::Rejected, false);
        const std::optional<DeadlineWarning> w = DeadlineRules::check(rs);
        QVERIFY(w);
        QCOMPARE(w->rule, DeadlineRuleId::RejectionJustified);
        QCOMPARE(w->count, 2);
        QCOMPARE(w->days, 0);
        QCOMPARE(DeadlineRules::name(*w), QStringLiteral("written justification"));
        // The English plural comes from the translation, which a test does not load.
        QVERIFY2(DeadlineRules::message(*w).startsWith(QLatin1String("2 rejected recommendation")),
                 qPrintable(DeadlineRules::message(*w)));
        QVERIFY(DeadlineRules::message(*w).endsWith(
            QLatin1String("without the written justification sent")));
    }

    // The duties count no days: they are not in the table of deadlines, and never measured.
    void dutiesCountNoDays()
    {
        QStringList names;
        for (const DeadlineRule &r : DeadlineRules::duties()) {
            names << QString::fromUtf8(r.article);
            QCOMPARE(r.count, DeadlineRule::Count::NoDays);
            QVERIFY(!DeadlineRules::check(r.id, QDate(2025, 3, 3), QDate(2026, 3, 3)));
            QCOMPARE(DeadlineRules::rule(r.id).id, r.id);
            QVERIFY(!DeadlineRules::description(r.id).isEmpty());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("art. 7(9)"),
                                     QStringLiteral("written justification")}));
        for (const DeadlineRule &r : DeadlineRules::rules())
            QVERIFY(r.count != DeadlineRule::Count::NoDays);
    }

    // The table of how each deadline counts its days, in DeadlineRules.h and README.md ("The
    // deadlines of Law 52/2003"): each row quotes the law, states the rule as the table does, and
    // checks the last day that keeps it and the first that breaks it. For "at least" rules the
    // day that moves is the earlier one (announce in time), for "at most" the later one (hold in
    // time).
    void countingRules_data()
    {
        QTest::addColumn<DeadlineRuleId>("rule");
        QTest::addColumn<QString>("law");
        QTest::addColumn<DeadlineRule::Count>("unit");
        QTest::addColumn<int>("days");
        QTest::addColumn<DeadlineRule::Bound>("bound");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("broken"); // 0: kept

        using R = DeadlineRuleId;
        using C = DeadlineRule::Count;
        using B = DeadlineRule::Bound;
        const QString law72 = QStringLiteral(u"„cu cel puțin 30 de zile lucrătoare înainte de "
                                             u"supunerea spre analiză, avizare și adoptare”");
        const QString law74 =
            QStringLiteral(u"„o perioadă de cel puțin 10 zile calendaristice pentru a primi în "
                           u"scris propuneri, sugestii sau opinii”");
        const QString law710 = QStringLiteral(u"„în cel mult 10 zile de la publicarea datei și "
                                              u"locului unde urmează să fie organizate”");
        const QString law8 = QStringLiteral(u"„cu cel puțin 3 zile înainte de desfășurare”");

        // Each article's rule as DeadlineRules must hold it, then its edges, row by row.
        struct Article
        {
            DeadlineRuleId rule;
            QString law;
            DeadlineRule::Count unit;
            int days;
            DeadlineRule::Bound bound;
        };
        const Article art72{R::AnnouncementBeforeSubmission, law72, C::WorkingDays, 30, B::AtLeast};
        const Article art74{R::RecommendationPeriod, law74, C::CalendarDays, 10, B::AtLeast};
        const Article art710{R::DebateAfterPublication, law710, C::CalendarDays, 10, B::AtMost};
        const Article art8{R::MeetingAnnouncement, law8, C::CalendarDays, 3, B::AtLeast};
        const auto row = [](const char *name, const Article &a, const QDate &from, const QDate &to,
                            int broken) {
            QTest::newRow(name) << a.rule << a.law << a.unit << a.days << a.bound << from << to
                                << broken;
        };

        // art. 7(2) | draft announced | sent for endorsement | working days | at least 30
        row("7(2) sent 2025-04-14: announced 2025-03-03 (day 30) keeps it", art72,
            QDate(2025, 3, 3), QDate(2025, 4, 14), 0);
        row("7(2) sent 2025-04-14: announced 2025-03-04 (day 29) breaks it", art72,
            QDate(2025, 3, 4), QDate(2025, 4, 14), 1);
        row("7(2) a last day on Sunday 2025-04-13 adds nothing", art72, QDate(2025, 3, 3),
            QDate(2025, 4, 13), 1);
        row("7(2) sent 2025-05-16, Easter and 1 May not counted: announced 2025-04-01 keeps it",
            art72, QDate(2025, 4, 1), QDate(2025, 5, 16), 0);
        row("7(2) sent 2025-05-16: announced 2025-04-02 breaks it", art72, QDate(2025, 4, 2),
            QDate(2025, 5, 16), 1);

        // art. 7(4) | draft announced | recommendations until | calendar days | at least 10
        row("7(4) until 2025-03-13: announced 2025-03-03 (day 10) keeps it", art74,
            QDate(2025, 3, 3), QDate(2025, 3, 13), 0);
        row("7(4) until 2025-03-13: announced 2025-03-04 (day 9) breaks it", art74,
            QDate(2025, 3, 4), QDate(2025, 3, 13), 1);
        row("7(4) holidays count: until 2025-12-05 across 30 November and 1 December, "
            "announced 2025-11-25 keeps it",
            art74, QDate(2025, 11, 25), QDate(2025, 12, 5), 0);
        row("7(4) until 2025-12-05: announced 2025-11-26 breaks it", art74, QDate(2025, 11, 26),
            QDate(2025, 12, 5), 1);

        // art. 7(10) | debate date published | debate held | calendar days | at most 10
        row("7(10) published 2025-03-10: held 2025-03-20 (day 10) keeps it", art710,
            QDate(2025, 3, 10), QDate(2025, 3, 20), 0);
        row("7(10) published 2025-03-10: held 2025-03-21 (day 11) breaks it", art710,
            QDate(2025, 3, 10), QDate(2025, 3, 21), 1);
        row("7(10) day 10 on Sunday 2025-11-30 (a holiday) is not extended: held Monday "
            "2025-12-01 breaks it",
            art710, QDate(2025, 11, 20), QDate(2025, 12, 1), 1);

        // art. 8 | meeting announced | meeting held | calendar days | at least 3
        row("8 held 2025-05-20: announced 2025-05-17 (day 3) keeps it", art8, QDate(2025, 5, 17),
            QDate(2025, 5, 20), 0);
        row("8 held 2025-05-20: announced 2025-05-18 (day 2) breaks it", art8, QDate(2025, 5, 18),
            QDate(2025, 5, 20), 1);
    }
    void countingRules()
    {
        QFETCH(DeadlineRuleId, rule);
        QFETCH(QString, law);
        QFETCH(DeadlineRule::Count, unit);
        QFETCH(int, days);
        QFETCH(DeadlineRule::Bound, bound);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, broken);
        QVERIFY(!law.isEmpty());
        const DeadlineRule &r = DeadlineRules::rule(rule);
        QCOMPARE(r.id, rule);
        QCOMPARE(r.count, unit);
        QCOMPARE(r.days, days);
        QCOMPARE(r.bound, bound);
        const std::optional<DeadlineWarning> w = DeadlineRules::check(rule, from, to);
        QCOMPARE(w ? w->days : 0, broken);
        if (w)
            QCOMPARE(w->kind, DeadlineWarning::Kind::Broken);
    }

    // "Change the three together": the tables in DeadlineRules.h are the tables in README.md.
    void theHeaderAndTheReadmeHaveTheSameTables()
    {
        auto read = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly)
                       ? QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))
                       : QStringList();
        };
        const QString source = QStringLiteral(DIALOGCIVIC_SOURCE_DIR);
        QStringList header;
        for (const QString &line :
             read(source + QStringLiteral("/models/transparency/DeadlineRules.h"))) {
            if (line.startsWith(QLatin1String("/// |")))
                header << line.mid(4);
        }
        QStringList readme;
        bool inSection = false;
        for (const QString &line : read(source + QStringLiteral("/README.md"))) {
            if (line.startsWith(QLatin1Char('#')))
                inSection = line == QLatin1String("### The deadlines of Law 52/2003");
            else if (inSection && line.startsWith(QLatin1Char('|')))
                readme << line;
        }
        QCOMPARE(header.size(), 12); // two tables: a header, a rule and four rows each
        QCOMPARE(readme, header);
        for (const DeadlineRule &r : DeadlineRules::rules()) {
            const QString row = QStringLiteral("| %1 ").arg(QString::fromUtf8(r.article));
            QCOMPARE(header.filter(row).size(), 2); // every rule in both tables
        }
    }

    // Over a fresh database: the warnings of the new kinds reach the list behind
    // `transparency warnings`, with their names.
    void warningsOverTheDatabase()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        Institution institution;
        institution.name = QStringLiteral("Ministerul Termenelor (fictiv)");
        institution.kind = InstitutionKind::Ministry;
        const Result<qint64> inst = InstitutionRepository(t.connection()).add(institution);
        QVERIFY2(inst.ok(), qPrintable(inst.error()));
        DraftActRepository drafts(t.connection());

        DraftAct unchecked; // adopted, never said when it was sent for endorsement
        unchecked.institutionId = inst.value();
        unchecked.title = QStringLiteral("A. Fără data avizării");
        unchecked.status = DraftActStatus::Adopted;
        unchecked.announcedOn = QDate(2025, 3, 3);
        unchecked.recommendationsDeadline = QDate(2025, 3, 13);
        unchecked.adoptedOn = QDate(2025, 6, 2);
        QVERIFY(drafts.add(unchecked).ok());

        DraftAct notHeld = unchecked; // sent in time, but the association's debate was never held
        notHeld.title = QStringLiteral("B. Dezbatere cerută, neținută");
        notHeld.sentForApprovalOn = QDate(2025, 4, 14);
        notHeld.debateRequested = true;
        notHeld.debateRequester = DebateRequester::Association;
        notHeld.debateRequesterName = QStringLiteral("Asociația Test");
        notHeld.debateRequestedOn = QDate(2025, 3, 6);
        QVERIFY(drafts.add(notHeld).ok());

        DraftAct kept = unchecked; // every deadline kept; its rejection was not justified
        kept.title = QStringLiteral("C. Respingere nemotivată");
        kept.sentForApprovalOn = QDate(2025, 4, 14);
        const Result<qint64> keptId = drafts.add(kept);
        QVERIFY(keptId.ok());
        Recommendation r = test::testRecommendation(keptId.value(), QDate(2025, 3, 10),
                                                    RecommendationDecision::Rejected);
        r.justification = QStringLiteral("În afara obiectului.");
        QVERIFY(drafts.addRecommendation(r).ok());

        QStringList lines;
        for (const TransparencyWarning &w : TransparencyWarnings::list(t.connection(), 2025))
            lines << w.title + QLatin1Char('\t') + DeadlineRules::name(w.warning) +
                         QLatin1Char('\t') + QString::number(w.warning.days);
        QCOMPARE(
            lines,
            (QStringList{QStringLiteral(u"A. Fără data avizării\tart. 7(2) cannot be checked\t0"),
                         QStringLiteral(u"B. Dezbatere cerută, neținută\tart. 7(9)\t0"),
                         QStringLiteral(u"C. Respingere nemotivată\twritten justification\t0")}));

        // Sending the justification, holding the debate and entering the date clear them.
        Recommendation sent = drafts.recommendations(keptId.value()).first();
        sent.rejectionJustificationSent = true;
        QVERIFY(drafts.updateRecommendation(sent).ok());
        for (DraftAct d : drafts.drafts(inst.value())) {
            d.sentForApprovalOn =
                d.sentForApprovalOn.isValid() ? d.sentForApprovalOn : QDate(2025, 4, 14);
            if (d.debateRequested) {
                d.debateHeld = true;
                d.debatePublishedOn = QDate(2025, 3, 7);
                d.debateHeldOn = QDate(2025, 3, 12);
            }
            QVERIFY(drafts.update(d).ok());
        }
        QVERIFY(TransparencyWarnings::list(t.connection(), 2025).isEmpty());
    }

    void meetingChecks()
    {
        PublicMeeting m;
        m.heldOn = QDate(2025, 7, 10);
        QList<DeadlineWarning> w = DeadlineRules::check(m);
        QCOMPARE(w.size(), 1); // a public meeting never announced breaks art. 8 by the full 3 days
        QCOMPARE(w.at(0).days, 3);
        m.announcedOn = QDate(2025, 7, 7);
        QVERIFY(DeadlineRules::check(m).isEmpty());
        m.isPublic = false;
        m.announcedOn = QDate();
        QVERIFY(DeadlineRules::check(m).isEmpty()); // a closed meeting is not announced
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
