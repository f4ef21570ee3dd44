#include "RegisterKind.h"

#include "core/Text.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(RegisterKind)
};

// Stems that the English and Romanian words share no further than needed: "asociat" catches
// asociatie, asociatii, asociatiilor; "federat" federatie/federatii, "fundat" fundatie/fundatii.
struct Stem
{
    const char *stem;
    RegisterKind kind;
};
constexpr Stem stems[] = {
    {"asociat", RegisterKind::Association}, {"association", RegisterKind::Association},
    {"fundat", RegisterKind::Foundation},   {"foundation", RegisterKind::Foundation},
    {"federat", RegisterKind::Federation},  {"federation", RegisterKind::Federation},
    {"uniun", RegisterKind::Union},         {"union", RegisterKind::Union},
};

std::optional<RegisterKind> kindIn(const QString &folded, bool whole)
{
    std::optional<RegisterKind> found;
    for (const Stem &s : stems) {
        const QLatin1String stem(s.stem);
        const bool hit = whole ? folded.startsWith(stem) : folded.contains(stem);
        if (!hit)
            continue;
        if (found && *found != s.kind)
            return std::nullopt; // two kinds named: let the user say
        found = s.kind;
    }
    return found;
}

} // namespace

QString registerKindCode(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Association:
        return QStringLiteral("association");
    case RegisterKind::Foundation:
        return QStringLiteral("foundation");
    case RegisterKind::Federation:
        return QStringLiteral("federation");
    case RegisterKind::Union:
        return QStringLiteral("union");
    }
    return {};
}

std::optional<RegisterKind> parseRegisterKind(const QString &text)
{
    const QString f = text::folded(text.trimmed());
    if (f.isEmpty())
        return std::nullopt;
    return kindIn(f, true);
}

std::optional<RegisterKind> registerKindFromFileName(const QString &path)
{
    return kindIn(text::folded(QFileInfo(path).completeBaseName()), false);
}

QString registerKindName(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Association:
        return Messages::tr("association");
    case RegisterKind::Foundation:
        return Messages::tr("foundation");
    case RegisterKind::Federation:
        return Messages::tr("federation");
    case RegisterKind::Union:
        return Messages::tr("union");
    }
    return {};
}

} // namespace dc
