#include "core/AuditJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace dc;

// A record's JSON for the audit log: the fields always written, and those left out when empty.
class TestAuditJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFieldsAreLeftOut()
    {
        AuditJson json;
        json.text("name", QString());
        json.date("on", QDate());
        json.id("organization_id", 0);
        json.count("requests", 0);
        json.number("quorum", std::nullopt);
        json.flag("online", false);
        QVERIFY(json.object().isEmpty());
    }

    void setFieldsAreWritten()
    {
        AuditJson json;
        json.text("name", QStringLiteral("Consiliul"));
        json.date("on", QDate(2026, 3, 1));
        json.id("organization_id", 12);
        json.count("requests", -1);
        json.number("quorum", 0);
        json.flag("online", true);
        json.insert("status", QStringLiteral("active"));
        json.insert("is_public", false);
        QCOMPARE(QJsonDocument(json.object()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"is_public":false,"name":"Consiliul","on":"2026-03-01",)"
                            R"("online":true,"organization_id":12,"quorum":0,"requests":-1,)"
                            R"("status":"active"})"));
    }

    void alwaysWrittenFieldsStayWhenEmpty()
    {
        AuditJson json;
        json.insert("notes", QString());
        json.insert("end_date", AuditJson::isoDate(QDate()));
        json.insert("start_date", AuditJson::isoDate(QDate(2021, 4, 28)));
        QCOMPARE(json.object().size(), 3);
        QCOMPARE(json.object().value(QLatin1String("end_date")).toString(), QString());
        QCOMPARE(json.object().value(QLatin1String("start_date")).toString(),
                 QStringLiteral("2021-04-28"));
    }
};

QTEST_GUILESS_MAIN(TestAuditJson)
#include "tst_auditjson.moc"
