#include "common/RecordEditing.h"

namespace dc {

RecordCommandContext pageCommandContext(QSqlDatabase db, QWidget *page, const QString &title,
                                        std::function<void(qint64 id)> changed)
{
    return {std::move(db), std::move(changed),
            [page, title](const QString &message) { Dialogs::warning(page, title, message); }};
}

bool execRecordForm(RecordForm &form, std::function<bool()> save)
{
    form.setSaveAction(std::move(save));
    return form.exec() == QDialog::Accepted;
}

bool recordGoneAddAgain(QWidget *form)
{
    return Dialogs::question(form, form->windowTitle(),
                             QCoreApplication::translate(
                                 "RecordEditing",
                                 "Someone else deleted this record while you were editing it. "
                                 "Add it again, as you have it in the form?")) == QMessageBox::Yes;
}

} // namespace dc
