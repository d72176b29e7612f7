// The document viewer: PDFs and images open, render at the documented scale, turn, zoom,
// search, print, and damaged input shows an error page instead of crashing.
#include "ui/viewer/documentviewer.h"
#include "ui/viewer/errorpage.h"
#include "ui/viewer/thumbnailpanel.h"

#include <QAction>
#include <QBuffer>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <poppler-qt6.h>

namespace {

constexpr int kPages = 5;
constexpr int kWordPage = 2;  // "page 3" on screen
const QString kWord = QStringLiteral("Zhongyuan");

// A4 as QPdfWriter writes it: 595 × 842 pt.
const QSizeF kA4Points = QPageSize(QPageSize::A4).sizePoints();

// A PDF with "Page N" on every page and kWord on page kWordPage only.
QByteArray makePdf(int pages) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font = painter.font();
    font.setPointSize(40);
    painter.setFont(font);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) writer.newPage();
        painter.drawText(QPointF(72, 144), QStringLiteral("Page %1").arg(page + 1));
        if (page == kWordPage)
            painter.drawText(QPointF(72, 400), kWord + QStringLiteral(" Machinery Co."));
    }
    painter.end();
    return buffer.data();
}

QByteArray makePng(const QSize &size) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(0, 0, size.width() / 2, size.height() / 4), Qt::darkBlue);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

int darkPixels(const QImage &image, const QRect &area = {}) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRect rect = area.isNull() ? rgb.rect() : area.intersected(rgb.rect());
    int dark = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = rect.left(); x <= rect.right(); ++x) dark += qGray(line[x]) < 128;
    }
    return dark;
}

// The size a page of `points` renders at: zoom 1.0 is 96 dpi.
QSizeF expectedPixels(const QSizeF &points, double zoom) {
    return points * zoom * DocumentViewer::kDpiAtZoom1 / 72.0;
}

bool closeTo(const QSize &actual, const QSizeF &expected) {
    return qAbs(actual.width() - expected.width()) <= 2 &&
           qAbs(actual.height() - expected.height()) <= 2;
}

}  // namespace

class TestViewer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void everyPageRendersAtTheDocumentedScale();
    void zoomTwoDoublesTheRenderedSize();
    void rotatingAQuarterSwapsWidthAndHeight();
    void searchFindsTheWordOnItsPage();
    void highlightsSitOnTheWordWhenTurned();
    void typeComesFromTheBytesNotTheName();
    void truncatedPdfShowsAnErrorPage();
    void garbageShowsAnErrorPage();
    void missingFileShowsAnErrorPage();
    void imageZoomsAndTurns();
    void printsEveryPageToAPdfFile();
    void printsAnImage();
    void navigatesWithActionsAndSignals();
    void keyboardAndThumbnailsDriveTheViewer();

private:
    QByteArray m_pdf;
    QByteArray m_png;
};

void TestViewer::initTestCase() {
    m_pdf = makePdf(kPages);
    m_png = makePng(QSize(800, 500));
    QVERIFY(m_pdf.startsWith("%PDF-"));
}

void TestViewer::everyPageRendersAtTheDocumentedScale() {
    DocumentViewer viewer;
    QSignalSpy loaded(&viewer, &DocumentViewer::documentLoaded);
    QVERIFY(viewer.openData(m_pdf, QStringLiteral("pages.pdf")));
    QVERIFY(!viewer.hasError());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).toInt(), kPages);
    QCOMPARE(viewer.pageCount(), kPages);
    QVERIFY(viewer.isPdf());

    viewer.setZoom(1.0);
    for (int page = 0; page < kPages; ++page) {
        const QImage image = viewer.renderedPage(page);
        QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("page %1").arg(page + 1)));
        QVERIFY2(closeTo(image.size(), expectedPixels(kA4Points, 1.0)),
                 qPrintable(QStringLiteral("page %1 is %2×%3")
                                .arg(page + 1)
                                .arg(image.width())
                                .arg(image.height())));
        QVERIFY2(darkPixels(image) > 500,
                 qPrintable(QStringLiteral("page %1 is blank").arg(page + 1)));
    }
    QVERIFY(viewer.renderedPage(kPages).isNull());
    QVERIFY(viewer.renderedPage(-1).isNull());
}

void TestViewer::zoomTwoDoublesTheRenderedSize() {
    DocumentViewer viewer;
    QVERIFY(viewer.openData(m_pdf));
    QSignalSpy zoomed(&viewer, &DocumentViewer::zoomChanged);
    viewer.setZoom(1.0);
    const QSize one = viewer.renderedPage(0).size();
    viewer.setZoom(2.0);
    QCOMPARE(viewer.zoom(), 2.0);
    QVERIFY(zoomed.count() >= 1);
    QCOMPARE(zoomed.last().at(0).toDouble(), 2.0);
    const QSize two = viewer.renderedPage(0).size();
    QVERIFY(closeTo(two, expectedPixels(kA4Points, 2.0)));
    QVERIFY(qAbs(two.width() - 2 * one.width()) <= 2);
    QVERIFY(qAbs(two.height() - 2 * one.height()) <= 2);
    QVERIFY(closeTo(viewer.displayedPageSize().toSize(), expectedPixels(kA4Points, 2.0)));

    viewer.setZoom(100);
    QCOMPARE(viewer.zoom(), DocumentViewer::kMaxZoom);
    viewer.setZoom(0);
    QCOMPARE(viewer.zoom(), DocumentViewer::kMinZoom);
}

void TestViewer::rotatingAQuarterSwapsWidthAndHeight() {
    DocumentViewer viewer;
    QVERIFY(viewer.openData(m_pdf));
    viewer.setZoom(1.0);
    const QSize upright = viewer.renderedPage(1).size();
    viewer.rotate(90);
    QCOMPARE(viewer.rotation(), 90);
    QCOMPARE(viewer.renderedPage(1).size(), upright.transposed());
    viewer.rotate(90);
    QCOMPARE(viewer.rotation(), 180);
    QCOMPARE(viewer.renderedPage(1).size(), upright);
    viewer.rotate(-270);
    QCOMPARE(viewer.rotation(), 270);
    QCOMPARE(viewer.renderedPage(1).size(), upright.transposed());
    viewer.action(DocumentViewer::Action::RotateRight)->trigger();
    QCOMPARE(viewer.rotation(), 0);
    viewer.action(DocumentViewer::Action::RotateLeft)->trigger();
    QCOMPARE(viewer.rotation(), 270);
}

void TestViewer::searchFindsTheWordOnItsPage() {
    DocumentViewer viewer;
    QVERIFY(viewer.openData(m_pdf));
    QSignalSpy finished(&viewer, &DocumentViewer::searchFinished);
    QSignalSpy pages(&viewer, &DocumentViewer::pageChanged);

    QVERIFY(viewer.search(kWord) >= 1);
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toInt() >= 1);
    QCOMPARE(viewer.currentPage(), kWordPage);
    QCOMPARE(pages.last().at(0).toInt(), kWordPage);
    QVERIFY(!viewer.highlights().isEmpty());
    QCOMPARE(viewer.currentHit(), 0);

    // Case-insensitive; a word on every page visits every page.
    viewer.goToPage(0);
    QCOMPARE(viewer.search(QStringLiteral("page")), kPages);
    QCOMPARE(viewer.currentPage(), 0);
    viewer.nextHit();
    QCOMPARE(viewer.currentPage(), 1);
    viewer.previousHit();
    viewer.previousHit();
    QCOMPARE(viewer.currentPage(), kPages - 1);

    QCOMPARE(viewer.search(QStringLiteral("Nowhere to be found")), 0);
    QVERIFY(viewer.highlights().isEmpty());
    QCOMPARE(viewer.currentHit(), -1);
}

void TestViewer::highlightsSitOnTheWordWhenTurned() {
    DocumentViewer viewer;
    QVERIFY(viewer.openData(m_pdf));
    viewer.setZoom(1.5);
    QVERIFY(viewer.search(kWord) >= 1);
    const QRectF hit = viewer.highlights().constFirst();  // points, page upright
    const double scale = 1.5 * DocumentViewer::kDpiAtZoom1 / 72.0;

    const QImage upright = viewer.renderedPage(kWordPage);
    const QRect uprightArea = QRectF(hit.topLeft() * scale, hit.size() * scale).toRect();
    QVERIFY(darkPixels(upright, uprightArea) > 50);

    // Turned clockwise, (x, y) on the page lands at (height − y, x).
    viewer.rotate(90);
    QCOMPARE(viewer.highlights().constFirst(), hit);  // reported on the upright page
    const QImage turned = viewer.renderedPage(kWordPage);
    const QRectF turnedPoints(kA4Points.height() - hit.bottom(), hit.left(), hit.height(),
                              hit.width());
    const QRect turnedArea =
        QRectF(turnedPoints.topLeft() * scale, turnedPoints.size() * scale).toRect();
    QVERIFY(darkPixels(turned, turnedArea) > 50);
    QCOMPARE(darkPixels(turned, turnedArea), darkPixels(turned, turnedArea.adjusted(-4, -4, 4, 4)));
}

void TestViewer::typeComesFromTheBytesNotTheName() {
    DocumentViewer viewer;
    QVERIFY(viewer.openData(m_png, QStringLiteral("scan.pdf")));
    QVERIFY(!viewer.isPdf());
    QCOMPARE(viewer.pageCount(), 1);
    QVERIFY(viewer.openData(m_pdf, QStringLiteral("photo.png")));
    QVERIFY(viewer.isPdf());
    QCOMPARE(viewer.pageCount(), kPages);
}

void TestViewer::truncatedPdfShowsAnErrorPage() {
    DocumentViewer viewer;
    auto *errorPage = viewer.findChild<ErrorPage *>();
    QVERIFY(errorPage);
    QVERIFY(!viewer.openData(m_pdf.left(m_pdf.size() / 2), QStringLiteral("cut.pdf")));
    QVERIFY(viewer.hasError());
    QVERIFY(!viewer.errorString().isEmpty());
    QVERIFY(errorPage->isVisibleTo(&viewer));
    QVERIFY(errorPage->message().contains(viewer.errorString()));
    QCOMPARE(viewer.pageCount(), 0);
    QVERIFY(viewer.renderedPage(0).isNull());
    QCOMPARE(viewer.search(kWord), 0);
    QVERIFY(!viewer.action(DocumentViewer::Action::Print)->isEnabled());

    // Cut anywhere, never a crash; a good document afterwards clears the error.
    for (int cut : {10, 100, 1000, int(m_pdf.size()) - 100}) {
        QVERIFY2(!viewer.openData(m_pdf.left(cut)), qPrintable(QString::number(cut)));
        QVERIFY(viewer.hasError());
    }
    QVERIFY(viewer.openData(m_pdf));
    QVERIFY(!viewer.hasError());
    QVERIFY(!errorPage->isVisibleTo(&viewer));
}

void TestViewer::garbageShowsAnErrorPage() {
    DocumentViewer viewer;
    QByteArray garbage;
    for (int i = 0; i < 4000; ++i) garbage.append(char('A' + (i * 7919) % 53));
    const QByteArray fakePdf = QByteArray("%PDF-1.4\n") + garbage + "\n%%EOF\n";
    for (const QByteArray &bytes : {garbage, fakePdf, m_png.left(m_png.size() / 2), QByteArray()}) {
        QVERIFY(!viewer.openData(bytes));
        QVERIFY(viewer.hasError());
        QVERIFY(!viewer.errorString().isEmpty());
        QVERIFY(viewer.findChild<ErrorPage *>()->isVisibleTo(&viewer));
        QVERIFY(viewer.renderedPage(0).isNull());
    }
}

void TestViewer::missingFileShowsAnErrorPage() {
    QTemporaryDir dir;
    DocumentViewer viewer;
    QVERIFY(!viewer.openFile(dir.filePath(QStringLiteral("absent.pdf"))));
    QVERIFY(viewer.hasError());

    QFile cut(dir.filePath(QStringLiteral("cut.pdf")));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(m_pdf.left(m_pdf.size() / 2));
    cut.close();
    QVERIFY(!viewer.openFile(cut.fileName()));
    QVERIFY(viewer.hasError());

    QFile whole(dir.filePath(QStringLiteral("whole.pdf")));
    QVERIFY(whole.open(QIODevice::WriteOnly));
    whole.write(m_pdf);
    whole.close();
    QVERIFY(viewer.openFile(whole.fileName()));
    QCOMPARE(viewer.pageCount(), kPages);
}

void TestViewer::imageZoomsAndTurns() {
    DocumentViewer viewer;
    QVERIFY(viewer.openData(m_png));
    QVERIFY(!viewer.hasError());
    QCOMPARE(viewer.pageCount(), 1);
    viewer.setZoom(1.0);
    QCOMPARE(viewer.renderedPage(0).size(), QSize(800, 500));
    QCOMPARE(viewer.displayedPageSize(), QSizeF(800, 500));
    viewer.setZoom(2.0);
    QCOMPARE(viewer.renderedPage(0).size(), QSize(1600, 1000));
    viewer.rotate(90);
    QCOMPARE(viewer.renderedPage(0).size(), QSize(1000, 1600));
    QCOMPARE(viewer.displayedPageSize(), QSizeF(1000, 1600));
    viewer.setZoom(0.5);
    QCOMPARE(viewer.renderedPage(0).size(), QSize(250, 400));
    // The dark band at the image's top left is at the top right once turned clockwise.
    const QImage turned = viewer.renderedPage(0);
    QVERIFY(darkPixels(turned, QRect(200, 10, 40, 100)) > 3000);
    QVERIFY(darkPixels(turned, QRect(10, 10, 40, 100)) == 0);

    QCOMPARE(viewer.search(QStringLiteral("x")), 0);
    QVERIFY(!viewer.action(DocumentViewer::Action::Find)->isEnabled());
}

void TestViewer::printsEveryPageToAPdfFile() {
    QTemporaryDir dir;
    DocumentViewer viewer;
    QVERIFY(viewer.openData(m_pdf));
    QSignalSpy progress(&viewer, &DocumentViewer::renderProgress);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    QVERIFY(viewer.printTo(&printer));
    QCOMPARE(progress.count(), kPages);
    QCOMPARE(progress.last().at(0).toInt(), kPages);
    QCOMPARE(progress.last().at(1).toInt(), kPages);

    QVERIFY(QFileInfo(printer.outputFileName()).size() > 0);
    const std::unique_ptr<Poppler::Document> printed =
        Poppler::Document::load(printer.outputFileName());
    QVERIFY(printed);
    QCOMPARE(printed->numPages(), kPages);
    // Page 1's text made it onto paper.
    const std::unique_ptr<Poppler::Page> first = printed->page(0);
    QVERIFY(darkPixels(first->renderToImage(50, 50)) > 50);

    // A page range prints just those pages.
    printer.setOutputFileName(dir.filePath(QStringLiteral("range.pdf")));
    printer.setPrintRange(QPrinter::PageRange);
    printer.setFromTo(2, 3);
    QVERIFY(viewer.printTo(&printer));
    QCOMPARE(Poppler::Document::load(printer.outputFileName())->numPages(), 2);
}

void TestViewer::printsAnImage() {
    QTemporaryDir dir;
    DocumentViewer viewer;
    QVERIFY(viewer.openData(m_png));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("image.pdf")));
    QVERIFY(viewer.printTo(&printer));
    const std::unique_ptr<Poppler::Document> printed =
        Poppler::Document::load(printer.outputFileName());
    QVERIFY(printed);
    QCOMPARE(printed->numPages(), 1);

    DocumentViewer empty;
    QVERIFY(!empty.printTo(&printer));
}

void TestViewer::navigatesWithActionsAndSignals() {
    DocumentViewer viewer;
    QVERIFY(viewer.openData(m_pdf));
    QSignalSpy pages(&viewer, &DocumentViewer::pageChanged);

    QVERIFY(!viewer.action(DocumentViewer::Action::PreviousPage)->isEnabled());
    viewer.action(DocumentViewer::Action::NextPage)->trigger();
    QCOMPARE(viewer.currentPage(), 1);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(pages.last().at(0).toInt(), 1);
    viewer.goToPage(99);
    QCOMPARE(viewer.currentPage(), kPages - 1);
    QVERIFY(!viewer.action(DocumentViewer::Action::NextPage)->isEnabled());
    viewer.goToPage(-5);
    QCOMPARE(viewer.currentPage(), 0);

    viewer.setZoom(1.0);
    viewer.action(DocumentViewer::Action::ZoomIn)->trigger();
    QVERIFY(viewer.zoom() > 1.0);
    viewer.action(DocumentViewer::Action::ZoomOut)->trigger();
    QCOMPARE(viewer.zoom(), 1.0);
    viewer.action(DocumentViewer::Action::FitPage)->trigger();
    QCOMPARE(viewer.fitMode(), DocumentViewer::FitMode::Page);
    viewer.setZoom(1.0);
    QCOMPARE(viewer.fitMode(), DocumentViewer::FitMode::None);

    // Every action is reachable for a host window, with the documented shortcuts.
    QCOMPARE(viewer.actions().size(), int(DocumentViewer::Action::Thumbnails) + 1);
    QVERIFY(viewer.toolBar());
    const auto keys = [&](DocumentViewer::Action which) {
        return viewer.action(which)->shortcuts();
    };
    QVERIFY(keys(DocumentViewer::Action::ZoomIn).contains(QKeySequence(QKeySequence::ZoomIn)));
    QVERIFY(keys(DocumentViewer::Action::ZoomOut).contains(QKeySequence(QKeySequence::ZoomOut)));
    QVERIFY(keys(DocumentViewer::Action::RotateLeft).contains(QKeySequence(Qt::CTRL | Qt::Key_L)));
    QVERIFY(keys(DocumentViewer::Action::RotateRight).contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
    QVERIFY(keys(DocumentViewer::Action::PreviousPage).contains(QKeySequence(Qt::Key_PageUp)));
    QVERIFY(keys(DocumentViewer::Action::NextPage).contains(QKeySequence(Qt::Key_PageDown)));
    QVERIFY(keys(DocumentViewer::Action::Find).contains(QKeySequence(QKeySequence::Find)));
    QVERIFY(keys(DocumentViewer::Action::FindNext).contains(QKeySequence(Qt::Key_F3)));
    QVERIFY(
        keys(DocumentViewer::Action::FindPrevious).contains(QKeySequence(Qt::SHIFT | Qt::Key_F3)));
    QVERIFY(keys(DocumentViewer::Action::Print).contains(QKeySequence(QKeySequence::Print)));
}

void TestViewer::keyboardAndThumbnailsDriveTheViewer() {
    DocumentViewer viewer;
    viewer.resize(1000, 800);
    QSignalSpy displayed(&viewer, &DocumentViewer::pageDisplayed);
    QVERIFY(viewer.openData(m_pdf));
    viewer.show();
    viewer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&viewer));
    QCOMPARE(viewer.fitMode(), DocumentViewer::FitMode::Width);

    // The first page arrives from the render threads and is shown.
    QTRY_VERIFY(!displayed.isEmpty());
    QCOMPARE(displayed.last().at(0).toInt(), 0);

    viewer.setFocus();
    QTest::keyClick(&viewer, Qt::Key_PageDown);
    QCOMPARE(viewer.currentPage(), 1);
    QTest::keyClick(&viewer, Qt::Key_PageUp);
    QCOMPARE(viewer.currentPage(), 0);
    QTest::keyClick(&viewer, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(viewer.rotation(), 90);
    QTest::keyClick(&viewer, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(viewer.rotation(), 0);

    // Ctrl+F, type, Enter: the word's page with the hit highlighted.
    QTest::keyClick(&viewer, Qt::Key_F, Qt::ControlModifier);
    auto *field = viewer.findChild<QLineEdit *>(QStringLiteral("findField"));
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, kWord);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(viewer.currentPage(), kWordPage);
    QVERIFY(!viewer.highlights().isEmpty());

    // Thumbnails render off the UI thread; a click goes to the page.
    auto *thumbnails = viewer.findChild<ThumbnailPanel *>();
    QVERIFY(thumbnails && thumbnails->isVisible());
    QCOMPARE(thumbnails->count(), kPages);
    const auto rendered = [&](int page) {
        const QIcon icon = thumbnails->item(page)->icon();
        return darkPixels(icon.pixmap(thumbnails->iconSize()).toImage()) > 0;
    };
    QTRY_VERIFY(rendered(0));
    QListWidgetItem *last = thumbnails->item(kPages - 1);
    thumbnails->scrollToItem(last);
    QTest::mouseClick(thumbnails->viewport(), Qt::LeftButton, {},
                      thumbnails->visualItemRect(last).center());
    QCOMPARE(viewer.currentPage(), kPages - 1);
    QTRY_VERIFY(rendered(kPages - 1));
}

QTEST_MAIN(TestViewer)
#include "test_viewer.moc"
