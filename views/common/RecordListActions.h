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

    /// A button of the page that changes records, calling @p slot; hidden while read-only.
    QPushButton *button(const QString &text, const Slot &slot);
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
