#include "GoldenFiles.h"

#include "TestDatabase.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include <algorithm>

namespace dc::test {

QList<DocumentLanguage> documentLanguages()
{
    return {
        {QStringLiteral("ro"), QLocale(QLocale::Romanian, QLocale::Romania)},
        {QStringLiteral("en"), QLocale(QLocale::English, QLocale::UnitedKingdom)},
        {QStringLiteral("sr"), QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia)}};
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QLocale>("locale");
    for (const DocumentLanguage &l : documentLanguages())
        QTest::newRow(qPrintable(l.language)) << l.language << l.locale;
}

} // namespace dc::test

namespace dc::test::golden {

namespace {

QString goldenPath(const QString &name)
{
    return dataPath(QStringLiteral("golden/") + name);
}

QString firstDifference(const QString &expected, const QString &actual)
{
    const QStringList e = expected.split(QLatin1Char('\n'));
    const QStringList a = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        if (e.value(i) != a.value(i))
            return QStringLiteral("line %1:\n  expected: %2\n  actual:   %3")
                .arg(i + 1)
                .arg(e.value(i), a.value(i));
    }
    return QString();
}

} // namespace

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString normalized(QString text, const QLocale &locale)
{
    const QDate today = QDate::currentDate();
    for (const QDate &day : {today, today.addDays(-1)}) {
        // The longest forms first, so that a short one does not replace a part of a long one.
        for (const QString &format :
             {locale.dateFormat(QLocale::LongFormat), QStringLiteral("d MMMM yyyy"),
              QStringLiteral("dd.MM.yyyy"), QStringLiteral("dd/MM/yyyy"),
              locale.dateFormat(QLocale::ShortFormat), QStringLiteral("d.M.yyyy")})
            // Not inside a longer number: 7.12.2026 in 17.12.2026 is another day.
            text.replace(QRegularExpression(
                             QStringLiteral("(?<!\\d)%1(?!\\d)")
                                 .arg(QRegularExpression::escape(locale.toString(day, format)))),
                         QStringLiteral("<generation day>"));
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n'));
}

QString compare(const QString &name, const QString &actual)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariableIntValue("DIALOGCIVIC_WRITE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(actual.toUtf8()) != actual.toUtf8().size())
            return QStringLiteral("%1 cannot be written").arg(path);
        qWarning("golden file written: %s (read it before committing)", qPrintable(path));
        return QString();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("missing golden file %1").arg(path);
    const QString expected = QString::fromUtf8(file.readAll());
    if (expected == actual)
        return QString();
    return name + QStringLiteral(": ") + firstDifference(expected, actual);
}

QStringList compareDocument(const QString &base, const QString &pdf, const QString &csv,
                            const QLocale &locale)
{
    QStringList differences;
    const QString text = normalized(pdfText(pdf), locale);
    if (text.isEmpty())
        differences << QStringLiteral("%1: no text could be read").arg(pdf);
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        differences << QStringLiteral("%1: cannot be read").arg(csv);
    for (const QString &difference :
         {compare(base + QStringLiteral(".txt"), text),
          compare(base + QStringLiteral(".csv"),
                  normalized(QString::fromUtf8(file.readAll()), locale))}) {
        if (!difference.isEmpty())
            differences << difference;
    }
    return differences;
}

} // namespace dc::test::golden
