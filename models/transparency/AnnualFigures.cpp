#include "AnnualFigures.h"

#include "AnnualReportRepository.h"
#include "FormIndicators.h"
#include "InstitutionRepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace dc {

namespace {

struct RecordFigures
{
    QHash<QString, QVariant> values;
    QHash<FigureFamily, bool> provided;
};

// The indicator a result column is named after ("b7_a" is B7_a): drivers may fold the case.
const FormIndicator *indicatorNamed(const QString &column)
{
    for (const FormIndicator &indicator : FormIndicators::all()) {
        if (column.compare(QLatin1String(indicator.code), Qt::CaseInsensitive) == 0)
            return &indicator;
    }
    return nullptr;
}

// Runs one aggregate query; its columns are named after the indicator codes, "provided" says
// whether the family has records.
Status aggregate(const QSqlDatabase &db, const QString &sql, qint64 institutionId, int year,
                 FigureFamily family, RecordFigures &figures)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":institution"), institutionId);
    if (sql.contains(QLatin1String(":year_number")))
        q.bindValue(QStringLiteral(":year_number"), year);
    else if (sql.contains(QLatin1String(":year")))
        q.bindValue(QStringLiteral(":year"), QString::number(year));
    if (!q.exec() || !q.next())
        return Status::failure(q.lastError().text());
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (name == QLatin1String("provided"))
            figures.provided[family] =
                figures.provided.value(family) || q.value(i).toLongLong() > 0;
        else if (const FormIndicator *indicator = indicatorNamed(name))
            figures.values[FormIndicators::code(*indicator)] = q.value(i).toLongLong();
    }
    return {};
}

// The year a date stored as ISO text falls in: its first four characters.
const QString draftsSql = QStringLiteral(
    "SELECT "
    "coalesce(sum(CASE WHEN substr(adopted_on, 1, 4) = :year THEN 1 ELSE 0 END), 0) AS a1, "
    "coalesce(sum(CASE WHEN substr(announced_on, 1, 4) = :year THEN 1 ELSE 0 END), 0) AS a2, "
    "coalesce(sum(CASE WHEN substr(announced_on, 1, 4) = :year AND announced_website = 1 THEN 1 "
    "ELSE 0 END), 0) AS a2_1, "
    "coalesce(sum(CASE WHEN substr(announced_on, 1, 4) = :year AND announced_headquarters = 1 THEN "
    "1 ELSE 0 END), 0) AS a2_2, "
    "coalesce(sum(CASE WHEN substr(announced_on, 1, 4) = :year AND announced_media = 1 THEN 1 ELSE "
    "0 END), 0) AS a2_3, "
    "coalesce(sum(CASE WHEN substr(announced_on, 1, 4) = :year THEN info_requests_persons + "
    "info_requests_associations "
    "  ELSE 0 END), 0) AS a3, "
    "coalesce(sum(CASE WHEN substr(announced_on, 1, 4) = :year THEN info_requests_persons ELSE 0 "
    "END), 0) AS a3_1, "
    "coalesce(sum(CASE WHEN substr(announced_on, 1, 4) = :year THEN info_requests_associations "
    "ELSE 0 END), 0) AS a3_2, "
    "coalesce(sum(CASE WHEN substr(announced_on, 1, 4) = :year AND sent_to_persons = 1 THEN 1 ELSE "
    "0 END), 0) AS a4, "
    "coalesce(sum(CASE WHEN substr(announced_on, 1, 4) = :year AND sent_to_associations = 1 THEN 1 "
    "ELSE 0 END), 0) AS a5, "
    "coalesce(sum(CASE WHEN substr(announced_on, 1, 4) = :year AND EXISTS (SELECT 1 FROM "
    "recommendation r "
    "  WHERE r.draft_id = d.id AND r.decision IN ('accepted', 'partially_accepted')) THEN 1 ELSE 0 "
    "END), 0) AS a8_2, "
    "coalesce(sum(CASE WHEN substr(announced_on, 1, 4) = :year AND NOT EXISTS (SELECT 1 FROM "
    "recommendation r "
    "  WHERE r.draft_id = d.id AND r.decision IN ('accepted', 'partially_accepted')) THEN 1 ELSE 0 "
    "END), 0) AS a8_3, "
    "coalesce(sum(CASE WHEN debate_held = 1 AND substr(debate_held_on, 1, 4) = :year THEN 1 ELSE 0 "
    "END), 0) AS a9, "
    "coalesce(sum(CASE WHEN debate_held = 1 AND substr(debate_held_on, 1, 4) = :year "
    "  AND debate_requester_kind = 'association' THEN 1 ELSE 0 END), 0) AS a9_1, "
    "coalesce(sum(CASE WHEN debate_held = 1 AND substr(debate_held_on, 1, 4) = :year "
    "  AND (debate_requester_kind IS NULL OR debate_requester_kind <> 'association') THEN 1 ELSE 0 "
    "END), 0) AS a9_2, "
    "coalesce(sum(CASE WHEN substr(adopted_on, 1, 4) = :year AND procedure <> 'normal' THEN 1 ELSE "
    "0 END), 0) AS a10, "
    "count(CASE WHEN substr(announced_on, 1, 4) = :year OR substr(adopted_on, 1, 4) = :year "
    "  OR substr(debate_held_on, 1, 4) = :year THEN 1 END) AS provided "
    "FROM draft_act d WHERE d.institution_id = :institution");

const QString recommendationsSql =
    QStringLiteral("SELECT count(*) AS a7, "
                   "coalesce(sum(r.received_online), 0) AS a7_1, "
                   "coalesce(sum(CASE WHEN r.decision IN ('accepted', 'partially_accepted') THEN 1 "
                   "ELSE 0 END), 0) AS a8, "
                   "coalesce(sum(CASE WHEN r.decision = 'rejected' AND "
                   "r.rejection_justification_sent = 1 THEN 1 ELSE 0 END), 0) AS a8_1, "
                   "count(*) AS provided "
                   "FROM recommendation r JOIN draft_act d ON d.id = r.draft_id "
                   "WHERE d.institution_id = :institution AND substr(r.received_on, 1, 4) = :year");

const QString meetingsSql = QStringLiteral(
    "SELECT "
    "coalesce(sum(is_public), 0) AS b1, "
    "coalesce(sum(CASE WHEN is_public = 1 AND announced_headquarters = 1 THEN 1 ELSE 0 END), 0) AS "
    "b2_1, "
    "coalesce(sum(CASE WHEN is_public = 1 AND announced_website = 1 THEN 1 ELSE 0 END), 0) AS "
    "b2_2, "
    "coalesce(sum(CASE WHEN is_public = 1 AND announced_media = 1 THEN 1 ELSE 0 END), 0) AS b2_3, "
    "coalesce(sum(CASE WHEN is_public = 1 THEN coalesce(participants, 0) ELSE 0 END), 0) AS b3, "
    "coalesce(sum(CASE WHEN is_public = 1 AND media_present = 1 THEN 1 ELSE 0 END), 0) AS b4, "
    "coalesce(sum(CASE WHEN is_public = 1 THEN recommendations_expressed ELSE 0 END), 0) AS b5, "
    "coalesce(sum(CASE WHEN is_public = 1 THEN recommendations_included ELSE 0 END), 0) AS b6, "
    "coalesce(sum(CASE WHEN is_public = 0 THEN 1 ELSE 0 END), 0) AS b7, "
    "coalesce(sum(CASE WHEN is_public = 0 AND closed_reason = 'classified' THEN 1 ELSE 0 END), 0) "
    "AS b7_a, "
    "coalesce(sum(CASE WHEN is_public = 0 AND closed_reason = 'secret_vote' THEN 1 ELSE 0 END), 0) "
    "AS b7_b, "
    "coalesce(sum(CASE WHEN is_public = 0 AND closed_reason = 'other' THEN 1 ELSE 0 END), 0) AS "
    "b7_c, "
    "coalesce(sum(CASE WHEN is_public = 1 AND minutes_drawn_up = 1 THEN 1 ELSE 0 END), 0) AS b8, "
    "coalesce(sum(CASE WHEN is_public = 1 AND minutes_published = 1 THEN 1 ELSE 0 END), 0) AS b9, "
    "count(*) AS provided "
    "FROM public_meeting WHERE institution_id = :institution AND substr(held_on, 1, 4) = :year");

const QString courtSql = QStringLiteral(
    "SELECT count(*) AS c1, "
    "coalesce(sum(CASE WHEN status = 'won_by_plaintiff' THEN 1 ELSE 0 END), 0) AS c1_a, "
    "coalesce(sum(CASE WHEN status = 'won_by_institution' THEN 1 ELSE 0 END), 0) AS c1_b, "
    "coalesce(sum(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), 0) AS c1_c, "
    "count(*) AS provided "
    "FROM court_case WHERE institution_id = :institution AND year = :year_number");

const QString liaisonSql =
    QStringLiteral("SELECT count(*) AS a6, count(*) AS provided FROM institution "
                   "WHERE id = :institution AND coalesce(liaison_name, '') <> ''");

Result<RecordFigures> fromRecords(const QSqlDatabase &db, qint64 institutionId, int year)
{
    RecordFigures figures;
    const std::pair<const QString *, FigureFamily> queries[] = {
        {&draftsSql, FigureFamily::Drafts},
        {&recommendationsSql, FigureFamily::Recommendations},
        {&meetingsSql, FigureFamily::Meetings},
        {&courtSql, FigureFamily::CourtCases},
        {&liaisonSql, FigureFamily::Liaison},
    };
    for (const auto &[sql, family] : queries) {
        if (Status s = aggregate(db, *sql, institutionId, year, family, figures); !s)
            return Result<RecordFigures>::failure(s.error());
    }
    // Recommendations are "provided" by the drafts too: drafts with none received say 0.
    if (figures.provided.value(FigureFamily::Drafts))
        figures.provided[FigureFamily::Recommendations] = true;
    return figures;
}

QVariant share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QVariant(QMetaType::fromType<double>());
    return 100.0 * double(part) / double(whole);
}

} // namespace

QString Figure::displayValue() const
{
    const FormIndicator *indicator = FormIndicators::find(code);
    if (!provided && (!indicator || indicator->kind != FigureKind::Percent))
        return {}; // nobody gave it: unknown, never a zero
    return displayValue(code, value);
}

QString Figure::displayValue(const QString &code, const QVariant &value)
{
    const FormIndicator *indicator = FormIndicators::find(code);
    if (!indicator)
        return value.toString();
    switch (indicator->kind) {
    case FigureKind::Percent:
        return value.isNull() ? QStringLiteral("n/a") : QString::number(value.toDouble(), 'f', 1);
    case FigureKind::Text:
        return value.toString().simplified();
    case FigureKind::Choice:
        return FormIndicators::evaluationLabel(value.toString());
    case FigureKind::Count:
        break;
    }
    return QString::number(value.toLongLong());
}

bool Figure::differsFromRecords() const
{
    if (source != FigureSource::Report || !recordsProvided)
        return false;
    const FormIndicator *indicator = FormIndicators::find(code);
    return indicator && indicator->kind == FigureKind::Count &&
           value.toLongLong() != recordsValue.toLongLong();
}

QString Figure::sourceCode(FigureSource source)
{
    switch (source) {
    case FigureSource::Manual:
        return QStringLiteral("manual");
    case FigureSource::Report:
        return QStringLiteral("report");
    case FigureSource::Records:
        break;
    }
    return QStringLiteral("records");
}

Result<QList<Figure>> AnnualFigures::compute(const QSqlDatabase &db, qint64 institutionId, int year)
{
    using R = Result<QList<Figure>>;
    const Result<RecordFigures> records = fromRecords(db, institutionId, year);
    if (!records)
        return R::failure(records.error());

    struct Manual
    {
        qint64 value;
        QString by;
        QDateTime at;
    };
    QHash<QString, Manual> manual;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT code, value, entered_by, entered_at FROM transparency_manual_figure "
                       "WHERE institution_id = :institution AND year = :year"));
    q.bindValue(QStringLiteral(":institution"), institutionId);
    q.bindValue(QStringLiteral(":year"), year);
    if (!q.exec())
        return R::failure(q.lastError().text());
    while (q.next())
        manual.insert(q.value(0).toString(),
                      {q.value(1).toLongLong(), q.value(2).toString(),
                       QDateTime::fromString(q.value(3).toString(), Qt::ISODate)});

    QHash<QString, ReportValue> reported;
    if (const std::optional<ReceivedReport> report =
            AnnualReportRepository(db).received(institutionId, year)) {
        for (const ReportValue &v : report->values)
            reported.insert(v.code, v);
    }

    QList<Figure> figures;
    for (const FormIndicator &indicator : FormIndicators::all()) {
        Figure f;
        f.code = FormIndicators::code(indicator);
        const bool provided = records->provided.value(indicator.family);
        if (indicator.kind == FigureKind::Count) {
            f.value = records->values.value(f.code, qint64(0)).toLongLong();
            f.provided = provided;
            f.recordsValue = f.value;
            f.recordsProvided = provided;
            const auto m = manual.constFind(f.code);
            if (m != manual.constEnd()) {
                if (provided) {
                    f.manualIgnored = true;
                } else {
                    f.value = m->value;
                    f.source = FigureSource::Manual;
                    f.provided = true;
                    f.enteredBy = m->by;
                    f.enteredAt = m->at;
                }
            }
        } else if (indicator.kind != FigureKind::Percent) {
            f.value = QString();
        }
        if (const auto r = reported.constFind(f.code); r != reported.constEnd()) {
            f.value = r->value;
            f.source = FigureSource::Report;
            f.provided = true;
            f.cell = r->cell;
        }
        figures << f;
    }
    // Shares are computed from the figures as they stand, never typed.
    Figure &percent = figures[FormIndicators::indexOf(QStringLiteral("A7_2"))];
    const Figure &online = figures.at(FormIndicators::indexOf(QStringLiteral("A7_1")));
    const Figure &received = figures.at(FormIndicators::indexOf(QStringLiteral("A7")));
    percent.value = share(online.value.toLongLong(), received.value.toLongLong());
    percent.provided = online.provided && received.provided;
    if (online.source == FigureSource::Manual || received.source == FigureSource::Manual)
        percent.source = FigureSource::Manual;
    else if (online.source == FigureSource::Report && received.source == FigureSource::Report)
        percent.source = FigureSource::Report;
    else
        percent.source = FigureSource::Records;
    return figures;
}

Result<QList<Figure>> AnnualFigures::totals(const QSqlDatabase &db, int year)
{
    using R = Result<QList<Figure>>;
    QList<QList<Figure>> perInstitution;
    const QList<NameMatcher::Candidate> institutions = InstitutionRepository(db).candidates();
    for (const NameMatcher::Candidate &institution : institutions) {
        if (!reported(db, institution.id, year))
            continue; // listed as missing, never counted as zeros
        const R figures = compute(db, institution.id, year);
        if (!figures)
            return figures;
        perInstitution << figures.value();
    }
    return sum(perInstitution);
}

QList<Figure> AnnualFigures::sum(const QList<QList<Figure>> &perInstitution)
{
    QList<Figure> totals;
    for (const FormIndicator &indicator : FormIndicators::all()) {
        Figure f;
        f.code = FormIndicators::code(indicator);
        f.value = qint64(0);
        totals << f;
    }
    QList<bool> sourced(totals.size(), false);
    for (const QList<Figure> &figures : perInstitution) {
        for (int i = 0; i < totals.size() && i < figures.size(); ++i) {
            const Figure &f = figures.at(i);
            Figure &t = totals[i];
            const FigureKind kind = FormIndicators::all()[i].kind;
            if (kind == FigureKind::Count)
                t.value = t.value.toLongLong() + (f.provided ? f.value.toLongLong() : 0);
            else if ((kind == FigureKind::Text || kind == FigureKind::Choice) && f.provided &&
                     !f.value.toString().isEmpty())
                t.value = t.value.toLongLong() + 1; // the answers received
            t.provided = t.provided || f.provided;
            if (!f.provided)
                continue;
            // One source when all the figures summed share it; "manual" as soon as one was typed.
            if (!sourced[i]) {
                t.source = f.source;
                sourced[i] = true;
            } else if (t.source != f.source && t.source != FigureSource::Manual) {
                t.source =
                    f.source == FigureSource::Manual ? FigureSource::Manual : FigureSource::Records;
            }
        }
    }
    Figure &percent = totals[FormIndicators::indexOf(QStringLiteral("A7_2"))];
    percent.value =
        share(totals.at(FormIndicators::indexOf(QStringLiteral("A7_1"))).value.toLongLong(),
              totals.at(FormIndicators::indexOf(QStringLiteral("A7"))).value.toLongLong());
    return totals;
}

bool AnnualFigures::reported(const QSqlDatabase &db, qint64 institutionId, int year)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT 1 FROM transparency_report WHERE institution_id = :institution AND year = :year"));
    q.bindValue(QStringLiteral(":institution"), institutionId);
    q.bindValue(QStringLiteral(":year"), year);
    return q.exec() && q.next();
}

QList<Institution> AnnualFigures::missing(const QSqlDatabase &db, int year)
{
    QList<Institution> result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT i.id FROM institution i WHERE NOT EXISTS (SELECT 1 FROM transparency_report r "
        "WHERE r.institution_id = i.id AND r.year = :year) ORDER BY i.name_sort, i.id"));
    q.bindValue(QStringLiteral(":year"), year);
    if (!q.exec())
        return result;
    const InstitutionRepository repository(db);
    while (q.next()) {
        if (auto institution = repository.find(q.value(0).toLongLong()))
            result << *institution;
    }
    return result;
}

bool AnnualFigures::recordsProvide(const QSqlDatabase &db, qint64 institutionId, int year,
                                   const QString &code)
{
    const FormIndicator *indicator = FormIndicators::find(code);
    if (!indicator)
        return false;
    const Result<RecordFigures> records = fromRecords(db, institutionId, year);
    return records && records->provided.value(indicator->family);
}

} // namespace dc
