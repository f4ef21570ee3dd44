#include "PartnershipTableModel.h"
#include "core/Dates.h"

#include "Partnership.h"

#include <QDate>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

PartnershipTableModel::PartnershipTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

void PartnershipTableModel::setEdition(qint64 editionId)
{
    m_editionId = editionId;
    m_organizationId = 0;
    refresh();
}

void PartnershipTableModel::setOrganization(qint64 organizationId)
{
    m_organizationId = organizationId;
    m_editionId = 0;
    refresh();
}

void PartnershipTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_editionId > 0 || m_organizationId > 0) {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT p.id, p.organization_id, o.name, o.acronym, p.role, p.status, "
                           "pr.name, e.number, e.year, "
                           "p.start_date, p.end_date, (SELECT count(*) FROM event_coorganizer ec "
                           "JOIN event ev ON ev.id = ec.event_id "
                           "WHERE ec.organization_id = p.organization_id AND ev.edition_id = "
                           "p.edition_id), p.notes "
                           "FROM partnership p JOIN organization o ON o.id = p.organization_id "
                           "JOIN edition e ON e.id = p.edition_id JOIN program pr ON pr.id = "
                           "e.program_id WHERE %1 "
                           "ORDER BY %2")
                .arg(
                    m_editionId > 0 ? QStringLiteral("p.edition_id = :id")
                                    : QStringLiteral("p.organization_id = :id"),
                    m_editionId > 0
                        ? QStringLiteral("p.role = 'associative_structure' DESC, o.name_sort, p.id")
                        : QStringLiteral("e.year DESC, pr.name_sort, p.id")));
        q.bindValue(QStringLiteral(":id"), m_editionId > 0 ? m_editionId : m_organizationId);
        if (q.exec()) {
            while (q.next()) {
                Row row;
                row.id = q.value(0).toLongLong();
                row.organizationId = q.value(1).toLongLong();
                row.values = {q.value(2), q.value(3), q.value(4),  q.value(5),  q.value(6),
                              q.value(7), q.value(9), q.value(10), q.value(11), q.value(12)};
                row.values[Edition] = QVariantList{q.value(7), q.value(8)};
                m_rows << row;
            }
        } else {
            qWarning("PartnershipTableModel: %s", qPrintable(q.lastError().text()));
        }
    }
    endResetModel();
}

int PartnershipTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnershipTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnershipTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QVariant raw = row.values.at(index.column());
    switch (role) {
    case IdRole:
        return row.id;
    case OrganizationIdRole:
        return row.organizationId;
    case RawValueRole:
        return raw;
    case Qt::ToolTipRole:
        return index.column() == Notes || index.column() == Organization ? raw : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Events ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Role:
            return partnerRoleName(
                partnerRoleFromCode(raw.toString()).value_or(PartnerRole::Partner));
        case Status:
            return partnershipStatusName(partnershipStatusFromCode(raw.toString()));
        case Edition: {
            const QVariantList parts = raw.toList();
            return tr("%1 (%2)").arg(parts.value(0).toInt()).arg(parts.value(1).toInt());
        }
        case Start:
        case End: {
            const QDate d = QDate::fromString(raw.toString(), Qt::ISODate);
            return d.isValid() ? shortDate(QLocale(), d) : QString();
        }
        default:
            return raw;
        }
    default:
        return {};
    }
}

QVariant PartnershipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Organization:
        return tr("Organization");
    case Acronym:
        return tr("Acronym");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Program:
        return tr("Program");
    case Edition:
        return tr("Edition");
    case Start:
        return tr("From");
    case End:
        return tr("To");
    case Events:
        return tr("Co-organized events");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace dc
