#pragma once

#include <QIODevice>

#include <minizip/unzip.h>

namespace dc {

/// One member of a zip archive (a workbook's sheet, a spreadsheet's content.xml) as a sequential
/// device, inflated as a parser asks for it; with a limit, a small archive cannot inflate into
/// more bytes than the limit (a "zip bomb" stops with tooLarge()).
class ZipEntryDevice final : public QIODevice
{
public:
    explicit ZipEntryDevice(unzFile zip);
    ~ZipEntryDevice() override;
    ZipEntryDevice(const ZipEntryDevice &) = delete;
    ZipEntryDevice &operator=(const ZipEntryDevice &) = delete;

    /// Opens the member @p name; false when the archive has no such member or cannot open it.
    bool openEntry(const char *name);
    void close() override;

    bool isSequential() const override { return true; }
    /// The compressed data was bad, or the checksum did not match once the member was read.
    bool failed() const { return m_failed; }
    /// Reading stopped at the limit.
    bool tooLarge() const { return m_tooLarge; }
    qint64 uncompressedSize() const { return m_size; }
    qint64 uncompressedRead() const { return m_read; }
    /// At most this many inflated bytes are read (0: no limit); set before openEntry().
    void setLimit(qint64 bytes) { m_limit = bytes; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    qint64 m_size = 0;
    qint64 m_read = 0;
    qint64 m_limit = 0;
    bool m_failed = false;
    bool m_tooLarge = false;
    bool m_entryOpen = false;
};

} // namespace dc
