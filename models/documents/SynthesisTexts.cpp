#include "documents/SynthesisTexts.h"

#include "storage/AuditLog.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dc::reports {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(dc::reports::SynthesisTextRepository)
};

QVariant nullable(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

} // namespace

QJsonObject SynthesisTexts::toJson() const
{
    return QJsonObject{{QStringLiteral("synthesis_introduction"), introduction},
                       {QStringLiteral("synthesis_conclusion"), conclusion},
                       {QStringLiteral("promoters_stated"),
                        promotersStated ? QJsonValue(*promotersStated) : QJsonValue()},
                       {QStringLiteral("partnership_note"), partnershipNote}};
}

SynthesisTextRepository::SynthesisTextRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<SynthesisTexts> SynthesisTextRepository::texts(qint64 editionId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT synthesis_introduction, synthesis_conclusion, promoters_stated, partnership_note "
        "FROM edition WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), editionId);
    if (!q.exec())
        return Result<SynthesisTexts>::failure(q.lastError().text());
    if (!q.next())
        return Result<SynthesisTexts>::failure(
            Messages::tr("The edition no. %1 no longer exists.").arg(editionId));
    return SynthesisTexts{q.value(0).toString(), q.value(1).toString(),
                          q.value(2).isNull() ? std::nullopt
                                              : std::optional<int>(q.value(2).toInt()),
                          q.value(3).toString()};
}

Status SynthesisTextRepository::save(qint64 editionId, const SynthesisTexts &texts)
{
    return inTransaction(m_db, [&] { return saveInTransaction(editionId, texts); });
}

Status SynthesisTextRepository::saveInTransaction(qint64 editionId, const SynthesisTexts &texts)
{
    {
        const Result<SynthesisTexts> before = this->texts(editionId);
        if (!before)
            return Status::failure(before.error());
        const SynthesisTexts after{texts.introduction.trimmed(), texts.conclusion.trimmed(),
                                   texts.promotersStated, texts.partnershipNote.trimmed()};
        if (before.value() == after)
            return Status();
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("UPDATE edition SET synthesis_introduction = :introduction, "
                           "synthesis_conclusion = :conclusion, promoters_stated = :promoters, "
                           "partnership_note = :note, updated_at = :now WHERE id = :id"));
        q.bindValue(QStringLiteral(":introduction"), nullable(after.introduction));
        q.bindValue(QStringLiteral(":conclusion"), nullable(after.conclusion));
        q.bindValue(QStringLiteral(":promoters"), after.promotersStated
                                                      ? QVariant(*after.promotersStated)
                                                      : QVariant(QMetaType::fromType<int>()));
        q.bindValue(QStringLiteral(":note"), nullable(after.partnershipNote));
        q.bindValue(QStringLiteral(":now"), sqlvalues::nowIso());
        q.bindValue(QStringLiteral(":id"), editionId);
        if (!q.exec())
            return Status::failure(
                Messages::tr("The synthesis texts cannot be saved: %1").arg(q.lastError().text()));
        return AuditLog::record(m_db, QStringLiteral("edition"), editionId,
                                AuditLog::Action::Update, before->toJson(), after.toJson());
    }
}

} // namespace dc::reports
