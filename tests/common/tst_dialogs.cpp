#include "common/Dialogs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace dc;

// The message boxes of our own buttons, shown for real: Esc chooses the escape choice.
class TestDialogs final : public QObject
{
    Q_OBJECT

    // Presses @p key on the box once it is shown (however slow the build); if it is still open
    // three seconds later, clicks its first button, so that a box Esc cannot close fails the
    // test instead of hanging it. The watch ends with the box.
    void pressOnTheBox(Qt::Key key)
    {
        auto *watch = new QTimer(this); // gone with the test object at the latest
        watch->setInterval(50);
        QObject::connect(
            watch, &QTimer::timeout,
            [watch, key, pressed = QElapsedTimer(), box = QPointer<QMessageBox>()]() mutable {
                if (!pressed.isValid()) {
                    box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                    if (box) {
                        pressed.start();
                        QTest::keyClick(box, key);
                    }
                    return;
                }
                if (!box || !box->isVisible()) {
                    watch->stop();
                    watch->deleteLater();
                } else if (pressed.elapsed() > 3000) {
                    box->buttons().constFirst()->click();
                }
            });
        watch->start();
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
