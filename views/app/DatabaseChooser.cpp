#include "DatabaseChooser.h"

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
            Quit
        };
        const int choice = Dialogs::choose(
            parent, QMessageBox::Critical, Messages::tr("The database cannot be opened"),
            Messages::tr("%1\n\nYou can open another database file, create a new one, or quit.")
                .arg(opened.error()),
            {Messages::tr("&Open another…"), Messages::tr("&Create new…"), Messages::tr("&Quit")},
            OpenAnother);
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
