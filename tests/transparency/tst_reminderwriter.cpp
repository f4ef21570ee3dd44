#include "DatabaseTest.h"
#include "ExternalTools.h"
#include "Seeding.h"

#include "transparency/AnnualReportRepository.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/ReminderWriter.h"
#include "transparency/ReportFormWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dc;

namespace {

/// An independent reader of the message: Python's email package (RFC 5322 and MIME, encoded-words
/// decoded), which prints what a mail program would show. Empty when there is no python3.
QJsonObject parsed(const QByteArray &eml)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {};
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QStringLiteral(R"(
import base64, json, sys, email, email.policy
m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
out = {h: str(m[h]) for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "X-Unsent")}
out["fromName"] = m["From"].addresses[0].display_name
out["fromAddress"] = m["From"].addresses[0].addr_spec
out["toName"] = m["To"].addresses[0].display_name
out["toAddress"] = m["To"].addresses[0].addr_spec
out["type"] = m.get_content_type()
out["parts"] = [p.get_content_type() for p in m.iter_parts()]
body = m.get_body(preferencelist=("plain",))
out["bodyCharset"] = body.get_content_charset()
out["bodyEncoding"] = body["Content-Transfer-Encoding"]
out["body"] = body.get_content()
attachments = list(m.iter_attachments())
out["attachments"] = [{"type": a.get_content_type(), "name": a.get_filename(),
                       "data": base64.b64encode(a.get_payload(decode=True)).decode()} for a in attachments]
out["defects"] = [str(d) for d in m.defects] + [str(d) for p in m.walk() for d in p.defects]
print(json.dumps(out))
)")});
    p.write(eml);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("python3: %s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

// The reminders for late annual reports: an RFC 5322 message a mail program opens as a draft,
// with the subject encoded, addressed to the liaison, the form attached; only for the institutions
// whose report is overdue; those without an e-mail skipped and named.
class TestReminderWriter final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    static constexpr int year = 2025;
    // Three weeks after the deadline of 15 May 2026.
    const QDate today{2026, 6, 5};
    const MailSender office{QStringLiteral(u"Serviciul pentru Cooperarea cu Mediul Asociativ"),
                            QStringLiteral("cooperare@sgg.invalid")};

    qint64 institution(const QString &name, const QString &email,
                       const QString &liaison = QStringLiteral(u"Ioana Ștefănescu"))
    {
        Institution i;
        i.name = name;
        i.kind = InstitutionKind::Ministry;
        if (!email.isEmpty() || !liaison.isEmpty())
            i.liaisonName = liaison;
        i.liaisonEmail = email;
        return test::addedId(InstitutionRepository(m_db->connection()).add(i));
    }

    void received(qint64 institutionId, const QDate &on)
    {
        AnnualReport r;
        r.institutionId = institutionId;
        r.year = year;
        r.receivedOn = on;
        const Result<qint64> id = AnnualReportRepository(m_db->connection()).setReport(r);
        QVERIFY2(id, qPrintable(id.error()));
    }

    ReportStatus overdueStatus(const QString &name, const QString &email) const
    {
        ReportStatus s;
        s.institution.id = 1;
        s.institution.name = name;
        s.institution.liaisonName = QStringLiteral(u"Ioana Ștefănescu");
        s.institution.liaisonEmail = email;
        s.deadline = QDate(2026, 5, 15);
        s.daysLate = 21;
        return s;
    }

private Q_SLOTS:
    void messageIsRfc5322WithTheSubjectEncodedAndTheFormAttached()
    {
        QByteArray form;
        for (int i = 0; i < 3000; ++i)
            form += char(i * 7 % 256); // every byte value: the attachment must come back exactly
        const ReportStatus status = overdueStatus(QStringLiteral(u"Ministerul Educației (fictiv)"),
                                                  QStringLiteral("ioana@minedu.invalid"));
        const QDateTime date(QDate(2026, 6, 5), QTime(10, 30), QTimeZone(3 * 3600));
        const QByteArray eml = ReminderWriter::message(
            status, year, office, form,
            QStringLiteral("Raport-2025-Ministerul-Educatiei-fictiv.xlsx"), date, today);

        // On the wire: 7-bit ASCII, CRLF line ends, short lines.
        for (const char c : eml)
            QVERIFY2(static_cast<unsigned char>(c) < 128, "a byte outside ASCII");
        QVERIFY(!eml.contains("\r\r"));
        QCOMPARE(eml.count('\n'), eml.count("\r\n"));
        // RFC 5322 asks for 78 characters at most; the one longer line is the MIME type of XLSX
        // itself (80), written as Thunderbird writes it rather than folded after the colon.
        for (const QByteArray &line : eml.split('\n'))
            QVERIFY2(line.size() <= 79 ||
                         line.startsWith("Content-Type: application/vnd.openxmlformats-"),
                     line.constData());
        const QByteArray headers = eml.left(eml.indexOf("\r\n\r\n"));
        QVERIFY(headers.contains("\r\nX-Unsent: 1\r\n"));
        QVERIFY(headers.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(headers.contains("\r\nSubject: =?UTF-8?B?"));
        QVERIFY(headers.contains("\r\nContent-Type: multipart/mixed;"));
        QVERIFY(headers.contains("Date: 05 Jun 2026 10:30:00 +0300") ||
                headers.contains("Date: Fri, 05 Jun 2026 10:30:00 +0300"));
        QVERIFY(eml.contains(
            "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;"));
        QVERIFY(eml.contains("Content-Transfer-Encoding: quoted-printable"));
        QVERIFY(eml.contains("Content-Transfer-Encoding: base64"));

        const QJsonObject m = parsed(eml);
        if (m.isEmpty())
            QSKIP("python3 is not installed");
        QCOMPARE(m.value(QStringLiteral("defects")).toArray().size(), 0);
        QCOMPARE(m.value(QStringLiteral("fromName")).toString(), office.name);
        QCOMPARE(m.value(QStringLiteral("fromAddress")).toString(), office.address);
        QCOMPARE(m.value(QStringLiteral("toName")).toString(), QStringLiteral(u"Ioana Ștefănescu"));
        QCOMPARE(m.value(QStringLiteral("toAddress")).toString(),
                 QStringLiteral("ioana@minedu.invalid"));
        QCOMPARE(m.value(QStringLiteral("Subject")).toString(),
                 QStringLiteral(u"Reamintire: raportul anual privind transparența decizională pe "
                                u"anul 2025 – Ministerul Educației (fictiv)"));
        QCOMPARE(m.value(QStringLiteral("X-Unsent")).toString(), QStringLiteral("1"));
        QVERIFY(m.value(QStringLiteral("Message-ID"))
                    .toString()
                    .endsWith(QLatin1String("@sgg.invalid>")));
        QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("multipart/mixed"));
        QCOMPARE(
            m.value(QStringLiteral("parts")).toArray(),
            (QJsonArray{QStringLiteral("text/plain"),
                        QStringLiteral(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}));
        QCOMPARE(m.value(QStringLiteral("bodyCharset")).toString(), QStringLiteral("utf-8"));
        // Text lines end in CRLF, MIME's canonical form, which the reader hands on as it is.
        const QString body = m.value(QStringLiteral("body"))
                                 .toString()
                                 .replace(QLatin1String("\r\n"), QLatin1String("\n"));
        QVERIFY(!body.contains(QLatin1Char('\r')));
        QVERIFY2(body.contains(QStringLiteral(u"„Ministerul Educației (fictiv)” pe anul 2025 "
                                              u"trebuia transmis până la 15.05.2026")),
                 qPrintable(body));
        QVERIFY(body.contains(QStringLiteral(u"Până la data de 05.06.2026 nu l-am primit.")));
        QVERIFY(body.contains(QStringLiteral("Raport-2025-Ministerul-Educatiei-fictiv.xlsx")));
        QVERIFY(body.endsWith(
            QStringLiteral(u"Cu stimă,\nServiciul pentru Cooperarea cu Mediul Asociativ\n")));
        const QJsonArray attachments = m.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        const QJsonObject a = attachments.at(0).toObject();
        QCOMPARE(a.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Raport-2025-Ministerul-Educatiei-fictiv.xlsx"));
        QCOMPARE(QByteArray::fromBase64(a.value(QStringLiteral("data")).toString().toLatin1()),
                 form);
    }

    void longNamesFoldWithinTheLineLimit()
    {
        const QString name = QStringLiteral(
            u"Autoritatea Națională pentru Protecția Drepturilor Copilului și Adopție din "
            u"cadrul Ministerului Muncii și Solidarității Sociale (fictivă) – Direcția „Relații”");
        ReportStatus status = overdueStatus(name, QStringLiteral("relatii@anpdca.invalid"));
        status.institution.liaisonName =
            QStringLiteral(u"Maria-Magdalena Ștefănescu-Țiriac \"Mădă\"");
        const MailSender plain{QStringLiteral("Office \"Cooperation\" \\ NGOs"),
                               QStringLiteral("office@sgg.invalid")};
        const QByteArray eml =
            ReminderWriter::message(status, year, plain, QByteArray("x"), QStringLiteral("f.xlsx"),
                                    QDateTime::currentDateTime(), today);
        const QByteArray headers = eml.left(eml.indexOf("\r\n\r\n"));
        for (const QByteArray &line : headers.split('\n'))
            QVERIFY2(line.size() <= 77, line.constData()); // 76 and the CR
        // The display name's plain words stay plain: "Maria-Magdalena" is an atom.
        QVERIFY2(headers.contains("To: Maria-Magdalena =?UTF-8?B?"), headers.constData());
        const QJsonObject m = parsed(eml);
        if (m.isEmpty())
            QSKIP("python3 is not installed");
        QCOMPARE(m.value(QStringLiteral("defects")).toArray().size(), 0);
        QVERIFY(m.value(QStringLiteral("Subject")).toString().endsWith(name));
        QCOMPARE(m.value(QStringLiteral("toName")).toString(), status.institution.liaisonName);
        QCOMPARE(m.value(QStringLiteral("fromName")).toString(),
                 plain.name); // an ASCII name quoted, its quotes escaped
    }

    void onlyOverdueInstitutionsAndTheSkippedNamed()
    {
        const qint64 late = institution(QStringLiteral(u"Ministerul Întârzierii (fictiv)"),
                                        QStringLiteral("ioana@intarziere.invalid"));
        const qint64 onTime = institution(QStringLiteral(u"Ministerul Punctualității (fictiv)"),
                                          QStringLiteral("ana@punctual.invalid"));
        const qint64 receivedLate = institution(QStringLiteral(u"Agenția Târzie (fictivă)"),
                                                QStringLiteral("dan@tarziu.invalid"));
        const qint64 noEmail =
            institution(QStringLiteral(u"Prefectura Fără Adresă (fictivă)"), QString());
        const qint64 noLiaison =
            institution(QStringLiteral(u"Consiliul Fără Legătură (fictiv)"), QString(), QString());
        QVERIFY(late && onTime && receivedLate && noEmail && noLiaison);
        received(onTime, QDate(2026, 5, 2));
        received(receivedLate, QDate(2026, 5, 20)); // late, but received: no reminder

        const Result<QList<ReportStatus>> overdue =
            ReminderWriter::overdue(m_db->connection(), year, today);
        QVERIFY(overdue);
        QStringList names;
        for (const ReportStatus &s : overdue.value())
            names << s.institution.name;
        QCOMPARE(names, (QStringList{QStringLiteral(u"Consiliul Fără Legătură (fictiv)"),
                                     QStringLiteral(u"Ministerul Întârzierii (fictiv)"),
                                     QStringLiteral(u"Prefectura Fără Adresă (fictivă)")}));

        const QString folder = m_db->filePath(QStringLiteral("reminders"));
        QVERIFY(QDir().mkpath(folder));
        QList<int> progress;
        const Result<ReminderBatch> batch = ReminderWriter::writeReminders(
            m_db->connection(), year, folder, office, today, [&](int done, int total) {
                progress << done * 10 + total;
                return true;
            });
        QVERIFY2(batch, qPrintable(batch.error()));
        QCOMPARE(progress, (QList<int>{13, 23, 33}));
        QCOMPARE(batch->written.size(), 1);
        QCOMPARE(batch->written.first().institutionId, late);
        QCOMPARE(batch->written.first().to, QStringLiteral("ioana@intarziere.invalid"));
        QCOMPARE(QFileInfo(batch->written.first().path).fileName(),
                 QStringLiteral("Reamintire-2025-Ministerul-Intarzierii-fictiv.eml"));
        QCOMPARE(batch->skipped.size(), 2);
        QCOMPARE(batch->skipped.at(0).institution,
                 QStringLiteral(u"Consiliul Fără Legătură (fictiv)"));
        QCOMPARE(batch->skipped.at(0).reason, QStringLiteral("no liaison e-mail"));
        QCOMPARE(batch->skipped.at(1).institutionId, noEmail);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("Reamintire-2025-Ministerul-Intarzierii-fictiv.eml")});
    }

    void beforeTheDeadlineNothingIsOverdue()
    {
        QVERIFY(institution(QStringLiteral(u"Ministerul Răbdării (fictiv)"),
                            QStringLiteral("r@rabdare.invalid")));
        const QString folder = m_db->filePath(QStringLiteral("reminders"));
        QVERIFY(QDir().mkpath(folder));
        for (const QDate &day :
             {QDate(2026, 5, 1), QDate(2026, 5, 15)}) { // on the deadline day it is not late yet
            const Result<ReminderBatch> batch =
                ReminderWriter::writeReminders(m_db->connection(), year, folder, office, day);
            QVERIFY(batch);
            QVERIFY(batch->written.isEmpty());
            QVERIFY(batch->skipped.isEmpty());
        }
        QVERIFY(QDir(folder).isEmpty());
    }

    void theAttachmentIsTheInstitutionsForm()
    {
        const qint64 id = institution(QStringLiteral(u"Ministerul Întârzierii (fictiv)"),
                                      QStringLiteral("ioana@intarziere.invalid"));
        const QString folder = m_db->filePath(QStringLiteral("reminders"));
        QVERIFY(QDir().mkpath(folder));
        const Result<ReminderBatch> batch =
            ReminderWriter::writeReminders(m_db->connection(), year, folder, office, today);
        QVERIFY(batch);
        QCOMPARE(batch->written.size(), 1);
        const QJsonObject m = parsed(test::readFile(batch->written.first().path));
        if (m.isEmpty())
            QSKIP("python3 is not installed");
        const QJsonObject a = m.value(QStringLiteral("attachments")).toArray().at(0).toObject();
        QCOMPARE(
            a.value(QStringLiteral("type")).toString(),
            QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        QCOMPARE(a.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Raport-2025-Ministerul-Intarzierii-fictiv.xlsx"));
        const QString attached = m_db->filePath(QStringLiteral("attached.xlsx"));
        QVERIFY(test::writeFile(
            attached,
            QByteArray::fromBase64(a.value(QStringLiteral("data")).toString().toLatin1())));

        // The same workbook as the form written on its own (the sheets; only the creation time in
        // docProps differs).
        const Result<ReportForm> form = ReportFormWriter::gather(m_db->connection(), id, year);
        QVERIFY(form);
        const QString written = m_db->filePath(QStringLiteral("written.xlsx"));
        QVERIFY(ReportFormWriter::write(form.value(), written));
        if (test::zipPart(written, QStringLiteral("xl/worksheets/sheet1.xml")).isEmpty())
            QSKIP("unzip is not installed");
        for (const QString &name :
             {QStringLiteral("xl/worksheets/sheet1.xml"),
              QStringLiteral("xl/worksheets/sheet2.xml"), QStringLiteral("xl/sharedStrings.xml"),
              QStringLiteral("xl/comments1.xml")})
            QCOMPARE(test::zipPart(attached, name), test::zipPart(written, name));
        QVERIFY(test::zipPart(attached, QStringLiteral("xl/sharedStrings.xml"))
                    .contains("Model: anexa-20"));
    }

    void theSenderNeedsAnAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("message");
        QTest::newRow("none") << QString() << QStringLiteral("The sender needs an e-mail address.");
        QTest::newRow("not an address")
            << QStringLiteral("oficiul")
            << QStringLiteral("The sender's address 'oficiul' is not an e-mail address.");
    }
    void theSenderNeedsAnAddress()
    {
        QFETCH(QString, address);
        QFETCH(QString, message);
        QVERIFY(institution(QStringLiteral(u"Ministerul Întârzierii (fictiv)"),
                            QStringLiteral("ioana@intarziere.invalid")));
        const QString folder = m_db->filePath(QStringLiteral("reminders"));
        QVERIFY(QDir().mkpath(folder));
        const Result<ReminderBatch> batch = ReminderWriter::writeReminders(
            m_db->connection(), year, folder, MailSender{office.name, address}, today);
        QVERIFY(!batch);
        QCOMPARE(batch.error(), message);
        QVERIFY(QDir(folder).isEmpty());
        QVERIFY(ReminderWriter::senderProblem(
                    MailSender{QString(), ReminderWriter::placeholderAddress()})
                    .isEmpty());
    }

    void aMissingFolderFails()
    {
        const Result<ReminderBatch> batch = ReminderWriter::writeReminders(
            m_db->connection(), year, m_db->filePath(QStringLiteral("nowhere")), office, today);
        QVERIFY(!batch);
        QVERIFY2(batch.error().contains(QLatin1String("nowhere")), qPrintable(batch.error()));
    }
};

QTEST_GUILESS_MAIN(TestReminderWriter)
#include "tst_reminderwriter.moc"
