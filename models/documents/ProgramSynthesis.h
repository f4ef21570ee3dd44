#pragma once

#include "core/Result.h"
#include "documents/ReportDocument.h"

#include <QLocale>

namespace dc {
class Database;
}

namespace dc::reports {

/// The program synthesis of an edition (seed 003 is one written by hand), generated from the
/// records only: period, objective, partnership, results, calendar, participants, themes, closing
/// event, with the introduction and conclusion kept with the edition. Text through tr(), numbers
/// and dates by @p locale. A failure when the edition does not exist or cannot be read.
Result<ReportDocument> buildProgramSynthesis(Database &db, qint64 editionId,
                                             const QLocale &locale = QLocale());

/// The participants of each held or planned event of the edition (videoconferences first, in
/// their order), as bars; the dashboard shows the same chart. Events whose participants are not
/// recorded count 0.
ChartSpec participantsPerEventChart(Database &db, qint64 editionId);

/// The indicators of the edition that have a target: achieved value as bars, the target as a line
/// of markers, in percent of the target (so indicators of different units fit one axis). Empty
/// when no indicator has both a target and an achieved value, or when every one is at 100 %: the
/// chart would say nothing the table does not.
ChartSpec indicatorAchievementChart(Database &db, qint64 editionId);

} // namespace dc::reports
