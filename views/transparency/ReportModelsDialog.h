#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QPushButton;
class QTableWidget;

namespace dc {

/// Annual figures > Report models…: the models of the annual report in force, built in or loaded
/// by the office; a corrected model file is loaded here without a new release, and any model can
/// be exported as a file to correct it.
class ReportModelsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportModelsDialog)

public:
    explicit ReportModelsDialog(QSqlDatabase db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Asks for a model file and loads it; false when nothing was loaded.
    bool importModel();
    /// Asks for a file name and writes the selected model there.
    bool exportModel();
    /// Forgets the selected loaded model, so the built-in one applies again.
    bool forgetModel();

Q_SIGNALS:
    void modelsChanged();

private:
    void reload();
    QString selectedId() const;

    QSqlDatabase m_db;
    QTableWidget *m_table = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_forget = nullptr;
};

} // namespace dc
