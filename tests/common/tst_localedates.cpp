// ISO dates given by the models for display are shown in the user's language's format.
#include "common/LocaleDates.h"

#include <QItemDelegate>
#include <QListView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace dc;

class TestLocaleDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datesFollowTheLocale()
    {
        LocaleDateDelegate delegate;
        const QLocale ro(QLocale::Romanian, QLocale::Romania);
        QCOMPARE(delegate.displayText(QStringLiteral("2021-04-28"), ro),
                 ro.toString(QDate(2021, 4, 28), QLocale::ShortFormat));
        QVERIFY(delegate.displayText(QStringLiteral("2021-04-28"), ro)
                    .contains(QLatin1String("28.04.2021")));
        const QLocale sr(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia);
        // Issue 15: a year of four digits everywhere (Serbian's short format has "6.12.21.").
        QCOMPARE(delegate.displayText(QStringLiteral("2021-12-06"), sr),
                 QStringLiteral("6.12.2021."));
        QCOMPARE(delegate.displayText(QStringLiteral("2021-12-06"),
                                      QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("06/12/2021"));
        QCOMPARE(delegate.displayText(QStringLiteral("2025-03-10 14:05"), ro),
                 ro.toString(QDateTime(QDate(2025, 3, 10), QTime(14, 5)), QLocale::ShortFormat));
    }

    void otherValuesUnchanged()
    {
        LocaleDateDelegate delegate;
        const QLocale ro(QLocale::Romanian, QLocale::Romania);
        QCOMPARE(delegate.displayText(QStringLiteral("Nord-Est"), ro), QStringLiteral("Nord-Est"));
        QCOMPARE(delegate.displayText(QStringLiteral("2021-13-45"), ro),
                 QStringLiteral("2021-13-45")); // no date
        QCOMPARE(delegate.displayText(QStringLiteral("Raport 2021-04-28"), ro),
                 QStringLiteral("Raport 2021-04-28"));
        QCOMPARE(delegate.displayText(QStringLiteral("12"), ro), QStringLiteral("12"));
    }

    void onlyDefaultDelegatesAreReplaced()
    {
        QWidget root;
        auto *plain = new QTableView(&root);
        auto *own = new QListView(&root);
        auto *custom = new QItemDelegate(own); // a page's own delegate
        own->setItemDelegate(custom);
        useLocaleDates(&root);
        QVERIFY(qobject_cast<LocaleDateDelegate *>(plain->itemDelegate()));
        QCOMPARE(own->itemDelegate(), custom);
    }
};

QTEST_MAIN(TestLocaleDates)
#include "tst_localedates.moc"
