#include "RecordConflict.h"

#include "common/Dialogs.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QTextEdit>
#include <QWidgetItem>

#include <algorithm>

namespace dc {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(RecordConflict)
};

// The text @p widget shows; empty for what holds no value (a button, a layout's spacer).
QString textOf(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return line->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->currentText();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return plain->toPlainText();
    if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
        return rich->toPlainText();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return spin->text();
    if (const auto *list = qobject_cast<const QListWidget *>(widget)) {
        QStringList items;
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem *item = list->item(i);
            if ((item->flags() & Qt::ItemIsUserCheckable) ? item->checkState() == Qt::Checked
                                                          : item->isSelected())
                items << item->text();
        }
        return items.join(QStringLiteral("; "));
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        if (!button->isCheckable())
            return {};
        return button->text().remove(QLatin1Char('&')) + QStringLiteral(": ") +
               (button->isChecked() ? Messages::tr("yes") : Messages::tr("no"));
    }
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    return {};
}

// The value @p widget holds, to put back with setValue(); invalid for what holds none.
QVariant valueOf(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return line->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable() ? QVariant(combo->currentText())
                                   : QVariant(combo->currentIndex());
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return plain->toPlainText();
    if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
        return rich->toPlainText();
    if (const auto *date = qobject_cast<const QDateTimeEdit *>(widget))
        return date->dateTime();
    if (const auto *spin = qobject_cast<const QSpinBox *>(widget))
        return spin->value();
    if (const auto *spin = qobject_cast<const QDoubleSpinBox *>(widget))
        return spin->value();
    if (const auto *list = qobject_cast<const QListWidget *>(widget)) {
        // A list of choices (checkable items) holds their states; a list of values, the values.
        QVariantList states;
        QStringList items;
        bool checkable = false;
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem *item = list->item(i);
            checkable |= bool(item->flags() & Qt::ItemIsUserCheckable);
            states << int(item->checkState()) << item->isSelected();
            items << item->text();
        }
        return checkable ? QVariant(states) : QVariant(items);
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->isCheckable() ? QVariant(button->isChecked()) : QVariant();
    return {};
}

void setValue(QWidget *widget, const QVariant &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->setText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        if (combo->isEditable())
            combo->setCurrentText(value.toString());
        else
            combo->setCurrentIndex(value.toInt());
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        plain->setPlainText(value.toString());
    } else if (auto *rich = qobject_cast<QTextEdit *>(widget)) {
        rich->setPlainText(value.toString());
    } else if (auto *date = qobject_cast<QDateTimeEdit *>(widget)) {
        date->setDateTime(value.toDateTime());
    } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        spin->setValue(value.toInt());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget)) {
        spin->setValue(value.toDouble());
    } else if (auto *list = qobject_cast<QListWidget *>(widget);
               list && value.typeId() == QMetaType::QStringList) {
        list->clear();
        list->addItems(value.toStringList());
    } else if (list) {
        const QVariantList states = value.toList();
        for (int i = 0; i < list->count() && 2 * i + 1 < states.size(); ++i) {
            list->item(i)->setCheckState(Qt::CheckState(states.at(2 * i).toInt()));
            list->item(i)->setSelected(states.at(2 * i + 1).toBool());
        }
    } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        button->setChecked(value.toBool());
    }
}

// The text and the values of the widgets of @p item (a widget, or a layout of several) added to
// @p row.
void read(QLayoutItem *item, FieldText &row)
{
    if (!item)
        return;
    QWidget *widget = item->widget();
    if (widget && !valueOf(widget).isValid() && widget->layout()) {
        read(widget->layout(), row); // a container of fields: its fields, in order
        return;
    }
    if (widget) {
        if (const QString text = textOf(widget); !text.isEmpty()) {
            if (!row.text.isEmpty())
                row.text += QStringLiteral(", ");
            row.text += text;
        }
        if (const QVariant value = valueOf(widget); value.isValid())
            row.values.append({widget, value});
        return;
    }
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            read(layout->itemAt(i), row);
    }
}

QString labelText(const QLabel *label)
{
    QString text = label ? label->text() : QString();
    text.remove(QLatin1Char('&'));
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

QString labelText(QLayoutItem *item)
{
    return labelText(item && item->widget() ? qobject_cast<QLabel *>(item->widget()) : nullptr);
}

QString cell(const QString &text, bool strong = false)
{
    const QString shown = text.isEmpty() ? QStringLiteral("—") : text.toHtmlEscaped();
    return QStringLiteral("<td>%1</td>")
        .arg(strong ? QStringLiteral("<b>%1</b>").arg(shown) : shown);
}

} // namespace

QList<FieldText> formTexts(const QWidget &form)
{
    QList<FieldText> fields;
    const QList<QFormLayout *> layouts = form.findChildren<QFormLayout *>();
    for (QFormLayout *layout : layouts) {
        for (int row = 0; row < layout->rowCount(); ++row) {
            FieldText field;
            if (QLayoutItem *spanning = layout->itemAt(row, QFormLayout::SpanningRole)) {
                read(spanning, field);
            } else {
                field.label = labelText(layout->itemAt(row, QFormLayout::LabelRole));
                read(layout->itemAt(row, QFormLayout::FieldRole), field);
            }
            fields.append(field);
        }
    }
    // A form laid out otherwise (labels above their fields): each field a label names (its
    // buddy) that no form layout holds.
    QSet<const QWidget *> seen;
    for (const FieldText &field : std::as_const(fields)) {
        for (const auto &[widget, value] : field.values)
            seen.insert(widget);
    }
    const QList<QLabel *> labels = form.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        QWidget *buddy = label->buddy();
        if (!buddy || seen.contains(buddy) || !valueOf(buddy).isValid())
            continue;
        QWidgetItem item(buddy);
        FieldText field;
        field.label = labelText(label);
        read(&item, field);
        seen.insert(buddy);
        fields.append(field);
    }
    return fields;
}

void restoreValues(const FieldText &row)
{
    for (const auto &[widget, value] : row.values)
        setValue(widget, value);
}

ConflictChoice askAboutConflict(QWidget *form, const QList<FieldText> &before,
                                const QList<FieldText> &theirs, const QList<FieldText> &mine)
{
    QString rows;
    const qsizetype count = std::min({before.size(), theirs.size(), mine.size()});
    for (qsizetype i = 0; i < count; ++i) {
        const QString &was = before.at(i).text;
        const QString &their = theirs.at(i).text;
        const QString &my = mine.at(i).text;
        if (their == was && my == was)
            continue;
        // Both changed the field, each differently: the rows to look at first.
        const bool clash = their != was && my != was && my != their;
        rows += QStringLiteral("<tr>") + cell(before.at(i).label, clash) + cell(was) +
                cell(their, their != was) + cell(my, my != was) + QStringLiteral("</tr>");
    }
    if (rows.isEmpty())
        rows = QStringLiteral("<tr><td colspan=\"4\">") +
               Messages::tr("They changed what this form does not show.").toHtmlEscaped() +
               QStringLiteral("</td></tr>");
    //: The box shown when Save finds that another user saved the record meanwhile; a table of
    //: the fields follows
    const QString text =
        QStringLiteral("<p>") +
        Messages::tr("Someone else saved this record while you were editing it. What each of you "
                     "changed:") +
        QStringLiteral("</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>") +
        Messages::tr("Field") + QStringLiteral("</th><th>") + Messages::tr("When you opened it") +
        QStringLiteral("</th><th>") + Messages::tr("Saved by someone else") +
        QStringLiteral("</th><th>") + Messages::tr("Yours") + QStringLiteral("</th></tr>") + rows +
        QStringLiteral("</table><p>") +
        Messages::tr("Keep mine saves your version over theirs. Take theirs closes the form "
                     "without saving yours. Back to the form puts their changes in the fields you "
                     "did not change and keeps yours in the others: check them, then Save.") +
        QStringLiteral("</p>");
    const int choice =
        Dialogs::choose(form, QMessageBox::Warning, Messages::tr("Changed by someone else"), text,
                        {Messages::tr("Keep &mine"), Messages::tr("Take &theirs"),
                         Messages::tr("&Back to the form")},
                        2, 2);
    switch (choice) {
    case 0:
        return ConflictChoice::KeepMine;
    case 1:
        return ConflictChoice::TakeTheirs;
    default:
        return ConflictChoice::BackToForm;
    }
}

} // namespace dc
