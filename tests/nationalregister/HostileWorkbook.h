#pragma once

// Writes hostile workbooks for the tests: a zip whose part holds a long run of one byte, deflated
// as it is written (a few hundred kB of file that inflate to hundreds of MB), optionally with
// sizes that lie about what the part inflates to.

#include <QByteArray>
#include <QFile>
#include <QList>

#include <minizip/zip.h>
#include <zlib.h>

namespace dc::test {

/// One member of the archive: @p prefix, then @p runBytes copies of @p run, then @p suffix.
struct ZipPart
{
    QByteArray name;
    QByteArray prefix;
    char run = ' ';
    qint64 runBytes = 0;
    QByteArray suffix;
    /// The uncompressed size the archive declares for the member; 0: the true size.
    qint64 declaredSize = 0;
};

/// Writes the member through zlib's raw deflate, so that a part of hundreds of MB never
/// exists whole in memory.
inline bool writeZipPart(zipFile zip, const ZipPart &part)
{
    if (zipOpenNewFileInZip2_64(zip, part.name.constData(), nullptr, nullptr, 0, nullptr, 0,
                                nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 1, 1) != ZIP_OK)
        return false;
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    QByteArray out(1 << 16, Qt::Uninitialized);
    uLong crc = crc32(0, nullptr, 0);
    qint64 total = 0;
    bool ok = true;
    const auto put = [&](const QByteArray &in, int flush) {
        crc = crc32(crc, reinterpret_cast<const Bytef *>(in.constData()), uInt(in.size()));
        total += in.size();
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        stream.avail_in = uInt(in.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(out.data());
            stream.avail_out = uInt(out.size());
            deflate(&stream, flush);
            const unsigned produced = unsigned(out.size()) - stream.avail_out;
            if (produced > 0)
                ok = ok && zipWriteInFileInZip(zip, out.constData(), produced) == ZIP_OK;
        } while (stream.avail_out == 0);
    };
    put(part.prefix, Z_NO_FLUSH);
    const QByteArray chunk(1 << 20, part.run);
    for (qint64 left = part.runBytes; left > 0; left -= chunk.size())
        put(left >= chunk.size() ? chunk : chunk.left(left), Z_NO_FLUSH);
    put(part.suffix, Z_FINISH);
    deflateEnd(&stream);
    const qint64 declared = part.declaredSize > 0 ? part.declaredSize : total;
    return zipCloseFileInZipRaw64(zip, ZPOS64_T(declared), crc) == ZIP_OK && ok;
}

inline bool writeHostileZip(const QString &path, const QList<ZipPart> &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const ZipPart &part : parts)
        ok = ok && writeZipPart(zip, part);
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

/// The parts of a plain workbook of one sheet, with @p hostile in place of the part of its name.
inline QList<ZipPart> workbookParts(const ZipPart &hostile)
{
    const QByteArray main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const auto plain = [](const QByteArray &name, const QByteArray &text) {
        return ZipPart{name, text, ' ', 0, QByteArray(), 0};
    };
    QList<ZipPart> parts{
        plain(
            "xl/workbook.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook " + main +
                " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                "<sheets><sheet name=\"Registru\" sheetId=\"1\" "
                "r:id=\"rId1\"/></sheets></workbook>"),
        plain(
            "xl/_rels/workbook.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
        plain("xl/styles.xml",
              "<styleSheet " + main +
                  "><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>"),
        plain("xl/sharedStrings.xml", "<sst " + main + "><si><t>Denumire</t></si></sst>"),
        plain("xl/worksheets/sheet1.xml",
              "<worksheet " + main +
                  "><sheetData><row r=\"1\"><c r=\"A1\" "
                  "t=\"s\"><v>0</v></c></row></sheetData></worksheet>")};
    for (ZipPart &part : parts) {
        if (part.name == hostile.name)
            part = hostile;
    }
    return parts;
}

} // namespace dc::test
