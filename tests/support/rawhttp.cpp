#include "tests/support/rawhttp.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace dx::test {

int RawResult::status() const {
    // "HTTP/1.1 200 OK"
    if (!response.startsWith("HTTP/1.")) return 0;
    const qsizetype space = response.indexOf(' ');
    return space < 0 ? 0 : response.mid(space + 1, 3).toInt();
}

RawResult sendRaw(const QString &host, int port, const QByteArray &bytes, int waitMs) {
    RawResult result;
    QDeadlineTimer deadline(waitMs);
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        result.timedOut = deadline.hasExpired();
        result.closedByServer = !result.timedOut;
        return result;
    }

    socket.write(bytes);
    while (socket.bytesToWrite() > 0 && socket.state() == QAbstractSocket::ConnectedState &&
           !deadline.hasExpired()) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
            break;  // the server may close on us mid-write; what it said is still readable
    }

    for (;;) {
        result.response += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            result.closedByServer = true;
            break;
        }
        if (deadline.hasExpired()) {
            result.timedOut = true;
            break;
        }
        if (!socket.waitForReadyRead(int(deadline.remainingTime())) &&
            socket.state() == QAbstractSocket::ConnectedState && deadline.hasExpired()) {
            result.timedOut = true;
            break;
        }
    }
    result.response += socket.readAll();
    socket.abort();
    return result;
}

void connectAndVanish(const QString &host, int port, const QByteArray &partial) {
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (!socket.waitForConnected(5000)) return;
    socket.write(partial);
    socket.waitForBytesWritten(1000);
    socket.abort();
}

}  // namespace dx::test
