#pragma once

#include "core/Result.h"
#include "documents/ReportDocument.h"
#include "transparency/AnnualFigures.h"
#include "transparency/Institution.h"
#include "transparency/ReportStatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dc {
class Database;
}

namespace dc::reports {

/// One institution's line of the national synthesis, taken from its AnnualFigures.
struct InstitutionTransparency
{
    qint64 institutionId = 0;
    QString name;
    InstitutionKind kind = InstitutionKind::Ministry;
    bool reported = false;     ///< its annual report for the year was received
    ReportStatus status;       ///< received on time, late, or missing
    qint64 received = 0;       ///< A7
    qint64 included = 0;       ///< A8
    qint64 debates = 0;        ///< A9_1 + A9_2: public debates held
    qint64 publicMeetings = 0; ///< B1
    qint64 closedMeetings = 0; ///< B7
    bool manual = false;       ///< one of these figures was typed from a paper report

    /// included / received in percent; empty when nothing was received.
    std::optional<double> includedShare() const;
};

/// The groups of institutions the national synthesis counts apart.
enum class InstitutionGroup
{
    Central,
    Prefecture,
    Local
};
inline constexpr InstitutionGroup institutionGroups[] = {
    InstitutionGroup::Central, InstitutionGroup::Prefecture, InstitutionGroup::Local};
InstitutionGroup institutionGroup(InstitutionKind kind);
QString institutionGroupName(InstitutionGroup group);

/// The figures behind the national synthesis of one year (document 3) and the dashboard: the
/// totals and per-institution figures are AnnualFigures' own, and count only the institutions
/// that reported.
struct TransparencySynthesisData
{
    Q_DECLARE_TR_FUNCTIONS(TransparencyReports)

public:
    int year = 0;
    QList<Figure>
        totals; ///< over the institutions that reported, in the order of FormIndicators::all()
    QMap<InstitutionGroup, QList<Figure>> groupTotals; ///< the same, per group of institutions
    QList<Figure>
        previousTotals; ///< the year before, over those that reported then; empty when none did
    QList<InstitutionTransparency> institutions; ///< every institution, Romanian alphabetical order
    QList<Institution> missing;                  ///< AnnualFigures::missing
    QMap<QString, QMap<InstitutionGroup, int>>
        evaluations;     ///< D1 key ("" when not given) -> group -> count
    QString conclusions; ///< the Service's own, for the year

    /// The total line of the per-institution table over the institutions that reported (sums;
    /// the share recomputed from the sums).
    InstitutionTransparency sum() const;
    /// Institutions of @p group (all when empty) expected, received on time, late, missing.
    struct Completion
    {
        int expected = 0, onTime = 0, late = 0, missing = 0;
        int received() const { return onTime + late; }
        std::optional<double> rate() const;
    };
    Completion completion(std::optional<InstitutionGroup> group = std::nullopt) const;
};

/// The data of the national synthesis of @p year; a missing report's days past the deadline are
/// counted until @p today (an invalid date: the current one).
Result<TransparencySynthesisData> transparencySynthesisData(const QSqlDatabase &db, int year,
                                                            const QDate &today = QDate());

/// Document 2: the annual transparency report of one institution for one year (Law 52/2003),
/// every indicator of the evaluation form grouped by section (A consultations and drafts, B
/// public meetings, C court cases, D own evaluation), manual entries marked with who typed them
/// and when. Numbers and dates by @p locale; generated on @p today (an invalid date: the current
/// one).
Result<ReportDocument> buildInstitutionTransparencyReport(const QSqlDatabase &db,
                                                          qint64 institutionId, int year,
                                                          const QLocale &locale = QLocale(),
                                                          const QDate &today = QDate());
Result<ReportDocument> buildInstitutionTransparencyReport(Database &db, qint64 institutionId,
                                                          int year,
                                                          const QLocale &locale = QLocale(),
                                                          const QDate &today = QDate());

/// Document 3: the national synthesis of the annual reports of @p year: the totals, per
/// institution the share of recommendations included, the debates held, the meetings public vs
/// closed, and the institutions that sent no report with their days past the deadline until
/// @p today, the day the document is generated (an invalid date: the current one).
Result<ReportDocument> buildTransparencySynthesis(const QSqlDatabase &db, int year,
                                                  const QLocale &locale = QLocale(),
                                                  const QDate &today = QDate());
Result<ReportDocument> buildTransparencySynthesis(Database &db, int year,
                                                  const QLocale &locale = QLocale(),
                                                  const QDate &today = QDate());

/// How many institutions the per-institution charts show at most (those with the most
/// recommendations received): more bars would not be readable on a page.
inline constexpr int chartInstitutionLimit = 15;

/// Recommendations received vs included per institution (grouped bars), the institutions with
/// the most recommendations first; categoryKeys are the institution ids.
ChartSpec recommendationsPerInstitutionChart(const TransparencySynthesisData &data,
                                             int limit = chartInstitutionLimit);
ChartSpec recommendationsPerInstitutionChart(const QSqlDatabase &db, int year,
                                             int limit = chartInstitutionLimit);
ChartSpec recommendationsPerInstitutionChart(Database &db, int year,
                                             int limit = chartInstitutionLimit);

/// Public vs closed meetings per institution (grouped bars), the institutions with the most
/// meetings first; categoryKeys are the institution ids.
ChartSpec meetingsPerInstitutionChart(const TransparencySynthesisData &data,
                                      int limit = chartInstitutionLimit);

/// The charts of one institution's report, each of quantities of one kind: the recommendations
/// received, received online and included; the public debates held (at the request of
/// associations, of authorities) and the meetings (public, closed). Empty when all are 0.
ChartSpec institutionRecommendationsChart(const QList<Figure> &figures);
ChartSpec institutionMeetingsChart(const QList<Figure> &figures);

} // namespace dc::reports
