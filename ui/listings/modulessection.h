#pragma once

#include <QList>

#include "ui/listings/listingsection.h"

class QVBoxLayout;

namespace dx {

class ModulePanel;

/// 介绍页: the detail page's modules in page order (banner, highlights, description,
/// screenshots/videos, user cases, service support); Move up / Move down reorder them, and the
/// order written to `modules[]` is the order on screen (and on the buyer's page).
class ModulesSection : public ListingSection {
    Q_OBJECT
public:
    explicit ModulesSection(Workbench &wb, QWidget *parent = nullptr);

    void load(const QJsonObject &listing) override;
    void store(QJsonObject &listing) const override;

    /// The panels in page order.
    const QList<ModulePanel *> &panels() const { return m_panels; }
    /// The panel of a module type, or nullptr.
    ModulePanel *panel(const QString &type) const;
    /// The module types in page order.
    QStringList order() const;
    void move(ModulePanel *panel, int delta);

protected:
    void updateErrorPaths() override;

private:
    void relayout();

    QVBoxLayout *m_column;
    QList<ModulePanel *> m_panels;
};

}  // namespace dx
