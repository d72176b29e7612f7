#pragma once

#include <QByteArray>
#include <QString>

namespace dx {

/// Hashes and verifies passwords with salted PBKDF2-HMAC-SHA256 (OpenSSL).
///
/// Encoding: `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>`, so the iteration count
/// can grow over time and needsRehash() tells when a stored hash is below the current count.
class PasswordHasher {
public:
    /// OWASP 2023 recommendation for PBKDF2-HMAC-SHA256.
    static constexpr int kIterations = 600000;

    /// A fresh 16-byte random salt and a 32-byte key; iterations below 1 count as 1.
    static QByteArray hash(const QString &password, int iterations = kIterations);
    /// Constant-time check; a malformed or tampered encoding is simply false.
    static bool verify(const QString &password, const QByteArray &encoded);
    /// True when the encoding is malformed or uses fewer than kIterations iterations.
    static bool needsRehash(const QByteArray &encoded);
};

}  // namespace dx
