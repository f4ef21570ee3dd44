#include "TcpProxy.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace dc::test {

int unusedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort(); // free once the server goes
}

class TcpProxyWorker final : public QObject
{
    Q_OBJECT

public:
    TcpProxyWorker(const QString &host, int port) : m_host(host), m_port(quint16(port)) {}

public Q_SLOTS:
    int listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, &TcpProxyWorker::accept);
        return m_server->serverPort();
    }

    void setFrozen(bool frozen)
    {
        m_frozen = frozen;
        if (!frozen)
            relayAll();
    }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto *upstream = new QTcpSocket(this);
            client->setParent(this);
            m_pairs.append(Pair{client, upstream});
            const auto relay = [this] {
                if (!m_frozen)
                    relayAll();
            };
            connect(client, &QTcpSocket::readyRead, this, relay);
            connect(upstream, &QTcpSocket::readyRead, this, relay);
            connect(upstream, &QTcpSocket::connected, this, relay);
            const auto closeBoth = [client, upstream] {
                client->disconnectFromHost();
                upstream->disconnectFromHost();
            };
            connect(client, &QTcpSocket::disconnected, this, closeBoth);
            connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
            upstream->connectToHost(m_host, m_port);
        }
    }

    void relayAll()
    {
        for (const Pair &pair : std::as_const(m_pairs)) {
            if (!pair.client || !pair.upstream ||
                pair.upstream->state() != QAbstractSocket::ConnectedState)
                continue;
            if (pair.client->bytesAvailable() > 0)
                pair.upstream->write(pair.client->readAll());
            if (pair.upstream->bytesAvailable() > 0)
                pair.client->write(pair.upstream->readAll());
        }
    }

    QString m_host;
    quint16 m_port;
    QTcpServer *m_server = nullptr;
    QList<Pair> m_pairs;
    bool m_frozen = false;
};

TcpProxy::TcpProxy(const QString &host, int port) : m_worker(new TcpProxyWorker(host, port))
{
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &TcpProxyWorker::listen, Qt::BlockingQueuedConnection,
                              &m_port);
}

TcpProxy::~TcpProxy()
{
    m_thread.quit();
    m_thread.wait();
}

void TcpProxy::setFrozen(bool frozen)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, frozen] { worker->setFrozen(frozen); },
        Qt::BlockingQueuedConnection);
}

} // namespace dc::test

#include "TcpProxy.moc"
