#include "common/LabelledField.h"

#include <QBoxLayout>
#include <QLabel>

namespace dc {

void addLabelledField(QBoxLayout *row, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    row->addWidget(label);
    row->addWidget(field);
}

} // namespace dc
