#pragma once

#include <QMutex>
#include <QString>

#include "models/core/result.h"

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
    /// Bytes `uploader` already sent of an unfinished upload (0 when none). Each uploader has
    /// their own partial file, so that nobody learns what another is uploading.
    qint64 partialSize(const QString &sha256, const QString &uploader) const;

    /// Appends `uploader`'s chunk at `offset` (must equal partialSize). When the upload reaches
    /// `total` the hash is verified: a mismatch discards the partial file and answers
    /// hash_mismatch; a match becomes the blob (or, when it is stored already, proves the
    /// uploader holds its bytes and is dropped). Returns the new offset.
    Result<qint64> appendChunk(const QString &sha256, const QString &uploader, qint64 offset,
                               const QByteArray &chunk, qint64 total);

    /// Stores whole bytes directly (seeding, the client's own attachments).
    Result<QString> put(const QByteArray &bytes);

private:
    QString partialPath(const QString &sha256, const QString &uploader) const;
    Status finalize(const QString &sha256, const QString &uploader);

    QString m_dir;
    mutable QMutex m_mutex;  // one writer at a time per store; chunks are small
};

}  // namespace dx
