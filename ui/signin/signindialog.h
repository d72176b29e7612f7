#pragma once

#include <QDialog>
#include <QList>

#include "models/client/session.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace dx {

class DemoServer;

/// Sign-in (登录): server address, username, password; the last server and user remembered;
/// offline unlock when the server cannot be reached; in --demo every demo account one click
/// away, grouped by role, enabled once the demo server (starting behind the window) is ready.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(Session &session, const QString &server, bool demo, QWidget *parent = nullptr);

    /// --demo: shows the server's start-up progress and signs in against it once it is ready.
    void attachDemoServer(DemoServer *demo);

    SignedIn signedIn() const { return m_result; }

    // For tests and the demo buttons.
    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QString message() const;
    /// The start-up line of the demo server ("Creating the demo data…"); empty when ready.
    QString demoStatus() const;
    void signInAs(const QString &username, const QString &password);

private:
    void submit();
    void addDemoAccounts(QLayout *layout);
    void setDemoReady(bool ready);

    Session &m_session;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QLabel *m_message;
    QLabel *m_demoStatus = nullptr;
    QProgressBar *m_demoProgress = nullptr;
    QList<QPushButton *> m_demoButtons;
    bool m_waitingForServer = false;
    SignedIn m_result;
};

}  // namespace dx
