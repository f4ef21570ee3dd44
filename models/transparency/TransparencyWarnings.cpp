#include "TransparencyWarnings.h"

#include "DraftActRepository.h"
#include "InstitutionRepository.h"
#include "PublicMeetingRepository.h"

namespace dc {

QList<TransparencyWarning> TransparencyWarnings::list(const QSqlDatabase &db,
                                                      std::optional<int> year, qint64 institutionId)
{
    QList<TransparencyWarning> result;
    const DraftActRepository drafts(db);
    const PublicMeetingRepository meetings(db);
    for (const Institution &institution : InstitutionRepository(db).all()) {
        if (institutionId > 0 && institution.id != institutionId)
            continue;
        QList<DraftAct> ds = drafts.drafts(institution.id);
        std::reverse(ds.begin(), ds.end()); // oldest first
        for (const DraftAct &d : std::as_const(ds)) {
            const QDate when = d.announcedOn.isValid()   ? d.announcedOn
                               : d.submittedOn.isValid() ? d.submittedOn
                                                         : d.adoptedOn;
            if (year && when.year() != *year)
                continue;
            QList<DeadlineWarning> ws = DeadlineRules::check(d);
            if (auto w = DeadlineRules::check(drafts.recommendations(d.id)))
                ws << *w;
            for (const DeadlineWarning &w : std::as_const(ws))
                result.append({institution.id, institution.name, TransparencyWarning::Record::Draft,
                               d.id, d.title, w});
        }
        QList<PublicMeeting> ms = meetings.meetings(institution.id);
        std::reverse(ms.begin(), ms.end());
        for (const PublicMeeting &m : std::as_const(ms)) {
            if (year && m.heldOn.year() != *year)
                continue;
            for (const DeadlineWarning &w : DeadlineRules::check(m))
                result.append({institution.id, institution.name,
                               TransparencyWarning::Record::Meeting, m.id, m.subject, w});
        }
    }
    return result;
}

} // namespace dc
