#pragma once

#include "ui/listings/rowssection.h"

class QLineEdit;

namespace dx {

class ListingFileSlot;

/// One attachment's row: a name and a file.
struct AttachmentRow {
    QWidget *row = nullptr;
    QLineEdit *name = nullptr;
    ListingFileSlot *file = nullptr;
};

/// 附件: downloadable attachments of the listing, each a name and a file; added and removed.
class AttachmentsSection : public RowsSection<AttachmentRow> {
    Q_OBJECT
public:
    using Attachment = AttachmentRow;

    explicit AttachmentsSection(Workbench &wb, QWidget *parent = nullptr);

    void load(const QJsonObject &listing) override;
    void store(QJsonObject &listing) const override;

    Attachment &addAttachment();
};

}  // namespace dx
