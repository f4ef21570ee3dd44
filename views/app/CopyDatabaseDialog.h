#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dc {

class Database;
class MessageBar;

/// File > Copy database…: the open database copied whole into a new file or into an empty
/// database on a server (DatabaseCopy::copyInto, what `db copy` does), on a worker thread with
/// progress and Cancel; then every table's rows and checksum, compared on both sides, are shown.
/// Nothing is written when the copy fails or is cancelled, and the open database is only read.
class CopyDatabaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyDatabaseDialog)

public:
    /// Copies @p source, which must outlive the dialog.
    explicit CopyDatabaseDialog(const Database &source, QWidget *parent = nullptr);

    QLineEdit *targetEdit() const { return m_target; }
    QPushButton *copyButton() const { return m_copy; }
    MessageBar *messageBar() const { return m_message; }
    /// The figures of the last copy made (empty before one).
    QString figures() const;

    /// Copies into the target in the field; false (the reason on top) when nothing was copied.
    bool copy();

private:
    void chooseFile();
    void chooseServer();
    void updateButtons();

    const Database &m_source;
    MessageBar *m_message = nullptr;
    QLineEdit *m_target = nullptr;
    QPlainTextEdit *m_figures = nullptr;
    QPushButton *m_copy = nullptr;
    /// The server chosen through Connect (with the password typed there), and how it is shown.
    QString m_serverUrl;
    QString m_serverShown;
    /// The target the last copy was made into: Copy stays disabled until another is given.
    QString m_copiedInto;
};

} // namespace dc
