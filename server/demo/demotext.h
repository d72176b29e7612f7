#pragma once

#include <QString>

namespace dx::demo {

/// Fixture text written as UTF-8 literals: the demo data is Chinese, and QT_NO_CAST_FROM_ASCII
/// forbids the implicit conversion.
inline QString s(const char *utf8) {
    return QString::fromUtf8(utf8);
}

}  // namespace dx::demo
