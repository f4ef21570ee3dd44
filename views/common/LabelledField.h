#pragma once

class QBoxLayout;
class QString;
class QWidget;

namespace dc {

/// Adds to @p row a label reading @p text (its mnemonic focuses @p field), then @p field: a choice
/// in the bar above a page's lists ("&Year:", "C&ounty:").
void addLabelledField(QBoxLayout *row, const QString &text, QWidget *field);

} // namespace dc
