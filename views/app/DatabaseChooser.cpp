#include "DatabaseChooser.h"

#include "ConnectDialog.h"
#include "PasswordStore.h"
#include "storage/ServerAddress.h"

#include "SettingsKeys.h"
#include "common/Dialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseChooser)
};

QString databaseFilter()
{
    return Messages::tr("Dialog Civic databases (*.sqlite *.db);;All files (*)");
}

} // namespace

QString DatabaseChooser::initialPath(const QString &givenPath)
{
    if (!givenPath.isEmpty())
        return givenPath;
    const QString last = QSettings().value(SettingsKeys::lastDatabase).toString();
    if (!last.isEmpty() && (ServerAddress::isServerUrl(last) || QFileInfo::exists(last)))
        return last;
    return Database::defaultPath();
}

std::unique_ptr<Database> DatabaseChooser::open(const QString &firstPath, QWidget *parent)
{
    QString path = firstPath;
    // Only the default file (the first run) and a file chosen with "Create new…" are created: a
    // mistyped --database is "no such database", with the choices below.
    bool create =
        QFileInfo(path).absoluteFilePath() == QFileInfo(Database::defaultPath()).absoluteFilePath();
    for (;;) {
        // A server connection (the last one used) with the password kept in the keyring.
        Result<std::unique_ptr<Database>> opened = Database::open(
            passwords::withKeptPassword(path),
            create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly);
        if (opened)
            return std::move(opened).value();

        enum Choice
        {
            OpenAnother,
            CreateNew,
            ConnectToServer,
            Quit
        };
        const int choice = Dialogs::choose(
            parent, QMessageBox::Critical, Messages::tr("The database cannot be opened"),
            Messages::tr("%1\n\nYou can open another database file, create a new one, connect "
                         "to a server, or quit.")
                .arg(opened.error()),
            {Messages::tr("&Open another…"), Messages::tr("&Create new…"),
             Messages::tr("Connect to &server…"), Messages::tr("&Quit")},
            OpenAnother);
        if (choice == ConnectToServer) {
            // The server that failed (the last one used) filled in, its reason on top.
            const bool server = ServerAddress::isServerUrl(path);
            ServerConnection connection =
                ConnectDialog::connectToServer(parent, server ? passwords::keyOf(path) : QString(),
                                               server ? opened.error() : QString());
            if (connection.database)
                return std::move(connection.database);
            continue;
        }
        const QString dir = QFileInfo(path).absolutePath();
        if (choice == OpenAnother) {
            const QString chosen =
                Dialogs::openFileName(parent, Messages::tr("Open database"), dir, databaseFilter());
            if (!chosen.isEmpty()) {
                path = chosen;
                create = false;
            }
        } else if (choice == CreateNew) {
            QString chosen =
                Dialogs::saveFileName(parent, Messages::tr("New database"), dir, databaseFilter());
            if (!chosen.isEmpty()) {
                if (QFileInfo(chosen).suffix().isEmpty())
                    chosen += QStringLiteral(".sqlite");
                path = chosen;
                create = true;
            }
        } else {
            return nullptr;
        }
    }
}

} // namespace dc
