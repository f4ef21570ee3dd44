#include "InstitutionTableModel.h"

#include "DraftActRepository.h"
#include "InstitutionRepository.h"
#include "TransparencyWarnings.h"
#include "registry/Geography.h"

#include <QHash>

namespace dc {

InstitutionTableModel::InstitutionTableModel(QSqlDatabase db, QObject *parent)
    : RowTableModel(std::move(db),
                    {{QT_TR_NOOP("Institution")},
                     {QT_TR_NOOP("Kind")},
                     {QT_TR_NOOP("Level")},
                     {QT_TR_NOOP("County")},
                     {QT_TR_NOOP("Liaison for civil society")},
                     {QT_TR_NOOP("Function")},
                     {QT_TR_NOOP("E-mail")},
                     {QT_TR_NOOP("Phone")},
                     {QT_TR_NOOP("Drafts"), Numeric},
                     {QT_TR_NOOP("Deadline warnings"), Numeric}},
                    parent)
{
    refresh();
}

QList<RowTableModel::Row> InstitutionTableModel::load() const
{
    const Geography geography = Geography::load(db());
    QHash<qint64, int> drafts;
    for (const DraftAct &d : DraftActRepository(db()).drafts())
        ++drafts[d.institutionId];
    QHash<qint64, QStringList> warnings;
    for (const TransparencyWarning &w : TransparencyWarnings::list(db()))
        warnings[w.institutionId] << w.title + QLatin1String(": ") +
                                         DeadlineRules::message(w.warning);

    QList<Row> rows;
    for (const Institution &i : InstitutionRepository(db()).all()) {
        Row row;
        row.id = i.id;
        const dc::County *county = geography.county(i.countyId);
        const QStringList ws = warnings.value(i.id);
        row.raw = {i.name,
                   institutionKindCode(i.kind),
                   i.isCentral() ? QStringLiteral("central") : QStringLiteral("local"),
                   county ? county->name : QString(),
                   i.liaisonName,
                   i.liaisonFunction,
                   i.liaisonEmail,
                   i.liaisonPhone,
                   drafts.value(i.id),
                   int(ws.size())};
        row.display = row.raw;
        row.display[Kind] = institutionKindName(i.kind);
        row.display[Level] = institutionLevelName(i.kind);
        row.setWarnings(ws);
        rows << row;
    }
    return rows;
}

} // namespace dc
