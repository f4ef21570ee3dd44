#pragma once

#include "ReportFormWriter.h"
#include "ReportStatus.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace dc {

/// Who a reminder is from: the office's name and e-mail address (RFC 5322 wants one).
struct MailSender
{
    QString name;
    QString address;
};

/// A reminder written to a file.
struct WrittenReminder
{
    qint64 institutionId = 0;
    QString institution;
    QString to; ///< the liaison's e-mail
    QString path;
};

/// An overdue institution that got no reminder, and why.
struct SkippedReminder
{
    qint64 institutionId = 0;
    QString institution;
    QString reason;
};

/// What writeReminders() did.
struct ReminderBatch
{
    QList<WrittenReminder> written;
    QList<SkippedReminder> skipped;
};

/// Writes the reminders for the institutions whose annual report is overdue: one e-mail file
/// (.eml, RFC 5322 with MIME) per institution, addressed to its liaison, in Romanian, with the
/// institution's pre-filled form attached, marked `X-Unsent: 1` so that Outlook opens it as a
/// draft (Thunderbird: "Edit as New Message"). Nothing is sent.
class ReminderWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReminderWriter)

public:
    /// The address written when the caller gives none: obviously not a real one (RFC 2606), for
    /// the user to replace in the draft.
    static QString placeholderAddress();
    /// The MIME type of the attached form.
    static QByteArray xlsxMimeType();

    /// The file name of a reminder: "Reamintire-2025-Ministerul-Educatiei.eml" (the rule of
    /// ReportFormWriter::fileName).
    static QString fileName(const Institution &institution, int year);

    /// The institutions whose report on @p year is overdue on @p today (ReportStatus::overdue()),
    /// in Romanian alphabetical order.
    static Result<QList<ReportStatus>> overdue(const QSqlDatabase &db, int year,
                                               const QDate &today);

    /// Why no reminder can be written for @p institution; empty when one can.
    static QString skipReason(const Institution &institution);
    /// The problem of @p from, or empty when it can be written in a From header.
    static QString senderProblem(const MailSender &from);

    /// The e-mail for @p status's institution and its report on @p year: headers, a plain-text
    /// body (quoted-printable UTF-8) and @p form attached (base64) as @p formName. @p date is the
    /// Date header.
    static QByteArray message(const ReportStatus &status, int year, const MailSender &from,
                              const QByteArray &form, const QString &formName,
                              const QDateTime &date, const QDate &today);

    /// Progress of writeReminders(): how many overdue institutions are done and how many in all;
    /// return false to stop.
    using Progress = std::function<bool(int done, int total)>;
    /// Writes one .eml per overdue institution of @p year into @p folder, each written to a
    /// temporary file and renamed when complete; the institutions without a liaison e-mail are
    /// skipped and said so. Fails on a sender that cannot be written, a missing folder or the first
    /// file that cannot be written (naming it).
    static Result<ReminderBatch> writeReminders(const QSqlDatabase &db, int year,
                                                const QString &folder, const MailSender &from,
                                                const QDate &today = QDate::currentDate(),
                                                const Progress &progress = {});
};

} // namespace dc
