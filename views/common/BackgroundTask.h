#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace dc {

class Database;

/// Runs long database work (an import, its preview, an export) on a worker thread with its own
/// connection to the file, while a modal progress dialog shows how far it got and offers Cancel.
class BackgroundTask final
{
public:
    /// Shared between the worker and the dialog.
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0}; ///< 0: unknown (a busy indicator)
        std::atomic<bool> cancelRequested{false};
        std::atomic<qint64> items{-1}; ///< when >= 0, shown under the label by run()'s itemsText

        /// The shape of the importer's callback: records the figures, false once cancelled.
        bool report(qint64 doneSoFar, qint64 totalToDo);
    };

    using Work = std::function<Status(QSqlDatabase db, Progress &progress)>;
    /// The same work given the worker's Database (what needs more than its connection).
    using DatabaseWork = std::function<Status(Database &database, Progress &progress)>;

    /// Opens a second connection to @p database in a worker thread, runs @p work there and waits,
    /// keeping the window painted. The failure of the connection or of the work is returned.
    /// @p itemsText, when given, turns Progress::items into a line under the label ("12,345 rows
    /// read").
    static Status run(QWidget *parent, const Database &database, const QString &label,
                      bool cancellable, const Work &work,
                      const std::function<QString(qint64 items)> &itemsText = {});
    static Status runOnDatabase(QWidget *parent, const Database &database, const QString &label,
                                bool cancellable, const DatabaseWork &work,
                                const std::function<QString(qint64 items)> &itemsText = {});
};

} // namespace dc
