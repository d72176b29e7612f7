#pragma once

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>

class QLabel;
class QWebEngineView;

namespace dx {

struct Workbench;

/// 发布预览: the buyer's detail page of a listing exactly as buyers will see it — the output of
/// ListingPage::render() (the function the server's GET /listing/{id} uses) in a web view, its
/// images resolved from the local blob store. Files not yet on this machine are downloaded and
/// the page is rendered again when they arrive.
class ListingPreview : public QWidget {
    Q_OBJECT
public:
    explicit ListingPreview(Workbench &wb, QWidget *parent = nullptr);
    ~ListingPreview() override;

    /// Renders `listing` (the provider's name from `orgName`) and loads it.
    void showListing(const QJsonObject &listing, const QString &orgName);
    /// Renders a listing of the replica (`listings`, or an expert's assignment snapshot).
    void showListing(const QString &listingId);
    /// The HTML last rendered.
    QString html() const { return m_html; }
    /// Whether the last load finished (successfully).
    bool isLoaded() const { return m_loaded; }
    QWebEngineView *view() const { return m_view; }

signals:
    /// The page finished loading.
    void loaded(bool ok);

private:
    void render();

    Workbench &m_wb;
    QWebEngineView *m_view;
    QLabel *m_missing;
    QTemporaryDir m_dir;  ///< the page and links to its files, named by SHA-256
    QJsonObject m_listing;
    QString m_orgName;
    QString m_html;
    QStringList m_waiting;  ///< files still downloading
    bool m_loaded = false;
};

}  // namespace dx
