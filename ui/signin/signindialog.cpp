#include "ui/signin/signindialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dx {

namespace {
struct DemoAccount {
    const char *username;
    const char *password;
    const char *what;  // shown translated
};
const DemoAccount kDemo[] = {
    {"reviewer.zy", "Review#2026zy", QT_TRANSLATE_NOOP("SignInDialog", "County reviewer, 中原区")},
    {"reviewer.zy2", "Review#2026zy2",
     QT_TRANSLATE_NOOP("SignInDialog", "County reviewer, 中原区")},
    {"reviewer.eq", "Review#2026eq", QT_TRANSLATE_NOOP("SignInDialog", "County reviewer, 二七区")},
    {"ent.pending", "Firm#2026pend",
     QT_TRANSLATE_NOOP("SignInDialog", "Enterprise, certification pending")},
    {"ent.certified", "Firm#2026cert", QT_TRANSLATE_NOOP("SignInDialog", "Enterprise, certified")},
    {"provider1", "Vendor#2026p1", QT_TRANSLATE_NOOP("SignInDialog", "Service provider")},
    {"operator", "Ops#2026plat", QT_TRANSLATE_NOOP("SignInDialog", "Platform operator")},
    {"admin", "Guard#2026dx", QT_TRANSLATE_NOOP("SignInDialog", "Administrator")},
};
}  // namespace

SignInDialog::SignInDialog(Session &session, const QString &server, bool demo, QWidget *parent)
    : QDialog(parent), m_session(session) {
    setWindowTitle(tr("Sign in — DX Workbench"));
    auto *title = new QLabel(tr("<h2>数转工作台 DX Workbench</h2>"), this);
    m_server = new QLineEdit(server.isEmpty() ? session.lastServer() : server, this);
    m_server->setPlaceholderText(QStringLiteral("https://dx.example.gov.cn"));
    m_user = new QLineEdit(session.lastUser(), this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_signIn = new QPushButton(tr("Sign in"), this);
    m_signIn->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("Username"), m_user);
    form->addRow(tr("Password"), m_password);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_signIn);

    if (demo) {
        auto *box = new QGroupBox(tr("Demo accounts (one click)"), this);
        auto *grid = new QGridLayout(box);
        int i = 0;
        for (const DemoAccount &a : kDemo) {
            auto *b = new QPushButton(QString::fromUtf8(a.username) + QStringLiteral(" — ") +
                                          QCoreApplication::translate("SignInDialog", a.what),
                                      box);
            b->setObjectName(QStringLiteral("demo-") + QString::fromUtf8(a.username));
            connect(b, &QPushButton::clicked, this, [this, a] {
                signInAs(QString::fromUtf8(a.username), QString::fromUtf8(a.password));
            });
            grid->addWidget(b, i / 2, i % 2);
            ++i;
        }
        layout->addWidget(box);
    }
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInDialog::submit);
    if (!m_user->text().isEmpty()) m_password->setFocus();
}

QString SignInDialog::message() const {
    return m_message->text();
}

void SignInDialog::signInAs(const QString &username, const QString &password) {
    m_user->setText(username);
    m_password->setText(password);
    submit();
}

void SignInDialog::submit() {
    const QString server =
        m_server->text().trimmed().chopped(m_server->text().trimmed().endsWith(u'/') ? 1 : 0);
    if (server.isEmpty() || m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter the server address, your username and your password."));
        return;
    }
    m_signIn->setEnabled(false);
    m_message->setText(tr("Signing in…"));
    m_session.signIn(server, m_user->text().trimmed(), m_password->text(),
                     [this](Result<SignedIn> r) {
                         m_signIn->setEnabled(true);
                         if (!r) {
                             m_message->setText(r.error().message);
                             m_password->selectAll();
                             m_password->setFocus();
                             return;
                         }
                         m_result = r.value();
                         m_password->clear();
                         accept();
                     });
}

}  // namespace dx
