#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace dc {

struct DemoSummary;

/// The programs part of the demo dataset (resources/demo/programs.json): programs, editions,
/// partnerships, events and indicators, matched on their natural keys so that loading again
/// changes nothing. Runs inside DemoDataset's transaction, after the organizations.
class ProgramDemoData final
{
public:
    static Status load(QSqlDatabase db, const QJsonObject &json, DemoSummary &summary);
};

} // namespace dc
