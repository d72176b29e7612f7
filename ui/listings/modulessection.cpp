#include "ui/listings/modulessection.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/listings/listingvalidator.h"
#include "ui/listings/modulepanel.h"

namespace dx {

ModulesSection::ModulesSection(Workbench &wb, QWidget *parent) : ListingSection(wb, parent) {
    auto *l = new QVBoxLayout(this);
    l->addWidget(errorLabel(QStringLiteral("modules"), this));
    m_column = new QVBoxLayout;
    l->addLayout(m_column);
    l->addStretch(1);
    for (const QString &type : ListingValidator::moduleTypes()) {
        auto *p = new ModulePanel(wb, type, this);
        connect(p, &ModulePanel::changed, this, &ListingSection::changed);
        connect(p, &ModulePanel::moveRequested, this, [this, p](int delta) {
            move(p, delta);
            emit changed();
        });
        m_panels.append(p);
    }
    relayout();
}

ModulePanel *ModulesSection::panel(const QString &type) const {
    for (ModulePanel *p : m_panels)
        if (p->type() == type) return p;
    return nullptr;
}

QStringList ModulesSection::order() const {
    QStringList out;
    for (const ModulePanel *p : m_panels) out << p->type();
    return out;
}

void ModulesSection::move(ModulePanel *panel, int delta) {
    const int from = int(m_panels.indexOf(panel));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_panels.size()) return;
    m_panels.move(from, to);
    relayout();
}

// Panels in list order; the end ones cannot move further; error paths follow the position.
void ModulesSection::relayout() {
    for (int i = 0; i < m_panels.size(); ++i) {
        ModulePanel *p = m_panels[i];
        m_column->removeWidget(p);
        m_column->insertWidget(i, p);
        p->upButton()->setEnabled(i > 0);
        p->downButton()->setEnabled(i + 1 < m_panels.size());
    }
    updateErrorPaths();
}

void ModulesSection::updateErrorPaths() {
    forgetErrors(QStringLiteral("modules["));
    for (int i = 0; i < m_panels.size(); ++i) {
        const QString prefix = QStringLiteral("modules[%1]").arg(i);
        registerError(prefix, m_panels[i]->errorLine());
        const QHash<QString, QLabel *> labels = m_panels[i]->errorLabels();
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            registerError(prefix + u'.' + it.key(), it.value());
    }
}

void ModulesSection::load(const QJsonObject &listing) {
    const QJsonArray modules = listing.value(QStringLiteral("modules")).toArray();
    QList<ModulePanel *> ordered;
    for (const QJsonValue &v : modules) {
        ModulePanel *p = panel(v.toObject().value(QStringLiteral("type")).toString());
        if (!p || ordered.contains(p)) continue;
        p->load(v.toObject());
        ordered << p;
    }
    for (ModulePanel *p : std::as_const(m_panels))
        if (!ordered.contains(p)) {
            p->load({});
            ordered << p;
        }
    m_panels = ordered;
    relayout();
}

void ModulesSection::store(QJsonObject &listing) const {
    QJsonArray modules;
    for (const ModulePanel *p : m_panels) modules.append(p->store());
    listing.insert(QStringLiteral("modules"), modules);
}

}  // namespace dx
