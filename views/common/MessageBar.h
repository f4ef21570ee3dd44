#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace dc {

/// A message shown inline above the content (KeePassXC style) for things the user should know
/// but that do not block the work: a read-only file, a network share, a finished import.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows @p text (plain text, one or more lines); replaces the message shown before.
    void showMessage(const QString &text, Kind kind = Kind::Information, bool closable = true);
    void hideMessage();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace dc
