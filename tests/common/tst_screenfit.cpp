#include "common/ScreenFit.h"

#include <QDialog>
#include <QLabel>
#include <QScreen>
#include <QTest>
#include <QVBoxLayout>

using namespace dc;

// A dialog asks for its size and gets it where the screen has room, and less where it has not,
// never less than what its contents need.
class TestScreenFit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSizeThatFitsIsKept()
    {
        QDialog dialog;
        resizeWithinScreen(&dialog, QSize(300, 200));
        QCOMPARE(dialog.size(), QSize(300, 200));
    }

    void aSizeLargerThanTheScreenIsCut()
    {
        QDialog dialog;
        QVERIFY(dialog.screen());
        const QRect available = dialog.screen()->availableGeometry();
        resizeWithinScreen(&dialog, QSize(available.width() + 500, available.height() + 500));
        QVERIFY2(dialog.width() < available.width(), qPrintable(QString::number(dialog.width())));
        QVERIFY2(dialog.height() + 30 < available.height(),
                 qPrintable(QString::number(dialog.height())));
        QVERIFY(dialog.width() > available.width() / 2);
    }

    void theContentsStillFit()
    {
        QDialog dialog;
        auto *layout = new QVBoxLayout(&dialog);
        auto *label = new QLabel(&dialog);
        label->setMinimumSize(250, 180);
        layout->addWidget(label);
        resizeWithinScreen(&dialog, QSize(100, 100));
        QVERIFY(dialog.width() >= 250);
        QVERIFY(dialog.height() >= 180);
    }
};

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
