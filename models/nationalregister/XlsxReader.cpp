#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cmath>

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
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            column = column * 26 + (u - u'A' + 1);
        else if (u >= u'a' && u <= u'z')
            column = column * 26 + (u - u'a' + 1);
        else
            break;
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

} // namespace

struct XlsxReader::Private
{
    QString path;
    unzFile zip = nullptr;
    QString error;
    QStringList sharedStrings;
    QList<bool> dateStyles; // by cell style index (the s attribute)
    bool date1904 = false;
    std::unique_ptr<ZipEntryDevice> sheet;
    QXmlStreamReader xml;
    bool inSheetData = false;
    bool finished = false;
    int lastRow = 0;

    ~Private()
    {
        xml.setDevice(nullptr);
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

    bool readSharedStrings()
    {
        ZipEntryDevice device(zip);
        if (!device.openEntry("xl/sharedStrings.xml"))
            return true; // a workbook of inline strings or numbers only
        QXmlStreamReader r(&device);
        QString current;
        int depthInPhonetic = 0;
        while (!r.atEnd()) {
            const auto token = r.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (r.name() == QLatin1String("si")) {
                    current.clear();
                } else if (r.name() == QLatin1String("rPh")) {
                    ++depthInPhonetic;
                } else if (r.name() == QLatin1String("t") && depthInPhonetic == 0) {
                    current += r.readElementText();
                } else if (r.name() == QLatin1String("sst")) {
                    const int count = r.attributes().value(QLatin1String("uniqueCount")).toInt();
                    if (count > 0 && count < 50'000'000)
                        sharedStrings.reserve(count);
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (r.name() == QLatin1String("si"))
                    sharedStrings << current;
                else if (r.name() == QLatin1String("rPh"))
                    --depthInPhonetic;
            }
        }
        device.close();
        if (r.hasError() || device.failed()) {
            error = damaged(tr("shared strings: %1").arg(device.failed() ? tr("bad compressed data") : r.errorString()));
            return false;
        }
        return true;
    }

    QString dateText(double serial) const
    {
        const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        const double days = std::floor(serial);
        const QDate date = base.addDays(qint64(days));
        const int seconds = int(std::lround((serial - days) * 86400.0));
        if (seconds == 0 || seconds == 86400)
            return date.toString(Qt::ISODate);
        return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(Qt::ISODate);
    }

    /// The text of an inline string (<is>): its <t> parts, phonetic runs left out.
    QString inlineText()
    {
        QString text;
        int phonetic = 0;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("rPh"))
                    ++phonetic;
                else if (xml.name() == QLatin1String("t") && phonetic == 0)
                    text += xml.readElementText();
            } else if (token == QXmlStreamReader::EndElement) {
                if (xml.name() == QLatin1String("is"))
                    break;
                if (xml.name() == QLatin1String("rPh"))
                    --phonetic;
            }
        }
        return text;
    }

    /// Reads one <c> element (the reader is on its start) and stores its text in @p cells.
    void readCell(QStringList &cells, int &nextColumn)
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView reference = attributes.value(QLatin1String("r"));
        const int column = reference.isEmpty() ? nextColumn : columnOf(reference);
        const QString type = attributes.value(QLatin1String("t")).toString();
        const int style = attributes.value(QLatin1String("s")).toInt();
        QString raw;
        QString inlineString;
        bool hasInline = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("v")) {
                    raw = xml.readElementText();
                } else if (xml.name() == QLatin1String("is")) {
                    inlineString = inlineText();
                    hasInline = true;
                } else {
                    xml.skipCurrentElement(); // a formula, an extension
                }
            } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c")) {
                break;
            }
        }
        if (column < 0 || column > 16383)
            return;
        nextColumn = column + 1;
        QString value;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = raw.toInt(&ok);
            if (ok && index >= 0 && index < sharedStrings.size())
                value = sharedStrings.at(index);
        } else if (type == QLatin1String("inlineStr")) {
            value = hasInline ? inlineString : raw;
        } else if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("b")) {
            value = raw;
        } else if (!raw.isEmpty()) {
            bool ok = false;
            const double number = raw.toDouble(&ok);
            if (!ok)
                value = raw;
            else if (style >= 0 && style < dateStyles.size() && dateStyles.at(style))
                value = dateText(number);
            else
                value = numberText(number);
        }
        if (value.isEmpty())
            return;
        if (cells.size() <= column)
            cells.resize(column + 1);
        cells[column] = value;
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
    d.xml.setDevice(d.sheet.get());
    return {};
}

bool XlsxReader::readRow(int &rowNumber, QStringList &cells)
{
    Private &d = *m_d;
    if (!d.sheet || d.finished || !d.error.isEmpty())
        return false;
    QXmlStreamReader &xml = d.xml;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("sheetData")) {
                d.inSheetData = true;
            } else if (d.inSheetData && xml.name() == QLatin1String("row")) {
                const QStringView r = xml.attributes().value(QLatin1String("r"));
                bool ok = false;
                const int number = r.toInt(&ok);
                d.lastRow = ok ? number : d.lastRow + 1;
                cells.clear();
                int nextColumn = 0;
                bool any = false;
                while (!xml.atEnd()) {
                    const auto t = xml.readNext();
                    if (t == QXmlStreamReader::StartElement && xml.name() == QLatin1String("c")) {
                        d.readCell(cells, nextColumn);
                    } else if (t == QXmlStreamReader::EndElement && xml.name() == QLatin1String("row")) {
                        break;
                    }
                }
                for (const QString &c : std::as_const(cells)) {
                    if (!c.trimmed().isEmpty()) {
                        any = true;
                        break;
                    }
                }
                if (any && !xml.hasError()) {
                    rowNumber = d.lastRow;
                    return true;
                }
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("sheetData")) {
            d.finished = true;
            break;
        }
    }
    if (xml.hasError() || d.sheet->failed()) {
        d.error = d.damaged(d.sheet->failed() ? tr("bad compressed data in the worksheet")
                                              : tr("worksheet, row %1: %2").arg(d.lastRow).arg(xml.errorString()));
        return false;
    }
    // Read to the end of the member so that minizip checks its CRC.
    char buffer[4096];
    while (d.sheet->read(buffer, sizeof buffer) > 0) {
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
