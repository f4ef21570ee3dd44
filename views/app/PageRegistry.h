#pragma once

#include <QList>

#include <functional>

class QWidget;

namespace dc {

class Page;
struct PageContext;

/// How the main window makes one of its pages.
using PageFactory = std::function<Page *(const PageContext &context, QWidget *parent)>;

/// Every page of the main window, in the order of the navigation. Adding a page (Programs,
/// Calendar, Transparency, Documents...) is one line in PageRegistry.cpp.
QList<PageFactory> registeredPages();

} // namespace dc
