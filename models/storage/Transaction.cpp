#include "Transaction.h"

#include "ChangeFeed.h"
#include "Sqlite.h"
#include "core/Dates.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

namespace {

// SQLITE_BUSY (5), also as the primary code of an extended one.
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == 5;
}

// Who holds the lock, from its note: "user ana, since 14:02".
QString holderText(const WriterNote::Holder &holder)
{
    const QDateTime since = holder.since.toLocalTime();
    QString when = since.toString(QStringLiteral("HH:mm"));
    if (since.date() != QDate::currentDate())
        when = shortDate(QLocale(), since.date()) + QLatin1Char(' ') + when;
    const QString user = holder.user.isEmpty() ? QStringLiteral("?") : holder.user;
    if (holder.onThisComputer)
        return QCoreApplication::translate("Transaction", "user %1, since %2").arg(user, when);
    return QCoreApplication::translate("Transaction", "user %1 on the computer %2, since %3")
        .arg(user, holder.host, when);
}

QString describe(const QSqlDatabase &db, const QSqlError &error)
{
    if (!isBusy(error))
        return error.text();
    const QString path = QDir::toNativeSeparators(db.databaseName());
    const std::optional<WriterNote::Holder> holder = WriterNote::read(db.databaseName());
    if (!holder)
        return QCoreApplication::translate(
                   "Transaction",
                   "%1: the database is busy: another program or import is writing to it")
            .arg(path);
    switch (holder->activity) {
    case WriterNote::Activity::Import:
        return QCoreApplication::translate(
                   "Transaction",
                   "%1: the database is busy: another import is running on this database (%2)")
            .arg(path, holderText(*holder));
    case WriterNote::Activity::Demo:
        return QCoreApplication::translate(
                   "Transaction",
                   "%1: the database is busy: the demonstration data is being added to it (%2)")
            .arg(path, holderText(*holder));
    case WriterNote::Activity::SchemaUpdate:
        return QCoreApplication::translate(
                   "Transaction",
                   "%1: the database is busy: the structure of the database is being updated (%2)")
            .arg(path, holderText(*holder));
    }
    return {};
}

/// The property of a server connection's QSqlDriver that counts its open transactions.
constexpr char serverDepthProperty[] = "dcTransactionDepth";

} // namespace

Transaction::Transaction(QSqlDatabase db, WriterNote::Activity activity)
    : Transaction(std::move(db))
{
    // Only the holder of the write lock writes the note, so two writers never race for it.
    if (m_active && !m_nested && !m_server)
        m_note = std::make_unique<WriterNote>(m_db.databaseName(), activity);
}

Transaction::Transaction(QSqlDatabase db, Reads reads) : m_db(std::move(db))
{
    m_server = m_db.driverName() != QLatin1String("QSQLITE");
    begin(reads);
}

void Transaction::begin(Reads reads)
{
    if (m_server) {
        // libpq does not say whether a transaction is open through Qt: the open transactions of
        // this connection are counted on its driver, which every copy of the QSqlDatabase shares.
        m_nested = m_db.driver()->property(serverDepthProperty).toInt() > 0;
        if (m_nested) {
            QSqlQuery savepoint(m_db);
            m_active = savepoint.exec(QStringLiteral("SAVEPOINT dc_nested"));
            if (!m_active)
                m_error = savepoint.lastError().text();
        } else {
            m_active = m_db.transaction();
            if (!m_active)
                m_error = m_db.lastError().text().trimmed();
        }
        // A connection closed after the server was lost (ConnectionWatch opens it again when the
        // server answers) fails without a word from the driver.
        if (!m_active && (m_error.isEmpty() || !m_db.isOpen()))
            m_error = QCoreApplication::translate(
                "Transaction",
                "The connection to the database server is lost: nothing was written.");
        if (m_active)
            m_db.driver()->setProperty(serverDepthProperty,
                                       m_db.driver()->property(serverDepthProperty).toInt() + 1);
        // Before any other statement: the snapshot is taken at the first one. A savepoint keeps
        // the reads of the transaction it is in.
        if (m_active && !m_nested && reads == Reads::Snapshot) {
            QSqlQuery isolation(m_db);
            if (!isolation.exec(
                    QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))) {
                m_error = isolation.lastError().text().trimmed();
                rollback();
                return;
            }
        }
        // The changes of a worker thread's connection are known as this program's own by the
        // marks around them (ChangeFeed::markAsThisProgram()).
        if (m_active && !m_nested && ChangeFeed::isMarked(m_db) &&
            !ChangeFeed::sendMark(m_db, true, &m_error))
            rollback();
        return;
    }
    // IMMEDIATE takes the write lock now, waiting up to the busy timeout for another writer. A
    // deferred transaction would take it at the first write, after its reads: when another writer
    // committed in between, SQLite fails at once (SQLITE_BUSY_SNAPSHOT) and no timeout applies.
    QSqlQuery statement(m_db);
    m_nested = sqlite::inTransaction(m_db);
    m_active = statement.exec(m_nested ? QStringLiteral("SAVEPOINT dc_nested")
                                       : QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = describe(m_db, statement.lastError());
}

bool Transaction::isOpenOn(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return false;
    if (db.driverName() != QLatin1String("QSQLITE"))
        return db.driver()->property(serverDepthProperty).toInt() > 0;
    return sqlite::inTransaction(db);
}

void Transaction::ended()
{
    m_active = false;
    if (m_server)
        m_db.driver()->setProperty(serverDepthProperty,
                                   m_db.driver()->property(serverDepthProperty).toInt() - 1);
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? QCoreApplication::translate(
                                                       "Transaction", "No transaction is open.")
                                                 : m_error);
    if (m_nested) {
        QSqlQuery release(m_db);
        if (!release.exec(QStringLiteral("RELEASE dc_nested"))) {
            const QString message = describe(m_db, release.lastError());
            rollback();
            return Status::failure(message);
        }
        ended();
        return {};
    }
    // The note goes while the lock is still ours: removed after the commit, it could be the
    // next holder's.
    m_note.reset();
    if (m_server && ChangeFeed::isMarked(m_db)) {
        QString error;
        if (!ChangeFeed::sendMark(m_db, false, &error)) {
            rollback();
            return Status::failure(error);
        }
    }
    if (!m_db.commit()) {
        const QString message = describe(m_db, m_db.lastError());
        m_db.rollback();
        ended();
        return Status::failure(message);
    }
    ended();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    ended();
    if (m_nested) {
        // Undo the savepoint's work and leave the outer transaction as it was before it.
        QSqlQuery undo(m_db);
        undo.exec(QStringLiteral("ROLLBACK TO dc_nested"));
        undo.exec(QStringLiteral("RELEASE dc_nested"));
        return;
    }
    m_note.reset();
    m_db.rollback();
}

} // namespace dc
