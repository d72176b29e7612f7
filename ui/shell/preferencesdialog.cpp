#include "ui/shell/preferencesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

#include "models/client/syncclient.h"

namespace dx {

namespace {
constexpr qint64 kMiB = 1024 * 1024;
}  // namespace

PreferencesDialog::PreferencesDialog(SyncClient &sync, QWidget *parent)
    : QDialog(parent),
      m_sync(sync),
      m_loaded(PrefetchSettings::load()),
      m_loadedMb(int(std::clamp<qint64>((m_loaded.capBytes + kMiB - 1) / kMiB, 1, 1024 * 1024))),
      m_automatic(new QCheckBox(this)),
      m_cap(new QSpinBox(this)) {
    setWindowTitle(tr("Preferences"));
    m_automatic->setObjectName(QStringLiteral("prefetchAutomatic"));
    m_automatic->setText(tr("Download the documents of my queue for offline work after each sync"));
    m_automatic->setChecked(m_loaded.automatic);
    m_cap->setObjectName(QStringLiteral("prefetchCap"));
    m_cap->setRange(1, 1024 * 1024);
    m_cap->setSingleStep(256);
    m_cap->setSuffix(tr(" MB"));
    m_cap->setValue(m_loadedMb);

    auto *note = new QLabel(tr("Downloading stops, and says so, before the documents of your "
                               "queue on this computer would take more than this."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_automatic);
    form->addRow(tr("At most:"), m_cap);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

PrefetchSettings PreferencesDialog::settings() const {
    PrefetchSettings s;
    s.automatic = m_automatic->isChecked();
    // The spin box shows whole MB: a cap saved in bytes elsewhere is kept unless edited.
    s.capBytes = m_cap->value() != m_loadedMb ? m_cap->value() * kMiB : m_loaded.capBytes;
    return s;
}

void PreferencesDialog::applySaved(SyncClient &sync) {
    sync.configurePrefetch(PrefetchSettings::load());
}

void PreferencesDialog::accept() {
    const PrefetchSettings chosen = settings();
    chosen.save();
    m_sync.configurePrefetch(chosen);
    // A larger cap or automatic prefetch turned on: fetch what now may come, and report it.
    if (chosen.automatic && !(chosen == m_loaded) && m_sync.isOnline()) m_sync.prefetch();
    QDialog::accept();
}

}  // namespace dx
