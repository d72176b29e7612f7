#pragma once

#include <QString>

namespace dx {

/// The one form in which untrusted text is stored where its exact bytes matter (the audit chain,
/// the sign-in throttle's keys): valid Unicode in NFC, lone UTF-16 surrogates replaced by U+FFFD
/// and control characters by their visible Control Pictures (NUL → ␀), so that what is hashed
/// is what the database stores and reads back, and nothing in it can hide or split a line.
/// Idempotent: canonicalText(canonicalText(s)) == canonicalText(s).
QString canonicalText(const QString &text);

}  // namespace dx
