#include "TestDatabase.h"

#include "transparency/FormIndicators.h"
#include "transparency/ReportModel.h"
#include "transparency/ReportModelRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

// The models of the annual report as data: the two built-in ones read as the published forms
// print them, a corrected model loaded without a release and winning for its years, and every
// broken model file refused with the item and the problem named.
class TestReportModels final : public QObject
{
    Q_OBJECT

private:
    static const ReportModel &builtIn(const QString &id)
    {
        for (const ReportModel &m : ReportModel::builtInModels()) {
            if (m.id == id)
                return m;
        }
        qFatal("no built-in model %s", qPrintable(id));
    }

    // The current model with one change: @p edit applied to its JSON.
    template <typename Edit> static QByteArray editedCurrent(Edit edit)
    {
        QJsonObject root =
            QJsonDocument::fromJson(builtIn(QStringLiteral("anexa-20")).toJson()).object();
        edit(root);
        return QJsonDocument(root).toJson();
    }

    // The current model with @p key of its second item set to @p value.
    static QByteArray withSecondItem(const QString &key, const QString &value)
    {
        return editedCurrent([&](QJsonObject &root) {
            QJsonArray items = root[QStringLiteral("items")].toArray();
            QJsonObject item = items[1].toObject();
            item[key] = value;
            items[1] = item;
            root[QStringLiteral("items")] = items;
        });
    }

private Q_SLOTS:
    void theCurrentModelIsNumberedWithoutCodes()
    {
        const ReportModel &m = builtIn(QStringLiteral("anexa-20"));
        QCOMPARE(m.validFrom, 2022);
        QVERIFY(!m.printsCodes());
        // The items the current model adds, where the issue's table puts them.
        const std::pair<const char *, const char *> numbering[] = {
            {"A1", "1"},     {"A2_1", "2 a"},   {"A3", "3"},       {"A3_3", "3.1"}, {"A6_1", "6.1"},
            {"A6_2", "6.2"}, {"A7_1", "7.1"},   {"A7_2", "7.2"},   {"A8_1", "8.1"}, {"A8_3", "8.3"},
            {"A9", "9"},     {"A9_1", "9.1 a"}, {"A9_2", "9.1 b"}, {"A10", "10"},   {"B1", "B 1"},
            {"B9", "B 9"},   {"C1", "C 1"},     {"D1", "D 1"},     {"D2", "D 2"},
        };
        for (const auto &[code, number] : numbering) {
            const ReportModelItem *item = m.item(QLatin1String(code));
            QVERIFY2(item, code);
            QCOMPARE(item->numbering, QLatin1String(number));
        }
        // Every code of the report is on the current model, once, in the form's order.
        QCOMPARE(m.figures().size(), qsizetype(formIndicatorCount));
        for (int i = 0; i < formIndicatorCount; ++i)
            QCOMPARE(m.figures().at(i).code, FormIndicators::code(FormIndicators::all()[i]));
        // The share is computed from two others, never typed.
        const ReportModelItem *share = m.item(QStringLiteral("A7_2"));
        QCOMPARE(share->kind, ReportModelItem::Kind::Percent);
        QCOMPARE(share->numerator, QStringLiteral("A7_1"));
        QCOMPARE(share->denominator, QStringLiteral("A7"));
        // D1 is one of four answers; sections B, C and D are still to be checked on this model.
        QCOMPARE(m.item(QStringLiteral("D1"))->choices.size(), qsizetype(4));
        QCOMPARE(m.item(QStringLiteral("D1"))->choices.at(2).label,
                 QStringLiteral("satisfăcătoare"));
        QVERIFY(!m.item(QStringLiteral("A10"))->toCheck);
        QVERIFY(m.item(QStringLiteral("B1"))->toCheck);
        QVERIFY(m.item(QStringLiteral("D2"))->toCheck);
        QCOMPARE(m.item(QStringLiteral("A9_1"))->parent, QStringLiteral("A9"));
    }

    void theOlderModelPrintsItsCodes()
    {
        const ReportModel &m = builtIn(QStringLiteral("raport-anual-coduri"));
        QVERIFY(m.printsCodes());
        QVERIFY(m.validFrom < 2022);
        // As published by Eforie for 2020: "A_10 250", "B1 21"; the older A9 is our A9_1, D our D1.
        QCOMPARE(m.item(QStringLiteral("A10"))->printed, QStringLiteral("A_10"));
        QCOMPARE(m.item(QStringLiteral("B1"))->printed, QStringLiteral("B1"));
        QCOMPARE(m.item(QStringLiteral("A9_1"))->printed, QStringLiteral("A9"));
        QCOMPARE(m.item(QStringLiteral("D1"))->printed, QStringLiteral("D"));
        // What only the current model asks is not on the older one.
        for (const char *code :
             {"A3_3", "A6_1", "A6_2", "A7_1", "A7_2", "A8_1", "A8_2", "A8_3", "A9", "A9_2", "D2"})
            QVERIFY2(!m.item(QLatin1String(code)), code);
    }

    void aModelFileRoundTrips()
    {
        for (const ReportModel &m : ReportModel::builtInModels()) {
            const Result<ReportModel> again =
                ReportModel::parse(m.toJson(), QStringLiteral("again.json"));
            QVERIFY2(again.ok(), qPrintable(again.error()));
            QCOMPARE(again->toJson(), m.toJson());
        }
    }

    void theModelOfAYearIsTheLatestInForce()
    {
        test::TestDatabase t;
        const ReportModelRepository models(t.connection());
        QCOMPARE(models.forYear(2020).id, QStringLiteral("raport-anual-coduri"));
        QCOMPARE(models.forYear(2021).id, QStringLiteral("raport-anual-coduri"));
        QCOMPARE(models.forYear(2022).id, QStringLiteral("anexa-20"));
        QCOMPARE(models.forYear(2030).id, QStringLiteral("anexa-20"));
    }

    void aLoadedModelWinsOverTheBuiltInOneForItsYears()
    {
        test::TestDatabase t;
        ReportModelRepository models(t.connection());
        // The office corrects a label and dates the current model from 2021.
        const QByteArray corrected = editedCurrent([](QJsonObject &root) {
            root[QStringLiteral("validFrom")] = 2021;
            QJsonArray items = root[QStringLiteral("items")].toArray();
            for (int i = 0; i < items.size(); ++i) {
                QJsonObject item = items[i].toObject();
                if (item[QStringLiteral("code")] == QStringLiteral("B1")) {
                    item[QStringLiteral("label")] =
                        QStringLiteral("Numărul ședințelor publice (corectat)");
                    item.remove(QStringLiteral("toCheck"));
                    items[i] = item;
                }
            }
            root[QStringLiteral("items")] = items;
        });
        const Result<ReportModel> loaded =
            models.load(corrected, QStringLiteral("anexa-20-corectat.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(models.forYear(2021).id, QStringLiteral("anexa-20"));
        QCOMPARE(models.forYear(2021).item(QStringLiteral("B1"))->label,
                 QStringLiteral("Numărul ședințelor publice (corectat)"));
        QVERIFY(!models.forYear(2023).item(QStringLiteral("B1"))->toCheck);
        QVERIFY(!models.forYear(2023).builtIn);
        QCOMPARE(models.models().size(),
                 qsizetype(2)); // in place of the built-in one, not beside it
        QCOMPARE(models.forYear(2020).id, QStringLiteral("raport-anual-coduri"));

        // Kept in the database with an audit row, and forgotten again on demand.
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE table_name = 'transparency_report_model'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(models.unload(QStringLiteral("anexa-20")).ok());
        QVERIFY(models.forYear(2023).builtIn);
        QCOMPARE(models.forYear(2021).id, QStringLiteral("raport-anual-coduri"));
        QVERIFY(!models.unload(QStringLiteral("anexa-20"))
                     .ok()); // the built-in one cannot be forgotten
    }

    void aBrokenModelFileIsRefusedNamingTheProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{ items: ")
                                  << QStringLiteral("broken.json: not a model of the report");
        QTest::newRow("another format")
            << QByteArray(R"({"format": "x"})") << QStringLiteral("\"format\"");
        QTest::newRow("unknown code")
            << withSecondItem(QStringLiteral("code"), QStringLiteral("Z9"))
            << QStringLiteral("item 2 (Z9): unknown code");
        QTest::newRow("a code twice") << editedCurrent([](QJsonObject &root) {
            QJsonArray items = root[QStringLiteral("items")].toArray();
            items.append(items[1]);
            root[QStringLiteral("items")] = items;
        }) << QStringLiteral("the code is used twice");
        QTest::newRow("a kind that does not fit the code")
            << withSecondItem(QStringLiteral("kind"), QStringLiteral("text"))
            << QStringLiteral("item 2 (A1): the kind does not fit the code");
        QTest::newRow("a percentage of nothing") << editedCurrent([](QJsonObject &root) {
            QJsonArray items = root[QStringLiteral("items")].toArray();
            for (int i = 0; i < items.size(); ++i) {
                QJsonObject item = items[i].toObject();
                if (item[QStringLiteral("code")] == QStringLiteral("A7_2")) {
                    item[QStringLiteral("denominator")] = QStringLiteral("B9");
                    items[i] = item;
                }
            }
            root[QStringLiteral("items")] = items;
        }) << QStringLiteral("a percentage needs its numerator and denominator");
        QTest::newRow("a year before the law")
            << editedCurrent([](QJsonObject &root) { root[QStringLiteral("validFrom")] = 1999; })
            << QStringLiteral("\"validFrom\"");
    }

    void aBrokenModelFileIsRefusedNamingTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        test::TestDatabase t;
        ReportModelRepository models(t.connection());
        const Result<ReportModel> loaded = models.load(json, QStringLiteral("broken.json"));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().startsWith(QStringLiteral("broken.json: ")),
                 qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM transparency_report_model")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0); // nothing written
    }
};

QTEST_GUILESS_MAIN(TestReportModels)
#include "tst_reportmodels.moc"
