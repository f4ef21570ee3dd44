#include "EventDialog.h"

#include "programs/EventRepository.h"
#include "programs/PartnershipRepository.h"
#include "programs/ProgramRepository.h"
#include "registry/Geography.h"
#include "registry/OrganizationRepository.h"
#include "transparency/InstitutionRepository.h"
#include "ui_EventDialog.h"

#include <QCompleter>
#include <QSqlQuery>

namespace dc {

namespace {

QList<qint64> checkedIds(const QListWidget *list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void tick(QListWidget *list, qint64 id)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toLongLong() == id)
            list->item(i)->setCheckState(Qt::Checked);
    }
}

// The organizer combo's data: which table and which row ("" for the Service itself).
QString organizerKey(const QString &table, qint64 id)
{
    return id > 0 ? QStringLiteral("%1:%2").arg(table).arg(id) : QString();
}

} // namespace

EventDialog::EventDialog(QSqlDatabase db, const QDate &day, QWidget *parent)
    : RecordFormOf(parent), m_db(std::move(db))
{
    const ProgramRepository programs(m_db);
    for (const Program &program : programs.programs()) {
        for (const Edition &edition : programs.editions(program.id)) {
            if (!edition.contains(day))
                continue;
            m_editions << edition;
            m_ui->edition->addItem(
                tr("%1 — edition %2 (%3)").arg(program.name).arg(edition.number).arg(edition.year),
                edition.id);
        }
    }
    // Seed 000: the Service also organizes events of its own and supports those of others.
    //: The choice of an event that belongs to no program of the office
    m_ui->edition->addItem(tr("No program (an event of the Service or of others)"), qint64(0));
    fillOrganizers();
    for (const EventKind k : allEventKinds())
        m_ui->kind->addItem(eventKindName(k), eventKindCode(k));
    for (const EventStatus s : allEventStatuses())
        m_ui->status->addItem(eventStatusName(s), eventStatusCode(s));
    m_ui->date->setDate(day);
    m_ui->time->setTime(QTime(10, 0));
    m_ui->time->setEnabled(false);
    const Geography geography = Geography::load(m_db);
    for (const Region &r : geography.regions()) {
        auto *item = new QListWidgetItem(r.name, m_ui->regions);
        item->setData(Qt::UserRole, r.id);
        item->setCheckState(Qt::Unchecked);
    }

    connect(m_ui->edition, &QComboBox::currentIndexChanged, this, &EventDialog::editionChanged);
    connect(m_ui->kind, &QComboBox::currentIndexChanged, this, &EventDialog::kindChanged);
    connect(m_ui->timeKnown, &QCheckBox::toggled, m_ui->time, &QWidget::setEnabled);
    setUpForm(m_ui->buttons, m_ui->problems);
    watch({m_ui->organizer, m_ui->number, m_ui->duration, m_ui->date, m_ui->timeKnown, m_ui->status,
           m_ui->place, m_ui->link, m_ui->centralTheme, m_ui->notes, m_ui->regions,
           m_ui->coorganizers});
    editionChanged();
}

EventDialog::~EventDialog() = default;

void EventDialog::editionChanged()
{
    const qint64 edition = m_ui->edition->currentData().toLongLong();
    // An event of an edition is the program's; one of no program names its organizer, and has no
    // partners of an edition to choose co-organizers from.
    m_ui->organizer->setEnabled(edition == 0);
    m_ui->organizerLabel->setEnabled(edition == 0);
    if (edition > 0) {
        const QSignalBlocker organizerBlocker(m_ui->organizer);
        m_ui->organizer->setCurrentIndex(0);
    }
    m_ui->coorganizers->setVisible(edition > 0);
    m_ui->coorganizersLabel->setVisible(edition > 0);
    const QSignalBlocker blocker(m_ui->coorganizers);
    m_ui->coorganizers->clear();
    const OrganizationRepository organizations(m_db);
    for (const Partnership &p : PartnershipRepository(m_db).ofEdition(edition)) {
        if (p.role != PartnerRole::Promoter && p.role != PartnerRole::Partner)
            continue;
        const std::optional<Organization> o = organizations.find(p.organizationId);
        auto *item = new QListWidgetItem(o ? o->name : QString::number(p.organizationId),
                                         m_ui->coorganizers);
        item->setData(Qt::UserRole, p.organizationId);
        item->setCheckState(Qt::Unchecked);
    }
    kindChanged();
}

void EventDialog::fillOrganizers()
{
    const QSignalBlocker blocker(m_ui->organizer);
    //: The organizer of an event of no program: the office itself
    m_ui->organizer->addItem(tr("The Service itself"), QString());
    for (const Institution &institution : InstitutionRepository(m_db).all())
        m_ui->organizer->addItem(
            //: An institution among the organizers an event may have
            tr("%1 (institution)").arg(institution.name),
            organizerKey(QStringLiteral("institution"), institution.id));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name FROM organization ORDER BY name_sort, id"))) {
        while (q.next())
            m_ui->organizer->addItem(
                q.value(1).toString(),
                organizerKey(QStringLiteral("organization"), q.value(0).toLongLong()));
    }
    // Typing part of a name finds it among many organizations.
    m_ui->organizer->completer()->setFilterMode(Qt::MatchContains);
    m_ui->organizer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->organizer->setCurrentIndex(0);
}

void EventDialog::setOrganizer(qint64 institutionId, qint64 organizationId)
{
    const QString key = institutionId > 0
                            ? organizerKey(QStringLiteral("institution"), institutionId)
                            : organizerKey(QStringLiteral("organization"), organizationId);
    m_ui->organizer->setCurrentIndex(std::max(0, m_ui->organizer->findData(key)));
}

void EventDialog::setNoProgram()
{
    m_ui->edition->setCurrentIndex(m_ui->edition->findData(qint64(0)));
}

void EventDialog::kindChanged()
{
    if (m_original.id != 0)
        return check(); // an existing event keeps its number
    const auto kind = eventKindFromCode(m_ui->kind->currentData().toString());
    m_ui->number->setValue(EventRepository(m_db).nextNumber(
        m_ui->edition->currentData().toLongLong(), kind.value_or(EventKind::Videoconference)));
    check();
}

void EventDialog::setEvent(const Event &event)
{
    setWindowTitle(tr("Edit event"));
    m_ui->edition->setEnabled(false);
    setRecord(event);
}

void EventDialog::load(const Event &event)
{
    const int edition = m_ui->edition->findData(event.editionId);
    if (edition >= 0)
        m_ui->edition->setCurrentIndex(edition);
    setOrganizer(event.organizerInstitutionId, event.organizerOrganizationId);
    m_ui->kind->setCurrentIndex(m_ui->kind->findData(eventKindCode(event.kind)));
    m_ui->number->setValue(event.number);
    m_ui->date->setDate(event.date);
    m_ui->timeKnown->setChecked(event.startTime.isValid());
    if (event.startTime.isValid())
        m_ui->time->setTime(event.startTime);
    m_ui->duration->setValue(event.durationMinutes.value_or(0));
    m_ui->place->setText(event.place);
    m_ui->link->setText(event.link);
    m_ui->status->setCurrentIndex(m_ui->status->findData(eventStatusCode(event.status)));
    m_ui->centralTheme->setPlainText(event.centralTheme);
    m_ui->notes->setPlainText(event.notes);
    // Another version of the event may have fewer regions and co-organizers: the lists show
    // exactly this one's.
    for (QListWidget *list : {m_ui->regions, m_ui->coorganizers}) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
    }
    for (const int id : event.regionIds)
        tick(m_ui->regions, id);
    for (const qint64 id : event.coorganizerIds)
        tick(m_ui->coorganizers, id);
}

Event EventDialog::record() const
{
    Event e = m_original;
    e.regionIds.clear();
    e.editionId = m_ui->edition->currentData().toLongLong();
    e.organizerInstitutionId = 0;
    e.organizerOrganizationId = 0;
    if (e.editionId == 0) {
        const QString organizer = m_ui->organizer->currentData().toString();
        const qint64 id = organizer.section(QLatin1Char(':'), 1).toLongLong();
        if (organizer.startsWith(QLatin1String("institution:")))
            e.organizerInstitutionId = id;
        else if (organizer.startsWith(QLatin1String("organization:")))
            e.organizerOrganizationId = id;
    }
    e.kind = eventKindFromCode(m_ui->kind->currentData().toString())
                 .value_or(EventKind::Videoconference);
    e.number = m_ui->number->value();
    e.date = m_ui->date->date();
    if (m_ui->timeKnown->isChecked())
        e.startTime = m_ui->time->time();
    if (m_ui->duration->value() > 0)
        e.durationMinutes = m_ui->duration->value();
    e.place = m_ui->place->text();
    e.link = m_ui->link->text();
    e.status = eventStatusFromCode(m_ui->status->currentData().toString());
    e.centralTheme = m_ui->centralTheme->toPlainText();
    e.notes = m_ui->notes->toPlainText();
    for (const qint64 id : checkedIds(m_ui->regions))
        e.regionIds << int(id);
    if (e.editionId > 0)
        e.coorganizerIds = checkedIds(m_ui->coorganizers);
    normalizeEvent(e);
    return e;
}

void EventDialog::checkRegion(int regionId)
{
    tick(m_ui->regions, regionId);
}

void EventDialog::checkCoorganizer(qint64 organizationId)
{
    tick(m_ui->coorganizers, organizationId);
}

QStringList EventDialog::problems() const
{
    const Event e = event();
    QStringList result = validateEvent(e);
    if (result.isEmpty()) {
        if (const QString taken = EventRepository(m_db).numberTaken(e); !taken.isEmpty())
            result << taken;
    }
    return result;
}

QStringList EventDialog::warnings() const
{
    const Event e = event();
    QStringList result;
    if (validateEvent(e).isEmpty()) {
        for (const EventWarning &w : EventRepository(m_db).warningsFor(e))
            result << w.message;
    }
    return result;
}

bool EventDialog::isChanged() const
{
    return m_original.id == 0 || !record().sameContent(m_original);
}

} // namespace dc
