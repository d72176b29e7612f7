#include "ui/listings/listingpreview.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QSaveFile>
#include <QUrl>
#include <QVBoxLayout>
#include <QWebEngineView>

#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/listings/listingpage.h"
#include "models/listings/listingvalidator.h"
#include "models/sync/replica.h"

namespace dx {

ListingPreview::ListingPreview(Workbench &wb, QWidget *parent) : QWidget(parent), m_wb(wb) {
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("previewMissing"));
    m_missing->hide();
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("previewView"));
    l->addWidget(m_missing);
    l->addWidget(m_view, 1);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_loaded = ok;
        emit loaded(ok);
    });
    connect(&m_wb.sync, &SyncClient::blobReady, this, [this](const QString &sha) {
        if (m_waiting.contains(sha)) render();
    });
}

ListingPreview::~ListingPreview() = default;

void ListingPreview::showListing(const QJsonObject &listing, const QString &orgName) {
    m_listing = listing;
    m_orgName = orgName;
    render();
}

void ListingPreview::showListing(const QString &listingId) {
    Database &db = m_wb.replica.db();
    auto row =
        db.one(QStringLiteral("SELECT data, org_name FROM listings WHERE id = ?"), {listingId});
    if (!row || !row->has_value())  // an expert reads the snapshot of their assignment
        row = db.one(QStringLiteral("SELECT data, org_name FROM listing_assignments WHERE "
                                    "listing_id = ? ORDER BY round DESC LIMIT 1"),
                     {listingId});
    const QVariantMap r = row && row->has_value() ? **row : QVariantMap();
    showListing(
        QJsonDocument::fromJson(r.value(QStringLiteral("data")).toString().toUtf8()).object(),
        r.value(QStringLiteral("org_name")).toString());
}

// The page and a link per file named by its hash, so that ListingPage's prefix + SHA-256 URLs
// resolve to the blob store without copying the files.
void ListingPreview::render() {
    m_loaded = false;
    m_waiting.clear();
    const QDir dir(m_dir.path());
    for (const ListingValidator::BlobRef &ref : ListingValidator::blobs(m_listing)) {
        const QString local = m_wb.sync.blobPath(ref.sha);  // starts a download when missing
        if (local.isEmpty()) {
            if (!m_waiting.contains(ref.sha)) m_waiting << ref.sha;
            continue;
        }
        const QString link = dir.filePath(ref.sha);
        if (!QFile::exists(link)) QFile::link(local, link);
    }
    m_missing->setText(m_waiting.isEmpty()
                           ? QString()
                           : tr("%n file(s) are still downloading; the page is shown again "
                                "when they arrive.",
                                nullptr, int(m_waiting.size())));
    m_missing->setVisible(!m_waiting.isEmpty());

    ListingPage::Options options;
    options.blobUrlPrefix = QUrl::fromLocalFile(dir.path() + u'/').toString();
    options.orgName = m_orgName;
    m_html = ListingPage::render(m_listing, options);
    QSaveFile page(dir.filePath(QStringLiteral("index.html")));
    if (page.open(QIODevice::WriteOnly)) {
        page.write(m_html.toUtf8());
        page.commit();
    }
    const QUrl url = QUrl::fromLocalFile(dir.filePath(QStringLiteral("index.html")));
    if (m_view->url() == url)
        m_view->reload();
    else
        m_view->load(url);
}

}  // namespace dx
