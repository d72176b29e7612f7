#include "app/workspaces.h"

#include <QCoreApplication>
#include <QDir>
#include <QKeySequence>

#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "models/workflow/listingworkflow.h"
#include "models/workflow/states.h"
#include "ui/enterprise/enterpriseworkspace.h"
#include "ui/inbox/inboxwidget.h"
#include "ui/listings/listingreview.h"
#include "ui/listings/listingsworkspace.h"
#include "ui/provider/bankaccountsworkspace.h"
#include "ui/provider/expertsworkspace.h"
#include "ui/provider/subaccountsworkspace.h"
#include "ui/review/certificationreview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/syncproblemsview.h"

namespace dx {

void addWorkspaces(MainWindow &window, Workbench &wb, const QString &userDir) {
    const QString role = wb.actor.role;
    const bool applicant = role == Role::Enterprise || role == Role::Provider;
    int key = Qt::Key_1;
    auto next = [&key] { return QKeySequence(Qt::CTRL | static_cast<Qt::Key>(key++)); };

    if (applicant) {
        auto *org =
            new EnterpriseWorkspace(wb, QDir(userDir).filePath(QStringLiteral("drafts")), &window);
        window.addWorkspace(
            QStringLiteral("organisation"),
            role == Role::Enterprise
                ? QCoreApplication::translate("Workspaces", "My enterprise (企业认证)")
                : QCoreApplication::translate("Workspaces", "My organisation (服务商认证)"),
            org, next());
    }
    auto *inbox = new InboxWidget(wb, &window);
    window.addWorkspace(QStringLiteral("inbox"),
                        QCoreApplication::translate("Workspaces", "Inbox (待办)"), inbox, next());
    // The sidebar's counts: what waits for the user, and the sync problems (in warning colour).
    QObject::connect(inbox, &InboxWidget::pendingCountChanged, &window,
                     [&window](int n) { window.setWorkspaceCount(QStringLiteral("inbox"), n); });
    window.setWorkspaceCount(QStringLiteral("inbox"), inbox->pendingCount());

    if (role == Role::CountyReviewer || role == Role::Operator || role == Role::Admin) {
        auto *review = new CertificationReview(wb, &window);
        window.addWorkspace(
            QStringLiteral("review"),
            QCoreApplication::translate("Workspaces", "Certification review (企业认证审核)"),
            review, next());
        QObject::connect(
            inbox, &InboxWidget::openRequested, &window,
            [&window, review](const QString &entity, const QString &id, const QStringList &queue) {
                if (entity != Entity::Certifications) return;
                review->open(id, queue);
                window.showWorkspace(QStringLiteral("review"));
            });
    }
    // Listings (商品, flow 2): certified providers and self-publishing certified enterprises
    // (seed 003) edit and follow theirs; operator, experts and the department review them from
    // the inbox. Whether the organisation may list is models/' answer (organisationMayList);
    // an organisation certified later (or first synced now) gets the workspace when its
    // replica says so.
    if (applicant && wb.actor.may(Menu::Listings)) {
        const QKeySequence shortcut = next();
        auto addProducts = [&window, &wb, userDir, shortcut] {
            if (window.workspace(QStringLiteral("products")) != nullptr ||
                !organisationMayList(wb.replica.db(), wb.actor.orgId))
                return;
            // Added after sign-in (certified since, or first synced now): in its place, before
            // the administration workspaces, not at the end.
            QString before;
            for (const char *id : {"experts", "users", "bank_accounts", "problems"})
                if (window.workspace(QString::fromLatin1(id))) {
                    before = QString::fromLatin1(id);
                    break;
                }
            window.addWorkspace(QStringLiteral("products"),
                                QCoreApplication::translate("Workspaces", "My products (我的商品)"),
                                new ListingsWorkspace(
                                    wb, QDir(userDir).filePath(QStringLiteral("drafts")), &window),
                                shortcut, before);
        };
        addProducts();
        if (window.workspace(QStringLiteral("products")) == nullptr)
            QObject::connect(&wb.sync, &SyncClient::replicaChanged, &window, addProducts);
    }
    if (role == Role::Operator || role == Role::Expert || role == Role::Department ||
        role == Role::Admin) {
        auto *listingReview = new ListingReview(wb, &window);
        window.addWorkspace(QStringLiteral("listing_review"),
                            QCoreApplication::translate("Workspaces", "Listing review (商品审核)"),
                            listingReview, next());
        QObject::connect(inbox, &InboxWidget::openRequested, &window,
                         [&window, listingReview](const QString &entity, const QString &id,
                                                  const QStringList &queue) {
                             if (entity != Entity::Listings) return;
                             listingReview->open(id, queue);
                             window.showWorkspace(QStringLiteral("listing_review"));
                         });
    }
    // Provider administration (flow 2): a sub-account sees only the menus it was granted (the
    // server refuses the rest anyway); user management is the main account's alone.
    if (role == Role::Provider) {
        if (wb.actor.may(Menu::Experts))
            window.addWorkspace(QStringLiteral("experts"),
                                QCoreApplication::translate("Workspaces", "Experts (专家管理)"),
                                new ExpertsWorkspace(wb, &window), next());
        if (!wb.actor.subAccount)
            window.addWorkspace(QStringLiteral("users"),
                                QCoreApplication::translate("Workspaces", "Users (用户管理)"),
                                new SubAccountsWorkspace(wb, &window), next());
        if (wb.actor.may(Menu::BankAccounts))
            window.addWorkspace(
                QStringLiteral("bank_accounts"),
                QCoreApplication::translate("Workspaces", "Bank accounts (收款账号管理)"),
                new BankAccountsWorkspace(wb, &window), next());
    }
    auto *problems = new SyncProblemsView(wb, &window);
    window.addWorkspace(QStringLiteral("problems"),
                        QCoreApplication::translate("Workspaces", "Sync problems (同步问题)"),
                        problems, next());
    // Dismissed problems leave the status bar's count too.
    QObject::connect(problems, &SyncProblemsView::countChanged, &window, &MainWindow::updateStatus);
    QObject::connect(problems, &SyncProblemsView::countChanged, &window, [&window](int n) {
        window.setWorkspaceCount(QStringLiteral("problems"), n, true);
    });
    window.setWorkspaceCount(QStringLiteral("problems"), problems->problemCount(), true);
}

}  // namespace dx
