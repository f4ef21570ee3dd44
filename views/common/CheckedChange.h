#pragma once

#include "common/RecordCommand.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

// Changes made outside a RecordChangeCommand (a page's own undo commands) that, like it, write
// only over the version of the record they expect: someone else's change meanwhile, even between
// the check and the write, writes nothing and is told (RecordCommand::checkedWrite()).

namespace dc::checked {

/// A change and its undo, as a page's own undo command takes them.
using Change = std::pair<std::function<Status()>, std::function<Status()>>;

/// Makes @p write on @p db over the record @p id as @p expected (none: no check; a record gone is
/// the write's own failure), then reads what it stored into @p stored (when given), as
/// RecordCommand::checkedWrite() says: someone else's change meanwhile fails it, nothing written.
template <typename Record, typename Find, typename Write>
Status overExpected(const QSqlDatabase &db, qint64 id, const std::optional<Record> &expected,
                    Find find, Write write, std::optional<Record> *stored = nullptr)
{
    return RecordCommand::checkedWrite(
        db,
        [&] {
            const std::optional<Record> now = expected ? find(id) : std::nullopt;
            return now ? RecordCommand::unchangedSince(expected, now) : Status();
        },
        [&] {
            Status written = write();
            if (written && stored) {
                if (std::optional<Record> record = find(id))
                    *stored = std::move(record);
            }
            return written;
        });
}

/// Saves @p after over @p before, and the undo @p before over what it saved: each only over the
/// version it expects (someone else's change meanwhile writes nothing). @p find and @p update
/// read (an optional) and write the record @p id on a database.
template <typename Record, typename Find, typename Update>
Change edit(const QSqlDatabase &db, qint64 id, const Record &before, const Record &after, Find find,
            Update update)
{
    // The version each side expects, as stored: what the last change read back.
    auto versions =
        std::make_shared<std::pair<std::optional<Record>, std::optional<Record>>>(before, after);
    const auto put = [db, id, find, update](std::optional<Record> &record,
                                            const std::optional<Record> &expected) {
        const Record written = *record;
        return overExpected(
            db, id, expected, [&](qint64 recordId) { return find(db, recordId); },
            [&] { return update(db, written); }, &record);
    };
    return {[versions, put] { return put(versions->second, versions->first); },
            [versions, put] { return put(versions->first, versions->second); }};
}

/// edit() of a record that carries its id.
template <typename Record, typename Find, typename Update>
Change edit(const QSqlDatabase &db, const Record &before, const Record &after, Find find,
            Update update)
{
    return edit(db, after.id, before, after, std::move(find), std::move(update));
}

} // namespace dc::checked
