#include "CsvReader.h"

#include "files/CsvText.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <limits>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

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

/// What the first byte of a multi-byte UTF-8 character says: how many bytes the character takes and
/// the smallest code point that needs them (a smaller one is an overlong form); length 0 for a
/// byte that cannot start a character.
struct Utf8Lead
{
    int length = 0;
    quint32 min = 0;
};

Utf8Lead utf8Lead(unsigned char c)
{
    if ((c & 0xE0) == 0xC0)
        return {2, 0x80};
    if ((c & 0xF0) == 0xE0)
        return {3, 0x800};
    if ((c & 0xF8) == 0xF0)
        return {4, 0x10000};
    return {};
}

bool isScalarValue(quint32 code, quint32 min)
{
    return code >= min && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
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
        const auto [length, min] = utf8Lead(c);
        if (length == 0)
            return false;
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
        if (!isScalarValue(code, min))
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
            Messages::tr("%1: the file cannot be read (%2).").arg(path, m_file.errorString()));
    }
    m_size = m_file.size();

    QByteArray head = m_file.read(chunkSize);
    m_hasBom = startsWithBom(head);
    // Binary (a workbook, an image, UTF-16): NUL bytes are common at its start. A stray NUL in a
    // text file only costs its line (see scan()).
    if (head.count('\0') * 64 > head.size())
        return Status::failure(Messages::tr("%1: the file is not a text file.").arg(path));
    if (Status s = scan(encoding); !s)
        return s;

    resetStream();
    if (!m_decoder.isValid())
        return Status::failure(Messages::tr("%1: the encoding %2 is not available.")
                                   .arg(path, textEncodingName(m_encoding)));
    // The separator comes from the first record, decoded.
    ensure(1);
    m_separator = detectSeparator(QStringView(m_buffer).mid(m_pos));
    return {};
}

Status CsvReader::scan(TextEncoding requested)
{
    // One streaming pass over the whole file: the line and column of every NUL byte and invalid
    // UTF-8 byte, how many valid multi-byte UTF-8 characters there are, and the marks of text that
    // a wrong conversion already damaged.
    QList<LineProblem> invalid;
    QList<LineProblem> nul;
    qint64 invalidCount = 0;
    qint64 multibyte = 0;
    bool damaged = false;
    // The UTF-8 bytes of "Č›", "Č™", "Ä…", "Ă®", "Ã" and U+FFFD: UTF-8 read once as Windows-1250
    // (or Latin-1) and saved again as UTF-8.
    static const QByteArray marks[] = {QByteArray("\xC4\x8C\xE2\x80\xBA"),
                                       QByteArray("\xC4\x8C\xE2\x84\xA2"),
                                       QByteArray("\xC3\x84\xE2\x80\xA6"),
                                       QByteArray("\xC4\x82\xC2\xAE"),
                                       QByteArray("\xC3\x83"),
                                       QByteArray("\xEF\xBF\xBD")};
    int line = 1;
    int column = 0; // characters before the current one on its line
    bool pendingCr = false;
    QByteArray carry;
    m_file.seek(0);
    for (;;) {
        QByteArray chunk = m_file.read(chunkSize);
        if (m_file.error() != QFileDevice::NoError)
            return Status::failure(Messages::tr("%1: the file cannot be read (%2).")
                                       .arg(m_path, m_file.errorString()));
        const bool last = chunk.isEmpty();
        chunk.prepend(carry);
        carry.clear();
        if (chunk.isEmpty())
            break;
        if (!damaged) {
            for (const QByteArray &mark : marks)
                damaged = damaged || chunk.contains(mark);
        }
        const auto *p = reinterpret_cast<const unsigned char *>(chunk.constData());
        const qsizetype size = chunk.size();
        qsizetype i = 0;
        while (i < size) {
            const unsigned char c = p[i];
            if (pendingCr && c != '\n') { // a lone CR ends a line too
                ++line;
                column = 0;
            }
            pendingCr = false;
            if (c < 0x80) {
                if (c == '\n') {
                    ++line;
                    column = 0;
                } else if (c == '\r') {
                    pendingCr = true;
                } else {
                    if (c == 0 && (nul.isEmpty() || nul.constLast().line != line))
                        nul.append({line, column + 1, 0});
                    ++column;
                }
                ++i;
                continue;
            }
            const auto [length, min] = utf8Lead(c);
            bool valid = length > 0;
            if (valid && size - i < length && !last) {
                // Cut by the end of the chunk: finish it with the next one.
                carry = chunk.mid(i);
                break;
            }
            if (valid && size - i < length)
                valid = false; // the file ends in the middle of a character
            quint32 code = c & (0xFF >> (length + 1));
            for (int k = 1; valid && k < length; ++k) {
                if ((p[i + k] & 0xC0) != 0x80)
                    valid = false;
                else
                    code = (code << 6) | (p[i + k] & 0x3F);
            }
            if (valid && !isScalarValue(code, min))
                valid = false;
            if (valid) {
                ++multibyte;
                ++column;
                i += length;
                continue;
            }
            ++invalidCount;
            if (invalid.isEmpty() || invalid.constLast().line != line)
                invalid.append({line, column + 1, c});
            ++column;
            ++i;
        }
        if (last)
            break;
    }

    bool utf8 = false;
    if (requested == TextEncoding::Auto)
        utf8 = m_hasBom || invalidCount == 0 || multibyte >= invalidCount;
    else
        utf8 = requested == TextEncoding::Utf8;
    m_encoding = utf8 ? TextEncoding::Utf8 : TextEncoding::Windows1250;

    // Under UTF-8 the lines with invalid bytes are flagged; NUL bytes are flagged whatever the
    // encoding. Both lists are in line order: merge them, keeping the first problem of a line.
    m_problems.clear();
    const QList<LineProblem> none;
    const QList<LineProblem> &bad = utf8 ? invalid : none;
    qsizetype a = 0, b = 0;
    while (a < bad.size() || b < nul.size()) {
        const bool takeBad =
            b == nul.size() ||
            (a < bad.size() &&
             (bad.at(a).line < nul.at(b).line ||
              (bad.at(a).line == nul.at(b).line && bad.at(a).column < nul.at(b).column)));
        const LineProblem next = takeBad ? bad.at(a++) : nul.at(b++);
        if (m_problems.isEmpty() || m_problems.constLast().line != next.line)
            m_problems.append(next);
    }
    m_nextProblem = 0;

    m_warnings.clear();
    const QString fileName = m_path;
    if (!utf8 && multibyte > 0 && multibyte >= invalidCount) {
        m_warnings
            << Messages::tr(
                   "%1: the text looks like UTF-8 read as Windows-1250 (letters such as \"Č›\" or "
                   "\"Ä…\"): the file is probably UTF-8; read it as UTF-8.")
                   .arg(fileName);
    }
    if (utf8 && invalidCount > multibyte) {
        m_warnings << Messages::tr(
                          "%1: the file is not valid UTF-8 (%n invalid byte(s)): it is probably "
                          "Windows-1250; read it as Windows-1250.",
                          nullptr,
                          int(std::min<qint64>(invalidCount, std::numeric_limits<int>::max())))
                          .arg(fileName);
    }
    if (utf8 && damaged) {
        m_warnings
            << Messages::tr(
                   "%1: the text already holds letters damaged by a wrong conversion (such as "
                   "\"Č›\", \"Ä…\", \"Ã\" or \"\uFFFD\"): it was probably UTF-8 read as "
                   "Windows-1250 and saved again; check the names, or import the original "
                   "UTF-8 file.")
                   .arg(fileName);
    }
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
    m_recordEndLine = 0;
    m_nextProblem = 0;
    m_recordProblem.clear();
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
        m_error = Messages::tr("%1: reading failed (%2).").arg(m_path, m_file.errorString());
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
    m_recordProblem.clear();
    if (!readRawRecord(fields))
        return false;
    // Our CSV exports put an apostrophe before a value that looks like a formula; take it away.
    for (QString &field : fields) {
        if (field.startsWith(QLatin1Char('\'')))
            field = csv::restoredField(field);
    }
    // The first problem on the lines the record spans.
    while (m_nextProblem < m_problems.size() && m_problems.at(m_nextProblem).line < m_recordLine)
        ++m_nextProblem;
    if (m_tooLong) {
        m_recordProblem =
            Messages::tr("the record is longer than %1 characters, the limit for one record")
                .arg(maxRecordLength);
    } else if (m_nextProblem < m_problems.size() &&
               m_problems.at(m_nextProblem).line <= m_recordEndLine) {
        const LineProblem &problem = m_problems.at(m_nextProblem);
        m_recordProblem = problem.byte == 0
                              ? Messages::tr("NUL byte at column %1").arg(problem.column)
                              : Messages::tr("invalid UTF-8 (byte 0x%1 at column %2)")
                                    .arg(QString::number(problem.byte, 16)
                                             .toUpper()
                                             .rightJustified(2, QLatin1Char('0')))
                                    .arg(problem.column);
    }
    return true;
}

bool CsvReader::readRawRecord(QStringList &fields)
{
    fields.clear();
    m_unterminated = false;
    m_tooLong = false;
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

    // Past maxRecordLength characters nothing more of the record is kept: it is read to its end
    // (its quotes still count) and comes back without fields, so that memory stays bounded.
    qsizetype length = 0;
    QString field;
    const auto keep = [&](QStringView text) {
        length += text.size();
        if (m_tooLong)
            return;
        if (length > maxRecordLength) {
            m_tooLong = true;
            field = QString();
            fields.clear();
            return;
        }
        field.append(text);
    };
    const auto endField = [&] {
        // A field counts one character more, so that a line of a million separators is bounded too.
        if (++length > maxRecordLength && !m_tooLong) {
            m_tooLong = true;
            fields.clear();
        }
        if (!m_tooLong)
            fields.append(std::move(field));
        field = QString();
    };

    const char16_t separator = m_separator.unicode();
    for (;;) {
        // At the start of a field.
        if (!ensure(1)) {
            m_recordEndLine = m_line;
            endField();
            return true;
        }
        if (m_buffer.at(m_pos) == QLatin1Char('"')) {
            ++m_pos;
            for (;;) {
                if (!ensure(1)) {
                    m_unterminated = true;
                    m_recordEndLine = m_line;
                    endField();
                    return true;
                }
                const qsizetype quote = m_buffer.indexOf(QLatin1Char('"'), m_pos);
                const qsizetype stop = quote < 0 ? m_buffer.size() : quote;
                const QStringView part = QStringView(m_buffer).mid(m_pos, stop - m_pos);
                m_line += int(std::count(part.begin(), part.end(), QLatin1Char('\n')));
                keep(part);
                m_pos = stop;
                if (quote < 0)
                    continue;
                ++m_pos; // the quote
                if (ensure(1) && m_buffer.at(m_pos) == QLatin1Char('"')) {
                    keep(u"\"");
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
                keep(QStringView(data + m_pos, i - m_pos));
            m_pos = i;
            if (i == size) {
                if (!fill()) {
                    m_recordEndLine = m_line;
                    endField();
                    return true;
                }
                continue;
            }
            const char16_t u = data[i].unicode();
            ++m_pos;
            if (u == separator) {
                endField();
                break; // next field
            }
            if (u == u'\r' && ensure(1) && m_buffer.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            m_recordEndLine = m_line;
            ++m_line;
            endField();
            return true;
        }
    }
}

} // namespace dc
