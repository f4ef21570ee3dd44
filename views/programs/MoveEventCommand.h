#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

namespace dc {

/// Moving an event to another day, undoable. The first move happens in execute(); the command is
/// pushed only when it succeeded. An undo or redo that fails later reports and drops the command.
class MoveEventCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveEventCommand)

public:
    MoveEventCommand(QSqlDatabase db, qint64 eventId, const QDate &from, const QDate &to,
                     const QString &eventName, std::function<void()> changed,
                     std::function<void(const QString &)> failed);
    MoveEventCommand(const MoveEventCommand &) = delete;
    MoveEventCommand &operator=(const MoveEventCommand &) = delete;

    Status execute();
    void redo() override;
    void undo() override;

private:
    Status moveTo(const QDate &date);

    QSqlDatabase m_db;
    qint64 m_eventId;
    QDate m_from;
    QDate m_to;
    bool m_firstRedo = true;
    std::function<void()> m_changed;
    std::function<void(const QString &)> m_failed;
};

} // namespace dc
