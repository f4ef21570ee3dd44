#include "funding/FundingRules.h"

#include <QTest>

using namespace dc;

// The funding rules the call and award forms check, on plain records and typed text: no
// database and no window. Each test builds its own records.
class TestFundingRules final : public QObject
{
    Q_OBJECT

private:
    static FundingCall validCall()
    {
        FundingCall call;
        call.institutionId = 1;
        call.name = QStringLiteral("Tineret 2025");
        call.year = 2025;
        call.budget = Money::fromBani(10000000); // 100.000,00 lei
        return call;
    }

    static AwardLine line(qint64 grantedBani, AwardStatus status)
    {
        AwardLine line;
        line.award.granted = Money::fromBani(grantedBani);
        line.award.status = status;
        return line;
    }

private Q_SLOTS:
    void typedAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isAmount");
        QTest::addColumn<qint64>("bani");
        QTest::newRow("empty is zero") << QString() << true << qint64(0);
        QTest::newRow("blank is zero") << QStringLiteral("   ") << true << qint64(0);
        QTest::newRow("romanian marks") << QStringLiteral("12.345,67") << true << qint64(1234567);
        QTest::newRow("spaces around") << QStringLiteral(" 1.000 ") << true << qint64(100000);
        QTest::newRow("three decimals") << QStringLiteral("12.345,678") << false << qint64(0);
        QTest::newRow("words") << QStringLiteral("o mie") << false << qint64(0);
    }
    void typedAmount()
    {
        QFETCH(QString, text);
        QFETCH(bool, isAmount);
        QFETCH(qint64, bani);
        const std::optional<Money> amount = FundingRules::typedAmount(text);
        QCOMPARE(amount.has_value(), isAmount);
        if (amount)
            QCOMPARE(amount->bani(), bani);
    }

    void callWithBudgetNotAnAmountIsAProblem()
    {
        const FundingCall call = validCall();
        QVERIFY(FundingRules::callProblems(call, QStringLiteral("100.000")).isEmpty());
        QVERIFY(FundingRules::callProblems(call, QString()).isEmpty()); // not given: a warning
        const QStringList problems =
            FundingRules::callProblems(call, QStringLiteral("250.000,001"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("Budget: not an amount")));
    }

    void callProblemsKeepTheRecordsOwnRules()
    {
        FundingCall call = validCall();
        call.institutionId = 0;
        call.opensOn = QDate(2025, 3, 1);
        call.submissionDeadline = QDate(2025, 2, 1);
        const QStringList problems = FundingRules::callProblems(call, QStringLiteral("abc"));
        QCOMPARE(problems, validateCall(call)
                               << QStringLiteral("Budget: not an amount in lei with at most "
                                                 "two decimals (e.g. 250.000,00)."));
        QVERIFY(problems.contains(QStringLiteral("Institution: required.")));
        QVERIFY(problems.contains(QStringLiteral("Submission deadline: before the call opens.")));
    }

    void callWithoutBudgetIsAWarning()
    {
        FundingCall call = validCall();
        call.budget = Money();
        const QStringList warnings = FundingRules::callWarnings(call, QStringLiteral("  "), {});
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().startsWith(QStringLiteral("Budget: not given")));
        QVERIFY(FundingRules::callWarnings(validCall(), QStringLiteral("100.000"), {}).isEmpty());
    }

    void grantedSumLeavesCancelledAwardsOut()
    {
        const QList<AwardLine> awards = {
            line(3000000, AwardStatus::Contracted), line(2000000, AwardStatus::Paid),
            line(9900000, AwardStatus::Cancelled), line(100, AwardStatus::Reimbursed)};
        QCOMPARE(FundingRules::granted(awards).bani(), qint64(5000100));
        QCOMPARE(FundingRules::granted({}).bani(), qint64(0));
    }

    void callGrantedAboveBudgetIsAWarning()
    {
        const FundingCall call = validCall(); // 100.000,00 lei
        const QString budget = QStringLiteral("100.000");
        // Exactly the budget: fine; a cancelled award does not count.
        QVERIFY(FundingRules::callWarnings(call, budget,
                                           {line(6000000, AwardStatus::Contracted),
                                            line(4000000, AwardStatus::Paid),
                                            line(5000000, AwardStatus::Cancelled)})
                    .isEmpty());
        const QStringList warnings = FundingRules::callWarnings(
            call, budget,
            {line(6000000, AwardStatus::Contracted), line(4000001, AwardStatus::Settled)});
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first(),
                 QStringLiteral("Budget: the awards already grant %1, more than this budget.")
                     .arg(Money::fromBani(10000001).toDisplay()));
    }

    void callWithZeroBudgetIsNotExceeded()
    {
        FundingCall call = validCall();
        call.budget = Money();
        QVERIFY(FundingRules::callWarnings(call, QStringLiteral("0"),
                                           {line(100, AwardStatus::Contracted)})
                    .isEmpty());
    }

    void amountsThatAreNotAmountsNameTheirField()
    {
        QVERIFY(FundingRules::amountProblems({}).isEmpty());
        QVERIFY(FundingRules::amountProblems({QStringLiteral("1.000,05"), QStringLiteral("1.200"),
                                              QStringLiteral("600,01"), QString()})
                    .isEmpty());
        const QStringList problems =
            FundingRules::amountProblems({QStringLiteral("x"), QStringLiteral("1.200"),
                                          QStringLiteral("12.345,678"), QStringLiteral("o mie")});
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).startsWith(QStringLiteral("Requested: not an amount in lei")));
        QVERIFY(problems.at(1).startsWith(QStringLiteral("Paid: not an amount in lei")));
        QVERIFY(
            problems.at(2).startsWith(QStringLiteral("Own contribution: not an amount in lei")));
        QVERIFY(FundingRules::amountProblems(
                    {QString(), QStringLiteral("1.200 euro"), QString(), QString()})
                    .first()
                    .startsWith(QStringLiteral("Granted: not an amount in lei")));
    }

    void grantAboveRequestIsAWarning()
    {
        FundingAward award;
        award.requested = Money::fromBani(100005);
        award.granted = Money::fromBani(100005);
        QVERIFY(FundingRules::awardWarnings(award).isEmpty());
        award.granted = Money::fromBani(120000);
        const QStringList warnings = FundingRules::awardWarnings(award);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first(), QStringLiteral("Granted: more than the amount requested (%1).")
                                       .arg(Money::fromBani(100005).toDisplay()));
        // Nothing requested: no comparison.
        award.requested = Money();
        QVERIFY(FundingRules::awardWarnings(award).isEmpty());
    }

    void paidStatusWithLessThanTheGrantIsAWarning()
    {
        FundingAward award;
        award.granted = Money::fromBani(500000);
        award.paid = Money::fromBani(250000);
        QVERIFY(FundingRules::awardWarnings(award).isEmpty()); // contracted
        award.status = AwardStatus::Paid;
        const QStringList warnings = FundingRules::awardWarnings(award);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(
            warnings.first(),
            QStringLiteral("Paid: the status is paid but %1 of %2 were paid.")
                .arg(Money::fromBani(250000).toDisplay(), Money::fromBani(500000).toDisplay()));
        award.paid = award.granted;
        QVERIFY(FundingRules::awardWarnings(award).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFundingRules)
#include "tst_fundingrules.moc"
