#pragma once

#include "core/Result.h"
#include "programs/Edition.h"
#include "programs/Event.h"
#include "transparency/Institution.h"
#include "transparency/Recommendation.h"

#include <QSqlDatabase>
#include <QString>

namespace dc::test {

// Records a test adds to its fresh database before it starts, through the repositories (so that
// they are valid and normalized as the program would store them).

/// The id a repository's add() returned; 0 (its error in a warning) when it refused the record.
qint64 addedId(const Result<qint64> &id);

/// A program named @p name; its id, 0 on failure.
qint64 addProgram(const QSqlDatabase &db, const QString &name);

/// Edition @p number of @p programId held in @p year, its period the whole calendar year (not
/// saved).
Edition wholeYearEdition(qint64 programId, int number, int year);

/// The 2021 edition as the seeds give it (id 7 of program 1, number 2, not saved): its central
/// theme and two other themes, its period unknown (issue 15).
Edition themedEditionWithoutPeriod();

/// A program named @p name with its edition @p number of @p year over the whole year (as
/// wholeYearEdition()); the edition's id, 0 on failure.
qint64 addProgramEdition(const QSqlDatabase &db, const QString &name, int number, int year);

/// Videoconference @p number of the edition @p editionId on @p date in the regions @p regionIds
/// (not saved): the event most tests need.
Event videoconference(qint64 editionId, int number, const QDate &date, const QList<int> &regionIds);

/// An organization named @p name in the county of code @p county ("IS", "DJ"); its id, 0 on
/// failure.
qint64 addOrganization(const QSqlDatabase &db, const QString &name,
                       const QString &county = QStringLiteral("IS"));

/// An institution named @p name of @p kind, its liaison @p liaisonName (none when empty); its id,
/// 0 on failure.
qint64 addInstitution(const QSqlDatabase &db, const QString &name,
                      InstitutionKind kind = InstitutionKind::Ministry,
                      const QString &liaisonName = QString());

/// A recommendation of "Asociația Test" ("Text") on the draft @p draftId, received on @p received
/// and decided @p decision, with no justification (not saved).
Recommendation
testRecommendation(qint64 draftId, const QDate &received,
                   RecommendationDecision decision = RecommendationDecision::Pending);

/// A recommendation of "Asociația Test" on the draft @p draftId, received on @p received (online
/// when @p online) and decided @p decision, justified ("Motiv") when partly accepted or rejected,
/// the justification of a rejection sent when @p justificationSent; its id, 0 on failure.
qint64 addRecommendation(const QSqlDatabase &db, qint64 draftId, const QDate &received,
                         RecommendationDecision decision, bool online = false,
                         bool justificationSent = false);

} // namespace dc::test
