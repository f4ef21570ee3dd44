#include "CliSupport.h"

#include "core/Text.h"

#include "core/NameMatcher.h"
#include "transparency/InstitutionRepository.h"

#include <QCoreApplication>
#include <QDir>

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

QString &createdDatabase()
{
    static QString path;
    return path;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, int &exitCode,
                                       DatabaseUse use)
{
    const bool named = parser.isSet(QStringLiteral("database"));
    const QString path = named ? parser.value(QStringLiteral("database")) : Database::defaultPath();
    if (named && path.isEmpty()) {
        exitCode = fail(QCoreApplication::translate("Cli", "--database needs a file name"), Usage);
        return nullptr;
    }
    Database::OpenMode mode = Database::OpenMode::ExistingOnly;
    if (use == DatabaseUse::Inspect)
        mode = Database::OpenMode::Inspect;
    else if (use == DatabaseUse::Create || parser.isSet(QStringLiteral("create")))
        mode = Database::OpenMode::CreateIfMissing;
    auto opened = Database::open(path, mode);
    if (!opened) {
        exitCode = fail(opened.error());
        return nullptr;
    }
    if (use == DatabaseUse::Write || use == DatabaseUse::Create) {
        Database &db = *opened.value();
        // A file too large to be checked at opening is checked now: nothing is written to a
        // damaged file. (Reading commands read what they can; SQLite reports a damaged page.)
        db.checkNow();
        if (db.isDamaged() || db.isReadOnly()) {
            for (const QString &warning : db.warnings())
                err() << "dialogcivic: " << warning << '\n';
            exitCode =
                fail(QCoreApplication::translate("Cli", "%1 cannot be changed: nothing was written")
                         .arg(QDir::toNativeSeparators(db.path())));
            return nullptr;
        }
    }
    if (opened.value()->wasCreated())
        createdDatabase() = opened.value()->path();
    for (const QString &warning : opened.value()->warnings())
        err() << "dialogcivic: " << warning << '\n';
    if (!opened.value()->backupPath().isEmpty())
        err() << "dialogcivic: "
              << QCoreApplication::translate("Cli", "a copy of the database was kept at %1")
                     .arg(opened.value()->backupPath())
              << '\n';
    return std::move(opened).value();
}

// --year YEAR: empty when absent; a usage error when it is not a year.
std::optional<int> yearOption(const QCommandLineParser &parser, bool &bad)
{
    bad = false;
    if (!parser.isSet(QStringLiteral("year")))
        return std::nullopt;
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1900 || year > 2100) {
        bad = true;
        return std::nullopt;
    }
    return year;
}

// The institution named by --institution: 0 when absent; on failure prints why (with the
// candidates) and sets @p exitCode.
std::optional<qint64> institutionOption(const QCommandLineParser &parser, const QSqlDatabase &db,
                                        int &exitCode)
{
    if (!parser.isSet(QStringLiteral("institution")))
        return qint64(0);
    const QString name = parser.value(QStringLiteral("institution"));
    const NameMatcher::Match match =
        NameMatcher::match(name, InstitutionRepository(db).candidates());
    switch (match.outcome) {
    case NameMatcher::Outcome::Unique:
        return match.id;
    case NameMatcher::Outcome::Ambiguous:
        exitCode = fail(QStringLiteral("'%1' matches several institutions: %2")
                            .arg(name, match.candidates.join(QLatin1String("; "))));
        return std::nullopt;
    case NameMatcher::Outcome::None:
        break;
    }
    exitCode = fail(
        match.candidates.isEmpty()
            ? QStringLiteral("no institution matches '%1' (there are no institutions)").arg(name)
            : QStringLiteral("no institution matches '%1'; the institutions are: %2")
                  .arg(name, match.candidates.join(QLatin1String("; "))));
    return std::nullopt;
}

std::optional<InstitutionScope> openWithInstitution(const QCommandLineParser &parser, int &exitCode)
{
    std::unique_ptr<Database> db = openDatabase(parser, exitCode);
    if (!db)
        return std::nullopt;
    const std::optional<qint64> institution = institutionOption(parser, db->connection(), exitCode);
    if (!institution)
        return std::nullopt;
    const QSqlDatabase connection = db->connection();
    return InstitutionScope{std::move(db), connection, *institution};
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text::escapedControls(text.simplified());
}

} // namespace dc::cli
