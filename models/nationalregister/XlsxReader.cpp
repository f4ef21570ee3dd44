#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <expat.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>

namespace dc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("XlsxReader", text);
}

/// One member of the archive as a sequential device, decompressed as QXmlStreamReader asks for it.
class ZipEntryDevice final : public QIODevice
{
public:
    explicit ZipEntryDevice(unzFile zip) : m_zip(zip) {}
    ~ZipEntryDevice() override
    {
        if (isOpen())
            close();
    }

    /// Opens the member @p name; false when the archive has no such member or cannot open it.
    bool openEntry(const char *name)
    {
        if (unzLocateFile(m_zip, name, 0) != UNZ_OK)
            return false;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return false;
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return false;
        m_size = qint64(info.uncompressed_size);
        m_read = 0;
        m_failed = false;
        m_entryOpen = true;
        return open(QIODevice::ReadOnly);
    }

    void close() override
    {
        if (m_entryOpen) {
            // A CRC mismatch shows up here, once the whole member was read.
            if (unzCloseCurrentFile(m_zip) == UNZ_CRCERROR)
                m_failed = true;
            m_entryOpen = false;
        }
        QIODevice::close();
    }

    bool isSequential() const override { return true; }
    bool failed() const { return m_failed; }
    qint64 uncompressedSize() const { return m_size; }
    qint64 uncompressedRead() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const int n = unzReadCurrentFile(m_zip, data, unsigned(std::min<qint64>(maxSize, 1 << 20)));
        if (n < 0) {
            m_failed = true;
            return -1;
        }
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    qint64 m_size = 0;
    qint64 m_read = 0;
    bool m_failed = false;
    bool m_entryOpen = false;
};

/// The relationship-namespace attribute "r:id", whatever prefix the file gives it.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

/// Whether a custom number format shows a date: a d or y outside quoted text and [..] sections.
bool isDateFormatCode(const QString &code)
{
    bool quoted = false;
    bool bracket = false;
    for (const QChar c : code) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('['))
            bracket = true;
        else if (!quoted && c == QLatin1Char(']'))
            bracket = false;
        else if (!quoted && !bracket
                 && (c == QLatin1Char('d') || c == QLatin1Char('y') || c == QLatin1Char('D') || c == QLatin1Char('Y')))
            return true;
    }
    return false;
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/// The zero-based column of a cell reference: "A5" -> 0, "C5" -> 2, "AA10" -> 26; -1 if none.
int columnOf(const char *reference)
{
    int column = 0;
    int letters = 0;
    for (const char *c = reference; *c && letters < 4; ++c, ++letters) {
        if (*c >= 'A' && *c <= 'Z')
            column = column * 26 + (*c - 'A' + 1);
        else if (*c >= 'a' && *c <= 'z')
            column = column * 26 + (*c - 'a' + 1);
        else
            break;
    }
    return column == 0 ? -1 : column - 1;
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

/// A streaming XML parser over libexpat: the sheet and the shared strings are the bulk of a
/// workbook (64 MB of XML for the 125,000 rows of the associations file), and expat reads them
/// about three times as fast as QXmlStreamReader (measured: 0.43 s against 1.22 s for the bare
/// token loop over that sheet). Element names come as their local part, whatever the prefix.
class ExpatParser
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    ExpatParser() : m_parser(XML_ParserCreateNS(nullptr, namespaceSeparator))
    {
        XML_SetUserData(m_parser, this);
        XML_SetElementHandler(m_parser, &ExpatParser::onStart, &ExpatParser::onEnd);
        XML_SetCharacterDataHandler(m_parser, &ExpatParser::onText);
        // A workbook part never has a document type: refusing one rules out entity expansion.
        XML_SetStartDoctypeDeclHandler(m_parser, &ExpatParser::onDoctype);
    }
    virtual ~ExpatParser() { XML_ParserFree(m_parser); }
    ExpatParser(const ExpatParser &) = delete;
    ExpatParser &operator=(const ExpatParser &) = delete;

    /// Parses the next @p size bytes; @p last after the final ones. False on an error (error()).
    bool feed(const char *data, int size, bool last)
    {
        if (XML_Parse(m_parser, data, size, last ? XML_TRUE : XML_FALSE) != XML_STATUS_ERROR)
            return m_error.isEmpty();
        if (m_error.isEmpty()) {
            m_error = tr("line %1: %2")
                          .arg(XML_GetCurrentLineNumber(m_parser))
                          .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_parser))));
        }
        return false;
    }
    const QString &error() const { return m_error; }

protected:
    virtual void startElement(const char *name, const char **attributes) = 0;
    virtual void endElement(const char *name) = 0;
    virtual void text(const char *data, int size) = 0;

    /// The value of the attribute @p name (without a prefix), or nullptr.
    static const char *attribute(const char **attributes, const char *name)
    {
        for (const char **a = attributes; *a; a += 2) {
            if (std::strcmp(a[0], name) == 0)
                return a[1];
        }
        return nullptr;
    }

private:
    static constexpr char namespaceSeparator = '\x01';

    static const char *localName(const char *name)
    {
        const char *separator = std::strrchr(name, namespaceSeparator);
        return separator ? separator + 1 : name;
    }
    static void XMLCALL onStart(void *self, const char *name, const char **attributes)
    {
        static_cast<ExpatParser *>(self)->startElement(localName(name), attributes);
    }
    static void XMLCALL onEnd(void *self, const char *name)
    {
        static_cast<ExpatParser *>(self)->endElement(localName(name));
    }
    static void XMLCALL onText(void *self, const char *data, int size)
    {
        static_cast<ExpatParser *>(self)->text(data, size);
    }
    static void XMLCALL onDoctype(void *self, const char *, const char *, const char *, int)
    {
        auto *parser = static_cast<ExpatParser *>(self);
        parser->m_error = tr("a document type declaration, which a workbook never has");
        XML_StopParser(parser->m_parser, XML_FALSE);
    }

    XML_Parser m_parser;
    QString m_error;
};

/// The shared-string table (xl/sharedStrings.xml): the text of each <si>, its <t> runs joined,
/// phonetic runs (<rPh>) left out.
class SharedStringsParser final : public ExpatParser
{
public:
    explicit SharedStringsParser(QStringList &strings) : m_strings(strings) {}

protected:
    void startElement(const char *name, const char **attributes) override
    {
        if (std::strcmp(name, "si") == 0) {
            m_current.clear();
        } else if (std::strcmp(name, "t") == 0) {
            m_capture = m_phonetic == 0;
        } else if (std::strcmp(name, "rPh") == 0) {
            ++m_phonetic;
        } else if (std::strcmp(name, "sst") == 0) {
            const char *count = attribute(attributes, "uniqueCount");
            const long n = count ? std::strtol(count, nullptr, 10) : 0;
            if (n > 0 && n < 50'000'000)
                m_strings.reserve(n);
        }
    }
    void endElement(const char *name) override
    {
        if (std::strcmp(name, "t") == 0)
            m_capture = false;
        else if (std::strcmp(name, "rPh") == 0)
            --m_phonetic;
        else if (std::strcmp(name, "si") == 0)
            m_strings << QString::fromUtf8(m_current);
    }
    void text(const char *data, int size) override
    {
        if (m_capture)
            m_current.append(data, size);
    }

private:
    QStringList &m_strings;
    QByteArray m_current;
    int m_phonetic = 0;
    bool m_capture = false;
};

/// What a <c> element says: its type (t), style (s), the text of its <v> and of its inline <is>.
struct CellParts
{
    QByteArray type;
    int style = 0;
    QByteArray value;
    QByteArray inlineText;
    bool hasInline = false;
};

/// A row of the sheet with at least one non-blank cell.
struct SheetRow
{
    int number = 0;
    QStringList cells;
};

/// The worksheet's <sheetData>, row by row: each finished row goes to rows(); each cell's text
/// comes from @p cellText (shared strings, numbers, dates).
class SheetParser final : public ExpatParser
{
public:
    explicit SheetParser(std::function<QString(const CellParts &)> cellText) : m_cellText(std::move(cellText)) {}

    QList<SheetRow> &rows() { return m_rows; }
    bool done() const { return m_done; }
    int lastRow() const { return m_row.number; }

protected:
    void startElement(const char *name, const char **attributes) override
    {
        if (!m_inSheetData) {
            m_inSheetData = std::strcmp(name, "sheetData") == 0;
            return;
        }
        if (std::strcmp(name, "c") == 0) {
            m_cell = CellParts{};
            const char *reference = attribute(attributes, "r");
            m_column = reference ? columnOf(reference) : m_nextColumn;
            if (const char *type = attribute(attributes, "t"))
                m_cell.type = type;
            if (const char *style = attribute(attributes, "s"))
                m_cell.style = int(std::strtol(style, nullptr, 10));
            m_inCell = true;
        } else if (!m_inCell && std::strcmp(name, "row") == 0) {
            const char *reference = attribute(attributes, "r");
            const long number = reference ? std::strtol(reference, nullptr, 10) : 0;
            m_row.number = number > 0 && number <= 1'048'576 ? int(number) : m_row.number + 1;
            m_row.cells.clear();
            m_nextColumn = 0;
        } else if (m_inCell && std::strcmp(name, "v") == 0) {
            m_capture = &m_cell.value;
        } else if (m_inCell && std::strcmp(name, "is") == 0) {
            m_cell.hasInline = true;
            m_inInline = true;
        } else if (m_inInline && std::strcmp(name, "t") == 0) {
            m_capture = m_phonetic == 0 ? &m_cell.inlineText : nullptr;
        } else if (m_inInline && std::strcmp(name, "rPh") == 0) {
            ++m_phonetic;
        }
    }
    void endElement(const char *name) override
    {
        if (!m_inSheetData)
            return;
        if (std::strcmp(name, "v") == 0 || std::strcmp(name, "t") == 0) {
            m_capture = nullptr;
        } else if (std::strcmp(name, "rPh") == 0) {
            --m_phonetic;
        } else if (std::strcmp(name, "is") == 0) {
            m_inInline = false;
        } else if (std::strcmp(name, "c") == 0) {
            m_inCell = false;
            m_capture = nullptr;
            if (m_column < 0 || m_column > 16383)
                return;
            m_nextColumn = m_column + 1;
            QString value = m_cellText(m_cell);
            if (value.isEmpty())
                return;
            if (m_row.cells.size() <= m_column)
                m_row.cells.resize(m_column + 1);
            m_row.cells[m_column] = std::move(value);
        } else if (std::strcmp(name, "row") == 0) {
            for (const QString &c : std::as_const(m_row.cells)) {
                if (!c.trimmed().isEmpty()) {
                    m_rows.append(m_row);
                    break;
                }
            }
        } else if (std::strcmp(name, "sheetData") == 0) {
            m_inSheetData = false;
            m_done = true;
        }
    }
    void text(const char *data, int size) override
    {
        if (m_capture)
            m_capture->append(data, size);
    }

private:
    std::function<QString(const CellParts &)> m_cellText;
    QList<SheetRow> m_rows;
    SheetRow m_row;
    CellParts m_cell;
    QByteArray *m_capture = nullptr;
    int m_column = 0;
    int m_nextColumn = 0;
    int m_phonetic = 0;
    bool m_inSheetData = false;
    bool m_inCell = false;
    bool m_inInline = false;
    bool m_done = false;
};

} // namespace

struct XlsxReader::Private
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    QString path;
    unzFile zip = nullptr;
    QString error;
    QStringList sharedStrings;
    QList<bool> dateStyles; // by cell style index (the s attribute)
    bool date1904 = false;
    std::unique_ptr<ZipEntryDevice> sheet;
    std::unique_ptr<SheetParser> sheetParser;
    QList<SheetRow> &rows() { return sheetParser->rows(); }
    QByteArray chunk = QByteArray(1 << 16, Qt::Uninitialized);
    bool finished = false;

    ~Private()
    {
        sheetParser.reset();
        sheet.reset();
        if (zip)
            unzClose(zip);
    }

    QString damaged(const QString &detail) const
    {
        return tr("%1: the workbook cannot be read; the file is damaged or truncated (%2).").arg(path, detail);
    }

    /// Reads a small member whole (the workbook index, its relationships, the styles).
    std::optional<QByteArray> readSmall(const char *name, bool &damagedFlag)
    {
        ZipEntryDevice device(zip);
        if (!device.openEntry(name))
            return std::nullopt;
        QByteArray bytes = device.readAll();
        device.close();
        if (device.failed())
            damagedFlag = true;
        return bytes;
    }

    QString firstSheetPath(bool &damagedFlag)
    {
        const std::optional<QByteArray> workbook = readSmall("xl/workbook.xml", damagedFlag);
        if (!workbook)
            return {};
        QString id;
        QXmlStreamReader r(*workbook);
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (r.name() == QLatin1String("workbookPr")) {
                const QStringView v = r.attributes().value(QLatin1String("date1904"));
                date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (r.name() == QLatin1String("sheet") && id.isEmpty()) {
                id = relationshipId(r.attributes());
            }
        }
        if (r.hasError())
            damagedFlag = true;
        const std::optional<QByteArray> rels = readSmall("xl/_rels/workbook.xml.rels", damagedFlag);
        if (!rels || id.isEmpty())
            return {};
        QXmlStreamReader rr(*rels);
        while (!rr.atEnd()) {
            if (rr.readNext() == QXmlStreamReader::StartElement && rr.name() == QLatin1String("Relationship")
                && rr.attributes().value(QLatin1String("Id")) == id) {
                const QString target = rr.attributes().value(QLatin1String("Target")).toString();
                return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QLatin1String("xl/") + target;
            }
        }
        return {};
    }

    void readStyles(bool &damagedFlag)
    {
        const std::optional<QByteArray> styles = readSmall("xl/styles.xml", damagedFlag);
        if (!styles)
            return;
        QList<int> customDates;
        QXmlStreamReader r(*styles);
        bool inCellXfs = false;
        while (!r.atEnd()) {
            const auto token = r.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (r.name() == QLatin1String("numFmt")) {
                    if (isDateFormatCode(r.attributes().value(QLatin1String("formatCode")).toString()))
                        customDates << r.attributes().value(QLatin1String("numFmtId")).toInt();
                } else if (r.name() == QLatin1String("cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && r.name() == QLatin1String("xf")) {
                    const int id = r.attributes().value(QLatin1String("numFmtId")).toInt();
                    dateStyles << (isBuiltInDateFormat(id) || customDates.contains(id));
                }
            } else if (token == QXmlStreamReader::EndElement && r.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
        if (r.hasError())
            damagedFlag = true;
    }

    /// Reads the shared-string table whole (the sheet's cells point into it by index).
    bool readSharedStrings()
    {
        ZipEntryDevice device(zip);
        if (!device.openEntry("xl/sharedStrings.xml"))
            return true; // a workbook of inline strings or numbers only
        SharedStringsParser parser(sharedStrings);
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        for (;;) {
            const qint64 n = device.read(buffer.data(), buffer.size());
            if (n < 0 || device.failed())
                break;
            if (!parser.feed(buffer.constData(), int(n), n == 0))
                break;
            if (n == 0)
                break;
        }
        device.close();
        if (!parser.error().isEmpty() || device.failed()) {
            error = damaged(tr("shared strings: %1").arg(device.failed() ? tr("bad compressed data") : parser.error()));
            return false;
        }
        return true;
    }

    QString dateText(double serial) const
    {
        // Excel's dates run from serial 0 to 2958465 (9999-12-31); anything else (1e308, NaN) is
        // no date, and converting it to an integer would be undefined behaviour: keep the number.
        if (!std::isfinite(serial) || serial < 0 || serial >= 2958466)
            return numberText(serial);
        const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        const double days = std::floor(serial);
        const QDate date = base.addDays(qint64(days));
        const int seconds = int(std::lround((serial - days) * 86400.0));
        if (seconds == 0 || seconds == 86400)
            return date.toString(Qt::ISODate);
        return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(Qt::ISODate);
    }

    /// The text of one cell, from its type (t), style (s) and the text of its <v> or <is>.
    QString cellText(const CellParts &cell) const
    {
        const QByteArray &type = cell.type;
        if (type == "s") {
            bool ok = false;
            const int index = cell.value.toInt(&ok);
            return ok && index >= 0 && index < sharedStrings.size() ? sharedStrings.at(index) : QString();
        }
        if (type == "inlineStr")
            return QString::fromUtf8(cell.hasInline ? cell.inlineText : cell.value);
        if (type == "str" || type == "e" || type == "b")
            return QString::fromUtf8(cell.value);
        if (cell.value.isEmpty())
            return {};
        bool ok = false;
        const double number = cell.value.toDouble(&ok);
        if (!ok)
            return QString::fromUtf8(cell.value);
        if (cell.style >= 0 && cell.style < dateStyles.size() && dateStyles.at(cell.style))
            return dateText(number);
        return numberText(number);
    }

    /// Inflates and parses the sheet until at least one row is ready, the sheet ends or fails.
    void parseMore()
    {
        while (rows().isEmpty() && !sheetParser->done() && error.isEmpty()) {
            const qint64 n = sheet->read(chunk.data(), chunk.size());
            if (n < 0 || sheet->failed()) {
                error = damaged(tr("bad compressed data in the worksheet"));
                return;
            }
            if (!sheetParser->feed(chunk.constData(), int(n), n == 0)) {
                error = damaged(tr("worksheet, row %1: %2").arg(sheetParser->lastRow()).arg(sheetParser->error()));
                return;
            }
            if (n == 0 && !sheetParser->done()) {
                error = damaged(tr("worksheet, row %1: %2").arg(sheetParser->lastRow()).arg(tr("the sheet ends early")));
                return;
            }
        }
    }
};

XlsxReader::XlsxReader() : m_d(std::make_unique<Private>()) {}

XlsxReader::~XlsxReader() = default;

Status XlsxReader::open(const QString &path)
{
    m_d = std::make_unique<Private>();
    Private &d = *m_d;
    d.path = path;
    if (!QFile::exists(path))
        return Status::failure(tr("%1: the file does not exist.").arg(path));
    d.zip = unzOpen64(QFile::encodeName(path).constData());
    if (!d.zip) {
        d.error = tr("%1: not an XLSX workbook, or the file is damaged or truncated.").arg(path);
        return Status::failure(d.error);
    }
    bool damagedFlag = false;
    QString sheetPath = d.firstSheetPath(damagedFlag);
    if (sheetPath.isEmpty())
        sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    d.readStyles(damagedFlag);
    if (damagedFlag) {
        d.error = d.damaged(tr("the workbook's index"));
        return Status::failure(d.error);
    }
    if (!d.readSharedStrings())
        return Status::failure(d.error);
    d.sheet = std::make_unique<ZipEntryDevice>(d.zip);
    if (!d.sheet->openEntry(sheetPath.toUtf8().constData())) {
        d.error = tr("%1: not an XLSX workbook (it has no worksheet).").arg(path);
        return Status::failure(d.error);
    }
    d.sheetParser = std::make_unique<SheetParser>([&d](const CellParts &cell) { return d.cellText(cell); });
    return {};
}

bool XlsxReader::readRow(int &rowNumber, QStringList &cells)
{
    Private &d = *m_d;
    if (!d.sheet || d.finished || !d.error.isEmpty())
        return false;
    d.parseMore();
    if (!d.rows().isEmpty()) {
        SheetRow row = d.rows().takeFirst();
        rowNumber = row.number;
        cells = std::move(row.cells);
        return true;
    }
    if (!d.error.isEmpty())
        return false;
    // Read to the end of the member so that minizip checks its CRC.
    while (d.sheet->read(d.chunk.data(), d.chunk.size()) > 0) {
    }
    d.sheet->close();
    if (d.sheet->failed()) {
        d.error = d.damaged(tr("the worksheet's checksum does not match"));
        return false;
    }
    d.finished = true;
    return false;
}

const QString &XlsxReader::error() const
{
    return m_d->error;
}

qint64 XlsxReader::bytesRead() const
{
    return m_d->sheet ? m_d->sheet->uncompressedRead() : 0;
}

qint64 XlsxReader::size() const
{
    return m_d->sheet ? m_d->sheet->uncompressedSize() : 0;
}

} // namespace dc
