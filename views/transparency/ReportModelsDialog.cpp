#include "ReportModelsDialog.h"

#include "common/Dialogs.h"
#include "common/ScreenFit.h"
#include "transparency/ReportModelRepository.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dc {

namespace {

enum Column
{
    Id,
    Name,
    ValidFrom,
    Items,
    Origin,
    ColumnCount
};

} // namespace

ReportModelsDialog::ReportModelsDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_db(std::move(db))
{
    setWindowTitle(tr("Models of the annual report"));
    auto *intro = new QLabel(
        tr("The institutions fill in the model of the report in force for the year. A model is "
           "a data file: load a corrected model file here and it applies from its first year "
           "on, in place of the built-in model with the same id."),
        this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Id"), tr("Name"), tr("From year"), tr("Items"), tr("Origin")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);

    auto *load = new QPushButton(tr("Load model file…"), this);
    m_export = new QPushButton(tr("Export…"), this);
    m_forget = new QPushButton(tr("Forget loaded model"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(load, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_forget, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(load, &QPushButton::clicked, this, &ReportModelsDialog::importModel);
    connect(m_export, &QPushButton::clicked, this, &ReportModelsDialog::exportModel);
    connect(m_forget, &QPushButton::clicked, this, &ReportModelsDialog::forgetModel);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString id = selectedId();
        const std::optional<ReportModel> model = ReportModelRepository(m_db).find(id);
        m_export->setEnabled(model.has_value());
        m_forget->setEnabled(model && !model->builtIn);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(760, 320));
    reload();
}

void ReportModelsDialog::reload()
{
    const QString selected = selectedId();
    const QList<ReportModel> models = ReportModelRepository(m_db).models();
    m_table->setRowCount(int(models.size()));
    for (int row = 0; row < models.size(); ++row) {
        const ReportModel &m = models.at(row);
        const QStringList cells = {m.id, m.name, QString::number(m.validFrom),
                                   QString::number(m.figures().size()),
                                   m.builtIn ? tr("built in") : tr("loaded")};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (m.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnToContents(Id);
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(m_table->rowCount() - 1);
    Q_EMIT m_table->itemSelectionChanged();
}

QString ReportModelsDialog::selectedId() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, Id) : nullptr;
    return item ? item->text() : QString();
}

bool ReportModelsDialog::importModel()
{
    const QString path = Dialogs::openFileName(this, tr("Load a model of the report"), QString(),
                                               tr("Models of the report (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::warning(this, windowTitle(),
                         tr("%1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const Result<ReportModel> loaded =
        ReportModelRepository(m_db).load(file.read(4 * 1024 * 1024), QFileInfo(path).fileName());
    if (!loaded) {
        Dialogs::warning(this, windowTitle(), loaded.error());
        return false;
    }
    reload();
    Dialogs::information(this, windowTitle(),
                         tr("The model %1 (%2) applies from %3 on.")
                             .arg(loaded->id, loaded->name)
                             .arg(loaded->validFrom));
    Q_EMIT modelsChanged();
    return true;
}

bool ReportModelsDialog::exportModel()
{
    const std::optional<ReportModel> model = ReportModelRepository(m_db).find(selectedId());
    if (!model)
        return false;
    const QString path = Dialogs::saveFileName(this, tr("Export the model of the report"),
                                               model->id + QLatin1String(".json"),
                                               tr("Models of the report (*.json)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(model->toJson()) < 0 || !file.commit()) {
        Dialogs::warning(this, windowTitle(),
                         tr("%1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    return true;
}

bool ReportModelsDialog::forgetModel()
{
    const QString id = selectedId();
    if (Dialogs::question(
            this, windowTitle(),
            tr("Forget the loaded model %1? The built-in model applies again.").arg(id)) !=
        QMessageBox::Yes)
        return false;
    if (const Status s = ReportModelRepository(m_db).unload(id); !s) {
        Dialogs::warning(this, windowTitle(), s.error());
        return false;
    }
    reload();
    Q_EMIT modelsChanged();
    return true;
}

} // namespace dc
