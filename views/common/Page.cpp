#include "Page.h"

namespace dc {

Page::Page(QWidget *parent) : QWidget(parent) {}

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
