#pragma once

#include "common/RecordForm.h"

#include <memory>

namespace dc {

/// A RecordForm of one kind of record: it holds the record as loaded (m_original), and shows
/// another version of it or takes one as loaded for the conflict check (settleConflict()). A form
/// implements load() and record(), and isChanged() where a record's audit text (toJson()) is not
/// the comparison. A record without an id (the texts of a synthesis, kept with their edition) is
/// never new.
template <typename Record> class RecordFormFor : public RecordForm
{
    static constexpr bool hasId = requires(const Record &r) { r.id; };

public:
    /// Fills the fields with @p record; what the fields make of it is the record as loaded, so
    /// that Save stays disabled until something changes.
    void setRecord(const Record &record)
    {
        const Loading loading(this);
        m_original = record;
        load(record);
        m_original = this->record();
        if constexpr (hasId)
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
        if constexpr (hasId)
            m_original.id = theirs.id;
        load(mine);
    }

    /// The record as the form holds it now (with the id of the record loaded).
    virtual Record record() const = 0;

    bool isChanged() const override
    {
        if constexpr (hasId) {
            if (m_original.id == 0)
                return true;
        }
        return record().toJson() != m_original.toJson();
    }

protected:
    explicit RecordFormFor(QWidget *parent) : RecordForm(parent) {}

    /// Fills the fields with @p record (m_original holds it already).
    virtual void load(const Record &record) = 0;

    Record m_original;
};

/// A RecordFormFor laid out by the Designer form @p Ui: it holds the form's widgets (m_ui, set up
/// here).
template <typename Record, typename Ui> class RecordFormOf : public RecordFormFor<Record>
{
protected:
    explicit RecordFormOf(QWidget *parent)
        : RecordFormFor<Record>(parent), m_ui(new Ui, [](Ui *ui) { delete ui; })
    {
        m_ui->setupUi(this);
    }

    /// Deleted through the function given where the Ui is complete (the form's .cpp).
    const std::unique_ptr<Ui, void (*)(Ui *)> m_ui;
};

} // namespace dc
