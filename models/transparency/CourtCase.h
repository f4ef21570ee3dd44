#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dc {

enum class CourtCaseStatus
{
    Pending,
    WonByPlaintiff,
    WonByInstitution
};

/// A court case brought against an institution under Law 52/2003 (art. 13).
struct CourtCase
{
    qint64 id = 0;
    qint64 institutionId = 0;
    int year = 0;
    QString reference; ///< the case number
    QString subject;
    CourtCaseStatus status = CourtCaseStatus::Pending;

    QJsonObject toJson() const;
};

QString courtCaseStatusCode(CourtCaseStatus status);
CourtCaseStatus courtCaseStatusFromCode(const QString &code);
QString courtCaseStatusName(CourtCaseStatus status);

/// Every problem of the record, each message naming its field; empty when it can be saved.
QStringList validateCourtCase(const CourtCase &courtCase);

} // namespace dc
