#include "ui/listings/attachmentssection.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/listings/listingfileslot.h"

namespace dx {

AttachmentsSection::AttachmentsSection(Workbench &wb, QWidget *parent)
    : ListingSection(wb, parent) {
    auto *l = new QVBoxLayout(this);
    l->addWidget(errorLabel(QStringLiteral("attachments"), this));
    m_list = new QVBoxLayout;
    l->addLayout(m_list);
    m_add = new QPushButton(tr("Add attachment"), this);
    m_add->setObjectName(QStringLiteral("addAttachment"));
    l->addWidget(m_add, 0, Qt::AlignLeft);
    l->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addAttachment();
        emit changed();
    });
}

AttachmentsSection::Attachment &AttachmentsSection::addAttachment() {
    Attachment a;
    a.row = new QWidget(this);
    auto *grid = new QGridLayout(a.row);
    grid->setContentsMargins(0, 0, 0, 0);
    a.name = new QLineEdit(a.row);
    a.name->setObjectName(QStringLiteral("attachment_name"));
    a.name->setPlaceholderText(tr("Attachment name"));
    a.file = new ListingFileSlot(m_wb, QStringLiteral("case_document"), tr("File"),
                                 QStringLiteral("attachment"), a.row);
    auto *remove = new QPushButton(tr("Remove"), a.row);
    auto *error = new QLabel(a.row);
    error->setObjectName(QStringLiteral("attachment_error"));
    error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error->hide();
    grid->addWidget(a.name, 0, 0);
    grid->addWidget(remove, 0, 1);
    grid->addWidget(a.file, 1, 0, 1, 2);
    grid->addWidget(error, 2, 0, 1, 2);
    QWidget *row = a.row;
    connect(remove, &QPushButton::clicked, this, [this, row] {
        this->remove(row);
        emit changed();
    });
    connect(a.file, &ListingFileSlot::changed, this, &ListingSection::changed);
    m_list->addWidget(a.row);
    m_rows.append(a);
    watch(a.name);
    renumber();
    return m_rows.last();
}

void AttachmentsSection::remove(QWidget *row) {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].row == row) {
            m_rows.removeAt(i);
            break;
        }
    row->deleteLater();
    renumber();
}

void AttachmentsSection::renumber() {
    forgetErrors(QStringLiteral("attachments["));
    for (int i = 0; i < m_rows.size(); ++i)
        registerError(QStringLiteral("attachments[%1]").arg(i),
                      m_rows[i].row->findChild<QLabel *>(QStringLiteral("attachment_error")));
}

void AttachmentsSection::load(const QJsonObject &listing) {
    while (!m_rows.isEmpty()) remove(m_rows.last().row);
    for (const QJsonValue &v : listing.value(QStringLiteral("attachments")).toArray()) {
        Attachment &a = addAttachment();
        a.name->setText(v.toObject().value(QStringLiteral("name")).toString());
        a.file->setSha256(v.toObject().value(QStringLiteral("blob")).toString());
    }
}

void AttachmentsSection::store(QJsonObject &listing) const {
    QJsonArray out;
    for (const Attachment &a : m_rows)
        out.append(QJsonObject{{QStringLiteral("name"), a.name->text().trimmed()},
                               {QStringLiteral("blob"), a.file->sha256()}});
    listing.insert(QStringLiteral("attachments"), out);
}

}  // namespace dx
