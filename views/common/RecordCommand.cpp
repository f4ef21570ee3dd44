#include "RecordCommand.h"

#include "common/RecordEditing.h"

#include <utility>

namespace dc {

RecordCommandContext
RecordCommandContext::refreshing(QSqlDatabase db, std::function<void()> changed,
                                 std::function<void(const QString &message)> failed)
{
    RecordCommandContext context{std::move(db), {}, std::move(failed)};
    if (changed)
        context.changed = [changed = std::move(changed)](qint64) { changed(); };
    return context;
}

RecordCommand::RecordCommand(RecordCommandContext context, Action action)
    : m_db(context.db), m_action(action), m_context(std::move(context))
{
}

Status RecordCommand::execute()
{
    Status status = apply();
    if (status) {
        m_skipNextRedo = true; // QUndoStack::push() calls redo(): the change is already made
        report(status, selectionAfterApply());
    }
    return status;
}

void RecordCommand::redo()
{
    if (std::exchange(m_skipNextRedo, false))
        return;
    const Status status = apply();
    report(status, selectionAfterApply());
}

void RecordCommand::undo()
{
    const Status status = revert();
    report(status, selectionAfterRevert());
}

void RecordCommand::report(const Status &status, qint64 selection)
{
    if (!status)
        setObsolete(true);
    if (m_context.changed)
        m_context.changed(status ? selection : 0); // after a failure: what the file holds now
    if (!status && m_context.failed)
        m_context.failed(status.error());
}

QString RecordCommand::shortName(const QString &name)
{
    constexpr int maxLength = 40;
    return name.size() <= maxLength ? name : name.left(maxLength - 1).trimmed() + QChar(0x2026);
}

void RecordCommand::setActionText(const QString &add, const QString &edit, const QString &remove)
{
    switch (m_action) {
    case Action::Add:
        setText(add);
        break;
    case Action::Edit:
        setText(edit);
        break;
    case Action::Delete:
        setText(remove);
        break;
    }
}

QJsonObject RecordCommand::comparable(QJsonObject json)
{
    json.remove(QStringLiteral("sequence"));
    return json;
}

QString RecordCommand::changedMeanwhile(const QJsonObject &expected, const QJsonObject &now)
{
    //: %1: the values someone else changed, one per line, "old → new"
    return tr("Someone else changed this record meanwhile; nothing was written. Their change:\n%1")
        .arg(changedValues(expected, now).join(QLatin1Char('\n')));
}

} // namespace dc
