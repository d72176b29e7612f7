#include "ui/enterprise/uploadslot.h"

#include <QGridLayout>
#include <QHBoxLayout>
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
    m_thumbnail->setObjectName(QStringLiteral("thumbnail_") + purpose);
    m_thumbnail->setFixedSize(kThumbnail);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setWordWrap(true);
    m_thumbnail->setAccessibleName(title);
    m_choose = new QPushButton(tr("Choose file…"), this);
    m_choose->setObjectName(QStringLiteral("choose_") + purpose);
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("open_") + purpose);
    m_open->setToolTip(tr("Show the document in the viewer"));
    m_open->hide();
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("name_") + purpose);
    m_name->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message_") + purpose);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    grid->addWidget(caption, 0, 0, 1, 2);
    grid->addWidget(m_thumbnail, 1, 0, 3, 1);
    grid->addLayout(buttons, 1, 1);
    grid->addWidget(m_name, 2, 1);
    grid->addWidget(m_message, 3, 1);
    grid->setColumnStretch(1, 1);
    connect(m_choose, &QPushButton::clicked, this, &UploadSlot::chooseClicked);
    connect(m_open, &QPushButton::clicked, this, &UploadSlot::openClicked);
    setDocument({}, {});
}

void UploadSlot::setDocument(const QString &sha256, const QString &localPath,
                             const QString &fileName) {
    m_sha = sha256;
    m_path = sha256.isEmpty() ? QString() : localPath;
    m_name->setText(fileName);
    QImage image;
    if (!m_path.isEmpty()) {
        QImageReader reader(m_path);
        reader.setAutoTransform(true);
        if (const QSize size = reader.size(); size.isValid())
            reader.setScaledSize(size.scaled(kThumbnail, Qt::KeepAspectRatio));
        image = reader.read();
    }
    m_open->setVisible(!m_path.isEmpty());
    if (image.isNull()) {
        m_thumbnail->setPixmap({});
        // Say what the empty frame means: nothing chosen yet, or a document that is on its way.
        if (sha256.isEmpty())
            m_thumbnail->setText(m_editable ? tr("No file chosen yet: JPG or PNG scan")
                                            : tr("Not part of this application"));
        else
            m_thumbnail->setText(m_path.isEmpty() ? tr("Not downloaded yet; it is fetched at "
                                                       "the next sync")
                                                  : tr("Attached"));
    } else {
        m_thumbnail->setText({});
        m_thumbnail->setPixmap(QPixmap::fromImage(image));
    }
}

bool UploadSlot::hasThumbnail() const {
    return !m_thumbnail->pixmap().isNull();
}

QString UploadSlot::placeholderText() const {
    return m_thumbnail->text();
}

QString UploadSlot::fileName() const {
    return m_name->text();
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
    if (m_editable == editable) return;
    m_editable = editable;
    m_choose->setVisible(editable);
    if (m_sha.isEmpty()) setDocument({}, {});  // the placeholder depends on it
}

}  // namespace dx
