#pragma once

#include "programs/Edition.h"
#include "programs/Program.h"

#include "common/RecordFormOf.h"

namespace Ui {
class EditionDialog;
}

namespace dc {

/// The form of an edition (number, year, period, objective, status); for a new program also its
/// name. Save is enabled only when the edition (and the program) is valid and changed.
class EditionDialog final : public RecordFormOf<Edition, Ui::EditionDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditionDialog)

public:
    /// With @p newProgram the form also asks for the name of the program the edition opens.
    EditionDialog(Edition edition, bool newProgram, QWidget *parent = nullptr);
    ~EditionDialog() override;

    Edition edition() const { return record(); }
    Edition record() const override;
    /// The new program as the form says (only its name).
    Program program() const;
    QStringList problems() const override;
    bool isChanged() const override;

private:
    void load(const Edition &edition) override;

    bool m_newProgram = false;
};

} // namespace dc
