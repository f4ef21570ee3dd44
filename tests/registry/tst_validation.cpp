#include "registry/Organization.h"
#include "registry/OrganizationValidation.h"

#include <QTest>

using namespace dc;

class TestValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cif_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        // Real fiscal codes of public institutions (check digit computed with 753217532).
        QTest::newRow("SGG") << QStringLiteral("4221187") << true;
        QTest::newRow("with RO and spaces") << QStringLiteral("RO 4221187") << true;
        QTest::newRow("lower-case ro") << QStringLiteral("ro4221187") << true;
        QTest::newRow("ten digits") << QStringLiteral("1234567897") << true;
        QTest::newRow("two digits") << QStringLiteral("19") << true;
        QTest::newRow("check digit 0 from 10") << QStringLiteral("60") << true;
        QTest::newRow("check digit 10 is not 0-less") << QStringLiteral("61") << false;
        QTest::newRow("wrong check digit") << QStringLiteral("4221188") << false;
        QTest::newRow("letters") << QStringLiteral("42211A7") << false;
        QTest::newRow("too long") << QStringLiteral("12345678901") << false;
        QTest::newRow("one digit") << QStringLiteral("7") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void cif()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(validation::isValidCif(validation::normalizeCif(input)), valid);
    }

    void cifCheckDigitByHand()
    {
        // 1234567 89? : body 123456789 * 753217532 = 7+10+9+8+5+42+35+24+18 = 158; 1580 % 11 = 7.
        QVERIFY(validation::isValidCif(QStringLiteral("1234567897")));
        QVERIFY(!validation::isValidCif(QStringLiteral("1234567891")));
    }

    // The e-mail, phone and website checks, each on its own inputs.
    void contactIsChecked_data()
    {
        using Check = bool (*)(const QString &);
        QTest::addColumn<Check>("isValid");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        const Check email = &validation::isValidEmail;
        QTest::newRow("e-mail of the office")
            << email << QStringLiteral("mediulasociativ@gov.ro") << true;
        QTest::newRow("e-mail, plus and dots")
            << email << QStringLiteral("ana.maria+ong@exemplu.org.ro") << true;
        QTest::newRow("e-mail, no at")
            << email << QStringLiteral("mediulasociativ.gov.ro") << false;
        QTest::newRow("e-mail, no domain dot") << email << QStringLiteral("a@localhost") << false;
        QTest::newRow("e-mail, space") << email << QStringLiteral("a b@gov.ro") << false;
        QTest::newRow("e-mail, double dot") << email << QStringLiteral("a..b@gov.ro") << false;
        QTest::newRow("e-mail, two ats") << email << QStringLiteral("a@b@gov.ro") << false;
        const Check phone = &validation::isValidPhone;
        QTest::newRow("phone, Bucharest fixed, seed 000")
            << phone << QStringLiteral("021 3143400") << true;
        QTest::newRow("phone with extension, seed 000")
            << phone << QStringLiteral("021 3191564, int.1315") << true;
        QTest::newRow("phone, mobile") << phone << QStringLiteral("0722 123 456") << true;
        QTest::newRow("phone, mobile dashes") << phone << QStringLiteral("0722-123-456") << true;
        QTest::newRow("phone, county fixed") << phone << QStringLiteral("(0264) 123 456") << true;
        QTest::newRow("phone, +40") << phone << QStringLiteral("+40 21 314 3400") << true;
        QTest::newRow("phone, 0040") << phone << QStringLiteral("0040 722 123 456") << true;
        QTest::newRow("phone too short") << phone << QStringLiteral("021 314 340") << false;
        QTest::newRow("phone too long") << phone << QStringLiteral("0722 123 4567") << false;
        QTest::newRow("phone, foreign") << phone << QStringLiteral("+33 1 23 45 67 89") << false;
        QTest::newRow("phone, letters") << phone << QStringLiteral("0722 ABC 456") << false;
        QTest::newRow("phone, no leading zero") << phone << QStringLiteral("722123456") << false;
        const Check website = &validation::isValidWebsite;
        QTest::newRow("website, https")
            << website
            << QStringLiteral(
                   "https://sgg.gov.ro/1/programul-promotorii-voluntariatului-in-romania/")
            << true;
        QTest::newRow("website, no scheme") << website << QStringLiteral("www.provobis.ro") << true;
        QTest::newRow("website, http") << website << QStringLiteral("http://habitat.ro") << true;
        QTest::newRow("website, ftp") << website << QStringLiteral("ftp://files.ro") << false;
        QTest::newRow("website, no dot") << website << QStringLiteral("intranet") << false;
        QTest::newRow("website, spaces") << website << QStringLiteral("www.exemplu .ro") << false;
    }
    void contactIsChecked()
    {
        using Check = bool (*)(const QString &);
        QFETCH(Check, isValid);
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(isValid(input), valid);
    }

    void legalForm_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("form");
        QTest::newRow("asociație") << QStringLiteral(u"asociație") << int(LegalForm::Association);
        QTest::newRow("ASOCIAŢIE cedilla")
            << QStringLiteral(u"ASOCIAŢIE") << int(LegalForm::Association);
        QTest::newRow("Fundatia") << QStringLiteral("Fundatia") << int(LegalForm::Foundation);
        QTest::newRow("federație") << QStringLiteral(u"Federație") << int(LegalForm::Federation);
        QTest::newRow("uniune") << QStringLiteral("uniune") << int(LegalForm::Union);
        QTest::newRow("filială") << QStringLiteral(u"FILIALĂ") << int(LegalForm::Branch);
        QTest::newRow("empty") << QString() << int(LegalForm::Unknown);
        QTest::newRow("unknown") << QStringLiteral("SRL") << -1;
    }
    void legalForm()
    {
        QFETCH(QString, input);
        QFETCH(int, form);
        const std::optional<LegalForm> parsed = parseLegalForm(input);
        QCOMPARE(parsed ? int(*parsed) : -1, form);
    }

    void validateNamesEachBadField()
    {
        Organization o;
        o.name = QStringLiteral("  ");
        o.cif = QStringLiteral("RO 4221188");
        o.email = QStringLiteral("nu-e-email");
        o.phone = QStringLiteral("12");
        o.website = QStringLiteral("nothing");
        o.volunteerCount = -3;
        normalizeOrganization(o);
        QCOMPARE(o.cif, QStringLiteral("4221188"));
        const QList<FieldProblem> problems = validateOrganization(o);
        QList<OrganizationField> fields;
        for (const FieldProblem &p : problems) {
            fields << p.field;
            QVERIFY(!p.message.isEmpty());
        }
        const QList<OrganizationField> expected = {
            OrganizationField::Name,    OrganizationField::Cif,
            OrganizationField::Email,   OrganizationField::Phone,
            OrganizationField::Website, OrganizationField::VolunteerCount};
        QCOMPARE(fields, expected);
    }

    // Issue 19: control characters and direction overrides in a name are refused, the character
    // named: ESC starts a terminal's escape sequence, U+202E shows "Asociația ABC" as "CBA".
    void nameWithAControlCharacterIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("character");
        const QString base = QStringLiteral(u"Asociația ");
        QTest::newRow("ESC") << base + QChar(0x1B) + QStringLiteral("[31mRoșu")
                             << QStringLiteral("U+001B");
        QTest::newRow("BEL") << base + QChar(0x07) << QStringLiteral("U+0007");
        QTest::newRow("DEL") << base + QChar(0x7F) << QStringLiteral("U+007F");
        QTest::newRow("C1") << base + QChar(0x9B) << QStringLiteral("U+009B");
        QTest::newRow("right-to-left override")
            << base + QChar(0x202E) + QStringLiteral("ABC") << QStringLiteral("U+202E");
        QTest::newRow("left-to-right isolate") << base + QChar(0x2066) << QStringLiteral("U+2066");
    }
    void nameWithAControlCharacterIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, character);
        Organization o;
        o.name = name;
        o.countyId = 14;
        normalizeOrganization(o);
        const QList<FieldProblem> problems = validateOrganization(o);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, OrganizationField::Name);
        QVERIFY2(problems.first().message.contains(character),
                 qPrintable(problems.first().message));
    }

    // Issue 15: a county no document gives stays unknown (0) and the record is valid.
    void unknownCountyIsValid()
    {
        Organization o;
        o.name = QStringLiteral("Asociația Fără Județ");
        QCOMPARE(o.countyId, 0);
        QVERIFY(validateOrganization(o).isEmpty());
    }

    void validRecordHasNoProblems()
    {
        Organization o;
        o.name = QStringLiteral(u"Asociaţia Pro Vobis");
        o.cif = QStringLiteral("RO4221187");
        o.countyId = 14;
        o.email = QStringLiteral(" Office@ProVobis.ro ");
        o.domains = {QStringLiteral("voluntariat"), QStringLiteral(u"Educaţie"),
                     QStringLiteral("Voluntariat")};
        normalizeOrganization(o);
        QCOMPARE(o.name, QStringLiteral(u"Asociația Pro Vobis"));
        QCOMPARE(o.email, QStringLiteral("office@provobis.ro"));
        QCOMPARE(o.domains,
                 (QStringList{QStringLiteral(u"Educație"), QStringLiteral("voluntariat")}));
        QVERIFY(validateOrganization(o).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
