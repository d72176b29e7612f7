#pragma once

#include <QByteArray>
#include <QString>

namespace dx::test {

/// What the server sent back on a raw TCP connection, and how the exchange ended.
struct RawResult {
    QByteArray response;
    bool closedByServer = false;
    bool timedOut = false;

    int status() const;  ///< the status code of the first response line, or 0
};

/// Writes `bytes` as-is (ignoring write errors once the peer closes), then reads until the
/// server closes the connection or `waitMs` pass. For malformed and hostile requests.
RawResult sendRaw(const QString &host, int port, const QByteArray &bytes, int waitMs = 5000);

/// Writes `partial` and resets the connection: a client that disappears mid-request.
void connectAndVanish(const QString &host, int port, const QByteArray &partial);

}  // namespace dx::test
