#pragma once

#include <QImage>

#include <functional>

class PdfRenderer;
class QPrinter;

/// Prints a document onto a QPrinter (paper or a PDF file): one document page per sheet,
/// scaled to fit the printable area and centred, turned as the viewer shows it.
class DocumentPrinter {
public:
    /// Called after each printed page with (pages done, pages to print).
    using Progress = std::function<void(int done, int total)>;

    /// The highest resolution pages are rendered at for printing; scans rarely carry more.
    static constexpr int kMaxDpi = 300;

    /// Prints the printer's page range (all pages unless a range was chosen in the print
    /// dialog), rendering ahead on the renderer's threads. False when the printer cannot start
    /// or a page does not render (the other pages are printed).
    static bool printPdf(QPrinter *printer, PdfRenderer &renderer, int rotation,
                         const Progress &progress = {});
    static bool printImage(QPrinter *printer, const QImage &image, int rotation);
};
