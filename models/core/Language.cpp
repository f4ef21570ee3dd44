#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace dc {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString &currentLanguage()
{
    static QString language;
    return language;
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("ro"), QStringLiteral("en"), QStringLiteral("sr")};
}

QString Language::resolve(const QString &requested)
{
    const QString wanted = requested.trimmed().toLower();
    if (available().contains(wanted))
        return wanted;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (wanted.isEmpty() && available().contains(system))
        return system;
    return QStringLiteral("ro");
}

bool Language::install(const QString &language)
{
    auto *app = QCoreApplication::instance();
    for (auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    const QLocale locale(language == QLatin1String("sr")   ? QStringLiteral("sr_Latn_RS")
                         : language == QLatin1String("en") ? QStringLiteral("en_GB")
                                                           : QStringLiteral("ro_RO"));
    QLocale::setDefault(locale);
    currentLanguage() = language;

    // English, the source language, still has a file: the plural forms of "%n ...". A plain
    // translator: every message is looked up under exactly the context lupdate filed it under.
    auto own = std::make_unique<QTranslator>();
    const bool ok = own->load(QStringLiteral(":/i18n/dialogcivic_%1.qm").arg(language));
    if (ok && app) {
        QCoreApplication::installTranslator(own.get());
        installed().push_back(std::move(own));
    }
    // Qt's own strings (standard buttons, dialogs) where Qt ships a translation.
    auto qt = std::make_unique<QTranslator>();
    if (app && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return ok;
}

QString Language::current()
{
    return currentLanguage().isEmpty() ? QStringLiteral("ro") : currentLanguage();
}

} // namespace dc
