#pragma once

#include <QString>
#include <QStringList>

namespace dx {

/// The title a menu code (Menu::*) has in the client, e.g. "Experts (专家管理)".
QString menuLabel(const QString &menu);
/// The titles of a list of menu codes, joined with "、" for a table cell.
QString menuLabels(const QStringList &menus);

}  // namespace dx
