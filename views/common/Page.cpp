#include "Page.h"

namespace dc {

Page::Page(PageInfo info, QWidget *parent) : QWidget(parent), m_info(std::move(info)) {}

QIcon Page::icon() const
{
    QIcon icon = style()->standardIcon(m_info.fallbackIcon);
    for (auto name = m_info.themeIcons.crbegin(); name != m_info.themeIcons.crend(); ++name)
        icon = QIcon::fromTheme(*name, icon);
    return icon;
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

} // namespace dc
