#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>
#include <initializer_list>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace dc {

/// The base of every record form: the record is checked as one types, its problems (which block
/// Save, each naming its field) and warnings (which do not) are shown under the fields, and Save
/// is enabled only when the record is valid and changed from what was loaded. Enter saves only
/// then; Escape and Cancel close the form without saving. The page gives the form its save action
/// (setSaveAction()): Save runs it and closes the form only when the change was made, so that a
/// change that fails (the server gone, the file locked) leaves the form open with what the user
/// typed, to save again. Tests read problems(), warnings() and saveButton().
///
/// A form derives from it, builds its fields, calls setUpForm() and watch() in its constructor,
/// and fills the fields inside a Loading scope.
class RecordForm : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordForm)

public:
    ~RecordForm() override;

    /// What prevents saving, each naming its field.
    virtual QStringList problems() const = 0;
    /// What is worth knowing but may be saved.
    virtual QStringList warnings() const;
    /// Whether the form holds something else than what was loaded; a new record counts as changed.
    virtual bool isChanged() const = 0;

    QPushButton *saveButton() const;
    /// The button that removes the record, where the form has one.
    QPushButton *removeButton() const { return m_remove; }
    /// Valid and changed: what Save is enabled for.
    bool canSave() const;
    /// The text shown under the fields: the problems, else the warnings where the form has no
    /// label of their own.
    QString messages() const;

    /// What Save does.
    enum class OnSave
    {
        Accept,  ///< closes the form as accepted; the page makes the change
        AskPage, ///< emits saveRequested(); the page makes the change and accepts the form
    };

    /// What Save does from now on, whatever setUpForm() said: runs @p save, which makes the change
    /// (and tells the user why, when it fails), and closes the form as accepted only when it
    /// returns true.
    void setSaveAction(std::function<bool()> save);
    /// With a save action: saves, and closes only when that succeeded (see setSaveAction()).
    void accept() override;
    /// Checks the fields again after they were set from outside (a version combined).
    void recheck() { check(); }

Q_SIGNALS:
    /// Save was pressed on a form that asks the page (OnSave::AskPage).
    void saveRequested();
    /// The Remove button was pressed.
    void removeRequested();

protected:
    explicit RecordForm(QWidget *parent = nullptr);

    /// Takes the form's button box (its Save button, else its Ok button, is the form's Save) and
    /// the labels of the problems and of the warnings (without one, the warnings are shown in the
    /// problems' label when there is no problem).
    void setUpForm(QDialogButtonBox *buttons, QLabel *problems, QLabel *warnings = nullptr,
                   OnSave onSave = OnSave::Accept);
    /// Adds a Remove button (with @p text) to the button box, which emits removeRequested().
    QPushButton *addRemoveButton(const QString &text);
    /// Checks the form again whenever one of @p fields changes (line and text edits, combo boxes,
    /// spin boxes, date and time edits, check boxes, list widgets).
    void watch(std::initializer_list<QWidget *> fields);
    /// Shows the problems and the warnings and enables Save; nothing while loading.
    void check();
    /// Enables or shows the fields that depend on others, before the record is checked.
    virtual void updateFields() {}

    /// While it lives the fields are filled without a check on every one of them; when it ends
    /// the form is checked once.
    class Loading final
    {
    public:
        explicit Loading(RecordForm *form) : m_form(form) { m_form->m_loading = true; }
        ~Loading()
        {
            m_form->m_loading = false;
            m_form->check();
        }
        Q_DISABLE_COPY_MOVE(Loading)

    private:
        RecordForm *m_form;
    };

private:
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_warnings = nullptr;
    std::function<bool()> m_saveAction;
    bool m_loading = false;
};

} // namespace dc
