#include "models/security/randomtoken.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <openssl/rand.h>

namespace dx::crypto {

QByteArray randomBytes(int n) {
    if (n <= 0) return {};
    QByteArray bytes(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), n) != 1) {
        qFatal("RAND_bytes failed: no secure random numbers available");
    }
    return bytes;
}

QString randomToken(int bytes) {
    return QString::fromLatin1(randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding |
                                                           QByteArray::OmitTrailingEquals));
}

QByteArray sha256(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QString sha256Hex(const QByteArray &data) {
    return QString::fromLatin1(sha256(data).toHex());
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data) {
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

}  // namespace dx::crypto
