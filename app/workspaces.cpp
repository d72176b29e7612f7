#include "workspaces.h"

#include <QCoreApplication>
#include <QDir>
#include <QKeySequence>

#include "certificationreview.h"
#include "enterpriseworkspace.h"
#include "inboxwidget.h"
#include "mainwindow.h"
#include "syncproblemsview.h"
#include "workbench.h"

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

    if (role == Role::CountyReviewer || role == Role::Operator || role == Role::Admin) {
        auto *review = new CertificationReview(wb, &window);
        window.addWorkspace(
            QStringLiteral("review"),
            QCoreApplication::translate("Workspaces", "Certification review (企业认证审核)"),
            review, next());
        QObject::connect(
            inbox, &InboxWidget::openRequested, &window,
            [&window, review](const QString &entity, const QString &id, const QStringList &queue) {
                if (entity != QStringLiteral("certifications")) return;
                review->open(id, queue);
                window.showWorkspace(QStringLiteral("review"));
            });
    }
    auto *problems = new SyncProblemsView(wb, &window);
    window.addWorkspace(QStringLiteral("problems"),
                        QCoreApplication::translate("Workspaces", "Sync problems (同步问题)"),
                        problems, next());
}

}  // namespace dx
