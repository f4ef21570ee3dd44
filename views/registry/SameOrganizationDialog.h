#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace dc {

/// Chooses the record that another record is the same organization as: a search over the names
/// (the record itself and the records already marked as aliases are not offered).
class SameOrganizationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SameOrganizationDialog)

public:
    SameOrganizationDialog(QSqlDatabase db, qint64 organizationId, const QString &name,
                           QWidget *parent = nullptr);

    /// The chosen record; 0 when none is chosen.
    qint64 chosenId() const;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *candidates() const { return m_candidates; }

private:
    void search();

    QSqlDatabase m_db;
    qint64 m_organizationId = 0;
    QLineEdit *m_search = nullptr;
    QListWidget *m_candidates = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dc
