#pragma once

#include <QString>

namespace dc::text {

/// Brings text to the form we store: NFC, the Romanian letters with comma below (ș ț Ș Ț)
/// instead of the legacy cedilla forms (ş ţ Ş Ţ) that old files and Windows-1250 carry,
/// trimmed, inner runs of white space folded to one space.
QString normalized(const QString &text);

/// A key for comparing without case and diacritics: "Asociaţia" and "ASOCIATIA" fold alike.
QString folded(const QString &text);

/// A key whose byte order (SQLite BINARY, PostgreSQL COLLATE "C") is the Romanian alphabetical
/// order: a ă â b c d e f g h i î j k l m n o p q r s ș t ț u v w x y z, case-insensitive,
/// punctuation ignored. Stored beside a name so that ORDER BY uses an index.
QString sortKey(const QString &text);

/// Text without diacritics (letters kept in their case): "Județul Iași" -> "Judetul Iasi".
QString withoutDiacritics(const QString &text);

/// Whether @p c is a character a terminal or the text's layout acts on instead of showing it: a C0
/// control (tab and line breaks included), DEL, a C1 control, or a direction override or isolate
/// (U+202A-U+202E, U+2066-U+2069), with which a name ending in U+202E "ABC" shows as "CBA".
bool isControlCharacter(char16_t c);
/// The first such character of @p text, or 0 when it has none.
char16_t firstControlCharacter(QStringView text);
/// "U+202E" for @p c.
QString codePointName(char16_t c);
/// @p text for a terminal: each such character written visibly, as \x1b or \u{202E}.
QString escapedControls(const QString &text);

/// The definitions of normalized(), folded() and sortKey() without their fast paths for text
/// below U+0300 (most Romanian text): the functions above must give the same results, which the
/// tests check letter by letter.
namespace reference {
QString normalized(const QString &text);
QString folded(const QString &text);
QString sortKey(const QString &text);
} // namespace reference

} // namespace dc::text
