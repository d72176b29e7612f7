#pragma once

#include <QJsonObject>
#include <QString>

namespace dx {

/// A typed failure: a stable machine code, a translated message and the field it concerns.
struct Error {
    QString code;              ///< stable, snake_case, documented in docs/PROTOCOL.md
    QString message;           ///< already translated for the user
    QString field;             ///< the input field at fault, empty when none
    QJsonObject details = {};  ///< e.g. the current state of a target on a conflict

    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject &o);
};

/// The stable error codes. Keep in sync with docs/PROTOCOL.md.
namespace ErrorCode {
inline constexpr auto Required = "required";
inline constexpr auto Invalid = "invalid";
inline constexpr auto TooLong = "too_long";
inline constexpr auto TooShort = "too_short";
inline constexpr auto OutOfRange = "out_of_range";
inline constexpr auto Checksum = "checksum";  // a warning where overridable
inline constexpr auto BadJson = "bad_json";
inline constexpr auto UnknownCommand = "unknown_command";
inline constexpr auto Unauthenticated = "unauthenticated";
inline constexpr auto BadCredentials = "bad_credentials";
inline constexpr auto Locked = "locked";
inline constexpr auto Forbidden = "forbidden";
inline constexpr auto NotFound = "not_found";
inline constexpr auto Conflict = "conflict";
inline constexpr auto InvalidTransition = "invalid_transition";
/// The organisation is not certified (yet) for what it asked, e.g. listing products.
inline constexpr auto NotCertified = "not_certified";
inline constexpr auto Duplicate = "duplicate";
inline constexpr auto BlobMissing = "blob_missing";
inline constexpr auto HashMismatch = "hash_mismatch";
inline constexpr auto FileType = "file_type";
inline constexpr auto FileTooLarge = "file_too_large";
inline constexpr auto ImageTooSmall = "image_too_small";
inline constexpr auto PayloadTooLarge = "payload_too_large";
inline constexpr auto Gap = "gap";
inline constexpr auto Reset = "reset";
inline constexpr auto Busy = "busy";  // the store is contended; try again (HTTP 503)
inline constexpr auto Internal = "internal";
}  // namespace ErrorCode

}  // namespace dx
