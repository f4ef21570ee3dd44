#include "DatabaseTest.h"
#include "bodies/BodyCommands.h"
#include "bodies/BodyMeeting.h"
#include "bodies/BodyMember.h"
#include "bodies/ConsultativeBody.h"
#include "core/Language.h"
#include "demo/BodiesFundingDemo.h"
#include "documents/NgoEvidenceReport.h"
#include "documents/SynthesisTexts.h"
#include "documents/TransparencyReports.h"
#include "files/XlsxReader.h"
#include "funding/AwardImporter.h"
#include "funding/FundingAward.h"
#include "funding/FundingCall.h"
#include "funding/FundingCommands.h"
#include "nationalregister/NationalRegisterImporter.h"
#include "nationalregister/RegisterKind.h"
#include "programs/Edition.h"
#include "programs/Event.h"
#include "programs/Indicator.h"
#include "programs/Partnership.h"
#include "programs/Program.h"
#include "registry/ImportColumns.h"
#include "registry/Organization.h"
#include "registry/OrganizationCommands.h"
#include "registry/OrganizationImporter.h"
#include "registry/OrganizationValidation.h"
#include "storage/Sqlite.h"
#include "transparency/AnnualReportCommands.h"
#include "transparency/CourtCase.h"
#include "transparency/DraftAct.h"
#include "transparency/DraftActCommands.h"
#include "transparency/Institution.h"
#include "transparency/PublicMeeting.h"
#include "transparency/Recommendation.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <minizip/zip.h>

#include <functional>
#include <set>
#include <tuple>

using namespace dc;

// lupdate files a tr() call under the class it appears in; at run time the message is looked up
// under the context the called tr() names. Helper classes of the models (and the undo commands,
// which inherit tr() from their base) declare the context of their file, so that both agree. Each
// test goes through the real code and expects the Romanian of the translation file.

namespace {

/// Writes a zip holding only a worksheet at the default path, with @p sheetXml as its text.
bool writeWorkbook(const QString &path, const QByteArray &sheetXml)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = zipOpenNewFileInZip64(zip, "xl/worksheets/sheet1.xml", nullptr, nullptr, 0, nullptr,
                                    0, nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK;
    ok = ok && zipWriteInFileInZip(zip, sheetXml.constData(), unsigned(sheetXml.size())) == ZIP_OK;
    ok = zipCloseFileInZip(zip) == ZIP_OK && ok;
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

QByteArray inlineRow(int number, const QStringList &cells)
{
    QByteArray row = "<row r=\"" + QByteArray::number(number) + "\">";
    for (const QString &cell : cells)
        row += "<c t=\"inlineStr\"><is><t>" + cell.toUtf8() + "</t></is></c>";
    return row + "</row>";
}

QByteArray sheet(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
           rows + "</sheetData></worksheet>";
}

QStringList registerHeader()
{
    return {QStringLiteral("Denumire"),       QStringLiteral("Numar inreg Reg National"),
            QStringLiteral("Starea actuala"), QStringLiteral("Judet"),
            QStringLiteral("Localitate"),     QStringLiteral("Adresa")};
}

/// One message of a translation file: its context, source text, disambiguation and whether it
/// has plural forms.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
};

/// Every message of translations/dialogcivic_@p language.ts.
QList<TsMessage> tsMessages(const QString &language)
{
    QFile file(
        QStringLiteral(DIALOGCIVIC_SOURCE_DIR "/translations/dialogcivic_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source"))
                    m.source = xml.readElementText();
                else if (xml.name() == QLatin1String("comment"))
                    m.comment = xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
            messages << m;
        }
    }
    return messages;
}

} // namespace

class TestTranslationContexts final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    QString path(const QString &name) const { return m_db->filePath(name); }

    Result<QList<RegisterImportSummary>> importRegister(const QString &file)
    {
        RegisterImportOptions options;
        options.kind = RegisterKind::Association;
        return NationalRegisterImporter(m_db->connection()).importFiles({file}, options);
    }

    void prepare() override { QVERIFY(Language::install(QStringLiteral("ro"))); }

private Q_SLOTS:
    void cleanupTestCase() { Language::install(QStringLiteral("ro")); }

    // RowChecker of NationalRegisterImporter.cpp.
    void registerRowsAreRejectedInRomanian()
    {
        const QString file = path(QStringLiteral("register.xlsx"));
        QVERIFY(writeWorkbook(
            file, sheet(inlineRow(1, registerHeader()) +
                        inlineRow(2, {QString(), QStringLiteral("1/A/2020"),
                                      QStringLiteral("activa"), QStringLiteral("Cluj")}))));
        const Result<QList<RegisterImportSummary>> r = importRegister(file);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->constFirst().rejected.size(), 1);
        QCOMPARE(r->constFirst().rejected.constFirst().reason,
                 QStringLiteral(u"Denumire: lipsește denumirea"));
    }

    // ImportRun of NationalRegisterImporter.cpp.
    void registerWithoutAHeaderFailsInRomanian()
    {
        const QString file = path(QStringLiteral("noheader.xlsx"));
        QVERIFY(writeWorkbook(
            file, sheet(inlineRow(1, {QStringLiteral("Alfa"), QStringLiteral("Cluj")}))));
        const Result<QList<RegisterImportSummary>> r = importRegister(file);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral(u"nu există un rând de antet cu coloanele")),
                 qPrintable(r.error()));
    }

    // XlsxReader::Private and ExpatParser of XlsxReader.cpp.
    void damagedWorkbooksAreDescribedInRomanian_data()
    {
        QTest::addColumn<QByteArray>("sheetXml");
        QTest::addColumn<QString>("detail");
        QTest::newRow("document type")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE worksheet><worksheet/>")
            << QStringLiteral(u"(foaia de lucru, rândul 0: o declarație de tip de document, "
                              u"pe care un registru de lucru nu o are niciodată).");
        QTest::newRow("not well-formed")
            << QByteArray("<worksheet><sheetData><row r=\"1\"></sheetData></worksheet>")
            << QStringLiteral(u"(foaia de lucru, rândul 1: linia 1: ");
        QTest::newRow("ends early")
            << QByteArray("<worksheet/>")
            << QStringLiteral(u"(foaia de lucru, rândul 0: foaia se termină prematur).");
    }

    void damagedWorkbooksAreDescribedInRomanian()
    {
        QFETCH(QByteArray, sheetXml);
        QFETCH(QString, detail);
        const QString file = path(QStringLiteral("damaged.xlsx"));
        QVERIFY(writeWorkbook(file, sheetXml));
        XlsxReader reader;
        const Status opened = reader.open(file);
        QVERIFY2(opened, qPrintable(opened.error()));
        int row = 0;
        QStringList cells;
        QVERIFY(!reader.readRow(row, cells));
        const QString error = reader.error();
        QVERIFY2(error.startsWith(
                     file + QStringLiteral(u": registrul de lucru nu poate fi citit; fișierul este "
                                           u"deteriorat sau trunchiat (")),
                 qPrintable(error));
        QVERIFY2(error.contains(detail), qPrintable(error));
    }

    // ImportRun of OrganizationImporter.cpp.
    void organizationRowsAreRejectedInRomanian()
    {
        const QString file = path(QStringLiteral("organizations.csv"));
        QVERIFY(test::writeFile(file, "Denumire;Judet\nAsociatia Trei;Xyz\n"));
        const Result<ImportSummary> r =
            OrganizationImporter(m_db->connection()).importFile(file, {});
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->rejected.size(), 1);
        QCOMPARE(r->rejected.constFirst().reason, QStringLiteral(u"Judet: județ necunoscut „Xyz”"));
    }

    // Run of AwardImporter.cpp.
    void awardRowsAreRejectedInRomanian()
    {
        const QString file = path(QStringLiteral("awards.csv"));
        QVERIFY(test::writeFile(
            file, QStringLiteral(u"Nr. contract;Apel;An;Organizație;Proiect;Suma acordată\n"
                                 u"C-1;Tineret 2025;2025;Asociația Nimeni;Școală;10\n")
                      .toUtf8()));
        const Result<ImportSummary> r = AwardImporter(m_db->connection()).importFile(file);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->rejected.size(), 1);
        const QString reason = r->rejected.constFirst().reason;
        QVERIFY2(
            reason.contains(QStringLiteral(
                u"Organizație: nicio organizație cu denumirea „Asociația Nimeni” în registru")),
            qPrintable(reason));
    }

    // Loader of BodiesFundingDemo.cpp: the bodies demo needs the demo organizations, not loaded
    // here.
    void demoWithoutItsOrganizationsFailsInRomanian()
    {
        const Result<BodiesFundingDemoSummary> r = BodiesFundingDemo::load(m_db->connection());
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral(u"demonstrativ")) &&
                     r.error().contains(QStringLiteral(u"lipsește")),
                 qPrintable(r.error()));
    }

    // The Loader classes of ProgramDemoData.cpp and TransparencyDemo.cpp, whose errors need broken
    // demo data: the contexts they declare hold the translations.
    void demoLoaderMessagesAreFoundUnderTheirContexts()
    {
        QCOMPARE(QCoreApplication::translate("ProgramDemoData",
                                             "The demo partner %1 has an unknown role."),
                 QStringLiteral("Partenerul demonstrativ %1 are un rol necunoscut."));
        QCOMPARE(QCoreApplication::translate("TransparencyDemo",
                                             "The demo institution %1 names an unknown county."),
                 QStringLiteral(u"Instituția demonstrativă %1 indică un județ necunoscut."));
    }

    // The free functions of namespace dc::sqlite.
    void sqliteHelpersFailInRomanian()
    {
        QSqlDatabase notSqlite;
        const Status s = sqlite::execScript(notSqlite, QStringLiteral("SELECT 1;"));
        QVERIFY(!s);
        QCOMPARE(s.error(), QStringLiteral("Conexiunea nu este o conexiune SQLite."));
    }

    // reports::SynthesisTextRepository.
    void synthesisTextsFailInRomanian()
    {
        const Result<reports::SynthesisTexts> r =
            reports::SynthesisTextRepository(m_db->connection()).texts(999);
        QVERIFY(!r);
        QCOMPARE(r.error(), QStringLiteral(u"Ediția nr. 999 nu mai există."));
    }

    // Short words of the report helpers, which the translator would otherwise find first under
    // "dc" with another meaning ("Closed" of a consultation, "Active" of one organization).
    void reportWordsKeepTheirReportMeaning()
    {
        const reports::ChartSpec meetings =
            reports::meetingsPerInstitutionChart(reports::TransparencySynthesisData{});
        QCOMPARE(meetings.series.size(), 2);
        QCOMPARE(meetings.series.at(0).name, QStringLiteral("Publice"));
        QCOMPARE(meetings.series.at(1).name, QStringLiteral("Nepublice"));

        const Result<reports::ReportDocument> evidence =
            reports::buildNgoEvidence(m_db->connection());
        QVERIFY2(evidence, qPrintable(evidence.error()));
        QStringList firstHeader;
        for (const reports::Block &b : evidence->blocks) {
            if (b.kind == reports::Block::Kind::Table) {
                firstHeader = b.table.header;
                break;
            }
        }
        QVERIFY2(firstHeader.contains(QStringLiteral("Active")),
                 qPrintable(firstHeader.join(QLatin1Char('|'))));
    }

    // reports::TransparencySynthesisData (Romanian "Total" is the English word: Serbian tells).
    void synthesisTotalLineIsTranslated()
    {
        QVERIFY(Language::install(QStringLiteral("sr")));
        QCOMPARE(reports::TransparencySynthesisData{}.sum().name, QStringLiteral("Ukupno"));
    }

    // The undo commands of the views: the text each sets through its own tr().
    void undoCommandTextsAreTranslated()
    {
        using Tr = QString (*)(const char *, const char *, int);
        const struct
        {
            const char *command;
            Tr tr;
            const char *source;
            const char16_t *romanian;
        } commands[] = {
            {"DraftActCommand", &DraftActCommand::tr, "Add the draft “%1”",
             u"Adaugă proiectul „%1”"},
            {"DraftActCommand", &DraftActCommand::tr, "Edit the draft “%1”",
             u"Editează proiectul „%1”"},
            {"DraftActCommand", &DraftActCommand::tr, "Delete the draft “%1”",
             u"Șterge proiectul „%1”"},
            {"RecommendationCommand", &RecommendationCommand::tr, "Add a recommendation",
             u"Adaugă o recomandare"},
            {"InstitutionCommand", &InstitutionCommand::tr, "Add the institution “%1”",
             u"Adaugă instituția „%1”"},
            {"PublicMeetingCommand", &PublicMeetingCommand::tr, "Add the meeting “%1”",
             u"Adaugă ședința „%1”"},
            {"AnnualReportCommand", &AnnualReportCommand::tr, "Record the annual report of %1",
             u"Înregistrează raportul anual al instituției %1"},
            {"ManualFigureCommand", &ManualFigureCommand::tr, "Enter the figure %1 by hand",
             u"Introdu manual valoarea %1"},
            {"CourtCaseCommand", &CourtCaseCommand::tr, "Add a court case of %1",
             u"Adaugă o acțiune în justiție a instituției %1"},
            {"InstitutionCommand", &InstitutionCommand::tr, "Delete the institution “%1”",
             u"Șterge instituția „%1”"},
            {"PublicMeetingCommand", &PublicMeetingCommand::tr, "Delete the meeting “%1”",
             u"Șterge ședința „%1”"},
            {"AddOrganizationCommand", &AddOrganizationCommand::tr, "Add “%1”", u"Adaugă „%1”"},
            {"EditOrganizationCommand", &EditOrganizationCommand::tr, "Edit “%1”",
             u"Editează „%1”"},
            {"DeleteOrganizationCommand", &DeleteOrganizationCommand::tr, "Delete “%1”",
             u"Șterge „%1”"},
            {"FundingCallCommand", &FundingCallCommand::tr, "Add the call “%1”",
             u"Adaugă apelul „%1”"},
            {"FundingAwardCommand", &FundingAwardCommand::tr, "Add the award “%1”",
             u"Adaugă finanțarea acordată „%1”"},
            {"BodyCommand", &BodyCommand::tr, "Add the body “%1”", u"Adaugă organismul „%1”"},
            {"BodyMemberCommand", &BodyMemberCommand::tr, "Add the member “%1”",
             u"Adaugă membrul „%1”"},
            {"BodyMeetingCommand", &BodyMeetingCommand::tr, "Add the meeting of %1",
             u"Adaugă ședința din %1"},
        };
        for (const auto &c : commands)
            QVERIFY2(c.tr(c.source, nullptr, -1) == QString::fromUtf16(c.romanian), c.command);
    }
    // Every file of free functions (and of plain data) translates through the Messages of its
    // own context: with the plain translator installed, its text is Romanian, not the English
    // source.
    void everyFileTranslatesUnderItsOwnContext()
    {
        const struct
        {
            const char *file;
            std::function<QString()> text;
        } samples[] = {
            {"Event.cpp", [] { return validateEvent(Event{}).join(u'\n'); }},
            {"Program.cpp", [] { return validateProgram(Program{}).join(u'\n'); }},
            {"Edition.cpp", [] { return validateEdition(Edition{}).join(u'\n'); }},
            {"Partnership.cpp", [] { return validatePartnership(Partnership{}).join(u'\n'); }},
            {"Indicator.cpp", [] { return validateIndicator(Indicator{}).join(u'\n'); }},
            {"Recommendation.cpp",
             [] { return validateRecommendation(Recommendation{}).join(u'\n'); }},
            {"CourtCase.cpp", [] { return validateCourtCase(CourtCase{}).join(u'\n'); }},
            {"Institution.cpp", [] { return validateInstitution(Institution{}).join(u'\n'); }},
            {"PublicMeeting.cpp",
             [] { return validatePublicMeeting(PublicMeeting{}).join(u'\n'); }},
            {"DraftAct.cpp", [] { return validateDraftAct(DraftAct{}).join(u'\n'); }},
            {"Organization.cpp", [] { return undeterminedCountyName(); }},
            {"OrganizationValidation.cpp",
             [] { return organizationFieldName(OrganizationField::Acronym); }},
            {"ImportColumns.cpp", [] { return ImportColumns::fieldLabel(ImportField::Acronym); }},
            {"FundingAward.cpp", [] { return validateAward(FundingAward{}).join(u'\n'); }},
            {"FundingCall.cpp", [] { return validateCall(FundingCall{}).join(u'\n'); }},
            {"BodyMember.cpp", [] { return validateMember(BodyMember{}).join(u'\n'); }},
            {"ConsultativeBody.cpp", [] { return validateBody(ConsultativeBody{}).join(u'\n'); }},
            {"BodyMeeting.cpp", [] { return validateMeeting(BodyMeeting{}).join(u'\n'); }},
            {"RegisterKind.cpp", [] { return registerKindName(RegisterKind::Foundation); }},
        };
        for (const auto &sample : samples) {
            QVERIFY(Language::install(QStringLiteral("en")));
            const QString english = sample.text();
            QVERIFY(Language::install(QStringLiteral("ro")));
            const QString romanian = sample.text();
            QVERIFY2(
                !english.isEmpty() && romanian != english,
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(sample.file), romanian)));
        }
    }

    // Every message of the .ts files is found under its own context by a plain QTranslator (the
    // .qm compiled into the program), and under no other: Language installs no translator that
    // looks a message up under a neighbouring context ("dc::" added or taken away, "dc",
    // "dc::reports"), which could lend one file's words to another's.
    void noTwoContextsAreMerged_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ro") << QStringLiteral("ro");
        QTest::newRow("sr") << QStringLiteral("sr");
    }

    void noTwoContextsAreMerged()
    {
        QFETCH(QString, language);
        const QList<TsMessage> messages = tsMessages(language);
        QVERIFY(messages.size() > 1000);
        std::set<std::tuple<QString, QString, QString>> known;
        for (const TsMessage &m : messages)
            known.emplace(m.context, m.source, m.comment);

        QTranslator plain;
        QVERIFY(plain.load(QStringLiteral(":/i18n/dialogcivic_%1.qm").arg(language)));
        QVERIFY(Language::install(language));
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            const int n = m.numerus ? 2 : -1;
            if (plain.translate(context.constData(), source.constData(), disambiguation, n)
                    .isEmpty())
                problems << QStringLiteral("not found under its own context %1: %2")
                                .arg(m.context, m.source);
            const QString untranslated = QCoreApplication::translate(
                "dc::no such context", source.constData(), disambiguation, n);
            QStringList neighbours = {QStringLiteral("dc::") + m.context, QStringLiteral("dc"),
                                      QStringLiteral("dc::reports")};
            if (m.context.startsWith(QLatin1String("dc::")))
                neighbours << m.context.mid(4);
            for (const QString &neighbour : std::as_const(neighbours)) {
                if (known.count({neighbour, m.source, m.comment}))
                    continue;
                const QByteArray other = neighbour.toUtf8();
                if (QCoreApplication::translate(other.constData(), source.constData(),
                                                disambiguation, n) != untranslated)
                    problems << QStringLiteral("found under %1, filed under %2: %3")
                                    .arg(neighbour, m.context, m.source);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
    }
};

QTEST_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
