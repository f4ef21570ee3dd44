#include "Edition.h"

#include <QJsonArray>

#include "core/AuditJson.h"
#include "core/CodeTable.h"
#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Edition)
};

constexpr codetable::Entry<EditionStatus> statuses[] = {
    {EditionStatus::Planned, "planned", QT_TRANSLATE_NOOP("Edition", "Planned")},
    {EditionStatus::Running, "running", QT_TRANSLATE_NOOP("Edition", "Running")},
    {EditionStatus::Closed, "closed", QT_TRANSLATE_NOOP("Edition", "Closed")},
    {EditionStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Edition", "Cancelled")},
};

} // namespace

bool Edition::sameContent(const Edition &o) const
{
    return programId == o.programId && number == o.number && year == o.year &&
           startDate == o.startDate && endDate == o.endDate && objective == o.objective &&
           status == o.status && notes == o.notes && centralTheme == o.centralTheme &&
           otherThemes == o.otherThemes;
}

QJsonObject Edition::toJson() const
{
    return {{QStringLiteral("program_id"), programId},
            {QStringLiteral("number"), number},
            {QStringLiteral("year"), year},
            {QStringLiteral("start_date"), AuditJson::isoDate(startDate)},
            {QStringLiteral("end_date"), AuditJson::isoDate(endDate)},
            {QStringLiteral("objective"), objective},
            {QStringLiteral("status"), editionStatusCode(status)},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("central_theme"), centralTheme},
            {QStringLiteral("other_themes"), QJsonArray::fromStringList(otherThemes)}};
}

QString editionStatusCode(EditionStatus status)
{
    return codetable::codeOf(statuses, status);
}

EditionStatus editionStatusFromCode(const QString &code)
{
    return codetable::valueOf(statuses, code, EditionStatus::Planned);
}

QString editionStatusName(EditionStatus status)
{
    return Messages::tr(codetable::byValue(statuses, status).name);
}

bool Edition::contains(const QDate &date) const
{
    if (!startDate.isValid() && !endDate.isValid())
        return date.year() == year;
    return !isOutsidePeriod(date);
}

bool Edition::isOutsidePeriod(const QDate &date) const
{
    if (!date.isValid())
        return false;
    if (!startDate.isValid() && !endDate.isValid())
        return date.year() != year;
    return (startDate.isValid() && date < startDate) || (endDate.isValid() && date > endDate);
}

void normalizeEdition(Edition &e)
{
    e.objective = e.objective.trimmed();
    e.notes = e.notes.trimmed();
    e.centralTheme = e.centralTheme.trimmed();
    QStringList themes;
    for (const QString &t : std::as_const(e.otherThemes)) {
        if (const QString n = t.trimmed(); !n.isEmpty() && !themes.contains(n))
            themes << n;
    }
    e.otherThemes = themes;
    if (e.year == 0 && e.startDate.isValid())
        e.year = e.startDate.year();
}

QStringList validateEdition(const Edition &e)
{
    QStringList problems;
    if (e.programId <= 0)
        problems << Messages::tr("Program: the edition belongs to no program.");
    if (e.number < 1)
        problems << Messages::tr("Number: the edition's number must be 1 or more.");
    if (e.year < 1990 || e.year > 2200)
        problems << Messages::tr("Year: %1 is not a plausible year.").arg(e.year);
    if (e.startDate.isValid() && e.endDate.isValid() && e.endDate < e.startDate) {
        problems << Messages::tr("End: the end date %1 is before the start date %2.")
                        .arg(e.endDate.toString(Qt::ISODate), e.startDate.toString(Qt::ISODate));
    }
    return problems;
}

} // namespace dc
