#include "common/RecordListActions.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QPushButton>

namespace dc {

RecordListActions::RecordListActions(QWidget *page) : QObject(page), m_page(page) {}

QPushButton *RecordListActions::button(const QString &text, const Slot &slot)
{
    auto *button = new QPushButton(text, m_page);
    connect(button, &QPushButton::clicked, this, slot);
    if (m_readOnly)
        button->hide();
    m_buttons << button;
    return button;
}

QList<QPushButton *> RecordListActions::list(QAbstractItemView *view, const Button &add,
                                             const Button &edit, const Button &remove,
                                             const QList<Button> &others)
{
    bindKeys(view, add.slot, edit.slot, remove.slot);
    QList<QPushButton *> buttons;
    for (const Button &b : QList<Button>{add, edit} + others + QList<Button>{remove}) {
        buttons << button(b.text, b.slot);
        if (!b.toolTip.isEmpty())
            buttons.last()->setToolTip(b.toolTip);
    }
    return buttons;
}

void RecordListActions::bindKeys(QAbstractItemView *view, const Slot &add, const Slot &edit,
                                 const Slot &remove)
{
    m_keys.insert(view, {add, edit, remove});
    view->installEventFilter(this);
    if (edit)
        connect(view, &QAbstractItemView::doubleClicked, this, edit);
}

void RecordListActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPushButton *button : std::as_const(m_buttons))
        button->setVisible(!readOnly);
}

bool RecordListActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || m_readOnly || !m_keys.contains(watched))
        return QObject::eventFilter(watched, event);
    const Keys &keys = m_keys[watched];
    const Slot *slot = nullptr;
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Insert:
        slot = &keys.add;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        slot = &keys.edit;
        break;
    case Qt::Key_Delete:
        slot = &keys.remove;
        break;
    default:
        break;
    }
    if (!slot || !*slot)
        return QObject::eventFilter(watched, event);
    (*slot)();
    return true;
}

} // namespace dc
