// DocumentViewer's actions: creating them, the toolbar, their texts and states, and the
// actions that open dialogs (print, print to PDF). The rest is in documentviewer.cpp.
#include "ui/viewer/documentviewer.h"

#include "ui/viewer/findbar.h"
#include "ui/viewer/pageselectoraction.h"
#include "ui/viewer/thumbnailpanel.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStyle>
#include <QToolBar>

#include <utility>

void DocumentViewer::createActions() {
    for (QAction *&slot : m_actions) {
        slot = new QAction(this);
        slot->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    // The go-to-page spin box replaces its plain placeholder.
    auto *selector = new PageSelectorAction(this);
    delete std::exchange(m_actions[size_t(Action::GoToPage)], selector);
    connect(selector, &PageSelectorAction::pageRequested, this, &DocumentViewer::goToPage);

    const auto icon = [this](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(theme), style()->standardIcon(fallback));
    };
    const auto themed = [](const char *theme) {
        return QIcon::fromTheme(QString::fromLatin1(theme));
    };
    const auto setUp = [this](Action which, const QIcon &icon, QList<QKeySequence> keys,
                              auto slot) {
        QAction *a = action(which);
        a->setIcon(icon);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
    };
    setUp(Action::ZoomIn, themed("zoom-in"),
          {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, &DocumentViewer::zoomIn);
    setUp(Action::ZoomOut, themed("zoom-out"), {QKeySequence::ZoomOut}, &DocumentViewer::zoomOut);
    setUp(Action::FitWidth, themed("zoom-fit-width"), {}, [this] { setFitMode(FitMode::Width); });
    setUp(Action::FitPage, themed("zoom-fit-best"), {}, [this] { setFitMode(FitMode::Page); });
    setUp(Action::RotateLeft, themed("object-rotate-left"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
          [this] { rotate(-90); });
    setUp(Action::RotateRight, themed("object-rotate-right"), {QKeySequence(Qt::CTRL | Qt::Key_R)},
          [this] { rotate(90); });
    setUp(Action::PreviousPage, icon("go-previous", QStyle::SP_ArrowBack),
          {QKeySequence(Qt::Key_PageUp)}, &DocumentViewer::previousPage);
    setUp(Action::NextPage, icon("go-next", QStyle::SP_ArrowForward),
          {QKeySequence(Qt::Key_PageDown)}, &DocumentViewer::nextPage);
    setUp(Action::Find, themed("edit-find"), {QKeySequence::Find}, &DocumentViewer::showFindBar);
    setUp(Action::FindNext, icon("go-down-search", QStyle::SP_ArrowDown),
          {QKeySequence(Qt::Key_F3)}, &DocumentViewer::nextHit);
    setUp(Action::FindPrevious, icon("go-up-search", QStyle::SP_ArrowUp),
          {QKeySequence(Qt::SHIFT | Qt::Key_F3)}, &DocumentViewer::previousHit);
    setUp(Action::Print, themed("document-print"), {QKeySequence::Print}, &DocumentViewer::print);
    setUp(Action::PrintToPdf, themed("document-export"), {}, &DocumentViewer::printToPdf);

    for (Action which : {Action::FitWidth, Action::FitPage}) action(which)->setCheckable(true);
    QAction *thumbnails = action(Action::Thumbnails);
    thumbnails->setIcon(themed("view-preview"));
    thumbnails->setCheckable(true);
    thumbnails->setChecked(true);
    connect(thumbnails, &QAction::toggled, this,
            [this](bool on) { m_thumbnails->setVisible(on && isPdf()); });

    for (QAction *a : m_actions) addAction(a);
}

void DocumentViewer::createToolBar() {
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(action(Action::PreviousPage));
    m_toolBar->addAction(action(Action::GoToPage));
    m_toolBar->addAction(action(Action::NextPage));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Action::ZoomOut));
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("8888 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_toolBar->addWidget(m_zoomLabel);
    m_toolBar->addAction(action(Action::ZoomIn));
    m_toolBar->addAction(action(Action::FitWidth));
    m_toolBar->addAction(action(Action::FitPage));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Action::RotateLeft));
    m_toolBar->addAction(action(Action::RotateRight));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Action::Find));
    m_toolBar->addAction(action(Action::Thumbnails));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Action::Print));
    m_toolBar->addAction(action(Action::PrintToPdf));
}

void DocumentViewer::retranslate() {
    const auto set = [this](Action which, const QString &text, const QString &tip) {
        QAction *a = action(which);
        a->setText(text);
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        a->setToolTip(keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys));
    };
    set(Action::ZoomIn, tr("Zoom In"), tr("Zoom in"));
    set(Action::ZoomOut, tr("Zoom Out"), tr("Zoom out"));
    set(Action::FitWidth, tr("Fit Width"), tr("Fit the page width into the view"));
    set(Action::FitPage, tr("Fit Page"), tr("Fit the whole page into the view"));
    set(Action::RotateLeft, tr("Rotate Left"), tr("Turn the page a quarter to the left"));
    set(Action::RotateRight, tr("Rotate Right"), tr("Turn the page a quarter to the right"));
    set(Action::PreviousPage, tr("Previous Page"), tr("Go to the previous page"));
    set(Action::NextPage, tr("Next Page"), tr("Go to the next page"));
    set(Action::GoToPage, tr("Go to Page"), tr("Go to a page"));
    set(Action::Find, tr("Find…"), tr("Find text in the document"));
    set(Action::FindNext, tr("Find Next"), tr("Go to the next match"));
    set(Action::FindPrevious, tr("Find Previous"), tr("Go to the previous match"));
    set(Action::Print, tr("Print…"), tr("Print the document"));
    set(Action::PrintToPdf, tr("Print to PDF…"), tr("Save the document as printed to a PDF file"));
    set(Action::Thumbnails, tr("Thumbnails"), tr("Show or hide the page thumbnails"));
    static_cast<PageSelectorAction *>(action(Action::GoToPage))->retranslate();
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
    if (hasError()) fail(m_error);
}

void DocumentViewer::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void DocumentViewer::updateActions() {
    const bool any = pageCount() > 0;
    const bool pdf = isPdf();
    action(Action::ZoomIn)->setEnabled(any && m_zoom < kMaxZoom);
    action(Action::ZoomOut)->setEnabled(any && m_zoom > kMinZoom);
    for (Action which : {Action::FitWidth, Action::FitPage, Action::RotateLeft, Action::RotateRight,
                         Action::Print, Action::PrintToPdf})
        action(which)->setEnabled(any);
    action(Action::PreviousPage)->setEnabled(pdf && m_page > 0);
    action(Action::NextPage)->setEnabled(pdf && m_page < pageCount() - 1);
    for (Action which : {Action::GoToPage, Action::Find, Action::FindNext, Action::FindPrevious,
                         Action::Thumbnails})
        action(which)->setEnabled(pdf);
    if (!pdf) m_findBar->hide();
}

QString DocumentViewer::printTitle() const {
    return m_name.isEmpty() ? tr("Document") : m_name;
}

void DocumentViewer::print() {
    if (pageCount() == 0) return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(printTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print “%1”").arg(printTitle()));
    dialog.setMinMax(1, pageCount());
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, isPdf());
    if (dialog.exec() != QDialog::Accepted) return;
    if (!printTo(&printer))
        QMessageBox::warning(this, tr("Print"),
                             tr("The document could not be printed completely."));
}

void DocumentViewer::printToPdf() {
    if (pageCount() == 0) return;
    const QString base = QFileInfo(m_name).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Print to PDF"), (base.isEmpty() ? tr("document") : base) + QStringLiteral(".pdf"),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty()) return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(printTitle());
    // The first page's own size, turned as shown, without margins.
    const QSizeF points = unitPageSize(0) * (72.0 / kDpiAtZoom1);
    const bool landscape = points.width() > points.height();
    printer.setPageSize(QPageSize(landscape ? points.transposed() : points, QPageSize::Point, {},
                                  QPageSize::ExactMatch));
    printer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setFullPage(true);
    if (!printTo(&printer))
        QMessageBox::warning(this, tr("Print to PDF"),
                             tr("The PDF file could not be written completely."));
}
