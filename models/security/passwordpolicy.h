#pragma once

#include <QCoreApplication>
#include <QString>

#include "models/core/result.h"

namespace dx {

/// The password composition rules (seed 001 defaults; a policy setting may change them).
///
/// Reuse of the current or a previous password is checked where the hashes are, not here.
struct PasswordPolicy {
    int minLength = 8;
    int maxLength = 18;
    int minClasses = 3;  ///< of: digits, upper-case, lower-case, specials
    QString specials = QStringLiteral("~!#$%&+,*;=>@_?^`./");

    /// First broken rule as an Error: `required`, `too_short`, `too_long`, or `invalid` with
    /// details.rule = "characters" | "classes" | "username" | "mobile". Empty username or mobile
    /// is skipped; the username is matched case-insensitively.
    Status check(const QString &password, const QString &username, const QString &mobile,
                 const QString &field = QStringLiteral("password")) const;

    // Last: the macro leaves the access at private, which would end the aggregate.
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
};

}  // namespace dx
