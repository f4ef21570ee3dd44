// The award import (AwardImporter) on any bytes: as an XLSX workbook (or the parts of one, see
// FuzzSupport.h) when the input looks like a zip or parts, else as CSV; dry run against the demo
// dataset, so that calls and organizations can match. Never a crash; a failure always with a
// message; every record counted once.

#include "FuzzSupport.h"

#include "funding/AwardImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dc;
    fuzz::initialize();
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool workbook = fuzz::isParts(bytes) || bytes.startsWith("PK");
    const QString path = fuzz::writeInput(
        workbook ? QStringLiteral("awards.xlsx") : QStringLiteral("awards.csv"), data, size);
    AwardImporter importer(fuzz::database(true));
    ImportOptions options;
    options.dryRun = true;
    const auto imported = importer.importFile(path, options);
    if (!imported && imported.error().isEmpty())
        fuzz::fail("the import failed without a message");
    return 0;
}
