// PDF rendering against pdftoppm, measured in the same run (docs/PERFORMANCE.md budget: first page
// of a 100-page file on screen < 200 ms; per-page render ≤ 1.2 × pdftoppm at the same DPI).
//
//   bench_pdfrender [file.pdf] [--dpi N] [--runs N]
//
// Without a file it generates a 100-page text-and-table PDF. Per-page times go through the
// viewer's PdfRenderer (one page at a time, so one render thread, like pdftoppm). pdftoppm's
// per-page time is its total wall time / pages: with -png most of it is PNG encoding, so the
// run also times pdftoppm writing raw PPM to /dev/null (its render cost alone) and our render
// plus PNG encoding, and prints the ratio against each.
#include "ui/viewer/documentviewer.h"
#include "ui/viewer/pdfrenderer.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double msSince(const QElapsedTimer &timer) {
    return timer.nsecsElapsed() / 1e6;
}

// A form-like page: a heading, a table with ruled cells and 40 lines of body text.
QByteArray generatePdf(int pages) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont body = painter.font();
    body.setPointSize(10);
    QFont heading = body;
    heading.setPointSize(20);
    heading.setBold(true);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) writer.newPage();
        painter.setFont(heading);
        painter.drawText(QPointF(56, 72),
                         QStringLiteral("Application %1 — page %2").arg(1000 + page).arg(page + 1));
        painter.setFont(body);
        for (int row = 0; row < 8; ++row) {
            for (int col = 0; col < 4; ++col) {
                const QRectF cell(56 + col * 120, 100 + row * 22, 120, 22);
                painter.drawRect(cell);
                painter.drawText(cell.adjusted(4, 0, -4, 0), Qt::AlignVCenter,
                                 QStringLiteral("Item %1.%2").arg(row + 1).arg(col + 1));
            }
        }
        for (int line = 0; line < 40; ++line) {
            painter.drawText(QPointF(56, 300 + line * 13),
                             QStringLiteral("Line %1: the enterprise reports its digital "
                                            "transformation progress, equipment and software.")
                                 .arg(line + 1));
        }
    }
    painter.end();
    return buffer.data();
}

}  // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PDF render time: the viewer vs pdftoppm"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("PDF to render (default: a generated 100 pages)"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"), QStringLiteral("Resolution."),
                                       QStringLiteral("dpi"), QStringLiteral("150"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of the first-page measurement."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOption(dpiOption);
    parser.addOption(runsOption);
    parser.process(app);
    const double dpi = parser.value(dpiOption).toDouble();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir temp;
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        path = temp.filePath(QStringLiteral("generated-100.pdf"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(generatePdf(100)) < 0) return 1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray bytes = file.readAll();

    PdfRenderer renderer;
    if (!renderer.load(bytes)) {
        std::fprintf(stderr, "cannot load %s: %s\n", qPrintable(path),
                     qPrintable(renderer.errorString()));
        return 1;
    }
    const int pages = renderer.pageCount();
    std::printf("PDF render benchmark: %s, %d pages, %.0f dpi, %d render threads\n",
                qPrintable(path), pages, dpi, renderer.threadCount());

    // 1. Time to the first page on screen: open the file in a shown viewer, wait for the page.
    std::vector<double> firstPage;
    for (int run = 0; run < runs; ++run) {
        DocumentViewer viewer;
        viewer.resize(1200, 900);
        viewer.show();
        QEventLoop loop;
        QObject::connect(&viewer, &DocumentViewer::pageDisplayed, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        if (!viewer.openFile(path)) return 1;
        loop.exec();
        firstPage.push_back(msSince(timer));
    }

    // 2. Per page through the renderer, one page at a time.
    std::vector<double> perPage;
    std::vector<double> perPagePng;
    for (int page = 0; page < pages; ++page) {
        QElapsedTimer timer;
        timer.start();
        const QImage image =
            renderer.requestPage(page, dpi, 0, PdfRenderer::VisiblePriority).result();
        perPage.push_back(msSince(timer));
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        image.save(&png, "PNG");
        perPagePng.push_back(msSince(timer));
    }

    // 3. All pages at once on every render thread (throughput).
    PdfRenderer parallel;
    parallel.load(bytes);
    QElapsedTimer total;
    total.start();
    std::vector<QFuture<QImage>> futures;
    for (int page = 0; page < pages; ++page)
        futures.push_back(parallel.renderUncached(page, dpi, 0, PdfRenderer::VisiblePriority));
    for (QFuture<QImage> &future : futures) future.waitForFinished();
    const double parallelPerPage = msSince(total) / pages;

    // 4. pdftoppm in the same run.
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    const auto runPdftoppm = [&](bool png) {
        if (pdftoppm.isEmpty()) return -1.0;
        QProcess process;
        QStringList arguments{QStringLiteral("-r"), QString::number(dpi)};
        if (png) {
            arguments << QStringLiteral("-png") << path << temp.filePath(QStringLiteral("page"));
        } else {
            arguments << path;  // PPM on stdout
            process.setStandardOutputFile(QProcess::nullDevice());
        }
        QElapsedTimer timer;
        timer.start();
        process.start(pdftoppm, arguments);
        const bool ok = process.waitForFinished(-1) && process.exitCode() == 0;
        return ok ? msSince(timer) / pages : -1.0;
    };
    const double popplerPerPage = runPdftoppm(true);
    const double popplerRawPerPage = runPdftoppm(false);

    const double ours = median(perPage);
    const double oursPng = median(perPagePng);
    std::printf("\n%-52s %10s\n", "measurement", "ms");
    std::printf("%-52s %10.1f\n", "first page on screen (median of runs)", median(firstPage));
    std::printf("%-52s %10.1f\n", "viewer render, per page (median)", ours);
    std::printf("%-52s %10.1f\n", "viewer render + PNG encode, per page (median)", oursPng);
    std::printf("%-52s %10.1f\n", "viewer render, all threads, total / pages", parallelPerPage);
    if (popplerPerPage > 0 && popplerRawPerPage > 0) {
        std::printf("%-52s %10.1f\n", "pdftoppm -png, total / pages", popplerPerPage);
        std::printf("%-52s %10.1f\n", "pdftoppm (PPM to /dev/null), total / pages",
                    popplerRawPerPage);
        std::printf("\nratio viewer / pdftoppm -png:             %5.2f (budget <= 1.2)\n",
                    ours / popplerPerPage);
        std::printf("ratio viewer + PNG / pdftoppm -png:       %5.2f\n", oursPng / popplerPerPage);
        std::printf("ratio viewer / pdftoppm PPM (render only): %5.2f\n", ours / popplerRawPerPage);
    } else {
        std::printf("\npdftoppm not found (install poppler-utils): no reference ratio\n");
    }
    std::printf("first page budget: < 200 ms -> %s\n", median(firstPage) < 200 ? "met" : "MISSED");
    return 0;
}
