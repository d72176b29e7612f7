#pragma once

#include "ui/listings/listingsection.h"

class QLineEdit;

namespace dx {

/// 联系人信息: the listing's contact person with a phone and/or an e-mail address.
class ContactSection : public ListingSection {
    Q_OBJECT
public:
    explicit ContactSection(Workbench &wb, QWidget *parent = nullptr);

    void load(const QJsonObject &listing) override;
    void store(QJsonObject &listing) const override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }

private:
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_email;
};

}  // namespace dx
