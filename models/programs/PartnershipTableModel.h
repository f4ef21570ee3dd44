#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace dc {

/// Partnerships as a table: the partners of one edition (edition page), or the editions one
/// organization joined (organization's detail).
class PartnershipTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnershipTableModel)

public:
    enum Column
    {
        Organization,
        Acronym,
        Role,
        Status,
        Program,
        Edition,
        Start,
        End,
        Events,
        Notes,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the partnership's id (qint64)
        RawValueRole,              ///< the stored value behind the display text
        OrganizationIdRole,        ///< the organization's id (qint64)
    };

    explicit PartnershipTableModel(QSqlDatabase db, QObject *parent = nullptr);

    /// The partners of an edition.
    void setEdition(qint64 editionId);
    /// The partnerships of an organization, in every program.
    void setOrganization(qint64 organizationId);
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        qint64 organizationId = 0;
        QList<QVariant> values; // one per column
    };

    QSqlDatabase m_db;
    qint64 m_editionId = 0;
    qint64 m_organizationId = 0;
    QList<Row> m_rows;
};

} // namespace dc
