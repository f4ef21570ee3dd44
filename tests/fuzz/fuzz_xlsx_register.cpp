// The XLSX reader in the national register's layout: any bytes as a workbook (or the parts of one,
// see FuzzSupport.h), read whole by XlsxReader and then through the register import's dry run
// (header search, row checks on the worker thread, grouping). Never a crash; a failure always
// with a message; rows in sheet order.

#include "FuzzSupport.h"

#include "files/XlsxReader.h"
#include "nationalregister/NationalRegisterImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dc;
    fuzz::initialize();
    const QString path = fuzz::writeInput(QStringLiteral("asociatii.xlsx"), data, size);

    XlsxReader reader;
    // What the register import allows, kept small so that a zip bomb costs the fuzzer little.
    reader.setInflatedLimit(8 * 1024 * 1024);
    if (Status opened = reader.open(path); !opened) {
        if (opened.error().isEmpty())
            fuzz::fail("open() failed without a message");
    } else {
        int rowNumber = 0;
        int lastRow = 0;
        QStringList cells;
        while (reader.readRow(rowNumber, cells)) {
            if (rowNumber < 1)
                fuzz::fail("a row number below 1:", QString::number(rowNumber));
            lastRow = rowNumber;
        }
        if (reader.bytesRead() < 0)
            fuzz::fail("negative bytes read");
        Q_UNUSED(lastRow);
    }

    NationalRegisterImporter importer(fuzz::database(false));
    RegisterImportOptions options;
    options.kind = RegisterKind::Association;
    options.dryRun = true;
    const auto imported = importer.importFiles({path}, options);
    if (!imported && imported.error().isEmpty())
        fuzz::fail("the import failed without a message");
    return 0;
}
