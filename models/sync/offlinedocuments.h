#pragma once

#include <QString>
#include <QStringList>

namespace dx {

class BlobStore;
class Database;

/// Which documents the user's offline work needs and whether they are on this machine: the
/// queue that prefetch downloads (a reviewer: every document of the applications waiting in
/// their scope, oldest first) and, per application, downloaded / partly / missing.
class OfflineDocuments {
public:
    enum class Presence { NoDocuments, Missing, Partly, Downloaded };

    OfflineDocuments(Database &db, const BlobStore &blobs) : m_db(db), m_blobs(blobs) {}

    /// Every document of the offline queue, in queue order, each once, here or not.
    QStringList queue() const;
    /// The documents an item cites (entity as in tasks.entity, e.g. "certifications").
    QStringList documentsOf(const QString &entity, const QString &entityId) const;
    /// How many of `documents` are on this machine.
    int countHere(const QStringList &documents) const;

    static Presence presence(int here, int total);
    /// "All 3 documents on this computer", "1 of 3 documents on this computer", …: short,
    /// for labels and tooltips.
    static QString presenceText(int here, int total);
    /// What happens to the missing ones ("" when none is missing), for tooltips.
    static QString presenceHint(int here, int total);

private:
    Database &m_db;
    const BlobStore &m_blobs;
};

}  // namespace dx
