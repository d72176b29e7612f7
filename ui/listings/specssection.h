#pragma once

#include <QList>

#include "ui/listings/listingsection.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace dx {

/// 规格: the specifications buyers choose from (name, purchase mode 按年/按月/按数量, pricing
/// 免费/简单模式 with a price in yuan, stored in fen), added and removed, and the discount note.
class SpecsSection : public ListingSection {
    Q_OBJECT
public:
    struct Spec {
        QWidget *row = nullptr;
        QLineEdit *name = nullptr;
        QComboBox *mode = nullptr;
        QComboBox *pricing = nullptr;
        QLineEdit *price = nullptr;
        QPushButton *remove = nullptr;
    };

    explicit SpecsSection(Workbench &wb, QWidget *parent = nullptr);

    void load(const QJsonObject &listing) override;
    void store(QJsonObject &listing) const override;

    int count() const { return int(m_specs.size()); }
    const Spec &at(int i) const { return m_specs.at(i); }
    QPushButton *addButton() const { return m_add; }
    QLineEdit *discountEdit() const { return m_discount; }
    /// Adds an empty specification row (what "Add specification" does).
    Spec &addSpec();

private:
    void removeSpec(QWidget *row);
    void renumber();

    QVBoxLayout *m_rows;
    QList<Spec> m_specs;
    QPushButton *m_add;
    QLineEdit *m_discount;
};

}  // namespace dx
