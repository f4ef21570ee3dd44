#include "ZipEntryDevice.h"

#include <algorithm>

namespace dc {

namespace {

/// Whether @p inflated bytes from @p compressed ones are more than ZipEntryDevice::maxRatio.
bool overRatio(qint64 inflated, qint64 compressed)
{
    return inflated > ZipEntryDevice::ratioAllowance &&
           inflated / ZipEntryDevice::maxRatio >= std::max<qint64>(compressed, 1);
}

} // namespace

ZipEntryDevice::ZipEntryDevice(unzFile zip, qint64 archiveBytes)
    : m_zip(zip), m_archiveBytes(archiveBytes)
{
}

ZipEntryDevice::~ZipEntryDevice()
{
    if (isOpen())
        close();
}

bool ZipEntryDevice::openEntry(const char *name)
{
    if (unzLocateFile(m_zip, name, 0) != UNZ_OK)
        return false;
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return false;
    m_size = qint64(std::min<ZPOS64_T>(info.uncompressed_size, ZPOS64_T(1) << 62));
    m_compressedSize = qint64(std::min<ZPOS64_T>(info.compressed_size, ZPOS64_T(1) << 62));
    if (m_archiveBytes > 0)
        m_compressedSize = std::min(m_compressedSize, m_archiveBytes);
    m_read = 0;
    m_failed = false;
    m_tooLarge = m_limit > 0 && m_size > m_limit;
    m_tooCompressed = overRatio(m_size, m_compressedSize);
    m_entryOpen = true;
    return open(QIODevice::ReadOnly);
}

void ZipEntryDevice::close()
{
    if (m_entryOpen) {
        // A CRC mismatch shows up here, once the whole member was read.
        if (unzCloseCurrentFile(m_zip) == UNZ_CRCERROR && !m_tooLarge && !m_tooCompressed)
            m_failed = true;
        m_entryOpen = false;
    }
    QIODevice::close();
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_tooLarge || m_tooCompressed)
        return -1;
    qint64 wanted = std::min<qint64>(maxSize, 1 << 20);
    if (m_limit > 0) {
        if (m_read >= m_limit) {
            // One byte more tells a member of exactly the limit from a larger one.
            char probe = 0;
            if (unzReadCurrentFile(m_zip, &probe, 1) > 0) {
                m_tooLarge = true;
                return -1;
            }
            return 0;
        }
        wanted = std::min(wanted, m_limit - m_read);
    }
    const int n = unzReadCurrentFile(m_zip, data, unsigned(wanted));
    if (n < 0) {
        m_failed = true;
        return -1;
    }
    m_read += n;
    return n;
}

} // namespace dc
