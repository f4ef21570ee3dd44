#include "BodyWarning.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(BodyWarning)
};

} // namespace

QString BodyWarning::message() const
{
    const QString day = date.toString(QStringLiteral("dd.MM.yyyy"));
    switch (kind) {
    case Kind::MandateExpired:
        return Messages::tr("The mandate ended on %1 and was not renewed.").arg(day);
    case Kind::BelowQuorum:
        return Messages::tr("%1 members serve on %2, below the quorum of %3.")
            .arg(count)
            .arg(day)
            .arg(quorum);
    case Kind::MeetingBelowQuorum:
        return Messages::tr("The meeting of %1 had %2 members present, below the quorum of %3.")
            .arg(day)
            .arg(count)
            .arg(quorum);
    }
    return {};
}

QString BodyWarning::code() const
{
    switch (kind) {
    case Kind::MandateExpired:
        return QStringLiteral("mandate-expired");
    case Kind::BelowQuorum:
        return QStringLiteral("below-quorum");
    case Kind::MeetingBelowQuorum:
        return QStringLiteral("meeting-below-quorum");
    }
    return {};
}

} // namespace dc
