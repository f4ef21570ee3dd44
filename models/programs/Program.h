#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dc {

/// Whether a program is one of the office's own programs (with yearly editions) or a funded
/// project (one edition, e.g. SIPOCA 202).
enum class ProgramKind
{
    Program,
    Project
};

/// A program of the office ("Programul Promotorii Voluntariatului în România") or a project:
/// a plain value, free of SQL and widgets.
struct Program
{
    qint64 id = 0;
    QString name;
    QString code; ///< a short name people also use ("SIPOCA 202"); may be empty
    ProgramKind kind = ProgramKind::Program;
    QString managedBy;
    QString description;

    bool sameContent(const Program &other) const;
    QJsonObject toJson() const;
};

QString programKindCode(ProgramKind kind);
ProgramKind programKindFromCode(const QString &code);
QString programKindName(ProgramKind kind);

/// Text in its stored form (NFC, comma-below letters, trimmed).
void normalizeProgram(Program &program);
/// The problems of the record, one message per problem naming the field; empty when it can be
/// saved.
QStringList validateProgram(const Program &program);

} // namespace dc
