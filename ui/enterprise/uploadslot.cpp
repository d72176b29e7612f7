#include "ui/enterprise/uploadslot.h"

#include <QGridLayout>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>

namespace dx {

namespace {
const QSize kThumbnail(160, 100);
}

UploadSlot::UploadSlot(const QString &purpose, const QString &title, QWidget *parent)
    : QWidget(parent), m_purpose(purpose) {
    setObjectName(QStringLiteral("slot_") + purpose);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(
        QStringLiteral("<span style=\"color:#c0392b\">*</span> ") + title.toHtmlEscaped(), this);
    m_thumbnail = new QLabel(this);
    m_thumbnail->setFixedSize(kThumbnail);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setText(tr("No file"));
    m_choose = new QPushButton(tr("Choose file…"), this);
    m_choose->setObjectName(QStringLiteral("choose_") + purpose);
    m_name = new QLabel(this);
    m_name->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message_") + purpose);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setWordWrap(true);
    m_message->hide();
    grid->addWidget(caption, 0, 0, 1, 2);
    grid->addWidget(m_thumbnail, 1, 0, 3, 1);
    grid->addWidget(m_choose, 1, 1, Qt::AlignLeft);
    grid->addWidget(m_name, 2, 1);
    grid->addWidget(m_message, 3, 1);
    grid->setColumnStretch(1, 1);
    connect(m_choose, &QPushButton::clicked, this, &UploadSlot::chooseClicked);
}

void UploadSlot::setDocument(const QString &sha256, const QString &localPath,
                             const QString &fileName) {
    m_sha = sha256;
    m_name->setText(fileName);
    QImage image;
    if (!localPath.isEmpty()) {
        QImageReader reader(localPath);
        reader.setAutoTransform(true);
        if (const QSize size = reader.size(); size.isValid())
            reader.setScaledSize(size.scaled(kThumbnail, Qt::KeepAspectRatio));
        image = reader.read();
    }
    if (image.isNull()) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(sha256.isEmpty() ? tr("No file") : tr("Attached"));
    } else {
        m_thumbnail->setPixmap(QPixmap::fromImage(image));
    }
}

bool UploadSlot::hasThumbnail() const {
    return !m_thumbnail->pixmap().isNull();
}

void UploadSlot::clear() {
    setDocument({}, {});
    setMessage({});
}

QString UploadSlot::message() const {
    return m_message->text();
}

void UploadSlot::setMessage(const QString &text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void UploadSlot::setEditable(bool editable) {
    m_choose->setEnabled(editable);
}

}  // namespace dx
