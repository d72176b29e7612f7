#include "ui/viewer/thumbnailpanel.h"

#include "ui/viewer/pdfrenderer.h"

#include <QPainter>
#include <QScrollBar>

namespace {

// The box a thumbnail fits in, in logical pixels.
constexpr QSize kThumbnailBox(112, 150);

QPixmap placeholderPixmap(const QSizeF &pagePoints, qreal dpr) {
    const QSizeF size = pagePoints.scaled(kThumbnailBox, Qt::KeepAspectRatio);
    QPixmap pixmap((size * dpr).toSize().expandedTo(QSize(1, 1)));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::white);
    return pixmap;
}

}  // namespace

ThumbnailPanel::ThumbnailPanel(QWidget *parent) : QListWidget(parent) {
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setIconSize(kThumbnailBox);
    setSpacing(6);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(kThumbnailBox.width() + 40);

    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(30);
    connect(&m_requestTimer, &QTimer::timeout, this, &ThumbnailPanel::requestVisible);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, &m_requestTimer,
            qOverload<>(&QTimer::start));
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit pageClicked(row(item)); });
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit pageClicked(row(item)); });
}

void ThumbnailPanel::setRenderer(PdfRenderer *renderer) {
    if (m_renderer) disconnect(m_renderer, nullptr, this, nullptr);
    clear();
    m_requested.clear();
    m_renderer = renderer;
    if (!renderer) return;

    connect(renderer, &PdfRenderer::pageRendered, this, &ThumbnailPanel::onPageRendered);
    const qreal dpr = devicePixelRatioF();
    for (int page = 0; page < renderer->pageCount(); ++page) {
        auto *item = new QListWidgetItem(QIcon(placeholderPixmap(renderer->pageSize(page), dpr)),
                                         QString::number(page + 1), this);
        item->setTextAlignment(Qt::AlignHCenter);
        item->setToolTip(tr("Page %1").arg(page + 1));
    }
    m_requested.fill(false, renderer->pageCount());
    m_requestTimer.start();
}

void ThumbnailPanel::setCurrentPage(int page) {
    if (page < 0 || page >= count()) return;
    const QSignalBlocker blocker(this);
    setCurrentRow(page);
    scrollToItem(item(page));
}

void ThumbnailPanel::resizeEvent(QResizeEvent *event) {
    QListWidget::resizeEvent(event);
    m_requestTimer.start();
}

void ThumbnailPanel::showEvent(QShowEvent *event) {
    QListWidget::showEvent(event);
    m_requestTimer.start();
}

double ThumbnailPanel::thumbnailDpi(int page) const {
    const QSizeF points = m_renderer->pageSize(page);
    const double dpi = qMin(kThumbnailBox.width() * 72.0 / points.width(),
                            kThumbnailBox.height() * 72.0 / points.height());
    return dpi * devicePixelRatioF();
}

void ThumbnailPanel::requestVisible() {
    if (!m_renderer || !isVisible()) return;
    // Everything on screen, and one screen ahead in both directions.
    const QRect wanted =
        viewport()->rect().adjusted(0, -viewport()->height(), 0, viewport()->height());
    for (int page = 0; page < count(); ++page) {
        if (m_requested.at(page) || !visualItemRect(item(page)).intersects(wanted)) continue;
        m_requested[page] = true;
        const double dpi = thumbnailDpi(page);
        const QImage cached = m_renderer->cachedPage(page, dpi, 0);
        if (!cached.isNull())
            onPageRendered(page, dpi, 0, cached);
        else
            m_renderer->requestPage(page, dpi, 0, PdfRenderer::ThumbnailPriority);
    }
}

void ThumbnailPanel::onPageRendered(int page, double dpi, int rotation, const QImage &image) {
    if (rotation != 0 || page < 0 || page >= count() || image.isNull()) return;
    if (qRound(dpi * 100) != qRound(thumbnailDpi(page) * 100)) return;
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    item(page)->setIcon(QIcon(pixmap));
}
