#include "PublicMeetingTableModel.h"
#include "core/Dates.h"

#include "DeadlineRules.h"
#include "InstitutionRepository.h"
#include "PublicMeetingRepository.h"

#include <QHash>
#include <QLocale>

namespace dc {

PublicMeetingTableModel::PublicMeetingTableModel(QSqlDatabase db, QObject *parent)
    : RecordTableModel(std::move(db), ColumnCount, parent)
{
    refresh();
}

void PublicMeetingTableModel::setFilter(qint64 institutionId, int year)
{
    m_institutionId = institutionId;
    m_year = year;
    refresh();
}

QList<RecordTableModel::Row> PublicMeetingTableModel::load() const
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
        row.warning = !warnings.isEmpty();
        row.toolTip = messages.join(QLatin1Char('\n'));
        rows << row;
    }
    return rows;
}

QString PublicMeetingTableModel::columnTitle(int column) const
{
    switch (column) {
    case Date:
        return tr("Date");
    case Institution:
        return tr("Institution");
    case Subject:
        return tr("Subject");
    case Access:
        return tr("Public");
    case Announced:
        return tr("Announced");
    case Participants:
        return tr("Participants");
    case NgosTookPart:
        return tr("NGOs took part");
    case RecommendationsExpressed:
        return tr("Recommendations expressed");
    case RecommendationsIncluded:
        return tr("Included");
    case MinutesPublished:
        return tr("Minutes public");
    case DeadlineWarnings:
        return tr("Deadlines");
    default:
        return {};
    }
}

bool PublicMeetingTableModel::isNumeric(int column) const
{
    return column == Participants || column == RecommendationsExpressed ||
           column == RecommendationsIncluded;
}

} // namespace dc
