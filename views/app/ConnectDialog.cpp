#include "ConnectDialog.h"

#include "PasswordStore.h"
#include "common/MessageBar.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace dc {

namespace {

const QString sslmode = QStringLiteral("sslmode");
const int defaultPort = 5432;

} // namespace

QStringList ConnectDialog::tlsModes()
{
    return {QStringLiteral("prefer"),      QStringLiteral("require"), QStringLiteral("verify-ca"),
            QStringLiteral("verify-full"), QStringLiteral("allow"),   QStringLiteral("disable")};
}

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to server"));
    m_problem = new MessageBar(this);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    //: An example of a server's name in the Connect to server dialog
    m_host->setPlaceholderText(tr("e.g. db.office.local"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(QStringLiteral("dialogcivic"), this);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    //: The password field left empty: libpq looks in ~/.pgpass (or the keyring's copy is used)
    m_password->setPlaceholderText(tr("empty: the one kept, or ~/.pgpass"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tls"));
    const QStringList descriptions = {
        //: TLS (sslmode) choices of a server connection; the libpq name follows in parentheses
        tr("Encrypted when the server offers it (prefer)"),
        tr("Always encrypted (require)"),
        tr("Encrypted, server certificate checked (verify-ca)"),
        tr("Encrypted, certificate and server name checked (verify-full)"),
        tr("Unencrypted unless the server demands it (allow)"),
        tr("Never encrypted (disable)"),
    };
    const QStringList modes = tlsModes();
    for (qsizetype i = 0; i < modes.size(); ++i)
        m_tls->addItem(descriptions.at(i), modes.at(i));
    m_remember = new QCheckBox(tr("&Keep the password in the desktop's keyring"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(QString(), m_remember);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateButtons();
}

void ConnectDialog::setUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return;
    m_host->setText(parsed.host(QUrl::FullyDecoded));
    m_port->setValue(parsed.port(defaultPort));
    m_database->setText(parsed.path(QUrl::FullyDecoded).mid(1));
    m_user->setText(parsed.userName(QUrl::FullyDecoded));
    const QString mode = QUrlQuery(parsed).queryItemValue(sslmode, QUrl::FullyDecoded);
    const int index = m_tls->findData(mode.isEmpty() ? tlsModes().constFirst() : mode);
    m_tls->setCurrentIndex(std::max(0, index));
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void ConnectDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void ConnectDialog::setProblem(const QString &problem)
{
    if (problem.isEmpty())
        m_problem->hideMessage();
    else
        m_problem->showMessage(problem, MessageBar::Kind::Warning, false);
}

QString ConnectDialog::url() const
{
    return buildUrl(true);
}

QString ConnectDialog::displayUrl() const
{
    return buildUrl(false);
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

QString ConnectDialog::buildUrl(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    if (withPassword && !m_password->text().isEmpty())
        url.setPassword(m_password->text());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    const QString mode = m_tls->currentData().toString();
    if (mode != tlsModes().constFirst()) {
        QUrlQuery query;
        query.addQueryItem(sslmode, mode);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

ServerConnection ConnectDialog::connectToServer(QWidget *parent, const QString &url,
                                                const QString &problem)
{
    ConnectDialog dialog(parent);
    if (!url.isEmpty())
        dialog.setUrl(url);
    dialog.setProblem(problem);
    while (dialog.exec() == QDialog::Accepted) {
        const QString target =
            dialog.password().isEmpty() ? passwords::withKeptPassword(dialog.url()) : dialog.url();
        Result<std::unique_ptr<Database>> opened =
            Database::open(target, Database::OpenMode::ExistingOnly);
        if (!opened) {
            dialog.setProblem(opened.error());
            continue;
        }
        ServerConnection connection{std::move(opened).value(), QString()};
        if (!dialog.password().isEmpty()) {
            const QString key = connection.database->path();
            const Status kept = dialog.rememberPassword() ? passwords::write(key, dialog.password())
                                                          : passwords::forget(key);
            if (!kept)
                connection.keyringProblem = kept.error();
        }
        return connection;
    }
    return {};
}

void ConnectDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() &&
                          !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace dc
