#include "ui/viewer/pdfrenderer.h"

#include "ui/viewer/viewerlog.h"

#include <QtConcurrent/qtconcurrenttask.h>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>

#include <poppler-qt6.h>

#include <mutex>
#include <vector>

namespace {

constexpr qsizetype kCacheKiB = 256 * 1024;
// PDF 1.7 §7.5.5 puts %%EOF at the end; readers accept it within the last 1 KiB.
constexpr qsizetype kEofWindow = 1024;

void logPopplerMessage(const QString &message, const QVariant &) {
    qCDebug(lcViewer) << "poppler:" << message;
}

// Poppler prints its parse errors on stderr by default; route them to dx.viewer (once).
void installPopplerLogging() {
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(logPopplerMessage, QVariant()); });
}

std::unique_ptr<Poppler::Document> loadDocument(const QByteArray &bytes) {
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (doc) {
        // The same anti-aliasing as pdftoppm's defaults.
        doc->setRenderHint(Poppler::Document::Antialiasing, true);
        doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    }
    return doc;
}

Poppler::Page::Rotation popplerRotation(int degrees) {
    switch (degrees) {
        case 90:
            return Poppler::Page::Rotate90;
        case 180:
            return Poppler::Page::Rotate180;
        case 270:
            return Poppler::Page::Rotate270;
        default:
            return Poppler::Page::Rotate0;
    }
}

int normalizedRotation(int degrees) {
    return ((qRound(degrees / 90.0) * 90) % 360 + 360) % 360;
}

}  // namespace

/// Poppler documents loaded from the same bytes, leased to one thread at a time.
class PdfDocumentPool {
public:
    PdfDocumentPool(const QByteArray &bytes, std::unique_ptr<Poppler::Document> first, int capacity)
        : m_bytes(bytes), m_capacity(capacity) {
        m_idle.append(first.get());
        m_all.push_back(std::move(first));
    }

    /// Calls f(document) with a document no other thread uses meanwhile (nullptr if a further
    /// copy of the document could not be loaded).
    template <typename F>
    auto withDocument(F f) {
        Poppler::Document *doc = acquire();
        struct Release {
            PdfDocumentPool *pool;
            Poppler::Document *doc;
            ~Release() {
                if (doc) pool->release(doc);
            }
        } release{this, doc};
        return f(doc);
    }

    QImage render(int page, double dpi, int rotation) {
        return withDocument([&](Poppler::Document *doc) {
            const std::unique_ptr<Poppler::Page> p = doc ? doc->page(page) : nullptr;
            if (!p) return QImage();
            QImage image = p->renderToImage(dpi, dpi, -1, -1, -1, -1, popplerRotation(rotation));
            if (image.isNull()) qCWarning(lcViewer) << "page" << page + 1 << "did not render";
            return image;
        });
    }

    QList<QRectF> search(int page, const QString &text) {
        return withDocument([&](Poppler::Document *doc) {
            const std::unique_ptr<Poppler::Page> p = doc ? doc->page(page) : nullptr;
            return p ? p->search(text, Poppler::Page::IgnoreCase) : QList<QRectF>();
        });
    }

private:
    Poppler::Document *acquire() {
        QMutexLocker lock(&m_mutex);
        while (m_idle.isEmpty() && int(m_all.size()) + m_loading >= m_capacity)
            m_released.wait(&m_mutex);
        if (!m_idle.isEmpty()) return m_idle.takeLast();
        ++m_loading;
        lock.unlock();
        std::unique_ptr<Poppler::Document> doc = loadDocument(m_bytes);
        lock.relock();
        --m_loading;
        Poppler::Document *raw = doc.get();
        if (raw)
            m_all.push_back(std::move(doc));
        else
            m_released.wakeOne();  // the slot this thread reserved is free again
        return raw;
    }

    void release(Poppler::Document *doc) {
        QMutexLocker lock(&m_mutex);
        m_idle.append(doc);
        m_released.wakeOne();
    }

    const QByteArray m_bytes;
    const int m_capacity;
    QMutex m_mutex;
    QWaitCondition m_released;
    std::vector<std::unique_ptr<Poppler::Document>> m_all;
    QList<Poppler::Document *> m_idle;
    int m_loading = 0;
};

PdfRenderer::PdfRenderer(QObject *parent) : QObject(parent) {
    m_threads.setMaxThreadCount(qBound(1, QThread::idealThreadCount(), 4));
    m_threads.setObjectName(QStringLiteral("dx.viewer.render"));
    m_cache.setMaxCost(kCacheKiB);
}

PdfRenderer::~PdfRenderer() {
    reset();
    // Running renders post to this object; let them finish while it still exists.
    m_threads.waitForDone();
}

void PdfRenderer::reset() {
    for (Pending &pending : m_pending) pending.future.cancel();
    m_pending.clear();
    m_cache.clear();
    m_pool.reset();
    m_pageSizes.clear();
    m_error.clear();
    ++m_generation;
}

bool PdfRenderer::load(const QByteArray &bytes) {
    installPopplerLogging();
    reset();
    if (!bytes.right(kEofWindow).contains("%%EOF")) {
        m_error =
            tr("The PDF file is incomplete: it ends before the end of the document. "
               "It may have been cut off during a download or an upload.");
        return false;
    }
    std::unique_ptr<Poppler::Document> doc = loadDocument(bytes);
    if (!doc) {
        m_error = tr("The PDF file is damaged and cannot be shown.");
        return false;
    }
    if (doc->isLocked()) {
        m_error = tr("The PDF file is protected by a password and cannot be shown.");
        return false;
    }
    const int pages = doc->numPages();
    if (pages <= 0) {
        m_error = tr("The PDF file has no pages.");
        return false;
    }
    QList<QSizeF> sizes;
    sizes.reserve(pages);
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        const QSizeF size = page ? page->pageSizeF() : QSizeF();
        if (size.isEmpty()) {
            m_error = tr("The PDF file is damaged: page %1 cannot be read.").arg(i + 1);
            return false;
        }
        sizes.append(size);
    }
    m_pageSizes = sizes;
    m_pool = std::make_shared<PdfDocumentPool>(bytes, std::move(doc), threadCount() + 1);
    qCDebug(lcViewer) << "PDF loaded:" << pages << "pages," << bytes.size() << "bytes";
    return true;
}

QSizeF PdfRenderer::pageSize(int page) const {
    return page >= 0 && page < m_pageSizes.size() ? m_pageSizes.at(page) : QSizeF();
}

PdfRenderer::Key PdfRenderer::makeKey(int page, double dpi, int rotation) {
    return Key{page, qRound(dpi * 100), normalizedRotation(rotation)};
}

QImage PdfRenderer::cachedPage(int page, double dpi, int rotation) const {
    const QImage *image = m_cache.object(makeKey(page, dpi, rotation));
    return image ? *image : QImage();
}

QFuture<QImage> PdfRenderer::requestPage(int page, double dpi, int rotation, int priority) {
    if (!m_pool || page < 0 || page >= pageCount() || dpi <= 0)
        return QtFuture::makeReadyFuture(QImage());
    const Key key = makeKey(page, dpi, rotation);
    if (const QImage *image = m_cache.object(key)) return QtFuture::makeReadyFuture(*image);

    if (auto it = m_pending.find(key); it != m_pending.end()) {
        if (priority <= it->priority || it->started->load()) return it->future;
        it->future.cancel();  // still queued: queue it again at the higher priority
        m_pending.erase(it);
    }

    Pending pending;
    pending.priority = priority;
    pending.id = ++m_nextId;
    pending.started = std::make_shared<std::atomic_bool>(false);
    auto job = [this, pool = m_pool, started = pending.started, generation = m_generation,
                id = pending.id, key, dpi] {
        started->store(true);
        QImage image = pool->render(key.page, dpi, key.rotation);
        // The destructor waits for running jobs, so this object is still alive here.
        QMetaObject::invokeMethod(
            this, [=, this] { finished(generation, id, key, dpi, image); }, Qt::QueuedConnection);
        return image;
    };
    pending.future =
        QtConcurrent::task(std::move(job)).onThreadPool(m_threads).withPriority(priority).spawn();
    m_pending.insert(key, pending);
    return pending.future;
}

QFuture<QImage> PdfRenderer::renderUncached(int page, double dpi, int rotation, int priority) {
    if (!m_pool || page < 0 || page >= pageCount() || dpi <= 0)
        return QtFuture::makeReadyFuture(QImage());
    auto job = [pool = m_pool, page, dpi, rotation = normalizedRotation(rotation)] {
        return pool->render(page, dpi, rotation);
    };
    return QtConcurrent::task(std::move(job))
        .onThreadPool(m_threads)
        .withPriority(priority)
        .spawn();
}

void PdfRenderer::finished(quint64 generation, quint64 id, const Key &key, double dpi,
                           const QImage &image) {
    if (generation != m_generation) return;  // a render of the previous document
    if (auto it = m_pending.find(key); it != m_pending.end() && it->id == id) m_pending.erase(it);
    if (!image.isNull())
        m_cache.insert(key, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() / 1024));
    emit pageRendered(key.page, dpi, key.rotation, image);
}

void PdfRenderer::cancelQueued(int minPriority, int keepPage) {
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->priority >= minPriority && it.key().page != keepPage && !it->started->load()) {
            it->future.cancel();
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

QList<QRectF> PdfRenderer::search(int page, const QString &text) const {
    if (!m_pool || page < 0 || page >= pageCount() || text.isEmpty()) return {};
    return m_pool->search(page, text);
}
