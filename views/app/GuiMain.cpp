#include "GuiMain.h"

#include "DatabaseChooser.h"
#include "MainWindow.h"

#include <QApplication>

namespace dc {

int runGui(const QString &databasePath)
{
    std::unique_ptr<Database> database =
        DatabaseChooser::open(DatabaseChooser::initialPath(databasePath));
    if (!database)
        return 1;
    MainWindow window(std::move(database));
    window.show();
    return QApplication::exec();
}

} // namespace dc
