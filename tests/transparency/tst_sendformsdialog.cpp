#include "PageTest.h"
#include "Seeding.h"

#include "app/SettingsKeys.h"
#include "common/Dialogs.h"
#include "storage/RecordTableModel.h"
#include "transparency/AnnualFiguresPage.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/SendFormsDialog.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace dc;

// Annual figures > Send forms… and Remind…, driven as a user would: the buttons on the page open
// the dialog, the folder is answered in advance through the Dialogs façade, the files appear in
// it and the last message lists them.
class TestSendFormsDialog final : public test::EmptyPageTest
{
    Q_OBJECT

    // No translation is installed: plurals read as in the source ("2 form(s)").
    // A year long past: every report missing is overdue whatever today's date.
    static constexpr int year = 2020;
    QTemporaryDir m_settings;
    qint64 m_ministry = 0;
    qint64 m_prefecture = 0;

    qint64 add(const QString &name, InstitutionKind kind, const QString &email)
    {
        Institution i;
        i.name = name;
        i.kind = kind;
        i.countyId = i.isCentral() ? 0 : 1;
        if (!email.isEmpty()) {
            i.liaisonName = QStringLiteral(u"Ioana Ștefănescu");
            i.liaisonEmail = email;
        }
        return test::addedId(InstitutionRepository(m_db->connection()).add(i));
    }

    // The page on the year, shown; the dialog opened by the button named @p button.
    SendFormsDialog *open(AnnualFiguresPage &page, const char *button, qint64 select = 0)
    {
        page.year()->setValue(year);
        page.resize(1400, 700);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            return nullptr;
        if (select > 0) {
            QAbstractItemModel *model = page.view()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(RecordTableModel::IdRole).toLongLong() == select)
                    page.view()->selectionModel()->setCurrentIndex(
                        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
        }
        auto *push = page.findChild<QPushButton *>(QLatin1String(button));
        if (!push)
            return nullptr;
        QTest::mouseClick(push, Qt::LeftButton);
        auto *dialog = page.findChild<SendFormsDialog *>();
        return dialog;
    }

    QString folder(const QString &name) const
    {
        const QString path = m_db->filePath(name);
        QDir().mkpath(path);
        return path;
    }

    // Clicks Write of @p dialog, the folder @p out answered and Close chosen in the last
    // message: the files written there.
    static QStringList writeInto(SendFormsDialog *dialog, const QString &out)
    {
        Dialogs::setNextFileName(out);
        Dialogs::setNextChoice(1); // Close, not Open folder
        QTest::mouseClick(dialog->writeButton(), Qt::LeftButton);
        return QDir(out).entryList(QDir::Files);
    }

    void prepare() override
    {
        QSettings().clear();
        m_ministry = add(QStringLiteral(u"Ministerul Exemplului (fictiv)"),
                         InstitutionKind::Ministry, QStringLiteral("ioana@exemplu.invalid"));
        m_prefecture = add(QStringLiteral(u"Prefectura Județului Model (fictivă)"),
                           InstitutionKind::Prefecture, QString());
        QVERIFY(m_ministry && m_prefecture);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The dialog remembers the sender and the folder: here, not in the user's settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void sendFormsForEveryInstitution()
    {
        AnnualFiguresPage page(context());
        SendFormsDialog *dialog = open(page, "sendFormsButton");
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->mode(), SendFormsDialog::Mode::Forms);
        QVERIFY(dialog->allButton()->isChecked());
        QVERIFY(!dialog->selectedButton()->isEnabled()); // nothing selected on the page
        QCOMPARE(dialog->allButton()->text(), QStringLiteral("All institutions (2)"));

        const QString out = folder(QStringLiteral("forms"));
        QCOMPARE(
            writeInto(dialog, out),
            (QStringList{QStringLiteral("Raport-2020-Ministerul-Exemplului-fictiv.xlsx"),
                         QStringLiteral("Raport-2020-Prefectura-Judetului-Model-fictiva.xlsx")}));
        QCOMPARE(dialog->written().size(), 2);
        QVERIFY2(
            Dialogs::lastMessage().startsWith(
                QStringLiteral("2 form(s) written to %1\n").arg(QDir::toNativeSeparators(out))),
            qPrintable(Dialogs::lastMessage()));
        QVERIFY(Dialogs::lastMessage().contains(
            QLatin1String("Raport-2020-Ministerul-Exemplului-fictiv.xlsx")));
        QVERIFY(dialog->result() == QDialog::Accepted);
        QCOMPARE(QSettings().value(SettingsKeys::lastFolder).toString(), out);
    }

    void sendTheFormOfTheSelectedInstitution()
    {
        AnnualFiguresPage page(context());
        SendFormsDialog *dialog = open(page, "sendFormsButton", m_ministry);
        QVERIFY(dialog);
        QVERIFY(dialog->selectedButton()->isEnabled());
        QVERIFY(dialog->selectedButton()->isChecked());
        QCOMPARE(dialog->selectedButton()->text(),
                 QStringLiteral(u"Only Ministerul Exemplului (fictiv)"));
        QCOMPARE(writeInto(dialog, folder(QStringLiteral("one"))),
                 QStringList{QStringLiteral("Raport-2020-Ministerul-Exemplului-fictiv.xlsx")});
    }

    void noFolderChosenWritesNothing()
    {
        AnnualFiguresPage page(context());
        SendFormsDialog *dialog = open(page, "sendFormsButton");
        QVERIFY(dialog);
        Dialogs::setNextFileName(QString()); // the user cancelled the folder dialog
        QTest::mouseClick(dialog->writeButton(), Qt::LeftButton);
        QVERIFY(dialog->written().isEmpty());
        QVERIFY(dialog->isVisible()); // still open, to choose again
        dialog->reject();
    }

    void remindListsTheOverdueInstitutionsThenWrites()
    {
        AnnualFiguresPage page(context());
        SendFormsDialog *dialog = open(page, "remindButton");
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), SendFormsDialog::Mode::Reminders);
        // Both reports of 2020 are missing and past their deadline; the prefecture has no e-mail.
        QTreeWidget *list = dialog->overdueList();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral(u"Ministerul Exemplului (fictiv)"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("ioana@exemplu.invalid"));
        QCOMPARE(list->topLevelItem(1)->text(0),
                 QStringLiteral(u"Prefectura Județului Model (fictivă)"));
        QCOMPARE(list->topLevelItem(1)->text(2),
                 QStringLiteral("none: no reminder (no liaison e-mail)"));
        QVERIFY(QLocale().toInt(list->topLevelItem(0)->text(1)) > 365);
        QVERIFY(dialog->summary()->text().startsWith(
            QLatin1String("2 institution(s) have not sent their report for 2020")));

        // The sender's address is needed before anything is written.
        QCOMPARE(dialog->senderName()->text(),
                 QStringLiteral("Serviciul pentru Cooperarea cu Mediul Asociativ"));
        QVERIFY(!dialog->writeButton()->isEnabled());
        QTest::keyClicks(dialog->senderAddress(), QStringLiteral("cooperare"));
        QVERIFY(!dialog->writeButton()->isEnabled());
        QTest::keyClicks(dialog->senderAddress(), QStringLiteral("@sgg.invalid"));
        QVERIFY(dialog->writeButton()->isEnabled());

        const QString out = folder(QStringLiteral("reminders"));
        QCOMPARE(writeInto(dialog, out),
                 QStringList{QStringLiteral("Reamintire-2020-Ministerul-Exemplului-fictiv.eml")});
        const QString message = Dialogs::lastMessage();
        QVERIFY2(
            message.startsWith(
                QStringLiteral("1 reminder(s) written to %1\n").arg(QDir::toNativeSeparators(out))),
            qPrintable(message));
        QVERIFY(message.contains(QStringLiteral(
            u"Not written:\nPrefectura Județului Model (fictivă): no liaison e-mail")));
        // The sender is remembered for the next time.
        QCOMPARE(QSettings().value(SettingsKeys::reminderSenderAddress).toString(),
                 QStringLiteral("cooperare@sgg.invalid"));
        SendFormsDialog again(SendFormsDialog::Mode::Reminders, m_db->database(), year, 0,
                              QString());
        QCOMPARE(again.senderAddress()->text(), QStringLiteral("cooperare@sgg.invalid"));
        QVERIFY(again.writeButton()->isEnabled());
    }

    void remindWithNothingOverdue()
    {
        // The reports of the current year are not due before next May.
        const int thisYear = QDate::currentDate().year();
        SendFormsDialog dialog(SendFormsDialog::Mode::Reminders, m_db->database(), thisYear, 0,
                               QString());
        dialog.senderAddress()->setText(QStringLiteral("cooperare@sgg.invalid"));
        QCOMPARE(dialog.overdueList()->topLevelItemCount(), 0);
        QVERIFY(dialog.summary()->text().startsWith(
            QStringLiteral("No report for %1 is overdue").arg(thisYear)));
        QVERIFY(!dialog.writeButton()->isEnabled());
    }
};

QTEST_MAIN(TestSendFormsDialog)
#include "tst_sendformsdialog.moc"
