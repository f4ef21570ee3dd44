#include "FundingCall.h"

#include "core/AuditJson.h"
#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

QJsonObject FundingCall::toJson() const
{
    AuditJson json;
    json.insert("institution_id", institutionId);
    json.insert("name", name);
    json.insert("year", year);
    json.id("domain_id", domainId);
    json.insert("budget", budget.toDecimal());
    json.date("opens_on", opensOn);
    json.date("submission_deadline", submissionDeadline);
    json.date("results_on", resultsOn);
    json.text("notes", notes);
    return json.object();
}

void normalizeCall(FundingCall &call)
{
    call.name = text::normalized(call.name);
    call.notes = call.notes.trimmed();
}

QStringList validateCall(const FundingCall &call)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("FundingCall", text);
    };
    QStringList problems;
    if (call.institutionId <= 0)
        problems << tr("Institution: required.");
    if (call.name.isEmpty())
        problems << tr("Name: required.");
    if (call.year < 1990 || call.year > 2100)
        problems << tr("Year: between 1990 and 2100.");
    if (call.budget.isNegative())
        problems << tr("Budget: cannot be negative.");
    if (call.opensOn.isValid() && call.submissionDeadline.isValid() &&
        call.submissionDeadline < call.opensOn)
        problems << tr("Submission deadline: before the call opens.");
    if (call.submissionDeadline.isValid() && call.resultsOn.isValid() &&
        call.resultsOn < call.submissionDeadline)
        problems << tr("Results: before the submission deadline.");
    return problems;
}

} // namespace dc
