#include "FundingCall.h"

#include "core/AuditJson.h"
#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(FundingCall)
};

} // namespace

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
    QStringList problems;
    if (call.institutionId <= 0)
        problems << Messages::tr("Institution: required.");
    if (call.name.isEmpty())
        problems << Messages::tr("Name: required.");
    if (call.year < 1990 || call.year > 2100)
        problems << Messages::tr("Year: between 1990 and 2100.");
    if (call.budget.isNegative())
        problems << Messages::tr("Budget: cannot be negative.");
    if (call.opensOn.isValid() && call.submissionDeadline.isValid() &&
        call.submissionDeadline < call.opensOn)
        problems << Messages::tr("Submission deadline: before the call opens.");
    if (call.submissionDeadline.isValid() && call.resultsOn.isValid() &&
        call.resultsOn < call.submissionDeadline)
        problems << Messages::tr("Results: before the submission deadline.");
    return problems;
}

} // namespace dc
