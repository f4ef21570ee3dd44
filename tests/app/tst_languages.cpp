// The window in Romanian and Serbian shows no English (the source language): every page, menu,
// the Preferences dialog and Qt's own buttons; the language switches while the window is open.

#include "TestDatabase.h"
#include "Windows.h"

#include "app/MainWindow.h"
#include "app/PreferencesDialog.h"
#include "app/SettingsKeys.h"
#include "common/Page.h"
#include "core/Language.h"
#include "demo/DemoDataset.h"
#include "documents/DocumentSettings.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

#include <memory>
#include <set>

using namespace dc;

namespace {

QString plain(QString text)
{
    // "&File" and "File" are the same words; "&&" is a literal ampersand.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text.trimmed();
}

/// The source texts of a .ts file: those translated differently (or not yet), and those whose
/// translation is the same words ("Seminar", "Program").
struct SourceTexts
{
    std::set<QString> differ;
    std::set<QString> same;
};

SourceTexts sourceTexts(const QString &language)
{
    QFile file(
        QStringLiteral(DIALOGCIVIC_SOURCE_DIR "/translations/dialogcivic_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the %s translation", qPrintable(language));
    SourceTexts texts;
    QXmlStreamReader xml(&file);
    QString source;
    QStringList translations;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            source.clear();
            translations.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && (xml.name() == QLatin1String("translation") ||
                                            xml.name() == QLatin1String("numerusform"))) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.isEmpty())
                translations << text;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            const bool differs =
                std::any_of(translations.cbegin(), translations.cend(),
                            [&](const QString &t) { return plain(t) != plain(source); });
            if (source.contains(QLatin1Char('%')))
                continue;
            if (differs || translations.isEmpty())
                texts.differ.insert(plain(source));
            else
                texts.same.insert(plain(source));
        }
    }
    return texts;
}

/// The English texts that must not show in @p language: those its .ts file translates differently
/// or leaves unfinished, and those the other complete translation translates that this file does
/// not hold yet (a string added since its last update).
std::set<QString> untranslatedEnglish(const QString &language)
{
    const SourceTexts own = sourceTexts(language);
    const SourceTexts other =
        sourceTexts(language == QLatin1String("ro") ? QStringLiteral("sr") : QStringLiteral("ro"));
    std::set<QString> english = own.differ;
    for (const QString &text : other.differ) {
        if (own.same.count(text) == 0)
            english.insert(text);
    }
    return english;
}

/// Every text the user can read in @p root: labels, buttons, actions (menus), group boxes, tabs,
/// placeholders, combo box items and the headers of item views.
QList<std::pair<QString, QString>> visibleTexts(QWidget *root)
{
    QList<std::pair<QString, QString>> texts;
    const auto add = [&texts](const QObject *where, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.append(
                {QStringLiteral("%1 %2").arg(QString::fromLatin1(where->metaObject()->className()),
                                             where->objectName()),
                 text});
    };
    add(root, root->windowTitle());
    for (const QLabel *label : root->findChildren<QLabel *>())
        add(label, label->text());
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        add(button, button->text());
        add(button, button->toolTip());
    }
    for (const QAction *action : root->findChildren<QAction *>()) {
        add(action, action->text());
        add(action, action->statusTip());
    }
    for (const QMenu *menu : root->findChildren<QMenu *>()) {
        add(menu, menu->title());
        for (const QAction *action : menu->actions())
            add(action, action->text());
    }
    for (const QGroupBox *box : root->findChildren<QGroupBox *>())
        add(box, box->title());
    for (const QTabBar *bar : root->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i)
            add(bar, bar->tabText(i));
    }
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>())
        add(edit, edit->placeholderText());
    for (const QComboBox *combo : root->findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            add(combo, combo->itemText(i));
    }
    for (const QListWidget *list : root->findChildren<QListWidget *>()) {
        for (int i = 0; i < list->count(); ++i)
            add(list, list->item(i)->text());
    }
    for (const QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int column = 0; column < model->columnCount(); ++column)
            add(view, model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    return texts;
}

QStringList englishIn(QWidget *root, const std::set<QString> &english)
{
    QStringList found;
    for (const auto &[where, text] : visibleTexts(root)) {
        if (english.count(plain(text)) > 0)
            found << QStringLiteral("%1: \"%2\"").arg(where, text);
    }
    found.removeDuplicates();
    return found;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void noEnglishInTheWindow_data();
    void noEnglishInTheWindow();
    void qtStandardStringsAreTranslated_data();
    void qtStandardStringsAreTranslated();
    void switchesLanguageWithoutRestart();
    void preferencesStoreTheLanguageAndTheDocumentNames();
    void startupLanguage();

private:
    std::unique_ptr<Database> open() const
    {
        auto opened = Database::open(m_path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return std::move(opened).value();
    }

    QTemporaryDir m_dir;
    QString m_template; // the demo database made once
    QString m_path;     // the fresh copy of the running test function
};

void TestLanguages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTestSettings(m_dir, QStringLiteral("tst_languages"));
    // The demo database is made once; each test function opens a fresh copy (init()).
    m_path = m_dir.filePath(QStringLiteral("template.sqlite"));
    std::unique_ptr<Database> database = open();
    const auto loaded = DemoDataset::load(database->connection());
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error()));
    database.reset();
    m_template = m_path;
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
}

void TestLanguages::init()
{
    QSettings().clear();
    QVERIFY(test::copyDatabase(m_template, m_path));
}

void TestLanguages::cleanupTestCase()
{
    Language::install(QStringLiteral("ro"));
}

void TestLanguages::noEnglishInTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ro") << QStringLiteral("ro");
    QTest::newRow("sr") << QStringLiteral("sr");
}

void TestLanguages::noEnglishInTheWindow()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    const std::set<QString> english = untranslatedEnglish(language);
    QVERIFY(english.count(QStringLiteral("Organizations")) == 1);

    MainWindow window(open());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList found;
    QVERIFY(window.pages().size() >= 5);
    for (Page *page : window.pages()) {
        window.setCurrentPage(page->key());
        QTest::qWait(20);
        found << englishIn(&window, english);
    }
    PreferencesDialog preferences(&window);
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    found << englishIn(&preferences, english);
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // And the walk really reads the window: a title of the pages in the chosen language.
    const auto texts = visibleTexts(&window);
    const QString organizations = language == QLatin1String("ro") ? QStringLiteral(u"Organizații")
                                                                  : QStringLiteral("Organizacije");
    QVERIFY(std::any_of(texts.cbegin(), texts.cend(),
                        [&](const auto &t) { return t.second == organizations; }));
}

void TestLanguages::qtStandardStringsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("ok");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("nextPage");
    QTest::addColumn<QString>("print");
    QTest::newRow("ro") << QStringLiteral("ro") << QStringLiteral("OK")
                        << QStringLiteral(u"Renunță") << QStringLiteral(u"Pagina următoare")
                        << QStringLiteral(u"Tipărește");
    QTest::newRow("sr") << QStringLiteral("sr") << QStringLiteral("U redu")
                        << QStringLiteral(u"Otkaži") << QStringLiteral(u"Sledeća strana")
                        << QStringLiteral(u"Štampaj");
}

void TestLanguages::qtStandardStringsAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, ok);
    QFETCH(QString, cancel);
    QFETCH(QString, nextPage);
    QFETCH(QString, print);
    QVERIFY(Language::install(language));

    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                             QDialogButtonBox::Save | QDialogButtonBox::Close);
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), ok);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), cancel);
    QVERIFY(buttons.button(QDialogButtonBox::Save)->text() != QLatin1String("Save"));
    QVERIFY(buttons.button(QDialogButtonBox::Close)->text() != QLatin1String("Close"));

    // The print preview's toolbar: its buttons' tooltips are the actions' texts.
    QPrintPreviewDialog preview;
    QStringList texts;
    for (const QAction *action : preview.findChildren<QAction *>())
        texts << action->text();
    QVERIFY2(texts.contains(nextPage), qPrintable(texts.join(QLatin1String(", "))));
    QVERIFY2(texts.contains(print), qPrintable(texts.join(QLatin1String(", "))));
    for (const char *english :
         {"Next page", "Previous page", "First page", "Last page", "Fit width", "Fit page",
          "Zoom in", "Zoom out", "Portrait", "Landscape", "Show single page", "Show facing pages",
          "Show overview of all pages", "Print", "Page setup"})
        QVERIFY2(!texts.contains(QLatin1String(english)), english);
    QVERIFY(preview.windowTitle() != QLatin1String("Print Preview"));
}

void TestLanguages::switchesLanguageWithoutRestart()
{
    QVERIFY(Language::install(QStringLiteral("ro")));
    MainWindow window(open());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(QStringLiteral("institutions"));
    const QString current = window.currentPage()->key();
    const qsizetype pages = window.pages().size();
    QMenu *file = window.menuBar()->actions().first()->menu();
    QVERIFY(file);
    QCOMPARE(file->title(), QStringLiteral(u"&Fișier"));
    const QString romanianTitle = window.currentPage()->title();

    QVERIFY(Language::install(QStringLiteral("sr")));
    QTRY_COMPARE(file->title(), QStringLiteral("&Datoteka"));
    QCOMPARE(window.pages().size(), pages);
    QCOMPARE(window.currentPage()->key(), current);
    QVERIFY(window.currentPage()->title() != romanianTitle);
    QVERIFY(QLocale().name().startsWith(QLatin1String("sr")));
    QVERIFY(englishIn(&window, untranslatedEnglish(QStringLiteral("sr"))).isEmpty());

    QVERIFY(Language::install(QStringLiteral("en")));
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(window.currentPage()->key(), current);
}

void TestLanguages::preferencesStoreTheLanguageAndTheDocumentNames()
{
    QVERIFY(Language::install(QStringLiteral("ro")));
    MainWindow window(open());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *preferencesAction = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(preferencesAction);
    QMenu *edit = window.findChild<QMenu *>(QStringLiteral("editMenu"));
    QVERIFY(edit && edit->actions().contains(preferencesAction));
    QCOMPARE(preferencesAction->shortcuts(), QKeySequence::keyBindings(QKeySequence::Preferences));

    PreferencesDialog dialog(&window);
    QCOMPARE(dialog.languageBox()->currentData().toString(), QString()); // the system's language
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("sr")));
    dialog.institutionEdit()->setText(QStringLiteral("Ministerul Dezvoltării"));
    dialog.departmentEdit()->setText(QString());
    dialog.accept();

    QCOMPARE(QSettings().value(SettingsKeys::language).toString(), QStringLiteral("sr"));
    // What the documents print in their header; an emptied field gives the default back.
    QCOMPARE(DocumentSettings::institution(), QStringLiteral(u"Ministerul Dezvoltării"));
    QCOMPARE(DocumentSettings::department(), DocumentSettings::defaultDepartment());
    QCOMPARE(Language::current(), QStringLiteral("sr"));
    QTRY_COMPARE(window.menuBar()->actions().first()->menu()->title(), QStringLiteral("&Datoteka"));
    QCOMPARE(PreferencesDialog::startupLanguage(QString()), QStringLiteral("sr"));

    // Back to the system's language: nothing stored.
    PreferencesDialog again(&window);
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("sr"));
    again.languageBox()->setCurrentIndex(0);
    again.accept();
    QVERIFY(!QSettings().contains(SettingsKeys::language));
}

void TestLanguages::startupLanguage()
{
    // --lang wins over the stored choice, which wins over the system's (C here: Romanian).
    QCOMPARE(PreferencesDialog::startupLanguage(QString()), QStringLiteral("ro"));
    QSettings().setValue(SettingsKeys::language, QStringLiteral("en"));
    QCOMPARE(PreferencesDialog::startupLanguage(QString()), QStringLiteral("en"));
    QCOMPARE(PreferencesDialog::startupLanguage(QStringLiteral("sr")), QStringLiteral("sr"));
    QSettings().setValue(SettingsKeys::language, QStringLiteral("xx"));
    QCOMPARE(PreferencesDialog::startupLanguage(QString()), QStringLiteral("ro"));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
