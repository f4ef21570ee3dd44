#include "OrganizationFilter.h"

#include "core/Text.h"
#include "storage/Query.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace dc {

void SqlClause::bindTo(QSqlQuery &query) const
{
    for (const auto &[name, value] : binds)
        query.bindValue(name, value);
}

QStringList searchWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression fiscal(QStringLiteral("^ro([0-9]{2,10})$"));
    QStringList terms;
    QString typed = text.left(maxSearchLength);
    if (text.size() > maxSearchLength && text.at(maxSearchLength).isLetterOrNumber()) {
        // Cut at a word's end: half a word would search for something nobody typed.
        qsizetype end = typed.size();
        while (end > 0 && typed.at(end - 1).isLetterOrNumber())
            --end;
        typed.truncate(end);
    }
    const QStringList words =
        text::normalized(typed).toLower().split(separators, Qt::SkipEmptyParts);
    for (QString word : words) {
        word.remove(QLatin1Char('_'));
        if (const QRegularExpressionMatch m = fiscal.match(word); m.hasMatch())
            word = m.captured(1); // "RO12345678": the CIF is stored without RO
        if (!word.isEmpty() && !terms.contains(word))
            terms << word;
        if (terms.size() == maxSearchTerms)
            break;
    }
    return terms;
}

QString ftsPrefixQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : searchWords(text))
        terms << QLatin1Char('"') + word + QLatin1String("\"*");
    return terms.join(QLatin1Char(' '));
}

SqlClause searchCondition(const QSqlDatabase &db, const QString &text, SearchPlan plan)
{
    SqlClause clause;
    const QStringList words = searchWords(text);
    if (words.isEmpty())
        return clause;
    // The unary + keeps SQLite from driving the query by the list of matches.
    const QString id = plan == SearchPlan::FromSortOrder && !query::isServer(db)
                           ? QStringLiteral("+o.id")
                           : QStringLiteral("o.id");
    if (!query::isServer(db)) {
        clause.sql = id + QStringLiteral(" IN (SELECT rowid FROM organization_fts WHERE "
                                         "organization_fts MATCH :fts)");
        clause.binds.append({QStringLiteral(":fts"), ftsPrefixQuery(text)});
        return clause;
    }
    // At the beginning of a word, as FTS5's prefix terms: the folded text the server keeps is its
    // words, each after one space (schema step 16), whose trigram index then proposes only the
    // rows with a word that begins so. The words typed hold only letters and digits: nothing in
    // them is special to LIKE.
    QStringList conditions;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString name = QStringLiteral(":word%1").arg(i);
        conditions << QStringLiteral("o.search_text LIKE ('% ' || %1 || '%')").arg(name);
        clause.binds.append({name, text::folded(words.at(i))});
    }
    clause.sql = QLatin1Char('(') + conditions.join(QLatin1String(" AND ")) + QLatin1Char(')');
    return clause;
}

QString searchOrder(const QSqlDatabase &db)
{
    // FTS5's rank weighs a match in the name, acronym or fiscal code above one in the locality or
    // purposes; on a server the organizations whose name or acronym match the first word come
    // first.
    return query::isServer(db)
               // The name folded by the program (name_folded), not folded again for every row.
               ? QStringLiteral("(concat_ws(' ', o.name_folded, lower(unaccent(o.acronym)), o.cif) "
                                "~ ('\\m' || :word0)) DESC, o.name_sort")
               : QStringLiteral("f.rank, o.name_sort");
}

bool isTextOnly(const OrganizationFilter &f)
{
    OrganizationFilter withoutText = f;
    withoutText.text.clear();
    return withoutText == OrganizationFilter() && !ftsPrefixQuery(f.text).isEmpty();
}

SqlClause organizationWhere(const QSqlDatabase &db, const OrganizationFilter &f, SearchPlan plan)
{
    SqlClause clause = searchCondition(db, f.text, plan);
    QStringList conditions;
    if (!clause.sql.isEmpty())
        conditions << clause.sql;
    if (f.countyId == OrganizationFilter::undeterminedCounty) {
        conditions << QStringLiteral("o.county_id IS NULL");
    } else if (f.countyId > 0) {
        conditions << QStringLiteral("o.county_id = :county");
        clause.binds.append({QStringLiteral(":county"), f.countyId});
    } else if (f.regionId > 0) {
        conditions << QStringLiteral(
            "o.county_id IN (SELECT id FROM county WHERE region_id = :region)");
        clause.binds.append({QStringLiteral(":region"), f.regionId});
    }
    if (f.kind) {
        conditions << QStringLiteral("o.kind = :kind");
        clause.binds.append({QStringLiteral(":kind"), organizationKindCode(*f.kind)});
    }
    if (f.legalForm) {
        if (*f.legalForm == LegalForm::Unknown) {
            conditions << QStringLiteral("o.legal_form IS NULL");
        } else {
            conditions << QStringLiteral("o.legal_form = :form");
            clause.binds.append({QStringLiteral(":form"), legalFormCode(*f.legalForm)});
        }
    }
    if (f.domainId > 0) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM organization_domain od WHERE "
                                     "od.organization_id = o.id AND od.domain_id = :domain)");
        clause.binds.append({QStringLiteral(":domain"), f.domainId});
    }
    if (f.volunteering) {
        conditions << QStringLiteral("o.volunteering = :volunteering");
        clause.binds.append({QStringLiteral(":volunteering"), *f.volunteering ? 1 : 0});
    }
    if (f.status) {
        conditions << QStringLiteral("o.status = :status");
        clause.binds.append({QStringLiteral(":status"), registryStatusCode(*f.status)});
    }
    if (!conditions.isEmpty())
        clause.sql = QStringLiteral("WHERE ") + conditions.join(QLatin1String(" AND "));
    return clause;
}

} // namespace dc
