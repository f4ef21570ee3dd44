// shots DIR: the pictures of the program to be looked at, written into DIR (made if missing):
// every page of the window in ro, en and sr at 1366x768 and 1024x600, the organizations' list and
// the "same organization" mark, the program pages and forms, the calendar with an event of no
// program, the forms with a warning, the Preferences dialog, the dashboard's charts and every
// document as PDF, each on a fresh demo database. Built with the benchmarks, never run by ctest
// (the tests check, this only draws); run it offscreen (QT_QPA_PLATFORM=offscreen) or under
// xvfb-run. It prints each file it writes and exits 1 when one could not be made.

#include "DocumentSet.h"
#include "GoldenFiles.h"
#include "Seeding.h"
#include "TestDatabase.h"

#include "app/MainWindow.h"
#include "app/PreferencesDialog.h"
#include "bodies/BodiesPage.h"
#include "bodies/BodyMemberDialog.h"
#include "common/Page.h"
#include "core/Language.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoDataset.h"
#include "documents/ChartBuilder.h"
#include "documents/DocumentLayout.h"
#include "documents/PdfExport.h"
#include "funding/FundingAwardDialog.h"
#include "funding/FundingPage.h"
#include "programs/CalendarPage.h"
#include "programs/EditionDialog.h"
#include "programs/EditionPage.h"
#include "programs/EventDialog.h"
#include "programs/EventRepository.h"
#include "programs/PartnerDialog.h"
#include "programs/ProgramRepository.h"
#include "programs/SynthesisTextsDialog.h"
#include "registry/OrganizationAliasRepository.h"
#include "registry/OrganizationDetailsPanel.h"
#include "registry/OrganizationRepository.h"
#include "registry/OrganizationTableModel.h"
#include "registry/OrganizationsPage.h"
#include "registry/SameOrganizationDialog.h"
#include "storage/Database.h"
#include "storage/RecordTableModel.h"
#include "transparency/AnnualFiguresPage.h"
#include "transparency/AnnualReportForms.h"
#include "transparency/AnnualReportRepository.h"
#include "transparency/ConclusionsDialog.h"
#include "transparency/DraftActDialog.h"
#include "transparency/InstitutionRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <functional>

using namespace dc;

namespace {

const QList<QSize> screens{QSize(1366, 768), QSize(1024, 600)};

QString sizeName(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

/// Where the pictures go, and what went wrong on the way.
class Shots final
{
public:
    explicit Shots(const QString &dir) : m_dir(dir) {}

    /// Saves @p image as DIR/@p name and says so.
    void save(const QImage &image, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (image.save(path))
            std::printf("%s\n", qPrintable(path));
        else
            fail(QStringLiteral("%1: cannot be written").arg(path));
    }
    /// @p widget shown (at its size) and saved as DIR/@p name.
    void save(QWidget &widget, const QString &name)
    {
        widget.show();
        if (!QTest::qWaitForWindowExposed(&widget))
            return fail(QStringLiteral("%1: the window was not shown").arg(name));
        QTest::qWait(200); // the charts and the delayed column widths
        save(widget.grab().toImage(), name);
    }
    /// @p widget with @p form drawn over its middle, as a window manager would place the form.
    void saveWithForm(QWidget &widget, QWidget &form, const QString &name)
    {
        form.show();
        if (!QTest::qWaitForWindowExposed(&form))
            return fail(QStringLiteral("%1: the form was not shown").arg(name));
        QTest::qWait(100);
        QImage shot = widget.grab().toImage();
        QPainter painter(&shot);
        const QPixmap picture = form.grab();
        painter.drawPixmap((shot.width() - picture.width()) / 2,
                           std::max(0, (shot.height() - picture.height()) / 2), picture);
        painter.end();
        save(shot, name);
    }
    /// Waits until @p widget is on the screen; says so when it is not.
    void exposed(QWidget *widget)
    {
        if (!QTest::qWaitForWindowExposed(widget))
            fail(QStringLiteral("%1: the window was not shown").arg(widget->objectName()));
    }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    void fail(const QString &message)
    {
        std::fprintf(stderr, "shots: %s\n", qPrintable(message));
        m_failed = true;
    }
    bool failed() const { return m_failed; }

private:
    QDir m_dir;
    bool m_failed = false;
};

/// A fresh database with the demo dataset for one set of pictures.
class DemoDatabase final
{
public:
    DemoDatabase()
    {
        if (m_db.isValid()) {
            const Result<DemoSummary> demo = DemoDataset::load(m_db.connection());
            if (!demo)
                m_error = demo.error();
        } else {
            m_error = m_db.error();
        }
    }
    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    test::TestDatabase &db() { return m_db; }
    QSqlDatabase connection() const { return m_db.connection(); }
    PageContext context() { return {&m_db.database(), &m_undo}; }
    /// The database opened a second time, for a window that owns it.
    std::unique_ptr<Database> openAgain() const
    {
        auto opened = Database::open(m_db.path());
        return opened ? std::move(opened).value() : nullptr;
    }
    qint64 organization(const QString &name) const
    {
        return test::organizationId(m_db.connection(), name);
    }
    qint64 edition(const QString &program, int number) const
    {
        const ProgramRepository programs(m_db.connection());
        const std::optional<qint64> id = programs.findIdByName(program);
        return id ? programs.findEditionId(*id, number).value_or(0) : 0;
    }

private:
    test::TestDatabase m_db;
    QUndoStack m_undo;
    QString m_error;
};

const QString ppv = QStringLiteral(u"Programul Promotorii Voluntariatului în România");

// Every page of the window, in each language and on each screen: window-LANG-WIDTH-PAGE.png.
void windowPages(Shots &shots, DemoDatabase &demo)
{
    for (const QString &language :
         {QStringLiteral("ro"), QStringLiteral("en"), QStringLiteral("sr")}) {
        QSettings().clear();
        if (!Language::install(language))
            return shots.fail(QStringLiteral("the language %1 cannot be installed").arg(language));
        for (const QSize &screen : screens) {
            MainWindow window(demo.openAgain());
            window.resize(screen);
            window.show();
            shots.exposed(&window);
            for (Page *page : window.pages()) {
                window.setCurrentPage(page->key());
                QTest::qWait(50);
                shots.save(window.grab().toImage(), QStringLiteral("window-%1-%2-%3.png")
                                                        .arg(language)
                                                        .arg(screen.width())
                                                        .arg(page->key()));
            }
        }
    }
    Language::install(QStringLiteral("ro"));
}

// The organizations' list sorted by county (the undetermined ones show), one chosen; then one
// organization marked the same as another, with the picker: organizations-WxH.png,
// organization-same-as-WxH.png, same-organization-picker-WxH.png.
void organizations(Shots &shots, DemoDatabase &demo)
{
    const qint64 fsc = demo.organization(QStringLiteral("Centrul de Voluntariat FSC"));
    const qint64 freamat = demo.organization(QStringLiteral(u"Freamăt de Speranță"));
    MainWindow window(demo.openAgain());
    window.setCurrentPage(QStringLiteral("organizations"));
    auto *page = qobject_cast<OrganizationsPage *>(window.page(QStringLiteral("organizations")));
    if (!page)
        return shots.fail(QStringLiteral("no organizations page"));
    page->view()->sortByColumn(OrganizationTableModel::County, Qt::AscendingOrder);
    for (const QSize &size : screens) {
        window.resize(size);
        page->selectOrganization(fsc);
        page->details()->refresh();
        shots.save(window, QStringLiteral("organizations-%1.png").arg(sizeName(size)));
    }
    if (!OrganizationAliasRepository(window.database().connection()).mark(freamat, fsc))
        return shots.fail(QStringLiteral("the demo's organizations cannot be marked the same"));
    for (const QSize &size : screens) {
        window.resize(size);
        page->selectOrganization(freamat);
        page->details()->refresh();
        shots.save(window, QStringLiteral("organization-same-as-%1.png").arg(sizeName(size)));
        SameOrganizationDialog picker(window.database().connection(), fsc,
                                      QStringLiteral("Centrul de Voluntariat FSC"), &window);
        picker.show();
        shots.exposed(&picker);
        QTest::keyClicks(picker.searchField(), QStringLiteral("Voluntariat"));
        shots.save(picker, QStringLiteral("same-organization-picker-%1.png").arg(sizeName(size)));
    }
}

// The edition page and the calendar (month and list) with some variety of status for the
// colours: edition.png, calendar.png, calendar-list.png.
void programPages(Shots &shots, DemoDatabase &demo)
{
    EventRepository events(demo.connection());
    const qint64 edition = demo.edition(ppv, 2);
    for (const auto &[number, status] :
         {std::pair{12, EventStatus::Planned}, std::pair{13, EventStatus::Postponed}}) {
        const std::optional<qint64> id = events.findId(edition, EventKind::Videoconference, number);
        std::optional<Event> e = id ? events.find(*id) : std::nullopt;
        if (!e)
            return shots.fail(QStringLiteral("no videoconference no. %1 in the demo").arg(number));
        e->status = status;
        events.update(*e);
    }
    EditionPage editions(demo.context());
    editions.resize(1500, 900);
    editions.showEdition(0);
    editions.eventView()->selectRow(7);
    shots.save(editions, QStringLiteral("edition.png"));

    CalendarPage calendar(demo.context());
    calendar.resize(1500, 900);
    calendar.showDate(QDate(2021, 11, 3));
    shots.save(calendar, QStringLiteral("calendar.png"));
    calendar.tabs()->setCurrentIndex(1);
    shots.save(calendar, QStringLiteral("calendar-list.png"));
}

// The window on the calendar page with an event of no program, and the event form over it, on
// each screen: calendar-no-program-WxH.png, event-form-no-program-WxH.png.
void eventOfNoProgram(Shots &shots, DemoDatabase &demo)
{
    Event own;
    own.kind = EventKind::RoundTable;
    own.number = 1;
    own.title = QStringLiteral(u"Masă rotundă (exemplu fictiv)");
    own.date = QDate(2021, 12, 6);
    own.startTime = QTime(14, 0);
    if (!EventRepository(demo.connection()).add(own))
        return shots.fail(QStringLiteral("the event of no program cannot be added"));
    MainWindow window(demo.openAgain());
    window.setCurrentPage(QStringLiteral("calendar"));
    auto *page = qobject_cast<CalendarPage *>(window.page(QStringLiteral("calendar")));
    if (!page)
        return shots.fail(QStringLiteral("no calendar page"));
    for (const QSize &size : screens) {
        window.resize(size);
        window.show();
        shots.exposed(&window);
        page->showDate(QDate(2021, 12, 6));
        shots.save(window, QStringLiteral("calendar-no-program-%1.png").arg(sizeName(size)));
        EventDialog dialog(window.database().connection(), QDate(2021, 12, 6), &window);
        dialog.setNoProgram();
        dialog.findChild<QComboBox *>(QStringLiteral("kind"))->setCurrentIndex(2);
        dialog.checkRegion(8);
        // The form as a window manager would place it on this screen: never taller or wider.
        dialog.resize(dialog.size().boundedTo(size));
        shots.saveWithForm(window, dialog,
                           QStringLiteral("event-form-no-program-%1.png").arg(sizeName(size)));
    }
}

// The forms of the programs: an edition with an unknown period and a theme added
// (edition-form.png), the synthesis statements (synthesis-texts-form.png), the partner form over
// the edition page (edition-forms.png).
void programForms(Shots &shots, DemoDatabase &demo)
{
    const Edition e = test::themedEditionWithoutPeriod();
    EditionDialog edition(e, false);
    auto *themes = edition.findChild<QPlainTextEdit *>(QStringLiteral("otherThemes"));
    themes->setPlainText(themes->toPlainText() +
                         QStringLiteral("\n  educație pentru voluntariat \n\n"));
    shots.save(edition, QStringLiteral("edition-form.png"));

    reports::SynthesisTexts texts;
    texts.conclusion = QStringLiteral("Concluzia.");
    texts.promotersStated = 19;
    texts.partnershipNote = QStringLiteral("Perechi care pot fi aceeași organizație.");
    SynthesisTextsDialog synthesis(texts);
    synthesis.findChild<QPlainTextEdit *>(QStringLiteral("partnershipNote"))
        ->setPlainText(QStringLiteral("Altă notă."));
    shots.save(synthesis, QStringLiteral("synthesis-texts-form.png"));

    EditionPage page(demo.context());
    page.resize(1400, 800);
    page.show();
    shots.exposed(&page);
    Partnership partnership;
    partnership.editionId = page.currentEdition();
    PartnerDialog partner(demo.connection(), partnership, &page);
    partner.chooseOrganization(QStringLiteral("Kogayon"),
                               demo.organization(QStringLiteral(u"Asociația Kogayon")));
    shots.saveWithForm(page, partner, QStringLiteral("edition-forms.png"));
}

// The forms of the Annual figures page: the annual report received (annual-report-form.png), the
// year's conclusions (conclusions-form.png), and the box when someone else saved the report while
// its form was open (annual-report-conflict.png, over the page).
void annualForms(Shots &shots, DemoDatabase &demo)
{
    const QList<Institution> institutions = InstitutionRepository(demo.connection()).all();
    if (institutions.isEmpty())
        return shots.fail(QStringLiteral("annual forms: the demo has no institution"));
    const Institution &institution = institutions.first();
    constexpr int year = 2025;
    AnnualReportDialog report(institution.name,
                              {0, institution.id, year, QDate(2026, 2, 14),
                               QStringLiteral("Colaborare bună cu asociațiile.")});
    shots.save(report, QStringLiteral("annual-report-form.png"));
    ConclusionsDialog conclusions(
        YearConclusions{year, QStringLiteral("Recomandăm publicarea minutelor ședințelor.")});
    shots.save(conclusions, QStringLiteral("conclusions-form.png"));

    AnnualReportRepository reports(demo.connection());
    if (!reports.setReport(
            {0, institution.id, year, QDate(2026, 2, 14), QStringLiteral("Prima evaluare.")}))
        return shots.fail(QStringLiteral("annual forms: the report cannot be recorded"));
    AnnualFiguresPage page(demo.context());
    page.resize(1024, 600);
    page.year()->setValue(year);
    page.show();
    shots.exposed(&page);
    QAbstractItemModel *model = page.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(RecordTableModel::IdRole).toLongLong() == institution.id)
            page.view()->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    page.editAnnualReport();
    AnnualReportDialog *form = page.reportDialog();
    if (!form)
        return shots.fail(QStringLiteral("annual forms: the report's form did not open"));
    shots.exposed(form);
    if (!reports.setReport({0, institution.id, year, QDate(2026, 2, 14),
                            QStringLiteral("Evaluarea salvată de alt funcționar.")}))
        return shots.fail(QStringLiteral("annual forms: the other version cannot be saved"));
    form->receivedOn()->setDate(QDate(2026, 2, 20));
    // The box is modal: it is pictured, with the page and the form under it, then closed (Esc:
    // back to the form).
    QTimer::singleShot(500, [&] {
        QWidget *box = QApplication::activeModalWidget();
        if (!box || box == form)
            return shots.fail(QStringLiteral("annual forms: no conflict box"));
        QImage shot = page.grab().toImage();
        QPainter painter(&shot);
        const QPixmap picture = box->grab();
        painter.drawPixmap((shot.width() - picture.width()) / 2,
                           std::max(0, (shot.height() - picture.height()) / 2), picture);
        painter.end();
        shots.save(shot, QStringLiteral("annual-report-conflict.png"));
        QTest::keyClick(box, Qt::Key_Escape);
    });
    form->saveButton()->click();
    form->reject();
}

/// A field of a form by its object name; null when there is none.
template <typename T> T *field(const QWidget &form, const char *name)
{
    return form.findChild<T *>(QLatin1String(name));
}

// The forms with a warning that does not refuse the save: a member whose mandate has ended
// (body-member-form.png), an award granted above the request (funding-award-form.png), a draft
// that gave three days for recommendations instead of ten (draft-form.png).
void formsWithWarnings(Shots &shots, DemoDatabase &demo)
{
    BodiesPage bodies(demo.context());
    bodies.show();
    shots.exposed(&bodies);
    bodies.selectRow(0);
    bodies.addMember();
    if (BodyMemberDialog *member = bodies.memberDialog()) {
        const QList<OrganizationHit> hits =
            OrganizationRepository(demo.connection()).search(QStringLiteral("a"), 1);
        if (!hits.isEmpty())
            member->chooseOrganization(hits.first().name, hits.first().id);
        QTest::keyClicks(field<QLineEdit>(*member, "representative"),
                         QStringLiteral("Maria Ionescu"));
        field<QDateEdit>(*member, "mandateStart")->setDate(QDate(2020, 1, 1));
        field<QDateEdit>(*member, "mandateEnd")->setDate(QDate(2021, 12, 31));
        shots.save(*member, QStringLiteral("body-member-form.png"));
    } else {
        shots.fail(QStringLiteral("the member form did not open"));
    }

    FundingPage funding(demo.context());
    funding.show();
    shots.exposed(&funding);
    funding.addAward();
    if (FundingAwardDialog *award = funding.awardDialog()) {
        const QList<OrganizationHit> hits =
            OrganizationRepository(demo.connection()).search(QStringLiteral("asociatia"), 1);
        if (!hits.isEmpty())
            award->chooseOrganization(hits.first().name, hits.first().id);
        field<QLineEdit>(*award, "project")->setText(QStringLiteral("Tabăra de vară"));
        QTest::keyClicks(field<QLineEdit>(*award, "requested"), QStringLiteral("1.000,05"));
        QTest::keyClicks(field<QLineEdit>(*award, "granted"), QStringLiteral("1.200"));
        QTest::keyClicks(field<QLineEdit>(*award, "paid"), QStringLiteral("600,01"));
        shots.save(*award, QStringLiteral("funding-award-form.png"));
    } else {
        shots.fail(QStringLiteral("the award form did not open"));
    }

    DraftActDialog draft(demo.connection());
    draft.resize(760, 900);
    QTest::keyClicks(field<QLineEdit>(draft, "title"), QStringLiteral("Ordin privind termenele"));
    field<QDateEdit>(draft, "announcedOn")->setDate(QDate(2025, 3, 3));
    field<QCheckBox>(draft, "announcedOnWebsite")->setChecked(true);
    field<QDateEdit>(draft, "recommendationsDeadline")->setDate(QDate(2025, 3, 6));
    field<QDateEdit>(draft, "sentForApprovalOn")->setDate(QDate(2025, 4, 30));
    field<QDateEdit>(draft, "submittedOn")->setDate(QDate(2025, 4, 30));
    shots.save(draft, QStringLiteral("draft-form.png"));
}

// Edit > Preferences on the demo database: preferences.png.
void preferences(Shots &shots, DemoDatabase &demo)
{
    PreferencesDialog dialog(nullptr, demo.connection());
    shots.save(dialog, QStringLiteral("preferences.png"));
}

// The dashboard's charts on the demo, as on screen and as in a document (PNG and PDF):
// chart-NAME-screen.png, chart-NAME-print.png, chart-NAME.pdf.
void charts(Shots &shots, DemoDatabase &demo)
{
    DashboardPage page(demo.context());
    const QList<std::pair<QString, DashboardPage::Chart>> charts{
        {QStringLiteral("regions"), DashboardPage::Regions},
        {QStringLiteral("counties"), DashboardPage::Counties},
        {QStringLiteral("participants"), DashboardPage::Participants},
        {QStringLiteral("recommendations"), DashboardPage::Recommendations}};
    for (const auto &[name, chart] : charts) {
        const reports::ChartSpec &spec = page.chartSpec(chart);
        for (const auto &[suffix, style] :
             {std::pair{QStringLiteral("-screen.png"), ChartBuilder::Style::Screen},
              std::pair{QStringLiteral("-print.png"), ChartBuilder::Style::Document},
              std::pair{QStringLiteral(".pdf"), ChartBuilder::Style::Document}}) {
            const QString path = shots.filePath(QStringLiteral("chart-") + name + suffix);
            const QString error = ChartBuilder::exportTo(spec, path, QSizeF(640, 360), style);
            if (error.isEmpty())
                std::printf("%s\n", qPrintable(path));
            else
                shots.fail(error);
        }
    }
}

// Every document of the README as PDF, in each language: NAME.LANG.pdf.
void documents(Shots &shots, DemoDatabase &demo)
{
    for (const auto &[language, locale] : test::documentLanguages()) {
        Language::install(language);
        QString error;
        const QList<test::NamedDocument> all =
            test::everyDocument(demo.db().database(), locale, QDate::currentDate(), &error);
        if (all.isEmpty())
            shots.fail(error);
        const PageDecoration decoration{
            QStringLiteral("Secretariatul General al Guvernului"),
            QStringLiteral("Serviciul pentru Cooperarea cu Mediul Asociativ"), locale, QString(),
            QString()};
        for (const test::NamedDocument &named : all) {
            const QString pdf =
                shots.filePath(QStringLiteral("%1.%2.pdf").arg(named.name, language));
            const Result<int> pages = PdfExport::write(named.document, pdf, decoration);
            if (pages)
                std::printf("%s\n", qPrintable(pdf));
            else
                shots.fail(pages.error());
        }
    }
    Language::install(QStringLiteral("ro"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 2 || arguments.at(1).startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: shots DIR\n");
        return 64;
    }
    if (!QDir().mkpath(arguments.at(1))) {
        std::fprintf(stderr, "shots: %s cannot be made\n", qPrintable(arguments.at(1)));
        return 1;
    }
    // The window remembers its layout and the recent databases: here, not in the user's settings.
    QTemporaryDir settings;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dialogcivic-shots"));
    QCoreApplication::setApplicationName(QStringLiteral("shots"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());

    Shots shots(arguments.at(1));
    for (const auto &take :
         {windowPages, organizations, programPages, eventOfNoProgram, programForms,
          formsWithWarnings, annualForms, preferences, charts, documents}) {
        DemoDatabase demo;
        if (!demo.isValid()) {
            std::fprintf(stderr, "shots: %s\n", qPrintable(demo.error()));
            return 1;
        }
        QSettings().clear();
        take(shots, demo);
    }
    return shots.failed() ? 1 : 0;
}
