#include "XlsxReader.h"

#include "ExpatParser.h"
#include "ZipEntryDevice.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QList>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
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
        else if (!quoted && !bracket &&
                 (c == QLatin1Char('d') || c == QLatin1Char('y') || c == QLatin1Char('D') ||
                  c == QLatin1Char('Y')))
            return true;
    }
    return false;
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) ||
           (id >= 50 && id <= 58);
}

/// The UTF-8 bytes of a cell's text beyond which it is surely longer than XlsxReader::maxCellLength
/// characters (a character takes at most three bytes per UTF-16 unit).
constexpr int maxCellBytes = 3 * XlsxReader::maxCellLength;

/// "A" for column 0, "AA" for column 26.
QByteArray columnName(int column)
{
    QByteArray name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(char('A' + (c - 1) % 26));
    return name;
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

/// The shared-string table (xl/sharedStrings.xml): the text of each <si>, its <t> runs joined,
/// phonetic runs (<rPh>) left out.
class SharedStringsParser final : public ExpatParser
{
public:
    explicit SharedStringsParser(QStringList &strings) : m_strings(strings) {}

    /// The 1-based number of a string longer than XlsxReader::maxCellLength, which stopped the
    /// parser; 0 when none.
    qsizetype longString() const { return m_longString; }

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
            add(QString::fromUtf8(m_current));
    }
    void text(const char *data, int size) override
    {
        if (!m_capture)
            return;
        if (m_current.size() + size > maxCellBytes)
            tooLong();
        else
            m_current.append(data, size);
    }

private:
    void add(QString text)
    {
        if (text.size() > XlsxReader::maxCellLength)
            tooLong();
        else if (m_longString == 0)
            m_strings << std::move(text);
    }
    void tooLong()
    {
        if (m_longString == 0)
            m_longString = m_strings.size() + 1;
        m_capture = false;
        stop(Messages::tr("a shared string longer than a cell may be"));
    }

    QStringList &m_strings;
    QByteArray m_current;
    qsizetype m_longString = 0;
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
    explicit SheetParser(std::function<QString(const CellParts &)> cellText)
        : m_cellText(std::move(cellText))
    {
    }

    QList<SheetRow> &rows() { return m_rows; }
    bool done() const { return m_done; }
    int lastRow() const { return m_row.number; }
    /// The reference of a cell longer than XlsxReader::maxCellLength, which stopped the parser;
    /// empty when none.
    const QByteArray &longCell() const { return m_longCell; }

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
            m_reference = reference ? QByteArray(reference).left(16)
                                    : columnName(m_column) + QByteArray::number(m_row.number);
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
            if (value.size() > XlsxReader::maxCellLength)
                return tooLong();
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
        if (!m_capture)
            return;
        if (m_capture->size() + size > maxCellBytes)
            return tooLong();
        m_capture->append(data, size);
    }

private:
    void tooLong()
    {
        if (m_longCell.isEmpty())
            m_longCell = m_reference;
        m_capture = nullptr;
        stop(Messages::tr("a cell longer than a cell may be"));
    }

    std::function<QString(const CellParts &)> m_cellText;
    QByteArray m_reference;
    QByteArray m_longCell;
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
    QString sheetPath;
    std::unique_ptr<SheetParser> sheetParser;
    QList<SheetRow> &rows() { return sheetParser->rows(); }
    QByteArray chunk = QByteArray(1 << 16, Qt::Uninitialized);
    bool finished = false;
    qint64 limit = 0; // inflated bytes per member, as the caller asked; 0: no limit
    qint64 archiveBytes = 0;

    ~Private()
    {
        sheetParser.reset();
        sheet.reset();
        if (zip)
            unzClose(zip);
    }

    QString damaged(const QString &detail) const
    {
        return tr("%1: the workbook cannot be read; the file is damaged or truncated (%2).")
            .arg(path, detail);
    }

    /// The most bytes inflated from a part: @p cap, or the caller's limit when lower.
    qint64 capOf(qint64 cap) const { return limit > 0 && (cap == 0 || limit < cap) ? limit : cap; }

    /// Sets error() when @p device stopped at a cap (@p cap bytes, or the ratio); true if it did.
    bool refused(const ZipEntryDevice &device, const QString &part, qint64 cap)
    {
        if (device.tooLarge()) {
            error = tr("%1: the workbook is refused: its part %2 inflates to more than %3 MB, the "
                       "limit for that part.")
                        .arg(path, part)
                        .arg(cap / (1024 * 1024));
        } else if (device.tooCompressed()) {
            error =
                tr("%1: the workbook is refused: its part %2 inflates to more than %3 times its "
                   "compressed size, the limit (a \"zip bomb\").")
                    .arg(path, part)
                    .arg(ZipEntryDevice::maxRatio);
        }
        return device.tooCompressed() || device.tooLarge();
    }

    /// Reads a small member whole (the workbook index, its relationships, the styles).
    std::optional<QByteArray> readSmall(const char *name, bool &damagedFlag)
    {
        ZipEntryDevice device(zip, archiveBytes);
        const qint64 cap = capOf(XlsxReader::maxPartBytes);
        device.setLimit(cap);
        if (!device.openEntry(name))
            return std::nullopt;
        QByteArray bytes = device.readAll();
        device.close();
        if (device.failed() || refused(device, QString::fromUtf8(name), cap))
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
            if (rr.readNext() == QXmlStreamReader::StartElement &&
                rr.name() == QLatin1String("Relationship") &&
                rr.attributes().value(QLatin1String("Id")) == id) {
                const QString target = rr.attributes().value(QLatin1String("Target")).toString();
                return target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                           : QLatin1String("xl/") + target;
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
                    if (isDateFormatCode(
                            r.attributes().value(QLatin1String("formatCode")).toString()))
                        customDates << r.attributes().value(QLatin1String("numFmtId")).toInt();
                } else if (r.name() == QLatin1String("cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && r.name() == QLatin1String("xf")) {
                    const int id = r.attributes().value(QLatin1String("numFmtId")).toInt();
                    dateStyles << (isBuiltInDateFormat(id) || customDates.contains(id));
                }
            } else if (token == QXmlStreamReader::EndElement &&
                       r.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
        if (r.hasError())
            damagedFlag = true;
    }

    /// Reads the shared-string table whole (the sheet's cells point into it by index).
    bool readSharedStrings()
    {
        ZipEntryDevice device(zip, archiveBytes);
        const qint64 cap = capOf(XlsxReader::maxSharedStringsBytes);
        device.setLimit(cap);
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
        if (refused(device, QStringLiteral("xl/sharedStrings.xml"), cap))
            return false;
        if (parser.longString() > 0) {
            error = tr("%1: the workbook is refused: shared string %2 holds more than %3 "
                       "characters, Excel's limit for one cell.")
                        .arg(path)
                        .arg(parser.longString())
                        .arg(XlsxReader::maxCellLength);
            return false;
        }
        if (!parser.error().isEmpty() || device.failed()) {
            error = damaged(tr("shared strings: %1")
                                .arg(device.failed() ? tr("bad compressed data") : parser.error()));
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
            return ok && index >= 0 && index < sharedStrings.size() ? sharedStrings.at(index)
                                                                    : QString();
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
        return XlsxReader::numberText(number);
    }

    /// Inflates and parses the sheet until at least one row is ready, the sheet ends or fails.
    void parseMore()
    {
        while (rows().isEmpty() && !sheetParser->done() && error.isEmpty()) {
            const qint64 n = sheet->read(chunk.data(), chunk.size());
            if (refused(*sheet, sheetPath, limit))
                return;
            if (n < 0 || sheet->failed()) {
                error = damaged(tr("bad compressed data in the worksheet"));
                return;
            }
            if (!sheetParser->feed(chunk.constData(), int(n), n == 0)) {
                if (!sheetParser->longCell().isEmpty())
                    error =
                        tr("%1: the workbook is refused: cell %2 holds more than %3 characters, "
                           "Excel's limit for one cell.")
                            .arg(path, QString::fromLatin1(sheetParser->longCell()))
                            .arg(XlsxReader::maxCellLength);
                else
                    error = damaged(tr("worksheet, row %1: %2")
                                        .arg(sheetParser->lastRow())
                                        .arg(sheetParser->error()));
                return;
            }
            if (n == 0 && !sheetParser->done()) {
                error = damaged(tr("worksheet, row %1: %2")
                                    .arg(sheetParser->lastRow())
                                    .arg(tr("the sheet ends early")));
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
    d.limit = m_limit;
    d.archiveBytes = QFileInfo(path).size();
    if (!QFile::exists(path))
        return Status::failure(Messages::tr("%1: the file does not exist.").arg(path));
    d.zip = unzOpen64(QFile::encodeName(path).constData());
    if (!d.zip) {
        d.error = Messages::tr("%1: not an XLSX workbook, or the file is damaged or truncated.")
                      .arg(path);
        return Status::failure(d.error);
    }
    bool damagedFlag = false;
    QString sheetPath = d.firstSheetPath(damagedFlag);
    if (sheetPath.isEmpty())
        sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    d.readStyles(damagedFlag);
    if (damagedFlag) {
        if (d.error.isEmpty())
            d.error = d.damaged(Messages::tr("the workbook's index"));
        return Status::failure(d.error);
    }
    if (!d.readSharedStrings())
        return Status::failure(d.error);
    d.sheet = std::make_unique<ZipEntryDevice>(d.zip, d.archiveBytes);
    d.sheet->setLimit(d.limit);
    d.sheetPath = sheetPath;
    if (!d.sheet->openEntry(sheetPath.toUtf8().constData())) {
        d.error = Messages::tr("%1: not an XLSX workbook (it has no worksheet).").arg(path);
        return Status::failure(d.error);
    }
    d.sheetParser =
        std::make_unique<SheetParser>([&d](const CellParts &cell) { return d.cellText(cell); });
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
        d.error = d.damaged(Messages::tr("the worksheet's checksum does not match"));
        return false;
    }
    d.finished = true;
    return false;
}

QString XlsxReader::numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
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
