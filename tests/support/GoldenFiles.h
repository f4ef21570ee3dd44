#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace dc::test {

/// A language of the program ("ro", "en", "sr") and the locale its documents are written in.
struct DocumentLanguage
{
    QString language;
    QLocale locale;
};

/// The three languages of the program, Romanian first.
QList<DocumentLanguage> documentLanguages();

/// For a data-driven test of the documents: the columns "language" (QString) and "locale"
/// (QLocale), one row per language of documentLanguages(), named after the language.
void addLanguageRows();

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

/// Compares the text of @p pdf and the figures' CSV @p csv, normalized for @p locale, with the
/// golden files BASE.txt and BASE.csv (compare()). The differences found; empty when they agree.
QStringList compareDocument(const QString &base, const QString &pdf, const QString &csv,
                            const QLocale &locale);

} // namespace golden
} // namespace dc::test
