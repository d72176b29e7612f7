#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QWidget>

#include <array>
#include <memory>

class ErrorPage;
class FindBar;
class PageView;
class PdfRenderer;
class QAction;
class QLabel;
class QPrinter;
class QSplitter;
class QStackedWidget;
class QToolBar;
class ThumbnailPanel;

/// Shows a PDF or an image for review: zoom, fit, rotate, pan, page through, find text, print.
///
/// The type comes from the bytes (a `%PDF-` header means PDF, anything else goes to
/// QImageReader), never from the name. A document that cannot be shown puts an error page with
/// the reason in the viewer. PDF pages are rendered off the UI thread by a PdfRenderer (see
/// there for the threading model) and cached per page, zoom and rotation; thumbnails render in
/// the same pool at the lowest priority.
///
/// Scale: zoom 1.0 shows a PDF at 96 dpi (a 595 × 842 pt A4 page is 794 × 1123 logical
/// pixels) and an image at one image pixel per logical pixel; renders happen at that size
/// × devicePixelRatio, up to 20 megapixels a page (beyond, the render is shown scaled up).
/// Pages are numbered from 0 in the API and from 1 on screen.
///
/// The actions (QWidget::actions(), in toolbar order, or action()) carry their shortcuts in
/// the viewer's focus scope, so a host window may place them in its own toolbar or menu
/// instead of toolBar().
class DocumentViewer : public QWidget {
    Q_OBJECT
public:
    enum class Action {
        ZoomIn,
        ZoomOut,
        FitWidth,
        FitPage,
        RotateLeft,
        RotateRight,
        PreviousPage,
        NextPage,
        GoToPage,  // a QWidgetAction: a spin box wherever it is placed
        Find,
        FindNext,
        FindPrevious,
        Print,
        PrintToPdf,
        Thumbnails,
    };
    enum class FitMode { None, Width, Page };

    /// 96 dpi at zoom 1.0, the logical DPI of a desktop screen.
    static constexpr double kDpiAtZoom1 = 96.0;
    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 8.0;

    explicit DocumentViewer(QWidget *parent = nullptr);
    ~DocumentViewer() override;

    /// Opens a file; false, with the error page and errorString(), when it cannot be shown.
    bool openFile(const QString &path);
    /// Opens a document from memory; nameHint only titles it (print job, default file name).
    bool openData(const QByteArray &bytes, const QString &nameHint = {});
    /// Closes the document.
    void clear();
    QString errorString() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }
    bool isPdf() const;

    QToolBar *toolBar() const { return m_toolBar; }
    QAction *action(Action which) const { return m_actions.at(size_t(which)); }

    int pageCount() const;
    int currentPage() const { return m_page; }
    void goToPage(int page);
    double zoom() const { return m_zoom; }
    /// Sets a fixed zoom, clamped to [kMinZoom, kMaxZoom]; leaves fit width/page.
    void setZoom(double zoom);
    FitMode fitMode() const { return m_fit; }
    void setFitMode(FitMode mode);
    /// Clockwise, 0, 90, 180 or 270.
    int rotation() const { return m_rotation; }
    /// Turns the page by degrees (rounded to quarter turns; negative turns left).
    void rotate(int degrees);
    /// The size the current page is shown at, in logical pixels.
    QSizeF displayedPageSize() const;

    /// For tests and benchmarks: the page at the current zoom and rotation (× devicePixelRatio,
    /// within the pixel cap), blocking until it is rendered. For an image (page 0) it is the image
    /// scaled and turned.
    QImage renderedPage(int page);

    /// Finds text (case-insensitive) in a PDF; returns the number of hits, selects the first
    /// hit on or after the current page and goes to its page. Emits searchFinished().
    int search(const QString &text);
    /// The hits on the current page, in points (1/72 in) of the page as displayed before the
    /// viewer's rotation, origin top left.
    QList<QRectF> highlights() const;
    /// The selected hit (index over all hits) or -1.
    int currentHit() const { return m_hit; }
    void nextHit();
    void previousHit();

    /// Prints the document (the printer's page range) without a dialog; false if the printer
    /// could not start or a page did not render. Emits renderProgress() per page.
    bool printTo(QPrinter *printer);

signals:
    void pageChanged(int page);
    void zoomChanged(double zoom);
    void documentLoaded(int pageCount);
    void searchFinished(int hits);
    /// Progress of a multi-page render job (printing): pages done of total.
    void renderProgress(int done, int total);
    /// The current page is on screen at the current zoom and rotation.
    void pageDisplayed(int page);

public slots:
    void zoomIn();
    void zoomOut();
    void nextPage();
    void previousPage();
    void showFindBar();
    /// Opens the print dialog.
    void print();
    /// Asks for a file name and prints to a PDF file.
    void printToPdf();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Hit {
        int page;
        QRectF rect;
    };

    void createActions();
    void createToolBar();
    bool fail(const QString &reason);
    bool openPdf(const QByteArray &bytes);
    bool openImage(const QByteArray &bytes);
    void documentReady();
    void setFitModeChecks(FitMode mode);
    // Both return whether the zoom changed (and the page was shown at the new zoom).
    bool applyZoom(double zoom);
    bool updateFitZoom();
    QSizeF unitPageSize(int page) const;  // logical pixels at zoom 1, turned
    double renderDpi(int page) const;
    void showCurrentPage();
    void onPageRendered(int page, double dpi, int rotation, const QImage &image);
    void selectHit(int hit);
    void updateHighlights(bool reveal = false);  // reveal: scroll to the selected hit
    void updateActions();
    void retranslate();
    QString printTitle() const;

    std::array<QAction *, size_t(Action::Thumbnails) + 1> m_actions{};
    QToolBar *m_toolBar;
    QLabel *m_zoomLabel;
    FindBar *m_findBar;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    ThumbnailPanel *m_thumbnails;
    PageView *m_view;
    ErrorPage *m_errorPage;
    QWidget *m_emptyPage;

    std::unique_ptr<PdfRenderer> m_pdf;
    QImage m_image;
    QString m_name;
    QString m_error;
    int m_page = 0;
    double m_zoom = 1.0;
    FitMode m_fit = FitMode::Width;
    int m_rotation = 0;
    // What the view shows now, to stand in scaled while a new zoom or rotation renders.
    QImage m_shownImage;
    int m_shownPage = -1;
    int m_shownRotation = 0;

    QString m_searchText;
    QList<Hit> m_hits;
    int m_hit = -1;
};
