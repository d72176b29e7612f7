#include "ui/viewer/pageview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace {

// Three notches of the wheel against the edge of a page turn it; one is too twitchy on a
// touchpad.
constexpr int kTurnThreshold = 3 * QWheelEvent::DefaultDeltasPerStep;

QSize toPixels(const QSizeF &size) {
    return QSize(qMax(1, qRound(size.width())), qMax(1, qRound(size.height())));
}

}  // namespace

/// Paints the page, its highlights and placeholder text; dragging it pans the view.
class PageCanvas : public QWidget {
public:
    explicit PageCanvas(PageView *view) : QWidget(view), m_view(view) {
        setCursor(Qt::OpenHandCursor);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    QImage image;
    int imageRotation = 0;
    QSizeF pageSize;
    QString placeholder;
    QList<QRectF> highlights;
    int currentHighlight = -1;

protected:
    void paintEvent(QPaintEvent *event) override {
        QPainter painter(this);
        painter.fillRect(event->rect(), Qt::white);
        if (!image.isNull()) {
            painter.save();
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.setTransform(imageToCanvas());
            painter.drawImage(QPointF(0, 0), image);
            painter.restore();
        } else if (!placeholder.isEmpty()) {
            painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
            painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                             placeholder);
        }
        for (int i = 0; i < highlights.size(); ++i) {
            const bool current = i == currentHighlight;
            const QColor fill = current ? QColor(255, 140, 0, 110) : QColor(255, 230, 0, 90);
            painter.fillRect(highlights.at(i), fill);
            if (current) {
                painter.setPen(QPen(QColor(230, 100, 0), 1.5));
                painter.drawRect(highlights.at(i));
            }
        }
    }

    void mousePressEvent(QMouseEvent *event) override {
        if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
        m_dragFrom = event->globalPosition().toPoint();
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }

    void mouseMoveEvent(QMouseEvent *event) override {
        if (!m_dragging) return QWidget::mouseMoveEvent(event);
        const QPoint at = event->globalPosition().toPoint();
        m_view->panBy(m_dragFrom - at);
        m_dragFrom = at;
    }

    void mouseReleaseEvent(QMouseEvent *event) override {
        if (event->button() != Qt::LeftButton) return QWidget::mouseReleaseEvent(event);
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
    }

private:
    // Image pixels → canvas pixels: turn the image, move it back into view, stretch it over
    // the page.
    QTransform imageToCanvas() const {
        const QTransform turn = QTransform().rotate(imageRotation);
        const QRectF turned = turn.mapRect(QRectF(QPointF(0, 0), image.size()));
        return turn * QTransform::fromTranslate(-turned.left(), -turned.top()) *
               QTransform::fromScale(width() / turned.width(), height() / turned.height());
    }

    PageView *m_view;
    QPoint m_dragFrom;
    bool m_dragging = false;
};

PageView::PageView(QWidget *parent) : QScrollArea(parent), m_canvas(new PageCanvas(this)) {
    setBackgroundRole(QPalette::Dark);
    setAlignment(Qt::AlignCenter);
    setWidgetResizable(false);
    setWidget(m_canvas);
    setFocusPolicy(Qt::StrongFocus);
}

void PageView::setPage(const QImage &image, int imageRotation, const QSizeF &size,
                       const QString &placeholder) {
    const QSize pixels = toPixels(size);
    const QSize before = m_canvas->size();
    // Keep the point at the centre of the viewport where it is on the page.
    const double fx = (horizontalScrollBar()->value() + viewport()->width() / 2.0) / before.width();
    const double fy = (verticalScrollBar()->value() + viewport()->height() / 2.0) / before.height();

    m_canvas->image = image;
    m_canvas->imageRotation = imageRotation;
    m_canvas->pageSize = size;
    m_canvas->placeholder = placeholder;
    m_canvas->resize(pixels);
    m_canvas->update();
    if (pixels != before) {
        horizontalScrollBar()->setValue(qRound(fx * pixels.width() - viewport()->width() / 2.0));
        verticalScrollBar()->setValue(qRound(fy * pixels.height() - viewport()->height() / 2.0));
    }
}

QSizeF PageView::pageSize() const {
    return m_canvas->pageSize;
}

void PageView::setHighlights(const QList<QRectF> &rects, int current) {
    m_canvas->highlights = rects;
    m_canvas->currentHighlight = current;
    m_canvas->update();
}

void PageView::reveal(const QRectF &rect) {
    const QPointF centre = rect.center();
    ensureVisible(qRound(centre.x()), qRound(centre.y()), qRound(rect.width() / 2) + 48,
                  qRound(rect.height() / 2) + 48);
}

void PageView::scrollToTop() {
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

void PageView::scrollToBottom() {
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

QSize PageView::availableSize() const {
    return maximumViewportSize();
}

void PageView::panBy(const QPoint &delta) {
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + delta.y());
}

void PageView::resizeEvent(QResizeEvent *event) {
    QScrollArea::resizeEvent(event);
    emit availableSizeChanged();
}

void PageView::wheelEvent(QWheelEvent *event) {
    const int dy = event->angleDelta().y();
    if (event->modifiers() & Qt::ControlModifier) {
        if (dy != 0) emit zoomStepRequested(dy > 0 ? 1 : -1);
        event->accept();
        return;
    }
    const QScrollBar *bar = verticalScrollBar();
    const bool againstEdge =
        (dy < 0 && bar->value() >= bar->maximum()) || (dy > 0 && bar->value() <= bar->minimum());
    if (dy == 0 || !againstEdge) {
        m_turnAccumulator = 0;
        QScrollArea::wheelEvent(event);
        return;
    }
    if ((m_turnAccumulator < 0) != (dy < 0)) m_turnAccumulator = 0;
    m_turnAccumulator += dy;
    if (qAbs(m_turnAccumulator) >= kTurnThreshold) {
        emit pageTurnRequested(m_turnAccumulator < 0 ? 1 : -1);
        m_turnAccumulator = 0;
    }
    event->accept();
}
