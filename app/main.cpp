#include "Cli.h"
#include "app/GuiMain.h"
#include "app/PreferencesDialog.h"
#include "core/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dialogcivic"));
    QCoreApplication::setApplicationName(QStringLiteral("dialogcivic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIALOGCIVIC_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    describeApplication();

    // Decide between the window and a headless command before any application object exists, so
    // that commands run on machines with no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    dc::Cli::addOptions(parser);
    const bool parsed = parser.parse(arguments);
    const bool headless = !parsed || !parser.positionalArguments().isEmpty() ||
                          parser.isSet(QStringLiteral("help")) ||
                          parser.isSet(QStringLiteral("version"));
    // A language we do not have is a mistake on the command line, not a reason to guess one.
    const QString language = parser.value(QStringLiteral("lang")).trimmed().toLower();
    if (parsed && parser.isSet(QStringLiteral("lang")) &&
        !dc::Language::available().contains(language)) {
        std::fprintf(stderr, "dialogcivic: unknown language '%s' for --lang (%s)\n",
                     qPrintable(parser.value(QStringLiteral("lang"))),
                     qPrintable(dc::Language::available().join(QLatin1String(", "))));
        return dc::Cli::Usage;
    }

    if (headless) {
        // Documents draw text and charts (Qt Charts are widgets): the report commands need a
        // QApplication, on the offscreen platform when there is no display.
        const bool documents =
            parsed && parser.positionalArguments().value(0) == QLatin1String("report");
        if (documents && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app =
            documents ? std::make_unique<QApplication>(argc, argv)
                      : std::make_unique<QCoreApplication>(argc, argv);
        describeApplication();
        // A document is written in the user's language (Romanian by default), dates included.
        if (parser.isSet(QStringLiteral("lang")) || documents)
            dc::Language::install(dc::Language::resolve(parser.value(QStringLiteral("lang"))));
        if (!parsed) {
            std::fprintf(stderr, "dialogcivic: %s\n", qPrintable(parser.errorText()));
            return dc::Cli::Usage;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                                << QCoreApplication::applicationVersion() << '\n';
            return dc::Cli::Success;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            QTextStream(stdout) << parser.helpText() << '\n' << dc::Cli::commandsHelp();
            return dc::Cli::Success;
        }
        return dc::Cli::run(parser);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Dialog Civic"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dialogcivic.png")));
    // --lang for this run, else the language chosen in Preferences, else the system's.
    dc::Language::install(
        dc::PreferencesDialog::startupLanguage(parser.value(QStringLiteral("lang"))));
    return dc::runGui(parser.value(QStringLiteral("database")));
}
