#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace dc {

namespace {

// Our models translate through small helpers (QCoreApplication::translate("Database", ...))
// where lupdate files the same strings under the C++ scope it sees ("dc::Database", or "dc" for
// free functions, "dc::reports" for those of the report documents). This translator looks a
// message up under all these names. A helper class in such a file (a parser, one run of an
// import) has a scope of its own that neither names: it declares the file's context with
// Q_DECLARE_TR_FUNCTIONS, and so does a class that would otherwise inherit its base's tr().
class ProgramTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        QString result = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!result.isEmpty() || !context)
            return result;
        const QByteArray scoped = QByteArray("dc::") + context;
        result = QTranslator::translate(scoped.constData(), sourceText, disambiguation, n);
        if (result.isEmpty())
            result = QTranslator::translate("dc", sourceText, disambiguation, n);
        if (result.isEmpty())
            result = QTranslator::translate("dc::reports", sourceText, disambiguation, n);
        return result;
    }
};

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

    // English, the source language, still has a file: the plural forms of "%n ...".
    auto own = std::make_unique<ProgramTranslator>();
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
