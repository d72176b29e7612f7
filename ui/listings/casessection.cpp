#include "ui/listings/casessection.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/listings/listingfileslot.h"
#include "ui/listings/listingwidgets.h"

namespace dx {

using namespace ListingWidgets;

namespace {
constexpr qint64 kWan = 1000000;  // fen in 1 万元
}

CasesSection::CasesSection(Workbench &wb, QWidget *parent) : ListingSection(wb, parent) {
    auto *l = new QVBoxLayout(this);
    l->addWidget(errorLabel(QStringLiteral("cases"), this));
    m_tabs = new QTabWidget(this);
    for (int i = 0; i < kCases; ++i)
        m_tabs->addTab(buildCase(i), tr("Case %1 (案例%1)").arg(i + 1));
    l->addWidget(m_tabs);
    watch(this);
}

QWidget *CasesSection::buildCase(int i) {
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const QString p = QStringLiteral("cases[%1].").arg(i);
    Case &c = m_cases.at(size_t(i));
    auto line = [page, i](const char *name) {
        auto *e = new QLineEdit(page);
        e->setObjectName(QStringLiteral("case%1_").arg(i) + QLatin1String(name));
        return e;
    };
    c.customer = line("customer");
    c.annualOutput = moneyEdit(page, tr("万元, two decimals, e.g. 100.00"));
    c.annualOutput->setObjectName(QStringLiteral("case%1_annual_output").arg(i));
    c.saleAmount = moneyEdit(page, tr("万元, two decimals, e.g. 100.00"));
    c.saleAmount->setObjectName(QStringLiteral("case%1_sale_amount").arg(i));
    c.months = new QSpinBox(page);
    c.months->setObjectName(QStringLiteral("case%1_delivery_months").arg(i));
    c.months->setRange(0, 600);
    c.months->setSuffix(tr(" months"));
    c.months->setSpecialValueText(tr("—"));  // 0: not entered yet
    c.contactName = line("contact_name");
    c.contactTitle = line("contact_title");
    c.contactPhone = line("contact_phone");
    c.document = new ListingFileSlot(m_wb, QStringLiteral("case_document"),
                                     tr("Introduction document (介绍文档)"), p + u"document", page);
    connect(c.document, &ListingFileSlot::changed, this, &ListingSection::changed);

    form->addRow(tr("Customer name (客户名称)"), withError(c.customer, p + u"customer"));
    form->addRow(tr("Customer's annual output, 万元 (客户年产值)"),
                 withError(c.annualOutput, p + u"annual_output_fen"));
    form->addRow(tr("Sale amount, 万元 (方案销售额度)"),
                 withError(c.saleAmount, p + u"sale_amount_fen"));
    form->addRow(tr("Delivery cycle (交付周期)"), withError(c.months, p + u"delivery_months"));
    form->addRow(tr("Customer contact, optional (客户联系人姓名)"),
                 withError(c.contactName, p + u"contact_name"));
    form->addRow(tr("Contact's title, optional (客户联系人职务)"),
                 withError(c.contactTitle, p + u"contact_title"));
    form->addRow(tr("Contact's phone, optional (客户联系人联系方式)"),
                 withError(c.contactPhone, p + u"contact_phone"));
    form->addRow(withError(c.document, p + u"document"));
    auto *hint = new QLabel(tr("The problem, the solution and its effect; at most 100 MB: pdf, "
                               "png, jpg, jpeg, doc, docx, zip, mp4, ppt, pptx, bmp."),
                            page);
    hint->setWordWrap(true);
    form->addRow(hint);
    // The panel itself, for errors naming the whole case.
    form->addRow(errorLabel(QStringLiteral("cases[%1]").arg(i), page));
    for (QLineEdit *money : {c.annualOutput, c.saleAmount})
        connect(money, &QLineEdit::editingFinished, this, [this, money, p, &c] {
            const QString e = moneyError(money);
            if (!e.isEmpty())
                showError(p + (money == c.annualOutput ? u"annual_output_fen" : u"sale_amount_fen"),
                          e);
        });
    return page;
}

void CasesSection::load(const QJsonObject &listing) {
    const QJsonArray cases = listing.value(QStringLiteral("cases")).toArray();
    for (int i = 0; i < kCases; ++i) {
        const QJsonObject o = cases.at(i).toObject();
        Case &c = m_cases.at(size_t(i));
        c.customer->setText(o.value(QStringLiteral("customer")).toString());
        setMoney(c.annualOutput, o.value(QStringLiteral("annual_output_fen")), kWan);
        setMoney(c.saleAmount, o.value(QStringLiteral("sale_amount_fen")), kWan);
        c.months->setValue(o.value(QStringLiteral("delivery_months")).toInt());
        c.contactName->setText(o.value(QStringLiteral("contact_name")).toString());
        c.contactTitle->setText(o.value(QStringLiteral("contact_title")).toString());
        c.contactPhone->setText(o.value(QStringLiteral("contact_phone")).toString());
        c.document->setSha256(o.value(QStringLiteral("document")).toString());
    }
}

void CasesSection::store(QJsonObject &listing) const {
    QJsonArray cases;
    for (const Case &c : m_cases) {
        QJsonObject o{{QStringLiteral("customer"), c.customer->text().trimmed()},
                      {QStringLiteral("contact_name"), c.contactName->text().trimmed()},
                      {QStringLiteral("contact_title"), c.contactTitle->text().trimmed()},
                      {QStringLiteral("contact_phone"), c.contactPhone->text().trimmed()},
                      {QStringLiteral("document"), c.document->sha256()}};
        if (c.months->value() > 0) o.insert(QStringLiteral("delivery_months"), c.months->value());
        if (const QJsonValue v = moneyValue(c.annualOutput, kWan); v.isDouble())
            o.insert(QStringLiteral("annual_output_fen"), v);
        if (const QJsonValue v = moneyValue(c.saleAmount, kWan); v.isDouble())
            o.insert(QStringLiteral("sale_amount_fen"), v);
        cases.append(o);
    }
    listing.insert(QStringLiteral("cases"), cases);
}

}  // namespace dx
