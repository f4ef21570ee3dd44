#include "DocumentSet.h"
#include "GoldenFiles.h"
#include "TestDatabase.h"
#include "core/Language.h"
#include "demo/DemoDataset.h"
#include "documents/DocumentLayout.h"
#include "documents/PdfExport.h"
#include "documents/ProgramSynthesis.h"
#include "programs/ProgramRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace dc::reports;

// The one layout of every document: read back from the PDF with poppler's tools, a long table
// repeats its header row on every page and never cuts a row, Romanian diacritics survive, the
// fonts are embedded, every page says "N / M".
class TestDocumentLayout final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool hasTool(const char *name)
    {
        return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
    }

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static QString pageText(const QString &pdf, int page)
    {
        return run(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                    QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    }

    static PageDecoration decoration()
    {
        return PageDecoration{QStringLiteral("Secretariatul General al Guvernului"),
                              QStringLiteral("Serviciul pentru Cooperarea cu Mediul Asociativ"),
                              QLocale(QLocale::Romanian, QLocale::Romania),
                              QStringLiteral("Ion Exemplescu (fictiv)"),
                              QStringLiteral("Șef serviciu")};
    }

    // A document with a 240-row table whose middle cells wrap over two or three lines, so that
    // rows of different heights meet the bottom of the pages.
    static ReportDocument longDocument(int rows = 240)
    {
        ReportDocument doc;
        doc.title = QStringLiteral("Evidența organizațiilor: ș ț ă î â Ș Ț");
        doc.subtitle = QStringLiteral("Județul Iași, 2026");
        doc.generatedOn = QDate(2026, 11, 25);
        doc.language = QStringLiteral("ro");
        doc.add(Block::heading(QStringLiteral("1. Situația pe județe")));
        doc.add(Block::paragraph(QStringLiteral(
            "Asociațiile și fundațiile înscrise în registru, cu activitate de voluntariat în "
            "comunitățile locale; paragraful este destul de lung ca să se rupă pe mai multe "
            "rânduri în lățimea paginii A4, cu diacriticele șțăîâ ȘȚĂÎÂ păstrate.")));
        TableSpec table;
        table.header = QStringList{QStringLiteral("Nr."), QStringLiteral("Denumire organizație"),
                                   QStringLiteral("Județ"), QStringLiteral("Voluntari")};
        table.stretch = {1, 8, 3, 2};
        table.numericColumns = {0, 3};
        table.totalRow = true;
        for (int r = 1; r < rows; ++r) {
            const QString n = QStringLiteral("%1").arg(r, 3, 10, QLatin1Char('0'));
            QString name =
                QStringLiteral("start%1 Asociația Tinerilor din Țara Făgărașului").arg(n);
            if (r % 3 == 1)
                name += QStringLiteral(" pentru Educație, Sănătate și Protecția Mediului "
                                       "înconjurător în zona montană");
            if (r % 7 == 0)
                name += QStringLiteral(" și pentru dezvoltarea comunităților rurale din "
                                       "Transilvania de sud, județul Brașov");
            name += QStringLiteral(" end%1").arg(n);
            table.rows.append(
                {QString::number(r), name, QStringLiteral("Brașov"), QString::number(r * 3)});
        }
        table.rows.append({QString(), QStringLiteral("Total"), QString(), QStringLiteral("99999")});
        doc.add(Block::tableBlock(table));
        doc.add(Block::paragraph(QStringLiteral("Încheiere: ș ț ă î â Ș Ț.")));
        return doc;
    }

private Q_SLOTS:
    void longTableRepeatsItsHeaderAndNeverCutsARow()
    {
        if (!hasTool("pdftotext"))
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        const Result<int> pages = PdfExport::write(longDocument(), pdf, decoration());
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QVERIFY2(pages.value() >= 4, qPrintable(QString::number(pages.value())));
        QSet<QString> seen;
        for (int page = 1; page <= pages.value(); ++page) {
            const QString text = pageText(pdf, page);
            QVERIFY2(!text.isEmpty(), qPrintable(QString::number(page)));
            // Header and footer on every page.
            QVERIFY(text.contains(QStringLiteral("SECRETARIATUL GENERAL AL GUVERNULUI")));
            QVERIFY(
                text.contains(QStringLiteral("Serviciul pentru Cooperarea cu Mediul Asociativ")));
            // pdftotext may drop the thin spaces around the slash.
            QVERIFY2(text.contains(QRegularExpression(
                         QStringLiteral("\\b%1 ?/ ?%2\\b").arg(page).arg(pages.value()))),
                     qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("25 noiembrie 2026")));
            // The table's header row on each page the table runs over.
            const bool hasRows = text.contains(QLatin1String("start"));
            if (hasRows)
                QVERIFY2(text.contains(QStringLiteral("Denumire organizație")),
                         qPrintable(QStringLiteral("page %1").arg(page)));
            // Every row that begins on this page ends on it.
            static const QRegularExpression start(QStringLiteral("start(\\d{3})"));
            for (auto it = start.globalMatch(text); it.hasNext();) {
                const QString n = it.next().captured(1);
                QVERIFY2(text.contains(QStringLiteral("end") + n),
                         qPrintable(QStringLiteral("row %1 cut on page %2").arg(n).arg(page)));
                seen.insert(n);
            }
            static const QRegularExpression end(QStringLiteral("end(\\d{3})"));
            for (auto it = end.globalMatch(text); it.hasNext();) {
                const QString n = it.next().captured(1);
                QVERIFY2(text.contains(QStringLiteral("start") + n),
                         qPrintable(QStringLiteral("row %1 cut on page %2").arg(n).arg(page)));
            }
        }
        QCOMPARE(seen.size(), 239);
        // The title only on the first page; the total at the end.
        QVERIFY(pageText(pdf, 1).contains(QStringLiteral("Evidența organizațiilor")));
        QVERIFY(pageText(pdf, pages.value()).contains(QLatin1String("99999")));
    }

    void diacriticsSurviveAndFontsAreEmbedded()
    {
        if (!hasTool("pdftotext") || !hasTool("pdffonts"))
            QSKIP("pdftotext/pdffonts (poppler-utils) are not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("short.pdf"));
        QVERIFY(PdfExport::write(longDocument(5), pdf, decoration()).ok());
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("ș ț ă î â Ș Ț")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Încheiere")));
        QVERIFY(text.contains(QStringLiteral("Țara Făgărașului")));
        const QStringList fonts =
            run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(fonts.size() >= 3); // two header lines, then one line per font
        for (const QString &line : fonts.mid(2)) {
            QVERIFY2(line.contains(QLatin1String("DejaVuSans")), qPrintable(line));
            // Columns: name type encoding emb sub uni object ID
            static const QRegularExpression embedded(
                QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
            const QRegularExpressionMatch m = embedded.match(line);
            QVERIFY2(m.hasMatch() && m.captured(1) == QLatin1String("yes"), qPrintable(line));
        }
    }

    void pdfCarriesTitleAndCreator()
    {
        if (!hasTool("pdfinfo"))
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("meta.pdf"));
        QVERIFY(PdfExport::write(longDocument(5), pdf, decoration()).ok());
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("Evidența organizațiilor")), qPrintable(info));
        QVERIFY(info.contains(QLatin1String("Dialog Civic")));
        QVERIFY(info.contains(QLatin1String("A4")));
        const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QVERIFY2(meta.contains(QStringLiteral("Secretariatul General al Guvernului, Serviciul "
                                              "pentru Cooperarea cu Mediul Asociativ")),
                 qPrintable(meta));
        // Issue 15: the Author of the information dictionary too (what pdfinfo and the readers'
        // properties show), and a file still read without a syntax error.
        QVERIFY2(info.contains(QRegularExpression(
                     QStringLiteral("Author:\\s+Secretariatul General al Guvernului, Serviciul "
                                    "pentru Cooperarea cu Mediul Asociativ"))),
                 qPrintable(info));
        QProcess check;
        check.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(check.waitForFinished(30000));
        QCOMPARE(check.exitCode(), 0);
        QVERIFY2(check.readAllStandardError().isEmpty(), "pdftotext reports an error in the file");
        QVERIFY(QString::fromUtf8(check.readAllStandardOutput())
                    .contains(QStringLiteral("Evidența organizațiilor")));
    }

    void aTitleIsNeverBrokenAtAHyphen()
    {
        // Issue 15: the Romanian funding synthesis' title broke as "ONG-" / "urilor".
        for (int words = 0; words <= 30; ++words) {
            ReportDocument doc = longDocument(2);
            doc.title = QStringLiteral("Sinteza%1 finanțării publice a ONG-urilor din România")
                            .arg(QStringLiteral(" ab").repeated(words));
            DocumentLayout layout(doc, decoration());
            layout.layout(DocumentLayout::defaultPageLayout().paintRect(QPageLayout::Point).size());
            bool whole = false;
            for (const DocumentLayout::PlacedItem &item : layout.pageContent(0)) {
                QVERIFY2(!item.text.endsWith(QLatin1String("ONG-")),
                         qPrintable(QStringLiteral("%1 words: '%2'").arg(words).arg(item.text)));
                whole = whole || item.text.contains(QLatin1String("ONG-urilor"));
            }
            QVERIFY2(whole, qPrintable(QString::number(words)));
        }
    }

    void theSignatureIsNeverAloneOnAPage()
    {
        // Issue 15: in English and Serbian the funding synthesis' signature block sat alone on
        // page 3. Whatever the length of the table before it, the signature's page holds the end
        // of the document's text too.
        for (int rows = 1; rows <= 80; ++rows) {
            ReportDocument doc = longDocument(rows);
            doc.official = true;
            DocumentLayout layout(doc, decoration());
            layout.layout(DocumentLayout::defaultPageLayout().paintRect(QPageLayout::Point).size());
            const QStringList signature{QStringLiteral("Șef serviciu"),
                                        QStringLiteral("Ion Exemplescu (fictiv)"),
                                        QStringLiteral("Signature"), QString()};
            int others = 0;
            for (const DocumentLayout::PlacedItem &item :
                 layout.pageContent(layout.pageCount() - 1))
                others += signature.contains(item.text) ? 0 : 1;
            QVERIFY2(others > 0,
                     qPrintable(QStringLiteral("with %1 rows the signature is alone on page %2")
                                    .arg(rows)
                                    .arg(layout.pageCount())));
        }
    }

    void anOfficialDocumentHasARegistrationLineAndASignature()
    {
        // Issue 15: "Nr. … / data" for the registry to fill in, and the signatory from the
        // preferences (PageDecoration), on official documents only.
        ReportDocument doc = longDocument(5);
        doc.official = true;
        DocumentLayout layout(doc, decoration());
        layout.layout(DocumentLayout::defaultPageLayout().paintRect(QPageLayout::Point).size());
        QStringList first;
        for (const DocumentLayout::PlacedItem &item : layout.pageContent(0))
            first << item.text;
        QVERIFY2(first.first().startsWith(QLatin1String("No. ")),
                 qPrintable(first.join(QLatin1Char('|'))));
        QStringList last;
        for (const DocumentLayout::PlacedItem &item : layout.pageContent(layout.pageCount() - 1))
            last << item.text;
        const qsizetype role = last.indexOf(QStringLiteral("Șef serviciu"));
        QVERIFY2(role >= 0, qPrintable(last.join(QLatin1Char('|'))));
        QCOMPARE(last.value(role + 1), QStringLiteral("Ion Exemplescu (fictiv)"));
        QCOMPARE(last.last(), QStringLiteral("Signature"));

        DocumentLayout plain(longDocument(5), decoration());
        plain.layout(DocumentLayout::defaultPageLayout().paintRect(QPageLayout::Point).size());
        for (int page = 0; page < plain.pageCount(); ++page) {
            for (const DocumentLayout::PlacedItem &item : plain.pageContent(page)) {
                QVERIFY(!item.text.startsWith(QLatin1String("No. ")));
                QVERIFY(item.text != QStringLiteral("Ion Exemplescu (fictiv)"));
            }
        }
    }

    void unwritablePathIsAFailureNamingTheFile()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
        const Result<int> pages = PdfExport::write(longDocument(5), pdf, decoration());
        QVERIFY(!pages.ok());
        QVERIFY2(pages.error().contains(pdf), qPrintable(pages.error()));
        QVERIFY(!QFile::exists(pdf));
    }

    void printerGetsTheSameLayout()
    {
        // The printer and the preview go through the same layout as the PDF: same pages.
        const QString pdf = m_dir.filePath(QStringLiteral("same.pdf"));
        const Result<int> pages = PdfExport::write(longDocument(), pdf, decoration());
        QVERIFY(pages.ok());
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(QStringLiteral("printer.pdf")));
        printer.setPageLayout(DocumentLayout::defaultPageLayout());
        DocumentLayout layout(longDocument(), decoration());
        QVERIFY(layout.print(printer).ok());
        QCOMPARE(layout.pageCount(), pages.value());
    }

    void thousandsOfRowsAreFast()
    {
        // Not a benchmark: a guard against a layout that measures text the slow way.
        QElapsedTimer timer;
        timer.start();
        const QString pdf = m_dir.filePath(QStringLiteral("big.pdf"));
        const Result<int> pages = PdfExport::write(longDocument(5000), pdf, decoration());
        QVERIFY(pages.ok());
        QVERIFY(pages.value() > 80);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    // Issue 15: "4. Calendar of the activities" ended a page in English, its table starting on
    // the next. Read from the layout's own boxes: the last thing on a page is never a heading.
    static QString headingEndingAPage(const DocumentLayout &layout)
    {
        for (int page = 0; page + 1 < layout.pageCount(); ++page) {
            const QList<DocumentLayout::PlacedItem> items = layout.pageContent(page);
            const DocumentLayout::PlacedItem *lowest = nullptr;
            for (const DocumentLayout::PlacedItem &item : items) {
                if (!lowest || item.rect.bottom() >= lowest->rect.bottom())
                    lowest = &item;
            }
            if (lowest && lowest->kind == DocumentLayout::PlacedItem::Heading) {
                QStringList next;
                for (const DocumentLayout::PlacedItem &item :
                     layout.pageContent(page + 1).mid(0, 4))
                    next << QStringLiteral("%1@%2").arg(item.text).arg(item.rect.top());
                return QStringLiteral("page %1: %2 at %3; next page: %4")
                    .arg(page + 1)
                    .arg(lowest->text)
                    .arg(lowest->rect.bottom())
                    .arg(next.join(QStringLiteral(", ")));
            }
        }
        return QString();
    }

    void noHeadingEndsAPage_data()
    {
        QTest::addColumn<int>("filler");
        // Push the heading to every height of the foot of a page, line by line.
        for (int lines = 30; lines <= 75; ++lines)
            QTest::newRow(qPrintable(QStringLiteral("%1 lines before").arg(lines))) << lines;
    }

    void noHeadingEndsAPage()
    {
        QFETCH(int, filler);
        ReportDocument doc;
        doc.title = QStringLiteral(
            "Sinteza Programului Promotorii Voluntariatului în România, Ediția a II-a, 2021");
        QStringList lines;
        for (int i = 0; i < filler; ++i)
            lines << QStringLiteral("Rândul %1").arg(i + 1);
        doc.add(Block::paragraph(lines.join(QLatin1Char('\n'))));
        doc.add(Block::heading(QStringLiteral("4. Calendar of the activities")));
        doc.add(Block::paragraph(QStringLiteral("The edition held 13 regional videoconferences:")));
        TableSpec table;
        table.header = QStringList{QStringLiteral("Activity"), QStringLiteral("Date"),
                                   QStringLiteral("Co-organizing promoters")};
        // A first row of eight lines, as videoconference 1 with its six co-organizers.
        table.rows << QStringList{QStringLiteral("Videoconference no. 1"),
                                  QStringLiteral("28/04/2021"),
                                  QStringLiteral("A\nB\nC\nD\nE\nF\nG\nH")};
        table.rows << QStringList{QStringLiteral("Videoconference no. 2"),
                                  QStringLiteral("12/05/2021"), QStringLiteral("A")};
        doc.add(Block::tableBlock(table));
        doc.add(Block::heading(QStringLiteral("5. Participants")));
        ChartSpec chart;
        chart.categories << QStringLiteral("1");
        chart.series << ChartSpec::Series{QStringLiteral("Participants"), {1.0}};
        doc.add(Block::chartBlock(chart));
        doc.add(Block::heading(QStringLiteral("6. Themes debated")));
        doc.add(Block::paragraph(lines.mid(0, 10).join(QLatin1Char('\n'))));
        DocumentLayout layout(doc, decoration());
        layout.layout(DocumentLayout::defaultPageLayout().paintRect(QPageLayout::Point).size());
        QVERIFY(layout.pageCount() >= 2);
        const QString alone = headingEndingAPage(layout);
        QVERIFY2(alone.isEmpty(), qPrintable(alone));
    }

    void theProgramSynthesisLeavesNoHeadingAlone_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("ro") << QLocale(QLocale::Romanian, QLocale::Romania);
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("sr") << QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia);
    }

    void theProgramSynthesisLeavesNoHeadingAlone()
    {
        // The 2021 synthesis of the demo (seeds 003 and 004), laid out as the PDF is.
        QFETCH(QLocale, locale);
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(DemoDataset::load(db.connection()).ok());
        const ProgramRepository programs(db.connection());
        const Result<Edition> edition =
            programs.editionOfYear(*programs.match(QStringLiteral("Promotorii")), 2021);
        QVERIFY(edition.ok());
        const Result<ReportDocument> doc =
            buildProgramSynthesis(db.database(), edition->id, locale);
        QVERIFY(doc.ok());
        DocumentLayout layout(*doc, decoration());
        layout.layout(DocumentLayout::defaultPageLayout().paintRect(QPageLayout::Point).size());
        QVERIFY(layout.pageCount() >= 3);
        const QString alone = headingEndingAPage(layout);
        QVERIFY2(alone.isEmpty(), qPrintable(alone));
    }

    // What makes two texts overlap on a page, read from the layout's own boxes: a text wider
    // than its box (a date in a narrow column ran into the next one), or two boxes of text or
    // chart that cover each other.
    static QString overlapOnAPage(const DocumentLayout &layout)
    {
        for (int page = 0; page < layout.pageCount(); ++page) {
            QList<DocumentLayout::PlacedItem> items;
            for (const DocumentLayout::PlacedItem &item : layout.pageContent(page)) {
                const bool text = item.kind == DocumentLayout::PlacedItem::Text ||
                                  item.kind == DocumentLayout::PlacedItem::Heading;
                if (text && item.textWidth > item.rect.width() + 0.5)
                    return QStringLiteral("page %1: \"%2\" is %3 wide in a box of %4")
                        .arg(page + 1)
                        .arg(item.text)
                        .arg(item.textWidth)
                        .arg(item.rect.width());
                if (text || item.kind == DocumentLayout::PlacedItem::Chart)
                    items << item;
            }
            for (qsizetype i = 0; i < items.size(); ++i) {
                for (qsizetype j = i + 1; j < items.size(); ++j) {
                    const QRectF common = items.at(i).rect.intersected(items.at(j).rect);
                    if (common.width() > 0.5 && common.height() > 0.5)
                        return QStringLiteral("page %1: \"%2\" and \"%3\" overlap")
                            .arg(page + 1)
                            .arg(items.at(i).text, items.at(j).text);
                }
            }
        }
        return QString();
    }

    void everyDocumentIsFreeOfOverlapsAndLonelyHeadings_data() { dc::test::addLanguageRows(); }

    void everyDocumentIsFreeOfOverlapsAndLonelyHeadings()
    {
        // Issue 15: "Publice" ran into "Nepublice" in the national synthesis' header, a date
        // into the next column. Every document of the README, in its three languages.
        QFETCH(QString, language);
        QFETCH(QLocale, locale);
        QVERIFY(Language::install(language));
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(DemoDataset::load(db.connection()).ok());
        QString error;
        const QList<test::NamedDocument> documents =
            test::everyDocument(db.database(), locale, QDate(2026, 3, 2), &error);
        QVERIFY2(documents.size() >= 9, qPrintable(error));
        PageDecoration pages = decoration();
        pages.locale = locale;
        for (const test::NamedDocument &named : documents) {
            DocumentLayout layout(named.document, pages);
            layout.layout(DocumentLayout::defaultPageLayout().paintRect(QPageLayout::Point).size());
            QVERIFY(layout.pageCount() >= 1);
            const QString overlap = overlapOnAPage(layout);
            QVERIFY2(overlap.isEmpty(), qPrintable(named.name + QStringLiteral(": ") + overlap));
            const QString alone = headingEndingAPage(layout);
            QVERIFY2(alone.isEmpty(), qPrintable(named.name + QStringLiteral(": ") + alone));
        }
        Language::install(QStringLiteral("ro"));
    }

    void anAmountKeepsItsUnitOnItsLine()
    {
        // Issue 15: "580.000,00" on one line and "lei" on the next in the funding synthesis'
        // total row. A numeric column is as wide as its widest amount with its unit.
        ReportDocument doc;
        doc.title = QStringLiteral("Sinteză privind finanțarea publică");
        TableSpec table;
        table.header = {QStringLiteral("Instituție"),
                        QStringLiteral("Finanțări acordate"),
                        QStringLiteral("Buget"),
                        QStringLiteral("Acordat"),
                        QStringLiteral("Pondere în buget"),
                        QStringLiteral("Plătit")};
        table.stretch = {6, 2, 3, 3, 2, 3};
        table.numericColumns = {1, 2, 3, 4, 5};
        table.totalRow = true;
        table.rows << QStringList{
            QStringLiteral("Ministerul Exemplului (fictiv), cu un nume destul de lung"),
            QStringLiteral("3"),
            QStringLiteral("500.000,00 lei"),
            QStringLiteral("350.500,49 lei"),
            QStringLiteral("70,10 %"),
            QStringLiteral("155.500,50 lei")};
        table.rows << QStringList{
            QStringLiteral("Total"),          QStringLiteral("4"),
            QStringLiteral("580.000,00 lei"), QStringLiteral("375.500,74 lei"),
            QStringLiteral("64,74 %"),        QStringLiteral("180.500,75 lei")};
        doc.add(Block::tableBlock(table));
        DocumentLayout layout(doc, decoration());
        layout.layout(DocumentLayout::defaultPageLayout().paintRect(QPageLayout::Point).size());
        QStringList texts;
        for (const DocumentLayout::PlacedItem &item : layout.pageContent(0))
            texts << item.text;
        QVERIFY2(!texts.contains(QStringLiteral("lei")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("580.000,00 lei")));
        QVERIFY(texts.contains(QStringLiteral("64,74 %")));
    }

    void copiedTextHasNoLigatures()
    {
        // Issue 15: searching "fictiv" in the PDF found nothing, the text held "ﬁ" (U+FB01).
        if (!hasTool("pdftotext"))
            QSKIP("pdftotext (poppler-utils) is not installed");
        ReportDocument doc;
        doc.title = QStringLiteral("Beneficiari fictivi");
        doc.add(Block::paragraph(QStringLiteral(
            "Andrei Exemplescu (fictiv), beneficiul, confirmarea, în domeniul fiscal.")));
        const QString pdf = m_dir.filePath(QStringLiteral("ligatures.pdf"));
        QVERIFY(PdfExport::write(doc, pdf, decoration()).ok());
        const QString text = pageText(pdf, 1);
        QVERIFY2(text.contains(QStringLiteral("fictiv")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("beneficiul")));
        QVERIFY(text.contains(QStringLiteral("Beneficiari fictivi")));
        QVERIFY(!text.contains(QChar(0xFB01)));
        QVERIFY(!text.contains(QChar(0xFB02)));
    }

    void theRunningTitleIsNeverCut()
    {
        // Issue 15: the running header was cut on pages 2-4. The whole title fits, in a smaller
        // font when it must; only a title too long for 6 pt is elided.
        const QString title = QStringLiteral(
            "Sinteza Programului Promotorii Voluntariatului în România, Ediția a II-a, 2021");
        QString text;
        const int size = DocumentLayout::fitRunningTitle(title, 2600, &text);
        QCOMPARE(text, title);
        QVERIFY(size <= 80 && size >= 60);
        DocumentLayout::fitRunningTitle(title.repeated(4), 2600, &text);
        QVERIFY(text.endsWith(QChar(0x2026)));
    }
};

QTEST_MAIN(TestDocumentLayout)
#include "tst_documentlayout.moc"
