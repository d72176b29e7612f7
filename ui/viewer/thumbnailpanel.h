#pragma once

#include <QListWidget>
#include <QPointer>
#include <QTimer>

class PdfRenderer;

/// Page thumbnails of a PDF beside the page: rendered off the UI thread, lowest priority, as
/// they scroll into view; a click goes to the page.
class ThumbnailPanel : public QListWidget {
    Q_OBJECT
public:
    explicit ThumbnailPanel(QWidget *parent = nullptr);

    /// Lists the renderer's pages (nullptr: none).
    void setRenderer(PdfRenderer *renderer);
    void setCurrentPage(int page);

signals:
    void pageClicked(int page);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    double thumbnailDpi(int page) const;
    void requestVisible();
    void onPageRendered(int page, double dpi, int rotation, const QImage &image);

    QPointer<PdfRenderer> m_renderer;
    QList<bool> m_requested;
    QTimer m_requestTimer;
};
