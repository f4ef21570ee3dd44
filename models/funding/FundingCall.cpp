#include "FundingCall.h"

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
    QJsonObject json;
    json.insert(QLatin1String("institution_id"), institutionId);
    json.insert(QLatin1String("name"), name);
    json.insert(QLatin1String("year"), year);
    if (domainId > 0)
        json.insert(QLatin1String("domain_id"), domainId);
    json.insert(QLatin1String("budget"), budget.toDecimal());
    auto putDate = [&json](const char *key, const QDate &d) {
        if (d.isValid())
            json.insert(QLatin1String(key), d.toString(Qt::ISODate));
    };
    putDate("opens_on", opensOn);
    putDate("submission_deadline", submissionDeadline);
    putDate("results_on", resultsOn);
    if (!notes.isEmpty())
        json.insert(QLatin1String("notes"), notes);
    return json;
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
