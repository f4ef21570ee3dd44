#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

/// One item of a model of the annual report: a section title or a figure, with where it stands
/// on that model (its numbering or printed code) and its label as printed on the form.
struct ReportModelItem
{
    enum class Kind
    {
        Section,
        Number,
        Percent,
        Text,
        Choice
    };
    struct Choice
    {
        QString key;   ///< "very_good", as stored
        QString label; ///< "foarte bună", as printed on the form
    };

    QString code;      ///< the code common to every model ("A10"), or the section letter
    QString numbering; ///< where it stands on this model: "9.1 a" on the current model, "A9" on the
                       ///< older
    QString printed;   ///< the code printed on the form, where the model prints codes ("A_10")
    QString label;     ///< Romanian, as on the form
    Kind kind = Kind::Number;
    QString parent;                 ///< the item or section it belongs to
    QString numerator, denominator; ///< a percentage: computed from these two codes
    QList<Choice> choices;          ///< a choice: the allowed answers
    bool toCheck = false; ///< taken from another model, still to be checked against this one

    bool isFigure() const { return kind != Kind::Section; }
    static QString kindName(Kind kind);
    static std::optional<Kind> kindNamed(const QString &name);
};

/// A model of the annual report on Law 52/2003 (the form the Secretariat General publishes and
/// the institutions fill in), read from a data file: the form is data, not code, so the office
/// can load a corrected model without a new release. Two are built in (resources/reportmodels).
class ReportModel final
{
    Q_DECLARE_TR_FUNCTIONS(ReportModel)

public:
    QString id;        ///< "anexa-20"
    QString name;      ///< as printed on the form
    int validFrom = 0; ///< the first report year it applies to
    QString note;
    QList<ReportModelItem> items; ///< in the form's order
    bool builtIn = false;

    /// Reads and checks a model file; the message names the file, the item and the problem.
    static Result<ReportModel> parse(const QByteArray &json, const QString &fileName);
    QByteArray toJson() const;

    const ReportModelItem *item(const QString &code) const;
    /// The figure items, without the section titles.
    QList<ReportModelItem> figures() const;
    /// True when the model prints codes beside its items (the older model).
    bool printsCodes() const;

    /// The built-in models, oldest first.
    static const QList<ReportModel> &builtInModels();
};

} // namespace dc
