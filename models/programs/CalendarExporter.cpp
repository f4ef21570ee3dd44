#include "CalendarExporter.h"

#include "ICalendarWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>

#include "core/ReplacingFile.h"
#include "files/CsvText.h"

#include <xlsxwriter.h>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExporter)
};

QString cannotWrite(const QString &path, const QString &why)
{
    return why.isEmpty()
               ? Messages::tr("%1: the file cannot be written.").arg(QDir::toNativeSeparators(path))
               : Messages::tr("%1: the file cannot be written (%2).")
                     .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

QStringList CalendarExporter::headers()
{
    return {
        Messages::tr("Date"),    Messages::tr("Time"),          Messages::tr("Duration (minutes)"),
        Messages::tr("Program"), Messages::tr("Edition"),       Messages::tr("Year"),
        Messages::tr("Kind"),    Messages::tr("Number"),        Messages::tr("Title"),
        Messages::tr("Regions"), Messages::tr("Co-organizers"), Messages::tr("Place"),
        Messages::tr("Link"),    Messages::tr("Participants"),  Messages::tr("Status"),
        Messages::tr("UID")};
}

QStringList CalendarExporter::cells(const CalendarEntry &e)
{
    return {e.date.toString(Qt::ISODate),
            e.startTime.isValid() ? e.startTime.toString(QStringLiteral("HH:mm")) : QString(),
            e.durationMinutes ? QString::number(*e.durationMinutes) : QString(),
            e.programName,
            e.hasProgram() ? QString::number(e.editionNumber) : QString(),
            e.hasProgram() ? QString::number(e.editionYear) : QString(),
            eventKindName(e.kind),
            QString::number(e.number),
            e.displayTitle(),
            e.regions.join(listSeparator()),
            e.coorganizers.join(listSeparator()),
            e.place,
            e.link,
            e.participants ? QString::number(*e.participants) : QString(),
            eventStatusName(e.status),
            e.uid};
}

Status CalendarExporter::exportCsv(const QList<CalendarEntry> &entries, const QString &path)
{
    if (!QFileInfo(path).absoluteDir().exists())
        return Status::failure(cannotWrite(path, Messages::tr("the folder does not exist")));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(cannotWrite(path, file.errorString()));
    QString text;
    auto appendRow = [&text](const QStringList &row) {
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(';');
            csv::appendField(text, row.at(i));
        }
        text += QLatin1String("\r\n");
    };
    appendRow(headers());
    for (const CalendarEntry &e : entries)
        appendRow(cells(e));
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
    const QByteArray bytes = encoder.encode(text);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Status::failure(cannotWrite(path, file.errorString()));
    }
    if (!file.commit())
        return Status::failure(cannotWrite(path, file.errorString()));
    return {};
}

Status CalendarExporter::exportXlsx(const QList<CalendarEntry> &entries, const QString &path)
{
    // libxlsxwriter opens the file only when closing the workbook: check the folder first.
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() || (info.exists() && !info.isWritable()) || info.isDir())
        return Status::failure(cannotWrite(path, QString()));
    // Written beside the target and renamed over it once complete (see ReplacingFile).
    ReplacingFile target(path);
    if (!target.isValid())
        return Status::failure(cannotWrite(path, target.error()));
    const QByteArray fileName = QFile::encodeName(target.temporaryPath());
    lxw_workbook *workbook = workbook_new(fileName.constData());
    if (!workbook)
        return Status::failure(cannotWrite(path, QString()));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Calendar");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    static const double widths[] = {12, 8, 10, 48, 8, 8, 18, 8, 30, 36, 60, 30, 30, 12, 12, 40};
    for (lxw_col_t c = 0; c < lxw_col_t(std::size(widths)); ++c)
        worksheet_set_column(sheet, c, c, widths[c], nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    const QStringList names = headers();
    for (int i = 0; i < names.size(); ++i)
        worksheet_write_string(sheet, 0, lxw_col_t(i), names.at(i).toUtf8().constData(), bold);
    // Numbers as numbers (edition, year, number, duration, participants), the rest as text.
    static const QList<int> numeric = {2, 4, 5, 7, 13};
    lxw_row_t r = 0;
    for (const CalendarEntry &e : entries) {
        ++r;
        const QStringList row = cells(e);
        for (int i = 0; i < row.size(); ++i) {
            if (row.at(i).isEmpty())
                continue;
            if (numeric.contains(i))
                worksheet_write_number(sheet, r, lxw_col_t(i), row.at(i).toDouble(), nullptr);
            else
                worksheet_write_string(sheet, r, lxw_col_t(i), row.at(i).toUtf8().constData(),
                                       nullptr);
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return Status::failure(cannotWrite(path, QString::fromUtf8(lxw_strerror(closed))));
    if (Status s = target.commit(); !s)
        return Status::failure(cannotWrite(path, s.error()));
    return {};
}

Status CalendarExporter::exportFile(const QList<CalendarEntry> &entries, const QString &path,
                                    const QString &calendarName)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("ics"))
        return ICalendarWriter::writeFile(path, entries, calendarName);
    if (suffix == QLatin1String("csv"))
        return exportCsv(entries, path);
    if (suffix == QLatin1String("xlsx"))
        return exportXlsx(entries, path);
    return Status::failure(
        Messages::tr("%1: unknown file type; a calendar is written to .ics, .csv or .xlsx files.")
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace dc
