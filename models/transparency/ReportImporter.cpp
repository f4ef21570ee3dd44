#include "ReportImporter.h"

#include "AnnualFigures.h"
#include "FormIndicators.h"
#include "InstitutionRepository.h"
#include "ReportFileReader.h"
#include "ReportModelRepository.h"
#include "storage/AuditLog.h"
#include "storage/ImportLog.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace dc {

namespace {

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString ReportFilePreview::fileName() const
{
    return QFileInfo(path).fileName();
}

QString ReportImportCounts::line() const
{
    return QStringLiteral("read: %1, imported: %2, replaced: %3, unchanged: %4, rejected: %5")
        .arg(read)
        .arg(imported)
        .arg(replaced)
        .arg(unchanged)
        .arg(rejected);
}

ReportImporter::ReportImporter(QSqlDatabase db) : m_db(std::move(db)) {}

QStringList ReportImporter::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        const QDir dir(path);
        QStringList patterns;
        for (const QString &p : ReportFileReader::namePatterns())
            patterns << p << p.toUpper();
        for (const QString &name :
             dir.entryList(patterns, QDir::Files, QDir::Name | QDir::IgnoreCase)) {
            // Excel's and LibreOffice's lock files of a workbook that is open.
            if (name.startsWith(QLatin1String("~$")) || name.startsWith(QLatin1String(".~lock.")))
                continue;
            files << dir.filePath(name);
        }
    }
    files.removeDuplicates();
    return files;
}

QString ReportImporter::cancelledMessage()
{
    return tr("The import was cancelled; nothing was written.");
}

ReportFilePreview ReportImporter::read(const QString &path, const ReportImportOptions &options,
                                       const QList<ReportModel> &models,
                                       const QList<NameMatcher::Candidate> &institutions) const
{
    ReportFilePreview p;
    p.path = path;
    const Result<ReportSheet> sheet = ReportFileReader::read(path);
    if (!sheet) {
        p.error = sheet.error();
        return p;
    }
    const RecognizedReport recognized =
        ReportRecognizer::recognize(sheet.value(), models, options.year);
    p.rejected = recognized.rejected;
    p.warnings = recognized.warnings;
    p.itemsFound = recognized.itemsFound;
    p.institutionInFile = recognized.institution;
    if (recognized.itemsFound == 0) {
        p.error = tr("%1: no item of a model of the report was found in it (neither codes such as "
                     "A1 … D2 "
                     "nor the numbered items of the current model).")
                      .arg(path);
        return p;
    }
    p.modelId = recognized.modelId;
    for (const ReportModel &m : models) {
        if (m.id == recognized.modelId)
            p.modelName = m.name;
    }

    // The year: --year, else the file's.
    int year = recognized.year;
    if (options.year > 0) {
        if (recognized.year > 0 && recognized.year != options.year) {
            p.warnings << ReportIssue{
                recognized.yearCell, QString(),
                tr("The file says the year is %1; it is imported as the report on %2, as "
                   "asked.")
                    .arg(recognized.year)
                    .arg(options.year)};
        }
        year = options.year;
    }
    if (year == 0) {
        p.error = tr("%1: the file does not say the year of the report (a line \"Anul: …\" in the "
                     "first rows); "
                     "give the year.")
                      .arg(path);
        return p;
    }

    // The institution: --institution, else the one the file names.
    qint64 institutionId = options.institutionId;
    if (institutionId > 0) {
        for (const NameMatcher::Candidate &c : institutions) {
            if (c.id == institutionId) {
                p.institution = c.name;
                if (!recognized.institution.isEmpty() &&
                    NameMatcher::match(recognized.institution, {c}).outcome !=
                        NameMatcher::Outcome::Unique) {
                    p.warnings << ReportIssue{
                        recognized.institutionCell, QString(),
                        tr("The file names \"%1\"; it is imported as the report of %2, as "
                           "asked.")
                            .arg(recognized.institution, c.name)};
                }
            }
        }
    } else if (recognized.institution.isEmpty()) {
        p.error = tr("%1: the file does not name the institution (a line \"Numele autorității sau "
                     "instituției "
                     "publice: …\" in the first rows); choose the institution.")
                      .arg(path);
        return p;
    } else {
        const NameMatcher::Match match = NameMatcher::match(recognized.institution, institutions);
        switch (match.outcome) {
        case NameMatcher::Outcome::Unique:
            institutionId = match.id;
            for (const NameMatcher::Candidate &c : institutions) {
                if (c.id == institutionId)
                    p.institution = c.name;
            }
            break;
        case NameMatcher::Outcome::Ambiguous:
            p.institution = recognized.institution;
            p.error =
                tr("%1: \"%2\" (%3) matches several institutions: %4; choose the institution.")
                    .arg(path, recognized.institution, recognized.institutionCell,
                         match.candidates.join(QLatin1String("; ")));
            return p;
        case NameMatcher::Outcome::None: {
            p.institution = recognized.institution;
            const QStringList closest = NameMatcher::closest(recognized.institution, institutions);
            p.error = closest.isEmpty()
                          ? tr("%1: \"%2\" (%3) is not an institution of the database, which has "
                               "none yet.")
                                .arg(path, recognized.institution, recognized.institutionCell)
                          : tr("%1: \"%2\" (%3) is not an institution of the database; the closest "
                               "names are: %4.")
                                .arg(path, recognized.institution, recognized.institutionCell,
                                     closest.join(QLatin1String("; ")));
            return p;
        }
        }
    }

    if (recognized.values.isEmpty()) {
        p.error =
            recognized.rejected.isEmpty()
                ? tr("%1: the report's items are there, but no value is filled in.").arg(path)
                : tr("%1: none of the values can be used (see the cells rejected).").arg(path);
        return p;
    }

    // Values that differ from what the office's own records give.
    if (const Result<QList<Figure>> figures = AnnualFigures::compute(m_db, institutionId, year)) {
        QHash<QString, const Figure *> byCode;
        for (const Figure &f : figures.value())
            byCode.insert(f.code, &f);
        for (const ReportValue &v : recognized.values) {
            const Figure *f = byCode.value(v.code);
            const FormIndicator *indicator = FormIndicators::find(v.code);
            if (!f || !indicator || indicator->kind != FigureKind::Count || !f->recordsProvided)
                continue;
            if (v.value.toLongLong() != f->recordsValue.toLongLong()) {
                p.warnings << ReportIssue{
                    v.cell, v.code,
                    tr("%1: the report says %2; the office's records give %3.")
                        .arg(v.code)
                        .arg(v.value.toLongLong())
                        .arg(f->recordsValue.toLongLong())};
            }
        }
    }

    ReceivedReport &r = p.report;
    r.institutionId = institutionId;
    r.year = year;
    r.modelId = recognized.modelId;
    r.fileName = p.fileName();
    r.fileSha256 = sha256Of(path);
    r.importedBy = AuditLog::osUser();
    r.values = recognized.values;
    if (options.receivedOn.isValid()) {
        r.receivedOn = options.receivedOn;
    } else {
        const std::optional<AnnualReport> earlier =
            AnnualReportRepository(m_db).report(institutionId, year);
        r.receivedOn =
            earlier && earlier->receivedOn.isValid() ? earlier->receivedOn : QDate::currentDate();
    }
    if (r.receivedOn.year() < year) {
        p.error = tr("%1: a report on %2 cannot have been received on %3.")
                      .arg(path)
                      .arg(year)
                      .arg(r.receivedOn.toString(Qt::ISODate));
    }
    return p;
}

Result<QList<ReportFilePreview>> ReportImporter::preview(const QStringList &files,
                                                         const ReportImportOptions &options,
                                                         const Progress &progress)
{
    using R = Result<QList<ReportFilePreview>>;
    const QList<ReportModel> models = ReportModelRepository(m_db).models();
    const QList<NameMatcher::Candidate> institutions = InstitutionRepository(m_db).candidates();
    QList<ReportFilePreview> previews;
    QHash<QPair<qint64, int>, QString> seen; // institution and year -> the file of this import
    for (int i = 0; i < files.size(); ++i) {
        ReportFilePreview p = read(files.at(i), options, models, institutions);
        if (p.importable()) {
            const QPair<qint64, int> key{p.report.institutionId, p.report.year};
            if (const auto earlier = seen.constFind(key); earlier != seen.constEnd()) {
                p.warnings << ReportIssue{
                    QString(), QString(),
                    tr("%1 is also a report of %2 on %3, earlier in this import; this file, "
                       "later, replaces it.")
                        .arg(*earlier, p.institution)
                        .arg(p.report.year)};
            }
            seen.insert(key, p.fileName());
        }
        previews << std::move(p);
        if (progress && !progress(i + 1, int(files.size())))
            return R::failure(cancelledMessage());
    }
    if (Status s = store(previews, false); !s)
        return R::failure(s.error());
    return previews;
}

Status ReportImporter::apply(QList<ReportFilePreview> &previews)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (ReportFilePreview &p : previews)
        p.report.importedAt = now;
    return store(previews, true);
}

Status ReportImporter::store(QList<ReportFilePreview> &previews, bool commit)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    AnnualReportRepository repository(m_db);
    for (ReportFilePreview &p : previews) {
        p.outcome.reset();
        if (!p.importable())
            continue;
        // Each file is one import with its record; the audit rows of what it writes carry its id.
        const Result<qint64> importId =
            ImportLog::begin(m_db, ImportLog::Kind::AnnualReports, p.path, p.report.fileSha256);
        if (!importId)
            return Status::failure(tr("%1: %2").arg(p.path, importId.error()));
        Result<ReceiveOutcome> outcome = Result<ReceiveOutcome>::failure(QString());
        {
            const AuditLog::ImportScope auditScope(m_db, importId.value());
            outcome = repository.receive(p.report);
        }
        if (!outcome) {
            if (commit)
                return Status::failure(tr("%1: %2").arg(p.path, outcome.error()));
            p.error = tr("%1: %2").arg(p.path, outcome.error());
            continue;
        }
        p.outcome = outcome.value();
        const Status recorded = p.outcome == ReceiveOutcome::Unchanged
                                    ? ImportLog::remove(m_db, importId.value())
                                    : ImportLog::finish(m_db, importId.value(), p.report.fileSha256,
                                                        {{QStringLiteral("outcome"),
                                                          p.outcome == ReceiveOutcome::Imported
                                                              ? QStringLiteral("imported")
                                                              : QStringLiteral("replaced")}});
        if (!recorded)
            return Status::failure(tr("%1: %2").arg(p.path, recorded.error()));
    }
    if (!commit) {
        transaction.rollback();
        return {};
    }
    return transaction.commit();
}

ReportImportCounts ReportImporter::count(const QList<ReportFilePreview> &previews)
{
    ReportImportCounts c;
    for (const ReportFilePreview &p : previews) {
        ++c.read;
        c.rejectedCells += int(p.rejected.size());
        c.warnings += int(p.warnings.size());
        if (!p.importable() || !p.outcome) {
            ++c.rejected;
            continue;
        }
        switch (*p.outcome) {
        case ReceiveOutcome::Imported:
            ++c.imported;
            break;
        case ReceiveOutcome::Replaced:
            ++c.replaced;
            break;
        case ReceiveOutcome::Unchanged:
            ++c.unchanged;
            break;
        }
    }
    return c;
}

} // namespace dc
