#include "Program.h"

#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Program)
};

} // namespace

bool Program::sameContent(const Program &o) const
{
    return name == o.name && code == o.code && kind == o.kind && managedBy == o.managedBy &&
           description == o.description;
}

QJsonObject Program::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("code"), code},
            {QStringLiteral("kind"), programKindCode(kind)},
            {QStringLiteral("managed_by"), managedBy},
            {QStringLiteral("description"), description}};
}

QString programKindCode(ProgramKind kind)
{
    return kind == ProgramKind::Project ? QStringLiteral("project") : QStringLiteral("program");
}

ProgramKind programKindFromCode(const QString &code)
{
    return code == QLatin1String("project") ? ProgramKind::Project : ProgramKind::Program;
}

QString programKindName(ProgramKind kind)
{
    return kind == ProgramKind::Project ? Messages::tr("Project") : Messages::tr("Program");
}

void normalizeProgram(Program &p)
{
    p.name = text::normalized(p.name);
    p.code = text::normalized(p.code);
    p.managedBy = text::normalized(p.managedBy);
    p.description = p.description.trimmed();
}

QStringList validateProgram(const Program &p)
{
    QStringList problems;
    if (p.name.isEmpty())
        problems << Messages::tr("Name: the program needs a name.");
    return problems;
}

} // namespace dc
