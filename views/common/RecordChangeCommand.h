#pragma once

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
    /// back what the repository made of it (normalized, with its creation time).
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
        Record record = m_after;
        switch (m_action) {
        case Action::Add:
            if (m_id > 0) { // a redo
                record.id = m_id;
                return m_store.restore(record);
            }
            return add(std::move(record));
        case Action::Edit:
            record.id = m_id;
            return m_store.update(record);
        case Action::Delete:
            return m_store.remove(m_id);
        }
        return {};
    }

    Status revert() final
    {
        switch (m_action) {
        case Action::Add:
            return m_store.remove(m_id);
        case Action::Edit:
            return m_store.update(m_before);
        case Action::Delete:
            return m_store.restore(m_before);
        }
        return {};
    }

    Status add(Record record)
    {
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
