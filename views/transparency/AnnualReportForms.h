#pragma once

#include "common/RecordFormOf.h"
#include "core/Result.h"
#include "transparency/AnnualReportRepository.h"
#include "transparency/CourtCase.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Ui {
class CourtCasesDialog;
}

namespace dc {

/// The annual report of one institution for one year as received: the date and D, the
/// institution's own evaluation. Save (valid and changed) and Remove ask the page, which makes the
/// change and closes the form.
class AnnualReportDialog final : public RecordFormFor<AnnualReport>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnualReportDialog)

public:
    /// The form of @p report of the institution named @p institutionName: a new one (to record)
    /// when it has no id.
    AnnualReportDialog(const QString &institutionName, const AnnualReport &report,
                       QWidget *parent = nullptr);

    /// The report as typed, of the institution and year of the report loaded.
    AnnualReport record() const override;
    QDateEdit *receivedOn() const { return m_receivedOn; }
    QPlainTextEdit *selfEvaluation() const { return m_selfEvaluation; }
    QStringList problems() const override;

private:
    void load(const AnnualReport &report) override;
    /// Remove is for a report recorded (also one someone else recorded while the form was open,
    /// once the user went back to the form with it).
    void updateFields() override;

    QDateEdit *m_receivedOn = nullptr;
    QPlainTextEdit *m_selfEvaluation = nullptr;
};

/// A figure typed from a paper report: the indicator and the number. The form says, and Save
/// refuses, where the records of the institution for the year already provide the indicator.
/// Save and Remove ask the page, which makes the change and closes the form.
class ManualFigureDialog final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualFigureDialog)

public:
    ManualFigureDialog(QSqlDatabase db, qint64 institutionId, const QString &institutionName,
                       int year, QWidget *parent = nullptr);

    QString code() const;
    qint64 value() const;
    /// Selects the indicator @p code; false when it is not a number that can be typed.
    bool setCode(const QString &code);
    /// The figure of the chosen code typed earlier, if any, as stored now.
    std::optional<ManualFigure> existing() const;
    /// The figure of the chosen code as read when the code was chosen (what the form shows).
    const std::optional<ManualFigure> &shown() const { return m_shown; }
    QComboBox *codeBox() const { return m_code; }
    QSpinBox *valueBox() const { return m_value; }
    /// Why the chosen code cannot be typed; empty when it can.
    QString refusal() const;
    QLabel *refusalLabel() const { return m_refusal; }
    QStringList problems() const override;
    /// A figure not typed before, or another number.
    bool isChanged() const override;

private:
    void updateFields() override;

    QSqlDatabase m_db;
    qint64 m_institution;
    int m_year;
    QComboBox *m_code = nullptr;
    QSpinBox *m_value = nullptr;
    QLabel *m_refusal = nullptr;
    QLabel *m_entered = nullptr;
    QString m_shownCode;
    std::optional<ManualFigure> m_shown;
};

/// The court cases under the law brought against one institution: a list and a small form to
/// add, change or delete one (CourtCasesDialog.ui). Each change goes through @p change (the page's
/// undoable command).
class CourtCasesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourtCasesDialog)

public:
    /// @p change gets the case before (no id: an addition) and after (no id: a deletion).
    using Change = std::function<Status(const CourtCase &before, const CourtCase &after)>;
    CourtCasesDialog(QSqlDatabase db, qint64 institutionId, const QString &institutionName,
                     int year, Change change, QWidget *parent = nullptr);
    ~CourtCasesDialog() override;

    /// Reads the cases again (after an undo, for instance), keeping the selection.
    void reload();
    QListWidget *list() const;
    QSpinBox *yearBox() const;
    QComboBox *statusBox() const;
    QLineEdit *referenceEdit() const;
    QPushButton *addButton() const;
    QPushButton *saveButton() const;
    QPushButton *deleteButton() const;

private:
    CourtCase typed() const;
    std::optional<CourtCase> selected() const;
    void showSelected();
    /// Save and Delete of the selected case, as stored now: when someone else changed it since the
    /// list was read, the user is asked first; when they deleted it, told (or asked whether to
    /// add it again).
    void saveSelected();
    void removeSelected();
    void run(const CourtCase &before, const CourtCase &after);

    const std::unique_ptr<Ui::CourtCasesDialog> m_ui;
    QSqlDatabase m_db;
    qint64 m_institution;
    Change m_change;
    QList<CourtCase> m_cases;
};

} // namespace dc
