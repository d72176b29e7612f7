#pragma once

#include <QDialog>

#include "models/client/session.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace dx {

/// Sign-in (登录): server address, username, password; the last server and user remembered;
/// offline unlock when the server cannot be reached; the demo accounts one click away in --demo.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(Session &session, const QString &server, bool demo, QWidget *parent = nullptr);

    SignedIn signedIn() const { return m_result; }

    // For tests and the demo buttons.
    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QString message() const;
    void signInAs(const QString &username, const QString &password);

private:
    void submit();

    Session &m_session;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QLabel *m_message;
    SignedIn m_result;
};

}  // namespace dx
