#include "ui/shell/syncproblemsview.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/sync/replica.h"
#include "ui/look/emptystate.h"

namespace dx {

namespace {
QString commandTitle(const QString &type) {
    if (type == QStringLiteral("certification.decide"))
        return SyncProblemsView::tr("Certification decision");
    if (type == QStringLiteral("certification.submit"))
        return SyncProblemsView::tr("Certification application");
    if (type == QStringLiteral("certification.withdraw"))
        return SyncProblemsView::tr("Withdrawal of an application");
    if (type == QStringLiteral("organisation.save") ||
        type == QStringLiteral("organisation.submit"))
        return SyncProblemsView::tr("Organisation profile");
    if (type == QStringLiteral("survey.answer")) return SyncProblemsView::tr("Demand survey");
    if (type.startsWith(QStringLiteral("eligibility.")))
        return SyncProblemsView::tr("Eligibility offer");
    return type;
}

QString advice(const SyncProblem &p) {
    if (p.error.code == QStringLiteral("conflict"))
        return SyncProblemsView::tr(
            "Someone else changed it first; the current state is shown. Reopen it and decide again "
            "if needed.");
    if (p.error.code == QStringLiteral("forbidden") || p.error.code == QStringLiteral("not_found"))
        return SyncProblemsView::tr(
            "You may no longer act on this item; ask your administrator if this is unexpected.");
    return SyncProblemsView::tr("Correct the input and do it again.");
}
}  // namespace

SyncProblemsView::SyncProblemsView(Workbench &wb, QWidget *parent) : QWidget(parent), m_wb(wb) {
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("When"), tr("What"), tr("Item"), tr("Server's reason"),
                             tr("Server's state now"), tr("What you can do")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_dismiss = new QPushButton(tr("Dismiss selected"), this);
    m_empty = new EmptyState(QStringLiteral("task-complete"), this);
    m_empty->setText(tr("No sync problems"),
                     tr("A change the server refuses (for example because someone else decided "
                        "first) appears here with the server's reason and what you can do."));
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_list);
    m_views->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>Sync problems</h3>"), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignRight);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem *item : m_list->selectedItems())
            (void)m_wb.replica.dismissProblem(item->data(0, Qt::UserRole).toLongLong());
        reload();
    });
    connect(&m_wb.sync, &SyncClient::problemsChanged, this, &SyncProblemsView::reload);
    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &SyncProblemsView::reload);
    connect(&m_wb.sync, &SyncClient::stateChanged, this, &SyncProblemsView::updateSummary);
    connect(&m_wb.sync, &SyncClient::pendingCountChanged, this, &SyncProblemsView::updateSummary);
    connect(&m_wb.sync, &SyncClient::syncFinished, this, &SyncProblemsView::updateSummary);
    reload();
}

void SyncProblemsView::reload() {
    m_list->clear();
    for (const SyncProblem &p : m_wb.replica.problems()) {
        const QJsonObject current = p.error.details.value(QStringLiteral("current")).toObject();
        QString state = current.value(QStringLiteral("state")).toString();
        if (!current.value(QStringLiteral("org_name")).toString().isEmpty())
            state = tr("%1: %2").arg(current.value(QStringLiteral("org_name")).toString(), state);
        auto *item = new QTreeWidgetItem(
            m_list,
            {QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.issuedAt), QLocale::ShortFormat),
             commandTitle(p.type), p.target.left(8), p.error.message, state, advice(p)});
        item->setData(0, Qt::UserRole, p.seq);
    }
    if (m_list->topLevelItemCount() > 0)
        m_views->setCurrentWidget(m_list);
    else
        m_views->setCurrentWidget(m_empty);
    m_dismiss->setEnabled(m_list->topLevelItemCount() > 0);
    updateSummary();
    emit countChanged(m_list->topLevelItemCount());
}

void SyncProblemsView::updateSummary() {
    // The same outbox the status bar reads (SyncClient::outbox): never "all delivered" while
    // something waits.
    const SyncClient::OutboxSummary outbox = m_wb.sync.outbox();
    QStringList lines;
    if (outbox.pending > 0)
        lines << (m_wb.sync.isOnline()
                      ? tr("%n change(s) waiting to be sent.", nullptr, outbox.pending)
                      : tr("%n change(s) waiting to be sent (offline): they are kept on this "
                           "computer and sent when the server can be reached.",
                           nullptr, outbox.pending));
    if (outbox.retrying > 0)
        lines << tr("The server asked to retry %n of them later.", nullptr, outbox.retrying);
    if (m_list->topLevelItemCount() > 0)
        lines << tr("%n change(s) refused by the server, listed below.", nullptr,
                    m_list->topLevelItemCount());
    if (lines.isEmpty()) lines << tr("No sync problems: everything you did reached the server.");
    m_summary->setText(lines.join(u' '));
}

QString SyncProblemsView::summaryText() const {
    return m_summary->text();
}

int SyncProblemsView::problemCount() const {
    return m_list->topLevelItemCount();
}

QString SyncProblemsView::problemText(int row) const {
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    if (!item) return {};
    QStringList cols;
    for (int c = 0; c < item->columnCount(); ++c) cols << item->text(c);
    return cols.join(u'|');
}

}  // namespace dx
