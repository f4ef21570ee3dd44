#include "common/RecordEditing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dc {

RecordCommandContext pageCommandContext(QSqlDatabase db, QWidget *page, const QString &title,
                                        std::function<void(qint64 id)> changed)
{
    return {std::move(db), std::move(changed),
            [page, title](const QString &message) { Dialogs::warning(page, title, message); }};
}

bool execRecordForm(RecordForm &form, std::function<bool()> save)
{
    form.setSaveAction(std::move(save));
    return form.exec() == QDialog::Accepted;
}

bool recordGoneAddAgain(QWidget *form)
{
    return Dialogs::question(form, form->windowTitle(),
                             QCoreApplication::translate(
                                 "RecordEditing",
                                 "Someone else deleted this record while you were editing it. "
                                 "Add it again, as you have it in the form?")) == QMessageBox::Yes;
}

namespace {

QString valueText(const QJsonValue &value)
{
    QString text;
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toVariant().toString();
        text = items.join(QLatin1String(", "));
    } else if (value.isBool()) {
        text = value.toBool() ? QCoreApplication::translate("RecordEditing", "yes")
                              : QCoreApplication::translate("RecordEditing", "no");
    } else {
        text = value.toVariant().toString();
    }
    if (text.isEmpty())
        return QCoreApplication::translate("RecordEditing", "(empty)");
    //: a value someone else changed, quoted
    return QCoreApplication::translate("RecordEditing", "“%1”").arg(text);
}

/// Asks @p question (its %1: the changes, one a line), Yes or No, No the default.
bool askOverChanges(QWidget *parent, const QString &title, const QString &question,
                    const QStringList &changes)
{
    return Dialogs::question(parent, title, question.arg(changes.join(QLatin1Char('\n'))),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) == QMessageBox::Yes;
}

} // namespace

QStringList changedValues(const QJsonObject &before, const QJsonObject &now)
{
    QStringList keys = before.keys() + now.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList lines;
    for (const QString &key : std::as_const(keys)) {
        if (key == QLatin1String("id") || before.value(key) == now.value(key))
            continue;
        lines << QStringLiteral("%1 → %2").arg(valueText(before.value(key)),
                                               valueText(now.value(key)));
    }
    return lines;
}

bool deleteChangedRecordAnyway(QWidget *parent, const QString &title, const QStringList &changes)
{
    //: %1: the values someone else changed, one per line, "old → new"
    return askOverChanges(
        parent, title,
        QCoreApplication::translate("RecordEditing",
                                    "Someone else changed this record while you were deciding:\n"
                                    "%1\nDelete it anyway? You can put it back with Edit > Undo."),
        changes);
}

bool saveOverChangedRecord(QWidget *parent, const QString &title, const QStringList &changes)
{
    //: %1: the values someone else changed, one per line, "old → new"
    return askOverChanges(
        parent, title,
        QCoreApplication::translate("RecordEditing",
                                    "Someone else changed this record while you were editing "
                                    "it:\n%1\nSave yours over it? You can go back to theirs "
                                    "with Edit > Undo."),
        changes);
}

void recordAlreadyDeleted(QWidget *parent, const QString &title)
{
    Dialogs::information(parent, title,
                         QCoreApplication::translate(
                             "RecordEditing",
                             "Someone else deleted this record meanwhile: there is nothing left "
                             "to delete."));
}

} // namespace dc
