#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace dc {

/// Fills the sort and comparison keys (sort_key, name_sort, name_folded) of the rows that a schema
/// script inserted with '' in them: the regions, counties, domains and organizations it seeds.
/// The keys are computed by the program (dc::text), not by SQL, so that SQLite and PostgreSQL
/// store the same keys. Runs inside the caller's transaction.
Status fillDerivedKeys(QSqlDatabase &db);

} // namespace dc
