#pragma once

#include <QString>

namespace dx {

class MainWindow;
struct Workbench;

/// Adds the workspaces the signed-in role has to the shell and wires them together
/// (the inbox opens items in the review screen). `userDir` holds per-user drafts.
void addWorkspaces(MainWindow &window, Workbench &wb, const QString &userDir);

}  // namespace dx
