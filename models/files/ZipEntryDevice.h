#pragma once

#include <QIODevice>

#include <minizip/unzip.h>

namespace dc {

/// One member of a zip archive (a workbook's sheet, a spreadsheet's content.xml) as a sequential
/// device, inflated as a parser asks for it. A small archive cannot inflate into much more than it
/// holds: with a limit, reading stops at that many bytes (tooLarge()); and whatever the limit, a
/// member that inflates to more than maxRatio times its compressed size, a "zip bomb", is not
/// read at all (tooCompressed()). Both are seen from the sizes the archive declares, before
/// anything is inflated: minizip never inflates more than the declared size (a member that
/// claims less than it holds fails its checksum), and the compressed size claimed is bounded by
/// the archive's own size.
class ZipEntryDevice final : public QIODevice
{
public:
    /// @p archiveBytes, the archive file's size when known, bounds the compressed size a member
    /// may claim in the ratio (a header that lies about it gains nothing).
    explicit ZipEntryDevice(unzFile zip, qint64 archiveBytes = 0);
    ~ZipEntryDevice() override;
    ZipEntryDevice(const ZipEntryDevice &) = delete;
    ZipEntryDevice &operator=(const ZipEntryDevice &) = delete;

    /// Inflated bytes per compressed byte beyond which a member is refused. XML compresses some
    /// 4 to 30 times (a register sheet of 125,000 rows, a workbook's styles); a run of one byte,
    /// the stuff of zip bombs, about 1,000 times.
    static constexpr qint64 maxRatio = 200;
    /// The ratio is not checked within a member's first inflated bytes (a small part of a few
    /// repeated tags may compress well).
    static constexpr qint64 ratioAllowance = 1024 * 1024;

    /// Opens the member @p name; false when the archive has no such member or cannot open it.
    /// A member whose declared sizes are over the limit or the ratio opens, with tooLarge() or
    /// tooCompressed() already set, and reads nothing.
    bool openEntry(const char *name);
    void close() override;

    bool isSequential() const override { return true; }
    /// The compressed data was bad, or the checksum did not match once the member was read.
    bool failed() const { return m_failed; }
    /// Reading stopped at the limit.
    bool tooLarge() const { return m_tooLarge; }
    /// The member inflates to more than maxRatio times its compressed size: nothing was read.
    bool tooCompressed() const { return m_tooCompressed; }
    qint64 uncompressedSize() const { return m_size; }
    qint64 uncompressedRead() const { return m_read; }
    /// At most this many inflated bytes are read (0: no limit); set before openEntry().
    void setLimit(qint64 bytes) { m_limit = bytes; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    qint64 m_archiveBytes = 0;
    qint64 m_size = 0;
    qint64 m_read = 0;
    qint64 m_compressedSize = 0;
    qint64 m_limit = 0;
    bool m_failed = false;
    bool m_tooLarge = false;
    bool m_tooCompressed = false;
    bool m_entryOpen = false;
};

} // namespace dc
