#include "CsvWriter.h"

#include "files/CsvText.h"
#include "files/WriteError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dc {

namespace {

// One write per row would be slow, one per file would hold the whole export in memory.
constexpr qsizetype blockSize = 64 * 1024;

} // namespace

CsvWriter::CsvWriter(const QString &path, Formulas formulas)
    : m_path(path), m_file(path), m_formulas(formulas),
      m_encoder(QStringConverter::Utf8, QStringConverter::Flag::WriteBom)
{
    if (!QFileInfo(path).absoluteDir().exists())
        m_reason = QCoreApplication::translate("dc::files", "the folder does not exist");
    else if (!m_file.open(QIODevice::WriteOnly))
        m_reason = m_file.errorString();
}

void CsvWriter::writeRow(std::span<const QString> fields)
{
    if (!isGood())
        return;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer += QLatin1Char(';');
        if (m_formulas == Formulas::Neutralized)
            csv::appendField(m_buffer, fields[i]);
        else
            csv::appendPlainField(m_buffer, fields[i]);
    }
    m_buffer += QLatin1String("\r\n");
    flush(false);
}

void CsvWriter::writeRow(const QStringList &fields)
{
    writeRow(std::span<const QString>(fields.constData(), size_t(fields.size())));
}

void CsvWriter::flush(bool force)
{
    if (!isGood() || (!force && m_buffer.size() < blockSize))
        return;
    const QByteArray bytes = m_encoder.encode(m_buffer);
    m_buffer.clear();
    if (m_file.write(bytes) != bytes.size())
        m_reason = m_file.errorString();
}

Status CsvWriter::status() const
{
    if (isGood())
        return {};
    return Status::failure(files::writeError(m_path, m_reason));
}

Status CsvWriter::commit()
{
    flush(true);
    if (isGood() && !m_file.commit())
        m_reason = m_file.errorString();
    if (!isGood()) {
        if (m_file.isOpen())
            m_file.cancelWriting();
    }
    return status();
}

} // namespace dc
