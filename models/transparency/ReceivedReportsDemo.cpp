#include "ReceivedReportsDemo.h"

#include "ReportImporter.h"
#include "ReportModelRepository.h"
#include "demo/DemoJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include "files/CsvWriter.h"
#include "files/XlsxWorkbook.h"

namespace dc {

namespace {

Status cannotWrite(const QString &path)
{
    return Status::failure(
        QCoreApplication::translate("ReceivedReportsDemo", "The demo report %1 cannot be written.")
            .arg(path));
}

/// One report as the demo data describes it.
struct DemoReport
{
    QString institution;
    int year = 0;
    QDate receivedOn;
    QString file;
    QString layout; ///< "numbered" (an XLSX workbook) or "csv"
    QJsonObject values;
};

/// The numbering as the published model prints it: "1.", "3.1.", "2 a)", "B 7 a)".
QString printedNumbering(const QString &numbering)
{
    const QString n = numbering.trimmed();
    const bool letter =
        n.size() >= 2 && n.at(n.size() - 2) == QLatin1Char(' ') && n.back().isLower();
    return n + (letter ? QLatin1String(")") : QLatin1String("."));
}

/// The value an institution would have typed: a number, a text, or the answer of a choice.
QString valueText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

/// The current model's layout: a title naming the year, the institution's line, then rows of
/// "numbering and label | value", the sections as rows of their own.
Status writeNumberedWorkbook(const QString &path, const ReportModel &model,
                             const DemoReport &report)
{
    XlsxWorkbook book(path);
    if (!book.isGood())
        return cannotWrite(path);
    // A fixed date in the file's properties: the same data gives the same bytes on every run.
    lxw_doc_properties properties{};
    properties.created = QDateTime(report.receivedOn, QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    workbook_set_properties(book.handle(), &properties);
    lxw_worksheet *sheet = book.addSheet(QStringLiteral("Anexa 20"));
    lxw_format *bold = book.bold();
    auto text = [&](lxw_row_t row, lxw_col_t column, const QString &value,
                    lxw_format *format = nullptr) {
        book.writeText(sheet, row, column, value, format);
    };
    text(0, 0,
         QStringLiteral(u"RAPORT ANUAL privind transparența decizională pentru anul %1")
             .arg(report.year),
         bold);
    text(1, 0,
         QStringLiteral(u"Numele autorității sau instituției publice: ") + report.institution);
    text(3, 0, QStringLiteral("Indicatori"), bold);
    text(3, 1, QStringLiteral("Valoare"), bold);
    lxw_row_t row = 4;
    for (const ReportModelItem &item : model.items) {
        if (!item.isFigure()) {
            text(row++, 0, item.label, bold);
            continue;
        }
        text(row, 0, printedNumbering(item.numbering) + QLatin1Char(' ') + item.label);
        const QJsonValue value = report.values.value(item.code);
        if (value.isDouble())
            book.writeNumber(sheet, row, 1, double(value.toInteger()));
        else if (value.isString())
            text(row, 1, value.toString());
        ++row;
    }
    book.setColumnWidths(sheet, {90});
    if (!book.close())
        return cannotWrite(path);
    return {};
}

/// A CSV file as Excel saves one (UTF-8 with a byte order mark, ';'), the numbering in a column of
/// its own and the year on a line "Anul:".
Status writeCsv(const QString &path, const ReportModel &model, const DemoReport &report)
{
    // As the institution typed them: no apostrophe before a value that starts like a formula.
    CsvWriter csv(path, CsvWriter::Formulas::AsWritten);
    csv.writeRow({QStringLiteral("Anexa nr. 20"), QString(), QString()});
    csv.writeRow({QStringLiteral(u"Numele autorității sau instituției publice:"),
                  report.institution, QString()});
    csv.writeRow({QStringLiteral("Anul:"), QString::number(report.year), QString()});
    csv.writeRow({QStringLiteral("Nr."), QStringLiteral("Indicator"), QStringLiteral("Valoare")});
    for (const ReportModelItem &item : model.items) {
        if (!item.isFigure()) {
            // "B. Procesul de luare a deciziilor": the letter in the numbering's column.
            const int dot = int(item.label.indexOf(QLatin1String(". ")));
            const QString numbering = dot > 0 ? item.label.left(dot + 1) : QString();
            const QString title = dot > 0 ? item.label.mid(dot + 2) : item.label;
            csv.writeRow({numbering, title, QString()});
            continue;
        }
        QString numbering = printedNumbering(item.numbering);
        if (numbering.size() > 2 && numbering.at(1) == QLatin1Char(' ') &&
            numbering.at(0).isUpper())
            numbering = numbering.mid(2); // "B 1." is "1." under the title of section B
        csv.writeRow({numbering, item.label, valueText(report.values.value(item.code))});
    }
    if (!csv.commit())
        return cannotWrite(path);
    return {};
}

Result<QList<DemoReport>> demoReports()
{
    const Result<QJsonObject> json = demojson::read(QStringLiteral(":/demo/transparency.json"));
    if (!json)
        return Result<QList<DemoReport>>::failure(json.error());
    QList<DemoReport> reports;
    for (const QJsonValue &v : demojson::array(json.value(), "received_reports")) {
        const QJsonObject o = v.toObject();
        reports.append({demojson::text(o, "institution"), demojson::number(o, "year"),
                        demojson::date(o, "received_on"), demojson::text(o, "file"),
                        demojson::text(o, "layout"), o.value(QLatin1String("values")).toObject()});
    }
    return reports;
}

} // namespace

QString ReceivedReportsDemoSummary::line() const
{
    return QStringLiteral(
               "received reports: read %1, imported %2, replaced %3, unchanged %4, warnings %5")
        .arg(read)
        .arg(imported)
        .arg(replaced)
        .arg(unchanged)
        .arg(warnings);
}

Result<ReceivedReportsDemoSummary> ReceivedReportsDemo::load(QSqlDatabase db)
{
    using R = Result<ReceivedReportsDemoSummary>;
    const Result<QList<DemoReport>> reports = demoReports();
    if (!reports)
        return R::failure(reports.error());
    QTemporaryDir folder;
    if (!folder.isValid())
        return R::failure(QCoreApplication::translate(
                              "ReceivedReportsDemo", "No temporary folder for the demo reports: %1")
                              .arg(folder.errorString()));
    const ReportModelRepository models(db);
    QStringList files;
    for (const DemoReport &report : reports.value()) {
        const QString path = folder.filePath(report.file);
        const ReportModel model = models.forYear(report.year);
        const Status written = report.layout == QLatin1String("csv")
                                   ? writeCsv(path, model, report)
                                   : writeNumberedWorkbook(path, model, report);
        if (!written)
            return R::failure(written.error());
        files << path;
    }

    // Read back as the office's files are, then stored with the day each one arrived.
    ReportImporter importer(db);
    Result<QList<ReportFilePreview>> previews = importer.preview(files);
    if (!previews)
        return R::failure(previews.error());
    for (int i = 0; i < previews->size(); ++i) {
        ReportFilePreview &p = previews.value()[i];
        if (!p.importable())
            return R::failure(p.error);
        if (!p.rejected.isEmpty())
            return R::failure(p.rejected.first().cell + QLatin1String(": ") +
                              p.rejected.first().message);
        p.report.receivedOn = reports->at(i).receivedOn;
    }
    if (Status s = importer.apply(previews.value()); !s)
        return R::failure(s.error());
    const ReportImportCounts counts = ReportImporter::count(previews.value());
    return ReceivedReportsDemoSummary{counts.read, counts.imported, counts.replaced,
                                      counts.unchanged, counts.warnings};
}

} // namespace dc
