#include "AnnualFiguresPage.h"

#include "WarningHighlightProxy.h"
#include "common/Dialogs.h"
#include "reports/TransparencyReports.h"
#include "storage/Database.h"
#include "transparency/AnnualFigures.h"
#include "transparency/AnnualFiguresTableModel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace dc {

AnnualFiguresPage::AnnualFiguresPage(const PageContext &context, QWidget *parent) : Page(parent), m_context(context)
{
    const int lastYear = QDate::currentDate().year() - 1;
    m_model = new AnnualFiguresTableModel(context.database->connection(), lastYear, this);
    auto *proxy = new WarningHighlightProxy(AnnualFiguresTableModel::Reported, AnnualFiguresTableModel::ManualRole, this);
    proxy->setSourceModel(m_model);

    m_year = new QSpinBox(this);
    m_year->setRange(2003, QDate::currentDate().year());
    m_year->setValue(lastYear);
    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::RichText);
    auto *legend = new QLabel(tr("Figures in <i>italics</i> were typed from a paper report; the others are "
                                 "computed from the records. Hover a code for its meaning."),
                              this);
    legend->setWordWrap(true);
    m_documentHint = new QLabel(this);
    m_documentHint->setObjectName(QStringLiteral("documentHint"));
    m_documentHint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    top->addWidget(legend, 1);

    m_view = new QTableView(this);
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_documentHint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_missing);

    connect(m_year, &QSpinBox::valueChanged, this, &AnnualFiguresPage::showYear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AnnualFiguresPage::updateDocumentHint);
    showYear(lastYear);
}

QString AnnualFiguresPage::key() const
{
    return QStringLiteral("transparency-figures");
}

QString AnnualFiguresPage::title() const
{
    return tr("Annual figures");
}

QIcon AnnualFiguresPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("x-office-spreadsheet"), style()->standardIcon(QStyle::SP_FileDialogListView));
}

QString AnnualFiguresPage::statusText() const
{
    return tr("Annual figures of %1").arg(m_model->year());
}

void AnnualFiguresPage::showYear(int year)
{
    if (m_model->year() != year)
        m_model->setYear(year);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(AnnualFiguresTableModel::Institution,
                           std::min(m_view->columnWidth(AnnualFiguresTableModel::Institution), 320));
    QStringList names;
    for (const Institution &i : AnnualFigures::missing(m_context.database->connection(), year))
        names << i.name.toHtmlEscaped();
    m_missing->setText(names.isEmpty()
                           ? tr("Every institution has reported for %1.").arg(year)
                           : tr("<b>Not reported for %1:</b> %2").arg(year).arg(names.join(QLatin1String("; "))));
    updateDocumentHint();
    Q_EMIT statusTextChanged(statusText());
}

qint64 AnnualFiguresPage::documentInstitution() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.siblingAtColumn(0).data(RecordTableModel::IdRole).toLongLong(); // 0 on the totals
}

void AnnualFiguresPage::updateDocumentHint()
{
    const qint64 institution = documentInstitution();
    if (institution > 0) {
        const QString name = m_view->selectionModel()->currentIndex().siblingAtColumn(AnnualFiguresTableModel::Institution).data().toString();
        m_documentHint->setText(tr("Print and Export PDF give the annual report of %1 for %2. Select the totals "
                                   "row for the national synthesis.")
                                    .arg(name)
                                    .arg(m_model->year()));
    } else {
        m_documentHint->setText(tr("Print and Export PDF give the national synthesis of %1. Select an institution "
                                   "for its own annual report.")
                                    .arg(m_model->year()));
    }
}

bool AnnualFiguresPage::hasDocument() const
{
    return m_context.database != nullptr;
}

reports::ReportDocument AnnualFiguresPage::document() const
{
    if (!hasDocument())
        return {};
    const qint64 institution = documentInstitution();
    Result<reports::ReportDocument> document =
        institution > 0 ? reports::buildInstitutionTransparencyReport(*m_context.database, institution, m_model->year(), QLocale())
                        : reports::buildTransparencySynthesis(*m_context.database, m_model->year(), QLocale());
    if (!document) {
        Dialogs::warning(window(), tr("Annual transparency report"), document.error());
        return {};
    }
    return std::move(document).value();
}

} // namespace dc
