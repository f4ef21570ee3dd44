#pragma once

#include <QString>
#include <QThread>

namespace dc::test {

class TcpProxyWorker;

/// A port of 127.0.0.1 on which nothing listens (free a moment ago).
int unusedPort();

/// A TCP relay on 127.0.0.1 to a server (the throwaway PostgreSQL cluster), on a thread of its
/// own, that can be frozen: while frozen it accepts connections and the kernel acknowledges every
/// packet, but nothing is passed on in either direction, as with a server that hangs; a client
/// waits for ever, whatever its TCP time-outs. Thawed, it passes on what waited.
class TcpProxy final
{
public:
    TcpProxy(const QString &host, int port);
    ~TcpProxy();
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    /// The port the relay listens on, on 127.0.0.1.
    int port() const { return m_port; }
    void setFrozen(bool frozen);

private:
    QThread m_thread;
    TcpProxyWorker *m_worker = nullptr;
    int m_port = 0;
};

} // namespace dc::test
