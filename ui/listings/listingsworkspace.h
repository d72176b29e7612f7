#pragma once

#include <QStackedWidget>

class QLabel;
class QPushButton;

namespace dx {

struct Workbench;
class ListingEditor;
class ListingPreview;
class MyProducts;

/// The provider's (and a self-publishing enterprise's) 我的商品 workspace: the list, the editor
/// (商品编辑) and the publish preview (发布预览), one page at a time.
class ListingsWorkspace : public QStackedWidget {
    Q_OBJECT
public:
    ListingsWorkspace(Workbench &wb, const QString &draftDir, QWidget *parent = nullptr);

    MyProducts *products() const { return m_products; }
    ListingEditor *editor() const { return m_editor; }
    ListingPreview *preview() const { return m_preview; }
    QPushButton *previewBackButton() const { return m_back; }

    void showProducts();
    void showEditor(const QString &listingId = {});
    /// The editor's current content as buyers will see it.
    void showPreview(const QJsonObject &listing);
    void showPreview(const QString &listingId);

private:
    QString orgName() const;

    Workbench &m_wb;
    MyProducts *m_products;
    ListingEditor *m_editor;
    QWidget *m_previewPage;
    ListingPreview *m_preview;
    QPushButton *m_back;
    QWidget *m_returnTo = nullptr;
};

}  // namespace dx
