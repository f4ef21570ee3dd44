#include "Seeding.h"

#include "programs/Program.h"
#include "programs/ProgramRepository.h"
#include "registry/Geography.h"
#include "registry/OrganizationRepository.h"
#include "transparency/DraftActRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QDate>

namespace dc::test {

qint64 addedId(const Result<qint64> &id)
{
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? *id : 0;
}

qint64 addProgram(const QSqlDatabase &db, const QString &name)
{
    Program p;
    p.name = name;
    return addedId(ProgramRepository(db).addProgram(p));
}

Edition wholeYearEdition(qint64 programId, int number, int year)
{
    Edition e;
    e.programId = programId;
    e.number = number;
    e.year = year;
    e.startDate = QDate(year, 1, 1);
    e.endDate = QDate(year, 12, 31);
    return e;
}

Edition themedEditionWithoutPeriod()
{
    Edition e;
    e.id = 7;
    e.programId = 1;
    e.number = 2;
    e.year = 2021;
    e.centralTheme = QStringLiteral("Optimizarea parteneriatului");
    e.otherThemes = {QStringLiteral("centrele de voluntariat"), QStringLiteral("teme propuse")};
    return e;
}

qint64 addProgramEdition(const QSqlDatabase &db, const QString &name, int number, int year)
{
    const qint64 program = addProgram(db, name);
    if (program == 0)
        return 0;
    return addedId(ProgramRepository(db).addEdition(wholeYearEdition(program, number, year)));
}

Event videoconference(qint64 editionId, int number, const QDate &date, const QList<int> &regionIds)
{
    Event e;
    e.editionId = editionId;
    e.kind = EventKind::Videoconference;
    e.number = number;
    e.date = date;
    e.regionIds = regionIds;
    return e;
}

qint64 addOrganization(const QSqlDatabase &db, const QString &name, const QString &county)
{
    Organization o;
    o.name = name;
    o.countyId = Geography::load(db).findCounty(county).value_or(0);
    return addedId(OrganizationRepository(db).add(o));
}

qint64 addInstitution(const QSqlDatabase &db, const QString &name, InstitutionKind kind,
                      const QString &liaisonName)
{
    Institution i;
    i.name = name;
    i.kind = kind;
    i.liaisonName = liaisonName;
    return addedId(InstitutionRepository(db).add(i));
}

Recommendation testRecommendation(qint64 draftId, const QDate &received,
                                  RecommendationDecision decision)
{
    Recommendation r;
    r.draftId = draftId;
    r.authorName = QStringLiteral("Asociația Test");
    r.receivedOn = received;
    r.text = QStringLiteral("Text");
    r.decision = decision;
    return r;
}

qint64 addRecommendation(const QSqlDatabase &db, qint64 draftId, const QDate &received,
                         RecommendationDecision decision, bool online, bool justificationSent)
{
    Recommendation r = testRecommendation(draftId, received, decision);
    if (decision == RecommendationDecision::PartiallyAccepted ||
        decision == RecommendationDecision::Rejected)
        r.justification = QStringLiteral("Motiv");
    r.receivedOnline = online;
    r.rejectionJustificationSent = justificationSent;
    return addedId(DraftActRepository(db).addRecommendation(r));
}

} // namespace dc::test
