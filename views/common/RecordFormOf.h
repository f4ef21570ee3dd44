#pragma once

#include "common/RecordForm.h"

#include <memory>

namespace dc {

/// A RecordForm of one kind of record laid out by the Designer form @p Ui: it holds the form's
/// widgets (m_ui, set up here) and the record as loaded (m_original). A form implements load()
/// and record(), and isChanged() where a record's audit text (toJson()) is not the comparison.
template <typename Record, typename Ui> class RecordFormOf : public RecordForm
{
public:
    /// Fills the fields with @p record; what the fields make of it is the record as loaded, so
    /// that Save stays disabled until something changes.
    void setRecord(const Record &record)
    {
        const Loading loading(this);
        m_original = record;
        load(record);
        m_original = this->record();
        m_original.id = record.id;
    }

    /// Shows @p record in the fields, the record loaded staying what it was (to see how another
    /// version of the record looks in this form).
    void showRecord(const Record &record)
    {
        const Loading loading(this);
        load(record);
    }

    /// Takes @p theirs (another user's version of the record) as the record loaded, the fields
    /// keeping what they hold: Save is then enabled as long as they differ from it.
    void rebase(const Record &theirs)
    {
        const Record mine = record();
        const Loading loading(this);
        load(theirs);
        m_original = record();
        m_original.id = theirs.id;
        load(mine);
    }

    /// The record as the form holds it now (with the id of the record loaded).
    virtual Record record() const = 0;

    bool isChanged() const override
    {
        return m_original.id == 0 || record().toJson() != m_original.toJson();
    }

protected:
    explicit RecordFormOf(QWidget *parent)
        : RecordForm(parent), m_ui(new Ui, [](Ui *ui) { delete ui; })
    {
        m_ui->setupUi(this);
    }

    /// Fills the fields with @p record (m_original holds it already).
    virtual void load(const Record &record) = 0;

    /// Deleted through the function given where the Ui is complete (the form's .cpp).
    const std::unique_ptr<Ui, void (*)(Ui *)> m_ui;
    Record m_original;
};

} // namespace dc
