#include "ui/signin/signindialog.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/auth/actor.h"
#include "models/auth/demoaccounts.h"
#include "models/client/demoserver.h"

namespace dx {

namespace {
// The demo accounts' groups, in the order shown.
struct DemoGroup {
    const char *title;
    QStringList roles;
};
QList<DemoGroup> demoGroups() {
    return {
        {QT_TRANSLATE_NOOP("SignInDialog", "County reviewers (区县审核)"), {Role::CountyReviewer}},
        {QT_TRANSLATE_NOOP("SignInDialog", "Enterprises (企业)"), {Role::Enterprise}},
        {QT_TRANSLATE_NOOP("SignInDialog", "Service providers (服务商)"), {Role::Provider}},
        {QT_TRANSLATE_NOOP("SignInDialog", "Platform and province (平台与省厅)"),
         {Role::Operator, Role::Expert, Role::Department, Role::Finance, Role::Auditor,
          Role::Admin}}};
}
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
    if (demo) addDemoAccounts(layout);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInDialog::submit);
    if (!m_user->text().isEmpty()) m_password->setFocus();
}

void SignInDialog::addDemoAccounts(QLayout *layout) {
    auto *box = new QGroupBox(tr("Demo accounts (one click)"), this);
    auto *outer = new QVBoxLayout(box);
    m_demoStatus = new QLabel(box);
    m_demoStatus->setObjectName(QStringLiteral("demoStatus"));
    m_demoProgress = new QProgressBar(box);
    m_demoProgress->setRange(0, 0);  // busy: the seeding reports no fraction
    m_demoStatus->setVisible(false);
    m_demoProgress->setVisible(false);
    outer->addWidget(m_demoStatus);
    outer->addWidget(m_demoProgress);
    auto *grid = new QGridLayout;
    outer->addLayout(grid);
    int g = 0;
    for (const DemoGroup &group : demoGroups()) {
        auto *groupBox =
            new QGroupBox(QCoreApplication::translate("SignInDialog", group.title), box);
        auto *buttons = new QVBoxLayout(groupBox);
        for (const DemoAccount &a : demoAccounts()) {
            if (!group.roles.contains(QLatin1String(a.role))) continue;
            const QString what = a.staff ? QString::fromUtf8(a.displayName)
                                         : QCoreApplication::translate("DemoAccounts", a.note);
            auto *b = new QPushButton(QString::fromUtf8(a.username) + QStringLiteral(" — ") + what,
                                      groupBox);
            b->setObjectName(QStringLiteral("demo-") + QString::fromUtf8(a.username));
            connect(b, &QPushButton::clicked, this, [this, a] {
                signInAs(QString::fromUtf8(a.username), QString::fromUtf8(a.password));
            });
            buttons->addWidget(b);
            m_demoButtons << b;
        }
        buttons->addStretch();
        grid->addWidget(groupBox, g / 2, g % 2);
        ++g;
    }
    layout->addWidget(box);
}

void SignInDialog::attachDemoServer(DemoServer *demo) {
    if (!m_demoStatus) return;
    if (demo->isReady()) {
        m_server->setText(demo->baseUrl());
        return setDemoReady(true);
    }
    setDemoReady(false);
    m_demoStatus->setText(tr("Starting the demo server…"));
    connect(demo, &DemoServer::progress, this, [this](const QString &message, int step, int steps) {
        m_demoStatus->setText(tr("%1 (step %2 of %3)").arg(message).arg(step).arg(steps));
    });
    connect(demo, &DemoServer::ready, this, [this](const QString &baseUrl) {
        m_server->setText(baseUrl);
        setDemoReady(true);
    });
    connect(demo, &DemoServer::failed, this, [this](const QString &message) {
        m_demoProgress->setVisible(false);
        m_demoStatus->setText(message);
        m_demoStatus->setStyleSheet(QStringLiteral("color: #b00020"));
    });
}

void SignInDialog::setDemoReady(bool ready) {
    m_waitingForServer = !ready;
    m_demoStatus->setVisible(!ready);
    m_demoProgress->setVisible(!ready);
    for (QPushButton *b : std::as_const(m_demoButtons)) b->setEnabled(ready);
    m_signIn->setEnabled(ready);
    m_server->setReadOnly(!ready);
}

QString SignInDialog::message() const {
    return m_message->text();
}

QString SignInDialog::demoStatus() const {
    return m_waitingForServer ? m_demoStatus->text() : QString();
}

void SignInDialog::signInAs(const QString &username, const QString &password) {
    m_user->setText(username);
    m_password->setText(password);
    submit();
}

void SignInDialog::submit() {
    if (m_waitingForServer) return;
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
                         m_message->clear();
                         accept();
                     });
}

}  // namespace dx
