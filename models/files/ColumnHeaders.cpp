#include "ColumnHeaders.h"

#include "core/Text.h"

namespace dc {

ColumnHeaders::ColumnHeaders(std::initializer_list<Column> columns)
{
    for (const Column &column : columns) {
        QStringList names;
        for (const char16_t *name : column.names) {
            names << QString::fromUtf16(name);
            m_index.insert(key(names.constLast()), column.field);
        }
        m_fields << column.field;
        m_names << names;
    }
}

QStringList ColumnHeaders::names(int field) const
{
    const qsizetype i = m_fields.indexOf(field);
    return i < 0 ? QStringList() : m_names.at(i);
}

std::optional<int> ColumnHeaders::fieldFor(const QString &header) const
{
    const auto it = m_index.constFind(key(header));
    if (it == m_index.cend())
        return std::nullopt;
    return *it;
}

QString ColumnHeaders::key(const QString &header)
{
    const QString folded = text::folded(header);
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

} // namespace dc
