#include "IntegrityCheck.h"

#include "Sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>
#include <QPointer>

#include <sqlite3.h>

namespace dc {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

IntegrityCheck::IntegrityCheck(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path))
{
}

IntegrityCheck::~IntegrityCheck()
{
    {
        const std::lock_guard lock(m_running.mutex);
        m_running.stopping = true;
        if (m_running.handle)
            sqlite3_interrupt(m_running.handle);
    }
    if (m_thread.joinable())
        m_thread.join();
}

void IntegrityCheck::start()
{
    if (m_thread.joinable())
        return;
    m_thread = std::thread([this] {
        const QString problem = check(m_path, &m_running);
        {
            const std::lock_guard lock(m_running.mutex);
            if (m_running.stopping)
                return;
        }
        // Queued to this object's thread; the destructor joins this thread first, so `this` is
        // alive here, and the QPointer drops the call if the object is gone when it is delivered.
        QMetaObject::invokeMethod(
            this,
            [self = QPointer<IntegrityCheck>(this), problem] {
                if (self)
                    emit self->finished(problem);
            },
            Qt::QueuedConnection);
    });
}

QString IntegrityCheck::check(const QString &path, Running *running)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return error;
    }
    sqlite3_busy_timeout(db, 5000);
    if (running) {
        const std::lock_guard lock(running->mutex);
        if (running->stopping) {
            sqlite3_close(db);
            return QString();
        }
        running->handle = db;
    }
    QString problem;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr) != SQLITE_OK) {
        problem = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            const auto *first = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            if (!first || qstrcmp(first, "ok") != 0)
                problem = first ? sqlite::firstProblem(QString::fromUtf8(first))
                                : Messages::tr("the check returned nothing");
        } else {
            problem = rc == SQLITE_DONE ? Messages::tr("the check returned nothing")
                                        : QString::fromUtf8(sqlite3_errmsg(db));
        }
    }
    sqlite3_finalize(statement);
    if (running) {
        const std::lock_guard lock(running->mutex);
        running->handle = nullptr;
    }
    sqlite3_close(db);
    return problem;
}

} // namespace dc
