#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dx {

struct Workbench;
class UploadSlot;

/// A file of a listing (展示图, a module image, a case's 介绍文档, an attachment): the UploadSlot
/// (choose, thumbnail, refusal beside it) checked against its UploadRule before anything is
/// kept, and the upload's progress with Cancel while the sync client sends it in chunks.
/// Cancel takes the file off the listing: the next save no longer cites it (a save already
/// queued still sends it; SyncClient has no per-file cancel).
class ListingFileSlot : public QWidget {
    Q_OBJECT
public:
    /// `rule` is an UploadRule purpose (listing_image, case_document); `path` the error path.
    ListingFileSlot(Workbench &wb, const QString &rule, const QString &title, const QString &path,
                    QWidget *parent = nullptr);

    /// Checks `file` by the rule and keeps it; on refusal shows why and returns false.
    bool attach(const QString &file);
    QString sha256() const;
    /// Shows a stored blob (downloads it when not on this machine).
    void setSha256(const QString &sha);
    void clear();
    /// The refusal shown beside the slot, empty when none.
    QString message() const;
    void setMessage(const QString &text);
    UploadSlot *slot() const { return m_slot; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void changed();

private:
    void choose();
    void onProgress(const QString &step, qint64 done, qint64 total);
    void finishUpload();

    Workbench &m_wb;
    QString m_rule;
    UploadSlot *m_slot = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_uploading = false;
};

}  // namespace dx
