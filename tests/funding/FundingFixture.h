#pragma once

#include "funding/FundingRepository.h"
#include "registry/Organization.h"
#include "registry/OrganizationRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace dc::test {

/// A small hand-counted funding world shared by the funding tests:
/// organizations A (Cluj, CIF 4221187), B (Iași), C (București); the ministry M and the city hall
/// P; in 2025 M's calls "Voluntariat 2025" (Voluntariat, 1 000,00 lei) and "Tineret 2025"
/// (Tineret, 500,00 lei), P's "Local 2025" (no domain, 200,00 lei); in 2024 M's "Voluntariat
/// 2024" (300,00 lei). Awards are added by the tests.
struct FundingFixture
{
    qint64 a = 0, b = 0, c = 0;
    qint64 ministry = 0, cityHall = 0;
    qint64 volunteering2025 = 0, youth2025 = 0, local2025 = 0, volunteering2024 = 0;

    static int countyId(const QSqlDatabase &db, const char *code)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM county WHERE code = :code"));
        q.bindValue(QStringLiteral(":code"), QLatin1String(code));
        return q.exec() && q.next() ? q.value(0).toInt() : 0;
    }

    static qint64 domainId(const QSqlDatabase &db, const QString &folded)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM domain WHERE folded = :folded"));
        q.bindValue(QStringLiteral(":folded"), folded);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    bool build(const QSqlDatabase &db)
    {
        OrganizationRepository organizations(db);
        auto org = [&](const char *name, const char *county, const char *cif,
                       QStringList domains) -> qint64 {
            Organization o;
            o.name = QString::fromUtf8(name);
            o.countyId = countyId(db, county);
            o.cif = QLatin1String(cif);
            o.domains = domains;
            const Result<qint64> id = organizations.add(o);
            return id ? id.value() : 0;
        };
        a = org("Asociația Alfa", "CJ", "4221187",
                {QStringLiteral("Voluntariat"), QStringLiteral("Tineret")});
        b = org("Fundația Beta", "IS", "", {QStringLiteral("Voluntariat")});
        c = org("Asociația Gama", "B", "", {});
        InstitutionRepository institutions(db);
        Institution m;
        m.name = QStringLiteral("Ministerul Test");
        m.kind = InstitutionKind::Ministry;
        Institution p;
        p.name = QStringLiteral("Primăria Test");
        p.kind = InstitutionKind::CityHall;
        p.countyId = countyId(db, "IS");
        ministry = institutions.add(m).value();
        cityHall = institutions.add(p).value();
        FundingRepository funding(db);
        auto call = [&](qint64 institution, const char *name, int year, const QString &domain,
                        qint64 budgetBani) {
            FundingCall c;
            c.institutionId = institution;
            c.name = QString::fromUtf8(name);
            c.year = year;
            c.domainId = domain.isEmpty() ? 0 : domainId(db, domain);
            c.budget = Money::fromBani(budgetBani);
            const Result<qint64> id = funding.addCall(c);
            return id ? id.value() : 0;
        };
        volunteering2025 =
            call(ministry, "Voluntariat 2025", 2025, QStringLiteral("voluntariat"), 100000);
        youth2025 = call(ministry, "Tineret 2025", 2025, QStringLiteral("tineret"), 50000);
        local2025 = call(cityHall, "Local 2025", 2025, QString(), 20000);
        volunteering2024 =
            call(ministry, "Voluntariat 2024", 2024, QStringLiteral("voluntariat"), 30000);
        return a && b && c && ministry && cityHall && volunteering2025 && youth2025 && local2025 &&
               volunteering2024;
    }

    static Result<qint64> award(const QSqlDatabase &db, qint64 call, qint64 organization,
                                const char *contract, qint64 grantedBani, qint64 paidBani,
                                AwardStatus status = AwardStatus::Contracted)
    {
        FundingAward award;
        award.callId = call;
        award.organizationId = organization;
        award.project = QStringLiteral("Proiect ") + QLatin1String(contract);
        award.contractNumber = QLatin1String(contract);
        award.requested = Money::fromBani(grantedBani + 100);
        award.granted = Money::fromBani(grantedBani);
        award.paid = Money::fromBani(paidBani);
        award.status = status;
        return FundingRepository(db).addAward(award);
    }
};

} // namespace dc::test
