#include "CourtCase.h"

#include "core/AuditJson.h"
#include "core/CodeTable.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CourtCase)
};

constexpr codetable::Entry<CourtCaseStatus> statuses[] = {
    {CourtCaseStatus::Pending, "pending", QT_TRANSLATE_NOOP("CourtCase", "pending")},
    {CourtCaseStatus::WonByPlaintiff, "won_by_plaintiff",
     QT_TRANSLATE_NOOP("CourtCase", "won by the plaintiff")},
    {CourtCaseStatus::WonByInstitution, "won_by_institution",
     QT_TRANSLATE_NOOP("CourtCase", "won by the institution")},
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
    return codetable::codeOf(statuses, status);
}

CourtCaseStatus courtCaseStatusFromCode(const QString &code)
{
    return codetable::valueOf(statuses, code, CourtCaseStatus::Pending);
}

QString courtCaseStatusName(CourtCaseStatus status)
{
    return Messages::tr(codetable::byValue(statuses, status).name);
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
