#pragma once

#include "TextEncoding.h"
#include "core/Result.h"

#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace dc {

/// Reads a delimited text file (CSV as Excel and LibreOffice write it) one record at a time, so
/// that a file of any size needs only a small buffer. Quoted fields may hold separators, doubled
/// quotes and line breaks; the encoding and the separator are worked out when the file is opened.
class CsvReader final
{
public:
    CsvReader() = default;
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// The most characters one record (its fields and their separators) may hold; a longer one,
    /// such as a quote never closed in a large file, comes back without fields, flagged by
    /// recordProblem(), and memory stays bounded whatever the file.
    static constexpr qsizetype maxRecordLength = 1024 * 1024;

    /// Opens @p path and works out its encoding (unless @p encoding says it) and its separator
    /// (';', ',' or tab, the one the first record uses most). Fails with one message naming the
    /// file when it is missing, unreadable or not text (NUL bytes common in its first 256 KB).
    ///
    /// The whole file is scanned first, streaming. Auto reads it as UTF-8 when it has at least as
    /// many valid multi-byte UTF-8 characters as invalid bytes: a file that is UTF-8 but for a few
    /// bytes stays UTF-8, and only the records holding those bytes are flagged (recordProblem()),
    /// never the whole file re-decoded. A NUL byte flags its record whatever the encoding.
    Status open(const QString &path, TextEncoding encoding = TextEncoding::Auto);

    /// After open(): what looks wrong with the encoding (UTF-8 read as Windows-1250, a file that is
    /// not UTF-8 read as UTF-8, letters already damaged by a wrong conversion), each naming the
    /// file and the encoding it probably is. Empty when nothing does.
    const QStringList &warnings() const { return m_warnings; }

    /// UTF-8 or Windows-1250, after open().
    TextEncoding encoding() const { return m_encoding; }
    /// ';', ',' or '\t', after open().
    QChar separator() const { return m_separator; }
    /// Whether the file starts with a UTF-8 byte order mark.
    bool hasBom() const { return m_hasBom; }

    /// Reads the next record into @p fields (cleared first). Blank lines are skipped. False at the
    /// end of the file or when reading failed (error() then says why).
    bool readRecord(QStringList &fields);
    /// The physical line (1-based) on which the record last read starts.
    int recordLine() const { return m_recordLine; }
    /// True when the record last read opened a quote that the file never closed (it then runs to
    /// the end of the file).
    bool recordUnterminated() const { return m_unterminated; }
    /// Why the record last read cannot be trusted, empty when it can: "invalid UTF-8 (byte 0xC3
    /// at column 17)" or "NUL byte at column 3" (the first problem of its lines), or that it is
    /// longer than maxRecordLength.
    const QString &recordProblem() const { return m_recordProblem; }

    /// Bytes consumed so far and the size of the file, for a progress bar.
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_size; }
    /// Empty unless reading failed after open().
    const QString &error() const { return m_error; }

    /// True when @p data is valid UTF-8. A multi-byte sequence cut by the end of the chunk is not
    /// an error: its length goes to @p incompleteTail (0 otherwise), so that chunks can be chained.
    static bool isValidUtf8(const char *data, qsizetype size, qsizetype *incompleteTail = nullptr);

private:
    /// A byte that makes its line untrustworthy, found by the scan in open().
    struct LineProblem
    {
        int line = 0;
        int column = 0;         ///< of the character, 1-based
        unsigned char byte = 0; ///< 0 for a NUL byte, else the invalid UTF-8 byte
    };
    Status scan(TextEncoding requested);
    bool readRawRecord(QStringList &fields);
    bool fill();
    bool ensure(qsizetype count);
    void resetStream();

    QFile m_file;
    QString m_path;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    QByteArray m_chunk;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QChar m_separator = QLatin1Char(';');
    bool m_hasBom = false;
    bool m_atStart = true;
    bool m_eof = false;
    bool m_unterminated = false;
    bool m_tooLong = false;
    int m_line = 1;
    int m_recordLine = 0;
    int m_recordEndLine = 0;
    QList<LineProblem> m_problems; ///< in line order; only the first of each line
    qsizetype m_nextProblem = 0;
    QString m_recordProblem;
    QStringList m_warnings;
    qint64 m_bytesRead = 0;
    qint64 m_size = 0;
    QString m_error;
};

} // namespace dc
