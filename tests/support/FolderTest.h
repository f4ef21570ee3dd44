#pragma once

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace dc::test {

/// The base of a test program whose functions each write files into a temporary folder of their
/// own: QtTest calls init() before every test function, which makes m_dir, and cleanup() after
/// it, which removes the folder with what was written.
class FolderTest : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<QTemporaryDir> m_dir;

protected Q_SLOTS:
    void init();
    void cleanup();
};

} // namespace dc::test
