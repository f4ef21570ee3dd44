#pragma once

#include "documents/ReportDocument.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace dc {
class Database;
}

namespace dc::test {

/// One document of the README, built as the window and `report ...` build it.
struct NamedDocument
{
    QString name; ///< a file name without suffix, e.g. "transparency-synthesis-2025"
    reports::ReportDocument document;
};

/// Every document the program prints, in the texts of the installed language and the formats of
/// @p locale: from the demo database loaded in @p db (the program synthesis of 2021, the national
/// transparency synthesis and each institution's report of 2025, the NGO evidence, the funding
/// synthesis of 2025, each consultative body's membership list), and the register changes report
/// from a small fixed dataset of its own. All dated @p day, so that their text does not depend on
/// the day of the run. An empty list and @p error set when one cannot be built.
QList<NamedDocument> everyDocument(Database &db, const QLocale &locale, const QDate &day,
                                   QString *error);

/// The first table of @p doc under the heading @p heading (before the next heading); null when
/// there is none.
const reports::TableSpec *tableAfter(const reports::ReportDocument &doc, const QString &heading);

} // namespace dc::test
