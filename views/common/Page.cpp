#include "Page.h"

#include "common/RecordEditing.h"

#include <QApplication>

#include <utility>

namespace dc {

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

Page::Page(const PageContext &context, PageInfo info, QWidget *parent)
    : QWidget(parent), m_context(context), m_info(std::move(info))
{
}

bool Page::runCommand(std::unique_ptr<RecordCommand> command)
{
    const bool deletes = command->action() == RecordCommand::Action::Delete;
    const QString text = command->text();
    if (!executeAndPush(std::move(command), m_context.undoStack, this, title()))
        return false;
    if (deletes)
        Q_EMIT notice(tr("%1 — Edit > Undo puts it back.").arg(text));
    return true;
}

QList<QAction *> Page::editActions() const
{
    return {};
}

QList<QAction *> Page::fileActions() const
{
    return {};
}

void Page::focusSearch() {}

void Page::setReadOnly(bool) {}

QString Page::statusText() const
{
    return {};
}

bool Page::hasDocument() const
{
    return false;
}

reports::ReportDocument Page::document() const
{
    return {};
}

void Page::saveState(QSettings &) const {}

void Page::restoreState(const QSettings &) {}

void Page::applyNavigationFilter(const QVariantMap &) {}

void Page::databaseChanged(const QStringList &tables)
{
    if (tables.isEmpty())
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    reloadRecords();
    Q_EMIT statusTextChanged(statusText());
}

void Page::reloadRecords() {}

void Page::showEvent(QShowEvent *event)
{
    if (std::exchange(m_stale, false)) {
        reloadRecords();
        Q_EMIT statusTextChanged(statusText());
    }
    QWidget::showEvent(event);
}

} // namespace dc
