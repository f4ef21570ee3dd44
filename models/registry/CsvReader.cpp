#include "CsvReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace dc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

// Big enough that QFile and the decoder are called rarely, small enough to stay in the cache.
constexpr qint64 chunkSize = 256 * 1024;

bool startsWithBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

QChar detectSeparator(QStringView text)
{
    // Counted in the first record only, outside quotes: data rows may hold commas in addresses.
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (u == u'\n' || u == u'\r')
            break;
        else if (u == u';')
            ++semicolons;
        else if (u == u',')
            ++commas;
        else if (u == u'\t')
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    if (commas > semicolons)
        return QLatin1Char(',');
    return QLatin1Char(';');
}

} // namespace

bool CsvReader::isValidUtf8(const char *data, qsizetype size, qsizetype *incompleteTail)
{
    if (incompleteTail)
        *incompleteTail = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const unsigned char *const end = p + size;
    while (p < end) {
        // ASCII runs are most of a CSV file: eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length;
        quint32 min;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
        } else {
            return false;
        }
        if (end - p < length) {
            for (const unsigned char *q = p + 1; q < end; ++q) {
                if ((*q & 0xC0) != 0x80)
                    return false;
            }
            if (incompleteTail)
                *incompleteTail = end - p;
            return true;
        }
        quint32 code = c & (0xFF >> (length + 1));
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}

Status CsvReader::open(const QString &path, TextEncoding encoding)
{
    m_path = path;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        return Status::failure(
            tr("%1: the file cannot be read (%2).").arg(path, m_file.errorString()));
    }
    m_size = m_file.size();

    // One pass over the bytes: NUL means binary, and Auto needs to know whether all of it is
    // UTF-8 (a Windows-1250 file can look like UTF-8 for thousands of lines).
    bool utf8 = true;
    QByteArray head = m_file.read(chunkSize);
    m_hasBom = startsWithBom(head);
    if (head.contains('\0'))
        return Status::failure(tr("%1: the file is not a text file.").arg(path));
    if (encoding == TextEncoding::Auto && !m_hasBom) {
        QByteArray carry;
        QByteArray chunk = head;
        while (!chunk.isEmpty()) {
            if (!carry.isEmpty())
                chunk.prepend(carry);
            qsizetype tail = 0;
            if (!isValidUtf8(chunk.constData(), chunk.size(), &tail) || chunk.contains('\0')) {
                utf8 = false;
                break;
            }
            carry = chunk.right(tail);
            chunk = m_file.read(chunkSize);
            if (m_file.error() != QFileDevice::NoError)
                return Status::failure(tr("%1: the file cannot be read (%2).").arg(path, m_file.errorString()));
        }
        if (utf8 && !carry.isEmpty())
            utf8 = false; // the file ends in the middle of a character
    }
    if (encoding == TextEncoding::Auto)
        m_encoding = (m_hasBom || utf8) ? TextEncoding::Utf8 : TextEncoding::Windows1250;
    else
        m_encoding = encoding;

    resetStream();
    if (!m_decoder.isValid())
        return Status::failure(tr("%1: the encoding %2 is not available.").arg(path, textEncodingName(m_encoding)));
    // The separator comes from the first record, decoded.
    ensure(1);
    m_separator = detectSeparator(QStringView(m_buffer).mid(m_pos));
    return {};
}

void CsvReader::resetStream()
{
    m_file.seek(0);
    m_decoder = m_encoding == TextEncoding::Windows1250 ? QStringDecoder("windows-1250")
                                                         : QStringDecoder(QStringConverter::Utf8);
    m_buffer.clear();
    m_pos = 0;
    m_atStart = true;
    m_eof = false;
    m_line = 1;
    m_recordLine = 0;
    m_bytesRead = 0;
    m_error.clear();
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_chunk.resize(chunkSize);
    const qint64 n = m_file.read(m_chunk.data(), chunkSize);
    if (n < 0) {
        m_error = tr("%1: reading failed (%2).").arg(m_path, m_file.errorString());
        m_eof = true;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_bytesRead += n;
    m_buffer.append(m_decoder.decode(QByteArrayView(m_chunk.constData(), n)));
    if (m_atStart) {
        m_atStart = false;
        if (m_buffer.startsWith(QChar(0xFEFF)))
            m_buffer.remove(0, 1);
    }
    return true;
}

bool CsvReader::ensure(qsizetype count)
{
    while (m_buffer.size() - m_pos < count) {
        if (!fill())
            return false;
    }
    return true;
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    m_unterminated = false;
    // Blank lines between records carry no data; they only move the line count.
    for (;;) {
        if (!ensure(1))
            return false;
        const char16_t c = m_buffer.at(m_pos).unicode();
        if (c == u'\n') {
            ++m_pos;
            ++m_line;
        } else if (c == u'\r') {
            ++m_pos;
            if (ensure(1) && m_buffer.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
        } else {
            break;
        }
    }
    m_recordLine = m_line;

    const char16_t separator = m_separator.unicode();
    QString field;
    for (;;) {
        // At the start of a field.
        if (!ensure(1)) {
            fields.append(field);
            return true;
        }
        if (m_buffer.at(m_pos) == QLatin1Char('"')) {
            ++m_pos;
            for (;;) {
                if (!ensure(1)) {
                    m_unterminated = true;
                    fields.append(field);
                    return true;
                }
                const qsizetype quote = m_buffer.indexOf(QLatin1Char('"'), m_pos);
                const qsizetype stop = quote < 0 ? m_buffer.size() : quote;
                const QStringView part = QStringView(m_buffer).mid(m_pos, stop - m_pos);
                m_line += int(std::count(part.begin(), part.end(), QLatin1Char('\n')));
                field.append(part);
                m_pos = stop;
                if (quote < 0)
                    continue;
                ++m_pos; // the quote
                if (ensure(1) && m_buffer.at(m_pos) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++m_pos;
                    continue;
                }
                break;
            }
        }
        // Unquoted text, or what follows a closing quote up to the separator (kept, as Excel does).
        for (;;) {
            const QChar *const data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            qsizetype i = m_pos;
            while (i < size) {
                const char16_t u = data[i].unicode();
                if (u == separator || u == u'\n' || u == u'\r')
                    break;
                ++i;
            }
            if (i > m_pos)
                field.append(QStringView(data + m_pos, i - m_pos));
            m_pos = i;
            if (i == size) {
                if (!fill()) {
                    fields.append(field);
                    return true;
                }
                continue;
            }
            const char16_t u = data[i].unicode();
            ++m_pos;
            if (u == separator) {
                fields.append(std::move(field));
                field = QString();
                break; // next field
            }
            if (u == u'\r' && ensure(1) && m_buffer.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            fields.append(std::move(field));
            return true;
        }
    }
}

} // namespace dc
