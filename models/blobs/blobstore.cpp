#include "models/blobs/blobstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <unistd.h>

namespace dx {

namespace {
class BlobstoreTr {
    Q_DECLARE_TR_FUNCTIONS(BlobStore)
};

bool syncFile(QFile &f) {
    f.flush();
    return ::fsync(f.handle()) == 0;
}
}  // namespace

BlobStore::BlobStore(QString directory) : m_dir(std::move(directory)) {
    QDir().mkpath(m_dir + QStringLiteral("/partial"));
}

bool BlobStore::isValidHash(const QString &sha) {
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(sha).hasMatch();
}

QString BlobStore::pathOf(const QString &sha) const {
    return m_dir + u'/' + sha.left(2) + u'/' + sha;
}

QString BlobStore::partialPath(const QString &sha, const QString &uploader) const {
    // Hashed: the file name holds no user id, and any id is a safe file name.
    const QByteArray who =
        QCryptographicHash::hash(uploader.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return m_dir + QStringLiteral("/partial/") + sha + u'.' + QString::fromLatin1(who) +
           QStringLiteral(".part");
}

bool BlobStore::has(const QString &sha) const {
    return isValidHash(sha) && QFileInfo::exists(pathOf(sha));
}

qint64 BlobStore::sizeOf(const QString &sha) const {
    return QFileInfo(pathOf(sha)).size();
}

qint64 BlobStore::partialSize(const QString &sha, const QString &uploader) const {
    if (!isValidHash(sha)) return 0;
    QFileInfo fi(partialPath(sha, uploader));
    return fi.exists() ? fi.size() : 0;
}

Status BlobStore::finalize(const QString &sha, const QString &uploader) {
    QFile part(partialPath(sha, uploader));
    if (!part.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, BlobstoreTr::tr("The upload cannot be read back."));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&part))
        return makeError(ErrorCode::Internal, BlobstoreTr::tr("The upload cannot be read back."));
    part.close();
    if (QString::fromLatin1(h.result().toHex()) != sha) {
        part.remove();
        return makeError(
            ErrorCode::HashMismatch,
            BlobstoreTr::tr("The file's SHA-256 does not match the name it was uploaded "
                            "under; it was discarded."),
            QStringLiteral("sha256"));
    }
    if (has(sha)) {  // the same bytes are stored already: this upload only proved possession
        part.remove();
        return Ok{};
    }
    QDir().mkpath(m_dir + u'/' + sha.left(2));
    if (!QFile::rename(part.fileName(), pathOf(sha)))
        return makeError(ErrorCode::Internal, BlobstoreTr::tr("The upload cannot be stored."));
    return Ok{};
}

Result<qint64> BlobStore::appendChunk(const QString &sha, const QString &uploader, qint64 offset,
                                      const QByteArray &chunk, qint64 total) {
    QMutexLocker lock(&m_mutex);
    if (!isValidHash(sha))
        return makeError(ErrorCode::Invalid, BlobstoreTr::tr("Not a SHA-256 hash."),
                         QStringLiteral("sha256"));
    const qint64 have = partialSize(sha, uploader);
    if (offset != have) {
        Error e = makeError(
            ErrorCode::Conflict,
            BlobstoreTr::tr("The upload continues at byte %1, not %2.").arg(have).arg(offset),
            QStringLiteral("offset"));
        e.details.insert(QStringLiteral("offset"), have);
        return e;
    }
    if (offset + chunk.size() > total)
        return makeError(ErrorCode::Invalid,
                         BlobstoreTr::tr("The chunk goes past the end of the file."),
                         QStringLiteral("range"));
    QFile part(partialPath(sha, uploader));
    if (!part.open(QIODevice::WriteOnly | QIODevice::Append))
        return makeError(ErrorCode::Internal, BlobstoreTr::tr("The upload cannot be stored."));
    if (part.write(chunk) != chunk.size() || !syncFile(part)) {
        part.resize(have);  // never leave half a chunk behind
        return makeError(ErrorCode::Internal,
                         BlobstoreTr::tr("The upload cannot be stored (disk full?)."));
    }
    part.close();
    const qint64 now = have + chunk.size();
    if (now == total) {
        auto f = finalize(sha, uploader);
        if (!f) return f.error();
    }
    return now;
}

Result<QString> BlobStore::put(const QByteArray &bytes) {
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QMutexLocker lock(&m_mutex);
    if (has(sha)) return sha;
    QDir().mkpath(m_dir + u'/' + sha.left(2));
    QSaveFile f(pathOf(sha));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::Internal, BlobstoreTr::tr("The file cannot be stored."));
    return sha;
}

}  // namespace dx
