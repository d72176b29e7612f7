#pragma once

#include "ui/listings/listingsection.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace dx {

class ListingFileSlot;

/// 基本信息: name, related product, catalog, tags, display image, solution categories,
/// applicable industries, historical lowest/highest price (yuan typed, fen stored), average
/// delivery cycle and delivery person-days.
class BasicSection : public ListingSection {
    Q_OBJECT
public:
    explicit BasicSection(Workbench &wb, QWidget *parent = nullptr);

    void load(const QJsonObject &listing) override;
    void store(QJsonObject &listing) const override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *productEdit() const { return m_product; }
    QComboBox *catalogBox() const { return m_catalog; }
    QLineEdit *tagsEdit() const { return m_tags; }
    ListingFileSlot *displayImage() const { return m_image; }
    QListWidget *categoryList() const { return m_categories; }
    QListWidget *industryList() const { return m_industries; }
    QLineEdit *priceLowEdit() const { return m_priceLow; }
    QLineEdit *priceHighEdit() const { return m_priceHigh; }
    QSpinBox *deliveryDaysBox() const { return m_deliveryDays; }
    QSpinBox *personDaysBox() const { return m_personDays; }

private:
    QLineEdit *m_name;
    QLineEdit *m_product;
    QComboBox *m_catalog;
    QLineEdit *m_tags;
    ListingFileSlot *m_image;
    QListWidget *m_categories;
    QListWidget *m_industries;
    QLineEdit *m_priceLow;
    QLineEdit *m_priceHigh;
    QSpinBox *m_deliveryDays;
    QSpinBox *m_personDays;
};

}  // namespace dx
