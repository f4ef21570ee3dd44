#pragma once

#include "core/Result.h"

#include <QSaveFile>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <span>

namespace dc {

/// Writes a CSV file the way every export of the program does: UTF-8 with a byte order mark (so
/// that Excel reads the diacritics), ';' separated, CRLF line ends, each field written by
/// csv::appendField (quoted when it holds a separator, a quote or a line break). Rows are encoded
/// in blocks of about 64 KiB, so that a million rows need little memory, and the file replaces
/// the target only on commit() (QSaveFile): a failed export leaves the previous file whole.
///
/// Errors are kept, not thrown at each row: after the first one writeRow() does nothing and
/// commit() fails with one message naming the file.
class CsvWriter final
{
public:
    /// Whether a value that starts like a formula ('=', '+', '-', '@', tab, CR) gets the
    /// apostrophe of the OWASP rule against CSV injection (csv::appendField). Exports of user
    /// text neutralize; the figures of a document, numbers that may be negative, are written as
    /// they are.
    enum class Formulas
    {
        Neutralized,
        AsWritten
    };

    /// Opens a temporary file beside @p path; a failure shows in commit().
    explicit CsvWriter(const QString &path, Formulas formulas = Formulas::Neutralized);
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /// One record: the fields separated by ';', then CRLF.
    void writeRow(std::span<const QString> fields);
    void writeRow(const QStringList &fields);

    /// False once something failed (reason() says what).
    /// What isGood() says, as the failure commit() or close() would give.
    Status status() const;
    bool isGood() const { return m_reason.isEmpty(); }
    /// Writes what is buffered and renames the file over the target; without a commit() the
    /// target is left as it was. The message is files::writeError(): "<file>: the file cannot be
    /// written (<reason>)."
    Status commit();
    /// Why writing failed, without the file's name (for a caller with a message of its own).
    const QString &reason() const { return m_reason; }

private:
    void flush(bool force);

    QString m_path;
    QSaveFile m_file;
    Formulas m_formulas;
    QStringEncoder m_encoder;
    QString m_buffer;
    QString m_reason;
};

} // namespace dc
