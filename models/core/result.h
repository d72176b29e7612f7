#pragma once

#include <utility>
#include <variant>

#include "models/core/error.h"

namespace dx {

/// Either a value or a typed Error; the one way domain calls report failure.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &std::get<T>(m_v); }
    const T &operator*() const { return std::get<T>(m_v); }

    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Result of an operation with no value.
struct Ok {};
using Status = Result<Ok>;

inline Error makeError(const char *code, QString message, QString field = {}) {
    return Error{QString::fromLatin1(code), std::move(message), std::move(field)};
}

}  // namespace dx
