#pragma once

#include <QDate>
#include <QString>

namespace dc {

/// A rule of a consultative body that is broken: warned about, never refused.
struct BodyWarning
{
    enum class Kind
    {
        MandateExpired,     ///< a seat whose latest mandate has ended, in an active body
        BelowQuorum,        ///< fewer serving members (chair and members) than the quorum
        MeetingBelowQuorum, ///< a meeting with fewer of them present than the quorum
    };

    Kind kind = Kind::MandateExpired;
    qint64 bodyId = 0;
    qint64 memberId = 0;  ///< for MandateExpired
    qint64 meetingId = 0; ///< for MeetingBelowQuorum
    QDate date;           ///< the mandate's end, the day checked, or the meeting's date
    int count = 0;        ///< members serving or present
    int quorum = 0;

    /// One sentence for the user.
    QString message() const;
    /// "mandate-expired", "below-quorum", "meeting-below-quorum".
    QString code() const;
};

} // namespace dc
