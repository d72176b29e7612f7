#pragma once

#include <QList>

#include "ui/listings/listingsection.h"

class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace dx {

class ListingFileSlot;

/// 附件: downloadable attachments of the listing, each a name and a file; added and removed.
class AttachmentsSection : public ListingSection {
    Q_OBJECT
public:
    struct Attachment {
        QWidget *row = nullptr;
        QLineEdit *name = nullptr;
        ListingFileSlot *file = nullptr;
    };

    explicit AttachmentsSection(Workbench &wb, QWidget *parent = nullptr);

    void load(const QJsonObject &listing) override;
    void store(QJsonObject &listing) const override;

    int count() const { return int(m_rows.size()); }
    const Attachment &at(int i) const { return m_rows.at(i); }
    QPushButton *addButton() const { return m_add; }
    Attachment &addAttachment();

private:
    void remove(QWidget *row);
    void renumber();

    QVBoxLayout *m_list;
    QList<Attachment> m_rows;
    QPushButton *m_add;
};

}  // namespace dx
