#include "FormIndicators.h"

#include <QCoreApplication>

#include <array>

namespace dc {

namespace {

using F = FigureFamily;
using K = FigureKind;

constexpr std::array<FormIndicator, formIndicatorCount> table = {{
    {"A1", QT_TRANSLATE_NOOP("Indicators", "Draft normative acts adopted"), F::Drafts, K::Count},
    {"A2", QT_TRANSLATE_NOOP("Indicators", "Draft normative acts announced publicly"), F::Drafts,
     K::Count},
    {"A2_1", QT_TRANSLATE_NOOP("Indicators", "Drafts announced on the institution's website"),
     F::Drafts, K::Count},
    {"A2_2", QT_TRANSLATE_NOOP("Indicators", "Drafts displayed at the headquarters"), F::Drafts,
     K::Count},
    {"A2_3", QT_TRANSLATE_NOOP("Indicators", "Drafts announced in the mass media"), F::Drafts,
     K::Count},
    {"A3", QT_TRANSLATE_NOOP("Indicators", "Requests for information on drafts"), F::Drafts,
     K::Count},
    {"A3_1", QT_TRANSLATE_NOOP("Indicators", "Requests for information on drafts from persons"),
     F::Drafts, K::Count},
    {"A3_2",
     QT_TRANSLATE_NOOP("Indicators", "Requests for information on drafts from associations"),
     F::Drafts, K::Count},
    {"A3_3",
     QT_TRANSLATE_NOOP("Indicators", "Interested associations, foundations and federations on "
                                     "record (art. 52 of G.O. 26/2000)"),
     F::Report, K::Count},
    {"A4", QT_TRANSLATE_NOOP("Indicators", "Drafts sent to persons who asked for them"), F::Drafts,
     K::Count},
    {"A5", QT_TRANSLATE_NOOP("Indicators", "Drafts sent to associations who asked for them"),
     F::Drafts, K::Count},
    {"A6",
     QT_TRANSLATE_NOOP("Indicators", "Persons designated for the relation with civil society"),
     F::Liaison, K::Count},
    {"A6_1",
     QT_TRANSLATE_NOOP("Indicators", "How the persons were designated and other duties they hold"),
     F::Report, K::Text},
    {"A6_2",
     QT_TRANSLATE_NOOP(
         "Indicators",
         "The structure for the relation with associations (art. 51 of G.O. 26/2000)"),
     F::Report, K::Text},
    {"A7", QT_TRANSLATE_NOOP("Indicators", "Recommendations received"), F::Recommendations,
     K::Count},
    {"A7_1", QT_TRANSLATE_NOOP("Indicators", "Recommendations received online"), F::Recommendations,
     K::Count},
    {"A7_2", QT_TRANSLATE_NOOP("Indicators", "Share of recommendations received online (%)"),
     F::Recommendations, K::Percent},
    {"A8", QT_TRANSLATE_NOOP("Indicators", "Recommendations included in the drafts"),
     F::Recommendations, K::Count},
    {"A8_1",
     QT_TRANSLATE_NOOP("Indicators", "Written justifications of rejected recommendations sent"),
     F::Recommendations, K::Count},
    {"A8_2", QT_TRANSLATE_NOOP("Indicators", "Drafts with at least one recommendation accepted"),
     F::Drafts, K::Count},
    {"A8_3", QT_TRANSLATE_NOOP("Indicators", "Drafts with no recommendation accepted"), F::Drafts,
     K::Count},
    {"A9", QT_TRANSLATE_NOOP("Indicators", "Public debates held"), F::Drafts, K::Count},
    {"A9_1", QT_TRANSLATE_NOOP("Indicators", "Public debates at the initiative of associations"),
     F::Drafts, K::Count},
    {"A9_2",
     QT_TRANSLATE_NOOP("Indicators", "Public debates at the initiative of public authorities"),
     F::Drafts, K::Count},
    {"A10",
     QT_TRANSLATE_NOOP("Indicators",
                       "Drafts adopted without a mandatory public debate (urgency or exceptions)"),
     F::Drafts, K::Count},
    {"B1", QT_TRANSLATE_NOOP("Indicators", "Public meetings"), F::Meetings, K::Count},
    {"B2_1", QT_TRANSLATE_NOOP("Indicators", "Public meetings announced at the headquarters"),
     F::Meetings, K::Count},
    {"B2_2", QT_TRANSLATE_NOOP("Indicators", "Public meetings announced on the website"),
     F::Meetings, K::Count},
    {"B2_3", QT_TRANSLATE_NOOP("Indicators", "Public meetings announced in the mass media"),
     F::Meetings, K::Count},
    {"B3",
     QT_TRANSLATE_NOOP("Indicators",
                       "Estimated participants in public meetings (officials excluded)"),
     F::Meetings, K::Count},
    {"B4", QT_TRANSLATE_NOOP("Indicators", "Public meetings held with the mass media present"),
     F::Meetings, K::Count},
    {"B5",
     QT_TRANSLATE_NOOP("Indicators",
                       "Observations and recommendations expressed in public meetings"),
     F::Meetings, K::Count},
    {"B6",
     QT_TRANSLATE_NOOP("Indicators", "Observations and recommendations included in the decisions"),
     F::Meetings, K::Count},
    {"B7", QT_TRANSLATE_NOOP("Indicators", "Meetings not public"), F::Meetings, K::Count},
    {"B7_a",
     QT_TRANSLATE_NOOP("Indicators", "Meetings not public: classified or exempted information"),
     F::Meetings, K::Count},
    {"B7_b", QT_TRANSLATE_NOOP("Indicators", "Meetings not public: secret vote"), F::Meetings,
     K::Count},
    {"B7_c", QT_TRANSLATE_NOOP("Indicators", "Meetings not public: other reasons"), F::Meetings,
     K::Count},
    {"B8", QT_TRANSLATE_NOOP("Indicators", "Minutes of public meetings drawn up"), F::Meetings,
     K::Count},
    {"B9", QT_TRANSLATE_NOOP("Indicators", "Minutes of public meetings made public"), F::Meetings,
     K::Count},
    {"C1", QT_TRANSLATE_NOOP("Indicators", "Court cases under the law on decisional transparency"),
     F::CourtCases, K::Count},
    {"C1_a", QT_TRANSLATE_NOOP("Indicators", "Court cases won by the plaintiff"), F::CourtCases,
     K::Count},
    {"C1_b", QT_TRANSLATE_NOOP("Indicators", "Court cases won by the institution"), F::CourtCases,
     K::Count},
    {"C1_c", QT_TRANSLATE_NOOP("Indicators", "Court cases pending"), F::CourtCases, K::Count},
    {"D1",
     QT_TRANSLATE_NOOP(
         "Indicators",
         "The institution's evaluation of its partnership with citizens and associations"),
     F::Report, K::Choice},
    {"D2", QT_TRANSLATE_NOOP("Indicators", "Measures to improve the partnership"), F::Report,
     K::Text},
}};

} // namespace

std::span<const FormIndicator> FormIndicators::all()
{
    return table;
}

int FormIndicators::indexOf(const QString &code)
{
    for (int i = 0; i < int(table.size()); ++i) {
        if (code == QLatin1String(table[i].code))
            return i;
    }
    return -1;
}

const FormIndicator *FormIndicators::find(const QString &code)
{
    const int i = indexOf(code);
    return i < 0 ? nullptr : &table[i];
}

QString FormIndicators::code(const FormIndicator &indicator)
{
    return QLatin1String(indicator.code);
}

QString FormIndicators::label(const FormIndicator &indicator)
{
    return QCoreApplication::translate("Indicators", indicator.label);
}

QStringList FormIndicators::evaluationKeys()
{
    return {QStringLiteral("very_good"), QStringLiteral("good"), QStringLiteral("satisfactory"),
            QStringLiteral("unsatisfactory")};
}

QString FormIndicators::evaluationLabel(const QString &key)
{
    if (key == QLatin1String("very_good"))
        return QCoreApplication::translate("Indicators", "very good",
                                           "D1: the institution's own evaluation");
    if (key == QLatin1String("good"))
        return QCoreApplication::translate("Indicators", "good",
                                           "D1: the institution's own evaluation");
    if (key == QLatin1String("satisfactory"))
        return QCoreApplication::translate("Indicators", "satisfactory",
                                           "D1: the institution's own evaluation");
    if (key == QLatin1String("unsatisfactory"))
        return QCoreApplication::translate("Indicators", "unsatisfactory",
                                           "D1: the institution's own evaluation");
    return key;
}

} // namespace dc
