#include "Dialogs.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QPushButton>

namespace dc {

std::optional<QMessageBox::StandardButton> Dialogs::s_nextAnswer;
std::optional<QString> Dialogs::s_nextFileName;
std::optional<QStringList> Dialogs::s_nextFileNames;
std::optional<int> Dialogs::s_nextChoice;
QString Dialogs::s_lastMessage;

namespace {

QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                 const QString &text, QMessageBox::StandardButtons buttons,
                                 QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    s_lastMessage = text;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Dialogs::critical(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

int Dialogs::choose(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                    const QString &text, const QStringList &choices, int defaultChoice)
{
    s_lastMessage = text;
    if (s_nextChoice) {
        const int choice = *s_nextChoice;
        s_nextChoice.reset();
        return choice;
    }
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> buttons;
    for (const QString &choice : choices)
        buttons << box.addButton(choice, QMessageBox::AcceptRole);
    if (defaultChoice >= 0 && defaultChoice < buttons.size())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons.at(defaultChoice)));
    box.exec();
    return static_cast<int>(buttons.indexOf(box.clickedButton()));
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &dir,
                              const QString &filter)
{
    if (s_nextFileName) {
        const QString name = *s_nextFileName;
        s_nextFileName.reset();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                              const QString &filter)
{
    if (s_nextFileName) {
        const QString name = *s_nextFileName;
        s_nextFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QStringList Dialogs::openFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter)
{
    if (s_nextFileNames) {
        const QStringList names = *s_nextFileNames;
        s_nextFileNames.reset();
        return names;
    }
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString Dialogs::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    if (s_nextFileName) {
        const QString name = *s_nextFileName;
        s_nextFileName.reset();
        return name;
    }
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void Dialogs::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

void Dialogs::setNextFileNames(const QStringList &fileNames)
{
    s_nextFileNames = fileNames;
}

void Dialogs::setNextChoice(int index)
{
    s_nextChoice = index;
}

QString Dialogs::lastMessage()
{
    return s_lastMessage;
}

} // namespace dc
