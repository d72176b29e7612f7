#pragma once

#include <QMutex>
#include <QString>

#include "core/result.h"

namespace dx {

/// Content-addressed file store (SHA-256). Uploads grow a partial file chunk by chunk and
/// become a blob only after the whole-file hash matches; a crash leaves nothing or the whole file.
class BlobStore {
public:
    explicit BlobStore(QString directory);

    static bool isValidHash(const QString &sha256);

    bool has(const QString &sha256) const;
    QString pathOf(const QString &sha256) const;
    qint64 sizeOf(const QString &sha256) const;
    /// Bytes already received of an unfinished upload (0 when none).
    qint64 partialSize(const QString &sha256) const;

    /// Appends a chunk at `offset` (must equal partialSize). When the upload reaches `total`
    /// the hash is verified: a mismatch discards the partial file and answers hash_mismatch.
    /// Returns the new offset.
    Result<qint64> appendChunk(const QString &sha256, qint64 offset, const QByteArray &chunk,
                               qint64 total);

    /// Stores whole bytes directly (seeding, the client's own attachments).
    Result<QString> put(const QByteArray &bytes);

private:
    QString partialPath(const QString &sha256) const;
    Status finalize(const QString &sha256);

    QString m_dir;
    mutable QMutex m_mutex;  // one writer at a time per store; chunks are small
};

}  // namespace dx
