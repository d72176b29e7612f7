#pragma once

#include <QDialog>

#include "models/sync/prefetchplan.h"

class QCheckBox;
class QSpinBox;

namespace dx {

class SyncClient;

/// Preferences (首选项) of this computer: whether the documents of the queue are downloaded
/// for offline work after each sync, and the most they may take. Saved in QSettings
/// (PrefetchSettings) and handed to the SyncClient on OK.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(SyncClient &sync, QWidget *parent = nullptr);

    QCheckBox *automaticBox() const { return m_automatic; }
    /// The size cap in MB.
    QSpinBox *capBox() const { return m_cap; }
    /// What the dialog would save now.
    PrefetchSettings settings() const;

    /// Hands the saved preferences to `sync` (at sign-in).
    static void applySaved(SyncClient &sync);

public slots:
    void accept() override;

private:
    SyncClient &m_sync;
    PrefetchSettings m_loaded;
    int m_loadedMb;
    QCheckBox *m_automatic;
    QSpinBox *m_cap;
};

}  // namespace dx
