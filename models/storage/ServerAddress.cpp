#include "ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(dc::ServerAddress)
};

// The parameters a URL may give beside its host, port, database and user: how to reach and
// authenticate to the server. Others (options, replication...) change what the session does and
// are refused.
const QStringList knownParameters = {
    QStringLiteral("service"),
    QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
    QStringLiteral("target_session_attrs"),
    QStringLiteral("channel_binding"),
    QStringLiteral("gssencmode"),
    QStringLiteral("passfile"),
};

// A value quoted as the QPSQL driver quotes its own (libpq's conninfo: \ and ' escaped).
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool ServerAddress::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &url)
{
    using R = Result<ServerAddress>;
    const QUrl parsed(url, QUrl::StrictMode);
    const QString shown = parsed.isValid() ? parsed.toDisplayString(QUrl::RemovePassword)
                                           : QStringLiteral("postgresql://…");
    const QString usage =
        QStringLiteral("postgresql://user@host:port/database, postgresql:///?service=NAME");
    if (!isServerUrl(url) || !parsed.isValid() || !parsed.fragment().isEmpty())
        return R::failure(
            Messages::tr("%1 is not the address of a database server (%2).").arg(shown, usage));
    const QString path = parsed.path(QUrl::FullyDecoded);
    if (path.count(QLatin1Char('/')) > 1)
        return R::failure(
            Messages::tr("%1 is not the address of a database server (%2).").arg(shown, usage));

    ServerAddress address;
    address.host = parsed.host(QUrl::FullyDecoded);
    address.port = parsed.port(-1);
    address.database = path.mid(1);
    address.user = parsed.userName(QUrl::FullyDecoded);
    address.password = parsed.password(QUrl::FullyDecoded);
    address.displayName = shown;
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownParameters.contains(key))
            return R::failure(
                Messages::tr("%1: the connection parameter %2 is not one Dialog Civic accepts.")
                    .arg(shown, key));
        // The driver joins its options with ';', which it turns into spaces.
        if (value.contains(QLatin1Char(';')) || value.isEmpty())
            return R::failure(Messages::tr("%1: the value of the connection parameter %2 "
                                           "cannot be used.")
                                  .arg(shown, key));
        address.options << key + QLatin1Char('=') + quoted(value);
    }
    return R(std::move(address));
}

QString ServerAddress::title() const
{
    QString name = database;
    if (name.isEmpty()) {
        const QString service = QStringLiteral("service='");
        for (const QString &option : options) {
            if (option.startsWith(service))
                name = QStringLiteral("service ") + option.mid(service.size()).chopped(1);
        }
    }
    if (name.isEmpty())
        name = displayName;
    if (host.isEmpty())
        return name;
    const QString where = port == -1 ? host : QStringLiteral("%1:%2").arg(host).arg(port);
    return QStringLiteral("%1 (%2)").arg(name, where);
}

} // namespace dc
