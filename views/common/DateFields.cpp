#include "DateFields.h"

#include <QDateEdit>

namespace dc::datefields {

namespace {

const QDate noDate(1990, 1, 1);

} // namespace

void setUpOptional(QDateEdit *edit)
{
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QStringLiteral("–"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(noDate);
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

void setDateOf(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : noDate);
}

} // namespace dc::datefields
