#pragma once

#include "ui/listings/rowssection.h"

class QComboBox;
class QLineEdit;

namespace dx {

/// One specification's row.
struct SpecRow {
    QWidget *row = nullptr;
    QLineEdit *name = nullptr;
    QComboBox *mode = nullptr;
    QComboBox *pricing = nullptr;
    QLineEdit *price = nullptr;
    QPushButton *remove = nullptr;
};

/// 规格: the specifications buyers choose from (name, purchase mode 按年/按月/按数量, pricing
/// 免费/简单模式 with a price in yuan, stored in fen), added and removed, and the discount note.
class SpecsSection : public RowsSection<SpecRow> {
    Q_OBJECT
public:
    using Spec = SpecRow;

    explicit SpecsSection(Workbench &wb, QWidget *parent = nullptr);

    void load(const QJsonObject &listing) override;
    void store(QJsonObject &listing) const override;

    QLineEdit *discountEdit() const { return m_discount; }
    /// Adds an empty specification row (what "Add specification" does).
    Spec &addSpec();

private:
    QLineEdit *m_discount;
};

}  // namespace dx
