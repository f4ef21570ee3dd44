#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dc {

/// The JSON of a record as the audit log keeps it (toJson()), written field by field: the fields
/// a record may leave empty are left out when they are.
class AuditJson final
{
public:
    /// Always written.
    void insert(const char *key, const QJsonValue &value);
    /// Written when not empty.
    void text(const char *key, const QString &value);
    /// Written as yyyy-MM-dd when valid.
    void date(const char *key, const QDate &date);
    /// Written when it names a record (above 0).
    void id(const char *key, qint64 id);
    /// Written when not 0.
    void count(const char *key, int count);
    /// Written when known.
    void number(const char *key, const std::optional<int> &number);
    /// Written (true) when set.
    void flag(const char *key, bool value);

    const QJsonObject &object() const { return m_json; }

    /// yyyy-MM-dd, empty when invalid: for the date fields always written.
    static QString isoDate(const QDate &date);

private:
    QJsonObject m_json;
};

} // namespace dc
