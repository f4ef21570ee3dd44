#pragma once

#include "storage/RecordListModel.h"

namespace dc {

/// A partnership as its table shows it: the values as the database gives them.
struct PartnershipLine
{
    qint64 id = 0;
    qint64 organizationId = 0;
    QVariant organization;
    QVariant acronym;
    QVariant role;   ///< the role's code
    QVariant status; ///< the status's code
    QVariant program;
    QVariant edition; ///< the edition's number and year
    QVariant start;   ///< ISO date
    QVariant end;     ///< ISO date
    QVariant events;  ///< co-organized events of the edition
    QVariant notes;
};

/// Partnerships as a table: the partners of one edition (edition page), or the editions one
/// organization joined (organization's detail).
class PartnershipTableModel final : public RecordListModel<PartnershipLine>
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
        // IdRole: the partnership's id; RawValueRole: the stored value behind the display text
        OrganizationIdRole = RawValueRole + 1, ///< the organization's id (qint64)
    };

    explicit PartnershipTableModel(QSqlDatabase db, QObject *parent = nullptr);

    /// The partners of an edition.
    void setEdition(qint64 editionId);
    /// The partnerships of an organization, in every program.
    void setOrganization(qint64 organizationId);

protected:
    QList<PartnershipLine> load() const override;
    qint64 recordId(const PartnershipLine &line) const override;
    /// OrganizationIdRole.
    QVariant recordData(const PartnershipLine &line, int role) const override;

private:
    qint64 m_editionId = 0;
    qint64 m_organizationId = 0;
};

} // namespace dc
