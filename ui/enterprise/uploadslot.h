#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace dx {

/// One document of an application (营业执照, 法人身份证正面/反面): a "Choose file…" button, a
/// thumbnail of the chosen image and, on refusal, the reason beside it.
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

    QString message() const;
    /// Shows why a file was refused (red), or a hint; empty hides it.
    void setMessage(const QString &text);
    void setEditable(bool editable);
    QPushButton *chooseButton() const { return m_choose; }
    /// Whether a thumbnail of the document is shown (it is an image on this machine).
    bool hasThumbnail() const;

signals:
    /// The user pressed "Choose file…".
    void chooseClicked();

private:
    QString m_purpose;
    QString m_sha;
    QPushButton *m_choose = nullptr;
    QLabel *m_thumbnail = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_message = nullptr;
};

}  // namespace dx
