#include "OrganizationValidation.h"

#include "core/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationValidation)
};

} // namespace

QString organizationFieldName(OrganizationField field)
{
    switch (field) {
    case OrganizationField::Name:
        return Messages::tr("Name");
    case OrganizationField::Acronym:
        return Messages::tr("Acronym");
    case OrganizationField::LegalForm:
        return Messages::tr("Legal form");
    case OrganizationField::Status:
        return Messages::tr("Status");
    case OrganizationField::Cif:
        return Messages::tr("CIF");
    case OrganizationField::RegistryNumber:
        return Messages::tr("Registry number");
    case OrganizationField::RegistryDate:
        return Messages::tr("Registry date");
    case OrganizationField::County:
        return Messages::tr("County");
    case OrganizationField::Locality:
        return Messages::tr("Locality");
    case OrganizationField::Address:
        return Messages::tr("Address");
    case OrganizationField::Email:
        return Messages::tr("E-mail");
    case OrganizationField::Phone:
        return Messages::tr("Phone");
    case OrganizationField::Website:
        return Messages::tr("Website");
    case OrganizationField::ContactPerson:
        return Messages::tr("Contact person");
    case OrganizationField::VolunteerCount:
        return Messages::tr("Volunteers");
    case OrganizationField::Domains:
        return Messages::tr("Domains");
    case OrganizationField::Notes:
        return Messages::tr("Notes");
    }
    return {};
}

namespace validation {

QString normalizeCif(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            s.append(c);
    }
    if (s.startsWith(QLatin1String("RO"), Qt::CaseInsensitive))
        s.remove(0, 2);
    return s;
}

QString cifKey(const QString &text)
{
    return normalizeCif(text).toUpper();
}

bool isValidCif(const QString &cif)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{2,10}$"));
    if (!digits.match(cif).hasMatch())
        return false;
    static const char key[] = "753217532";
    const QString body = cif.left(cif.size() - 1).rightJustified(9, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += body.at(i).digitValue() * (key[i] - '0');
    int check = sum * 10 % 11;
    if (check == 10)
        check = 0;
    return check == cif.back().digitValue();
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$"));
    return email.size() <= 254 && pattern.match(email).hasMatch() &&
           !email.contains(QLatin1String(".."));
}

bool isValidPhone(const QString &phone)
{
    QString s = phone.trimmed();
    // An extension after the number: "int. 1315", "interior 12", "ext. 5".
    static const QRegularExpression extension(
        QStringLiteral("[,;]?\\s*(int(erior)?|ext)\\.?\\s*[0-9]{1,6}$"),
        QRegularExpression::CaseInsensitiveOption);
    s.remove(extension);
    static const QRegularExpression allowed(QStringLiteral("^[0-9+ ./()-]+$"));
    if (!allowed.match(s).hasMatch())
        return false;
    const bool plus = s.startsWith(QLatin1Char('+'));
    QString digits;
    for (const QChar c : std::as_const(s)) {
        if (c.isDigit())
            digits.append(c);
    }
    if (plus) {
        if (!digits.startsWith(QLatin1String("40")))
            return false;
        digits = QLatin1Char('0') + digits.mid(2);
    } else if (digits.startsWith(QLatin1String("0040"))) {
        digits = QLatin1Char('0') + digits.mid(4);
    }
    static const QRegularExpression national(QStringLiteral("^0[2378][0-9]{8}$"));
    return national.match(digits).hasMatch();
}

bool isValidWebsite(const QString &text)
{
    if (text.contains(QLatin1Char(' ')))
        return false;
    QString s = text;
    if (!s.contains(QLatin1String("://")))
        s.prepend(QLatin1String("https://"));
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return false;
    const QString host = url.host();
    static const QRegularExpression hostPattern(
        QStringLiteral("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$"),
        QRegularExpression::CaseInsensitiveOption);
    return hostPattern.match(host).hasMatch();
}

} // namespace validation

void normalizeOrganization(Organization &o)
{
    for (QString *field : {&o.name, &o.acronym, &o.purposes, &o.publicUtility, &o.registryNumber,
                           &o.locality, &o.address, &o.phone, &o.website, &o.contactPerson}) {
        *field = text::normalized(*field);
    }
    // Notes keep their line breaks; only the letters are normalized.
    QStringList lines = o.notes.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = text::normalized(line);
    o.notes = lines.join(QLatin1Char('\n')).trimmed();
    o.cif = validation::cifKey(o.cif);
    o.email = o.email.trimmed().toLower();

    QStringList domains;
    QStringList seen;
    for (const QString &d : std::as_const(o.domains)) {
        const QString name = text::normalized(d);
        const QString key = text::folded(name);
        if (name.isEmpty() || seen.contains(key))
            continue;
        seen << key;
        domains << name;
    }
    std::sort(domains.begin(), domains.end(), [](const QString &a, const QString &b) {
        return text::sortKey(a) < text::sortKey(b);
    });
    o.domains = domains;
}

QList<FieldProblem> validateOrganization(const Organization &o)
{
    QList<FieldProblem> problems;
    auto add = [&problems](OrganizationField field, const QString &message) {
        problems.append({field, message});
    };
    if (o.name.isEmpty())
        add(OrganizationField::Name, Messages::tr("The name is required."));
    else if (o.name.size() > 500)
        add(OrganizationField::Name, Messages::tr("The name is longer than 500 characters."));
    else if (const char16_t c = text::firstControlCharacter(o.name))
        add(OrganizationField::Name, Messages::tr("The name holds the invisible character %1 (a "
                                                  "control or text-direction character).")
                                         .arg(text::codePointName(c)));
    if (!o.cif.isEmpty() && !validation::isValidCif(o.cif))
        add(OrganizationField::Cif,
            Messages::tr("The CIF %1 is not valid (2 to 10 digits, the last one a check digit).")
                .arg(o.cif));
    // A county no source gives stays unknown (0), never guessed (issue 15).
    if (!o.email.isEmpty() && !validation::isValidEmail(o.email))
        add(OrganizationField::Email,
            Messages::tr("The e-mail address %1 is not valid.").arg(o.email));
    if (!o.phone.isEmpty() && !validation::isValidPhone(o.phone))
        add(OrganizationField::Phone,
            Messages::tr("The phone number %1 is not a Romanian number (e.g. 021 "
                         "314 3400, 0722 123 456, +40 21 314 3400).")
                .arg(o.phone));
    if (!o.website.isEmpty() && !validation::isValidWebsite(o.website))
        add(OrganizationField::Website,
            Messages::tr("The web address %1 is not valid.").arg(o.website));
    if (o.volunteerCount && *o.volunteerCount < 0)
        add(OrganizationField::VolunteerCount,
            Messages::tr("The number of volunteers cannot be negative."));
    if (o.registryDate.isValid() && o.registryDate > QDate::currentDate())
        add(OrganizationField::RegistryDate, Messages::tr("The registry date is in the future."));
    return problems;
}

} // namespace dc
