#include "OdsReader.h"

#include "ExpatParser.h"
#include "XlsxReader.h"
#include "ZipEntryDevice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <minizip/unzip.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace dc {

namespace {

const char *const officeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const char *const tableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const char *const textNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const char *const calcextNs =
    "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

/// The UTF-8 bytes of a cell's text beyond which it is surely longer than XlsxReader::maxCellLength
/// characters, Excel's limit for a cell (a character takes at most three bytes per UTF-16 unit).
constexpr int maxCellBytes = 3 * XlsxReader::maxCellLength;
/// A row or column number no sheet reaches; repeats beyond it are not counted further.
constexpr qint64 maxIndex = 1 << 30;

/// A repeat count: number-rows-repeated / number-columns-repeated, at least 1.
qint64 repeatCount(const char *value)
{
    if (!value)
        return 1;
    const long long n = std::strtoll(value, nullptr, 10);
    return n < 1 ? 1 : std::min<qint64>(n, maxIndex);
}

bool is(const char *name, const char *wanted)
{
    return std::strcmp(name, wanted) == 0;
}

/// A row with at least one non-empty cell, and how many times it repeats.
struct OdsRow
{
    int number = 0;
    QStringList cells;
    qint64 repeat = 1;
};

/// content.xml's first <table:table>, row by row (nested tables and annotations left out).
class ContentParser final : public ExpatParser
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    QList<OdsRow> &rows() { return m_rows; }
    bool done() const { return m_done; }
    qint64 lastRow() const { return m_nextRow - 1; }
    /// The cell ("B7") longer than XlsxReader::maxCellLength, which stopped the parser; empty when
    /// none.
    const QString &longCell() const { return m_longCell; }

protected:
    void startElement(const char *name, const char **attributes) override
    {
        if (m_done)
            return;
        if (!m_inTable) {
            m_inTable = is(name, "table");
            return;
        }
        if (m_nested > 0 || (m_inCell && is(name, "table"))) {
            if (is(name, "table"))
                ++m_nested;
            return;
        }
        if (is(name, "table-row")) {
            m_rowRepeat = repeatCount(attribute(attributes, tableNs, "number-rows-repeated"));
            m_cells.clear();
            m_column = 0;
            m_inRow = true;
        } else if (m_inRow && (is(name, "table-cell") || is(name, "covered-table-cell"))) {
            startCell(attributes);
        } else if (m_inCell && is(name, "annotation")) {
            ++m_annotation;
        } else if (m_inCell && m_annotation == 0 && (is(name, "p") || is(name, "h"))) {
            if (m_paragraphs++ > 0)
                append("\n", 1);
            m_capture = true;
        } else if (m_capture && m_annotation == 0 && is(name, "s")) {
            const qint64 spaces = repeatCount(attribute(attributes, textNs, "c"));
            for (qint64 i = 0; i < spaces && m_text.size() < maxCellBytes; ++i)
                append(" ", 1);
        } else if (m_capture && m_annotation == 0 && is(name, "tab")) {
            append("\t", 1);
        } else if (m_capture && m_annotation == 0 && is(name, "line-break")) {
            append("\n", 1);
        }
    }

    void endElement(const char *name) override
    {
        if (!m_inTable || m_done)
            return;
        if (m_nested > 0) {
            if (is(name, "table"))
                --m_nested;
            return;
        }
        if (is(name, "table")) {
            m_done = true;
        } else if (is(name, "annotation")) {
            m_annotation = std::max(0, m_annotation - 1);
        } else if (is(name, "p") || is(name, "h")) {
            m_capture = false;
        } else if (m_inCell && (is(name, "table-cell") || is(name, "covered-table-cell"))) {
            endCell();
        } else if (is(name, "table-row") && m_inRow) {
            m_inRow = false;
            const bool blank = std::all_of(m_cells.cbegin(), m_cells.cend(),
                                           [](const QString &c) { return c.trimmed().isEmpty(); });
            if (!blank)
                m_rows.append({int(m_nextRow), m_cells, m_rowRepeat});
            m_nextRow = std::min(m_nextRow + m_rowRepeat, maxIndex);
        }
    }

    void text(const char *data, int size) override
    {
        if (m_capture && m_annotation == 0)
            append(data, size);
    }

private:
    void append(const char *data, int size)
    {
        if (m_text.size() + size > maxCellBytes)
            tooLong();
        else
            m_text.append(data, size);
    }
    void tooLong()
    {
        if (m_longCell.isEmpty()) {
            QString column;
            for (qint64 c = m_column + 1; c > 0; c = (c - 1) / 26)
                column.prepend(QChar(u'A' + int((c - 1) % 26)));
            m_longCell = column + QString::number(m_nextRow);
        }
        m_capture = false;
        stop(tr("a cell longer than a cell may be"));
    }

    void startCell(const char **attributes)
    {
        m_cellRepeat = repeatCount(attribute(attributes, tableNs, "number-columns-repeated"));
        m_text.clear();
        m_value.clear();
        m_useText = true;
        m_paragraphs = 0;
        m_annotation = 0;
        m_inCell = true;
        const char *calcType = attribute(attributes, calcextNs, "value-type");
        const char *type = attribute(attributes, officeNs, "value-type");
        if ((calcType && is(calcType, "error")) || !type)
            return;
        if (is(type, "float") || is(type, "percentage") || is(type, "currency")) {
            bool ok = false;
            const double number =
                QByteArray(attribute(attributes, officeNs, "value")).toDouble(&ok);
            if (ok) {
                m_value = XlsxReader::numberText(number);
                m_useText = false;
            }
        } else if (is(type, "date")) {
            QString date = QString::fromUtf8(attribute(attributes, officeNs, "date-value"));
            if (date.endsWith(QLatin1String("T00:00:00")))
                date.chop(9);
            if (!date.isEmpty()) {
                m_value = date;
                m_useText = false;
            }
        } else if (is(type, "boolean")) {
            const char *value = attribute(attributes, officeNs, "boolean-value");
            m_value = value && is(value, "true") ? QStringLiteral("1") : QStringLiteral("0");
            m_useText = false;
        }
    }

    void endCell()
    {
        m_inCell = false;
        m_capture = false;
        const QString value = m_useText ? QString::fromUtf8(m_text) : m_value;
        if (value.size() > XlsxReader::maxCellLength)
            return tooLong();
        if (!value.isEmpty()) {
            const qint64 last = std::min<qint64>(m_column + m_cellRepeat, OdsReader::maxColumns);
            if (m_cells.size() < last)
                m_cells.resize(last);
            for (qint64 c = m_column; c < last; ++c)
                m_cells[c] = value;
        }
        m_column = std::min(m_column + m_cellRepeat, maxIndex);
    }

    QList<OdsRow> m_rows;
    QStringList m_cells;
    QByteArray m_text;
    QString m_value;
    QString m_longCell;
    qint64 m_nextRow = 1;
    qint64 m_rowRepeat = 1;
    qint64 m_column = 0;
    qint64 m_cellRepeat = 1;
    int m_nested = 0;
    int m_annotation = 0;
    int m_paragraphs = 0;
    bool m_inTable = false;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_capture = false;
    bool m_useText = true;
    bool m_done = false;
};

} // namespace

struct OdsReader::Private
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    QString path;
    unzFile zip = nullptr;
    QString error;
    std::unique_ptr<ZipEntryDevice> content;
    ContentParser parser;
    QByteArray chunk = QByteArray(1 << 16, Qt::Uninitialized);
    qint64 limit = 0; // inflated bytes of content.xml, as the caller asked; 0: no limit
    bool finished = false;

    ~Private()
    {
        content.reset();
        if (zip)
            unzClose(zip);
    }

    QString damaged(const QString &detail) const
    {
        return tr("%1: the spreadsheet cannot be read; the file is damaged or truncated (%2).")
            .arg(path, detail);
    }

    /// Inflates and parses until at least one row is ready, the table ends or reading fails.
    void parseMore()
    {
        while (parser.rows().isEmpty() && !parser.done() && error.isEmpty()) {
            const qint64 n = content->read(chunk.data(), chunk.size());
            if (content->tooLarge()) {
                error = tr("%1: the spreadsheet is too large to be read here (its content inflates "
                           "to more than %2 MB).")
                            .arg(path)
                            .arg(limit / (1024 * 1024));
                return;
            }
            if (content->tooCompressed()) {
                error = tr("%1: the spreadsheet is refused: its content.xml inflates to more than "
                           "%2 times its compressed size, the limit (a \"zip bomb\").")
                            .arg(path)
                            .arg(ZipEntryDevice::maxRatio);
                return;
            }
            if (n < 0 || content->failed()) {
                error = damaged(tr("bad compressed data"));
                return;
            }
            if (!parser.feed(chunk.constData(), int(n), n == 0)) {
                if (!parser.longCell().isEmpty())
                    error = tr("%1: the spreadsheet is refused: cell %2 holds more than %3 "
                               "characters, Excel's limit for one cell.")
                                .arg(path, parser.longCell())
                                .arg(XlsxReader::maxCellLength);
                else
                    error = damaged(tr("row %1: %2").arg(parser.lastRow() + 1).arg(parser.error()));
                return;
            }
            if (n == 0 && !parser.done()) {
                finished = true; // a document without a table, or one that ends early: no more rows
                return;
            }
        }
    }
};

OdsReader::OdsReader() : m_d(std::make_unique<Private>()) {}

OdsReader::~OdsReader() = default;

Status OdsReader::open(const QString &path)
{
    m_d = std::make_unique<Private>();
    Private &d = *m_d;
    d.path = path;
    if (!QFile::exists(path))
        return Status::failure(tr("%1: the file does not exist.").arg(path));
    d.zip = unzOpen64(QFile::encodeName(path).constData());
    if (!d.zip) {
        d.error = tr("%1: not an OpenDocument spreadsheet, or the file is damaged or truncated.")
                      .arg(path);
        return Status::failure(d.error);
    }
    {
        ZipEntryDevice mimetype(d.zip, QFileInfo(path).size());
        mimetype.setLimit(256);
        if (mimetype.openEntry("mimetype")) {
            const QByteArray type = mimetype.readAll().trimmed();
            if (type != "application/vnd.oasis.opendocument.spreadsheet") {
                d.error = tr("%1: an OpenDocument file, but not a spreadsheet.").arg(path);
                return Status::failure(d.error);
            }
        }
    }
    d.content = std::make_unique<ZipEntryDevice>(d.zip, QFileInfo(path).size());
    d.content->setLimit(m_limit);
    d.limit = m_limit;
    if (!d.content->openEntry("content.xml")) {
        d.error = tr("%1: not an OpenDocument spreadsheet (it has no content.xml).").arg(path);
        return Status::failure(d.error);
    }
    return {};
}

bool OdsReader::readRow(int &rowNumber, QStringList &cells)
{
    Private &d = *m_d;
    if (!d.content || !d.error.isEmpty())
        return false;
    if (!d.finished)
        d.parseMore();
    QList<OdsRow> &rows = d.parser.rows();
    if (!rows.isEmpty()) {
        OdsRow &row = rows.first();
        rowNumber = row.number;
        if (row.repeat > 1 && row.number < maxIndex) {
            cells = row.cells;
            ++row.number;
            --row.repeat;
        } else {
            cells = std::move(row.cells);
            rows.removeFirst();
        }
        return true;
    }
    if (!d.error.isEmpty())
        return false;
    d.finished = true;
    return false;
}

const QString &OdsReader::error() const
{
    return m_d->error;
}

} // namespace dc
