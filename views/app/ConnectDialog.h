#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace dc {

class Database;
class MessageBar;

/// What ConnectDialog::connectToServer() opened.
struct ServerConnection
{
    std::unique_ptr<Database> database; ///< null when the user cancelled
    /// Why the password typed could not be kept in the keyring (empty when it was, or none
    /// was typed): for the message bar.
    QString keyringProblem;
};

/// File > Connect to server…: where the office's shared database is (host, port, database), who
/// signs in (user, password) and how the connection is protected (libpq's sslmode). The password
/// never goes into the settings or a URL shown: url() carries it to Database::open only, and
/// rememberPassword() asks for it to be kept in the desktop's keyring.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    /// Fills the fields from @p url (a recent connection, or the one that just failed); a
    /// password in it is ignored.
    void setUrl(const QString &url);
    void setPassword(const QString &password);
    /// Shows why the last attempt failed, above the fields.
    void setProblem(const QString &problem);

    /// The address to open, with the password when one was typed.
    QString url() const;
    /// The same without the password: what the recent connections and the keyring know it by.
    QString displayUrl() const;
    QString password() const;
    bool rememberPassword() const;

    /// Asks where to connect (filled from @p url when given, with @p problem on top) until a
    /// server database opens or the user cancels: an empty password field uses the password kept
    /// for the connection, else libpq's ~/.pgpass; a typed one is kept in the keyring, or
    /// forgotten there, as the user chose. An empty database is not made here (IT prepares the
    /// server with db init-server).
    static ServerConnection connectToServer(QWidget *parent, const QString &url = QString(),
                                            const QString &problem = QString());

    /// libpq's sslmode values, in the order of the choice ("prefer" is libpq's default).
    static QStringList tlsModes();

private:
    void updateButtons();
    QString buildUrl(bool withPassword) const;

    MessageBar *m_problem = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tls = nullptr;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dc
