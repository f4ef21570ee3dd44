#include "FuzzSupport.h"

#include "demo/DemoDataset.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <zip.h>

#include <cstdio>
#include <cstdlib>

namespace dc::fuzz {

namespace {

const QByteArray partsMarker = QByteArrayLiteral("ZIPPARTS\n");
const QByteArray partSeparator = QByteArrayLiteral("\n=====\n");

QTemporaryDir &scratch()
{
    static QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("dialogcivic-fuzz-XXXXXX")));
    if (!dir.isValid())
        fail("the scratch folder cannot be made");
    return dir;
}

} // namespace

void initialize()
{
    static int argc = 1;
    static char name[] = "dialogcivic-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives as long as the process
}

QString scratchPath(const QString &name)
{
    return scratch().filePath(name);
}

bool isParts(const QByteArray &data)
{
    return data.startsWith(partsMarker);
}

QByteArray zipParts(const QByteArray &data)
{
    const QString path = scratchPath(QStringLiteral("parts.zip"));
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        fail("minizip cannot create", path);
    QList<QByteArray> entries;
    const QByteArray body = data.mid(partsMarker.size());
    for (qsizetype from = 0;;) {
        const qsizetype next = body.indexOf(partSeparator, from);
        entries << body.mid(from, next < 0 ? -1 : next - from);
        if (next < 0)
            break;
        from = next + partSeparator.size();
    }
    for (const QByteArray &entry : entries) {
        const qsizetype end = entry.indexOf('\n');
        const QByteArray name = entry.left(end < 0 ? entry.size() : end);
        const QByteArray content = end < 0 ? QByteArray() : entry.mid(end + 1);
        if (name.isEmpty() || name.contains('\0'))
            continue;
        if (zipOpenNewFileInZip(zip, name.constData(), nullptr, nullptr, 0, nullptr, 0, nullptr,
                                Z_DEFLATED, 1) != ZIP_OK ||
            zipWriteInFileInZip(zip, content.constData(), unsigned(content.size())) != ZIP_OK ||
            zipCloseFileInZip(zip) != ZIP_OK) {
            zipClose(zip, nullptr);
            return {};
        }
    }
    if (zipClose(zip, nullptr) != ZIP_OK)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail("cannot read back", path);
    return file.readAll();
}

QString writeInput(const QString &name, const uint8_t *data, size_t size)
{
    QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (isParts(bytes))
        bytes = zipParts(bytes);
    const QString path = scratchPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail("cannot write the input to", path);
    return path;
}

QSqlDatabase database(bool withDemo)
{
    // Never destroyed: Qt SQL's own globals may be gone before a static's destructor runs at exit.
    static Database *db = nullptr;
    if (!db) {
        auto opened = Database::open(scratchPath(QStringLiteral("fuzz.sqlite")),
                                     Database::OpenMode::CreateIfMissing);
        if (!opened)
            fail("the database cannot be made", opened.error());
        db = std::move(opened).value().release();
        if (withDemo) {
            const auto loaded = DemoDataset::load(db->connection());
            if (!loaded)
                fail("the demo dataset cannot be loaded", loaded.error());
        }
    }
    return db->connection();
}

QStringList fields(const uint8_t *data, size_t size)
{
    QStringList out;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &field : bytes.split('\x1f'))
        out << QString::fromUtf8(field);
    return out;
}

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

} // namespace dc::fuzz
