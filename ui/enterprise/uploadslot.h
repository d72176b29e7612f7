#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace dx {

/// One document of an application (营业执照, 法人身份证正面/反面): a "Choose file…" button, a
/// thumbnail of the chosen or submitted image with "Open", and, on refusal, the reason beside it.
class UploadSlot : public QWidget {
    Q_OBJECT
public:
    UploadSlot(const QString &purpose, const QString &title, QWidget *parent = nullptr);

    QString purpose() const { return m_purpose; }
    /// The SHA-256 of the attached document, empty when none.
    QString sha256() const { return m_sha; }
    /// Attaches a document; `localPath` (may be empty while it downloads) feeds the thumbnail.
    void setDocument(const QString &sha256, const QString &localPath, const QString &fileName = {});
    void clear();
    /// The name shown under the thumbnail (the chosen file, or which application it is from).
    QString fileName() const;
    /// Where the document is on this machine, empty while it is not here.
    QString localPath() const { return m_path; }

    QString message() const;
    /// Shows why a file was refused (red), or a hint; empty hides it.
    void setMessage(const QString &text);
    /// A slot of a submitted application shows its document but offers no other file.
    void setEditable(bool editable);
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *openButton() const { return m_open; }
    /// The placeholder of the thumbnail ("No file chosen", "Not downloaded yet", …).
    QString placeholderText() const;
    /// Whether a thumbnail of the document is shown (it is an image on this machine).
    bool hasThumbnail() const;

signals:
    /// The user pressed "Choose file…".
    void chooseClicked();
    /// The user pressed "Open" on a document that is on this machine.
    void openClicked();

private:
    QString m_purpose;
    QString m_sha;
    QString m_path;
    bool m_editable = true;
    QPushButton *m_choose = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_thumbnail = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_message = nullptr;
};

}  // namespace dx
