#pragma once

#include "documents/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace dc::reports {

/// The membership list of a consultative body: the body's act, secretariat, mandate and quorum;
/// its members with their representatives, roles and mandates; its meetings with who came; and
/// each member's attendance rate over the meetings held during its mandate.
class BodyMembershipList final
{
    Q_DECLARE_TR_FUNCTIONS(BodyMembershipList)

public:
    /// The document of the body @p bodyId (empty, with only a title, when there is no such
    /// body); the rules are checked on @p today, the current date when invalid.
    static ReportDocument build(const QSqlDatabase &db, qint64 bodyId,
                                const QDate &today = QDate());
};

} // namespace dc::reports
