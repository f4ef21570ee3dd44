#include "CourtCase.h"

#include "core/AuditJson.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CourtCase)
};

} // namespace

QJsonObject CourtCase::toJson() const
{
    AuditJson json;
    json.insert("institution_id", institutionId);
    json.insert("year", year);
    json.text("reference", reference);
    json.text("subject", subject);
    json.insert("status", courtCaseStatusCode(status));
    return json.object();
}

QString courtCaseStatusCode(CourtCaseStatus status)
{
    switch (status) {
    case CourtCaseStatus::WonByPlaintiff:
        return QStringLiteral("won_by_plaintiff");
    case CourtCaseStatus::WonByInstitution:
        return QStringLiteral("won_by_institution");
    case CourtCaseStatus::Pending:
        break;
    }
    return QStringLiteral("pending");
}

CourtCaseStatus courtCaseStatusFromCode(const QString &code)
{
    if (code == QLatin1String("won_by_plaintiff"))
        return CourtCaseStatus::WonByPlaintiff;
    if (code == QLatin1String("won_by_institution"))
        return CourtCaseStatus::WonByInstitution;
    return CourtCaseStatus::Pending;
}

QString courtCaseStatusName(CourtCaseStatus status)
{
    switch (status) {
    case CourtCaseStatus::WonByPlaintiff:
        return Messages::tr("won by the plaintiff");
    case CourtCaseStatus::WonByInstitution:
        return Messages::tr("won by the institution");
    case CourtCaseStatus::Pending:
        break;
    }
    return Messages::tr("pending");
}

QStringList validateCourtCase(const CourtCase &c)
{
    QStringList problems;
    if (c.institutionId <= 0)
        problems << Messages::tr(
            "Institution: the case needs the institution it was brought against.");
    if (c.year < 2003 || c.year > 2100)
        problems << Messages::tr("Year: %1 is not a year under Law 52/2003.").arg(c.year);
    return problems;
}

} // namespace dc
