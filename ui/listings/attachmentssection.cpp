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
    : RowsSection(wb, QStringLiteral("attachments"), QStringLiteral("attachment_error"), parent) {
    auto *l = new QVBoxLayout(this);
    addRowsTo(l, tr("Add attachment"), QStringLiteral("addAttachment"),
              [this] { addAttachment(); });
    l->addStretch(1);
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
    QLabel *error = rowErrorLabel(a.row);
    grid->addWidget(a.name, 0, 0);
    grid->addWidget(remove, 0, 1);
    grid->addWidget(a.file, 1, 0, 1, 2);
    grid->addWidget(error, 2, 0, 1, 2);
    connect(a.file, &ListingFileSlot::changed, this, &ListingSection::changed);
    watch(a.name);
    return appendRow(a, remove);
}

void AttachmentsSection::load(const QJsonObject &listing) {
    clearRows();
    for (const QJsonValue &v : listing.value(QStringLiteral("attachments")).toArray()) {
        Attachment &a = addAttachment();
        a.name->setText(v.toObject().value(QStringLiteral("name")).toString());
        a.file->setSha256(v.toObject().value(QStringLiteral("blob")).toString());
    }
}

void AttachmentsSection::store(QJsonObject &listing) const {
    QJsonArray out;
    for (const Attachment &a : rows())
        out.append(QJsonObject{{QStringLiteral("name"), a.name->text().trimmed()},
                               {QStringLiteral("blob"), a.file->sha256()}});
    listing.insert(QStringLiteral("attachments"), out);
}

}  // namespace dx
