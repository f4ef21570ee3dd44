#include "documents/FiguresCsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace dc::reports {

namespace {

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(QLatin1Char(';')).toUtf8() + "\r\n";
}

} // namespace

Status writeFiguresCsv(const TableSpec &figures, const QString &path)
{
    const auto failure = [&](const QString &reason) {
        return Status::failure(QCoreApplication::translate("FiguresCsv", "%1 cannot be written: %2")
                                   .arg(QDir::toNativeSeparators(path), reason));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    QByteArray data("\xEF\xBB\xBF");
    data += line(figures.header);
    for (const QStringList &row : figures.rows)
        data += line(row);
    if (file.write(data) != data.size() || !file.commit())
        return failure(file.errorString());
    return Status();
}

} // namespace dc::reports
