#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <optional>

class QWidget;

// When a form is saved over a record that someone else saved while it was open (another
// official on the same server): what each side changed, field by field, and the user's choice.
// The record is compared as a whole (toJson(), what the audit log keeps) when Save is pressed;
// the fields are shown as the form shows them.

namespace dc {

/// One row of a form as the user sees it: its label, the text its fields show, and the values
/// they hold (to put another version's value back in them).
struct FieldText
{
    QString label;
    QString text;
    QList<QPair<QWidget *, QVariant>> values;
};

/// The fields of @p form, row by row of its form layouts, then the fields its other labels name
/// (their buddies), as the user sees them (a list's checked items, a box's yes or no, a date as
/// written).
QList<FieldText> formTexts(const QWidget &form);

/// Puts in the fields of @p row the values it had when it was read.
void restoreValues(const FieldText &row);

/// What the user does about another's change.
enum class ConflictChoice
{
    KeepMine,   ///< saves the form over the other's change
    TakeTheirs, ///< closes the form, keeping the other's change
    BackToForm, ///< back to the form, their changes put in the fields the user did not change
};

/// Asks over @p form, showing the fields that either side changed from @p before: the record as
/// the form loaded it, as someone else saved it (@p theirs) and as the form holds it (@p mine).
ConflictChoice askAboutConflict(QWidget *form, const QList<FieldText> &before,
                                const QList<FieldText> &theirs, const QList<FieldText> &mine);

/// Before the edit of a record is saved from @p form (a RecordFormOf): when the record stored now
/// (@p current) is not the one the form loaded (@p loaded), someone else saved it meanwhile and
/// the user chooses. Empty to go on saving; else what Save returns: true closes the form without
/// saving (their version kept), false keeps it open with both combined: the other's values in the
/// fields the user did not change, the user's in the others; @p loaded and the form's loaded
/// record are then the other's, so that the next Save saves what the form holds.
template <typename Form, typename Record>
std::optional<bool> settleConflict(Form *form, Record &loaded, const Record &current)
{
    if (current.toJson() == loaded.toJson())
        return std::nullopt;
    const Record mine = form->record();
    if (mine.toJson() == current.toJson())
        return true; // both made the same change: nothing left to save
    const QList<FieldText> mineTexts = formTexts(*form);
    form->showRecord(current);
    const QList<FieldText> theirsTexts = formTexts(*form);
    form->showRecord(loaded);
    const QList<FieldText> beforeTexts = formTexts(*form);
    form->showRecord(mine);
    switch (askAboutConflict(form, beforeTexts, theirsTexts, mineTexts)) {
    case ConflictChoice::KeepMine:
        return std::nullopt;
    case ConflictChoice::TakeTheirs:
        return true;
    case ConflictChoice::BackToForm:
        break;
    }
    form->rebase(current);
    loaded = current;
    const qsizetype rows = std::min({beforeTexts.size(), theirsTexts.size(), mineTexts.size()});
    for (qsizetype i = 0; i < rows; ++i) {
        if (mineTexts.at(i).text == beforeTexts.at(i).text &&
            theirsTexts.at(i).text != beforeTexts.at(i).text)
            restoreValues(theirsTexts.at(i));
    }
    form->recheck();
    return false;
}

} // namespace dc
