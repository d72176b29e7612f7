#pragma once

#include <QString>

class QTableView;

namespace dx {

/// Column widths that suit their contents and survive a restart: column `stretch` (the name)
/// takes the width left over, the others are fitted to their contents until the user drags one;
/// the user's widths are saved in the UI settings under `key` and restored here.
void keepColumnWidths(QTableView *view, int stretch, const QString &key);

/// Fits the columns other than the stretching one to their contents, unless the user sized them.
/// Call after the rows changed.
void fitColumns(QTableView *view);

}  // namespace dx
