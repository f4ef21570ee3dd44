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

IndicatorDialog::IndicatorDialog(Indicator indicator, QWidget *parent)
    : RecordForm(parent), m_ui(std::make_unique<Ui::IndicatorDialog>()),
      m_original(std::move(indicator))
{
    m_ui->setupUi(this);
    setWindowTitle(m_original.id ? tr("Edit indicator") : tr("Add indicator"));
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

    m_ui->name->setText(m_original.name);
    m_ui->unit->setCurrentIndex(m_ui->unit->findData(int(m_original.unit)));
    m_ui->target->setText(textOf(m_original.target));
    m_ui->targetQualifier->setCurrentIndex(
        m_ui->targetQualifier->findData(int(m_original.targetQualifier)));
    m_ui->computation->setCurrentIndex(m_ui->computation->findData(int(m_original.computation)));
    m_ui->eventKind->setCurrentIndex(
        m_ui->eventKind->findData(m_original.eventKind ? int(*m_original.eventKind) : -1));
    m_ui->achieved->setText(textOf(m_original.achieved));
    m_ui->achievedQualifier->setCurrentIndex(
        m_ui->achievedQualifier->findData(int(m_original.achievedQualifier)));
    m_ui->notes->setText(m_original.notes);

    setUpForm(m_ui->buttons, m_ui->messages);
    watch({m_ui->name, m_ui->target, m_ui->achieved, m_ui->notes, m_ui->unit, m_ui->computation,
           m_ui->eventKind, m_ui->targetQualifier, m_ui->achievedQualifier});
    check();
}

IndicatorDialog::~IndicatorDialog() = default;

Indicator IndicatorDialog::indicator() const
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
    return validateIndicator(indicator());
}

bool IndicatorDialog::isChanged() const
{
    return !m_original.id || !indicator().sameContent(m_original);
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
