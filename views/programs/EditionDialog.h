#pragma once

#include "programs/Edition.h"
#include "programs/Program.h"

#include "common/RecordForm.h"

#include <memory>

namespace Ui {
class EditionDialog;
}

namespace dc {

/// The form of an edition (number, year, period, objective, status); for a new program also its
/// name. Save is enabled only when the edition (and the program) is valid and changed.
class EditionDialog final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditionDialog)

public:
    /// With @p newProgram the form also asks for the name of the program the edition opens.
    EditionDialog(Edition edition, bool newProgram, QWidget *parent = nullptr);
    ~EditionDialog() override;

    Edition edition() const;
    /// The edition as the form holds it (for the conflict check, see settleConflict()).
    Edition record() const { return edition(); }
    /// Shows @p edition in the fields, the edition loaded staying what it was.
    void showRecord(const Edition &edition);
    /// Takes @p theirs (another user's version) as the edition loaded, the fields keeping what
    /// they hold.
    void rebase(const Edition &theirs);
    /// The new program as the form says (only its name).
    Program program() const;
    QStringList problems() const override;
    bool isChanged() const override;

private:
    void load(const Edition &edition);

    std::unique_ptr<Ui::EditionDialog> m_ui;
    Edition m_original;
    bool m_newProgram = false;
};

} // namespace dc
