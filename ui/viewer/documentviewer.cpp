#include "ui/viewer/documentviewer.h"

#include "ui/viewer/documentprinter.h"
#include "ui/viewer/errorpage.h"
#include "ui/viewer/findbar.h"
#include "ui/viewer/pageselectoraction.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/pdfrenderer.h"
#include "ui/viewer/thumbnailpanel.h"
#include "ui/viewer/viewerlog.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// The steps of zoom in/out.
constexpr std::array kZoomSteps{0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25,
                                1.5, 1.75, 2.0,  2.5, 3.0,  4.0,  5.0, 6.0, 8.0};
// Space around a page fitted into the view, in logical pixels.
constexpr int kFitMargin = 16;
// A rendered page holds at most this many pixels (80 MB); past it, at high zoom, the page is
// shown scaled up rather than asking Poppler for a bitmap of hundreds of megabytes.
constexpr double kMaxRenderPixels = 20e6;
// Decoded images may take this many MB: a 600 dpi colour A4 scan needs ~140 MB, beyond Qt's
// default limit of 128 MB.
constexpr int kImageAllocationLimitMB = 512;
// The PDF header; readers accept it within the first 1 KiB (PDF 1.7, Annex H).
constexpr qsizetype kPdfHeaderWindow = 1024;

bool looksLikePdf(const QByteArray &bytes) {
    return bytes.left(kPdfHeaderWindow).contains("%PDF-");
}

int quarterTurns(int degrees) {
    return ((qRound(degrees / 90.0) * 90) % 360 + 360) % 360;
}

}  // namespace

DocumentViewer::DocumentViewer(QWidget *parent)
    : QWidget(parent),
      m_toolBar(new QToolBar(this)),
      m_zoomLabel(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_thumbnails(new ThumbnailPanel(this)),
      m_view(new PageView(this)),
      m_errorPage(new ErrorPage(this)),
      m_emptyPage(new QWidget(this)) {
    createActions();
    setFitModeChecks(m_fit);
    m_findBar = new FindBar(action(Action::FindPrevious), action(Action::FindNext), this);
    m_findBar->hide();
    createToolBar();

    m_splitter->addWidget(m_thumbnails);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_errorPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_findBar);
    layout->addWidget(m_stack, 1);

    connect(m_thumbnails, &ThumbnailPanel::pageClicked, this, &DocumentViewer::goToPage);
    connect(m_view, &PageView::zoomStepRequested, this,
            [this](int steps) { steps > 0 ? zoomIn() : zoomOut(); });
    connect(m_view, &PageView::pageTurnRequested, this, [this](int delta) {
        const int before = m_page;
        goToPage(m_page + delta);
        if (delta < 0 && m_page != before) m_view->scrollToBottom();
    });
    connect(m_view, &PageView::availableSizeChanged, this, [this] { updateFitZoom(); });
    connect(m_findBar, &FindBar::submitted, this, [this](const QString &text, bool backwards) {
        if (text != m_searchText)
            search(text);
        else
            backwards ? previousHit() : nextHit();
    });

    retranslate();
    clear();
}

DocumentViewer::~DocumentViewer() = default;

// ---- opening ------------------------------------------------------------------------------

bool DocumentViewer::openFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        clear();
        m_name = QFileInfo(path).fileName();
        return fail(tr("The file could not be opened: %1").arg(file.errorString()));
    }
    return openData(file.readAll(), QFileInfo(path).fileName());
}

bool DocumentViewer::openData(const QByteArray &bytes, const QString &nameHint) {
    clear();
    m_name = nameHint;
    if (bytes.isEmpty()) return fail(tr("The file is empty."));
    if (!(looksLikePdf(bytes) ? openPdf(bytes) : openImage(bytes))) return false;
    documentReady();
    return true;
}

bool DocumentViewer::openPdf(const QByteArray &bytes) {
    auto renderer = std::make_unique<PdfRenderer>();
    if (!renderer->load(bytes)) return fail(renderer->errorString());
    m_pdf = std::move(renderer);
    connect(m_pdf.get(), &PdfRenderer::pageRendered, this, &DocumentViewer::onPageRendered);
    return true;
}

bool DocumentViewer::openImage(const QByteArray &bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);  // EXIF orientation of camera photos
    reader.setAllocationLimit(kImageAllocationLimitMB);
    if (!reader.canRead())
        return fail(tr("The file is neither a PDF nor an image in a format the viewer can show."));
    QImage image = reader.read();
    if (image.isNull())
        return fail(tr("The image is damaged or incomplete and cannot be shown (%1).")
                        .arg(reader.errorString()));
    m_image = image;
    return true;
}

bool DocumentViewer::fail(const QString &reason) {
    m_error = reason;
    const QString title = m_name.isEmpty() ? tr("This document cannot be shown")
                                           : tr("“%1” cannot be shown").arg(m_name);
    m_errorPage->setMessage(title, reason);
    m_stack->setCurrentWidget(m_errorPage);
    m_thumbnails->setRenderer(nullptr);
    updateActions();
    qCInfo(lcViewer) << "cannot show" << m_name << ":" << reason;
    return false;
}

void DocumentViewer::documentReady() {
    m_stack->setCurrentWidget(m_splitter);
    m_thumbnails->setRenderer(m_pdf.get());
    m_thumbnails->setVisible(isPdf() && action(Action::Thumbnails)->isChecked());
    m_thumbnails->setCurrentPage(0);
    auto *selector = static_cast<PageSelectorAction *>(action(Action::GoToPage));
    selector->setPageCount(pageCount());
    selector->setCurrentPage(0);
    if (!updateFitZoom()) showCurrentPage();
    m_view->scrollToTop();
    updateActions();
    qCDebug(lcViewer) << "showing" << m_name << (isPdf() ? "PDF" : "image") << pageCount();
    emit documentLoaded(pageCount());
    emit pageChanged(m_page);
}

void DocumentViewer::clear() {
    if (m_pdf) m_pdf->disconnect(this);
    m_thumbnails->setRenderer(nullptr);
    m_pdf.reset();
    m_image = QImage();
    m_name.clear();
    m_error.clear();
    m_page = 0;
    m_rotation = 0;
    m_shownImage = QImage();
    m_shownPage = -1;
    m_searchText.clear();
    m_hits.clear();
    m_hit = -1;
    m_findBar->setStatus({});
    m_view->setHighlights({}, -1);
    m_view->setPage(QImage(), 0, QSizeF(1, 1));
    m_stack->setCurrentWidget(m_emptyPage);
    static_cast<PageSelectorAction *>(action(Action::GoToPage))->setPageCount(0);
    updateActions();
}

bool DocumentViewer::isPdf() const {
    return m_pdf != nullptr;
}

int DocumentViewer::pageCount() const {
    return m_pdf ? m_pdf->pageCount() : m_image.isNull() ? 0 : 1;
}

// ---- page, zoom, rotation -----------------------------------------------------------------

void DocumentViewer::goToPage(int page) {
    if (pageCount() == 0) return;
    page = qBound(0, page, pageCount() - 1);
    if (page == m_page) return;
    m_page = page;
    static_cast<PageSelectorAction *>(action(Action::GoToPage))->setCurrentPage(page);
    m_thumbnails->setCurrentPage(page);
    if (!updateFitZoom()) showCurrentPage();
    m_view->scrollToTop();
    updateActions();
    emit pageChanged(page);
}

void DocumentViewer::nextPage() {
    goToPage(m_page + 1);
}

void DocumentViewer::previousPage() {
    goToPage(m_page - 1);
}

void DocumentViewer::setZoom(double zoom) {
    setFitModeChecks(FitMode::None);
    applyZoom(zoom);
}

void DocumentViewer::setFitMode(FitMode mode) {
    setFitModeChecks(mode);
    updateFitZoom();
}

void DocumentViewer::setFitModeChecks(FitMode mode) {
    m_fit = mode;
    action(Action::FitWidth)->setChecked(mode == FitMode::Width);
    action(Action::FitPage)->setChecked(mode == FitMode::Page);
}

void DocumentViewer::zoomIn() {
    const auto *next = std::find_if(kZoomSteps.begin(), kZoomSteps.end(),
                                    [this](double step) { return step > m_zoom * 1.001; });
    setZoom(next != kZoomSteps.end() ? *next : kMaxZoom);
}

void DocumentViewer::zoomOut() {
    const auto next = std::find_if(kZoomSteps.rbegin(), kZoomSteps.rend(),
                                   [this](double step) { return step < m_zoom / 1.001; });
    setZoom(next != kZoomSteps.rend() ? *next : kMinZoom);
}

bool DocumentViewer::applyZoom(double zoom) {
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    if (qAbs(zoom - m_zoom) < 1e-6) return false;
    m_zoom = zoom;
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
    showCurrentPage();
    updateActions();
    emit zoomChanged(m_zoom);
    return true;
}

bool DocumentViewer::updateFitZoom() {
    if (m_fit == FitMode::None || pageCount() == 0) return false;
    const QSizeF unit = unitPageSize(m_page);
    const QSize available = m_view->availableSize();
    const double width = available.width() - kFitMargin;
    if (m_fit == FitMode::Width) {
        // Leave room for the vertical scroll bar a fitted page usually needs.
        const int bar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
        return applyZoom((width - bar) / unit.width());
    }
    return applyZoom(qMin(width / unit.width(), (available.height() - kFitMargin) / unit.height()));
}

void DocumentViewer::rotate(int degrees) {
    const int turned = quarterTurns(m_rotation + degrees);
    if (turned == m_rotation || pageCount() == 0) return;
    m_rotation = turned;
    if (!updateFitZoom()) showCurrentPage();
}

QSizeF DocumentViewer::unitPageSize(int page) const {
    const QSizeF size =
        m_pdf ? m_pdf->pageSize(page) * (kDpiAtZoom1 / 72.0) : QSizeF(m_image.size());
    return m_rotation % 180 ? size.transposed() : size;
}

QSizeF DocumentViewer::displayedPageSize() const {
    return pageCount() ? unitPageSize(m_page) * m_zoom : QSizeF();
}

double DocumentViewer::renderDpi(int page) const {
    const double dpi = kDpiAtZoom1 * m_zoom * devicePixelRatioF();
    const QSizeF inches = m_pdf ? m_pdf->pageSize(page) / 72.0 : QSizeF();
    if (inches.isEmpty()) return dpi;
    return qMin(dpi, std::sqrt(kMaxRenderPixels / (inches.width() * inches.height())));
}

// ---- rendering ----------------------------------------------------------------------------

void DocumentViewer::showCurrentPage() {
    if (pageCount() == 0) return;
    const QSizeF size = displayedPageSize();
    if (!m_pdf) {
        m_view->setPage(m_image, m_rotation, size);
        emit pageDisplayed(0);
        return;
    }
    const double dpi = renderDpi(m_page);
    const QImage cached = m_pdf->cachedPage(m_page, dpi, m_rotation);
    if (!cached.isNull()) {
        onPageRendered(m_page, dpi, m_rotation, cached);
    } else {
        // Until the render arrives, the page shown last stands in, stretched and turned.
        if (m_shownPage == m_page && !m_shownImage.isNull())
            m_view->setPage(m_shownImage, quarterTurns(m_rotation - m_shownRotation), size);
        else
            m_view->setPage(QImage(), 0, size);
        m_pdf->cancelQueued(PdfRenderer::PrefetchPriority, m_page);
        m_pdf->requestPage(m_page, dpi, m_rotation, PdfRenderer::VisiblePriority);
    }
    // The neighbours, so that paging through is quick.
    for (int page : {m_page + 1, m_page - 1}) {
        if (page >= 0 && page < pageCount())
            m_pdf->requestPage(page, dpi, m_rotation, PdfRenderer::PrefetchPriority);
    }
    updateHighlights();
}

void DocumentViewer::onPageRendered(int page, double dpi, int rotation, const QImage &image) {
    if (page != m_page || rotation != m_rotation ||
        qRound(dpi * 100) != qRound(renderDpi(page) * 100))
        return;
    if (image.isNull()) {
        m_view->setPage(QImage(), 0, displayedPageSize(),
                        tr("Page %1 is damaged and cannot be shown.").arg(page + 1));
        m_shownImage = QImage();
        return;
    }
    m_view->setPage(image, 0, displayedPageSize());
    m_shownImage = image;
    m_shownPage = page;
    m_shownRotation = rotation;
    emit pageDisplayed(page);
}

QImage DocumentViewer::renderedPage(int page) {
    const qreal dpr = devicePixelRatioF();
    if (!m_pdf) {
        if (page != 0 || m_image.isNull()) return {};
        const QSize size = (unitPageSize(0) * m_zoom * dpr).toSize();
        QImage image = m_image.transformed(QTransform().rotate(m_rotation))
                           .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        image.setDevicePixelRatio(dpr);
        return image;
    }
    if (page < 0 || page >= pageCount()) return {};
    QFuture<QImage> future =
        m_pdf->requestPage(page, renderDpi(page), m_rotation, PdfRenderer::VisiblePriority);
    future.waitForFinished();
    return future.isCanceled() || future.resultCount() == 0 ? QImage() : future.result();
}

// ---- search -------------------------------------------------------------------------------

int DocumentViewer::search(const QString &text) {
    m_searchText = text;
    m_hits.clear();
    m_hit = -1;
    if (m_pdf && !text.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        for (int page = 0; page < m_pdf->pageCount(); ++page) {
            for (const QRectF &rect : m_pdf->search(page, text)) m_hits.append(Hit{page, rect});
        }
        QApplication::restoreOverrideCursor();
    }
    if (m_hits.isEmpty()) {
        m_findBar->setStatus(text.isEmpty() ? QString() : tr("No matches"));
        updateHighlights();
    } else {
        const auto first = std::find_if(m_hits.cbegin(), m_hits.cend(),
                                        [this](const Hit &hit) { return hit.page >= m_page; });
        selectHit(first != m_hits.cend() ? int(first - m_hits.cbegin()) : 0);
    }
    qCDebug(lcViewer) << "search found" << m_hits.size() << "hits";
    emit searchFinished(int(m_hits.size()));
    return int(m_hits.size());
}

void DocumentViewer::nextHit() {
    if (m_hits.isEmpty()) {
        if (!m_findBar->text().isEmpty() && m_findBar->text() != m_searchText)
            search(m_findBar->text());
        return;
    }
    selectHit((m_hit + 1) % int(m_hits.size()));
}

void DocumentViewer::previousHit() {
    if (m_hits.isEmpty()) {
        if (!m_findBar->text().isEmpty() && m_findBar->text() != m_searchText)
            search(m_findBar->text());
        return;
    }
    selectHit((m_hit - 1 + int(m_hits.size())) % int(m_hits.size()));
}

void DocumentViewer::selectHit(int hit) {
    m_hit = hit;
    goToPage(m_hits.at(hit).page);
    updateHighlights(true);
    m_findBar->setStatus(tr("%1 of %2").arg(hit + 1).arg(m_hits.size()));
}

QList<QRectF> DocumentViewer::highlights() const {
    QList<QRectF> rects;
    for (const Hit &hit : m_hits) {
        if (hit.page == m_page) rects.append(hit.rect);
    }
    return rects;
}

void DocumentViewer::updateHighlights(bool reveal) {
    if (!m_pdf) {
        m_view->setHighlights({}, -1);
        return;
    }
    // Points on the page → logical pixels on the turned, zoomed page.
    const QTransform turn = QTransform().rotate(m_rotation);
    const QRectF turned = turn.mapRect(QRectF(QPointF(0, 0), m_pdf->pageSize(m_page)));
    const double scale = m_zoom * kDpiAtZoom1 / 72.0;
    const QTransform toView = turn * QTransform::fromTranslate(-turned.left(), -turned.top()) *
                              QTransform::fromScale(scale, scale);
    QList<QRectF> rects;
    int current = -1;
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).page != m_page) continue;
        if (i == m_hit) current = int(rects.size());
        rects.append(toView.mapRect(m_hits.at(i).rect));
    }
    m_view->setHighlights(rects, current);
    if (reveal && current >= 0) m_view->reveal(rects.at(current));
}

void DocumentViewer::showFindBar() {
    if (isPdf()) m_findBar->activate();
}

// ---- printing -----------------------------------------------------------------------------

bool DocumentViewer::printTo(QPrinter *printer) {
    if (m_pdf) {
        return DocumentPrinter::printPdf(printer, *m_pdf, m_rotation, [this](int done, int total) {
            emit renderProgress(done, total);
        });
    }
    if (m_image.isNull()) return false;
    const bool ok = DocumentPrinter::printImage(printer, m_image, m_rotation);
    emit renderProgress(1, 1);
    return ok;
}
