#include "PublicMeetingTableModel.h"
#include "core/Dates.h"

#include "DeadlineRules.h"
#include "InstitutionRepository.h"
#include "PublicMeetingRepository.h"

#include <QHash>
#include <QLocale>

namespace dc {

PublicMeetingTableModel::PublicMeetingTableModel(QSqlDatabase db, QObject *parent)
    : RowTableModel(std::move(db),
                    {{QT_TR_NOOP("Date")},
                     {QT_TR_NOOP("Institution")},
                     {QT_TR_NOOP("Subject")},
                     {QT_TR_NOOP("Public")},
                     {QT_TR_NOOP("Announced")},
                     {QT_TR_NOOP("Participants"), Numeric},
                     {QT_TR_NOOP("NGOs took part")},
                     {QT_TR_NOOP("Recommendations expressed"), Numeric},
                     {QT_TR_NOOP("Included"), Numeric},
                     {QT_TR_NOOP("Minutes public")},
                     {QT_TR_NOOP("Deadlines")}},
                    parent)
{
    refresh();
}

void PublicMeetingTableModel::setFilter(qint64 institutionId, int year)
{
    m_institutionId = institutionId;
    m_year = year;
    refresh();
}

QList<RowTableModel::Row> PublicMeetingTableModel::load() const
{
    QHash<qint64, QString> institutions;
    for (const NameMatcher::Candidate &c : InstitutionRepository(db()).candidates())
        institutions.insert(c.id, c.name);
    QList<Row> rows;
    if (m_institutionId < 0)
        return rows;
    for (const PublicMeeting &m : PublicMeetingRepository(db()).meetings(m_institutionId)) {
        if (m_year > 0 && m.heldOn.year() != m_year)
            continue;
        const QList<DeadlineWarning> warnings = DeadlineRules::check(m);
        QStringList articles;
        QStringList messages;
        for (const DeadlineWarning &w : warnings) {
            articles << DeadlineRules::article(w.rule);
            messages << DeadlineRules::message(w);
        }
        Row row;
        row.id = m.id;
        row.raw = {m.heldOn.toString(Qt::ISODate),
                   institutions.value(m.institutionId),
                   m.subject,
                   m.isPublic ? QStringLiteral("public") : closedReasonCode(m.closedReason),
                   m.announcedOn.isValid() ? m.announcedOn.toString(Qt::ISODate) : QString(),
                   m.participants ? QVariant(*m.participants) : QVariant(),
                   m.ngosTookPart ? 1 : 0,
                   m.recommendationsExpressed,
                   m.recommendationsIncluded,
                   m.minutesPublished ? 1 : 0,
                   articles.join(QLatin1String(", "))};
        row.display = row.raw;
        row.display[Date] = shortDate(QLocale(), m.heldOn);
        row.display[Access] =
            m.isPublic ? tr("public") : tr("closed: %1").arg(closedReasonName(m.closedReason));
        row.display[Announced] =
            m.announcedOn.isValid() ? shortDate(QLocale(), m.announcedOn) : QString();
        row.display[NgosTookPart] = m.ngosTookPart ? tr("yes") : tr("no");
        row.display[MinutesPublished] = m.minutesPublished ? tr("yes") : tr("no");
        row.display[DeadlineWarnings] =
            messages.isEmpty() ? QString()
                               : QStringLiteral(u"\u26A0 ") + articles.join(QLatin1String(", "));
        row.setWarnings(messages);
        rows << row;
    }
    return rows;
}

} // namespace dc
