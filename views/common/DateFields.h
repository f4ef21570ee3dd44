#pragma once

#include <QDate>

class QDateEdit;

namespace dc::datefields {

// A QDateEdit cannot be empty: its minimum date, shown as a dash, stands for "no date".

/// Sets up @p edit for a date that is always given (calendar popup, ISO display).
void setUpRequired(QDateEdit *edit);
/// Sets up @p edit for an optional date (calendar popup, ISO display, empty).
void setUpOptional(QDateEdit *edit);
/// The date, invalid when the field shows "no date".
QDate dateOf(const QDateEdit *edit);
/// Shows @p date, or "no date" when it is invalid.
void setDateOf(QDateEdit *edit, const QDate &date);

} // namespace dc::datefields
