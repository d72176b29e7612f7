#pragma once

#include <QObject>
#include <QString>

#include <memory>

#include "models/client/session.h"

namespace dx {

class DemoServer;
class MainWindow;
class SignInDialog;
class SyncClient;
struct LocalWorkbench;
struct Workbench;

/// dxdesk once its arguments are read: the optional demo server (living as long as the
/// application), the session, the sign-in window, and for the signed-in user their replica,
/// sync client and shell. Sign-out and switch user close the user's desk and return to the
/// sign-in window in the same process; each user's replica and outbox stay in their own
/// directory (Session::userDir) for their next sign-in.
class DeskController : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString server;      ///< --server; ignored in demo mode
        QString profileDir;  ///< ignored in demo mode (a throw-away profile beside the server)
        bool demo = false;
        QString demoServerPath;  ///< dxserver for the demo; empty: the one beside dxdesk
        int syncIntervalMs = 30000;
    };
    explicit DeskController(const Options &options, QObject *parent = nullptr);
    ~DeskController() override;

    /// Shows the sign-in window at once; in demo mode the demo server starts behind it.
    void start();

    Session &session() { return *m_session; }
    DemoServer *demoServer() const { return m_demo.get(); }
    /// The sign-in window while nobody is signed in, else null.
    SignInDialog *signInDialog() const { return m_dialog; }
    /// The signed-in user's shell, else null.
    MainWindow *mainWindow() const { return m_window; }
    SyncClient *sync() const;
    /// The signed-in user's replica, sync client and blobs, else null.
    Workbench *workbench() const;
    const SignedIn &signedIn() const { return m_who; }

public slots:
    /// Ends the session (the server forgets the token) and returns to the sign-in window. With
    /// commands still waiting it asks first; they stay queued for this user.
    void signOut();
    /// Returns to the sign-in window for another user; this user's token and outbox stay.
    void switchUser();

signals:
    /// The user signed in and their shell is shown.
    void deskOpened();
    /// The user left (sign-out, switch user) and the sign-in window is shown again.
    void deskClosed();
    /// The application should end: the shell was closed or the sign-in cancelled.
    void finished(int exitCode);

private:
    void showSignIn(bool otherUser);
    void openDesk(const SignedIn &who);
    void leave(bool endSession);
    void closeDesk(bool endSession);

    Options m_options;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<Session> m_session;
    SignInDialog *m_dialog = nullptr;
    MainWindow *m_window = nullptr;
    std::unique_ptr<LocalWorkbench> m_local;
    SignedIn m_who;
};

}  // namespace dx
