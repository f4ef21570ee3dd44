#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dc {

/// The finer kind of a public authority; central() tells the level.
enum class InstitutionKind
{
    Ministry,
    CentralAgency,
    OtherCentral,
    CountyCouncil,
    Prefecture,
    CityHall,
    LocalCouncil,
    OtherLocal
};

/// A public authority that applies Law 52/2003, with the person it designated for the relation
/// with civil society (the liaison).
struct Institution
{
    qint64 id = 0;
    QString name;
    InstitutionKind kind = InstitutionKind::Ministry;
    int countyId = 0; ///< 0 when none (central authorities)
    QString liaisonName;
    QString liaisonFunction;
    QString liaisonEmail;
    QString liaisonPhone;
    QString notes;

    bool isCentral() const;
    QJsonObject toJson() const;
};

QString institutionKindCode(InstitutionKind kind);
InstitutionKind institutionKindFromCode(const QString &code);
QString institutionKindName(InstitutionKind kind);
/// "central" or "local", translated.
QString institutionLevelName(InstitutionKind kind);

/// Brings the text fields to their stored form (comma-below letters, trimmed, e-mail lower case).
void normalizeInstitution(Institution &institution);
/// Every problem of the record, each message naming its field; empty when it can be saved.
QStringList validateInstitution(const Institution &institution);

} // namespace dc
