#include "PartnershipTableModel.h"
#include "core/Dates.h"

#include "Partnership.h"

#include <QDate>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

namespace {

/// An ISO date as the user's short date, empty when there is none.
QVariant isoDateText(const QVariant &iso)
{
    const QDate d = QDate::fromString(iso.toString(), Qt::ISODate);
    return d.isValid() ? shortDate(QLocale(), d) : QString();
}

} // namespace

PartnershipTableModel::PartnershipTableModel(QSqlDatabase db, QObject *parent)
    : RecordListModel(
          std::move(db),
          {{QT_TR_NOOP("Organization"),
            [](const PartnershipLine &p) { return p.organization; },
            {},
            false,
            [](const PartnershipLine &p) { return p.organization; }},
           {QT_TR_NOOP("Acronym"), [](const PartnershipLine &p) { return p.acronym; }},
           {QT_TR_NOOP("Role"), [](const PartnershipLine &p) { return p.role; },
            [](const PartnershipLine &p) {
                return QVariant(partnerRoleName(
                    partnerRoleFromCode(p.role.toString()).value_or(PartnerRole::Partner)));
            }},
           {QT_TR_NOOP("Status"), [](const PartnershipLine &p) { return p.status; },
            [](const PartnershipLine &p) {
                return QVariant(
                    partnershipStatusName(partnershipStatusFromCode(p.status.toString())));
            }},
           {QT_TR_NOOP("Program"), [](const PartnershipLine &p) { return p.program; }},
           {QT_TR_NOOP("Edition"), [](const PartnershipLine &p) { return p.edition; },
            [](const PartnershipLine &p) {
                const QVariantList parts = p.edition.toList();
                return QVariant(
                    tr("%1 (%2)").arg(parts.value(0).toInt()).arg(parts.value(1).toInt()));
            }},
           {QT_TR_NOOP("From"), [](const PartnershipLine &p) { return p.start; },
            [](const PartnershipLine &p) { return isoDateText(p.start); }},
           {QT_TR_NOOP("To"), [](const PartnershipLine &p) { return p.end; },
            [](const PartnershipLine &p) { return isoDateText(p.end); }},
           {QT_TR_NOOP("Co-organized events"),
            [](const PartnershipLine &p) { return p.events; },
            {},
            Numeric},
           {QT_TR_NOOP("Notes"),
            [](const PartnershipLine &p) { return p.notes; },
            {},
            false,
            [](const PartnershipLine &p) { return p.notes; }}},
          parent)
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

QList<PartnershipLine> PartnershipTableModel::load() const
{
    QList<PartnershipLine> lines;
    if (m_editionId > 0 || m_organizationId > 0) {
        QSqlQuery q(db());
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
                lines << PartnershipLine{q.value(0).toLongLong(),
                                         q.value(1).toLongLong(),
                                         q.value(2),
                                         q.value(3),
                                         q.value(4),
                                         q.value(5),
                                         q.value(6),
                                         QVariantList{q.value(7), q.value(8)},
                                         q.value(9),
                                         q.value(10),
                                         q.value(11),
                                         q.value(12)};
            }
        } else {
            qWarning("PartnershipTableModel: %s", qPrintable(q.lastError().text()));
        }
    }
    return lines;
}

qint64 PartnershipTableModel::recordId(const PartnershipLine &line) const
{
    return line.id;
}

QVariant PartnershipTableModel::recordData(const PartnershipLine &line, int role) const
{
    return role == OrganizationIdRole ? QVariant(line.organizationId) : QVariant();
}

} // namespace dc
