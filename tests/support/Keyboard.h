#pragma once

#include <QString>

class QWidget;

namespace dc::test {

/// Types @p text into @p widget as a user would. QTest::keyClicks() takes Latin-1 only: Romanian
/// letters (ă ș ț) go as key events with their text.
void typeText(QWidget *widget, const QString &text);

} // namespace dc::test
