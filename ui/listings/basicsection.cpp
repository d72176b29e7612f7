#include "ui/listings/basicsection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

#include "ui/listings/listingfileslot.h"
#include "ui/listings/listingwidgets.h"

namespace dx {

using namespace ListingWidgets;

namespace {
constexpr qint64 kYuan = 100;
}

BasicSection::BasicSection(Workbench &wb, QWidget *parent) : ListingSection(wb, parent) {
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("The solution's name as buyers see it"));
    m_product = new QLineEdit(this);
    m_product->setObjectName(QStringLiteral("product"));
    m_catalog = new QComboBox(this);
    m_catalog->setObjectName(QStringLiteral("catalog"));
    m_catalog->addItem(tr("Solutions and products (解决方案和产品)"),
                       QStringLiteral("solutions_products"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("Tags separated by commas; buyers filter by them"));
    m_image = new ListingFileSlot(wb, QStringLiteral("listing_image"), tr("Display image (展示图)"),
                                  QStringLiteral("display_image"), this);
    m_categories = checkList(categoryOptions(), this);
    m_categories->setObjectName(QStringLiteral("categories"));
    m_industries = checkList(industryOptions(), this);
    m_industries->setObjectName(QStringLiteral("industries"));
    m_priceLow = moneyEdit(this, tr("Yuan, e.g. 9800.00"));
    m_priceLow->setObjectName(QStringLiteral("price_low"));
    m_priceHigh = moneyEdit(this, tr("Yuan, e.g. 128000.00"));
    m_priceHigh->setObjectName(QStringLiteral("price_high"));
    m_deliveryDays = new QSpinBox(this);
    m_deliveryDays->setObjectName(QStringLiteral("delivery_days"));
    m_deliveryDays->setRange(0, 3650);
    m_deliveryDays->setSuffix(tr(" days"));
    m_deliveryDays->setSpecialValueText(tr("—"));  // 0: not entered yet
    m_personDays = new QSpinBox(this);
    m_personDays->setObjectName(QStringLiteral("person_days"));
    m_personDays->setRange(0, 100000);
    m_personDays->setSpecialValueText(tr("—"));

    form->addRow(tr("Solution name (方案名称)"), withError(m_name, QStringLiteral("name")));
    form->addRow(tr("Related product (相关产品名称)"),
                 withError(m_product, QStringLiteral("product")));
    form->addRow(tr("Catalog (目录)"), withError(m_catalog, QStringLiteral("catalog")));
    form->addRow(tr("Tags (标签)"), withError(m_tags, QStringLiteral("tags")));
    form->addRow(withError(m_image, QStringLiteral("display_image")));
    form->addRow(tr("Solution categories, 1–5 (方案分类)"),
                 withError(m_categories, QStringLiteral("categories")));
    form->addRow(tr("Applicable industries, 1–3 (适用行业)"),
                 withError(m_industries, QStringLiteral("industries")));
    form->addRow(tr("Historical lowest price, yuan (销售历史最低价格)"),
                 withError(m_priceLow, QStringLiteral("price_low_fen")));
    form->addRow(tr("Historical highest price, yuan (销售历史最高价格)"),
                 withError(m_priceHigh, QStringLiteral("price_high_fen")));
    form->addRow(tr("Average delivery cycle (交付平均周期)"),
                 withError(m_deliveryDays, QStringLiteral("delivery_days")));
    form->addRow(tr("Delivery person-days (交付人工数量)"),
                 withError(m_personDays, QStringLiteral("person_days")));

    for (QLineEdit *money : {m_priceLow, m_priceHigh})
        connect(money, &QLineEdit::editingFinished, this, [this, money] {
            const QString path = money == m_priceLow ? QStringLiteral("price_low_fen")
                                                     : QStringLiteral("price_high_fen");
            if (const QString e = moneyError(money); !e.isEmpty()) showError(path, e);
        });
    connect(m_categories, &QListWidget::itemChanged, this, &ListingSection::changed);
    connect(m_industries, &QListWidget::itemChanged, this, &ListingSection::changed);
    connect(m_image, &ListingFileSlot::changed, this, &ListingSection::changed);
    watch(this);
}

void BasicSection::load(const QJsonObject &l) {
    m_name->setText(l.value(QStringLiteral("name")).toString());
    m_product->setText(l.value(QStringLiteral("product")).toString());
    const int catalog = m_catalog->findData(l.value(QStringLiteral("catalog")).toString());
    m_catalog->setCurrentIndex(qMax(0, catalog));
    QStringList tags;
    for (const QJsonValue &t : l.value(QStringLiteral("tags")).toArray()) tags << t.toString();
    m_tags->setText(tags.join(QStringLiteral(", ")));
    m_image->setSha256(l.value(QStringLiteral("display_image")).toString());
    setCheckedCodes(m_categories, l.value(QStringLiteral("categories")).toArray());
    setCheckedCodes(m_industries, l.value(QStringLiteral("industries")).toArray());
    setMoney(m_priceLow, l.value(QStringLiteral("price_low_fen")), kYuan);
    setMoney(m_priceHigh, l.value(QStringLiteral("price_high_fen")), kYuan);
    m_deliveryDays->setValue(l.value(QStringLiteral("delivery_days")).toInt());
    m_personDays->setValue(l.value(QStringLiteral("person_days")).toInt());
}

void BasicSection::store(QJsonObject &l) const {
    l.insert(QStringLiteral("name"), m_name->text().trimmed());
    l.insert(QStringLiteral("product"), m_product->text().trimmed());
    l.insert(QStringLiteral("catalog"), m_catalog->currentData().toString());
    l.insert(QStringLiteral("tags"), words(m_tags->text()));
    l.insert(QStringLiteral("display_image"), m_image->sha256());
    l.insert(QStringLiteral("categories"), checkedCodes(m_categories));
    l.insert(QStringLiteral("industries"), checkedCodes(m_industries));
    // An amount that does not parse is left out: the error beside it says why.
    if (const QJsonValue v = moneyValue(m_priceLow, kYuan); v.isDouble())
        l.insert(QStringLiteral("price_low_fen"), v);
    if (const QJsonValue v = moneyValue(m_priceHigh, kYuan); v.isDouble())
        l.insert(QStringLiteral("price_high_fen"), v);
    // "—" (0) is "not entered": left out, so that a draft saves before it is known.
    if (m_deliveryDays->value() > 0)
        l.insert(QStringLiteral("delivery_days"), m_deliveryDays->value());
    if (m_personDays->value() > 0) l.insert(QStringLiteral("person_days"), m_personDays->value());
}

}  // namespace dx
