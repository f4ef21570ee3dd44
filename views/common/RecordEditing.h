#pragma once

#include "common/Dialogs.h"
#include "common/RecordCommand.h"
#include "common/RecordConflict.h"
#include "common/RecordForm.h"
#include "common/RecordListActions.h"
#include "core/Result.h"

#include <QDialog>
#include <QJsonObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

// How a page opens the form of a record and makes the change the form asks for: the same on
// every page with lists of records (bodies, funding, drafts).

namespace dc {

/// The context of a page's commands on @p db: @p changed refreshes the page (and selects the
/// record); a failed undo or redo is shown in a box titled @p title over @p page.
RecordCommandContext pageCommandContext(QSqlDatabase db, QWidget *page, const QString &title,
                                        std::function<void(qint64 id)> changed);

/// Asks over @p form whether to add its record again, which someone else deleted while it was
/// open.
bool recordGoneAddAgain(QWidget *form);

/// The lines that say how a record changed from @p before to @p now (its values as the audit
/// log keeps them): "old value → new value", one per changed value.
QStringList changedValues(const QJsonObject &before, const QJsonObject &now);

/// Asks over @p parent, titled @p title, again before deleting a record that someone else
/// changed while the first question was open: @p changes says how (changedValues()).
bool deleteChangedRecordAnyway(QWidget *parent, const QString &title, const QStringList &changes);

/// Asks over @p parent, titled @p title, whether to save the user's version of a record that
/// someone else changed meanwhile (@p changes says how, changedValues()), in a form too small for
/// the conflict box (a list with a few fields).
bool saveOverChangedRecord(QWidget *parent, const QString &title, const QStringList &changes);

/// Tells over @p parent that the record to delete was deleted by someone else meanwhile.
void recordAlreadyDeleted(QWidget *parent, const QString &title);

/// Asks @p question (Yes or No, No the default) before the record @p shown is deleted, then
/// reads it again with @p load: when someone else changed it while the question was open, the
/// user is told what changed and asked again; when someone else deleted it, the user is told.
/// The record to delete, as stored now; nothing when the user said no or it is gone.
template <typename Record, typename Load>
std::optional<Record> confirmDelete(QWidget *parent, const QString &title, const QString &question,
                                    Record shown, Load load)
{
    if (Dialogs::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::No) != QMessageBox::Yes)
        return std::nullopt;
    for (;;) {
        std::optional<Record> now = load();
        if (!now) {
            recordAlreadyDeleted(parent, title);
            return std::nullopt;
        }
        const QJsonObject before = shown.toJson();
        const QJsonObject after = now->toJson();
        if (before == after)
            return now;
        if (!deleteChangedRecordAnyway(parent, title, changedValues(before, after)))
            return std::nullopt;
        shown = std::move(*now);
    }
}

/// Opens @p form window-modal, deleted once closed. @p openForm is the page's member that holds
/// the form while it is open (one form of a kind at a time; tests reach it there) and is cleared
/// when it closes. Save runs @p save, which makes the change and says why when it fails; the form
/// closes only when it succeeded, else it stays open with what the user typed.
template <typename Form>
void openRecordForm(Form *form, Form *&openForm, const QString &title, std::function<bool()> save)
{
    openForm = form;
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowTitle(title);
    form->setSaveAction(std::move(save));
    // The form is deleted later; a new one may open as soon as this one is closed.
    QObject::connect(form, &QDialog::finished, form, [&openForm] { openForm = nullptr; });
    form->open();
}

/// Runs @p form application-modal, Save running @p save as openRecordForm() says; true when the
/// user saved (and @p save succeeded).
bool execRecordForm(RecordForm &form, std::function<bool()> save);

/// Opens @p form on @p record as openRecordForm() does (titled @p newTitle for a new record, else
/// @p editTitle). When the user saves, @p change gets the action and the record before and after
/// and returns whether it made the change: an addition of the form's record, or an edit of the
/// record as @p find reads it now. When someone else saved it meanwhile, the user chooses between
/// the two versions first (settleConflict()); when someone else deleted it, whether to add it
/// again.
template <typename Form, typename Record, typename Find, typename Change>
void openRecordForm(Form *form, Form *&openForm, const Record &record, const QString &newTitle,
                    const QString &editTitle, Find find, Change change)
{
    form->setRecord(record);
    // The record as stored when the form opened, to see at Save whether someone else changed it.
    auto loaded = std::make_shared<Record>(record);
    openRecordForm(form, openForm, record.id ? editTitle : newTitle, [form, find, change, loaded] {
        Record after = form->record();
        if (after.id <= 0)
            return change(RecordCommand::Action::Add, Record(), after);
        if (const std::optional<Record> current = find(after.id)) {
            if (const std::optional<bool> settled = settleConflict(form, *loaded, *current))
                return *settled;
            return change(RecordCommand::Action::Edit, *current, after);
        }
        if (!recordGoneAddAgain(form))
            return false;
        after.id = 0;
        return change(RecordCommand::Action::Add, Record(), after);
    });
}

/// How a page adds, edits and deletes the records of one of its lists, said once: the page's
/// New, Edit and Delete call open(), edit() and remove(); the form open is in @c form (one at a
/// time; tests reach it there).
template <typename Record, typename Form> struct RecordEditor
{
    /// The record stored under an id (none when there is none).
    std::function<std::optional<Record>(qint64 id)> find;
    /// A new form, a child of the page.
    std::function<Form *()> makeForm;
    QString newTitle;
    QString editTitle;
    /// Makes the change through the undo stack (for a deletion @p after is empty); false when it
    /// failed (the user was told why).
    std::function<bool(RecordCommand::Action action, const Record &before, const Record &after)>
        change;
    Form *form = nullptr;
    /// The page's buttons and keys: while they are read-only, nothing opens and nothing changes.
    const RecordListActions *actions = nullptr;

    /// Opens the form on @p record (a new one when it has no id), unless a form is open.
    void open(const Record &record)
    {
        if (!form && !isReadOnly())
            openRecordForm(makeForm(), form, record, newTitle, editTitle, find, change);
    }
    /// Opens the form on the record @p id, when there is one.
    void edit(qint64 id)
    {
        if (const std::optional<Record> record = find(id))
            open(*record);
    }
    /// Deletes the record @p id, when there is one.
    void remove(qint64 id)
    {
        if (isReadOnly())
            return;
        if (const std::optional<Record> record = find(id))
            change(RecordCommand::Action::Delete, *record, Record());
    }
    bool isReadOnly() const { return actions && actions->isReadOnly(); }
};

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
