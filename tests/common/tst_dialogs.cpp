#include "common/Dialogs.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace dc;

// The message boxes of our own buttons, shown for real: Esc chooses the escape choice.
class TestDialogs final : public QObject
{
    Q_OBJECT

    // Presses @p key on the box once it is shown; if it is still open a second later, clicks its
    // first button, so that a box Esc cannot close fails the test instead of hanging it.
    static void pressOnTheBox(Qt::Key key)
    {
        QTimer::singleShot(200, [key] {
            if (QWidget *box = QApplication::activeModalWidget())
                QTest::keyClick(box, key);
        });
        QTimer::singleShot(1200, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->buttons().constFirst()->click();
        });
    }

private Q_SLOTS:
    void escapeChoosesTheEscapeChoice()
    {
        pressOnTheBox(Qt::Key_Escape);
        const int choice = Dialogs::choose(
            nullptr, QMessageBox::Warning, QStringLiteral("t"), QStringLiteral("text"),
            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, 2, 2);
        QCOMPARE(choice, 2);
    }

    void enterChoosesTheDefault()
    {
        pressOnTheBox(Qt::Key_Return);
        const int choice = Dialogs::choose(
            nullptr, QMessageBox::Question, QStringLiteral("t"), QStringLiteral("text"),
            {QStringLiteral("Open folder"), QStringLiteral("Close")}, 1, 1);
        QCOMPARE(choice, 1);
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
