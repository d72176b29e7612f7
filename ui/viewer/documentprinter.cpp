#include "ui/viewer/documentprinter.h"

#include "ui/viewer/pdfrenderer.h"
#include "ui/viewer/viewerlog.h"

#include <QFuture>
#include <QPainter>
#include <QPrinter>

namespace {

void drawFitted(QPainter &painter, QPrinter *printer, const QImage &image) {
    const QRectF area(QPointF(0, 0), printer->pageRect(QPrinter::DevicePixel).size());
    QSizeF size = QSizeF(image.size()).scaled(area.size(), Qt::KeepAspectRatio);
    const QRectF target(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
    // An opaque image keeps a PDF printout free of a soft mask per page.
    painter.drawImage(
        target, image.hasAlphaChannel() ? image.convertToFormat(QImage::Format_RGB32) : image);
}

}  // namespace

bool DocumentPrinter::printPdf(QPrinter *printer, PdfRenderer &renderer, int rotation,
                               const Progress &progress) {
    int first = 0;
    int last = renderer.pageCount() - 1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = qBound(0, printer->fromPage() - 1, last);
        last = qBound(first, printer->toPage() - 1, last);
    }
    if (last < first) return false;

    QPainter painter;
    if (!painter.begin(printer)) {
        qCWarning(lcViewer) << "the printer did not start";
        return false;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const double dpi = qMin(printer->resolution(), kMaxDpi);
    const int total = last - first + 1;
    // Render a few pages ahead: all render threads busy, without holding every page in memory.
    const int window = renderer.threadCount() + 1;
    QList<QFuture<QImage>> ahead;
    int next = first;
    bool ok = true;
    for (int page = first; page <= last; ++page) {
        while (next <= last && ahead.size() < window)
            ahead.append(
                renderer.renderUncached(next++, dpi, rotation, PdfRenderer::VisiblePriority));
        const QImage image = ahead.takeFirst().result();
        if (page > first) printer->newPage();
        if (image.isNull()) {
            qCWarning(lcViewer) << "page" << page + 1 << "did not render for printing";
            ok = false;
        } else {
            drawFitted(painter, printer, image);
        }
        if (progress) progress(page - first + 1, total);
    }
    return painter.end() && ok;
}

bool DocumentPrinter::printImage(QPrinter *printer, const QImage &image, int rotation) {
    if (image.isNull()) return false;
    QPainter painter;
    if (!painter.begin(printer)) {
        qCWarning(lcViewer) << "the printer did not start";
        return false;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    drawFitted(painter, printer,
               rotation ? image.transformed(QTransform().rotate(rotation)) : image);
    return painter.end();
}
