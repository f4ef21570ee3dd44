#pragma once

#include <QLocale>
#include <QString>

namespace dc::test {

/// The reviewed references of the documents in tests/data/golden (see its README): compared on
/// every run, rewritten only on purpose, when DIALOGCIVIC_WRITE_GOLDEN=1 is set.
namespace golden {

/// The text poppler's pdftotext -layout reads from @p pdf; empty when it cannot.
QString pdfText(const QString &pdf);

/// @p text with the day of generation (today or yesterday, written "6 December 2026",
/// "06.12.2026" or "06/12/2026" in @p locale) replaced by "<generation day>" and the trailing
/// spaces of each line dropped.
QString normalized(QString text, const QLocale &locale);

/// Compares @p actual with the golden file @p name, or writes it when DIALOGCIVIC_WRITE_GOLDEN=1.
/// Empty when they agree (or it was written); otherwise the file and the first line that differs.
QString compare(const QString &name, const QString &actual);

} // namespace golden
} // namespace dc::test
