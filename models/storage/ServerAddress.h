#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace dc {

/// Where a Dialog Civic database on a PostgreSQL server is, read from libpq's URL form:
/// `postgresql://user[:password]@host[:port]/database[?parameter=value&...]`, or
/// `postgresql:///?service=NAME` for an entry of pg_service.conf. What the URL leaves out, libpq
/// takes from its usual places (PGHOST, PGUSER, ~/.pgpass, the service file...).
struct ServerAddress
{
    QString host;        ///< empty: libpq's default (PGHOST, then the local socket)
    int port = -1;       ///< -1: libpq's default
    QString database;    ///< empty: libpq's default (the service's, PGDATABASE, the user name)
    QString user;        ///< empty: libpq's default
    QString password;    ///< empty: ~/.pgpass, PGPASSWORD or none
    QStringList options; ///< the URL's parameters, as key='value' for Qt's QPSQL driver
    QString displayName; ///< the URL without its password, to name the database in messages

    /// A short name for the window's title: the database (or the service), then where it is:
    /// "dialog_civic (db.mj.local:5433)", "service dialogcivic".
    QString title() const;

    /// Whether @p text is meant as a server address (postgresql:// or postgres://), not a file.
    static bool isServerUrl(const QString &text);
    /// Reads @p url; fails with one message naming the URL (without its password) and what is
    /// wrong with it: not a URL of a server, a parameter libpq would not take from it.
    static Result<ServerAddress> parse(const QString &url);
};

} // namespace dc
