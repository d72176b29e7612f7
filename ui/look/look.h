#pragma once

#include <QIcon>
#include <QString>

class QApplication;
class QDialog;
class QPalette;

namespace dx {

/// The icon `name` (a freedesktop/Breeze name such as "mail-folder-inbox") from the desktop's
/// theme, else the bundled Breeze copy (resources/icons) that matches the palette: light icons
/// on a dark palette. Every icon of the application comes through here.
QIcon themeIcon(const QString &name);
/// The bundled copy themeIcon() falls back to: ":/icons/breeze[-dark]/<name>.svg".
QString bundledIconPath(const QString &name);

/// True when the palette's window colour is dark (Qt 6.4 has no colour-scheme API).
bool isDarkPalette(const QPalette &palette);

/// Picks the style and the icon variant once the application object exists: Fusion when the
/// platform gives only Qt's bare "Windows" style; the desktop's palette is kept as it is, and a
/// later palette change (light ↔ dark) switches the bundled icons.
void applyLook(QApplication &app);

/// Sizes a dialog by its text rather than by Qt's narrow guess for wrapped labels: its labels
/// wrap at a readable measure (about 28 Chinese characters), the title fits, and every label,
/// including error messages shown later, wraps instead of being cut off. Call at the end of the
/// dialog's constructor.
void fitToText(QDialog *dialog);

}  // namespace dx
