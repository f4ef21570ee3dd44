#pragma once

#include "Money.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dc {

/// A funding program of an institution for one year (a call for non-refundable financing of
/// non-profit activities of general interest, Law 350/2005): its domain, budget and deadlines.
struct FundingCall
{
    qint64 id = 0;
    qint64 institutionId = 0;
    QString name;
    int year = 0;
    qint64 domainId = 0; ///< 0 when the call is open to every domain
    Money budget;
    QDate opensOn;
    QDate submissionDeadline;
    QDate resultsOn;
    QString notes;

    QJsonObject toJson() const;
};

void normalizeCall(FundingCall &call);
QStringList validateCall(const FundingCall &call);

} // namespace dc
