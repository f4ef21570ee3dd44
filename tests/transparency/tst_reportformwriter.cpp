#include "DatabaseTest.h"
#include "ExternalTools.h"
#include "Seeding.h"

#include "transparency/AnnualFigures.h"
#include "transparency/DraftActRepository.h"
#include "transparency/FormIndicators.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/ReportFormWriter.h"
#include "transparency/ReportModelRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

using namespace dc;

namespace {

// Every cell of both sheets as openpyxl reads them: value (a formula as its text), locked, bold,
// comment, the data validations, the protection and the hidden column D.
const char *dumpScript = R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
ws = wb["Raport"]
cells = {}
for row in ws.iter_rows():
    for c in row:
        if c.value is None and c.comment is None and c.protection.locked:
            continue
        cells[c.coordinate] = {"v": c.value if not hasattr(c.value, "isoformat") else c.value.isoformat()[:10],
                               "locked": c.protection.locked, "bold": bool(c.font.b),
                               "comment": c.comment.text if c.comment else None}
out["cells"] = cells
out["protected"] = bool(ws.protection.sheet)
out["hiddenD"] = bool(ws.column_dimensions["D"].hidden)
out["validations"] = [{"type": dv.type, "operator": dv.operator, "formula1": dv.formula1, "sqref": str(dv.sqref)}
                      for dv in ws.data_validations.dataValidation]
texts = []
for row in wb.worksheets[1].iter_rows():
    for c in row:
        if c.value is not None:
            texts.append(str(c.value))
out["instructions"] = texts
out["instructionsProtected"] = bool(wb.worksheets[1].protection.sheet)
print(json.dumps(out))
)";

} // namespace

// The annual report's form written for an institution: the header block, one row per item of the
// model in its order, the protection, the data validation, the percentage as a formula, the figures
// of the office's records pre-filled and commented, the instructions, the file name, and that a
// failed write leaves an earlier file as it was.
class TestReportFormWriter final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    static constexpr int year = 2025;
    qint64 m_institution = 0;

    // A ministry with a liaison, one draft and two recommendations in 2025: the records provide the
    // drafts' and recommendations' figures (A1 = 1, A3 = 2 + 1 = 3, A7 = 2, A7_1 = 1, so A7_2 = 50)
    // and A6 (a liaison: 1); nothing provides B, C or D.
    void fixture()
    {
        Institution i;
        i.name = QStringLiteral(u"Ministerul Educației și Cercetării (fictiv)");
        i.kind = InstitutionKind::Ministry;
        i.liaisonName = QStringLiteral(u"Ioana Ștefănescu");
        i.liaisonEmail = QStringLiteral("ioana.stefanescu@minedu.invalid");
        const Result<qint64> id = InstitutionRepository(m_db->connection()).add(i);
        QVERIFY2(id, qPrintable(id.error()));
        m_institution = id.value();

        DraftAct d;
        d.institutionId = m_institution;
        d.title = QStringLiteral("Ordin privind calendarul examenelor");
        d.status = DraftActStatus::Adopted;
        d.announcedOn = QDate(year, 2, 3);
        d.announcedOnWebsite = d.announcedAtHeadquarters = true;
        d.adoptedOn = QDate(year, 4, 1);
        d.infoRequestsFromPersons = 2;
        d.infoRequestsFromAssociations = 1;
        d.sentToPersons = true;
        const Result<qint64> draft = DraftActRepository(m_db->connection()).add(d);
        QVERIFY2(draft, qPrintable(draft.error()));
        for (const bool online : {true, false}) {
            Recommendation r;
            r.draftId = draft.value();
            r.authorName = QStringLiteral(u"Asociația Părinților (fictivă)");
            r.receivedOn = QDate(year, 2, online ? 7 : 8);
            r.text = QStringLiteral("Text");
            r.decision =
                online ? RecommendationDecision::Accepted : RecommendationDecision::Rejected;
            if (!online)
                r.justification = QStringLiteral("Motiv");
            r.receivedOnline = online;
            r.rejectionJustificationSent = !online;
            const Result<qint64> rid = DraftActRepository(m_db->connection()).addRecommendation(r);
            QVERIFY2(rid, qPrintable(rid.error()));
        }
    }

    QString writeForm(int forYear = year)
    {
        const Result<ReportForm> form =
            ReportFormWriter::gather(m_db->connection(), m_institution, forYear);
        if (!form) {
            qWarning("%s", qPrintable(form.error()));
            return {};
        }
        const QString path = m_db->filePath(ReportFormWriter::fileName(form->institution, forYear));
        const Status s = ReportFormWriter::write(form.value(), path);
        if (!s) {
            qWarning("%s", qPrintable(s.error()));
            return {};
        }
        return path;
    }

    // The workbook as openpyxl reads it; an empty object (and a skip) without openpyxl.
    static QJsonObject dump(const QString &path)
    {
        const QString python = test::pythonWithOpenpyxl();
        if (python.isEmpty())
            return {};
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QString::fromUtf8(dumpScript), path});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("openpyxl: %s", p.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    // The sheet row (1-based) of each item, from the codes in column A.
    static QHash<QString, int> rowsByCode(const QJsonObject &cells)
    {
        QHash<QString, int> rows;
        for (int row = ReportFormWriter::headerRow + 1;
             cells.contains(QStringLiteral("A%1").arg(row)); ++row)
            rows.insert(cells.value(QStringLiteral("A%1").arg(row))
                            .toObject()
                            .value(QStringLiteral("v"))
                            .toString(),
                        row);
        return rows;
    }

    // A form written for @p forYear as openpyxl reads it: its cells and the row of each code;
    // `dump` is empty (the test skips) without openpyxl.
    struct ReadForm
    {
        QString path;
        QJsonObject dump;
        QJsonObject cells;
        QHash<QString, int> rows;
    };
    ReadForm readForm(int forYear = year)
    {
        ReadForm form;
        form.path = writeForm(forYear);
        form.dump = dump(form.path);
        form.cells = form.dump.value(QStringLiteral("cells")).toObject();
        form.rows = rowsByCode(form.cells);
        return form;
    }

    // A second institution added, and the folder the forms go to; empty on failure.
    QString secondInstitutionAndFolder()
    {
        if (test::addInstitution(m_db->connection(), QStringLiteral(u"Agenția Națională (fictivă)"),
                                 InstitutionKind::CentralAgency) == 0)
            return {};
        const QString folder = m_db->filePath(QStringLiteral("out"));
        return QDir().mkpath(folder) ? folder : QString();
    }

    Figure figure(const QString &code) const
    {
        const Result<QList<Figure>> figures =
            AnnualFigures::compute(m_db->connection(), m_institution, year);
        if (!figures)
            qFatal("compute: %s", qPrintable(figures.error()));
        return figures->at(FormIndicators::indexOf(code));
    }

    void prepare() override { fixture(); }

private Q_SLOTS:
    void fileNameIsSafeAndNamesTheYearAndInstitution_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("diacritics written without")
            << QStringLiteral(u"Ministerul Educației și Cercetării")
            << QStringLiteral("Raport-2025-Ministerul-Educatiei-si-Cercetarii.xlsx");
        QTest::newRow("cedilla letters of old files")
            << QStringLiteral(u"Primăria Municipiului Iaşi")
            << QStringLiteral("Raport-2025-Primaria-Municipiului-Iasi.xlsx");
        QTest::newRow("no path separators or punctuation")
            << QStringLiteral(u"Consiliul Județean Cluj / Direcția \"Relații\" : *?")
            << QStringLiteral("Raport-2025-Consiliul-Judetean-Cluj-Directia-Relatii.xlsx");
        QTest::newRow("dots and parentheses") << QStringLiteral(u"A.N.A.F. (fictiv)..")
                                              << QStringLiteral("Raport-2025-A-N-A-F-fictiv.xlsx");
        QTest::newRow("nothing usable left: the id")
            << QStringLiteral(u"„…”") << QStringLiteral("Raport-2025-institutia-7.xlsx");
    }
    void fileNameIsSafeAndNamesTheYearAndInstitution()
    {
        QFETCH(QString, name);
        QFETCH(QString, fileName);
        Institution i;
        i.id = 7;
        i.name = name;
        QCOMPARE(ReportFormWriter::fileName(i, year), fileName);
    }

    void longNamesAreCutAtAWord()
    {
        Institution i;
        i.name = QStringLiteral(
            u"Autoritatea Națională pentru Protecția Drepturilor Copilului și Adopție din cadrul "
            u"Ministerului Muncii și Solidarității Sociale");
        const QString part = ReportFormWriter::safeFileNamePart(i.name);
        QVERIFY2(part.size() <= 80 && part.size() > 40, qPrintable(part));
        // A whole number of words of the name: what follows in the full name is a word break.
        const QString full = QStringLiteral(
            "Autoritatea-Nationala-pentru-Protectia-Drepturilor-Copilului-si-Adoptie-din-"
            "cadrul-Ministerului-Muncii-si-Solidaritatii-Sociale");
        QVERIFY2(full.startsWith(part) && full.at(part.size()) == QLatin1Char('-'),
                 qPrintable(part));
        QCOMPARE(ReportFormWriter::fileName(i, year),
                 QStringLiteral("Raport-2025-%1.xlsx").arg(part));
    }

    void twoInstitutionsWithTheSameFileNameGetTwoFiles()
    {
        QSet<QString> used;
        QCOMPARE(ReportFormWriter::uniqueFileName(QStringLiteral("Raport-2025-X.xlsx"), used),
                 QStringLiteral("Raport-2025-X.xlsx"));
        // A file system that ignores case sees the same file: the second name differs.
        QCOMPARE(ReportFormWriter::uniqueFileName(QStringLiteral("raport-2025-x.xlsx"), used),
                 QStringLiteral("raport-2025-x-2.xlsx"));
        QCOMPARE(ReportFormWriter::uniqueFileName(QStringLiteral("Raport-2025-X.xlsx"), used),
                 QStringLiteral("Raport-2025-X-3.xlsx"));
    }

    void headerBlockNamesInstitutionKindYearLiaisonDeadlineAndModel()
    {
        const auto [path, o, cells, rows] = readForm();
        QVERIFY(!path.isEmpty());
        QCOMPARE(QFileInfo(path).fileName(),
                 QStringLiteral("Raport-2025-Ministerul-Educatiei-si-Cercetarii-fictiv.xlsx"));
        QVERIFY(test::readFile(path).startsWith("PK\x03\x04"));
        if (o.isEmpty())
            QSKIP("python3 with openpyxl is not installed");
        const auto value = [&](const char *cell) {
            return cells.value(QLatin1String(cell)).toObject().value(QStringLiteral("v"));
        };
        QCOMPARE(value("A1").toString(),
                 QStringLiteral(u"Numele autorității sau instituției publice:"));
        QCOMPARE(value("B1").toString(),
                 QStringLiteral(u"Ministerul Educației și Cercetării (fictiv)"));
        QCOMPARE(value("A2").toString(), QStringLiteral(u"Tipul autorității:"));
        QCOMPARE(value("B2").toString(), QStringLiteral(u"minister"));
        QCOMPARE(value("A3").toString(), QStringLiteral("Anul:"));
        QCOMPARE(value("B3").toInt(), year);
        QCOMPARE(value("B4").toString(), QStringLiteral(u"Ioana Ștefănescu"));
        QCOMPARE(value("B5").toString(), QStringLiteral("ioana.stefanescu@minedu.invalid"));
        QCOMPARE(value("A6").toString(), QStringLiteral(u"Termen de transmitere:"));
        QCOMPARE(value("B6").toString(),
                 QStringLiteral("2026-05-15")); // 15 May of the following year, a date
        QCOMPARE(value("B7").toString(),
                 QStringLiteral(u"Anexa nr. 20 – Raport anual privind transparența decizională"));
        QCOMPARE(value("D1").toString(), QStringLiteral("Model: anexa-20"));
        QVERIFY(o.value(QStringLiteral("hiddenD")).toBool());
        QCOMPARE(value("A10").toString(), QStringLiteral("Cod"));
        QCOMPARE(value("C10").toString(), QStringLiteral("Valoare"));
        QVERIFY(
            cells.value(QStringLiteral("A1")).toObject().value(QStringLiteral("bold")).toBool());
    }

    void oneRowPerItemInTheModelsOrderWithBoldSections()
    {
        const auto [path, o, cells, rows] = readForm();
        if (o.isEmpty())
            QSKIP("python3 with openpyxl is not installed");
        const ReportModel model = ReportModelRepository(m_db->connection()).forYear(year);
        QCOMPARE(model.id, QStringLiteral("anexa-20"));
        int row = ReportFormWriter::headerRow + 1;
        for (const ReportModelItem &item : model.items) {
            const QJsonObject a = cells.value(QStringLiteral("A%1").arg(row)).toObject();
            const QJsonObject b = cells.value(QStringLiteral("B%1").arg(row)).toObject();
            QCOMPARE(a.value(QStringLiteral("v")).toString(), item.code);
            QVERIFY2(b.value(QStringLiteral("v")).toString().endsWith(item.label),
                     qPrintable(item.code));
            QVERIFY2(b.value(QStringLiteral("v")).toString().startsWith(item.numbering),
                     qPrintable(item.code));
            QCOMPARE(b.value(QStringLiteral("bold")).toBool(), !item.isFigure());
            ++row;
        }
        QVERIFY(!cells.contains(QStringLiteral("A%1").arg(row))); // nothing after the last item
        QCOMPARE(cells.value(QStringLiteral("B%1").arg(ReportFormWriter::headerRow + 2))
                     .toObject()
                     .value(QStringLiteral("v"))
                     .toString(),
                 QStringLiteral(u"1. Numărul proiectelor de acte normative adoptate"));
        QCOMPARE(cells.value(QStringLiteral("B%1").arg(rows.value(QStringLiteral("A9_1"))))
                     .toObject()
                     .value(QStringLiteral("v"))
                     .toString(),
                 QStringLiteral(u"9.1 a) la inițiativa unor asociații legal constituite"));
    }

    void valueCellsAreUnlockedAndTheRestProtected()
    {
        const auto [path, o, cells, rows] = readForm();
        QVERIFY(!path.isEmpty());
        const QByteArray sheet = test::zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        if (!sheet.isEmpty()) {
            QVERIFY(sheet.contains("<sheetProtection sheet=\"1\""));
            QVERIFY(!sheet.contains("password")); // protection guides, it hides nothing
        }
        if (o.isEmpty())
            QSKIP("python3 with openpyxl is not installed");
        QVERIFY(o.value(QStringLiteral("protected")).toBool());
        QVERIFY(o.value(QStringLiteral("instructionsProtected")).toBool());
        const ReportModel model = ReportModelRepository(m_db->connection()).forYear(year);
        int row = ReportFormWriter::headerRow + 1;
        for (const ReportModelItem &item : model.items) {
            const bool input = item.kind == ReportModelItem::Kind::Number ||
                               item.kind == ReportModelItem::Kind::Text ||
                               item.kind == ReportModelItem::Kind::Choice;
            const QJsonObject c = cells.value(QStringLiteral("C%1").arg(row)).toObject();
            QVERIFY2(!input || !c.isEmpty(), qPrintable(item.code));
            QCOMPARE(c.value(QStringLiteral("locked")).toBool(true),
                     !input); // a cell not listed is locked
            for (const char *column : {"A", "B"})
                QVERIFY(cells.value(QStringLiteral("%1%2").arg(QLatin1String(column)).arg(row))
                            .toObject()
                            .value(QStringLiteral("locked"))
                            .toBool());
            ++row;
        }
        // Nothing else on the sheet is unlocked: only the value cells take input.
        int unlocked = 0;
        for (auto it = cells.begin(); it != cells.end(); ++it)
            unlocked += it.value().toObject().value(QStringLiteral("locked")).toBool() ? 0 : 1;
        int inputs = 0;
        for (const ReportModelItem &item : model.items)
            inputs += item.isFigure() && item.kind != ReportModelItem::Kind::Percent ? 1 : 0;
        QCOMPARE(unlocked, inputs);
    }

    void dataValidationWholeNumbersAndTheChoiceList()
    {
        const auto [path, o, cells, rows] = readForm();
        if (o.isEmpty())
            QSKIP("python3 with openpyxl is not installed");
        QHash<QString, QJsonObject> byCell;
        for (const QJsonValue &v : o.value(QStringLiteral("validations")).toArray()) {
            for (const QString &cell :
                 v.toObject().value(QStringLiteral("sqref")).toString().split(QLatin1Char(' ')))
                byCell.insert(cell, v.toObject());
        }
        const ReportModel model = ReportModelRepository(m_db->connection()).forYear(year);
        for (const ReportModelItem &item : model.figures()) {
            const QString cell = QStringLiteral("C%1").arg(rows.value(item.code));
            const QJsonObject rule = byCell.value(cell);
            switch (item.kind) {
            case ReportModelItem::Kind::Number:
                QCOMPARE(rule.value(QStringLiteral("type")).toString(), QStringLiteral("whole"));
                QCOMPARE(rule.value(QStringLiteral("operator")).toString(),
                         QStringLiteral("greaterThanOrEqual"));
                QCOMPARE(rule.value(QStringLiteral("formula1")).toString(), QStringLiteral("0"));
                break;
            case ReportModelItem::Kind::Choice:
                QCOMPARE(rule.value(QStringLiteral("type")).toString(), QStringLiteral("list"));
                QCOMPARE(rule.value(QStringLiteral("formula1")).toString(),
                         QStringLiteral(u"\"foarte bună,bună,satisfăcătoare,nesatisfăcătoare\""));
                break;
            default:
                QVERIFY2(rule.isEmpty(), qPrintable(item.code)); // texts and the computed share
            }
        }
    }

    void percentageIsAFormulaWithItsResult()
    {
        const auto [path, o, cells, rows] = readForm();
        if (o.isEmpty())
            QSKIP("python3 with openpyxl is not installed");
        const int share = rows.value(QStringLiteral("A7_2"));
        const QString formula = QStringLiteral("=IF(C%1>0,C%2/C%1*100,\"\")")
                                    .arg(rows.value(QStringLiteral("A7")))
                                    .arg(rows.value(QStringLiteral("A7_1")));
        QCOMPARE(cells.value(QStringLiteral("C%1").arg(share))
                     .toObject()
                     .value(QStringLiteral("v"))
                     .toString(),
                 formula);
        // The stored result, for readers that do not compute: 1 of 2 recommendations online.
        const QByteArray sheet = test::zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        if (sheet.isEmpty())
            QSKIP("unzip is not installed");
        const QRegularExpression stored(
            QStringLiteral(
                "<c r=\"C%1\" s=\"\\d+\"><f>IF\\(C%2&gt;0,C%3/C%2\\*100,\"\"\\)</f><v>50</v></c>")
                .arg(share)
                .arg(rows.value(QStringLiteral("A7")))
                .arg(rows.value(QStringLiteral("A7_1"))));
        QVERIFY2(stored.match(QString::fromUtf8(sheet)).hasMatch(),
                 sheet.mid(sheet.indexOf(QStringLiteral("r=\"C%1\"").arg(share).toUtf8()), 120)
                     .constData());
    }

    void recordsPreFillTheirFiguresWithAComment()
    {
        const auto [path, o, cells, rows] = readForm();
        if (o.isEmpty())
            QSKIP("python3 with openpyxl is not installed");
        // Counted by hand from the fixture.
        const QList<std::pair<const char *, int>> expected = {
            {"A1", 1}, {"A2", 1},   {"A2_1", 1}, {"A2_2", 1}, {"A2_3", 0},
            {"A3", 3}, {"A3_1", 2}, {"A3_2", 1}, {"A4", 1},   {"A5", 0},
            {"A6", 1}, {"A7", 2},   {"A7_1", 1}, {"A8", 1},   {"A8_1", 1}};
        for (const auto &[code, value] : expected) {
            const QJsonObject c =
                cells.value(QStringLiteral("C%1").arg(rows.value(QLatin1String(code)))).toObject();
            QCOMPARE(c.value(QStringLiteral("v")).toInt(-1), value);
            QCOMPARE(c.value(QStringLiteral("comment")).toString(),
                     QStringLiteral(u"din evidențele oficiului"));
        }
        // Every figure: pre-filled and commented exactly where the records provide it.
        const ReportModel model = ReportModelRepository(m_db->connection()).forYear(year);
        for (const ReportModelItem &item : model.figures()) {
            if (item.kind != ReportModelItem::Kind::Number)
                continue;
            const Figure f = figure(item.code);
            const QJsonObject c =
                cells.value(QStringLiteral("C%1").arg(rows.value(item.code))).toObject();
            if (f.recordsProvided) {
                QCOMPARE(c.value(QStringLiteral("v")).toInteger(), f.recordsValue.toLongLong());
                QVERIFY(!c.value(QStringLiteral("comment")).isNull());
            } else {
                QVERIFY2(c.value(QStringLiteral("v")).isNull(), qPrintable(item.code));
                QVERIFY2(c.value(QStringLiteral("comment")).isNull(), qPrintable(item.code));
            }
        }
        QVERIFY(!figure(QStringLiteral("A3_3")).recordsProvided); // only a report gives it: blank
        QVERIFY(!figure(QStringLiteral("B1")).recordsProvided);   // no meetings recorded: blank
    }

    void instructionsSheetWithTheLawsTerms()
    {
        const QJsonObject o = readForm().dump;
        if (o.isEmpty())
            QSKIP("python3 with openpyxl is not installed");
        QCOMPARE(o.value(QStringLiteral("sheets")).toArray(),
                 (QJsonArray{QStringLiteral("Raport"), QStringLiteral(u"Instrucțiuni")}));
        QStringList texts;
        for (const QJsonValue &v : o.value(QStringLiteral("instructions")).toArray())
            texts << v.toString();
        const QString all = texts.join(QLatin1Char('\n'));
        for (const QString &term :
             {QStringLiteral("act normativ"), QStringLiteral("proiect de act normativ"),
              QStringLiteral("recomandare"), QStringLiteral(u"ședință publică"),
              QStringLiteral("dezbatere publică"), QStringLiteral(u"asociație legal constituită"),
              QStringLiteral(u"minută")})
            QVERIFY2(texts.contains(term), qPrintable(term));
        QVERIFY(all.contains(QStringLiteral("art. 3 din Legea nr. 52/2003")));
        QVERIFY(all.contains(QStringLiteral("15.05.2026")));                         // the deadline
        QVERIFY(all.contains(QStringLiteral(u"punctul 7.2 se calculează automat"))); // the share
        QVERIFY(
            all.contains(QStringLiteral(u"foarte bună, bună, satisfăcătoare, nesatisfăcătoare")));
    }

    void anEarlierYearGetsTheOlderModel()
    {
        const auto [path, o, cells, rows] = readForm(2020);
        QVERIFY(!path.isEmpty());
        QVERIFY(path.endsWith(
            QLatin1String("Raport-2020-Ministerul-Educatiei-si-Cercetarii-fictiv.xlsx")));
        if (o.isEmpty())
            QSKIP("python3 with openpyxl is not installed");
        QCOMPARE(cells.value(QStringLiteral("D1")).toObject().value(QStringLiteral("v")).toString(),
                 QStringLiteral("Model: raport-anual-coduri"));
        QCOMPARE(cells.value(QStringLiteral("B6")).toObject().value(QStringLiteral("v")).toString(),
                 QStringLiteral("2021-05-15"));
        // The older model prints its codes: A10 stands as A_10.
        QVERIFY(cells.value(QStringLiteral("B%1").arg(rows.value(QStringLiteral("A10"))))
                    .toObject()
                    .value(QStringLiteral("v"))
                    .toString()
                    .startsWith(QStringLiteral(u"A_10 – ")));
        QVERIFY(!rows.contains(QStringLiteral("A7_2")));
    }

    void aFailedWriteLeavesTheEarlierFileAndNoTemporaryFile()
    {
        const QString path = writeForm();
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::readFile(path);
        // A label longer than a cell holds (32,767 characters): libxlsxwriter refuses it midway.
        Result<ReportForm> form = ReportFormWriter::gather(m_db->connection(), m_institution, year);
        QVERIFY(form);
        form->model.items[1].label = QString(40000, QLatin1Char('x'));
        const Status s = ReportFormWriter::write(form.value(), path);
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(path + QLatin1Char(':')), qPrintable(s.error()));
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(
            QDir(m_db->dir()).entryList({QStringLiteral("*.xlsx*")}, QDir::Files | QDir::Hidden),
            QStringList{QFileInfo(path).fileName()});
    }

    void anUnwritableFolderLeavesTheEarlierFile()
    {
        const QString folder = m_db->filePath(QStringLiteral("forms"));
        QVERIFY(QDir().mkpath(folder));
        const Result<ReportForm> form =
            ReportFormWriter::gather(m_db->connection(), m_institution, year);
        QVERIFY(form);
        const QString path = QDir(folder).filePath(QStringLiteral("form.xlsx"));
        QVERIFY(ReportFormWriter::write(form.value(), path));
        const QByteArray before = test::readFile(path);
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        });
        if (QFileInfo(folder).isWritable())
            QSKIP("running as root: a read-only folder is still writable");
        const Status s = ReportFormWriter::write(form.value(), path);
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(path + QLatin1Char(':')), qPrintable(s.error()));
        QCOMPARE(test::readFile(path), before);
    }

    void aMissingFolderOrAFolderInTheWayFails_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("missing folder") << QStringLiteral("no/such/folder/form.xlsx");
        QTest::newRow("a folder with the file's name") << QStringLiteral("folder.xlsx");
    }
    void aMissingFolderOrAFolderInTheWayFails()
    {
        QFETCH(QString, name);
        const QString path = m_db->filePath(name);
        if (name.startsWith(QLatin1String("folder")))
            QVERIFY(QDir().mkpath(path));
        const Result<ReportForm> form =
            ReportFormWriter::gather(m_db->connection(), m_institution, year);
        QVERIFY(form);
        const Status s = ReportFormWriter::write(form.value(), path);
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(path + QLatin1Char(':')), qPrintable(s.error()));
    }

    void writeFormsWritesOneFilePerInstitutionOrTheOneAskedFor()
    {
        const QString folder = secondInstitutionAndFolder();
        QVERIFY(!folder.isEmpty());

        QList<int> done;
        const Result<QList<WrittenForm>> all = ReportFormWriter::writeForms(
            m_db->connection(), year, folder, 0, [&](const WrittenForm &w, int n, int total) {
                done << n;
                return QFile::exists(w.path) && total == 2;
            });
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(done, (QList<int>{1, 2}));
        QCOMPARE(all->size(), 2);
        // In Romanian alphabetical order: Agenția before Ministerul.
        QCOMPARE(QFileInfo(all->at(0).path).fileName(),
                 QStringLiteral("Raport-2025-Agentia-Nationala-fictiva.xlsx"));
        QCOMPARE(QFileInfo(all->at(1).path).fileName(),
                 QStringLiteral("Raport-2025-Ministerul-Educatiei-si-Cercetarii-fictiv.xlsx"));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);

        const Result<QList<WrittenForm>> one =
            ReportFormWriter::writeForms(m_db->connection(), 2024, folder, m_institution);
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().institutionId, m_institution);
        QVERIFY(one->first().path.endsWith(
            QLatin1String("Raport-2024-Ministerul-Educatiei-si-Cercetarii-fictiv.xlsx")));

        const Result<QList<WrittenForm>> missing = ReportFormWriter::writeForms(
            m_db->connection(), year, m_db->filePath(QStringLiteral("nowhere")));
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QLatin1String("nowhere")), qPrintable(missing.error()));
    }

    void stoppingAfterTheFirstFormWritesNoMore()
    {
        const QString folder = secondInstitutionAndFolder();
        QVERIFY(!folder.isEmpty());
        const Result<QList<WrittenForm>> written =
            ReportFormWriter::writeForms(m_db->connection(), year, folder, 0,
                                         [](const WrittenForm &, int, int) { return false; });
        QVERIFY(written);
        QCOMPARE(written->size(), 1);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportFormWriter)
#include "tst_reportformwriter.moc"
