#pragma once

#include "documents/ReportDocument.h"
#include "nationalregister/RegisterChange.h"
#include "nationalregister/RegisterChangeRepository.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dc::reports {

/// What the "What changed" view shows, to be printed: the imports compared, the filters and the
/// changes as listed.
struct RegisterChangesData
{
    std::optional<RegisterImport> from;  ///< the changes after this import (none: from the start)
    std::optional<RegisterImport> until; ///< up to this one
    QString county;                      ///< the county filter as shown, empty for all
    QString kinds;                       ///< the kind filter as shown, empty for all
    QList<RegisterChange> changes;
};

/// The "What changed" document: a heading naming the imports, the number of changes of each kind,
/// then one table row per change (kind, registry number, name, county, detail). The figures are
/// the changes, as in the CSV export.
ReportDocument registerChangesReport(const RegisterChangesData &data,
                                     QDate generatedOn = QDate::currentDate());

} // namespace dc::reports
