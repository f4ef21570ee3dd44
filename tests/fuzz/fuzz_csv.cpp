// The CSV reader and the organization import's dry run on any bytes as a file: never a crash,
// records in line order, a failure always with a message.

#include "FuzzSupport.h"

#include "files/CsvReader.h"
#include "registry/OrganizationImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dc;
    fuzz::initialize();
    const QString path = fuzz::writeInput(QStringLiteral("input.csv"), data, size);
    // Each encoding in turn, chosen by the size so that the file's bytes stay as they are.
    const TextEncoding encoding =
        std::array{TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Windows1250}[size % 3];

    CsvReader reader;
    if (Status opened = reader.open(path, encoding); !opened) {
        if (opened.error().isEmpty())
            fuzz::fail("open() failed without a message");
    } else {
        QStringList fields;
        int lastLine = 0;
        while (reader.readRecord(fields)) {
            if (reader.recordLine() <= lastLine)
                fuzz::fail("records out of line order at line",
                           QString::number(reader.recordLine()));
            lastLine = reader.recordLine();
            if (fields.isEmpty())
                fuzz::fail("a record without fields at line", QString::number(lastLine));
        }
        if (reader.bytesRead() > reader.size())
            fuzz::fail("read more bytes than the file has");
    }

    OrganizationImporter importer(fuzz::database(false));
    ImportOptions options;
    options.encoding = encoding;
    options.dryRun = true;
    const auto imported = importer.importFile(path, options);
    if (!imported && imported.error().isEmpty())
        fuzz::fail("the import failed without a message");
    return 0;
}
