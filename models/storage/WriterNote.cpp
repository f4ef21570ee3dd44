#include "WriterNote.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <system_error>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace dc {

namespace {

const QLatin1String activityNames[] = {QLatin1String("import"), QLatin1String("demo"),
                                       QLatin1String("schema-update")};

QString currentUser()
{
#if defined(Q_OS_UNIX)
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    }
    return {};
}

// When the process started, as Linux counts it (field 22 of /proc/PID/stat, clock ticks since
// boot): with the pid it names one process, even after the pid has been given to another one.
// Empty when unknown (no /proc) or when the process is gone or a zombie (killed, not yet reaped).
QByteArray processStartMark(qint64 pid)
{
#if defined(Q_OS_LINUX)
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    // The command name (field 2) is in parentheses and may hold spaces and parentheses itself.
    const qsizetype end = stat.lastIndexOf(')');
    if (end < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(end + 2).split(' '); // from field 3, the state
    if (fields.size() < 20 || fields.at(0) == "Z" || fields.at(0) == "X")
        return {};
    return fields.at(19);
#else
    Q_UNUSED(pid)
    return {};
#endif
}

bool isRunning(qint64 pid, const QByteArray &startMark)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_LINUX)
    if (!startMark.isEmpty())
        return processStartMark(pid) == startMark;
#else
    Q_UNUSED(startMark)
#endif
#if defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return false;
    DWORD code = 0;
    const bool running = ::GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    ::CloseHandle(process);
    return running;
#else
    return true; // cannot tell: trust the note
#endif
}

} // namespace

QString WriterNote::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-writer");
}

WriterNote::WriterNote(const QString &databasePath, Activity activity)
    : m_path(pathFor(databasePath))
{
    const qint64 pid = QCoreApplication::applicationPid();
    const QJsonObject note{
        {QStringLiteral("what"), activityNames[int(activity)]},
        {QStringLiteral("pid"), pid},
        {QStringLiteral("started"), QString::fromLatin1(processStartMark(pid))},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("user"), currentUser()},
        {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    const QByteArray bytes = QJsonDocument(note).toJson(QJsonDocument::Compact);
    // Whole or absent (written aside, then renamed over any stale note), so that a reader never
    // sees half a note. Not synced to disk (QSaveFile would): after a power cut the note is stale
    // anyway, and every step of a new database's migration writes one.
    const QString aside = m_path + QLatin1Char('.') + QString::number(pid);
    QFile file(aside);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    std::error_code error;
    if (written)
        std::filesystem::rename(aside.toStdU16String(), m_path.toStdU16String(), error);
    if (written && !error)
        m_written = bytes;
    else
        file.remove();
}

WriterNote::~WriterNote()
{
    if (m_written.isEmpty())
        return;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly) && file.readAll() == m_written) {
        file.close();
        file.remove();
    }
}

std::optional<WriterNote::Holder> WriterNote::read(const QString &databasePath)
{
    QFile file(pathFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject note = QJsonDocument::fromJson(file.read(4096)).object();
    Holder holder;
    const QString what = note.value(QLatin1String("what")).toString();
    const auto *known = std::find(std::begin(activityNames), std::end(activityNames), what);
    if (known == std::end(activityNames))
        return std::nullopt;
    holder.activity = Activity(known - std::begin(activityNames));
    holder.pid = note.value(QLatin1String("pid")).toInteger();
    holder.host = note.value(QLatin1String("host")).toString();
    holder.user = note.value(QLatin1String("user")).toString();
    holder.since =
        QDateTime::fromString(note.value(QLatin1String("since")).toString(), Qt::ISODate);
    if (holder.pid <= 0 || !holder.since.isValid())
        return std::nullopt;
    // Another computer's process cannot be checked from here: its note is believed.
    holder.onThisComputer = holder.host == QSysInfo::machineHostName();
    const QByteArray startMark = note.value(QLatin1String("started")).toString().toLatin1();
    if (holder.onThisComputer && !isRunning(holder.pid, startMark))
        return std::nullopt;
    return holder;
}

} // namespace dc
