#include "documents/RegisterChangesReport.h"

#include "nationalregister/RegisterChangeModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace dc::reports {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(RegisterChangesReport)
};

QString importText(const RegisterImport &i)
{
    const QString when = QDateTime::fromString(i.importedAt, Qt::ISODate)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return Messages::tr("%1 (imported %2)").arg(i.fileName, when);
}

} // namespace

ReportDocument registerChangesReport(const RegisterChangesData &data, QDate generatedOn)
{
    ReportDocument doc;
    doc.title = Messages::tr("What changed in the national NGO register");
    if (data.until) {
        doc.subtitle =
            data.from
                ? Messages::tr("From %1 to %2").arg(importText(*data.from), importText(*data.until))
                : Messages::tr("Up to %1").arg(importText(*data.until));
    }
    doc.generatedOn = generatedOn;
    doc.language = QLocale().name().left(2);

    QStringList filters;
    if (!data.county.isEmpty())
        filters << Messages::tr("county: %1").arg(data.county);
    if (!data.kinds.isEmpty())
        filters << Messages::tr("changes: %1").arg(data.kinds);
    if (!filters.isEmpty())
        doc.add(Block::paragraph(Messages::tr("Only %1.").arg(filters.join(QLatin1String("; ")))));

    // How many of each kind, in the kinds' own order.
    TableSpec counts;
    counts.header = {Messages::tr("Change"), Messages::tr("Organizations")};
    counts.numericColumns = {1};
    counts.stretch = {3, 1};
    qsizetype total = 0;
    for (const QString &kind : RegisterChange::kinds()) {
        qsizetype n = 0;
        for (const RegisterChange &c : data.changes)
            n += c.kind == kind ? 1 : 0;
        if (n == 0)
            continue;
        counts.rows.append({RegisterChange::nameOfKind(kind), QLocale().toString(n)});
        total += n;
    }
    counts.rows.append({Messages::tr("Total"), QLocale().toString(total)});
    counts.totalRow = true;
    doc.add(Block::heading(Messages::tr("Summary")));
    if (data.changes.isEmpty())
        doc.add(Block::paragraph(Messages::tr("No changes.")));
    else
        doc.add(Block::tableBlock(counts));

    TableSpec table;
    using M = RegisterChangeModel;
    table.header = {M::columnTitle(M::Kind), M::columnTitle(M::RegistryNumber),
                    M::columnTitle(M::Name), M::columnTitle(M::County), M::columnTitle(M::Detail)};
    table.stretch = {2, 2, 5, 2, 5};
    for (const RegisterChange &c : data.changes)
        table.rows.append({c.kindName(), c.registryNumber, c.name, c.county, c.detail()});
    if (!data.changes.isEmpty()) {
        doc.add(Block::heading(Messages::tr("Changes")));
        doc.add(Block::tableBlock(table));
    }
    doc.figures = table;
    return doc;
}

} // namespace dc::reports
