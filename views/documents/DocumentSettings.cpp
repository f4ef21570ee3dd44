#include "DocumentSettings.h"

#include <QSettings>

namespace dc {

namespace {

QString valueOr(const QString &key, const QString &fallback)
{
    const QString value = QSettings().value(key).toString().trimmed();
    return value.isEmpty() ? fallback : value;
}

} // namespace

QString DocumentSettings::institution()
{
    return valueOr(institutionKey(), defaultInstitution());
}

QString DocumentSettings::department()
{
    return valueOr(departmentKey(), defaultDepartment());
}

QString DocumentSettings::signatoryName()
{
    return valueOr(signatoryNameKey(), QString());
}

QString DocumentSettings::signatoryRole()
{
    return valueOr(signatoryRoleKey(), QString());
}

} // namespace dc
