#include "Seeding.h"

#include "programs/Program.h"
#include "programs/ProgramRepository.h"
#include "registry/Geography.h"
#include "registry/OrganizationRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QDate>

namespace dc::test {

qint64 addProgram(const QSqlDatabase &db, const QString &name)
{
    Program p;
    p.name = name;
    const Result<qint64> id = ProgramRepository(db).addProgram(p);
    return id ? *id : 0;
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

qint64 addProgramEdition(const QSqlDatabase &db, const QString &name, int number, int year)
{
    const qint64 program = addProgram(db, name);
    if (program == 0)
        return 0;
    const Result<qint64> id =
        ProgramRepository(db).addEdition(wholeYearEdition(program, number, year));
    return id ? *id : 0;
}

qint64 addOrganization(const QSqlDatabase &db, const QString &name, const QString &county)
{
    Organization o;
    o.name = name;
    o.countyId = Geography::load(db).findCounty(county).value_or(0);
    const Result<qint64> id = OrganizationRepository(db).add(o);
    return id ? *id : 0;
}

qint64 addInstitution(const QSqlDatabase &db, const QString &name, InstitutionKind kind,
                      const QString &liaisonName)
{
    Institution i;
    i.name = name;
    i.kind = kind;
    i.liaisonName = liaisonName;
    const Result<qint64> id = InstitutionRepository(db).add(i);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? *id : 0;
}

} // namespace dc::test
