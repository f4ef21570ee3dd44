// The base of the undo commands (RecordCommand, RecordChangeCommand): the change is made once by
// execute() and the push's redo skips it; undo and redo go back and forth under the same id and
// tell the page what to select; a change that fails is not pushed, and an undo or a redo that
// fails later (the file changed under the command) is reported, refreshes the page and leaves the
// stack without the command; a change, an undo or a redo over a version someone else changed
// meanwhile writes nothing and says what they changed, also when they commit it between the check
// and the write. Checked with institutions, on a fresh database per test.

#include "DatabaseTest.h"
#include "common/RecordChangeCommand.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "transparency/InstitutionRepository.h"

#include <QTest>
#include <QUndoStack>

using namespace dc;

namespace {

/// A record command over the institution repository, with the base's behaviour only; @p
/// beforeUpdate (when given) runs just before each update is written, inside its transaction.
class InstitutionChange final : public RecordChangeCommand<Institution>
{
public:
    InstitutionChange(RecordCommandContext context, Action action, Institution before,
                      Institution after, std::function<void()> beforeUpdate = {})
        : RecordChangeCommand(context, action, std::move(before), std::move(after),
                              RecordStore<Institution>::of<InstitutionRepository>(
                                  context.db, &InstitutionRepository::add,
                                  [beforeUpdate](InstitutionRepository &repository,
                                                 const Institution &institution) {
                                      if (beforeUpdate)
                                          beforeUpdate();
                                      return repository.update(institution);
                                  },
                                  &InstitutionRepository::remove, &InstitutionRepository::restore,
                                  &InstitutionRepository::find))
    {
        setText(QStringLiteral("change"));
    }
};

Institution ministry(const QString &name)
{
    Institution institution;
    institution.name = name;
    institution.kind = InstitutionKind::Ministry;
    return institution;
}

} // namespace

class TestRecordCommand final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    QList<qint64> m_selections; ///< what each change asked the page to select
    QStringList m_failures;

    RecordCommandContext context()
    {
        return {m_db->connection(), [this](qint64 id) { m_selections << id; },
                [this](const QString &message) { m_failures << message; }};
    }
    InstitutionRepository repository() const { return InstitutionRepository(m_db->connection()); }
    QString nameOf(qint64 id) const
    {
        const std::optional<Institution> found = repository().find(id);
        return found ? found->name : QString();
    }

    // The command that adds the ministry "Ministerul Testelor".
    std::unique_ptr<InstitutionChange> addingAMinistry()
    {
        return std::make_unique<InstitutionChange>(context(), RecordCommand::Action::Add,
                                                   Institution(),
                                                   ministry(QStringLiteral("Ministerul Testelor")));
    }

    /// The institution @p name, added and read back as stored.
    Institution stored(const QString &name)
    {
        const Result<qint64> id = repository().add(ministry(name));
        if (!id)
            return {};
        return repository().find(*id).value_or(Institution());
    }

    /// Someone else renames the institution @p id to @p name (through the same connection: what
    /// matters is that the command did not write it).
    bool renamedBySomeoneElse(qint64 id, const QString &name)
    {
        std::optional<Institution> institution = repository().find(id);
        if (!institution)
            return false;
        institution->name = name;
        return bool(repository().update(*institution));
    }

    void prepare() override
    {
        m_selections.clear();
        m_failures.clear();
    }

private Q_SLOTS:
    void executeMakesTheChangeAndThePushDoesNotRepeatIt()
    {
        QUndoStack stack;
        auto command = addingAMinistry();
        QVERIFY(command->execute());
        const qint64 id = command->recordId();
        QVERIFY(id > 0);
        QCOMPARE(m_selections, QList<qint64>{id});
        // The push calls redo(): a second addition would put the record back under the same id
        // and fail; skipped, nothing is written or reported.
        stack.push(command.release());
        QCOMPARE(repository().all().size(), 1);
        QCOMPARE(nameOf(id), QStringLiteral("Ministerul Testelor"));
        QCOMPARE(m_selections, QList<qint64>{id});
        QVERIFY(m_failures.isEmpty());
        QCOMPARE(stack.count(), 1);
        QVERIFY(stack.canUndo());
    }

    void undoAndRedoGoBackAndForth_data()
    {
        QTest::addColumn<int>("actionValue");   // a RecordCommand::Action
        QTest::addColumn<QString>("nameAfter"); // empty: the record is gone
        QTest::addColumn<bool>("selectedAfterApply");
        QTest::addColumn<bool>("selectedAfterRevert");
        QTest::newRow("add") << int(RecordCommand::Action::Add) << QStringLiteral("Ministerul Nou")
                             << true << false;
        QTest::newRow("edit") << int(RecordCommand::Action::Edit)
                              << QStringLiteral("Ministerul Nou") << true << true;
        QTest::newRow("delete") << int(RecordCommand::Action::Delete) << QString() << false << true;
    }

    void undoAndRedoGoBackAndForth()
    {
        QFETCH(int, actionValue);
        const auto action = RecordCommand::Action(actionValue);
        QFETCH(QString, nameAfter);
        QFETCH(bool, selectedAfterApply);
        QFETCH(bool, selectedAfterRevert);

        Institution before;
        if (action != RecordCommand::Action::Add) {
            const Result<qint64> id =
                repository().add(ministry(QStringLiteral("Ministerul Vechi")));
            QVERIFY2(id, qPrintable(id.error()));
            before = *repository().find(*id);
        }
        Institution after = ministry(QStringLiteral("Ministerul Nou"));
        after.id = before.id;
        QUndoStack stack;
        auto command = std::make_unique<InstitutionChange>(context(), action, before, after);
        QVERIFY(command->execute());
        const qint64 id = command->recordId();
        QVERIFY(id > 0);
        auto *pushed = command.get();
        stack.push(command.release());

        const qint64 applied = selectedAfterApply ? id : 0;
        const qint64 reverted = selectedAfterRevert ? id : 0;
        QCOMPARE(nameOf(id), nameAfter);
        stack.undo();
        QCOMPARE(nameOf(id), before.name);
        stack.redo();
        QCOMPARE(nameOf(id), nameAfter);
        QCOMPARE(pushed->recordId(), id); // an added record comes back under the id it first got
        stack.undo();
        QCOMPARE(nameOf(id), before.name);
        QCOMPARE(repository().all().size(), before.id > 0 ? 1 : 0);
        QCOMPARE(m_selections, (QList<qint64>{applied, reverted, applied, reverted}));
        QVERIFY(m_failures.isEmpty());
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.index(), 0);
    }

    void aChangeThatFailsIsNotMade()
    {
        InstitutionChange command(context(), RecordCommand::Action::Add, Institution(),
                                  ministry(QString())); // an institution needs a name
        const Status status = command.execute();
        QVERIFY(!status);
        QVERIFY2(status.error().contains(QStringLiteral("name")), qPrintable(status.error()));
        QVERIFY(repository().all().isEmpty());
        // The page shows the message of execute() itself; nothing refreshes.
        QVERIFY(m_selections.isEmpty());
        QVERIFY(m_failures.isEmpty());
    }

    void aRedoThatFailsIsReportedAndLeavesTheStack()
    {
        QUndoStack stack;
        auto command = addingAMinistry();
        QVERIFY(command->execute());
        const qint64 id = command->recordId();
        stack.push(command.release());
        stack.undo();
        QVERIFY(nameOf(id).isEmpty());
        // Another record takes the id behind the command's back: its redo cannot put it back.
        Institution other = ministry(QStringLiteral("Ministerul Altul"));
        other.id = id;
        QVERIFY(repository().restore(other));
        m_selections.clear();

        stack.redo();
        QCOMPARE(m_failures.size(), 1);
        QVERIFY(!m_failures.first().isEmpty());
        QCOMPARE(m_selections, QList<qint64>{0}); // the page shows what the file holds now
        QCOMPARE(stack.count(), 0);               // the command was dropped
        QVERIFY(!stack.canUndo());
        QVERIFY(!stack.canRedo());
        QCOMPARE(repository().all().size(), 1);
        QCOMPARE(nameOf(id), QStringLiteral("Ministerul Altul"));
    }

    void anUndoThatFailsIsReportedAndLeavesTheStack()
    {
        const Result<qint64> id = repository().add(ministry(QStringLiteral("Ministerul Vechi")));
        QVERIFY2(id, qPrintable(id.error()));
        const Institution before = *repository().find(*id);
        Institution after = before;
        after.name = QStringLiteral("Ministerul Nou");
        QUndoStack stack;
        stack.push(new QUndoCommand(QStringLiteral("an earlier change")));
        auto command = std::make_unique<InstitutionChange>(context(), RecordCommand::Action::Edit,
                                                           before, after);
        QVERIFY(command->execute());
        stack.push(command.release());
        // The record is deleted behind the command's back: its undo cannot save the old version.
        QVERIFY(repository().remove(*id));
        m_selections.clear();

        stack.undo();
        QCOMPARE(m_failures.size(), 1);
        QVERIFY2(m_failures.first().contains(QString::number(*id)), qPrintable(m_failures.first()));
        QCOMPARE(m_selections, QList<qint64>{0});
        QCOMPARE(stack.count(), 1); // the earlier change stays, undoable
        QCOMPARE(stack.index(), 1);
        QVERIFY(stack.canUndo());
        QVERIFY(!stack.canRedo());
        QVERIFY(repository().all().isEmpty());
    }

    // The form showed the record before someone else renamed it: its edit writes nothing and
    // says what they changed; the page is not refreshed (the form stays open, as with any failure).
    void anEditOverSomeoneElsesChangeWritesNothing()
    {
        const Institution before = stored(QStringLiteral("Ministerul Vechi"));
        QVERIFY(before.id > 0);
        QVERIFY(renamedBySomeoneElse(before.id, QStringLiteral("Ministerul Altcuiva")));
        Institution after = before;
        after.name = QStringLiteral("Ministerul Nou");
        InstitutionChange command(context(), RecordCommand::Action::Edit, before, after);
        const Status status = command.execute();
        QVERIFY(!status);
        QVERIFY2(
            status.error().contains(QStringLiteral("“Ministerul Vechi” → “Ministerul Altcuiva”")),
            qPrintable(status.error()));
        QCOMPARE(nameOf(before.id), QStringLiteral("Ministerul Altcuiva"));
        QVERIFY(m_selections.isEmpty());

        // Over their version, as the conflict box's "keep mine" makes it, the edit is written.
        const Institution theirs = *repository().find(before.id);
        InstitutionChange overTheirs(context(), RecordCommand::Action::Edit, theirs, after);
        QVERIFY(overTheirs.execute());
        QCOMPARE(nameOf(before.id), QStringLiteral("Ministerul Nou"));
    }

    // A deletion asked over a version someone else changed since deletes nothing.
    void aDeletionOfARecordChangedMeanwhileWritesNothing()
    {
        const Institution shown = stored(QStringLiteral("Ministerul Vechi"));
        QVERIFY(shown.id > 0);
        QVERIFY(renamedBySomeoneElse(shown.id, QStringLiteral("Ministerul Altcuiva")));
        InstitutionChange command(context(), RecordCommand::Action::Delete, shown, Institution());
        const Status status = command.execute();
        QVERIFY(!status);
        QVERIFY2(status.error().contains(QStringLiteral("Ministerul Altcuiva")),
                 qPrintable(status.error()));
        QCOMPARE(nameOf(shown.id), QStringLiteral("Ministerul Altcuiva"));
    }

    // Undo and redo put back a version only over the one the command left: when someone else
    // changed the record in between, nothing is written, the failure says what they changed and
    // the command leaves the stack, their version kept.
    void anUndoOrARedoOverSomeoneElsesChangeWritesNothing_data()
    {
        QTest::addColumn<bool>("undoFirst");
        QTest::newRow("undo of an edit") << false;
        QTest::newRow("redo of an edit") << true;
    }
    void anUndoOrARedoOverSomeoneElsesChangeWritesNothing()
    {
        QFETCH(bool, undoFirst);
        const Institution before = stored(QStringLiteral("Ministerul Vechi"));
        QVERIFY(before.id > 0);
        Institution after = before;
        after.name = QStringLiteral("  Ministerul Nou "); // stored trimmed: undo expects that
        QUndoStack stack;
        auto command = std::make_unique<InstitutionChange>(context(), RecordCommand::Action::Edit,
                                                           before, after);
        QVERIFY(command->execute());
        stack.push(command.release());
        QCOMPARE(nameOf(before.id), QStringLiteral("Ministerul Nou"));
        if (undoFirst) {
            stack.undo();
            QVERIFY(m_failures.isEmpty());
            QCOMPARE(nameOf(before.id), QStringLiteral("Ministerul Vechi"));
        }
        const QString was = nameOf(before.id);
        QVERIFY(renamedBySomeoneElse(before.id, QStringLiteral("Ministerul Altcuiva")));
        m_selections.clear();

        if (undoFirst)
            stack.redo();
        else
            stack.undo();
        QCOMPARE(m_failures.size(), 1);
        QVERIFY2(
            m_failures.first().contains(QStringLiteral("“%1” → “Ministerul Altcuiva”").arg(was)),
            qPrintable(m_failures.first()));
        QCOMPARE(m_selections, QList<qint64>{0});
        QCOMPARE(stack.count(), 0);
        QCOMPARE(nameOf(before.id), QStringLiteral("Ministerul Altcuiva"));
    }

    // On a server, another official's change committed after the command read the record and
    // before it wrote it fails the write: nothing of the command is written, theirs is kept, and
    // the failure says what they changed. (A file's write transaction holds the write lock from
    // its start: no other writer commits in between, which the other cases check.)
    void aChangeCommittedDuringTheWriteWritesNothing()
    {
        if (!test::onServer())
            QSKIP("a file's writers cannot commit inside another's write transaction");
        const Institution before = stored(QStringLiteral("Ministerul Vechi"));
        QVERIFY(before.id > 0);
        Result<std::unique_ptr<Database>> other =
            Database::open(m_db->path(), QStringLiteral("another_official"));
        QVERIFY2(other, qPrintable(other.error()));
        bool theirsWritten = false;
        const auto theirChange = [&] {
            Institution theirs = before;
            theirs.name = QStringLiteral("Ministerul Altcuiva");
            theirsWritten = bool(InstitutionRepository((*other)->connection()).update(theirs));
        };
        Institution after = before;
        after.name = QStringLiteral("Ministerul Nou");
        InstitutionChange command(context(), RecordCommand::Action::Edit, before, after,
                                  theirChange);
        const Status status = command.execute();
        QVERIFY(theirsWritten);
        QVERIFY(!status);
        QVERIFY2(
            status.error().contains(QStringLiteral("“Ministerul Vechi” → “Ministerul Altcuiva”")),
            qPrintable(status.error()));
        QCOMPARE(nameOf(before.id), QStringLiteral("Ministerul Altcuiva"));
        QVERIFY(!Transaction::isOpenOn(m_db->connection()));
    }
};

QTEST_MAIN(TestRecordCommand)
#include "tst_recordcommand.moc"
