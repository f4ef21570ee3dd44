#pragma once

#include "common/CheckedChange.h"
#include "common/RecordCommand.h"

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace dc {

/// The repository calls that store one kind of record, for a RecordChangeCommand.
template <typename Record> struct RecordStore
{
    std::function<Result<qint64>(const Record &)> add;
    std::function<Status(const Record &)> update;
    std::function<Status(qint64 id)> remove;
    /// Puts a removed record back under its id.
    std::function<Status(const Record &)> restore;
    /// The record as stored (may be empty): read after the first addition, so that its redo puts
    /// back what the repository made of it (normalized, with its creation time), and before and
    /// after each change, so that a change is made only over the version it expects.
    std::function<std::optional<Record>(qint64 id)> find;

    /// The calls of a Repository opened on @p db for each call: its member functions, or callables
    /// taking the repository first, e.g.
    /// RecordStore<FundingCall>::of<FundingRepository>(db, &FundingRepository::addCall, ...).
    template <typename Repository, typename Add, typename Update, typename Remove, typename Restore,
              typename Find = std::nullptr_t>
    static RecordStore of(const QSqlDatabase &db, Add add, Update update, Remove remove,
                          Restore restore, Find find = nullptr)
    {
        RecordStore store{call<Repository, Result<qint64>, const Record &>(db, add),
                          call<Repository, Status, const Record &>(db, update),
                          call<Repository, Status, qint64>(db, remove),
                          call<Repository, Status, const Record &>(db, restore),
                          {}};
        if constexpr (!std::is_null_pointer_v<Find>)
            store.find = call<Repository, std::optional<Record>, qint64>(db, find);
        return store;
    }

    /// The calls of a Repository that names them add, update, remove, restore and find.
    template <typename Repository> static RecordStore of(const QSqlDatabase &db)
    {
        return of<Repository>(db, &Repository::add, &Repository::update, &Repository::remove,
                              &Repository::restore, &Repository::find);
    }

private:
    template <typename Repository, typename Return, typename Argument, typename Function>
    static std::function<Return(Argument)> call(const QSqlDatabase &db, Function function)
    {
        return [db, function](Argument argument) -> Return {
            Repository repository(db);
            return std::invoke(function, repository, argument);
        };
    }
};

/// Adds, edits or deletes one record through its RecordStore: undo of an addition deletes the
/// record and its redo puts it back under the id it first got; undo of an edit saves the record
/// as it was; undo of a deletion puts the record back under its id. A kind of record derives from
/// it only to name the change in the Undo/Redo menu through its own tr().
///
/// With a store that finds the record, every change is made over the version it expects, checked
/// in the change's own transaction (Transaction::Reads::Snapshot): an edit or a deletion over the
/// record the form or the question showed, an undo or a redo over the version the command left.
/// When someone else changed the record meanwhile, even between the check and the write, nothing
/// is written and the failure says what they changed (changedMeanwhile()).
template <typename Record> class RecordChangeCommand : public RecordCommand
{
protected:
    /// @p before is ignored for an addition, @p after for a deletion.
    RecordChangeCommand(RecordCommandContext context, Action action, Record before, Record after,
                        RecordStore<Record> store)
        : RecordCommand(std::move(context), action), m_before(std::move(before)),
          m_after(std::move(after)), m_store(std::move(store))
    {
        m_id = action == Action::Add ? 0 : m_before.id;
    }

    Record m_before;
    Record m_after;

private:
    Status apply() final
    {
        switch (m_action) {
        case Action::Add:
            if (m_id > 0) // a redo
                return change(
                    nullptr, [this] { return m_store.restore(withId(m_after)); }, &m_after);
            return add();
        case Action::Edit:
            return change(
                &m_before, [this] { return m_store.update(withId(m_after)); }, &m_after);
        case Action::Delete:
            return change(
                &m_before, [this] { return m_store.remove(m_id); }, nullptr);
        }
        return {};
    }

    Status revert() final
    {
        switch (m_action) {
        case Action::Add:
            return change(
                &m_after, [this] { return m_store.remove(m_id); }, nullptr);
        case Action::Edit:
            return change(
                &m_after, [this] { return m_store.update(withId(m_before)); }, &m_before);
        case Action::Delete:
            return change(
                nullptr, [this] { return m_store.restore(m_before); }, &m_before);
        }
        return {};
    }

    Record withId(Record record) const
    {
        record.id = m_id;
        return record;
    }

    /// Makes the change @p write over the record as @p expected (when given and the record is
    /// there: a record gone is the write's own failure), then reads what it stored into @p stored
    /// (when given), the version the next undo or redo expects. A store that cannot find records
    /// makes its changes unchecked.
    template <typename Write> Status change(const Record *expected, Write write, Record *stored)
    {
        if (!m_store.find)
            return write();
        std::optional<Record> read;
        const Status status = checked::overExpected(
            m_db, m_id, expected ? std::optional<Record>(*expected) : std::nullopt, m_store.find,
            write, stored ? &read : nullptr);
        if (status && read)
            *stored = std::move(*read);
        return status;
    }

    Status add()
    {
        Record record = m_after;
        record.id = 0;
        const Result<qint64> id = m_store.add(record);
        if (!id)
            return Status::failure(id.error());
        m_id = *id;
        if (m_store.find) {
            if (std::optional<Record> stored = m_store.find(m_id))
                m_after = std::move(*stored);
        }
        return {};
    }

    RecordStore<Record> m_store;
};

} // namespace dc
