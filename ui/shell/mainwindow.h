#pragma once

#include <QMainWindow>

#include "models/client/workbench.h"

class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace dx {

class ChangePasswordDialog;
class Sidebar;

/// The workbench shell: a navigation list of the workspaces the signed-in role has, the
/// workspace area, and a status bar with the sync state (online/offline, pending commands,
/// last sync, progress with cancel). Window state is restored (UI settings, not domain ones).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workbench &wb, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Adds a workspace to the navigation; the first one added is shown. `shortcut` e.g. Ctrl+1.
    /// `before`: the id of the workspace it goes in front of (one added after sign-in keeps its
    /// place in the role's order); empty or unknown: at the end.
    void addWorkspace(const QString &id, const QString &title, QWidget *widget,
                      const QKeySequence &shortcut = {}, const QString &before = {});
    void showWorkspace(const QString &id);
    QWidget *workspace(const QString &id) const;
    QString currentWorkspace() const;
    /// The workspaces' ids in the side panel's order.
    QStringList workspaceIds() const { return m_ids; }
    /// The count on a workspace's sidebar entry (tasks waiting, sync problems); 0 hides it.
    /// `alert` shows it in the warning colour (e.g. sync problems).
    void setWorkspaceCount(const QString &id, int count, bool alert = false);
    Sidebar *sidebar() const { return m_nav; }

    // Status, for tests and screenshots.
    QString onlineText() const;
    QString pendingText() const;
    QString lastSyncText() const;
    QString problemsText() const;  ///< refused commands; empty when there are none
    bool progressVisible() const;

    /// Account → Change password: opens the dialog (window-modal, not blocking) and returns it.
    ChangePasswordDialog *openChangePassword();

public slots:
    /// Re-reads the sync state and the outbox into the status bar.
    void updateStatus();

signals:
    void signOutRequested();
    void switchUserRequested();
    /// The user closed the window (Quit): the application ends.
    void closed();
    /// The server accepted a new password for the signed-in user.
    void passwordChanged(const QString &password);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    Workbench &m_wb;
    Sidebar *m_nav;
    QStackedWidget *m_stack;
    QStringList m_ids;
    QLabel *m_online;
    QLabel *m_pending;
    QLabel *m_lastSync;
    QLabel *m_problems;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

}  // namespace dx
