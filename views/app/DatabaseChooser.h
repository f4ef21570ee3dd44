#pragma once

#include "storage/Database.h"

#include <QString>

#include <memory>

class QWidget;

namespace dc {

/// Which database the program starts with, and what happens when it cannot be opened.
class DatabaseChooser final
{
public:
    /// The path given, else the last database (when the file still exists), else the default.
    static QString initialPath(const QString &givenPath);

    /// Opens @p path (created only when it is the default file of the first run); when that
    /// fails, one message names the file and the problem and offers to open another file, create
    /// a new one, or quit (null: the user chose to quit).
    static std::unique_ptr<Database> open(const QString &path, QWidget *parent = nullptr);
};

} // namespace dc
