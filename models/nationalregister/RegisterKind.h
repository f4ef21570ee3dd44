#pragma once

#include <QString>

#include <optional>

namespace dc {

/// Which of the register's workbooks a file is: one per kind of legal person.
enum class RegisterKind
{
    Association,
    Foundation,
    Federation,
    Union
};

/// "association", "foundation", "federation", "union": the code stored in register_import.kind and
/// organization.legal_form.
QString registerKindCode(RegisterKind kind);
/// A code, an English or Romanian word ("asociatie", "fundatii", ...), without case or diacritics.
std::optional<RegisterKind> parseRegisterKind(const QString &text);
/// The kind a file's name says ("RegistrulNational_Asociatii_2026.xlsx" -> Association); none when
/// the name names no kind or more than one.
std::optional<RegisterKind> registerKindFromFileName(const QString &path);
/// The kind as the user sees it, translated.
QString registerKindName(RegisterKind kind);

} // namespace dc
