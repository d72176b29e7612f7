#pragma once

#include <QByteArray>
#include <QString>

/// Small cryptographic helpers (OpenSSL's CSPRNG, SHA-256, HMAC) shared by the server and client.
namespace dx::crypto {

/// n bytes from OpenSSL's CSPRNG; aborts if it fails, since no caller can continue safely.
QByteArray randomBytes(int n);
/// A random token of `bytes` random bytes, base64url without padding (URL and header safe).
QString randomToken(int bytes = 32);
QByteArray sha256(const QByteArray &data);
/// Lower-case hex of the SHA-256 digest.
QString sha256Hex(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);

}  // namespace dx::crypto
