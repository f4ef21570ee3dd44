#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

/// What one register import changed for one organization (a row of register_change).
struct RegisterChange
{
    qint64 id = 0;
    qint64 importId = 0;
    QString importedAt; ///< of the import, ISO UTC
    qint64 organizationId = 0;
    QString kind;  ///< added, dissolved, struck_off, in_liquidation, renamed, moved_county, other
    QString field; ///< for other (and the status kinds): the organization's field
    QString oldValue;
    QString newValue;
    QString registryNumber;
    QString name;
    int countyId = 0;
    QString county;

    /// The kind as the user sees it ("struck off", "moved county"), translated.
    QString kindName() const { return nameOfKind(kind); }
    /// Every kind code, in the order the user sees them.
    static QStringList kinds();
    static QString nameOfKind(const QString &kind);
    /// One line for the user: "Old → New", the field named for other changes; long texts cut.
    QString detail() const;
};

/// Which changes to list: the imports after @p afterImportId up to @p untilImportId (both by id;
/// 0 for no bound), or those made on or after @p sinceDate (yyyy-MM-dd); narrowed to one county
/// and to some kinds of change.
struct RegisterChangeQuery
{
    qint64 afterImportId = 0;
    qint64 untilImportId = 0;
    QString sinceDate;
    std::optional<int> countyId;
    QStringList kinds; ///< only these change kinds (added, dissolved, ...); empty: all
};

} // namespace dc
