#pragma once

#include "common/RecordCommand.h"

#include <functional>

namespace dc {

/// One change to an edition's partners, indicators or the edition itself (or to an event), as an
/// undoable command: a RecordCommand whose change and its undo are given as function objects.
class EditionChangeCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditionChangeCommand)

public:
    EditionChangeCommand(const QString &text, std::function<Status()> apply,
                         std::function<Status()> revert, std::function<void()> changed,
                         std::function<void(const QString &)> failed);

private:
    Status apply() override;
    Status revert() override;

    std::function<Status()> m_apply;
    std::function<Status()> m_revert;
};

} // namespace dc
