#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QScrollArea>

class PageCanvas;

/// The scrolling surface that shows one page: drag to pan, Ctrl+wheel to zoom, and the wheel
/// past the top or bottom of a page turns it.
class PageView : public QScrollArea {
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);

    /// Shows image stretched over size (logical pixels) after turning it clockwise by
    /// imageRotation degrees: a rendered PDF page arrives turned already (0), an image is
    /// turned here, and an outdated render stands in scaled until the new one arrives.
    /// A null image shows a blank page with placeholder text. Keeps the visible centre.
    void setPage(const QImage &image, int imageRotation, const QSizeF &size,
                 const QString &placeholder = {});
    QSizeF pageSize() const;
    /// Highlight rectangles in page pixels (logical); `current` is drawn stronger.
    void setHighlights(const QList<QRectF> &rects, int current);
    /// Scrolls so that rect (page pixels) is visible.
    void reveal(const QRectF &rect);
    void scrollToTop();
    void scrollToBottom();
    /// The viewport size when no scroll bar is shown.
    QSize availableSize() const;

signals:
    void zoomStepRequested(int steps);
    void pageTurnRequested(int delta);
    void availableSizeChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    friend class PageCanvas;
    void panBy(const QPoint &delta);

    PageCanvas *m_canvas;
    int m_turnAccumulator = 0;
};
