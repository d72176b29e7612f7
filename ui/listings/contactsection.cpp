#include "ui/listings/contactsection.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dx {

ContactSection::ContactSection(Workbench &wb, QWidget *parent) : ListingSection(wb, parent) {
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("contact_name"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("contact_phone"));
    m_phone->setPlaceholderText(QStringLiteral("13200000000"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("contact_email"));
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    form->addRow(errorLabel(QStringLiteral("contact"), this));
    form->addRow(tr("Name (姓名)"), withError(m_name, QStringLiteral("contact.name")));
    form->addRow(tr("Mobile (手机)"), withError(m_phone, QStringLiteral("contact.phone")));
    form->addRow(tr("E-mail (邮箱)"), withError(m_email, QStringLiteral("contact.email")));
    auto *hint = new QLabel(tr("Give a mobile number, an e-mail address, or both."), this);
    hint->setWordWrap(true);
    form->addRow(hint);
    watch(this);
}

void ContactSection::load(const QJsonObject &listing) {
    const QJsonObject c = listing.value(QStringLiteral("contact")).toObject();
    m_name->setText(c.value(QStringLiteral("name")).toString());
    m_phone->setText(c.value(QStringLiteral("phone")).toString());
    m_email->setText(c.value(QStringLiteral("email")).toString());
}

void ContactSection::store(QJsonObject &listing) const {
    listing.insert(QStringLiteral("contact"),
                   QJsonObject{{QStringLiteral("name"), m_name->text().trimmed()},
                               {QStringLiteral("phone"), m_phone->text().trimmed()},
                               {QStringLiteral("email"), m_email->text().trimmed()}});
}

}  // namespace dx
