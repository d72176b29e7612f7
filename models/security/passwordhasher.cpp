#include "models/security/passwordhasher.h"

#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <optional>

#include "models/security/randomtoken.h"

namespace dx {

namespace {

constexpr char kScheme[] = "pbkdf2-sha256";
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
// A stored count above this is treated as tampered: verifying it would hang the caller.
constexpr int kMaxIterations = 100 * PasswordHasher::kIterations;

struct Decoded {
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations) {
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), kKeyBytes,
                          reinterpret_cast<unsigned char *>(key.data())) != 1) {
        qFatal("PKCS5_PBKDF2_HMAC failed");
    }
    return key;
}

std::optional<QByteArray> fromBase64(const QByteArray &text) {
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) return std::nullopt;
    return *decoded;
}

std::optional<Decoded> decode(const QByteArray &encoded) {
    const QList<QByteArray> parts = encoded.split('$');
    if (parts.size() != 4 || parts[0] != kScheme) return std::nullopt;

    const QByteArray &count = parts[1];
    if (count.isEmpty() || count.size() > 10) return std::nullopt;
    for (char c : count) {
        if (c < '0' || c > '9') return std::nullopt;
    }
    Decoded d;
    bool ok = false;
    d.iterations = count.toInt(&ok);
    if (!ok || d.iterations < 1 || d.iterations > kMaxIterations) return std::nullopt;

    const auto salt = fromBase64(parts[2]);
    const auto key = fromBase64(parts[3]);
    if (!salt || salt->isEmpty() || !key || key->size() != kKeyBytes) return std::nullopt;
    d.salt = *salt;
    d.key = *key;
    return d;
}

}  // namespace

QByteArray PasswordHasher::hash(const QString &password, int iterations) {
    iterations = qMax(1, iterations);
    const QByteArray salt = crypto::randomBytes(kSaltBytes);
    const QByteArray key = derive(password.toUtf8(), salt, iterations);
    return QByteArray(kScheme) + '$' + QByteArray::number(iterations) + '$' + salt.toBase64() +
           '$' + key.toBase64();
}

bool PasswordHasher::verify(const QString &password, const QByteArray &encoded) {
    const auto d = decode(encoded);
    if (!d) return false;
    const QByteArray key = derive(password.toUtf8(), d->salt, d->iterations);
    return CRYPTO_memcmp(key.constData(), d->key.constData(), kKeyBytes) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &encoded) {
    const auto d = decode(encoded);
    return !d || d->iterations < kIterations;
}

}  // namespace dx
