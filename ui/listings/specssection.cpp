#include "ui/listings/specssection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/listings/listingwidgets.h"

namespace dx {

using namespace ListingWidgets;

SpecsSection::SpecsSection(Workbench &wb, QWidget *parent)
    : RowsSection(wb, QStringLiteral("specs"), QStringLiteral("spec_error"), parent) {
    auto *l = new QVBoxLayout(this);
    addRowsTo(l, tr("Add specification (添加规格)"), QStringLiteral("addSpec"),
              [this] { addSpec(); });
    auto *form = new QFormLayout;
    m_discount = new QLineEdit(this);
    m_discount->setObjectName(QStringLiteral("discount_note"));
    m_discount->setPlaceholderText(tr("e.g. 享受省30%优惠"));
    form->addRow(tr("Discount note (优惠说明)"),
                 withError(m_discount, QStringLiteral("discount_note")));
    l->addLayout(form);
    l->addStretch(1);
    watch(m_discount);
}

SpecsSection::Spec &SpecsSection::addSpec() {
    Spec s;
    s.row = new QWidget(this);
    auto *grid = new QGridLayout(s.row);
    grid->setContentsMargins(0, 0, 0, 0);
    s.name = new QLineEdit(s.row);
    s.name->setObjectName(QStringLiteral("spec_name"));
    s.name->setPlaceholderText(tr("Specification name (规格名称)"));
    s.mode = new QComboBox(s.row);
    s.mode->setObjectName(QStringLiteral("spec_mode"));
    s.mode->addItem(tr("Yearly (按年)"), QStringLiteral("yearly"));
    s.mode->addItem(tr("Monthly (按月)"), QStringLiteral("monthly"));
    s.mode->addItem(tr("By quantity (按数量)"), QStringLiteral("quantity"));
    s.pricing = new QComboBox(s.row);
    s.pricing->setObjectName(QStringLiteral("spec_pricing"));
    s.pricing->addItem(tr("Free (免费)"), QStringLiteral("free"));
    s.pricing->addItem(tr("Simple (简单模式)"), QStringLiteral("simple"));
    s.price = moneyEdit(s.row, tr("Price, yuan (规格定价)"));
    s.price->setObjectName(QStringLiteral("spec_price"));
    s.remove = new QPushButton(tr("Remove"), s.row);
    QLabel *error = rowErrorLabel(s.row);
    error->setWordWrap(true);
    grid->addWidget(s.name, 0, 0);
    grid->addWidget(s.mode, 0, 1);
    grid->addWidget(s.pricing, 0, 2);
    grid->addWidget(s.price, 0, 3);
    grid->addWidget(s.remove, 0, 4);
    grid->addWidget(error, 1, 0, 1, 5);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(3, 1);
    auto updatePrice = [s] {
        s.price->setEnabled(s.pricing->currentData().toString() == QLatin1String("simple"));
    };
    connect(s.pricing, &QComboBox::currentIndexChanged, s.row, updatePrice);
    updatePrice();
    watch(s.row);
    return appendRow(s, s.remove);
}

void SpecsSection::load(const QJsonObject &listing) {
    clearRows();
    const QJsonArray specs = listing.value(QStringLiteral("specs")).toArray();
    for (const QJsonValue &v : specs) {
        const QJsonObject o = v.toObject();
        Spec &s = addSpec();
        s.name->setText(o.value(QStringLiteral("name")).toString());
        s.mode->setCurrentIndex(qMax(0, s.mode->findData(o.value(QStringLiteral("mode")))));
        s.pricing->setCurrentIndex(
            qMax(0, s.pricing->findData(o.value(QStringLiteral("pricing")))));
        // A free specification carries price 0: nothing to show.
        if (o.value(QStringLiteral("pricing")).toString() == QLatin1String("simple"))
            setMoney(s.price, o.value(QStringLiteral("price_fen")), 100);
    }
    if (count() == 0) addSpec();
    m_discount->setText(listing.value(QStringLiteral("discount_note")).toString());
}

void SpecsSection::store(QJsonObject &listing) const {
    QJsonArray specs;
    for (const Spec &s : rows()) {
        QJsonObject o{{QStringLiteral("name"), s.name->text().trimmed()},
                      {QStringLiteral("mode"), s.mode->currentData().toString()},
                      {QStringLiteral("pricing"), s.pricing->currentData().toString()},
                      {QStringLiteral("price_fen"), 0}};
        if (const QJsonValue v = moneyValue(s.price, 100);
            v.isDouble() && s.pricing->currentData().toString() == QLatin1String("simple"))
            o.insert(QStringLiteral("price_fen"), v);
        specs.append(o);
    }
    listing.insert(QStringLiteral("specs"), specs);
    listing.insert(QStringLiteral("discount_note"), m_discount->text().trimmed());
}

}  // namespace dx
