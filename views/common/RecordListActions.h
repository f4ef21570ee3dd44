#pragma once

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QAbstractItemView;
class QPushButton;
class QWidget;

namespace dc {

/// The New/Edit/Delete of a page's lists of records, the same on every page: its buttons, and on
/// each list Insert (new), Enter and a double click (edit) and Delete (delete). A read-only
/// database hides the buttons and leaves the keys to the list.
class RecordListActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListActions)

public:
    using Slot = std::function<void()>;

    /// The buttons are children of @p page.
    explicit RecordListActions(QWidget *page);

    /// One button of a list: its text, what it calls and its tool tip.
    struct Button
    {
        QString text;
        Slot slot;
        QString toolTip = {};
    };

    /// A button of the page that changes records, calling @p slot; hidden while read-only.
    QPushButton *button(const QString &text, const Slot &slot);
    /// The buttons of the list @p view in the order @p add, @p edit, @p others, @p remove, and
    /// the keys of the first three as bindKeys() binds them.
    QList<QPushButton *> list(QAbstractItemView *view, const Button &add, const Button &edit,
                              const Button &remove, const QList<Button> &others = {});
    /// Insert, Enter and Delete on @p view call @p add, @p edit and @p remove (an empty one leaves
    /// its key to the view); a double click calls @p edit.
    void bindKeys(QAbstractItemView *view, const Slot &add, const Slot &edit, const Slot &remove);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Keys
    {
        Slot add, edit, remove;
    };

    QWidget *m_page;
    QHash<QObject *, Keys> m_keys;
    QList<QPushButton *> m_buttons;
    bool m_readOnly = false;
};

} // namespace dc
