// The main() of a fuzz target built without libFuzzer (GCC, the release and asan presets): runs
// the target once on each file named, or on each file of each folder named, as libFuzzer does
// with -runs=0. So the seed corpus and the saved crash inputs run in every ctest run.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "replay: %s cannot be read\n", qUtf8Printable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    std::fprintf(stderr, "replay: %s\n", qUtf8Printable(path));
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                           size_t(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1Char('-'))) // libFuzzer's options, as in -runs=0
            continue;
        const QFileInfo info(arg);
        QStringList files;
        if (info.isDir()) {
            const QDir dir(arg);
            for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << arg;
        }
        for (const QString &file : files) {
            if (!runFile(file))
                return 1;
            ++count;
        }
    }
    std::printf("replay: %d inputs ran without a crash\n", count);
    return 0;
}
