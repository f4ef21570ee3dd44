#pragma once

#include "RegisterChange.h"
#include "storage/RecordListModel.h"

namespace dc {

/// The "What changed" feed: the changes of the last register import, or between two imports,
/// optionally in one county, one per row.
class RegisterChangeModel final : public RecordListModel<RegisterChange>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterChangeModel)

public:
    enum Column
    {
        Kind,
        RegistryNumber,
        Name,
        County,
        Detail,
        ImportedAt,
        ColumnCount
    };
    enum Role
    {
        // IdRole: the register_change id; RawValueRole: the stored value (kind code, county id,
        // ISO date) for sorting
        OrganizationIdRole = RawValueRole + 1 ///< the organization the change concerns (0 when
                                              ///< deleted since)
    };

    explicit RegisterChangeModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Lists the changes @p query selects (reloads).
    void setQuery(const RegisterChangeQuery &query);
    /// Lists the changes of the newest import, keeping the county filter.
    void showLastImport();
    /// Narrows to one county (none: all), keeping the imports chosen.
    void setCounty(std::optional<int> countyId);
    /// Narrows to some kinds of change (empty: all), keeping the rest.
    void setKinds(const QStringList &kinds);
    /// Lists the changes after import @p afterImportId (0: from the first) up to @p untilImportId,
    /// keeping the county and kind filters.
    void setImports(qint64 afterImportId, qint64 untilImportId);
    const RegisterChangeQuery &query() const { return m_query; }
    /// Empty unless the last load failed.
    const QString &lastError() const { return m_lastError; }
    const RegisterChange &change(int row) const { return records().at(row); }
    const QList<RegisterChange> &changes() const { return records(); }

    /// The column's title as the user sees it (also the export's headers).
    static QString columnTitle(Column column);

protected:
    QList<RegisterChange> load() const override;
    qint64 recordId(const RegisterChange &change) const override;
    /// OrganizationIdRole.
    QVariant recordData(const RegisterChange &change, int role) const override;

private:
    static QList<ColumnSpec> columns();

    RegisterChangeQuery m_query;
    mutable QString m_lastError; ///< of the last load()
};

} // namespace dc
