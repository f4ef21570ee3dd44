#include "ModelCells.h"
#include "TestDatabase.h"
#include "storage/RecordListModel.h"
#include "storage/RowTableModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dc;

namespace {

// A record as a repository would give it.
struct Volunteer
{
    qint64 id = 0;
    QString name;
    int hours = 0;
    QString notes;
};

// The smallest model over a list of records: a column table and load().
class VolunteerModel final : public RecordListModel<Volunteer>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Hours,
        Notes,
        ColumnCount
    };

    VolunteerModel(QSqlDatabase db, QList<Volunteer> volunteers)
        : RecordListModel(
              std::move(db),
              {{QT_TR_NOOP("Name"), [](const Volunteer &v) { return QVariant(v.name); }},
               {QT_TR_NOOP("Hours"), [](const Volunteer &v) { return QVariant(v.hours); },
                [](const Volunteer &v) { return QVariant(QStringLiteral("%1 h").arg(v.hours)); },
                Numeric},
               {QT_TR_NOOP("Notes"),
                [](const Volunteer &v) { return QVariant(v.notes); },
                {},
                false,
                [](const Volunteer &v) {
                    return QVariant(QStringLiteral("tip of %1").arg(v.notes));
                }}},
              nullptr),
          m_volunteers(std::move(volunteers))
    {
        refresh();
    }

    // What the "database" holds now; refresh() reads it again.
    QList<Volunteer> m_volunteers;

protected:
    QList<Volunteer> load() const override { return m_volunteers; }
    qint64 recordId(const Volunteer &v) const override { return v.id; }
    QVariant recordData(const Volunteer &v, int role) const override
    {
        if (role == Qt::ToolTipRole)
            return QStringLiteral("row tip of %1").arg(v.name);
        return {};
    }
};

// The same shape through the rows computed whole (the transparency lists' way).
class FigureModel final : public RowTableModel
{
    Q_OBJECT

public:
    FigureModel(QSqlDatabase db, QList<Row> rows)
        : RowTableModel(std::move(db),
                        {{QT_TR_NOOP("Institution")}, {QT_TR_NOOP("Drafts"), Numeric}}, nullptr),
          m_rows(std::move(rows))
    {
        refresh();
    }

protected:
    QList<Row> load() const override { return m_rows; }

private:
    QList<Row> m_rows;
};

QList<Volunteer> volunteers()
{
    return {{7, QStringLiteral("Ștefan"), 10, QStringLiteral("b")},
            {3, QStringLiteral("Ana"), 2, QString()},
            {5, QStringLiteral("Sorin"), 10, QStringLiteral("a")},
            {9, QStringLiteral("Tudor"), 1, QString()}};
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data().toString();
    return names;
}

} // namespace

// The one base of the tables over a list of records: headers, display text and raw values from
// the column table, ids, alignment, tooltips, warnings and sorting by the raw values.
class TestRecordTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    }

    void cleanup() { m_db.reset(); }

    void columnTableGivesHeadersTextAndRawValues()
    {
        VolunteerModel model(m_db->connection(), volunteers());
        test::checkWithTester(&model);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(VolunteerModel::ColumnCount));
        QCOMPARE(model.headerData(VolunteerModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(model.headerData(VolunteerModel::Hours, Qt::Horizontal).toString(),
                 QStringLiteral("Hours"));
        QVERIFY(!model.headerData(VolunteerModel::Name, Qt::Horizontal, Qt::ToolTipRole).isValid());
        // Vertical headers are Qt's row numbers.
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);

        const QModelIndex hours = model.index(0, VolunteerModel::Hours);
        QCOMPARE(hours.data().toString(), QStringLiteral("10 h"));
        QCOMPARE(hours.data(RecordTableModel::RawValueRole), QVariant(10));
        // No display function: the raw value is shown.
        QCOMPARE(model.index(0, VolunteerModel::Name).data().toString(), QStringLiteral("Ștefan"));
        QCOMPARE(test::rawValue(model, 0, VolunteerModel::Name),
                 QVariant(QStringLiteral("Ștefan")));
        QCOMPARE(model.index(1, VolunteerModel::Notes).data(RecordTableModel::IdRole).toLongLong(),
                 3);
        QVERIFY(!model.index(0, VolunteerModel::Name).data(Qt::EditRole).isValid());
    }

    void numbersAreRightAligned()
    {
        VolunteerModel model(m_db->connection(), volunteers());
        test::checkWithTester(&model);
        QCOMPARE(model.index(0, VolunteerModel::Hours).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.index(0, VolunteerModel::Name).data(Qt::TextAlignmentRole).isValid());
    }

    void cellToolTipBeforeTheRowsOne()
    {
        VolunteerModel model(m_db->connection(), volunteers());
        test::checkWithTester(&model);
        QCOMPARE(model.index(1, VolunteerModel::Notes).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("tip of "));
        QCOMPARE(model.index(1, VolunteerModel::Name).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("row tip of Ana"));
    }

    void idsAndRowsOfRecords()
    {
        VolunteerModel model(m_db->connection(), volunteers());
        test::checkWithTester(&model);
        QCOMPARE(model.idAt(2), 5);
        QCOMPARE(model.idAt(4), 0);
        QCOMPARE(model.idAt(-1), 0);
        QCOMPARE(model.rowOfId(9), 3);
        QCOMPARE(model.rowOfId(42), -1);
        QVERIFY(model.recordAt(4) == nullptr);
        QCOMPARE(model.recordAt(1)->name, QStringLiteral("Ana"));
        QCOMPARE(model.records().size(), 4);
    }

    void sortsTextInRomanianOrderAndNumbersAsNumbers()
    {
        VolunteerModel model(m_db->connection(), volunteers());
        test::checkWithTester(&model);
        model.sort(VolunteerModel::Name);
        // Ș after S and before T in Romanian.
        QCOMPARE(names(model), (QStringList{QStringLiteral("Ana"), QStringLiteral("Sorin"),
                                            QStringLiteral("Ștefan"), QStringLiteral("Tudor")}));
        model.sort(VolunteerModel::Hours, Qt::DescendingOrder);
        // 10 before 2 as numbers; the two tens keep their order (a stable sort).
        QCOMPARE(names(model), (QStringList{QStringLiteral("Sorin"), QStringLiteral("Ștefan"),
                                            QStringLiteral("Ana"), QStringLiteral("Tudor")}));
        model.sort(VolunteerModel::Hours, Qt::AscendingOrder);
        QCOMPARE(names(model), (QStringList{QStringLiteral("Tudor"), QStringLiteral("Ana"),
                                            QStringLiteral("Sorin"), QStringLiteral("Ștefan")}));
        // A column that does not exist changes nothing.
        model.sort(VolunteerModel::ColumnCount);
        QCOMPARE(names(model).first(), QStringLiteral("Tudor"));
    }

    void sortingKeepsSelectionsOnTheirRecords()
    {
        VolunteerModel model(m_db->connection(), volunteers());
        test::checkWithTester(&model);
        const QPersistentModelIndex ana(model.index(1, VolunteerModel::Hours));
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.sort(VolunteerModel::Name, Qt::DescendingOrder);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(ana.row(), 3);
        QCOMPARE(ana.column(), int(VolunteerModel::Hours));
        QCOMPARE(ana.data(RecordTableModel::IdRole).toLongLong(), 3);
    }

    void refreshReadsAgainInTheSameOrder()
    {
        VolunteerModel model(m_db->connection(), volunteers());
        test::checkWithTester(&model);
        model.sort(VolunteerModel::Name);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.m_volunteers << Volunteer{11, QStringLiteral("Bogdan"), 4, QString()};
        model.refresh();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(names(model), (QStringList{QStringLiteral("Ana"), QStringLiteral("Bogdan"),
                                            QStringLiteral("Sorin"), QStringLiteral("Ștefan"),
                                            QStringLiteral("Tudor")}));
        model.m_volunteers.clear();
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    }

    void rowsComputedWholeKeepTheirTextTooltipsAndWarnings()
    {
        RowTableModel::Row late;
        late.id = 4;
        late.raw = {QStringLiteral("Ministerul Culturii"), 12};
        late.display = {QStringLiteral("Ministerul Culturii"), QStringLiteral("12 drafts")};
        late.toolTip = QStringLiteral("two deadlines broken");
        late.cellToolTips = {QString(), QStringLiteral("3 adopted")};
        late.warning = true;
        RowTableModel::Row onTime;
        onTime.id = 8;
        onTime.raw = {QStringLiteral("Agenția Națională"), 3};
        onTime.display = onTime.raw;
        FigureModel model(m_db->connection(), {late, onTime});
        test::checkWithTester(&model);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Drafts"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("12 drafts"));
        QCOMPARE(test::rawValue(model, 0, 1), QVariant(12));
        QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("3 adopted"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("two deadlines broken"));
        QVERIFY(!model.index(1, 0).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.index(0, 0).data(RecordTableModel::WarningRole), QVariant(true));
        QCOMPARE(model.index(1, 0).data(RecordTableModel::WarningRole), QVariant(false));
        QCOMPARE(model.index(1, 1).data(RecordTableModel::IdRole).toLongLong(), 8);
        model.sort(1);
        QCOMPARE(model.idAt(0), 8);
    }

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
