#include "OrganizationExporter.h"

#include "ImportColumns.h"
#include "Organization.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include "core/ReplacingFile.h"
#include "files/CsvText.h"

#include <xlsxwriter.h>

#include <functional>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationExporter)
};

// The exported cells, in the order of ImportColumns::fields(); the values are written the way
// the import reads them back (county by name, legal form as a Romanian word, volunteering da/nu).
using Row = std::array<QString, 15>;

QString legalFormWord(const QString &code)
{
    // Fixed Romanian words, like the headers: the file is for Romanian offices whatever the
    // program's language, and parseLegalForm reads them back.
    switch (legalFormFromCode(code)) {
    case LegalForm::Association:
        return QStringLiteral(u"asociație");
    case LegalForm::Foundation:
        return QStringLiteral(u"fundație");
    case LegalForm::Federation:
        return QStringLiteral(u"federație");
    case LegalForm::Union:
        return QStringLiteral(u"uniune");
    case LegalForm::Branch:
        return QStringLiteral(u"filială");
    case LegalForm::Unknown:
        break;
    }
    return {};
}

/// Runs the filtered query and hands each row to @p write; stops at the first failure.
Status
forEachRow(const QSqlDatabase &db, const OrganizationFilter &filter, const QString &path,
           const std::function<Status(const Row &, bool hasVolunteers, int volunteers)> &write)
{
    const SqlClause where = organizationWhere(filter);
    QSqlQuery q(db);
    q.setForwardOnly(true); // streams: rows are not kept by the query
    // Domains joined with '|' (the import's separator), in their Romanian order.
    q.prepare(
        QStringLiteral(
            "SELECT o.name, o.acronym, o.legal_form, o.cif, o.registry_number, c.name, o.locality, "
            "o.address, o.email, o.phone, o.website, o.contact_person, "
            "(SELECT group_concat(name, '|') FROM (SELECT d.name AS name FROM organization_domain "
            "od "
            "JOIN domain d ON d.id = od.domain_id WHERE od.organization_id = o.id ORDER BY "
            "d.sort_key)), "
            "o.volunteer_count, o.volunteering "
            "FROM organization o LEFT JOIN county c ON c.id = o.county_id %1 ORDER BY o.name_sort, "
            "o.id")
            .arg(where.sql));
    where.bindTo(q);
    if (!q.exec())
        return Status::failure(Messages::tr("%1: the organizations cannot be read (%2).")
                                   .arg(path, q.lastError().text()));
    Row row;
    while (q.next()) {
        for (int i = 0; i < 13; ++i)
            row[i] = q.value(i).toString();
        row[2] = legalFormWord(row[2]);
        const QVariant volunteers = q.value(13);
        row[13] = volunteers.isNull() ? QString() : QString::number(volunteers.toLongLong());
        row[14] = q.value(14).toLongLong() != 0 ? QStringLiteral("da") : QStringLiteral("nu");
        if (Status s = write(row, !volunteers.isNull(), volunteers.toInt()); !s)
            return s;
    }
    if (q.lastError().isValid())
        return Status::failure(Messages::tr("%1: the organizations cannot be read (%2).")
                                   .arg(path, q.lastError().text()));
    return {};
}

QStringList headers()
{
    QStringList list;
    for (const ImportField f : ImportColumns::fields())
        list << ImportColumns::headerNames(f).constFirst();
    return list;
}

} // namespace

Status OrganizationExporter::exportCsv(const QSqlDatabase &db, const OrganizationFilter &filter,
                                       const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            Messages::tr("%1: the file cannot be written (%2).").arg(path, file.errorString()));
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
    QString buffer;
    auto flush = [&](bool force) -> Status {
        // Written in blocks of about 64 KiB: one write per row would be slow, one per file would
        // hold the whole export in memory.
        if (!force && buffer.size() < 64 * 1024)
            return {};
        const QByteArray bytes = encoder.encode(buffer);
        buffer.clear();
        if (file.write(bytes) != bytes.size())
            return Status::failure(
                Messages::tr("%1: the file cannot be written (%2).").arg(path, file.errorString()));
        return {};
    };
    const QLatin1String lineEnd("\r\n");
    const QStringList names = headers();
    for (int i = 0; i < names.size(); ++i) {
        if (i > 0)
            buffer += QLatin1Char(';');
        csv::appendField(buffer, names.at(i));
    }
    buffer += lineEnd;
    Status rows = forEachRow(db, filter, path, [&](const Row &row, bool, int) -> Status {
        for (size_t i = 0; i < row.size(); ++i) {
            if (i > 0)
                buffer += QLatin1Char(';');
            csv::appendField(buffer, row[i]);
        }
        buffer += lineEnd;
        return flush(false);
    });
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (Status s = flush(true); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return Status::failure(
            Messages::tr("%1: the file cannot be written (%2).").arg(path, file.errorString()));
    return {};
}

Status OrganizationExporter::exportXlsx(const QSqlDatabase &db, const OrganizationFilter &filter,
                                        const QString &path)
{
    // libxlsxwriter opens the file only when closing the workbook: find out now whether the
    // folder takes a file, so that the error names the file before any work is done.
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() || (info.exists() && !info.isWritable()) || info.isDir())
        return Status::failure(Messages::tr("%1: the file cannot be written.").arg(path));

    // Written beside the target and renamed over it once complete: a failed export (a full disk)
    // never destroys the previous file.
    ReplacingFile target(path);
    if (!target.isValid())
        return Status::failure(
            Messages::tr("%1: the file cannot be written (%2).").arg(path, target.error()));
    const QByteArray fileName = QFile::encodeName(target.temporaryPath());
    const QByteArray tmpDir = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options{};
    // Constant memory: each row goes to a temporary file as it is written, so a million rows do
    // not sit in memory (strings are then stored inline, which every reader accepts).
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmpDir.constData());
    lxw_workbook *workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return Status::failure(Messages::tr("%1: the file cannot be written.").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Organizatii");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);

    // Widths in characters, chosen for typical content (long names and addresses, short codes).
    static const double widths[15] = {48, 12, 16, 12, 20, 16, 20, 40, 28, 16, 28, 26, 36, 10, 10};
    for (lxw_col_t c = 0; c < 15; ++c)
        worksheet_set_column(sheet, c, c, widths[c], nullptr);
    worksheet_freeze_panes(sheet, 1, 0);

    const QStringList names = headers();
    for (int i = 0; i < names.size(); ++i)
        worksheet_write_string(sheet, 0, lxw_col_t(i), names.at(i).toUtf8().constData(), bold);

    lxw_row_t r = 0;
    Status rows = forEachRow(
        db, filter, path, [&](const Row &row, bool hasVolunteers, int volunteers) -> Status {
            ++r;
            for (size_t i = 0; i < row.size(); ++i) {
                const auto c = lxw_col_t(i);
                lxw_error e = LXW_NO_ERROR;
                if (i == 13) {
                    if (hasVolunteers)
                        e = worksheet_write_number(sheet, r, c, volunteers, nullptr);
                } else if (!row[i].isEmpty()) {
                    e = worksheet_write_string(sheet, r, c, row[i].toUtf8().constData(), nullptr);
                }
                if (e != LXW_NO_ERROR)
                    return Status::failure(Messages::tr("%1: the file cannot be written (%2).")
                                               .arg(path, QString::fromUtf8(lxw_strerror(e))));
            }
            return {};
        });
    const lxw_error closed = workbook_close(workbook);
    if (!rows)
        return rows;
    if (closed != LXW_NO_ERROR)
        return Status::failure(Messages::tr("%1: the file cannot be written (%2).")
                                   .arg(path, QString::fromUtf8(lxw_strerror(closed))));
    if (Status s = target.commit(); !s)
        return Status::failure(
            Messages::tr("%1: the file cannot be written (%2).").arg(path, s.error()));
    return {};
}

Status OrganizationExporter::exportFile(const QSqlDatabase &db, const OrganizationFilter &filter,
                                        const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return exportCsv(db, filter, path);
    if (suffix == QLatin1String("xlsx"))
        return exportXlsx(db, filter, path);
    return Status::failure(
        Messages::tr("%1: unknown file type; the export writes .csv and .xlsx files.").arg(path));
}

} // namespace dc
