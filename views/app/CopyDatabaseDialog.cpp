#include "CopyDatabaseDialog.h"

#include "ConnectDialog.h"
#include "PasswordStore.h"
#include "common/BackgroundTask.h"
#include "common/Dialogs.h"
#include "common/LastFolder.h"
#include "common/MessageBar.h"
#include "common/ScreenFit.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/ServerAddress.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dc {

CopyDatabaseDialog::CopyDatabaseDialog(const Database &source, QWidget *parent)
    : QDialog(parent), m_source(source)
{
    setWindowTitle(tr("Copy database"));
    m_message = new MessageBar(this);

    //: %1 names the open database (a file or a server database)
    auto *intro = new QLabel(
        tr("Copies every record of %1 into a new file or into an empty database on a server, in "
           "one transaction, then compares the rows and a checksum of every table on both sides. "
           "The open database is only read.")
            .arg(source.isServer() ? source.path() : QDir::toNativeSeparators(source.path())),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("target"));
    //: The copy's destination field: a file's path or a server database's address
    m_target->setPlaceholderText(tr("a new file, or postgresql://user@server/database"));
    auto *targetLabel = new QLabel(tr("Copy &to:"), this);
    targetLabel->setBuddy(m_target);
    auto *fileButton = new QPushButton(tr("&File…"), this);
    fileButton->setToolTip(tr("Choose a new database file"));
    auto *serverButton = new QPushButton(tr("&Server…"), this);
    serverButton->setToolTip(tr("Choose an empty database on a PostgreSQL server"));
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(fileButton);
    targetRow->addWidget(serverButton);

    m_figures = new QPlainTextEdit(this);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setReadOnly(true);
    m_figures->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_figures->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_figures->setPlaceholderText(
        tr("After the copy: every table, its rows and the checksum of its rows (SHA-256), the "
           "same on both sides."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &CopyDatabaseDialog::copy);
    connect(fileButton, &QPushButton::clicked, this, &CopyDatabaseDialog::chooseFile);
    connect(serverButton, &QPushButton::clicked, this, &CopyDatabaseDialog::chooseServer);
    connect(m_target, &QLineEdit::textChanged, this, &CopyDatabaseDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(intro);
    layout->addLayout(targetRow);
    layout->addWidget(m_figures, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(640, 420));
    updateButtons();
}

QString CopyDatabaseDialog::figures() const
{
    return m_figures->toPlainText();
}

void CopyDatabaseDialog::chooseFile()
{
    const QString path = saveFileNameInLastFolder(
        this, tr("Copy into a new file"), QStringLiteral("dialogcivic-copy.sqlite"),
        tr("Dialog Civic databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    m_target->setText(QDir::toNativeSeparators(path));
}

void CopyDatabaseDialog::chooseServer()
{
    ConnectDialog dialog(this);
    const QString typed = m_target->text().trimmed();
    if (ServerAddress::isServerUrl(typed))
        dialog.setUrl(typed);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_serverUrl = dialog.url();
    m_serverShown = dialog.displayUrl();
    m_target->setText(m_serverShown);
}

void CopyDatabaseDialog::updateButtons()
{
    const QString typed = m_target->text().trimmed();
    m_copy->setEnabled(!typed.isEmpty() && typed != m_copiedInto);
}

bool CopyDatabaseDialog::copy()
{
    const QString typed = m_target->text().trimmed();
    if (typed.isEmpty())
        return false;
    QString target = QDir::fromNativeSeparators(typed);
    if (ServerAddress::isServerUrl(typed))
        target = typed == m_serverShown ? m_serverUrl : passwords::withKeptPassword(typed);

    Result<CopySummary> summary = Result<CopySummary>::failure(QString());
    const Status done = BackgroundTask::runOnDatabase(
        this, m_source, tr("Copying the database…"), true,
        [&](Database &source, BackgroundTask::Progress &progress) {
            qint64 before = 0; // the rows of the tables copied before the current one
            QString current;
            qint64 currentRows = 0;
            summary = DatabaseCopy::copyInto(source, target,
                                             [&](const QString &table, qint64 rowsCopied) {
                                                 if (table != current) {
                                                     before += currentRows;
                                                     current = table;
                                                 }
                                                 currentRows = rowsCopied;
                                                 progress.items = before + rowsCopied;
                                                 return !progress.cancelRequested;
                                             });
            return summary ? Status() : Status::failure(summary.error());
        },
        [](qint64 rows) {
            //: Under "Copying the database…" while it runs
            return tr("%L1 rows copied").arg(rows);
        });
    if (!done) {
        m_message->showMessage(done.error(), MessageBar::Kind::Error);
        return false;
    }
    if (summary->cancelled) {
        m_message->showMessage(tr("The copy was cancelled; nothing was written."),
                               MessageBar::Kind::Warning);
        return false;
    }
    QStringList lines;
    const QLocale locale;
    for (const TableFigures &table : summary->tables)
        lines << QStringLiteral("%1  %2  %3")
                     .arg(table.table, -28)
                     .arg(locale.toString(table.rows), 10)
                     .arg(QString::fromLatin1(table.sha256));
    m_figures->setPlainText(lines.join(QLatin1Char('\n')));
    //: %1 tables, %2 rows, %3 the copy (a file or a server database)
    m_message->showMessage(
        tr("Copied %L1 tables, %L2 rows into %3. Every table has the rows and the checksum of "
           "the source.")
            .arg(summary->tables.size())
            .arg(summary->rows)
            .arg(summary->target),
        MessageBar::Kind::Information);
    m_copiedInto = typed;
    updateButtons();
    return true;
}

} // namespace dc
