#include "BodyTableModel.h"
#include "core/Dates.h"

#include "BodyRepository.h"
#include "BodyRules.h"
#include "transparency/InstitutionRepository.h"

namespace dc {

BodyTableModel::BodyTableModel(QSqlDatabase db, const QDate &today, QObject *parent)
    : RowTableModel(std::move(db),
                    {{QT_TR_NOOP("Body")},
                     {QT_TR_NOOP("Kind")},
                     {QT_TR_NOOP("Founding act")},
                     {QT_TR_NOOP("Secretariat")},
                     {QT_TR_NOOP("Mandate (months)"), Numeric},
                     {QT_TR_NOOP("Quorum"), Numeric},
                     {QT_TR_NOOP("Status")},
                     {QT_TR_NOOP("Serving members"), Numeric},
                     {QT_TR_NOOP("Warnings"), Numeric}},
                    parent),
      m_today(dayOrToday(today))
{
    refresh();
}

QList<RowTableModel::Row> BodyTableModel::load() const
{
    const BodyRepository repository(db());
    const InstitutionRepository institutions(db());
    QList<Row> rows;
    for (const ConsultativeBody &b : repository.bodies()) {
        const QList<BodyMember> members = repository.members(b.id);
        const QList<BodyWarning> warnings =
            BodyRules::check(b, members, repository.meetings(b.id), m_today);
        QStringList messages;
        for (const BodyWarning &w : warnings)
            messages << w.message();
        const std::optional<Institution> secretariat =
            institutions.find(b.secretariatInstitutionId);
        const QString act =
            b.actDate.isValid()
                ? tr("no. %1 of %2")
                      .arg(b.actNumber, b.actDate.toString(QStringLiteral("dd.MM.yyyy")))
                : b.actNumber;
        Row row;
        row.id = b.id;
        row.raw = {b.name,
                   bodyKindCode(b.kind),
                   b.actDate.isValid() ? b.actDate.toString(Qt::ISODate) + b.actNumber
                                       : b.actNumber,
                   secretariat ? secretariat->name : QString(),
                   b.mandateMonths ? QVariant(*b.mandateMonths) : QVariant(),
                   b.quorum ? QVariant(*b.quorum) : QVariant(),
                   bodyStatusCode(b.status),
                   BodyRules::servingVotingMembers(members, m_today),
                   int(warnings.size())};
        row.display = row.raw;
        row.display[Kind] = bodyKindName(b.kind);
        row.display[Act] = act;
        row.display[Status] = bodyStatusName(b.status);
        row.setWarnings(messages);
        rows << row;
    }
    return rows;
}

} // namespace dc
