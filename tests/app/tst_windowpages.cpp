// Every page of the main window on the demo database at the two screen sizes the office uses,
// 1366x768 and 1024x600: the window fits the small screen whatever the page, no table's column
// header is cut, no combo box cuts its current choice, and the organizations' name column takes
// the width the other columns leave (issue 15: labels, headers and filters cut at 1024x600). The
// pictures of these pages to be looked at: tests/shots (window-LANG-WIDTH-PAGE.png).
#include "TestDatabase.h"
#include "Windows.h"

#include "app/MainWindow.h"
#include "common/Page.h"
#include "core/Language.h"
#include "demo/DemoDataset.h"
#include "programs/IndicatorTableModel.h"
#include "registry/OrganizationTableModel.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

class TestWindowPages final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template; // the demo database made once
    QString m_path;     // the fresh copy of the running test function

    // Issue 15: the empty CIF and E-mail columns took the space while the names were cut.
    static void checkNameColumnTakesTheSpareWidth(const Page *page)
    {
        const QTableView *view = page->findChild<QTableView *>(QStringLiteral("organizationsView"));
        QVERIFY(view);
        const QHeaderView *header = view->horizontalHeader();
        const QAbstractItemModel *model = view->model();
        const int name = OrganizationTableModel::Name;
        for (int c = 0; c < header->count(); ++c) {
            if (c == name || header->isSectionHidden(c))
                continue;
            QVERIFY2(
                header->sectionSize(name) > header->sectionSize(c),
                qPrintable(QStringLiteral("the name column (%1 pixels) is narrower than '%2' (%3)")
                               .arg(header->sectionSize(name))
                               .arg(model->headerData(c, Qt::Horizontal).toString())
                               .arg(header->sectionSize(c))));
        }
        // An empty column (CIF and E-mail in the demo) no wider than its title and the sort arrow.
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            bool empty = true;
            for (int row = 0; row < model->rowCount() && empty; ++row)
                empty = model->index(row, c).data().toString().isEmpty();
            if (!empty)
                continue;
            const QString title = model->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(c) <= header->fontMetrics().horizontalAdvance(title) + 60,
                     qPrintable(QStringLiteral("the empty column '%1' takes %2 pixels")
                                    .arg(title)
                                    .arg(header->sectionSize(c))));
        }
        // The columns fill the view: no empty strip at the right.
        QVERIFY(header->length() >= view->viewport()->width());
    }

    static void checkIndicatorColumnsFit(const Page *page)
    {
        const QTableView *view = page->findChild<QTableView *>(QStringLiteral("indicatorsView"));
        QVERIFY(view);
        const QHeaderView *header = view->horizontalHeader();
        QVERIFY2(
            header->length() <= view->viewport()->width(),
            qPrintable(QStringLiteral("the indicators' columns need %1 pixels, the table has %2")
                           .arg(header->length())
                           .arg(view->viewport()->width())));
        for (int c = 0; c < header->count(); ++c) {
            if (c == IndicatorTableModel::Name || c == IndicatorTableModel::Source ||
                header->isSectionHidden(c))
                continue;
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QString text = view->model()->index(row, c).data().toString();
                const int needed = view->fontMetrics().horizontalAdvance(text);
                QVERIFY2(header->sectionSize(c) > needed,
                         qPrintable(QStringLiteral("the indicators' '%1' is cut (%2 < %3 pixels)")
                                        .arg(text)
                                        .arg(header->sectionSize(c))
                                        .arg(needed)));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTestSettings(m_dir, QStringLiteral("tst_windowpages"));
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        Result<std::unique_ptr<Database>> opened = Database::open(m_template);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(DemoDataset::load((*opened)->connection()).ok());
    }

    void init() { QVERIFY(test::copyDatabase(m_template, m_path)); }

    void cleanupTestCase() { Language::install(QStringLiteral("ro")); }

    void everyPageFitsTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("screen");
        for (const char *language : {"ro", "en", "sr"}) {
            for (const QSize &size : {QSize(1366, 768), QSize(1024, 600)})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3")
                                             .arg(QLatin1String(language))
                                             .arg(size.width())
                                             .arg(size.height())))
                    << QString::fromLatin1(language) << size;
        }
    }

    void everyPageFitsTheScreen()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        QSettings().clear();
        QVERIFY(Language::install(language));
        Result<std::unique_ptr<Database>> opened = Database::open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        MainWindow window(std::move(opened).value());
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (Page *page : window.pages()) {
            window.setCurrentPage(page->key());
            QTest::qWait(50);
            QVERIFY2(window.minimumSizeHint().width() <= screen.width(),
                     qPrintable(QStringLiteral("%1 needs %2 pixels")
                                    .arg(page->key())
                                    .arg(window.minimumSizeHint().width())));
            for (const QTableView *view : page->findChildren<QTableView *>()) {
                if (!view->isVisible())
                    continue;
                const QHeaderView *header = view->horizontalHeader();
                for (int c = 0; c < header->count(); ++c) {
                    if (header->isSectionHidden(c))
                        continue;
                    const QString text = view->model()->headerData(c, Qt::Horizontal).toString();
                    int needed = 0; // the widest line of a header on several lines
                    for (const QString &line : text.split(QLatin1Char('\n')))
                        needed = std::max(needed, header->fontMetrics().horizontalAdvance(line));
                    // Issue 15: "umăr de înscrier" in the What changed page's header.
                    QVERIFY2(
                        header->sectionSize(c) >= needed,
                        qPrintable(QStringLiteral("%1: the header '%2' is cut (%3 < %4 pixels)")
                                       .arg(page->key(), text)
                                       .arg(header->sectionSize(c))
                                       .arg(needed)));
                }
            }
            // Issue 15: the organizations' region filter read "Toate regiur" at 1024x600.
            for (const QComboBox *combo : page->findChildren<QComboBox *>()) {
                if (!combo->isVisible() || combo->isEditable())
                    continue;
                QStyleOptionComboBox option;
                option.initFrom(combo);
                option.editable = false;
                option.currentText = combo->currentText();
                const QRect field = combo->style()->subControlRect(
                    QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
                const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
                QVERIFY2(field.width() >= needed,
                         qPrintable(QStringLiteral("%1: the choice '%2' is cut (%3 < %4 pixels)")
                                        .arg(page->key(), combo->currentText())
                                        .arg(field.width())
                                        .arg(needed)));
            }
            if (page->key() == QLatin1String("organizations"))
                checkNameColumnTakesTheSpareWidth(page);
            // Issue 15: the programs page was wider than a 1024-pixel screen (its buttons and the
            // objective cut), and its indicators' Achieved column ran past the table's edge.
            // (Only the pages fixed so far: the drafts page is still wider than 1366 pixels in ro.)
            const auto *scroll =
                qobject_cast<const QScrollArea *>(page->parentWidget()->parentWidget());
            QVERIFY(scroll);
            const QStringList fitting{QStringLiteral("organizations"), QStringLiteral("editions")};
            QVERIFY2(!fitting.contains(page->key()) ||
                         scroll->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("%1 is %2 pixels wider than the window")
                                    .arg(page->key())
                                    .arg(scroll->horizontalScrollBar()->maximum())));
            if (page->key() == QLatin1String("editions"))
                checkIndicatorColumnsFit(page);
        }
    }
};

QTEST_MAIN(TestWindowPages)
#include "tst_windowpages.moc"
