#pragma once

#include "storage/RecordTableModel.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QVariant>

namespace dc::test {

/// The stored value behind the cell (@p row, @p column) of @p model: what RecordTableModel's
/// RawValueRole gives, e.g. an amount in bani behind "500.000,00 lei".
inline QVariant rawValue(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(RecordTableModel::RawValueRole);
}

/// Checks @p model with a QAbstractItemModelTester (its failures reported through QtTest unless
/// @p mode says otherwise) for as long as the model lives: the tester is the model's child.
inline void checkWithTester(QAbstractItemModel *model,
                            QAbstractItemModelTester::FailureReportingMode mode =
                                QAbstractItemModelTester::FailureReportingMode::QtTest)
{
    new QAbstractItemModelTester(model, mode, model);
}

} // namespace dc::test
