#include "CliSupport.h"

#include <QCoreApplication>

namespace dc::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << "dialogcivic: " << message << '\n';
    err().flush();
    return code;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, int &exitCode)
{
    const QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                  : Database::defaultPath();
    auto opened = Database::open(path);
    if (!opened) {
        exitCode = fail(opened.error());
        return nullptr;
    }
    for (const QString &warning : opened.value()->warnings())
        err() << "dialogcivic: " << warning << '\n';
    if (!opened.value()->backupPath().isEmpty())
        err() << "dialogcivic: " << QCoreApplication::translate("Cli", "a copy of the database was kept at %1")
                                        .arg(opened.value()->backupPath())
              << '\n';
    return std::move(opened).value();
}

} // namespace dc::cli
