#include "ServerProbe.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <libpq-fe.h>

#include <vector>

namespace dc {

namespace {

/// A conninfo value as given to PQconnectStartParams(): without the quotes of 'a value', and
/// its \\ and \' as the characters they stand for.
QString unquoted(const QString &value)
{
    if (value.size() < 2 || !value.startsWith(QLatin1Char('\'')) ||
        !value.endsWith(QLatin1Char('\'')))
        return value;
    QString plain;
    for (qsizetype i = 1; i < value.size() - 1; ++i) {
        if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size() - 1)
            ++i;
        plain.append(value.at(i));
    }
    return plain;
}

} // namespace

ServerProbe::ServerProbe(const QSqlDatabase &connection, QObject *parent) : QObject(parent)
{
    const auto add = [this](const QString &keyword, const QString &value) {
        if (value.isEmpty())
            return;
        m_keywords.append(keyword);
        m_values.append(value);
    };
    add(QStringLiteral("host"), connection.hostName());
    if (connection.port() > 0)
        add(QStringLiteral("port"), QString::number(connection.port()));
    add(QStringLiteral("dbname"), connection.databaseName());
    add(QStringLiteral("user"), connection.userName());
    add(QStringLiteral("password"), connection.password());
    // QPSQL's options: "keyword=value" pairs separated by ';', a value perhaps quoted as libpq's
    // conninfo quotes it (ServerAddress, Database::openServer()).
    const QStringList options = connection.connectOptions().split(QLatin1Char(';'));
    for (const QString &option : options) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        if (equals > 0)
            add(option.left(equals).trimmed(), unquoted(option.mid(equals + 1).trimmed()));
    }
    const QString host = connection.hostName();
    if (!host.isEmpty() && !host.startsWith(QLatin1Char('/')) && !host.contains(QLatin1Char(',')) &&
        QHostAddress(host).isNull() && !m_keywords.contains(QLatin1String("hostaddr")))
        m_hostName = host;
    m_limit.setSingleShot(true);
    m_limit.setInterval(defaultLimitMs);
    connect(&m_limit, &QTimer::timeout, this, [this] {
        //: Why the connection to the server is lost: a trivial question got no answer in the
        //: time given; %1 is that time in seconds
        fail(tr("the server did not answer in time (%L1 s)").arg(m_limit.interval() / 1000.0));
    });
}

ServerProbe::~ServerProbe()
{
    drop();
}

void ServerProbe::ask()
{
    if (m_state != State::Idle)
        return;
    // One limit for the whole question, the connection's opening included.
    m_limit.start();
    m_answered = false;
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        sendQuestion();
    else
        open();
}

void ServerProbe::open()
{
    drop();
    if (m_hostName.isEmpty()) {
        startConnecting();
        return;
    }
    m_state = State::LookingUp;
    m_lookupId = QHostInfo::lookupHost(m_hostName, this, &ServerProbe::lookedUp);
}

void ServerProbe::lookedUp(const QHostInfo &info)
{
    if (m_state != State::LookingUp || info.lookupId() != m_lookupId)
        return; // given up at the limit
    m_lookupId = -1;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        //: Why the connection to the server is lost: its name (%1) is not known to the network
        fail(tr("the server's name “%1” was not found").arg(m_hostName));
        return;
    }
    // libpq tries the addresses in turn, each under the name (for ~/.pgpass and TLS).
    QStringList hosts;
    QStringList addresses;
    for (const QHostAddress &address : info.addresses()) {
        hosts << m_hostName;
        addresses << address.toString();
    }
    m_found = {hosts.join(QLatin1Char(',')), addresses.join(QLatin1Char(','))};
    startConnecting({QStringLiteral("host"), QStringLiteral("hostaddr")},
                    {m_found.hosts, m_found.addresses});
}

void ServerProbe::sendQuestion()
{
    m_state = State::Asking;
    if (!PQsendQuery(m_conn, "SELECT 1")) {
        fail(QString::fromUtf8(PQerrorMessage(m_conn)));
        return;
    }
    // Non-blocking: what the socket did not take now goes when it is writable (readAnswer()).
    if (PQflush(m_conn) < 0) {
        fail(QString::fromUtf8(PQerrorMessage(m_conn)));
        return;
    }
    watchSocket(true);
}

void ServerProbe::startConnecting(const QStringList &extraKeywords, const QStringList &extraValues)
{
    drop();
    std::vector<QByteArray> keywords;
    std::vector<QByteArray> values;
    for (qsizetype i = 0; i < m_keywords.size(); ++i) {
        if (extraKeywords.contains(m_keywords.at(i)))
            continue;
        keywords.push_back(m_keywords.at(i).toUtf8());
        values.push_back(m_values.at(i).toUtf8());
    }
    for (qsizetype i = 0; i < extraKeywords.size(); ++i) {
        keywords.push_back(extraKeywords.at(i).toUtf8());
        values.push_back(extraValues.at(i).toUtf8());
    }
    std::vector<const char *> keywordPointers;
    std::vector<const char *> valuePointers;
    for (size_t i = 0; i < keywords.size(); ++i) {
        keywordPointers.push_back(keywords[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keywordPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);
    m_state = State::Connecting;
    m_conn = PQconnectStartParams(keywordPointers.data(), valuePointers.data(), 0);
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD) {
        fail(m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)) : QStringLiteral("out of memory"));
        return;
    }
    // libpq's rule: before the first PQconnectPoll(), wait until the socket is writable.
    watchSocket(false);
}

void ServerProbe::connectStep()
{
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_READING:
        watchSocket(true);
        return;
    case PGRES_POLLING_WRITING:
        watchSocket(false);
        return;
    case PGRES_POLLING_OK:
        if (PQsetnonblocking(m_conn, 1) != 0) {
            fail(QString::fromUtf8(PQerrorMessage(m_conn)));
            return;
        }
        sendQuestion();
        return;
    default:
        fail(QString::fromUtf8(PQerrorMessage(m_conn)));
        return;
    }
}

void ServerProbe::readAnswer()
{
    if (PQflush(m_conn) < 0 || !PQconsumeInput(m_conn)) {
        fail(QString::fromUtf8(PQerrorMessage(m_conn)));
        return;
    }
    while (!PQisBusy(m_conn)) {
        PGresult *result = PQgetResult(m_conn);
        if (!result) {
            // Every result is read: the question is over.
            if (!m_answered) {
                fail(QString::fromUtf8(PQerrorMessage(m_conn)));
                return;
            }
            m_state = State::Idle;
            m_limit.stop();
            retireNotifier();
            Q_EMIT answered();
            return;
        }
        const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK;
        if (!ok) {
            const QString reason = QString::fromUtf8(PQresultErrorMessage(result));
            PQclear(result);
            fail(reason);
            return;
        }
        m_answered = true;
        PQclear(result);
    }
}

void ServerProbe::watchSocket(bool forReading)
{
    const int socket = PQsocket(m_conn);
    if (socket < 0) {
        fail(QString::fromUtf8(PQerrorMessage(m_conn)));
        return;
    }
    const QSocketNotifier::Type type = forReading ? QSocketNotifier::Read : QSocketNotifier::Write;
    // libpq may change the socket while it connects (another address of the host).
    if (!m_notifier || m_notifier->socket() != socket || m_notifier->type() != type) {
        retireNotifier();
        m_notifier = new QSocketNotifier(socket, type, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            if (m_state == State::Connecting)
                connectStep();
            else if (m_state == State::Asking)
                readAnswer();
        });
    }
    m_notifier->setEnabled(true);
}

void ServerProbe::fail(const QString &reason)
{
    m_limit.stop();
    drop();
    m_state = State::Idle;
    // One line, without libpq's severity words ("FATAL:  database … is not currently accepting
    // connections"): the banner says the connection is lost already.
    static const QRegularExpression severity(QStringLiteral("\\b(?:FATAL|ERROR|PANIC):\\s+"));
    QString words = QString(reason).replace(severity, QString()).simplified();
    if (words.isEmpty())
        //: Why the connection to the server is lost, when neither the server nor the network
        //: said why
        words = tr("the server does not answer");
    Q_EMIT failed(words);
}

// The notifier may be the one telling now: it is disabled at once and deleted once it is done.
void ServerProbe::retireNotifier()
{
    if (!m_notifier)
        return;
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
}

void ServerProbe::drop()
{
    if (m_lookupId != -1) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    // The notifier first: it must not watch a socket PQfinish() closes.
    retireNotifier();
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

} // namespace dc
