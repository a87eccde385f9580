#include "tests/support/ports.h"

#include <QHostAddress>
#include <QTcpServer>

namespace fanout::test {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    return server.serverPort();
}

bool portIsFree(quint16 port)
{
    QTcpServer server;
    return server.listen(QHostAddress(QHostAddress::LocalHost), port);
}

} // namespace fanout::test
