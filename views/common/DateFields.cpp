#include "DateFields.h"

#include <QDateEdit>

namespace dc::datefields {

namespace {

const QDate noDate(1990, 1, 1);

} // namespace

void setUpRequired(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
}

void setUpOptional(QDateEdit *edit)
{
    setUpRequired(edit);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QStringLiteral("–"));
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
