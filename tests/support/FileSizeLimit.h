#pragma once

#include <sys/resource.h>

namespace dc::test {

/// While it lives, no file of this process may grow past @p bytes: a write beyond fails with
/// EFBIG (SIGXFSZ is ignored), as on a full disk. For tests of what a failed write leaves.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace dc::test
