#pragma once

// What the fuzz targets share: the Qt application object, a scratch folder, a database made once
// per process, and the two shapes an input may take (a file as it is, or the parts of a workbook
// that the target zips itself, so that the fuzzer mutates XML instead of deflated bytes).

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace dc::fuzz {

/// Creates the QCoreApplication (the SQL driver plugins need one) once; call first.
void initialize();

/// A path in the process's scratch folder (removed at exit).
QString scratchPath(const QString &name);

/// Writes @p data to the scratch file @p name and returns its path. A workbook given as parts
/// (see isParts()) is zipped first.
QString writeInput(const QString &name, const uint8_t *data, size_t size);

/// True when @p data starts with the parts marker "ZIPPARTS\n": then it holds the entries of a
/// zip archive, separated by lines "=====", each entry's first line its name.
bool isParts(const QByteArray &data);

/// The zip archive (deflated entries) of the parts in @p data; empty when minizip fails.
QByteArray zipParts(const QByteArray &data);

/// One database per process in the scratch folder, migrated; with the demo dataset when
/// @p withDemo (the award target needs calls and organizations to match). Aborts if it cannot be
/// made: the harness is broken then, not the program.
QSqlDatabase database(bool withDemo);

/// Splits an input into text fields at the byte 0x1F (unit separator), each decoded as UTF-8.
QStringList fields(const uint8_t *data, size_t size);

/// Stops the process with a message: an invariant of the program does not hold for this input.
[[noreturn]] void fail(const char *what, const QString &detail = QString());

} // namespace dc::fuzz
