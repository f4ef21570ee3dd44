#include "Dialogs.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QPushButton>

#include <utility>

namespace dc {

QList<QMessageBox::StandardButton> Dialogs::s_answers;
std::function<void()> Dialogs::s_whileAsking;
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

/// The answer a test gave in advance (the first of those queued, or the one), taken once; else
/// what @p ask gets from the user.
template <typename T, typename Ask> T answered(QList<T> &next, Ask ask)
{
    if (!next.isEmpty())
        return next.takeFirst();
    return ask();
}

template <typename T, typename Ask> T answered(std::optional<T> &next, Ask ask)
{
    if (next)
        return *std::exchange(next, std::nullopt);
    return ask();
}

/// Shows a message box with only an Ok button, unless a test answered it in advance.
void tell(QList<QMessageBox::StandardButton> &next, QWidget *parent, QMessageBox::Icon icon,
          const QString &title, const QString &text)
{
    answered(next,
             [&] { return show(parent, icon, title, text, QMessageBox::Ok, QMessageBox::Ok); });
}

} // namespace

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    s_lastMessage = text;
    if (s_whileAsking)
        std::exchange(s_whileAsking, nullptr)();
    return answered(s_answers, [&] {
        return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
    });
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    tell(s_answers, parent, QMessageBox::Warning, title, text);
}

void Dialogs::critical(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    tell(s_answers, parent, QMessageBox::Critical, title, text);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    tell(s_answers, parent, QMessageBox::Information, title, text);
}

int Dialogs::choose(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                    const QString &text, const QStringList &choices, int defaultChoice,
                    int escapeChoice)
{
    s_lastMessage = text;
    return answered(s_nextChoice, [&] {
        QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
        QList<QAbstractButton *> buttons;
        for (const QString &choice : choices)
            buttons << box.addButton(choice, QMessageBox::AcceptRole);
        if (defaultChoice >= 0 && defaultChoice < buttons.size())
            box.setDefaultButton(qobject_cast<QPushButton *>(buttons.at(defaultChoice)));
        // Buttons of the accept role alone: Qt finds no escape button among them by itself.
        if (escapeChoice >= 0 && escapeChoice < buttons.size())
            box.setEscapeButton(buttons.at(escapeChoice));
        box.exec();
        return static_cast<int>(buttons.indexOf(box.clickedButton()));
    });
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &dir,
                              const QString &filter)
{
    return answered(s_nextFileName,
                    [&] { return QFileDialog::getOpenFileName(parent, caption, dir, filter); });
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                              const QString &filter)
{
    return answered(s_nextFileName,
                    [&] { return QFileDialog::getSaveFileName(parent, caption, dir, filter); });
}

QStringList Dialogs::openFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter)
{
    return answered(s_nextFileNames,
                    [&] { return QFileDialog::getOpenFileNames(parent, caption, dir, filter); });
}

QString Dialogs::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    return answered(s_nextFileName,
                    [&] { return QFileDialog::getExistingDirectory(parent, caption, dir); });
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_answers = {answer};
}

void Dialogs::setNextAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    s_answers = answers;
}

void Dialogs::setWhileAsking(const std::function<void()> &action)
{
    s_whileAsking = action;
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
