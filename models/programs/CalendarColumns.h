#pragma once

#include "CalendarEntry.h"
#include "storage/RecordListModel.h"

namespace dc {

/// The columns of an event that the calendar list and an edition's events table both show, each
/// titled by the model (@p title marked with QT_TR_NOOP there, translated in its context).
namespace calendarcolumns {

using Spec = RecordListModel<CalendarEntry>::ColumnSpec;

Spec date(const char *title);
Spec time(const char *title);
Spec kind(const char *title);
Spec number(const char *title);
Spec regions(const char *title);
/// Their names on one line, one per line in the tooltip.
Spec coorganizers(const char *title);
Spec status(const char *title);

} // namespace calendarcolumns

} // namespace dc
