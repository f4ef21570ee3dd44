#include "BackgroundTask.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace dc {

bool BackgroundTask::Progress::report(qint64 doneSoFar, qint64 totalToDo)
{
    done = doneSoFar;
    total = totalToDo;
    return !cancelRequested;
}

Status BackgroundTask::run(QWidget *parent, const Database &database, const QString &label,
                           bool cancellable, const Work &work,
                           const std::function<QString(qint64 items)> &itemsText)
{
    return runOnDatabase(
        parent, database, label, cancellable,
        [&work](Database &worker, Progress &progress) {
            return work(worker.connection(), progress);
        },
        itemsText);
}

Status BackgroundTask::runOnDatabase(QWidget *parent, const Database &database,
                                     const QString &label, bool cancellable,
                                     const DatabaseWork &work,
                                     const std::function<QString(qint64 items)> &itemsText)
{
    Progress progress;
    Status result;
    const QString connectionName =
        QStringLiteral("dialogcivic-worker-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    std::unique_ptr<QThread> thread(QThread::create([&] {
        // Qt SQL connections belong to the thread that made them: open, use and close it here.
        Result<std::unique_ptr<Database>> connection = database.openAnother(connectionName);
        if (!connection) {
            result = Status::failure(connection.error());
            return;
        }
        result = work(**connection, progress);
    }));

    QProgressDialog dialog(
        label, cancellable ? QCoreApplication::translate("BackgroundTask", "Cancel") : QString(), 0,
        0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    if (!cancellable)
        dialog.setCancelButton(nullptr);

    QEventLoop loop;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        const qint64 total = progress.total;
        if (total > 0) {
            dialog.setMaximum(1000);
            dialog.setValue(static_cast<int>(std::min<qint64>(1000, progress.done * 1000 / total)));
        }
        if (const qint64 items = progress.items; itemsText && items >= 0)
            dialog.setLabelText(label + QLatin1Char('\n') + itemsText(items));
        if (dialog.wasCanceled())
            progress.cancelRequested = true;
    });
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    poll.start();
    dialog.show();
    if (!thread->isFinished())
        loop.exec();
    thread->wait();
    return result;
}

} // namespace dc
