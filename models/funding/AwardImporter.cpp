#include "AwardImporter.h"

#include "FundingRepository.h"
#include "core/Text.h"
#include "files/CsvReader.h"
#include "files/XlsxReader.h"
#include "registry/Geography.h"
#include "registry/OrganizationValidation.h"
#include "storage/AuditLog.h"
#include "storage/ImportLog.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(AwardImporter)
};

enum Field
{
    ContractNumber,
    Call,
    Year,
    OrganizationName,
    Cif,
    County,
    Project,
    Requested,
    Granted,
    Paid,
    OwnContribution,
    ContractDate,
    StartsOn,
    EndsOn,
    StatusField,
    FieldCount
};

struct FieldNames
{
    Field field;
    std::initializer_list<const char16_t *> names;
};

// Matched through headerKey(), so the names are written once without diacritics.
const std::array<FieldNames, FieldCount> fieldTable{{
    {ContractNumber, {u"Nr. contract", u"Numar contract", u"Contract", u"Contract number"}},
    {Call, {u"Apel", u"Program de finantare", u"Program", u"Call"}},
    {Year, {u"An", u"Anul", u"Year"}},
    {OrganizationName, {u"Organizatie", u"Beneficiar", u"Denumire", u"Organization"}},
    {Cif, {u"CIF", u"CUI", u"Cod fiscal"}},
    {County, {u"Judet", u"County"}},
    {Project, {u"Proiect", u"Titlu proiect", u"Project"}},
    {Requested, {u"Suma solicitata", u"Solicitat", u"Requested"}},
    {Granted, {u"Suma acordata", u"Acordat", u"Granted"}},
    {Paid, {u"Suma platita", u"Platit", u"Paid"}},
    {OwnContribution, {u"Contributie proprie", u"Own contribution"}},
    {ContractDate, {u"Data contract", u"Contract date"}},
    {StartsOn, {u"Data inceput", u"Start"}},
    {EndsOn, {u"Data sfarsit", u"End"}},
    {StatusField, {u"Stare", u"Status"}},
}};

QString headerKey(const QString &header)
{
    QString key;
    for (const QChar c : text::folded(header)) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

std::optional<Field> fieldForHeader(const QString &header)
{
    static const QHash<QString, Field> index = [] {
        QHash<QString, Field> h;
        for (const FieldNames &row : fieldTable) {
            for (const char16_t *name : row.names)
                h.insert(headerKey(QString::fromUtf16(name)), row.field);
        }
        return h;
    }();
    const auto it = index.constFind(headerKey(header));
    return it == index.cend() ? std::nullopt : std::optional<Field>(*it);
}

QString firstName(Field f)
{
    return QString::fromUtf16(*fieldTable[f].names.begin());
}

/// "2024-03-15", "15.03.2024", "15/03/2024".
std::optional<QDate> parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy"), QStringLiteral("d/M/yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

class Run
{
    Q_DECLARE_TR_FUNCTIONS(AwardImporter)

public:
    Run(QSqlDatabase db, const std::array<int, FieldCount> &column,
        const std::array<QString, FieldCount> &headers)
        : m_db(db), m_repository(db), m_geography(Geography::load(db)), m_column(column),
          m_headers(headers)
    {
    }

    /// The action and, for a rejected record, why; a database failure ends the import.
    Result<std::pair<ImportAction, QString>> apply(const QStringList &cells);

private:
    bool has(Field f) const { return m_column[f] >= 0; }
    QString cell(const QStringList &cells, Field f) const
    {
        const int i = m_column[f];
        return i >= 0 && i < cells.size() ? cells.at(i).trimmed() : QString();
    }
    QString header(Field f) const { return m_headers[f]; }
    std::optional<qint64> organization(const QStringList &cells, QStringList &problems);

    QSqlDatabase m_db;
    FundingRepository m_repository;
    Geography m_geography;
    std::array<int, FieldCount> m_column;
    std::array<QString, FieldCount> m_headers;
};

std::optional<qint64> Run::organization(const QStringList &cells, QStringList &problems)
{
    QSqlQuery q(m_db);
    const QString cif = validation::cifKey(cell(cells, Cif));
    if (!cif.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM organization WHERE cif = :cif"));
        q.bindValue(QStringLiteral(":cif"), cif);
        if (q.exec() && q.next())
            return q.value(0).toLongLong();
        problems << Messages::tr("%1: no organization in the registry has the CIF %2")
                        .arg(header(Cif), cif);
        return std::nullopt;
    }
    const QString name = cell(cells, OrganizationName);
    if (name.isEmpty()) {
        problems << Messages::tr("%1: required (or a CIF)")
                        .arg(has(OrganizationName) ? header(OrganizationName)
                                                   : firstName(OrganizationName));
        return std::nullopt;
    }
    int countyId = 0;
    if (!cell(cells, County).isEmpty()) {
        const std::optional<int> county = m_geography.findCounty(cell(cells, County));
        if (!county) {
            problems
                << Messages::tr("%1: unknown county '%2'").arg(header(County), cell(cells, County));
            return std::nullopt;
        }
        countyId = *county;
    }
    q.prepare(QStringLiteral("SELECT id FROM organization WHERE name_folded = :name AND (:any = 1 "
                             "OR county_id = :county) "
                             "ORDER BY id LIMIT 2"));
    q.bindValue(QStringLiteral(":name"), text::folded(text::normalized(name)));
    q.bindValue(QStringLiteral(":any"), countyId == 0 ? 1 : 0);
    q.bindValue(QStringLiteral(":county"), countyId);
    if (!q.exec() || !q.next()) {
        problems << Messages::tr("%1: no organization named '%2' in the registry")
                        .arg(header(OrganizationName), name);
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    if (q.next()) {
        problems << Messages::tr(
                        "%1: several organizations are named '%2'; add the CIF or the county")
                        .arg(header(OrganizationName), name);
        return std::nullopt;
    }
    return id;
}

Result<std::pair<ImportAction, QString>> Run::apply(const QStringList &cells)
{
    using Outcome = std::pair<ImportAction, QString>;
    QStringList problems;
    const QString contract = text::normalized(cell(cells, ContractNumber));
    if (contract.isEmpty())
        return Outcome{
            ImportAction::Rejected,
            Messages::tr("%1: required (the key of the import)").arg(header(ContractNumber))};
    const std::optional<FundingAward> stored = m_repository.awardByContract(contract);
    FundingAward award = stored.value_or(FundingAward());
    award.contractNumber = contract;

    int year = 0;
    if (has(Year) && !cell(cells, Year).isEmpty()) {
        bool ok = false;
        year = cell(cells, Year).toInt(&ok);
        if (!ok)
            problems << Messages::tr("%1: '%2' is not a year").arg(header(Year), cell(cells, Year));
    }
    if (has(Call) && (!cell(cells, Call).isEmpty() || !stored)) {
        const QString name = cell(cells, Call);
        if (const std::optional<qint64> call = m_repository.findCallId(name, year))
            award.callId = *call;
        else
            problems << Messages::tr("%1: no call named '%2'%3")
                            .arg(header(Call), name,
                                 year > 0 ? Messages::tr(" in %1").arg(year) : QString());
    }
    if ((has(Cif) && !cell(cells, Cif).isEmpty()) ||
        (has(OrganizationName) && !cell(cells, OrganizationName).isEmpty()) || !stored) {
        if (const std::optional<qint64> id = organization(cells, problems))
            award.organizationId = *id;
    }
    if (has(Project))
        award.project = cell(cells, Project);
    const std::pair<Field, Money *> amounts[] = {{Requested, &award.requested},
                                                 {Granted, &award.granted},
                                                 {Paid, &award.paid},
                                                 {OwnContribution, &award.ownContribution}};
    for (const auto &[field, target] : amounts) {
        if (!has(field))
            continue;
        const QString text = cell(cells, field);
        if (text.isEmpty()) {
            *target = Money();
            continue;
        }
        const std::optional<Money> amount = Money::parse(text);
        if (!amount)
            problems << Messages::tr("%1: '%2' is not an amount in lei").arg(header(field), text);
        else
            *target = *amount;
    }
    const std::pair<Field, QDate *> dates[] = {
        {ContractDate, &award.contractDate}, {StartsOn, &award.startsOn}, {EndsOn, &award.endsOn}};
    for (const auto &[field, target] : dates) {
        if (!has(field))
            continue;
        const std::optional<QDate> d = parseDate(cell(cells, field));
        if (!d)
            problems << Messages::tr("%1: '%2' is not a date (YYYY-MM-DD or DD.MM.YYYY)")
                            .arg(header(field), cell(cells, field));
        else
            *target = *d;
    }
    if (has(StatusField) && !cell(cells, StatusField).isEmpty()) {
        if (const std::optional<AwardStatus> status = parseAwardStatus(cell(cells, StatusField)))
            award.status = *status;
        else
            problems
                << Messages::tr(
                       "%1: unknown status '%2' (contracted, paid, settled, cancelled, reimbursed)")
                       .arg(header(StatusField), cell(cells, StatusField));
    }
    normalizeAward(award);
    if (problems.isEmpty()) {
        // The rules of the record itself, after the cells could be read.
        for (const QString &p : m_repository.awardProblems(award)) {
            QString message = p;
            if (message.endsWith(QLatin1Char('.')))
                message.chop(1);
            problems << message;
        }
    }
    if (!problems.isEmpty())
        return Outcome{ImportAction::Rejected, problems.join(QLatin1String("; "))};
    if (stored && stored->sameContent(award))
        return Outcome{ImportAction::Unchanged, QString()};
    if (stored) {
        if (Status s = m_repository.updateAwardInTransaction(*stored, award); !s)
            return Result<Outcome>::failure(s.error());
        return Outcome{ImportAction::Update, QString()};
    }
    const Result<qint64> id = m_repository.insertAwardInTransaction(award);
    if (!id)
        return Result<Outcome>::failure(id.error());
    return Outcome{ImportAction::New, QString()};
}

} // namespace

AwardImporter::AwardImporter(QSqlDatabase db) : m_db(std::move(db)) {}

namespace {

/// The records of a CSV file or of the first sheet of an XLSX workbook, one at a time.
class RecordSource
{
public:
    dc::Status open(const QString &path, TextEncoding encoding)
    {
        m_xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
        return m_xlsx ? m_workbook.open(path) : m_csv.open(path, encoding);
    }
    /// The next record and the line (or sheet row) where it starts; false at the end or on an
    /// error.
    bool read(QStringList &cells, int &line)
    {
        if (m_xlsx)
            return m_workbook.readRow(line, cells);
        if (!m_csv.readRecord(cells))
            return false;
        line = m_csv.recordLine();
        return true;
    }
    bool unterminated() const { return !m_xlsx && m_csv.recordUnterminated(); }
    /// Why the record last read cannot be trusted (invalid UTF-8, a NUL byte); empty when it can.
    QString problem() const { return m_xlsx ? QString() : m_csv.recordProblem(); }
    /// A sheet leaves out the empty cells at the end of a row; a CSV file writes them.
    bool isWorkbook() const { return m_xlsx; }
    QString error() const { return m_xlsx ? m_workbook.error() : m_csv.error(); }
    TextEncoding encoding() const { return m_xlsx ? TextEncoding::Utf8 : m_csv.encoding(); }
    QChar separator() const { return m_xlsx ? QChar() : m_csv.separator(); }

private:
    bool m_xlsx = false;
    CsvReader m_csv;
    XlsxReader m_workbook;
};

} // namespace

Result<ImportSummary> AwardImporter::importFile(const QString &path, const ImportOptions &options)
{
    using R = Result<ImportSummary>;
    RecordSource reader;
    if (dc::Status s = reader.open(path, options.encoding); !s)
        return R::failure(s.error());
    ImportSummary summary;
    summary.encoding = reader.encoding();
    summary.separator = reader.separator();
    QStringList header;
    int line = 0;
    if (!reader.read(header, line))
        return R::failure(reader.error().isEmpty()
                              ? Messages::tr("%1: the file is empty.").arg(path)
                              : reader.error());
    std::array<int, FieldCount> column;
    column.fill(-1);
    std::array<QString, FieldCount> headers;
    for (int i = 0; i < header.size(); ++i) {
        const std::optional<Field> f = fieldForHeader(header.at(i));
        if (f && column[*f] < 0) {
            column[*f] = i;
            headers[*f] = header.at(i).trimmed();
        }
    }
    QStringList missing;
    for (const Field f : {ContractNumber, Call, Project, Granted}) {
        if (column[f] < 0)
            missing << firstName(f);
    }
    if (column[OrganizationName] < 0 && column[Cif] < 0)
        missing << firstName(OrganizationName);
    if (!missing.isEmpty())
        return R::failure(Messages::tr("%1: the first row has no column for %2.")
                              .arg(path, missing.join(QLatin1String(", "))));

    Transaction transaction(m_db, WriterNote::Activity::Import);
    if (!transaction.isActive())
        return R::failure(Messages::tr("%1: the database cannot start the import (%2).")
                              .arg(path, transaction.error()));
    // The import's one record; the audit rows of the awards it adds or changes carry its id.
    const Result<qint64> importId = ImportLog::begin(m_db, ImportLog::Kind::FundingAwards, path);
    if (!importId)
        return R::failure(
            Messages::tr("%1: the database refused the import (%2).").arg(path, importId.error()));
    const AuditLog::ImportScope auditScope(m_db, importId.value());
    Run run(m_db, column, headers);
    const int columnCount = int(header.size());
    QStringList cells;
    while (reader.read(cells, line)) {
        if (reader.isWorkbook() && cells.size() < columnCount)
            cells.resize(columnCount);
        if (std::all_of(cells.cbegin(), cells.cend(),
                        [](const QString &c) { return c.trimmed().isEmpty(); }) &&
            !reader.unterminated() && reader.problem().isEmpty())
            continue;
        if (const QString problem = reader.problem(); !problem.isEmpty()) {
            summary.rejected.append({line, problem});
            continue;
        }
        if (reader.unterminated()) {
            summary.rejected.append(
                {line,
                 Messages::tr("a quoted field is not closed; it runs to the end of the file")});
            continue;
        }
        if (cells.size() != columnCount &&
            !(cells.size() > columnCount &&
              std::all_of(cells.cbegin() + columnCount, cells.cend(),
                          [](const QString &c) { return c.trimmed().isEmpty(); }))) {
            summary.rejected.append(
                {line, Messages::tr("the row has %1 cells, the header row has %2")
                           .arg(cells.size())
                           .arg(columnCount)});
            continue;
        }
        const auto outcome = run.apply(cells);
        if (!outcome)
            return R::failure(Messages::tr("%1: the database refused the import (%2).")
                                  .arg(path, outcome.error()));
        summary.count(outcome->first, line, outcome->second);
    }
    if (!reader.error().isEmpty())
        return R::failure(reader.error());
    if (options.dryRun) {
        transaction.rollback();
        return summary;
    }
    const Result<QString> sha256 = ImportLog::sha256Of(path);
    if (!sha256)
        return R::failure(sha256.error());
    if (dc::Status s = ImportLog::finish(m_db, importId.value(), sha256.value(), summary.toJson());
        !s)
        return R::failure(
            Messages::tr("%1: the database refused the import (%2).").arg(path, s.error()));
    if (dc::Status s = transaction.commit(); !s)
        return R::failure(
            Messages::tr("%1: the import could not be saved (%2).").arg(path, s.error()));
    return summary;
}

} // namespace dc
