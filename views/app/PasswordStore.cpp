#include "PasswordStore.h"

#include "storage/ServerAddress.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>

namespace dc::passwords {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(dc::passwords)
};

// The keyring's name for the program's entries.
const QString service = QStringLiteral("Dialog Civic");

// Runs @p job to its end (the keyring answers over D-Bus; the dialog that asks is modal).
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a password in plain text
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

QString failure(const QKeychain::Job &job)
{
    //: %1 is the keyring's own explanation (in English)
    return Messages::tr("The desktop's keyring cannot be used: %1").arg(job.errorString());
}

} // namespace

Result<QString> read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    runToEnd(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return Result<QString>::failure(failure(job));
    return job.textData();
}

Status write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(password);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return Status::failure(failure(job));
    return {};
}

Status forget(const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Status::failure(failure(job));
    return {};
}

QString keyOf(const QString &url)
{
    if (!ServerAddress::isServerUrl(url))
        return {};
    const Result<ServerAddress> address = ServerAddress::parse(url);
    return address ? address->displayName : QString();
}

QString withKeptPassword(const QString &url)
{
    const QString key = keyOf(url);
    if (key.isEmpty())
        return url;
    QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.password().isEmpty())
        return url;
    const Result<QString> kept = read(key);
    if (!kept || kept->isEmpty())
        return url;
    parsed.setPassword(kept.value());
    return parsed.toString(QUrl::FullyEncoded);
}

} // namespace dc::passwords
