#include "IndicatorDialog.h"
#include "ui_IndicatorDialog.h"

#include <QRegularExpressionValidator>

namespace dc {

namespace {

std::optional<qint64> numberOf(const QLineEdit *edit)
{
    bool ok = false;
    const qint64 n = edit->text().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QString textOf(std::optional<qint64> n)
{
    return n ? QString::number(*n) : QString();
}

} // namespace

IndicatorDialog::IndicatorDialog(const Indicator &indicator, QWidget *parent) : RecordFormOf(parent)
{
    for (IndicatorUnit unit :
         {IndicatorUnit::Persons, IndicatorUnit::Events, IndicatorUnit::Documents,
          IndicatorUnit::Organizations, IndicatorUnit::Other})
        m_ui->unit->addItem(indicatorUnitName(unit), int(unit));
    for (IndicatorComputation c : {IndicatorComputation::Manual, IndicatorComputation::EventCount,
                                   IndicatorComputation::ParticipantSum})
        m_ui->computation->addItem(indicatorComputationName(c), int(c));
    //: Events counted by a computed indicator: all kinds
    m_ui->eventKind->addItem(tr("All kinds"), -1);
    for (EventKind kind :
         {EventKind::Videoconference, EventKind::Conference, EventKind::Seminar,
          EventKind::Workshop, EventKind::RoundTable, EventKind::StudyVisit, EventKind::Closing})
        m_ui->eventKind->addItem(eventKindName(kind), int(kind));
    // Digits with an optional minus sign, so that a negative value is named rather than swallowed.
    const QRegularExpression number(QStringLiteral("-?[0-9]{0,12}"));
    m_ui->target->setValidator(new QRegularExpressionValidator(number, m_ui->target));
    m_ui->achieved->setValidator(new QRegularExpressionValidator(number, m_ui->achieved));
    for (QComboBox *combo : {m_ui->targetQualifier, m_ui->achievedQualifier}) {
        for (const ValueQualifier q : allValueQualifiers())
            combo->addItem(valueQualifierName(q), int(q));
    }

    setUpForm(m_ui->buttons, m_ui->messages);
    watch({m_ui->name, m_ui->target, m_ui->achieved, m_ui->notes, m_ui->unit, m_ui->computation,
           m_ui->eventKind, m_ui->targetQualifier, m_ui->achievedQualifier});
    setRecord(indicator);
}

void IndicatorDialog::load(const Indicator &indicator)
{
    setWindowTitle(indicator.id ? tr("Edit indicator") : tr("Add indicator"));
    m_ui->name->setText(indicator.name);
    m_ui->unit->setCurrentIndex(m_ui->unit->findData(int(indicator.unit)));
    m_ui->target->setText(textOf(indicator.target));
    m_ui->targetQualifier->setCurrentIndex(
        m_ui->targetQualifier->findData(int(indicator.targetQualifier)));
    m_ui->computation->setCurrentIndex(m_ui->computation->findData(int(indicator.computation)));
    m_ui->eventKind->setCurrentIndex(
        m_ui->eventKind->findData(indicator.eventKind ? int(*indicator.eventKind) : -1));
    m_ui->achieved->setText(textOf(indicator.achieved));
    m_ui->achievedQualifier->setCurrentIndex(
        m_ui->achievedQualifier->findData(int(indicator.achievedQualifier)));
    m_ui->notes->setText(indicator.notes);
}

Indicator IndicatorDialog::record() const
{
    Indicator i = m_original;
    i.name = m_ui->name->text().trimmed();
    i.unit = IndicatorUnit(m_ui->unit->currentData().toInt());
    i.target = numberOf(m_ui->target);
    i.targetQualifier = ValueQualifier(m_ui->targetQualifier->currentData().toInt());
    i.computation = IndicatorComputation(m_ui->computation->currentData().toInt());
    const int kind = m_ui->eventKind->currentData().toInt();
    i.eventKind =
        i.isComputed() && kind >= 0 ? std::optional<EventKind>(EventKind(kind)) : std::nullopt;
    // A computed indicator takes its achieved value from the events.
    i.achieved = i.isComputed() ? std::nullopt : numberOf(m_ui->achieved);
    i.achievedQualifier = i.isComputed()
                              ? ValueQualifier::Exactly
                              : ValueQualifier(m_ui->achievedQualifier->currentData().toInt());
    i.notes = m_ui->notes->text().trimmed();
    return i;
}

QStringList IndicatorDialog::problems() const
{
    return validateIndicator(record());
}

void IndicatorDialog::updateFields()
{
    const bool computed = IndicatorComputation(m_ui->computation->currentData().toInt()) !=
                          IndicatorComputation::Manual;
    m_ui->eventKind->setEnabled(computed);
    m_ui->achieved->setEnabled(!computed);
    m_ui->achievedQualifier->setEnabled(!computed);
}

} // namespace dc
