#pragma once

#include "programs/Edition.h"
#include "programs/Event.h"

#include "common/RecordFormOf.h"

#include <QList>
#include <QSqlDatabase>

namespace Ui {
class EventDialog;
}

namespace dc {

/// The form of a new event on a day of the calendar: the edition (among those whose period
/// holds the day) or no program, with its organizer (the Service, an institution or an
/// organization), kind, number, time, place or link, regions, co-organizers among the edition's
/// partners. OK is enabled only when the event can be saved; conflicts show as warnings.
class EventDialog final : public RecordFormOf<Event, Ui::EventDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDialog)

public:
    EventDialog(QSqlDatabase db, const QDate &day, QWidget *parent = nullptr);
    ~EventDialog() override;

    /// Fills the form with an existing event to edit it; the fields the form does not show
    /// (participants, conclusions, other themes...) are kept as they are.
    void setEvent(const Event &event);

    /// The event as the form says.
    Event event() const { return record(); }
    Event record() const override;
    QStringList problems() const override;
    /// Only when there is no problem.
    QStringList warnings() const override;
    bool isChanged() const override;

    /// For tests: ticks the region / co-organizer with this id.
    void checkRegion(int regionId);
    void checkCoorganizer(qint64 organizationId);
    /// For tests: chooses "no program" and the organizer (both 0: the Service itself).
    void setNoProgram();
    void setOrganizer(qint64 institutionId, qint64 organizationId);

private:
    void load(const Event &event) override;
    void editionChanged();
    void fillOrganizers();
    void kindChanged();

    QSqlDatabase m_db;
    QList<Edition> m_editions;
};

} // namespace dc
