#pragma once

#include "AnnualFigures.h"
#include "Institution.h"
#include "ReportModel.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace dc {

/// Everything one institution's form shows: who it is for, the year, the deadline, the model of
/// the report in force that year and the figures of the office's records that pre-fill it.
struct ReportForm
{
    Institution institution;
    int year = 0;
    QDate deadline;
    ReportModel model;
    /// As AnnualFigures::compute gives them: a count whose recordsProvided is set is pre-filled
    /// with its recordsValue.
    QList<Figure> figures;
};

/// A form written to a file.
struct WrittenForm
{
    qint64 institutionId = 0;
    QString institution;
    QString path;
};

/// Writes the annual report's form for one institution as an XLSX workbook (libxlsxwriter), in
/// Romanian as the official form: a header block, then one row per item of the model in its order
/// (code, numbering and label, value), the value cells unlocked and the rest protected, whole
/// numbers >= 0 and D1's list checked by data validation, the percentage a formula, the figures
/// the office's records give pre-filled with the comment "din evidențele oficiului"; a second
/// sheet "Instrucțiuni" with how to fill it in and the terms of art. 3 of Law 52/2003.
///
/// The layout on the first sheet, "Raport", is a contract with the importer of received reports:
/// rows 1-7 hold a label in column A and its value in column B (the first is
/// "Numele autorității sau instituției publice:", the third "Anul:"), the hidden cell D1 holds
/// "Model: <model id>", row 10 is the table's header and each item follows from row 11 on with
/// its code in column A, its numbering and label in column B and its value in column C.
class ReportFormWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormWriter)

public:
    /// The label of the institution's name, in cell A1.
    static QString institutionLabel();
    /// The label of the year, in cell A3.
    static QString yearLabel();
    /// The marker of the model in cell D1: "Model: anexa-20".
    static QString modelMarker(const QString &modelId);
    /// The comment on a value pre-filled from the office's records.
    static QString recordsComment();
    /// The sheet's row (1-based, as a spreadsheet shows it) of the table's header; the items
    /// follow.
    static constexpr int headerRow = 10;

    /// The form of @p institutionId for @p year: the model in force (ReportModelRepository), the
    /// deadline (ReportStatus::deadlineOf) and the figures of the records.
    static Result<ReportForm> gather(const QSqlDatabase &db, qint64 institutionId, int year);

    /// The file name of a form: "Raport-2025-Ministerul-Educatiei.xlsx". Letters are written
    /// without diacritics and anything else but ASCII letters and digits becomes one '-', so that
    /// the name is the same on every file system, in an e-mail attachment and in a script.
    static QString fileName(const Institution &institution, int year);
    /// @p text as a part of a file name, by the rule of fileName(); empty when nothing is left.
    static QString safeFileNamePart(const QString &text);
    /// @p name, or, when its lower-case form is already in @p used, the name with "-2", "-3" ...
    /// before the extension (two institutions whose names differ only in punctuation); the name
    /// returned is added to @p used.
    static QString uniqueFileName(const QString &name, QSet<QString> &used);

    /// The workbook's bytes.
    static Result<QByteArray> workbook(const ReportForm &form);
    /// Writes the workbook to @p path: into a temporary file beside it, renamed over @p path only
    /// once complete, so that a failure leaves an earlier file as it was. The message names the
    /// file.
    static Status write(const ReportForm &form, const QString &path);

    /// Progress of writeForms(): a form written, how many are done and how many in all; return
    /// false to stop after it.
    using Progress = std::function<bool(const WrittenForm &written, int done, int total)>;
    /// Writes the form of @p institutionId, or with 0 of every institution (in Romanian
    /// alphabetical order), for @p year into @p folder. Stops at the first failure, whose message
    /// names the file; the forms written before it stay.
    static Result<QList<WrittenForm>> writeForms(const QSqlDatabase &db, int year,
                                                 const QString &folder, qint64 institutionId = 0,
                                                 const Progress &progress = {});
};

} // namespace dc
