#include "app/deskcontroller.h"

#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include "app/workspaces.h"
#include "models/client/demoserver.h"
#include "models/client/localworkbench.h"
#include "models/client/syncclient.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/signindialog.h"

Q_LOGGING_CATEGORY(lcDesk, "dx.desk")

namespace dx {

DeskController::DeskController(const Options &options, QObject *parent)
    : QObject(parent), m_options(options) {
    QString profileDir = options.profileDir;
    if (options.demo) {
        m_demo = std::make_unique<DemoServer>();
        if (!options.demoServerPath.isEmpty()) m_demo->setServerPath(options.demoServerPath);
        profileDir = m_demo->dataDir() + QStringLiteral("/client");  // throw-away, like the server
    }
    m_session = std::make_unique<Session>(profileDir);
}

DeskController::~DeskController() {
    if (m_local) m_local->sync->stop();
    delete m_window;  // its widgets read the replica: before the replica goes
    m_local.reset();
    delete m_dialog;
}

SyncClient *DeskController::sync() const {
    return m_local ? m_local->sync.get() : nullptr;
}

Workbench *DeskController::workbench() const {
    return m_local ? m_local->wb.get() : nullptr;
}

void DeskController::start() {
    showSignIn(false);
    // After the window is up: the seeding takes seconds, the window must not wait for it.
    if (m_demo) QTimer::singleShot(0, m_demo.get(), &DemoServer::start);
}

void DeskController::showSignIn(bool otherUser) {
    m_dialog = new SignInDialog(*m_session, m_demo ? m_demo->baseUrl() : m_options.server,
                                m_demo != nullptr);
    if (m_demo) m_dialog->attachDemoServer(m_demo.get());
    if (otherUser) m_dialog->userEdit()->clear();
    connect(m_dialog, &QDialog::accepted, this, [this] {
        const SignedIn who = m_dialog->signedIn();
        m_dialog->deleteLater();
        m_dialog = nullptr;
        openDesk(who);
    });
    connect(m_dialog, &QDialog::rejected, this, [this] { emit finished(0); });
    m_dialog->show();
}

void DeskController::openDesk(const SignedIn &who) {
    const QString userDir = m_session->userDir(who.actor.username);
    // One SQL connection per user: the previous user's closes with their desk.
    auto local = LocalWorkbench::open(userDir, who.actor, who.baseUrl, who.token,
                                      QStringLiteral("replica-") + who.actor.username);
    if (!local) {
        QMessageBox::critical(nullptr, tr("DX Workbench"), local.error().message);
        return showSignIn(false);
    }
    m_who = who;
    m_local = std::move(local.value());
    m_window = new MainWindow(*m_local->wb);
    addWorkspaces(*m_window, *m_local->wb, userDir);
    connect(m_window, &MainWindow::signOutRequested, this, &DeskController::signOut);
    connect(m_window, &MainWindow::switchUserRequested, this, &DeskController::switchUser);
    connect(m_window, &MainWindow::closed, this, [this] { emit finished(0); });
    connect(m_window, &MainWindow::passwordChanged, this,
            [this](const QString &password) { m_session->passwordChanged(m_who, password); });
    m_window->show();
    m_local->sync->startAutoSync(m_options.syncIntervalMs);
    m_local->sync->syncNow();
    qCInfo(lcDesk) << "signed in:" << who.actor.username << (who.offline ? "(offline)" : "");
    emit deskOpened();
}

void DeskController::signOut() {
    leave(true);
}

void DeskController::switchUser() {
    leave(false);
}

void DeskController::leave(bool endSession) {
    if (!m_local || !m_window) return;
    const int pending = m_local->sync->pendingCount();
    if (pending == 0) return closeDesk(endSession);
    // Nothing is lost either way, but the user should know their work has not arrived yet.
    auto *box = new QMessageBox(
        QMessageBox::Warning, endSession ? tr("Sign out") : tr("Switch user"),
        tr("%n change(s) by %1 have not reached the server yet. They stay queued on this "
           "computer and are sent the next time %1 signs in here.",
           nullptr, pending)
            .arg(m_who.actor.username),
        QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("pendingOnLeave"));
    QPushButton *proceed =
        box->addButton(endSession ? tr("Sign out") : tr("Switch user"), QMessageBox::AcceptRole);
    proceed->setObjectName(QStringLiteral("proceed"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, proceed, endSession] {
        if (box->clickedButton() == proceed) closeDesk(endSession);
    });
    box->open();
}

void DeskController::closeDesk(bool endSession) {
    if (!m_local) return;
    // Sync first: no answer may reach a replica that is closing.
    m_local->sync->stop();
    if (endSession) m_session->signOut(m_who);
    qCInfo(lcDesk) << (endSession ? "signed out:" : "switched from:") << m_who.actor.username;
    // The window goes on the next turn of the event loop (this may run inside one of its
    // slots), and the replica only after it.
    MainWindow *window = m_window;
    m_window = nullptr;
    window->hide();
    std::shared_ptr<LocalWorkbench> local(std::move(m_local));
    QTimer::singleShot(0, this, [window, local]() mutable {
        delete window;
        local.reset();
    });
    m_who = SignedIn();
    showSignIn(!endSession);
    emit deskClosed();
}

}  // namespace dx
