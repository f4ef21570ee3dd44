#include "InstitutionTableModel.h"

#include "DraftActRepository.h"
#include "InstitutionRepository.h"
#include "TransparencyWarnings.h"
#include "registry/Geography.h"

#include <QHash>

namespace dc {

InstitutionTableModel::InstitutionTableModel(QSqlDatabase db, QObject *parent)
    : RecordTableModel(std::move(db), ColumnCount, parent)
{
    refresh();
}

QList<RecordTableModel::Row> InstitutionTableModel::load() const
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
        row.warning = !ws.isEmpty();
        row.toolTip = ws.join(QLatin1Char('\n'));
        rows << row;
    }
    return rows;
}

QString InstitutionTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Institution");
    case Kind:
        return tr("Kind");
    case Level:
        return tr("Level");
    case County:
        return tr("County");
    case LiaisonName:
        return tr("Liaison for civil society");
    case LiaisonFunction:
        return tr("Function");
    case LiaisonEmail:
        return tr("E-mail");
    case LiaisonPhone:
        return tr("Phone");
    case Drafts:
        return tr("Drafts");
    case Warnings:
        return tr("Deadline warnings");
    default:
        return {};
    }
}

bool InstitutionTableModel::isNumeric(int column) const
{
    return column == Drafts || column == Warnings;
}

} // namespace dc
