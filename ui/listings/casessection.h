#pragma once

#include <array>

#include "ui/listings/listingsection.h"

class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace dx {

class ListingFileSlot;

/// 案例说明: exactly three customer cases, one tab each (案例1–3): customer, annual output and
/// sale amount in 万元 (two decimals, stored in fen), delivery cycle in months, the optional
/// customer contact, and the case's introduction document.
class CasesSection : public ListingSection {
    Q_OBJECT
public:
    static constexpr int kCases = 3;

    struct Case {
        QLineEdit *customer = nullptr;
        QLineEdit *annualOutput = nullptr;
        QLineEdit *saleAmount = nullptr;
        QSpinBox *months = nullptr;
        QLineEdit *contactName = nullptr;
        QLineEdit *contactTitle = nullptr;
        QLineEdit *contactPhone = nullptr;
        ListingFileSlot *document = nullptr;
    };

    explicit CasesSection(Workbench &wb, QWidget *parent = nullptr);

    void load(const QJsonObject &listing) override;
    void store(QJsonObject &listing) const override;

    const Case &at(int i) const { return m_cases.at(size_t(i)); }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *buildCase(int index);

    QTabWidget *m_tabs;
    std::array<Case, kCases> m_cases;
};

}  // namespace dx
