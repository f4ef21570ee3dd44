#include "common/RecordEditing.h"

namespace dc {

RecordCommandContext pageCommandContext(QSqlDatabase db, QWidget *page, const QString &title,
                                        std::function<void(qint64 id)> changed)
{
    return {std::move(db), std::move(changed),
            [page, title](const QString &message) { Dialogs::warning(page, title, message); }};
}

} // namespace dc
