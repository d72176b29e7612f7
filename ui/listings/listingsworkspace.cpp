#include "ui/listings/listingsworkspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "ui/listings/listingeditor.h"
#include "ui/listings/listingpreview.h"
#include "ui/listings/myproducts.h"

namespace dx {

ListingsWorkspace::ListingsWorkspace(Workbench &wb, const QString &draftDir, QWidget *parent)
    : QStackedWidget(parent), m_wb(wb) {
    m_products = new MyProducts(wb, this);
    m_editor = new ListingEditor(wb, draftDir, this);
    m_previewPage = new QWidget(this);
    auto *l = new QVBoxLayout(m_previewPage);
    auto *bar = new QHBoxLayout;
    m_back = new QPushButton(tr("← Back"), m_previewPage);
    m_back->setObjectName(QStringLiteral("previewBack"));
    bar->addWidget(m_back);
    bar->addWidget(new QLabel(tr("Publish preview (发布预览): the page exactly as buyers see it"),
                              m_previewPage),
                   1);
    l->addLayout(bar);
    m_preview = new ListingPreview(wb, m_previewPage);
    l->addWidget(m_preview, 1);
    addWidget(m_products);
    addWidget(m_editor);
    addWidget(m_previewPage);

    connect(m_products, &MyProducts::newRequested, this, [this] { showEditor(); });
    connect(m_products, &MyProducts::editRequested, this,
            [this](const QString &id) { showEditor(id); });
    connect(m_products, &MyProducts::previewRequested, this,
            [this](const QString &id) { showPreview(id); });
    connect(m_editor, &ListingEditor::previewRequested, this,
            [this](const QJsonObject &listing) { showPreview(listing); });
    connect(m_editor, &ListingEditor::closeRequested, this, &ListingsWorkspace::showProducts);
    connect(m_editor, &ListingEditor::submitted, this, [this](const QString &id) {
        showProducts();
        m_products->select(id);
    });
    connect(m_back, &QPushButton::clicked, this,
            [this] { setCurrentWidget(m_returnTo ? m_returnTo : m_products); });
}

QString ListingsWorkspace::orgName() const {
    auto name = m_wb.replica.db().scalar(
        QStringLiteral("SELECT name FROM organisations WHERE id = ?"), {m_wb.actor.orgId});
    return name && !name->isNull() ? name->toString() : QString();
}

void ListingsWorkspace::showProducts() {
    m_products->refresh();
    setCurrentWidget(m_products);
}

void ListingsWorkspace::showEditor(const QString &listingId) {
    if (listingId.isEmpty())
        m_editor->newListing();
    else
        m_editor->open(listingId);
    setCurrentWidget(m_editor);
}

void ListingsWorkspace::showPreview(const QJsonObject &listing) {
    m_returnTo = currentWidget();
    m_preview->showListing(listing, orgName());
    setCurrentWidget(m_previewPage);
}

void ListingsWorkspace::showPreview(const QString &listingId) {
    m_returnTo = currentWidget();
    m_preview->showListing(listingId);
    setCurrentWidget(m_previewPage);
}

}  // namespace dx
