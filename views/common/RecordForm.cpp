#include "RecordForm.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace dc {

namespace {

const QString problemStyle = QStringLiteral("color:#b00020");
const QString warningStyle = QStringLiteral("color:#8c3c00");

void showLines(QLabel *label, const QStringList &lines, const QString &style)
{
    label->setStyleSheet(style);
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}

/// A warning sign before each warning, so that it reads apart from a problem.
QStringList marked(const QStringList &warnings)
{
    QStringList lines;
    for (const QString &w : warnings)
        lines << QStringLiteral("\u26A0 ") + w;
    return lines;
}

} // namespace

RecordForm::RecordForm(QWidget *parent) : QDialog(parent) {}

RecordForm::~RecordForm() = default;

QStringList RecordForm::warnings() const
{
    return {};
}

QPushButton *RecordForm::saveButton() const
{
    return m_save;
}

bool RecordForm::canSave() const
{
    return m_save && m_save->isEnabled();
}

QString RecordForm::messages() const
{
    return m_problems ? m_problems->text() : QString();
}

void RecordForm::setUpForm(QDialogButtonBox *buttons, QLabel *problems, QLabel *warnings,
                           OnSave onSave)
{
    m_buttons = buttons;
    m_save = buttons->button(QDialogButtonBox::Save);
    if (!m_save)
        m_save = buttons->button(QDialogButtonBox::Ok);
    Q_ASSERT(m_save);
    m_problems = problems;
    m_warnings = warnings;
    for (QLabel *label : {problems, warnings}) {
        if (label) {
            // Plain text: a problem may quote what the user typed.
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setVisible(false);
        }
    }
    // Enter presses Save only when it is enabled; this guards a click made some other way.
    connect(buttons, &QDialogButtonBox::accepted, this, [this, onSave] {
        if (!canSave())
            return;
        if (m_saveAction || onSave == OnSave::Accept)
            accept();
        else
            Q_EMIT saveRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RecordForm::setSaveAction(std::function<bool()> save)
{
    m_saveAction = std::move(save);
}

void RecordForm::accept()
{
    // With a save action, closing as accepted is saving, whichever way it is asked for.
    if (m_saveAction && !(canSave() && m_saveAction()))
        return;
    QDialog::accept();
}

QPushButton *RecordForm::addRemoveButton(const QString &text)
{
    m_remove = m_buttons->addButton(text, QDialogButtonBox::DestructiveRole);
    connect(m_remove, &QPushButton::clicked, this, &RecordForm::removeRequested);
    return m_remove;
}

void RecordForm::watch(std::initializer_list<QWidget *> fields)
{
    for (QWidget *field : fields) {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            connect(line, &QLineEdit::textChanged, this, &RecordForm::check);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            connect(text, &QPlainTextEdit::textChanged, this, &RecordForm::check);
        else if (auto *combo = qobject_cast<QComboBox *>(field))
            connect(combo, &QComboBox::currentIndexChanged, this, &RecordForm::check);
        else if (auto *spin = qobject_cast<QSpinBox *>(field))
            connect(spin, &QSpinBox::valueChanged, this, &RecordForm::check);
        else if (auto *date = qobject_cast<QDateTimeEdit *>(field))
            connect(date, &QDateTimeEdit::dateTimeChanged, this, &RecordForm::check);
        else if (auto *button = qobject_cast<QAbstractButton *>(field))
            connect(button, &QAbstractButton::toggled, this, &RecordForm::check);
        else if (auto *list = qobject_cast<QListWidget *>(field)) {
            connect(list, &QListWidget::itemChanged, this, &RecordForm::check);
            connect(list, &QListWidget::currentRowChanged, this, &RecordForm::check);
        } else
            qWarning("RecordForm::watch: %s is not a field it knows",
                     field->metaObject()->className());
    }
}

void RecordForm::check()
{
    if (m_loading || !m_save)
        return;
    updateFields();
    const QStringList problemList = problems();
    const QStringList warningList = warnings();
    if (m_warnings) {
        showLines(m_problems, problemList, problemStyle);
        showLines(m_warnings, marked(warningList), warningStyle);
    } else if (m_problems) {
        if (problemList.isEmpty())
            showLines(m_problems, marked(warningList), warningStyle);
        else
            showLines(m_problems, problemList, problemStyle);
    }
    m_save->setEnabled(problemList.isEmpty() && isChanged());
}

} // namespace dc
