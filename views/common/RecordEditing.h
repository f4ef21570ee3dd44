#pragma once

#include "common/Dialogs.h"
#include "core/Result.h"

#include <QDialog>
#include <QUndoStack>

#include <functional>
#include <memory>

// How a page opens the form of a record and makes the change the form asks for: the same on
// every page with lists of records (bodies, funding, drafts).

namespace dc {

/// Opens @p form window-modal, deleted once closed. @p openForm is the page's member that holds
/// the form while it is open (one form of a kind at a time; tests reach it there) and is cleared
/// when it closes; @p save runs when the user accepts.
template <typename Form>
void openRecordForm(Form *form, Form *&openForm, const QString &title,
                    const std::function<void()> &save)
{
    openForm = form;
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowTitle(title);
    QObject::connect(form, &QDialog::accepted, form, save);
    // The form is deleted later; a new one may open as soon as this one is closed.
    QObject::connect(form, &QDialog::finished, form, [&openForm] { openForm = nullptr; });
    form->open();
}

/// Makes the change of @p command (its execute()) and puts it on @p undoStack (when there is
/// one); a failure is handed to @p failed and the command dropped. False after a failure.
template <typename Command>
bool executeAndPush(std::unique_ptr<Command> command, QUndoStack *undoStack,
                    const std::function<void(const QString &error)> &failed)
{
    if (const Status status = command->execute(); !status) {
        failed(status.error());
        return false;
    }
    if (undoStack)
        undoStack->push(command.release());
    return true;
}

/// executeAndPush() with a failure shown in a box titled @p title over @p parent.
template <typename Command>
bool executeAndPush(std::unique_ptr<Command> command, QUndoStack *undoStack, QWidget *parent,
                    const QString &title)
{
    return executeAndPush(std::move(command), undoStack, [parent, title](const QString &error) {
        Dialogs::warning(parent, title, error);
    });
}

} // namespace dc
