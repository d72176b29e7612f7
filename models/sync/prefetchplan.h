#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace dx {

/// One document of the offline queue: its hash, its size in bytes (-1 when unknown) and
/// whether it is on this machine already.
struct PrefetchItem {
    QString sha256;
    qint64 size = -1;
    bool here = false;
};

/// Which documents of the offline queue prefetch downloads under the size cap: the missing ones
/// in queue order, stopping at the first that would take the queue's documents past the cap (a
/// later, smaller one is not fetched ahead of an earlier application's).
struct PrefetchPlan {
    QStringList fetch;     ///< to download, in queue order
    int alreadyHere = 0;   ///< documents of the queue already on this machine
    int overCap = 0;       ///< missing documents left out because of the cap
    qint64 hereBytes = 0;  ///< what the queue's documents on this machine take
    qint64 fetchBytes = 0;

    bool capReached() const { return overCap > 0; }

    /// `capBytes` <= 0: no cap. An unknown size counts as 0 (its download will tell).
    static PrefetchPlan make(const QList<PrefetchItem> &queue, qint64 capBytes);
};

/// What one prefetch did, for the status bar: "12 documents downloaded, 3 already here, …".
struct PrefetchReport {
    int downloaded = 0;
    int alreadyHere = 0;
    int failed = 0;
    bool offline = false;  ///< the failures are for want of a connection
    int overCap = 0;
    qint64 capBytes = 0;
    bool cancelled = false;
    int cancelledLeft = 0;  ///< missing documents not fetched because of the cancel
    /// Started by a sync round rather than asked for.
    bool automatic = false;
    /// An automatic prefetch with nothing new to say (nothing downloaded, the same failures and
    /// cap as the previous automatic one): not shown, so a sync every 30 s does not nag.
    bool quiet = false;

    int total() const { return downloaded + alreadyHere + failed + overCap + cancelledLeft; }
    /// One translated sentence.
    QString summary() const;
};

/// The offline preferences of this machine (Preferences dialog), stored in QSettings.
struct PrefetchSettings {
    static constexpr qint64 kDefaultCapBytes = 2048LL * 1024 * 1024;

    /// Prefetch the queue after each sync round (sign-in, newly assigned items).
    bool automatic = true;
    qint64 capBytes = kDefaultCapBytes;

    /// From QSettings("dxdesk", "client"), with the defaults above.
    static PrefetchSettings load();
    void save() const;
    bool operator==(const PrefetchSettings &) const = default;
};

}  // namespace dx

Q_DECLARE_METATYPE(dx::PrefetchReport)
