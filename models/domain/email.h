#pragma once

#include <QCoreApplication>
#include <QString>

#include "models/core/result.h"

namespace dx {

/// An e-mail address, checked pragmatically (the full RFC 5322 grammar accepts what no mail
/// form should).
class Email {
    Q_DECLARE_TR_FUNCTIONS(Email)

public:
    /// An empty address; only parse() makes a real one.
    Email() = default;

    /// One @, a local part of 1–64 characters, a domain with a dot and no empty label, no
    /// whitespace, control or invisible format character (zero-width space), none of the
    /// specials ( ) < > [ ] \ , ; : ", at most 254 characters. Trims; the domain is lower-cased.
    static Result<Email> parse(const QString &text, const QString &field = QStringLiteral("email"));

    QString toString() const { return m_address; }

    friend bool operator==(const Email &, const Email &) = default;

private:
    QString m_address;
};

}  // namespace dx
