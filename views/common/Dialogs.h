#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace dc {

/// Message boxes and file dialogs go through here, so that tests can give the answer in advance
/// (setNextAnswer / setNextFileName) instead of a modal dialog blocking the test.
class Dialogs final
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    /// A message box with buttons of our own (e.g. "Open another…", "Create new…", "Quit"); the
    /// index of the chosen one in @p choices. Esc (and closing the box) chooses @p escapeChoice;
    /// without one (-1) only a button closes the box.
    static int choose(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                      const QString &text, const QStringList &choices, int defaultChoice = 0,
                      int escapeChoice = -1);

    /// Empty when the user cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter);
    /// Several files; empty when the user cancelled.
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                     const QString &filter);
    /// A folder (answered in advance by setNextFileName); empty when the user cancelled.
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir);

    // For tests: the next dialog returns this without being shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// The next dialogs, one after the other, return these without being shown.
    static void setNextAnswers(const QList<QMessageBox::StandardButton> &answers);
    /// What happens while the next question() is open (another official's change, say), run
    /// once, just before the answer given in advance.
    static void setWhileAsking(const std::function<void()> &action);
    static void setNextFileName(const QString &fileName);
    /// The next openFileNames() returns these without being shown.
    static void setNextFileNames(const QStringList &fileNames);
    /// The next choose() returns this index without being shown.
    static void setNextChoice(int index);
    /// The text of the last message shown (or answered in advance), for assertions.
    static QString lastMessage();

private:
    /// The answers given in advance, the next first.
    static QList<QMessageBox::StandardButton> s_answers;
    static std::function<void()> s_whileAsking;
    static std::optional<QString> s_nextFileName;
    static std::optional<QStringList> s_nextFileNames;
    static std::optional<int> s_nextChoice;
    static QString s_lastMessage;
};

} // namespace dc
