#include "EditionDialog.h"
#include "ui_EditionDialog.h"

namespace dc {

namespace {

// The date a date field shows as "unknown" (the year field starts at 1990).
QDate unknownDate()
{
    return QDate(1989, 12, 31);
}

} // namespace

EditionDialog::EditionDialog(Edition edition, bool newProgram, QWidget *parent)
    : RecordFormOf(parent), m_newProgram(newProgram)
{
    if (newProgram)
        setWindowTitle(tr("New program"));
    else
        setWindowTitle(edition.id ? tr("Edit edition") : tr("New edition"));
    m_ui->programName->setVisible(newProgram);
    m_ui->programLabel->setVisible(newProgram);
    for (EditionStatus status : {EditionStatus::Planned, EditionStatus::Running,
                                 EditionStatus::Closed, EditionStatus::Cancelled})
        m_ui->status->addItem(editionStatusName(status), int(status));

    // A period may be unknown (no seed gives the 2021 edition's): the lowest date of each field
    // reads "unknown" and stands for no date, so that none is made up.
    for (QDateEdit *field : {m_ui->startDate, m_ui->endDate}) {
        field->setMinimumDate(unknownDate());
        //: An edition's start or end date that no document gives
        field->setSpecialValueText(tr("unknown"));
    }
    setUpForm(m_ui->buttons, m_ui->messages);
    watch({m_ui->programName, m_ui->number, m_ui->year, m_ui->startDate, m_ui->endDate,
           m_ui->status, m_ui->objective, m_ui->centralTheme, m_ui->otherThemes});
    setRecord(edition);
}

EditionDialog::~EditionDialog() = default;

void EditionDialog::load(const Edition &edition)
{
    m_ui->number->setValue(edition.number);
    m_ui->year->setValue(edition.year ? edition.year : QDate::currentDate().year());
    m_ui->startDate->setDate(edition.startDate.isValid() ? edition.startDate : unknownDate());
    m_ui->endDate->setDate(edition.endDate.isValid() ? edition.endDate : unknownDate());
    m_ui->status->setCurrentIndex(m_ui->status->findData(int(edition.status)));
    m_ui->objective->setPlainText(edition.objective);
    m_ui->centralTheme->setPlainText(edition.centralTheme);
    m_ui->otherThemes->setPlainText(edition.otherThemes.join(QLatin1Char('\n')));
}

Edition EditionDialog::record() const
{
    Edition e = m_original;
    e.number = m_ui->number->value();
    e.year = m_ui->year->value();
    const auto dateOf = [](const QDateEdit *field) {
        return field->date() == unknownDate() ? QDate() : field->date();
    };
    e.startDate = dateOf(m_ui->startDate);
    e.endDate = dateOf(m_ui->endDate);
    e.status = EditionStatus(m_ui->status->currentData().toInt());
    e.objective = m_ui->objective->toPlainText().trimmed();
    e.centralTheme = m_ui->centralTheme->toPlainText().trimmed();
    e.otherThemes = m_ui->otherThemes->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    normalizeEdition(e);
    return e;
}

Program EditionDialog::program() const
{
    Program p;
    p.name = m_ui->programName->text().trimmed();
    return p;
}

QStringList EditionDialog::problems() const
{
    QStringList list;
    if (m_newProgram)
        list << validateProgram(program());
    Edition e = edition();
    if (m_newProgram && !e.programId)
        e.programId = 1; // a stand-in: the program is added first and gives its id
    list << validateEdition(e);
    return list;
}

bool EditionDialog::isChanged() const
{
    return !m_original.id || !edition().sameContent(m_original);
}

} // namespace dc
