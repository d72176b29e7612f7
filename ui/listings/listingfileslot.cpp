#include "ui/listings/listingfileslot.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/domain/uploadrule.h"
#include "ui/enterprise/uploadslot.h"

namespace dx {

ListingFileSlot::ListingFileSlot(Workbench &wb, const QString &rule, const QString &title,
                                 const QString &path, QWidget *parent)
    : QWidget(parent), m_wb(wb), m_rule(rule) {
    setObjectName(QStringLiteral("file:") + path);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_slot = new UploadSlot(path, title, this);
    l->addWidget(m_slot);
    auto *row = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setFormat(tr("Uploading %p%"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelUpload"));
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    l->addLayout(row);
    m_progress->hide();
    m_cancel->hide();
    connect(m_slot, &UploadSlot::chooseClicked, this, &ListingFileSlot::choose);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        finishUpload();
        clear();
        emit changed();
    });
    connect(&m_wb.sync, &SyncClient::progress, this, &ListingFileSlot::onProgress);
    connect(&m_wb.sync, &SyncClient::syncFinished, this, &ListingFileSlot::finishUpload);
    connect(&m_wb.sync, &SyncClient::blobReady, this, [this](const QString &sha) {
        if (sha == m_slot->sha256()) m_slot->setDocument(sha, m_wb.blobs.pathOf(sha));
    });
}

void ListingFileSlot::choose() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"), QDir::homePath());
    if (!file.isEmpty() && attach(file)) emit changed();
}

bool ListingFileSlot::attach(const QString &file) {
    const auto rule = UploadRule::forPurpose(m_rule);
    if (!rule) return false;
    auto sha = m_wb.sync.attachFile(file, *rule, m_slot->purpose());
    if (!sha) {
        m_slot->setMessage(sha.error().message);
        return false;
    }
    m_slot->setMessage({});
    m_slot->setDocument(*sha, m_wb.blobs.pathOf(*sha), QFileInfo(file).fileName());
    // The sync client sends it with the next sync; show that until the server has it.
    m_uploading = true;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    return true;
}

void ListingFileSlot::onProgress(const QString &step, qint64 done, qint64 total) {
    if (!m_uploading || step != QLatin1String("upload") || total <= 0) return;
    // Chunk progress of one file reports byte offsets; the per-file step reports file counts.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
}

void ListingFileSlot::finishUpload() {
    m_uploading = false;
    m_progress->hide();
    m_cancel->hide();
}

QString ListingFileSlot::sha256() const {
    return m_slot->sha256();
}

void ListingFileSlot::setSha256(const QString &sha) {
    finishUpload();
    m_slot->setMessage({});
    if (sha.isEmpty()) return m_slot->setDocument({}, {});
    m_slot->setDocument(sha, m_wb.sync.blobPath(sha));
}

void ListingFileSlot::clear() {
    m_slot->clear();
}

QString ListingFileSlot::message() const {
    return m_slot->message();
}

void ListingFileSlot::setMessage(const QString &text) {
    m_slot->setMessage(text);
}

}  // namespace dx
