#include "core/Text.h"
#include "registry/OrganizationFilter.h"

#include <QTest>

#include <algorithm>

using namespace dc;

class TestText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizedTurnsCedillaIntoCommaBelow()
    {
        QCOMPARE(text::normalized(QStringLiteral(u"Asociaţia Ştiinţifică")),
                 QStringLiteral(u"Asociația Științifică"));
        QCOMPARE(text::normalized(QStringLiteral(u"ŞŢşţ")), QStringLiteral(u"ȘȚșț"));
        QCOMPARE(text::normalized(QStringLiteral("  two   spaces \t")),
                 QStringLiteral("two spaces"));
        // Decomposed input (a + combining breve) is composed.
        QCOMPARE(text::normalized(QStringLiteral(u"a\u0306")), QStringLiteral(u"ă"));
    }

    void foldedIgnoresCaseAndDiacritics_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("comma") << QStringLiteral(u"Asociația") << QStringLiteral("asociatia");
        QTest::newRow("cedilla") << QStringLiteral(u"Asociaţia") << QStringLiteral(u"ASOCIAȚIA");
        QTest::newRow("breve circumflex")
            << QStringLiteral(u"Brăila Âî") << QStringLiteral("braila ai");
    }
    void foldedIgnoresCaseAndDiacritics()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(text::folded(a), text::folded(b));
    }

    void sortKeyFollowsTheRomanianAlphabet()
    {
        QStringList names = {
            QStringLiteral("Zorile"),  QStringLiteral(u"Ștefan"), QStringLiteral("Tudor"),
            QStringLiteral(u"Țara"),   QStringLiteral("Sibiu"),   QStringLiteral(u"Ăla"),
            QStringLiteral("Alba"),    QStringLiteral(u"Âmbra"),  QStringLiteral("Bacau"),
            QStringLiteral(u"Îngeri"), QStringLiteral("Iasi"),    QStringLiteral("Jiu")};
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return text::sortKey(a) < text::sortKey(b);
        });
        const QStringList expected = {
            QStringLiteral("Alba"),  QStringLiteral(u"Ăla"),  QStringLiteral(u"Âmbra"),
            QStringLiteral("Bacau"), QStringLiteral("Iasi"),  QStringLiteral(u"Îngeri"),
            QStringLiteral("Jiu"),   QStringLiteral("Sibiu"), QStringLiteral(u"Ștefan"),
            QStringLiteral("Tudor"), QStringLiteral(u"Țara"), QStringLiteral("Zorile")};
        QCOMPARE(names, expected);
    }

    void sortKeyIsCaseInsensitiveAndIgnoresPunctuation()
    {
        QCOMPARE(text::sortKey(QStringLiteral(u"„Asociația” X")),
                 text::sortKey(QStringLiteral(u"asociația x")));
        QCOMPARE(text::sortKey(QStringLiteral(u"Ştefan")),
                 text::sortKey(QStringLiteral(u"ȘTEFAN")));
        QVERIFY(text::sortKey(QStringLiteral("Ab")) < text::sortKey(QStringLiteral("Abc")));
        QVERIFY(text::sortKey(QStringLiteral("A b")) < text::sortKey(QStringLiteral("Ab")));
        QVERIFY(text::sortKey(QStringLiteral("9 Mai")) < text::sortKey(QStringLiteral("Alba")));
        // Other accented letters sort with their base letter: é with e, before f.
        QVERIFY(text::sortKey(QStringLiteral(u"Église")) <
                text::sortKey(QStringLiteral("Fagaras")));
        // Keys are plain ASCII for Latin text, so SQLite's BINARY order is the Romanian order.
        for (const QChar c : text::sortKey(QStringLiteral(u"Ăâîșț xyz 123")))
            QVERIFY(c.unicode() < 0x80);
    }

    // The fast paths for text below U+0300 give what the definitions give: every such character
    // alone, between letters and beside spaces, and some whole names (with characters above).
    void fastPathsAgreeWithTheDefinitions()
    {
        QStringList samples = {QStringLiteral(u"Asociația „Ștefan cel Mare” – Iași"),
                               QStringLiteral(u"  ŞTIINŢĂ\tşi  ţară "),
                               QStringLiteral(u"Église Saint-Jean"),
                               QStringLiteral(u"a\u0306b"),
                               QStringLiteral(u"İstanbul"),
                               QStringLiteral(u"Ⱥ ȿ ǅ"),
                               QStringLiteral(u"Фонд Україна"),
                               QString(),
                               QStringLiteral(" "),
                               QStringLiteral(u"9 Mai\u00a0Nr. 12")};
        for (char16_t u = 1; u < 0x300; ++u) {
            const QChar c(u);
            samples << QString(c) << QStringLiteral("a") + c + QStringLiteral("b")
                    << QStringLiteral(" ") + c + QStringLiteral("  ") << QString(c) + c;
        }
        for (const QString &s : std::as_const(samples)) {
            QCOMPARE(text::normalized(s), text::reference::normalized(s));
            QCOMPARE(text::folded(s), text::reference::folded(s));
            QCOMPARE(text::sortKey(s), text::reference::sortKey(s));
        }
    }

    void withoutDiacritics()
    {
        QCOMPARE(text::withoutDiacritics(QStringLiteral(u"Județul Iași")),
                 QStringLiteral("Judetul Iasi"));
    }

    void ftsPrefixQuery_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("query");
        QTest::newRow("one word") << QStringLiteral("asoc") << QStringLiteral("\"asoc\"*");
        QTest::newRow("two words")
            << QStringLiteral("Asoc  cluj") << QStringLiteral("\"asoc\"* \"cluj\"*");
        QTest::newRow("quotes and operators are only text")
            << QStringLiteral("\"a\" OR b*") << QStringLiteral("\"a\"* \"or\"* \"b\"*");
        QTest::newRow("cedilla normalized")
            << QStringLiteral(u"Ştef") << QStringLiteral(u"\"ștef\"*");
        QTest::newRow("fiscal code with RO")
            << QStringLiteral("RO 123") << QStringLiteral("\"ro\"* \"123\"*");
        QTest::newRow("fiscal code glued")
            << QStringLiteral("ro14399840") << QStringLiteral("\"14399840\"*");
        QTest::newRow("nothing") << QStringLiteral(" - ; ") << QString();
        // A pasted text cannot make a query of a thousand terms: each word once, at most 16
        // words, from the first 256 characters.
        QTest::newRow("a word repeated a thousand times")
            << QStringLiteral("asoc ").repeated(1000) << QStringLiteral("\"asoc\"*");
        QStringList many;
        QStringList expected;
        for (int i = 0; i < 30; ++i) {
            many << QStringLiteral("w%1").arg(i);
            if (i < dc::maxSearchTerms)
                expected << QStringLiteral("\"w%1\"*").arg(i);
        }
        QTest::newRow("thirty words")
            << many.join(QLatin1Char(' ')) << expected.join(QLatin1Char(' '));
        QTest::newRow("what is past 256 characters")
            << QString(QStringLiteral("cluj ") + QStringLiteral("x").repeated(300))
            << QStringLiteral("\"cluj\"*");
    }
    void ftsPrefixQuery()
    {
        QFETCH(QString, typed);
        QFETCH(QString, query);
        QCOMPARE(dc::ftsPrefixQuery(typed), query);
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
