#pragma once

#include <QString>

namespace dc {

/// The settings of the documents, named in one place: the institution and the department printed
/// in every page's header, and the signatory of the official documents (the Preferences dialog
/// edits them).
class DocumentSettings final
{
public:
    static QString institutionKey() { return QStringLiteral("documents/institution"); }
    static QString departmentKey() { return QStringLiteral("documents/department"); }
    static QString defaultInstitution()
    {
        return QStringLiteral("Secretariatul General al Guvernului");
    }
    static QString defaultDepartment()
    {
        return QStringLiteral("Serviciul pentru Cooperarea cu Mediul Asociativ");
    }
    /// Who signs the official documents, and as what (e.g. "Șef serviciu"); empty when not set.
    static QString signatoryNameKey() { return QStringLiteral("documents/signatoryName"); }
    static QString signatoryRoleKey() { return QStringLiteral("documents/signatoryRole"); }

    /// The values in the settings, or the defaults when not set (or set empty).
    static QString institution();
    static QString department();
    static QString signatoryName();
    static QString signatoryRole();
};

} // namespace dc
