#include "ui/look/look.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLayout>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace dx {

namespace {
bool g_darkIcons = false;

// Widgets that ask QIcon::fromTheme directly (the document viewer, which links no dxlook) find
// the bundled copies too: Qt looks in the fallback paths for "<name>.svg" when the desktop's
// theme has no such icon.
void useBundledFallback() {
    // Qt consults the fallback paths only under a named theme; a bare X server or the offscreen
    // platform names none. hicolor is the freedesktop base theme every desktop inherits from.
    if (QIcon::themeName().isEmpty()) QIcon::setThemeName(QStringLiteral("hicolor"));
    QIcon::setFallbackSearchPaths(
        {g_darkIcons ? QStringLiteral(":/icons/breeze-dark") : QStringLiteral(":/icons/breeze")});
}

// Follows the desktop switching between light and dark while the application runs.
class PaletteWatcher : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp) {
            g_darkIcons = isDarkPalette(QGuiApplication::palette());
            useBundledFallback();
        }
        return QObject::eventFilter(watched, event);
    }
};
}  // namespace

bool isDarkPalette(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QString bundledIconPath(const QString &name) {
    return QStringLiteral(":/icons/%1/%2.svg")
        .arg(g_darkIcons ? QStringLiteral("breeze-dark") : QStringLiteral("breeze"), name);
}

QIcon themeIcon(const QString &name) {
    const QString bundled = bundledIconPath(name);
    Q_ASSERT_X(QFile::exists(bundled), "themeIcon", "icon not bundled in resources/icons");
    return QIcon::fromTheme(name, QIcon(bundled));
}

void applyLook(QApplication &app) {
    // Without a platform theme Qt falls back to its bare "Windows" style; Fusion is the clean
    // cross-desktop one (KeePassXC ships its own for the same reason).
    if (QApplication::style()->name().compare(QStringLiteral("windows"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    g_darkIcons = isDarkPalette(QGuiApplication::palette());
    useBundledFallback();
    app.installEventFilter(new PaletteWatcher(&app));
}

void fitToText(QDialog *dialog) {
    const QFontMetrics fm = dialog->fontMetrics();
    const int measure = fm.height() * 28;  // a readable line, for Chinese and English alike
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->pixmap().isNull() || label->minimumWidth() > 0) continue;  // images, set sizes
        // Messages shown later wrap to the dialog; a long text wraps at the measure; a short
        // one (a form label) stays on its line.
        const int width = fm.horizontalAdvance(label->text());
        if (label->text().isEmpty() || width > measure) label->setWordWrap(true);
        if (width > measure) label->setMinimumWidth(measure);
    }
    // The window manager shows the title in the frame: leave it room (and the buttons).
    const int title = fm.horizontalAdvance(dialog->windowTitle()) + fm.height() * 8;
    dialog->setMinimumWidth(qMin(qMax(title, fm.height() * 22), measure + fm.height() * 4));
    if (dialog->layout()) dialog->layout()->setSizeConstraint(QLayout::SetMinimumSize);
}

}  // namespace dx
