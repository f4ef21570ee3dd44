#include "BodyWarning.h"

#include <QCoreApplication>

namespace dc {

QString BodyWarning::message() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("BodyWarning", text);
    };
    const QString day = date.toString(QStringLiteral("dd.MM.yyyy"));
    switch (kind) {
    case Kind::MandateExpired:
        return tr("The mandate ended on %1 and was not renewed.").arg(day);
    case Kind::BelowQuorum:
        return tr("%1 members serve on %2, below the quorum of %3.")
            .arg(count)
            .arg(day)
            .arg(quorum);
    case Kind::MeetingBelowQuorum:
        return tr("The meeting of %1 had %2 members present, below the quorum of %3.")
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
