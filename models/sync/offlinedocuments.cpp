#include "models/sync/offlinedocuments.h"

#include <QCoreApplication>
#include <QVariant>

#include "models/blobs/blobstore.h"
#include "models/store/database.h"
#include "models/workflow/states.h"

namespace dx {

namespace {
class OfflinedocumentsTr {
    Q_DECLARE_TR_FUNCTIONS(OfflineDocuments)
};

// The scans an application cites, in the order the review desk shows them.
const QString kCertificationBlobs =
    QStringLiteral("license_blob, id_front_blob, id_back_blob, attachment_blob");

void appendHashes(const QVariantMap &row, QStringList &out) {
    for (const QString &column : kCertificationBlobs.split(QStringLiteral(", "))) {
        const QString sha = row.value(column).toString();
        if (BlobStore::isValidHash(sha) && !out.contains(sha)) out << sha;
    }
}
}  // namespace

QStringList OfflineDocuments::queue() const {
    // The replica holds only what this user may see, so the submitted applications in it are
    // the ones waiting in their scope (a county reviewer: their county's).
    auto rows = m_db.all(QStringLiteral("SELECT ") + kCertificationBlobs +
                             QStringLiteral(" FROM certifications WHERE state = ? "
                                            "ORDER BY submitted_at, id"),
                         {State::Submitted});
    QStringList out;
    if (!rows) return out;
    for (const QVariantMap &row : rows.value()) appendHashes(row, out);
    return out;
}

QStringList OfflineDocuments::documentsOf(const QString &entity, const QString &entityId) const {
    QStringList out;
    if (entity != Entity::Certifications) return out;
    auto row = m_db.one(QStringLiteral("SELECT ") + kCertificationBlobs +
                            QStringLiteral(" FROM certifications WHERE id = ?"),
                        {entityId});
    if (row && row->has_value()) appendHashes(**row, out);
    return out;
}

int OfflineDocuments::countHere(const QStringList &documents) const {
    int here = 0;
    for (const QString &sha : documents) here += m_blobs.has(sha) ? 1 : 0;
    return here;
}

OfflineDocuments::Presence OfflineDocuments::presence(int here, int total) {
    if (total <= 0) return Presence::NoDocuments;
    if (here >= total) return Presence::Downloaded;
    return here > 0 ? Presence::Partly : Presence::Missing;
}

QString OfflineDocuments::presenceText(int here, int total) {
    switch (presence(here, total)) {
        case Presence::NoDocuments:
            return OfflinedocumentsTr::tr("No documents");
        case Presence::Downloaded:
            return OfflinedocumentsTr::tr("All %n document(s) on this computer", nullptr, total);
        case Presence::Partly:
            return OfflinedocumentsTr::tr("%1 of %n document(s) on this computer", nullptr, total)
                .arg(here);
        case Presence::Missing:
            break;
    }
    return OfflinedocumentsTr::tr("Documents not on this computer");
}

QString OfflineDocuments::presenceHint(int here, int total) {
    return presence(here, total) == Presence::Partly || presence(here, total) == Presence::Missing
               ? OfflinedocumentsTr::tr(
                     "The missing ones download when the server can be "
                     "reached.")
               : QString();
}

}  // namespace dx
