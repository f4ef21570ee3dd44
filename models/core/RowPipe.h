#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace dc {

/// Rows made on a worker thread (a file read and each row checked) and taken in batches by the
/// thread that writes them: on two cores the file is parsed while SQLite writes. What the
/// producer reads is the worker's alone until stop() has joined it; the batches go through a
/// bounded queue, so memory stays flat whatever the file's size. Used by every bulk import.
template <typename Row> class RowPipe final
{
public:
    struct Batch
    {
        std::vector<Row> rows;
        qint64 position = 0; ///< how far the producer was when the batch was made (bytes read)
    };
    /// Fills @p row with the next row and returns true, or returns false at the end (or on an
    /// error, which the producer keeps for the caller to read after stop()).
    using Produce = std::function<bool(Row &row)>;
    /// Where the producer is (bytes read), asked once a batch.
    using Position = std::function<qint64()>;

    static constexpr size_t batchRows = 512;
    static constexpr size_t batchesInFlight = 4;

    RowPipe(Produce produce, Position position)
        : m_produce(std::move(produce)), m_position(std::move(position)),
          m_thread([this] { run(); })
    {
    }
    ~RowPipe() { stop(); }
    RowPipe(const RowPipe &) = delete;
    RowPipe &operator=(const RowPipe &) = delete;

    /// Waits for the next batch; false once every row was taken.
    bool next(Batch &batch)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return true;
    }

    /// Stops producing (for a cancel) and waits for the worker.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_space.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void run()
    {
        Batch batch;
        batch.rows.reserve(batchRows);
        for (bool more = true; more;) {
            Row row;
            more = m_produce(row);
            if (more)
                batch.rows.push_back(std::move(row));
            if (batch.rows.size() < batchRows && more)
                continue;
            batch.position = m_position();
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [this] { return m_batches.size() < batchesInFlight || m_stopped; });
            if (m_stopped)
                break;
            m_batches.push_back(std::exchange(batch, Batch{}));
            batch.rows.reserve(batchRows);
            m_ready.notify_one();
        }
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_ready.notify_all();
    }

    Produce m_produce;
    Position m_position;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
    std::thread m_thread; // last: it starts running in the constructor
};

} // namespace dc
