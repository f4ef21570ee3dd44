#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

/// The legal form of an NGO under Government Ordinance 26/2000.
enum class LegalForm
{
    Unknown,
    Association,
    Foundation,
    Federation,
    Union,
    Branch
};

/// Whether a record is an NGO, an associative structure of local authorities (UNCJR, AMR...) or
/// another kind of partner. The NGO evidence and the NGO counts count NGOs only.
enum class OrganizationKind
{
    Ngo,
    AssociativeStructure,
    OtherPartner
};

/// The status of an organization in the national NGO register.
enum class RegistryStatus
{
    Active,
    InLiquidation,
    Dissolved,
    StruckOff
};

/// One organization in the office's evidence: a plain value, free of SQL and widgets.
struct Organization
{
    qint64 id = 0;
    QString name;
    QString acronym;
    OrganizationKind kind = OrganizationKind::Ngo;
    LegalForm legalForm = LegalForm::Unknown;
    RegistryStatus status = RegistryStatus::Active;
    QString purposes;
    QString publicUtility;
    QString cif; ///< normalized: digits only, no "RO"
    QString registryNumber;
    QDate registryDate;
    int countyId = 0; ///< 0: the county is not known (NULL in the database, "undetermined")
    QString locality;
    QString address;
    QString email;
    QString phone;
    QString website;
    QString contactPerson;
    std::optional<int> volunteerCount;
    bool volunteering = false;
    QString notes;
    QStringList domains; ///< domain names, sorted
    QDateTime createdAt;
    QDateTime updatedAt;

    /// Equal in every field the user can change (ids and times are not compared).
    bool sameContent(const Organization &other) const;
    /// The values as JSON, for the audit log.
    QJsonObject toJson() const;
};

QString legalFormCode(LegalForm form);
LegalForm legalFormFromCode(const QString &code);
/// Reads a legal form as people write it: "Asociație", "asociatie", "ASOCIAȚIA", "foundation"...
std::optional<LegalForm> parseLegalForm(const QString &text);
QString legalFormName(LegalForm form);

QString organizationKindCode(OrganizationKind kind);
OrganizationKind organizationKindFromCode(const QString &code);
QString organizationKindName(OrganizationKind kind);
/// Every kind, in the order the dialog and the filter list them.
QList<OrganizationKind> organizationKinds();

/// What tables, filters, documents and the command line show for an unknown county.
QString undeterminedCountyName();

QString registryStatusCode(RegistryStatus status);
RegistryStatus registryStatusFromCode(const QString &code);
/// Reads a status as the register writes it: "" (active), "radiata", "in lichidare", "dizolvata".
std::optional<RegistryStatus> parseRegistryStatus(const QString &text);
QString registryStatusName(RegistryStatus status);

} // namespace dc
