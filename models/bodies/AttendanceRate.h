#pragma once

#include <QtGlobal>

namespace dc {

/// How often a member came to the meetings held during its mandate within a period.
struct AttendanceRate
{
    qint64 memberId = 0;
    int meetings = 0; ///< meetings held while the member served
    int attended = 0;

    /// Percent, rounded down; 0 when there was no meeting.
    int percent() const { return meetings > 0 ? attended * 100 / meetings : 0; }
};

} // namespace dc
