#pragma once

#include "Money.h"

#include <QString>
#include <QStringList>

namespace dc {

/// An organization funded by several institutions in one year.
struct MultiFundedOrganization
{
    qint64 organizationId = 0;
    QString name;
    QStringList institutions; ///< in alphabetical order
    int awards = 0;
    Money granted;
};

} // namespace dc
