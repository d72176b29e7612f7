// Untrusted text fields: canonical audit text, credit codes, ID numbers, regions, phones, e-mail,
// money, decimals.
#include <cstdlib>

#include "models/core/canonicaltext.h"
#include "models/domain/creditcode.h"
#include "models/domain/email.h"
#include "models/domain/idnumber.h"
#include "models/domain/money.h"
#include "models/domain/phone.h"
#include "models/domain/regioncode.h"
#include "models/forms/formschema.h"
#include "models/security/passwordhasher.h"
#include "models/security/passwordpolicy.h"

QList<QByteArray> fuzzSeeds() {
    return {"91350100M000100Y43",
            "11010519491231002X",
            "410102",
            "0371-12345678-88",
            "13812345678",
            "a.b@example.com",
            "¥1,234.50",
            "-3",
            "123.45",
            "pbkdf2-sha256$600000$c2FsdA$aGFzaA",
            "Review#2026zy"};
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto c = dx::CreditCode::parse(s)) (void)c->warning();
    if (auto i = dx::IdNumber::parse(s)) (void)i->masked();
    if (auto r = dx::RegionCode::parse(s)) (void)r->fullName();
    (void)dx::Phone::parse(s);
    (void)dx::Email::parse(s);
    if (auto m = dx::Money::parseYuan(s)) (void)m->format();
    (void)dx::FormSchema::parseDecimal(s, 2);
    (void)dx::PasswordPolicy{}.check(s, QStringLiteral("user"), QStringLiteral("13812345678"));
    // Stored hashes are read back from the database: malformed ones must not crash or hang.
    if (size < 200) (void)dx::PasswordHasher::needsRehash(s.toLatin1());
    // The audit chain's text form: a fixed point that survives UTF-8 (what SQLite stores), from
    // any UTF-16, lone surrogates included.
    const QString units =
        QString::fromUtf16(reinterpret_cast<const char16_t *>(data), qsizetype(size / 2));
    for (const QString &in : {s, units}) {
        const QString c = dx::canonicalText(in);
        if (dx::canonicalText(c) != c || QString::fromUtf8(c.toUtf8()) != c) std::abort();
    }
    return 0;
}
