#pragma once

#include <QString>

#include <optional>

namespace dc {

/// The character encodings of the text files officials have: UTF-8 (with or without a byte order
/// mark) and Windows-1250, what Excel writes on a Romanian Windows. Auto means: UTF-8 when the
/// whole file is valid UTF-8, else Windows-1250.
enum class TextEncoding
{
    Auto,
    Utf8,
    Windows1250
};

/// Reads an encoding as a user or a script names it: "auto", "utf-8", "utf8", "windows-1250",
/// "cp1250" (case-insensitive). Empty when the name is not one of these.
std::optional<TextEncoding> parseTextEncoding(const QString &name);

/// "UTF-8", "Windows-1250" (and "auto" for Auto), as shown to the user.
QString textEncodingName(TextEncoding encoding);

} // namespace dc
