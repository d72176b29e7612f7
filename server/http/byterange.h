#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace dx::http {

/// A single `Range: bytes=…` request resolved against a file size (RFC 9110 §14.1.2).
struct ByteRange {
    enum class Kind {
        Ignored,        ///< no Range, a multi-range or a malformed one: serve the whole file (200)
        Satisfiable,    ///< serve [first, last] with 206
        Unsatisfiable,  ///< 416 with `Content-Range: bytes */size`
    };

    Kind kind = Kind::Ignored;
    qint64 first = 0;
    qint64 last = -1;

    qint64 length() const { return last - first + 1; }
    QByteArray contentRange(qint64 size) const;

    static ByteRange parse(const QByteArray &header, qint64 size);
};

}  // namespace dx::http
