#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

enum class BodyKind
{
    Council,
    College,
    InterministerialCommittee,
    WorkingGroup
};
enum class BodyStatus
{
    Active,
    Dissolved
};

/// A consultative body through which authorities consult the associative environment (a council,
/// a college, an inter-ministerial committee, a working group), with the act that set it up and
/// the institution that runs its secretariat.
struct ConsultativeBody
{
    qint64 id = 0;
    QString name;
    BodyKind kind = BodyKind::Council;
    QString actNumber;
    QDate actDate;
    qint64 secretariatInstitutionId = 0; ///< 0 when none is recorded
    QString purpose;
    std::optional<int> mandateMonths; ///< the length of a mandate
    std::optional<int> quorum;        ///< the members needed for a valid meeting, when set
    BodyStatus status = BodyStatus::Active;
    QDate activeFrom;
    QDate dissolvedOn;
    QString notes;

    QJsonObject toJson() const;
};

QString bodyKindCode(BodyKind kind);
std::optional<BodyKind> bodyKindFromCode(const QString &code);
QString bodyKindName(BodyKind kind);
QString bodyStatusCode(BodyStatus status);
BodyStatus bodyStatusFromCode(const QString &code);
QString bodyStatusName(BodyStatus status);

void normalizeBody(ConsultativeBody &body);
/// Every problem of the record, each naming its field; empty when it can be saved.
QStringList validateBody(const ConsultativeBody &body);

} // namespace dc
