#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace dc {

/// The headless commands (`dialogcivic --database PATH ngo search TEXT` ...): the same binary
/// without a window, for IT staff, scripts and tests. Output lines and exit codes are a contract.
class Cli final
{
public:
    /// Exit codes shared by the commands.
    enum Exit
    {
        Success = 0,
        Failure = 1,
        PartlyRejected = 2,
        Usage = 64
    };

    /// Declares every option any command takes.
    static void addOptions(QCommandLineParser &parser);
    /// The text shown by --help after Qt's option list.
    static QString commandsHelp();
    /// Runs the command named by the positional arguments.
    static int run(const QCommandLineParser &parser);
};

} // namespace dc
