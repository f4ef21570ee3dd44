#pragma once

#include "BodyMember.h"

#include <QString>

namespace dc {

/// A membership with the names resolved, as lists and the command line show it.
struct Seat
{
    BodyMember member;
    QString bodyName;
    QString memberName; ///< the organization's or the institution's name
    bool bodyActive = true;
};

} // namespace dc
