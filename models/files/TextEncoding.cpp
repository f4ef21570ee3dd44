#include "TextEncoding.h"

namespace dc {

std::optional<TextEncoding> parseTextEncoding(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("windows-1250") || n == QLatin1String("windows1250") ||
        n == QLatin1String("cp1250") || n == QLatin1String("cp-1250"))
        return TextEncoding::Windows1250;
    return std::nullopt;
}

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Windows1250:
        return QStringLiteral("Windows-1250");
    case TextEncoding::Auto:
        break;
    }
    return QStringLiteral("auto");
}

} // namespace dc
