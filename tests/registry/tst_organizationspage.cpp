// The organization page: add, edit and delete through the form and the undo stack (checked
// against the database), search as one types, filters, keyboard.

#include "Keyboard.h"
#include "TestDatabase.h"
#include "common/Dialogs.h"
#include "registry/OrganizationDialog.h"
#include "registry/OrganizationRepository.h"
#include "registry/OrganizationTableModel.h"
#include "registry/OrganizationsPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace dc;

using test::typeText;

class TestOrganizationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_geography = Geography::load(m_db->connection());
        m_preset = static_cast<int>(repository().count());
        m_window = std::make_unique<QWidget>();
        m_undoStack = new QUndoStack(m_window.get());
        m_page = new OrganizationsPage(PageContext{&m_db->database(), m_undoStack}, m_window.get());
        m_window->resize(1000, 600);
        m_page->resize(1000, 600);
        // The window's actions (Ctrl+N...) live in its menus in the program; here on the
        // window.
        m_window->addActions(m_page->editActions());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_undoStack->clear();
        m_window.reset();
        m_db.reset();
    }

    void addThroughTheFormWithUndoAndRedo()
    {
        store(QStringLiteral("Asociația Alfa"), QStringLiteral("Cluj"));
        m_page->reload();
        whenFormOpens([](OrganizationDialog *dialog) {
            typeText(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Fundația Beta"));
            auto *county = dialog->findChild<QComboBox *>(QStringLiteral("countyCombo"));
            county->setCurrentIndex(county->findText(QStringLiteral("Iași")));
            typeText(dialog->findChild<QLineEdit *>(QStringLiteral("cifEdit")),
                     QStringLiteral("RO 23456783"));
        });
        const qint64 id = m_page->newOrganization();
        QVERIFY(id != 0);
        QCOMPARE(repository().count(), m_preset + 2);
        QCOMPARE(repository().find(id)->name, QStringLiteral("Fundația Beta"));
        QCOMPARE(repository().find(id)->cif, QStringLiteral("23456783"));
        QCOMPARE(m_page->currentId(), id); // selected and in view
        QCOMPARE(m_page->model()->rowCount(), m_preset + 2);
        QCOMPARE(m_undoStack->count(), 1);

        m_undoStack->undo();
        QCOMPARE(repository().count(), m_preset + 1);
        QVERIFY(!repository().find(id));
        QCOMPARE(m_page->model()->rowCount(), m_preset + 1);

        m_undoStack->redo();
        QCOMPARE(repository().count(), m_preset + 2);
        QCOMPARE(repository().find(id)->name, QStringLiteral("Fundația Beta")); // the same id again
        QCOMPARE(m_page->currentId(), id);
    }

    void editThroughTheFormWithUndoAndRedo()
    {
        const qint64 id = store(QStringLiteral("Asociația Gama"), QStringLiteral("Brașov"),
                                {QStringLiteral("Cultură")});
        m_page->reload();
        m_page->selectOrganization(id);
        QCOMPARE(m_page->currentId(), id);
        whenFormOpens([](OrganizationDialog *dialog) {
            typeText(dialog->findChild<QLineEdit *>(QStringLiteral("localityEdit")),
                     QStringLiteral("Făgăraș"));
            auto *domain = dialog->findChild<QLineEdit *>(QStringLiteral("domainEdit"));
            typeText(domain, QStringLiteral("Tineret"));
            QTest::keyClick(domain, Qt::Key_Return);
        });
        m_page->editCurrent();
        QCOMPARE(repository().find(id)->locality, QStringLiteral("Făgăraș"));
        QCOMPARE(repository().find(id)->domains,
                 (QStringList{QStringLiteral("Cultură"), QStringLiteral("Tineret")}));
        QCOMPARE(m_page->currentId(), id);

        m_undoStack->undo();
        QCOMPARE(repository().find(id)->locality, QString());
        QCOMPARE(repository().find(id)->domains, QStringList{QStringLiteral("Cultură")});
        QCOMPARE(m_page->currentId(), id);

        m_undoStack->redo();
        QCOMPARE(repository().find(id)->locality, QStringLiteral("Făgăraș"));
    }

    // Someone else changes the organization while the question is open: the user is told what
    // changed and asked again; No keeps it, Yes deletes it as it is now. Deleted meanwhile: the
    // user is told, nothing else happens.
    void aRecordChangedMeanwhileIsAskedAgain()
    {
        const qint64 id = store(QStringLiteral("Asociația Zeta"), QStringLiteral("Cluj"));
        m_page->reload();
        m_page->selectOrganization(id);
        const auto renameTo = [this, id](const QString &name) {
            return [this, id, name] {
                Organization o = *repository().find(id);
                o.name = name;
                QVERIFY(repository().update(o));
            };
        };

        Dialogs::setWhileAsking(renameTo(QStringLiteral("Asociația Zeta Nouă")));
        Dialogs::setNextAnswers({QMessageBox::Yes, QMessageBox::No});
        m_page->deleteCurrent();
        QVERIFY2(Dialogs::lastMessage().contains(
                     QStringLiteral("“Asociația Zeta” → “Asociația Zeta Nouă”")),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(repository().find(id));
        QCOMPARE(m_undoStack->count(), 0);

        Dialogs::setWhileAsking(renameTo(QStringLiteral("Asociația Zeta Veche")));
        Dialogs::setNextAnswers({QMessageBox::Yes, QMessageBox::Yes});
        m_page->deleteCurrent();
        QVERIFY(!repository().find(id));
        m_undoStack->undo();
        QCOMPARE(repository().find(id)->name, QStringLiteral("Asociația Zeta Veche"));

        m_page->reload();
        m_page->selectOrganization(id);
        Dialogs::setWhileAsking([this, id] { QVERIFY(repository().remove(id)); });
        Dialogs::setNextAnswers({QMessageBox::Yes, QMessageBox::Ok});
        m_page->deleteCurrent();
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("deleted this record meanwhile")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(m_undoStack->count(), 1); // only the delete made above
    }

    void deleteAsksAndUndoPutsItBack()
    {
        const qint64 id = store(QStringLiteral("Asociația Delta"), QStringLiteral("Cluj"),
                                {QStringLiteral("Sport")});
        store(QStringLiteral("Asociația Epsilon"), QStringLiteral("Cluj"));
        m_page->reload();
        m_page->selectOrganization(id);
        QCOMPARE(m_page->currentId(), id);

        Dialogs::setNextAnswer(QMessageBox::No);
        m_page->deleteCurrent();
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("Asociația Delta")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(repository().count(), m_preset + 2);
        QCOMPARE(m_undoStack->count(), 0);

        Dialogs::setNextAnswer(QMessageBox::Yes);
        m_page->deleteCurrent();
        QCOMPARE(repository().count(), m_preset + 1);
        QVERIFY(!repository().find(id));
        QCOMPARE(m_page->model()->rowCount(), m_preset + 1);

        m_undoStack->undo();
        QCOMPARE(repository().count(), m_preset + 2);
        QCOMPARE(repository().find(id)->domains, QStringList{QStringLiteral("Sport")});
        QCOMPARE(m_page->currentId(), id);

        m_undoStack->redo();
        QVERIFY(!repository().find(id));
    }

    void failedAddIsNotPushed()
    {
        // A county may be unknown now (issue 15); a wrong CIF still fails.
        Organization badCif;
        badCif.name = QStringLiteral("Cod greșit");
        badCif.cif = QStringLiteral("12345675");
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QCOMPARE(m_page->addOrganization(badCif), 0);
        QVERIFY(Dialogs::lastMessage().contains(QLatin1String("CIF")));
        QCOMPARE(m_undoStack->count(), 0);
        QCOMPARE(repository().count(), m_preset + 0);
    }

    void failedUndoDropsTheCommand()
    {
        Organization o;
        o.name = QStringLiteral("Asociația Zeta");
        o.countyId = m_geography.findCounty(QStringLiteral("Cluj")).value_or(0);
        const qint64 id = m_page->addOrganization(o);
        QVERIFY(id != 0);
        QCOMPARE(m_undoStack->count(), 1);

        // Someone else deleted it meanwhile: the undo (a delete) fails, says so, and leaves the
        // stack.
        QVERIFY(repository().remove(id));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        m_undoStack->undo();
        QCOMPARE(m_undoStack->count(), 0);
        QTRY_VERIFY(Dialogs::lastMessage().contains(QString::number(id)));
        QCOMPARE(m_page->model()->rowCount(), m_preset + 0);
    }

    void searchFiltersAsOneTypes()
    {
        store(QStringLiteral("Clubul Sportiv Zefir"), QStringLiteral("Cluj"));
        store(QStringLiteral("Asociaţia Culturală Zefir Iaşi"),
              QStringLiteral("Iași")); // legacy cedillas
        store(QStringLiteral("Fundația Verde"), QStringLiteral("Cluj"));
        m_page->reload();
        QCOMPARE(m_page->model()->rowCount(), m_preset + 3);

        typeText(m_page->searchEdit(), QStringLiteral("zefir"));
        QTRY_COMPARE(m_page->model()->rowCount(), 2);
        QCOMPARE(m_page->filter().text, QStringLiteral("zefir"));

        // Without diacritics, as a prefix.
        typeText(m_page->searchEdit(), QStringLiteral(" asociatia cultur"));
        QTRY_COMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->index(0, OrganizationTableModel::Name).data().toString(),
                 QStringLiteral("Asociația Culturală Zefir Iași"));

        m_page->searchEdit()->clear();
        QTRY_COMPARE(m_page->model()->rowCount(), m_preset + 3);
    }

    void countyFilterFollowsTheRegion()
    {
        store(QStringLiteral("Asociația Nord"), QStringLiteral("Cluj"));
        store(QStringLiteral("Asociația Est"), QStringLiteral("Iași"));
        m_page->reload();
        auto *region = m_page->findChild<QComboBox *>(QStringLiteral("regionFilter"));
        auto *county = m_page->findChild<QComboBox *>(QStringLiteral("countyFilter"));
        const County *cluj = m_geography.county(*m_geography.findCounty(QStringLiteral("Cluj")));
        region->setCurrentIndex(region->findData(cluj->regionId));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(county->count() > 1);
        for (int i = 1; i < county->count(); ++i)
            QCOMPARE(m_geography.county(county->itemData(i).toInt())->regionId, cluj->regionId);
        QCOMPARE(county->findText(QStringLiteral("Iași")), -1);

        county->setCurrentIndex(county->findData(cluj->id));
        QCOMPARE(m_page->filter().countyId, cluj->id);
        QCOMPARE(m_page->model()->rowCount(), 1);
    }

    // Issue 15: the organizations whose county is not known have a filter entry of their own (not
    // under a region: they have none), the dashboard's "undetermined" bar selects it, and the kind
    // separates the NGOs from the associative structures of local authorities.
    void undeterminedCountyAndKindFilters()
    {
        store(QStringLiteral("Asociația Nord"), QStringLiteral("Cluj"));
        m_page->reload();
        auto *county = m_page->findChild<QComboBox *>(QStringLiteral("countyFilter"));
        auto *region = m_page->findChild<QComboBox *>(QStringLiteral("regionFilter"));
        auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("kindFilter"));
        QVERIFY(kind);
        const int undetermined = county->findData(OrganizationFilter::undeterminedCounty);
        QVERIFY(undetermined > 0);
        QCOMPARE(county->itemText(undetermined), QStringLiteral("Undetermined"));
        county->setCurrentIndex(undetermined);
        QCOMPARE(m_page->filter().countyId, OrganizationFilter::undeterminedCounty);
        QCOMPARE(m_page->model()->rowCount(), m_preset); // the schema's 4 structures: no county
        county->setCurrentIndex(0);

        kind->setCurrentIndex(kind->findData(static_cast<int>(OrganizationKind::Ngo)));
        QCOMPARE(m_page->model()->rowCount(), 1);
        kind->setCurrentIndex(
            kind->findData(static_cast<int>(OrganizationKind::AssociativeStructure)));
        QCOMPARE(m_page->model()->rowCount(), m_preset);
        QCOMPARE(kind->count(), 4); // all kinds, NGO, associative structure, other partner
        kind->setCurrentIndex(0);

        const County *cluj = m_geography.county(*m_geography.findCounty(QStringLiteral("Cluj")));
        region->setCurrentIndex(region->findData(cluj->regionId));
        QCOMPARE(county->findData(OrganizationFilter::undeterminedCounty), -1);

        m_page->applyNavigationFilter(
            {{QStringLiteral("countyId"), OrganizationFilter::undeterminedCounty}});
        QCOMPARE(m_page->filter().countyId, OrganizationFilter::undeterminedCounty);
        QCOMPARE(m_page->filter().regionId, 0);
        QCOMPARE(m_page->model()->rowCount(), m_preset);
    }

    void clearFiltersShowsEverything()
    {
        store(QStringLiteral("Asociația Unu"), QStringLiteral("Cluj"), {QStringLiteral("Sport")});
        store(QStringLiteral("Asociația Doi"), QStringLiteral("Iași"));
        m_page->reload();
        auto *domain = m_page->findChild<QComboBox *>(QStringLiteral("domainFilter"));
        domain->setCurrentIndex(domain->findText(QStringLiteral("Sport")));
        QCOMPARE(m_page->model()->rowCount(), 1);
        auto *clear = m_page->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
        QVERIFY(clear->isEnabled());
        clear->click();
        QCOMPARE(m_page->model()->rowCount(), m_preset + 2);
        QVERIFY(m_page->filter() == OrganizationFilter());
        QVERIFY(!clear->isEnabled());
    }

    void deleteKeyInTheTableDeletes()
    {
        store(QStringLiteral("Asociația Tastă"), QStringLiteral("Cluj"));
        m_page->reload();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_page->view()->setFocus();
        m_page->view()->selectRow(0);

        // Delete in the search box edits the text, it does not delete an organization.
        m_page->searchEdit()->setFocus();
        QTest::keyClick(m_page->searchEdit(), Qt::Key_Delete);
        QCOMPARE(repository().count(), m_preset + 1);

        m_page->view()->setFocus();
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        QCOMPARE(repository().count(), m_preset + 0);
    }

    void enterInTheTableOpensTheForm()
    {
        const qint64 id = store(QStringLiteral("Asociația Enter"), QStringLiteral("Cluj"));
        m_page->reload();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_page->selectOrganization(id);
        m_page->view()->setFocus();
        whenFormOpens([](OrganizationDialog *dialog) {
            typeText(dialog->findChild<QLineEdit *>(QStringLiteral("acronymEdit")),
                     QStringLiteral("AE"));
        });
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QCOMPARE(repository().find(id)->acronym, QStringLiteral("AE"));
        QCOMPARE(m_undoStack->count(), 1);
    }

    void statusTextCountsOrganizations()
    {
        store(QStringLiteral("Asociația A"), QStringLiteral("Cluj"));
        store(QStringLiteral("Asociația B"), QStringLiteral("Iași"));
        QSignalSpy spy(m_page, &Page::statusTextChanged);
        m_page->reload();
        QVERIFY(!spy.isEmpty());
        const QString total = QString::number(m_preset + 2);
        QVERIFY2(m_page->statusText().contains(total), qPrintable(m_page->statusText()));
        auto *county = m_page->findChild<QComboBox *>(QStringLiteral("countyFilter"));
        county->setCurrentIndex(county->findText(QStringLiteral("Cluj")));
        // "1 of 2 organizations shown": the filtered count and the total.
        QVERIFY2(m_page->statusText().startsWith(QLatin1Char('1')) &&
                     m_page->statusText().contains(total),
                 qPrintable(m_page->statusText()));
    }

    void verticalHeaderIsFixed()
    {
        store(QStringLiteral("Asociația Rând"), QStringLiteral("Cluj"));
        m_page->reload();
        QCOMPARE(m_page->view()->verticalHeader()->count(), m_preset + 1);
        QCOMPARE(m_page->view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QVERIFY(m_page->view()->isSortingEnabled());
        m_page->view()->sortByColumn(OrganizationTableModel::County, Qt::DescendingOrder);
        QCOMPARE(m_page->model()->sortColumn(), int(OrganizationTableModel::County));
        QCOMPARE(m_page->model()->sortOrder(), Qt::DescendingOrder);
    }

private:
    qint64 store(const QString &name, const QString &county, const QStringList &domains = {})
    {
        Organization o;
        o.name = name;
        o.countyId = m_geography.findCounty(county).value_or(0);
        o.domains = domains;
        const Result<qint64> id = repository().add(o);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }
    OrganizationRepository repository() const { return OrganizationRepository(m_db->connection()); }
    /// Runs @p fill on the form once it is open, then clicks Save.
    void whenFormOpens(const std::function<void(OrganizationDialog *)> &fill)
    {
        QTimer::singleShot(0, this, [fill] {
            auto *dialog = qobject_cast<OrganizationDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                qWarning("no form open");
                return;
            }
            fill(dialog);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
    }

    std::unique_ptr<test::TestDatabase> m_db;
    Geography m_geography;
    QUndoStack *m_undoStack = nullptr;
    OrganizationsPage *m_page = nullptr;
    std::unique_ptr<QWidget> m_window;
    int m_preset = 0; ///< the organizations a new database comes with (UNCJR, AMR...)
};

QTEST_MAIN(TestOrganizationsPage)
#include "tst_organizationspage.moc"
