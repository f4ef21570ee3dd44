#include "OrganizationExporter.h"

#include "ImportColumns.h"
#include "Organization.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include "files/CsvWriter.h"
#include "files/XlsxWorkbook.h"
#include "storage/Query.h"

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
    const SqlClause where = organizationWhere(db, filter);
    QSqlQuery q(db);
    q.setForwardOnly(true); // streams: rows are not kept by the query
    // Domains joined with '|' (the import's separator), in their Romanian order.
    q.prepare(
        QStringLiteral(
            "SELECT o.name, o.acronym, o.legal_form, o.cif, o.registry_number, c.name, o.locality, "
            "o.address, o.email, o.phone, o.website, o.contact_person, %1, "
            "o.volunteer_count, o.volunteering "
            "FROM organization o LEFT JOIN county c ON c.id = o.county_id %2 ORDER BY o.name_sort, "
            "o.id")
            .arg(query::joinedTexts(db, QStringLiteral("d.name"), QStringLiteral("'|'"),
                                    QStringLiteral("FROM organization_domain od JOIN domain d ON "
                                                   "d.id = od.domain_id WHERE od.organization_id "
                                                   "= o.id"),
                                    QStringLiteral("d.sort_key")),
                 where.sql));
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
    CsvWriter csv(path);
    csv.writeRow(headers());
    Status rows = forEachRow(db, filter, path, [&](const Row &row, bool, int) -> Status {
        csv.writeRow(row);
        return csv.status();
    });
    if (!rows)
        return rows;
    return csv.commit();
}

Status OrganizationExporter::exportXlsx(const QSqlDatabase &db, const OrganizationFilter &filter,
                                        const QString &path)
{
    XlsxWorkbook book(path, XlsxWorkbook::Memory::Constant);
    if (Status s = book.status(); !s)
        return s; // before any work is done
    lxw_worksheet *sheet = book.addSheet(QStringLiteral("Organizatii"));
    // Widths in characters, chosen for typical content (long names and addresses, short codes).
    book.setColumnWidths(sheet, {48, 12, 16, 12, 20, 16, 20, 40, 28, 16, 28, 26, 36, 10, 10});
    book.writeHeader(sheet, headers());
    lxw_row_t r = 0;
    QVariantList cells;
    Status rows = forEachRow(
        db, filter, path, [&](const Row &row, bool hasVolunteers, int volunteers) -> Status {
            cells.clear();
            for (const QString &cell : row)
                cells << cell;
            cells[13] = hasVolunteers ? QVariant(volunteers) : QVariant(); // a number
            book.writeRow(sheet, ++r, cells);
            return book.status();
        });
    if (!rows)
        return rows;
    return book.close();
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
