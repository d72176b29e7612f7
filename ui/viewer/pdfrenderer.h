#pragma once

#include <QCache>
#include <QFuture>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSizeF>
#include <QThreadPool>

#include <atomic>
#include <memory>

class PdfDocumentPool;

/// Renders the pages of one PDF off the UI thread and keeps a cache of rendered pages.
///
/// Threading model: a Poppler::Document must never be used by two threads at once, so the
/// renderer keeps a small pool of Poppler documents loaded from the same bytes (one per render
/// thread, plus one for the calling thread). Every render and every search leases one document
/// for its whole duration. Renders run on the renderer's own QThreadPool, highest priority
/// first; results come back to the renderer's thread through pageRendered().
class PdfRenderer : public QObject {
    Q_OBJECT
public:
    /// Queue priorities: the page on screen first, then its neighbours, then thumbnails.
    enum Priority { ThumbnailPriority = 0, PrefetchPriority = 5, VisiblePriority = 10 };

    explicit PdfRenderer(QObject *parent = nullptr);
    ~PdfRenderer() override;

    /// Loads a PDF from its bytes; false, with errorString(), when it cannot be shown
    /// (damaged, cut off, password-protected or without pages).
    bool load(const QByteArray &bytes);
    QString errorString() const { return m_error; }
    int pageCount() const { return int(m_pageSizes.size()); }
    /// The size of a page in points (1/72 in), as displayed (the page's own /Rotate applied).
    QSizeF pageSize(int page) const;

    /// The page rendered at dpi and turned clockwise by rotation degrees, if it is cached.
    QImage cachedPage(int page, double dpi, int rotation) const;
    /// Renders a page on the pool (or answers from the cache); pageRendered() reports the
    /// result too. Requests for the same page, dpi and rotation share one job. A null image
    /// means the page could not be rendered.
    QFuture<QImage> requestPage(int page, double dpi, int rotation, int priority);
    /// Renders a page on the pool without the cache or pageRendered() (printing).
    QFuture<QImage> renderUncached(int page, double dpi, int rotation, int priority);
    /// Drops the queued requests of priority minPriority or higher that have not started,
    /// except those for keepPage.
    void cancelQueued(int minPriority, int keepPage = -1);
    /// Where text occurs on a page, case-insensitively: rectangles in points, in displayed
    /// page coordinates before the viewer's rotation. Runs on the calling thread.
    QList<QRectF> search(int page, const QString &text) const;

    /// The number of render threads.
    int threadCount() const { return m_threads.maxThreadCount(); }

signals:
    void pageRendered(int page, double dpi, int rotation, const QImage &image);

private:
    struct Key {
        int page = 0;
        int centiDpi = 0;
        int rotation = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept {
            return qHashMulti(seed, key.page, key.centiDpi, key.rotation);
        }
    };
    struct Pending {
        QFuture<QImage> future;
        int priority = 0;
        quint64 id = 0;
        std::shared_ptr<std::atomic_bool> started;
    };

    static Key makeKey(int page, double dpi, int rotation);
    void finished(quint64 generation, quint64 id, const Key &key, double dpi, const QImage &image);
    void reset();

    QThreadPool m_threads;
    std::shared_ptr<PdfDocumentPool> m_pool;
    QList<QSizeF> m_pageSizes;
    QCache<Key, QImage> m_cache;  // cost in KiB
    QHash<Key, Pending> m_pending;
    QString m_error;
    quint64 m_generation = 0;
    quint64 m_nextId = 0;
};
