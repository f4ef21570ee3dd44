// The organization form: every field checked as one types, Save only when valid and changed,
// Esc asks before unsaved changes are lost.

#include "DatabaseTest.h"
#include "Keyboard.h"
#include "common/Dialogs.h"
#include "registry/OrganizationDialog.h"
#include "registry/OrganizationRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace dc;

using test::typeText;

class TestOrganizationDialog : public test::EmptyDatabaseTest
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        m_dialog.reset();
        EmptyDatabaseTest::cleanup();
    }

    void newFormCannotBeSavedEmpty()
    {
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(!m_dialog->canSave());
        // Nothing typed yet: no field is marked red, but the line at the bottom says what is
        // missing.
        QVERIFY(!field<QLineEdit>("nameEdit")->property("invalid").toBool());
        QVERIFY(!field<QLabel>("messageLabel")->text().isEmpty());
    }

    // Issue 15: a county no document gives stays undetermined; the name alone makes a record.
    void saveEnabledOnceNameIsGivenCountyMayStayUndetermined()
    {
        typeText(field<QLineEdit>("nameEdit"), QStringLiteral("Asociația Pro Vobis"));
        QVERIFY(saveButton()->isEnabled());
        QCOMPARE(field<QComboBox>("countyCombo")->currentText(), QStringLiteral("Undetermined"));
        QCOMPARE(m_dialog->organization().countyId, 0);
        chooseCounty(QStringLiteral("Cluj"));
        QVERIFY(saveButton()->isEnabled());
        QCOMPARE(m_dialog->organization().name, QStringLiteral("Asociația Pro Vobis"));
        QCOMPARE(m_dialog->organization().countyId, 14);
        chooseCounty(QStringLiteral("Undetermined"));
        QCOMPARE(m_dialog->organization().countyId, 0);

        // Emptying the name again: disabled, and now the field is marked with the message as
        // tooltip.
        typeInto("nameEdit", QString());
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(field<QLineEdit>("nameEdit")->property("invalid").toBool());
        QVERIFY(!field<QLineEdit>("nameEdit")->toolTip().isEmpty());
    }

    // Issue 15: an NGO, an associative structure of local authorities or another partner.
    void kindIsChosenInTheForm()
    {
        auto *kind = field<QComboBox>("kindCombo");
        QCOMPARE(kind->count(), 3);
        QCOMPARE(m_dialog->organization().kind, OrganizationKind::Ngo);
        kind->setCurrentIndex(kind->findData(static_cast<int>(OrganizationKind::OtherPartner)));
        QCOMPARE(kind->currentText(), QStringLiteral("Other partner (not an NGO)"));
        QCOMPARE(m_dialog->organization().kind, OrganizationKind::OtherPartner);
    }

    void badFieldDisablesSave_data()
    {
        QTest::addColumn<QByteArray>("fieldName");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("good");
        QTest::newRow("CIF with a wrong check digit")
            << QByteArray("cifEdit") << QStringLiteral("RO 1234567")
            << QStringLiteral("RO 23456783");
        QTest::newRow("CIF with letters")
            << QByteArray("cifEdit") << QStringLiteral("12AB") << QStringLiteral("14000000");
        QTest::newRow("e-mail without domain")
            << QByteArray("emailEdit") << QStringLiteral("office@ong")
            << QStringLiteral("office@ong.ro");
        QTest::newRow("phone too short")
            << QByteArray("phoneEdit") << QStringLiteral("12345") << QStringLiteral("0722 123 456");
        QTest::newRow("foreign phone")
            << QByteArray("phoneEdit") << QStringLiteral("+33 1 23 45 67 89")
            << QStringLiteral("+40 21 314 3400");
        QTest::newRow("website") << QByteArray("websiteEdit") << QStringLiteral("not a site")
                                 << QStringLiteral("www.provobis.ro");
    }

    void badFieldDisablesSave()
    {
        QFETCH(QByteArray, fieldName);
        QFETCH(QString, bad);
        QFETCH(QString, good);
        typeText(field<QLineEdit>("nameEdit"), QStringLiteral("Fundația Comunitară"));
        chooseCounty(QStringLiteral("Iași"));
        QVERIFY(saveButton()->isEnabled());

        typeInto(fieldName.constData(), bad);
        QVERIFY(!saveButton()->isEnabled());
        auto *edit = field<QLineEdit>(fieldName.constData());
        QVERIFY(edit->property("invalid").toBool());
        QVERIFY(!edit->toolTip().isEmpty());
        QVERIFY2(field<QLabel>("messageLabel")
                     ->text()
                     .contains(edit->toolTip().section(QLatin1Char('\n'), 0, 0)),
                 qPrintable(field<QLabel>("messageLabel")->text()));

        typeInto(fieldName.constData(), good);
        QVERIFY2(saveButton()->isEnabled(), qPrintable(field<QLabel>("messageLabel")->text()));
        QVERIFY(!edit->property("invalid").toBool());
    }

    void cifAcceptsRoPrefixAndSpaces()
    {
        typeText(field<QLineEdit>("nameEdit"), QStringLiteral("Asociația Vest"));
        chooseCounty(QStringLiteral("Timiș"));
        typeInto("cifEdit", QStringLiteral("ro 2345 6783"));
        QVERIFY(saveButton()->isEnabled());
        QCOMPARE(m_dialog->organization().cif, QStringLiteral("23456783"));
    }

    void cifUsedByAnotherOrganizationIsReported()
    {
        storeOrganization(QStringLiteral("Prima asociație"), QStringLiteral("23456783"));
        m_dialog->setOrganization(Organization());
        typeText(field<QLineEdit>("nameEdit"), QStringLiteral("A doua asociație"));
        chooseCounty(QStringLiteral("Cluj"));
        typeInto("cifEdit", QStringLiteral("RO23456783"));
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(field<QLineEdit>("cifEdit")->property("invalid").toBool());
        QCOMPARE(m_dialog->problems().size(), 1);
        QCOMPARE(m_dialog->problems().first().field, OrganizationField::Cif);
    }

    void unchangedRecordCannotBeSaved()
    {
        const qint64 id =
            storeOrganization(QStringLiteral("Asociația Brașov"), QStringLiteral("14000000"));
        m_dialog->setOrganization(*OrganizationRepository(m_db->connection()).find(id));
        QVERIFY(!m_dialog->isChanged());
        QVERIFY(!saveButton()->isEnabled());
        // Its own CIF is no conflict.
        QVERIFY(m_dialog->problems().isEmpty());

        auto *locality = field<QLineEdit>("localityEdit");
        locality->end(false);
        typeText(locality, QStringLiteral("x"));
        QVERIFY(m_dialog->isChanged());
        QVERIFY(saveButton()->isEnabled());

        // Back as it was: nothing to save again.
        QTest::keyClick(locality, Qt::Key_Backspace);
        QVERIFY(!m_dialog->isChanged());
        QVERIFY(!saveButton()->isEnabled());

        // Only white space added: the stored form is the same, so still nothing to save.
        typeText(locality, QStringLiteral("  "));
        QVERIFY(!saveButton()->isEnabled());
    }

    void domainsAreAddedWithEnterAndRemoved()
    {
        typeText(field<QLineEdit>("nameEdit"), QStringLiteral("Asociația Tineret"));
        chooseCounty(QStringLiteral("Cluj"));
        auto *domainEdit = field<QLineEdit>("domainEdit");
        auto *list = field<QListWidget>("domainList");
        typeText(domainEdit, QStringLiteral("Tineret"));
        QTest::keyClick(domainEdit, Qt::Key_Return);
        QVERIFY(m_dialog->isVisible()); // Enter added the domain, it did not save the form
        typeText(domainEdit, QStringLiteral("Educație"));
        QTest::keyClick(domainEdit, Qt::Key_Enter);
        typeText(domainEdit, QStringLiteral("TINERET")); // the same domain in other letters
        QTest::keyClick(domainEdit, Qt::Key_Return);
        QCOMPARE(list->count(), 2);
        QCOMPARE(m_dialog->organization().domains,
                 (QStringList{QStringLiteral("Educație"), QStringLiteral("Tineret")}));

        list->setCurrentRow(0);
        field<QPushButton>("removeDomainButton")->click();
        QCOMPARE(m_dialog->organization().domains, QStringList{QStringLiteral("Tineret")});
        QVERIFY(saveButton()->isEnabled());
    }

    void volunteerCountAndDateMayBeUnknown()
    {
        typeText(field<QLineEdit>("nameEdit"), QStringLiteral("Asociația Voluntari"));
        chooseCounty(QStringLiteral("Cluj"));
        QVERIFY(!m_dialog->organization().volunteerCount.has_value());
        QVERIFY(!m_dialog->organization().registryDate.isValid());
        field<QCheckBox>("volunteeringCheck")->setChecked(true);
        field<QSpinBox>("volunteerCountSpin")->setValue(25);
        const Organization o = m_dialog->organization();
        QVERIFY(o.volunteering);
        QCOMPARE(o.volunteerCount.value_or(-1), 25);
    }

    void escapeAsksOnlyWhenChanged()
    {
        // Unchanged: Esc closes at once.
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));

        m_dialog->setOrganization(Organization());
        m_dialog->show();
        typeText(field<QLineEdit>("nameEdit"), QStringLiteral("Ceva"));
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(field<QLineEdit>("nameEdit"), Qt::Key_Escape);
        QVERIFY(m_dialog->isVisible()); // the user chose to go on editing
        QVERIFY(Dialogs::lastMessage().contains(QLatin1String("not been saved")));

        Dialogs::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(field<QLineEdit>("nameEdit"), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
    }

    void readOnlyFormHasNoSave()
    {
        const qint64 id = storeOrganization(QStringLiteral("Asociația Citire"));
        m_dialog->setOrganization(*OrganizationRepository(m_db->connection()).find(id));
        m_dialog->setReadOnly(true);
        QVERIFY(!saveButton());
        QVERIFY(field<QLineEdit>("nameEdit")->isReadOnly());
        QVERIFY(!field<QComboBox>("countyCombo")->isEnabled());
        QVERIFY(!m_dialog->canSave());
    }

private:
    template <typename W> W *field(const char *name) const
    {
        auto *widget = m_dialog->findChild<W *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    QPushButton *saveButton() const
    {
        return field<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Save);
    }

    void typeInto(const char *name, const QString &text)
    {
        auto *edit = field<QLineEdit>(name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        typeText(edit, text);
    }

    void chooseCounty(const QString &name)
    {
        auto *combo = field<QComboBox>("countyCombo");
        combo->setCurrentIndex(combo->findText(name));
    }

    qint64 storeOrganization(const QString &name, const QString &cif = QString())
    {
        Organization o;
        o.name = name;
        o.cif = cif;
        o.countyId = Geography::load(m_db->connection()).counties().first().id;
        o.locality = QStringLiteral("Brașov");
        const Result<qint64> id = OrganizationRepository(m_db->connection()).add(o);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }

    void prepare() override
    {
        m_dialog = std::make_unique<OrganizationDialog>(m_db->connection());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    std::unique_ptr<OrganizationDialog> m_dialog;
};

QTEST_MAIN(TestOrganizationDialog)
#include "tst_organizationdialog.moc"
