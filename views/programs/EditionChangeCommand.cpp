#include "EditionChangeCommand.h"

#include <utility>

namespace dc {

EditionChangeCommand::EditionChangeCommand(const QString &text, std::function<Status()> apply,
                                           std::function<Status()> revert,
                                           std::function<void()> changed,
                                           std::function<void(const QString &)> failed)
    : RecordCommand(RecordCommandContext::refreshing({}, std::move(changed), std::move(failed)),
                    Action::Edit),
      m_apply(std::move(apply)), m_revert(std::move(revert))
{
    setText(text);
}

Status EditionChangeCommand::apply()
{
    return m_apply();
}

Status EditionChangeCommand::revert()
{
    return m_revert();
}

} // namespace dc
