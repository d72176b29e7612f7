#include "models/sync/prefetchplan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace dx {

namespace {
class PrefetchplanTr {
    Q_DECLARE_TR_FUNCTIONS(PrefetchPlan)
};

const QString kAutomaticKey = QStringLiteral("offline/prefetch_queue");
const QString kCapKey = QStringLiteral("offline/cap_bytes");

QSettings prefetchSettingsStore() {
    return QSettings(QStringLiteral("dxdesk"), QStringLiteral("client"));
}
}  // namespace

PrefetchPlan PrefetchPlan::make(const QList<PrefetchItem> &queue, qint64 capBytes) {
    PrefetchPlan plan;
    for (const PrefetchItem &item : queue) {
        if (!item.here) continue;
        ++plan.alreadyHere;
        plan.hereBytes += qMax<qint64>(0, item.size);
    }
    for (const PrefetchItem &item : queue) {
        if (item.here) continue;
        const qint64 size = qMax<qint64>(0, item.size);
        if (plan.overCap > 0 ||
            (capBytes > 0 && plan.hereBytes + plan.fetchBytes + size > capBytes)) {
            ++plan.overCap;  // stop here: nothing after it either
            continue;
        }
        plan.fetch << item.sha256;
        plan.fetchBytes += size;
    }
    return plan;
}

QString PrefetchReport::summary() const {
    if (total() == 0)
        return PrefetchplanTr::tr(
            "No documents to download: your queue has no application with "
            "documents.");
    QStringList parts;
    parts << PrefetchplanTr::tr("%n document(s) downloaded", nullptr, downloaded);
    parts << PrefetchplanTr::tr("%n already on this computer", nullptr, alreadyHere);
    if (failed > 0)
        parts << (offline ? PrefetchplanTr::tr("%n failed (offline)", nullptr, failed)
                          : PrefetchplanTr::tr("%n failed", nullptr, failed));
    if (overCap > 0)
        parts << PrefetchplanTr::tr(
                     "%n not downloaded: they would pass the size limit of %1 "
                     "set in Preferences",
                     nullptr, overCap)
                     .arg(QLocale().formattedDataSize(capBytes));
    if (cancelledLeft > 0) parts << PrefetchplanTr::tr("%n not downloaded", nullptr, cancelledLeft);
    QString text = parts.join(PrefetchplanTr::tr(", ", "between the parts of the report"));
    if (cancelled) text = PrefetchplanTr::tr("Download cancelled: %1").arg(text);
    return text + PrefetchplanTr::tr(".", "the end of the report");
}

PrefetchSettings PrefetchSettings::load() {
    const QSettings s = prefetchSettingsStore();
    PrefetchSettings out;
    out.automatic = s.value(kAutomaticKey, out.automatic).toBool();
    out.capBytes = qMax<qint64>(0, s.value(kCapKey, out.capBytes).toLongLong());
    return out;
}

void PrefetchSettings::save() const {
    QSettings s = prefetchSettingsStore();
    s.setValue(kAutomaticKey, automatic);
    s.setValue(kCapKey, capBytes);
}

}  // namespace dx
