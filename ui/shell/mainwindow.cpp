#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

#include "models/client/syncclient.h"
#include "ui/look/look.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/sidebar.h"
#include "ui/signin/changepassworddialog.h"

namespace dx {

MainWindow::MainWindow(Workbench &wb, QWidget *parent) : QMainWindow(parent), m_wb(wb) {
    setWindowTitle(tr("DX Workbench — %1").arg(wb.actor.username));
    m_nav = new Sidebar(this);
    m_stack = new QStackedWidget(this);
    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    auto *rule = new QFrame(central);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    row->addWidget(m_nav);
    row->addWidget(rule);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &Sidebar::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *file = menuBar()->addMenu(tr("&Workbench"));
    QAction *syncNow = file->addAction(tr("Sync now"), &m_wb.sync, &SyncClient::syncNow);
    syncNow->setShortcut(QKeySequence::Refresh);
    syncNow->setIcon(themeIcon(QStringLiteral("state-sync")));
    QAction *prefetch = file->addAction(tr("Download documents for offline work"), &m_wb.sync,
                                        &SyncClient::prefetch);
    prefetch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    prefetch->setObjectName(QStringLiteral("downloadForOffline"));
    prefetch->setIcon(themeIcon(QStringLiteral("cloud-download")));
    // Offline documents: the saved preferences, the dialog, and what each prefetch did.
    PreferencesDialog::applySaved(m_wb.sync);
    QAction *preferences = file->addAction(tr("Preferences…"), this, [this] {
        auto *dialog = new PreferencesDialog(m_wb.sync, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setShortcut(QKeySequence::Preferences);
    connect(&m_wb.sync, &SyncClient::prefetchFinished, this, [this](const PrefetchReport &r) {
        if (!r.quiet) statusBar()->showMessage(r.summary(), 15000);
    });
    // Language (界面语言): saved for the next start; strings are loaded once at start-up.
    QMenu *language = file->addMenu(tr("Language"));
    for (const auto &[code, name] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = language->addAction(name, this, [this, code = code] {
            QSettings(QStringLiteral("dxdesk"), QStringLiteral("ui"))
                .setValue(QStringLiteral("language"), code);
            statusBar()->showMessage(tr("The language changes the next time DX Workbench starts."),
                                     8000);
        });
        a->setObjectName(QStringLiteral("language-") + code);
    }
    file->addSeparator();
    QAction *switchUser =
        file->addAction(tr("Switch user (切换用户)…"), this, &MainWindow::switchUserRequested);
    switchUser->setObjectName(QStringLiteral("switchUser"));
    switchUser->setIcon(themeIcon(QStringLiteral("system-users")));
    QAction *signOut = file->addAction(tr("Sign out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOut"));
    signOut->setIcon(themeIcon(QStringLiteral("system-log-out")));
    QAction *quit = file->addAction(tr("Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // The side panel collapses to icons from its own button, or here with a key (as in Okular).
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *iconsOnly = view->addAction(tr("Side panel: icons only"));
    iconsOnly->setObjectName(QStringLiteral("iconsOnly"));
    iconsOnly->setCheckable(true);
    iconsOnly->setIcon(themeIcon(QStringLiteral("sidebar-collapse-left")));
    iconsOnly->setChecked(m_nav->isCollapsed());
    iconsOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(iconsOnly, &QAction::toggled, m_nav, &Sidebar::setCollapsed);
    connect(m_nav, &Sidebar::collapsedChanged, iconsOnly, &QAction::setChecked);

    // 账号 (seed 001: the menu at the top right): every role changes its own password here.
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    QAction *changePassword = account->addAction(tr("Change password (修改密码)…"), this,
                                                 [this] { openChangePassword(); });
    changePassword->setObjectName(QStringLiteral("changePassword"));

    m_online = new QLabel(this);
    m_pending = new QLabel(this);
    m_lastSync = new QLabel(this);
    m_problems = new QLabel(this);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setVisible(false);
    statusBar()->addWidget(m_online);
    statusBar()->addWidget(m_pending);
    statusBar()->addWidget(m_problems);
    statusBar()->addWidget(m_lastSync);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, &m_wb.sync, &SyncClient::cancelPrefetch);

    connect(&m_wb.sync, &SyncClient::stateChanged, this, &MainWindow::updateStatus);
    connect(&m_wb.sync, &SyncClient::pendingCountChanged, this, &MainWindow::updateStatus);
    connect(&m_wb.sync, &SyncClient::problemsChanged, this, &MainWindow::updateStatus);
    connect(&m_wb.sync, &SyncClient::syncFinished, this, [this] {
        m_progress->setVisible(false);
        updateStatus();
    });
    connect(&m_wb.sync, &SyncClient::progress, this,
            [this](const QString &step, qint64 done, qint64 total) {
                // Nothing runs while offline: a request waiting for an absent server is no
                // progress (the status says offline and what waits).
                const bool busy = total > 0 && done < total && m_wb.sync.isOnline();
                m_progress->setVisible(busy);
                m_cancel->setVisible(busy && step == QStringLiteral("prefetch"));
                if (busy) {
                    m_progress->setRange(0, int(qMin<qint64>(total, 1 << 30)));
                    m_progress->setValue(int(qMin<qint64>(done, 1 << 30)));
                    m_progress->setFormat(step == QStringLiteral("prefetch") ? tr("Documents %v/%m")
                                          : step == QStringLiteral("upload") ? tr("Uploading %p%")
                                                                             : tr("Syncing %p%"));
                }
            });

    QSettings ui(QStringLiteral("dxdesk"), QStringLiteral("ui"));
    restoreGeometry(ui.value(QStringLiteral("main/geometry")).toByteArray());
    restoreState(ui.value(QStringLiteral("main/state")).toByteArray());
    if (!ui.contains(QStringLiteral("main/geometry"))) {
        // First start: 1280×800, or the whole screen on a smaller one (a 1024×700 netbook).
        QSize size(1280, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size());
        resize(size);
    }
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings ui(QStringLiteral("dxdesk"), QStringLiteral("ui"));
    ui.setValue(QStringLiteral("main/geometry"), saveGeometry());
    ui.setValue(QStringLiteral("main/state"), saveState());
    ui.setValue(QStringLiteral("main/workspace"), currentWorkspace());
    event->accept();
    emit closed();
}

void MainWindow::addWorkspace(const QString &id, const QString &title, QWidget *widget,
                              const QKeySequence &shortcut, const QString &before) {
    int row = int(m_ids.indexOf(before));
    if (row < 0) row = int(m_ids.size());
    // The stack first: the sidebar's row change (when inserted above the current one) then
    // selects the same widget at its new index.
    m_ids.insert(row, id);
    m_stack->insertWidget(row, widget);
    m_nav->addEntry(id, title, shortcut.toString(QKeySequence::NativeText), row);
    if (!shortcut.isEmpty()) {
        auto *a = new QAction(this);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, [this, id] { showWorkspace(id); });
        addAction(a);
    }
    if (m_ids.size() == 1) m_nav->setCurrentRow(0);
    const QString last = QSettings(QStringLiteral("dxdesk"), QStringLiteral("ui"))
                             .value(QStringLiteral("main/workspace"))
                             .toString();
    if (last == id) m_nav->setCurrentRow(row);
}

void MainWindow::showWorkspace(const QString &id) {
    const int i = int(m_ids.indexOf(id));
    if (i >= 0) m_nav->setCurrentRow(i);
}

ChangePasswordDialog *MainWindow::openChangePassword() {
    auto *dialog = new ChangePasswordDialog(m_wb.sync, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::passwordChanged, this, [this](const QString &password) {
        statusBar()->showMessage(tr("Your password was changed."), 8000);
        emit passwordChanged(password);
    });
    dialog->open();
    return dialog;
}

QWidget *MainWindow::workspace(const QString &id) const {
    const int i = int(m_ids.indexOf(id));
    return i >= 0 ? m_stack->widget(i) : nullptr;
}

QString MainWindow::currentWorkspace() const {
    return m_ids.value(m_nav->currentRow());
}

void MainWindow::setWorkspaceCount(const QString &id, int count, bool alert) {
    m_nav->setCount(id, count, alert);
}

QString MainWindow::onlineText() const {
    return m_online->text();
}
QString MainWindow::pendingText() const {
    return m_pending->text();
}
QString MainWindow::lastSyncText() const {
    return m_lastSync->text();
}
QString MainWindow::problemsText() const {
    return m_problems->isVisibleTo(this) ? m_problems->text() : QString();
}
bool MainWindow::progressVisible() const {
    return m_progress->isVisibleTo(this);
}

void MainWindow::updateStatus() {
    const bool online = m_wb.sync.isOnline();
    m_online->setText(online ? tr("● Online") : tr("○ Offline"));
    m_online->setStyleSheet(online ? QStringLiteral("color: #1b7f3b")
                                   : QStringLiteral("color: #b00020"));
    if (!online) {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
    }
    // The same outbox the sync problems view reads (SyncClient::outbox).
    const SyncClient::OutboxSummary outbox = m_wb.sync.outbox();
    QString pending = outbox.pending == 0 ? tr("All changes synced")
                      : online
                          ? tr("%n change(s) waiting to sync", nullptr, outbox.pending)
                          : tr("%n change(s) waiting to sync (offline)", nullptr, outbox.pending);
    if (outbox.retrying > 0) pending += tr(", %n to retry", nullptr, outbox.retrying);
    m_pending->setText(pending);
    m_problems->setText(tr("%n sync problem(s)", nullptr, outbox.rejected));
    m_problems->setVisible(outbox.rejected > 0);
    const QDateTime last = m_wb.sync.lastSync();
    m_lastSync->setText(last.isValid()
                            ? tr("Last sync %1").arg(QLocale().toString(last, QLocale::ShortFormat))
                            : tr("Not synced yet"));
}

}  // namespace dx
