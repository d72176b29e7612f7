#include "ui/listings/myproducts.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "models/workflow/listingworkflow.h"
#include "models/workflow/states.h"
#include "ui/listings/listingwidgets.h"
#include "ui/look/columnwidths.h"
#include "ui/look/look.h"

namespace dx {

namespace {

// The states each tab shows, in Tab order.
const QList<QStringList> kTabStates{
    {State::Draft},                                                      // Drafts
    {State::PendingInitial, State::PendingExpert, State::PendingFinal},  // Pending
    {State::Rejected},                                                   // Rejected
    {State::Listed},                                                     // Listed
    {State::Withdrawn},                                                  // Withdrawn
    {State::Delisted},                                                   // Delisted
};
constexpr int StateRole = Qt::UserRole + 1;  // the listing's state, on the name column

int tabOf(const QString &state) {
    for (int i = 0; i < kTabStates.size(); ++i)
        if (kTabStates[i].contains(state)) return i;
    return -1;
}

}  // namespace

MyProducts::MyProducts(Workbench &wb, QWidget *parent) : QWidget(parent), m_wb(wb) {
    m_prompt = [this] {
        return QInputDialog::getText(this, tr("Delist (下架)"), tr("Why is it taken off sale?"));
    };
    auto *outer = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto button = [this, bar](const QString &text, const char *name, const QString &icon) {
        auto *b = new QPushButton(themeIcon(icon), text, this);
        b->setObjectName(QLatin1String(name));
        bar->addWidget(b);
        return b;
    };
    m_new = button(tr("New listing (商品上架)"), "newListing", QStringLiteral("list-add"));
    m_edit = button(tr("Edit"), "editListing", QStringLiteral("document-edit"));
    m_submit = button(tr("Submit"), "submitListing", QStringLiteral("document-send"));
    m_withdraw = button(tr("Withdraw (撤销)"), "withdrawListing", QStringLiteral("edit-undo"));
    m_delist = button(tr("Delist (下架)"), "delistListing", QStringLiteral("dialog-cancel"));
    m_relist = button(tr("Relist (重新上架)"), "relistListing", QStringLiteral("view-refresh"));
    m_preview = button(tr("Preview"), "previewListing", QStringLiteral("document-preview"));
    bar->addStretch(1);
    outer->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("productsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    for (int t = 0; t < TabCount; ++t) {
        auto *table = new QTableWidget(m_tabs);
        table->setObjectName(QStringLiteral("products%1").arg(t));
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        QStringList headers{tr("Name (方案名称)"), tr("Updated")};
        if (t == Pending || t == Rejected) headers << tr("Stage (阶段)");
        if (t == Rejected || t == Delisted) headers << tr("Reason (原因)");
        table->setColumnCount(int(headers.size()));
        table->setHorizontalHeaderLabels(headers);
        keepColumnWidths(table, 0, table->objectName());  // the name takes the spare width
        m_tabs->addTab(table, {});
        m_tables << table;
        connect(table, &QTableWidget::itemSelectionChanged, this, &MyProducts::updateActions);
        connect(table, &QTableWidget::cellDoubleClicked, this, [this, t](int) {
            if (t == Pending || t == Listed)
                emit previewRequested(selectedId());
            else
                emit editRequested(selectedId());
        });
    }
    outer->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &MyProducts::updateActions);
    connect(m_new, &QPushButton::clicked, this, &MyProducts::newRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(selectedId()); });
    connect(m_preview, &QPushButton::clicked, this,
            [this] { emit previewRequested(selectedId()); });
    connect(m_submit, &QPushButton::clicked, this,
            [this] { perform(QStringLiteral("listing.submit"), {}); });
    connect(m_relist, &QPushButton::clicked, this,
            [this] { perform(QStringLiteral("listing.submit"), {}); });
    connect(m_withdraw, &QPushButton::clicked, this,
            [this] { perform(QStringLiteral("listing.withdraw"), {}); });
    connect(m_delist, &QPushButton::clicked, this, [this] {
        const QString reason = m_prompt();
        if (!reason.trimmed().isEmpty())
            perform(QStringLiteral("listing.delist"), {{QStringLiteral("reason"), reason}});
    });
    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &MyProducts::refresh);
    refresh();
}

QTableWidget *MyProducts::table(Tab tab) const {
    return m_tables.at(tab);
}

void MyProducts::refresh() {
    const QString keep = selectedId();
    auto rows = m_wb.replica.db().all(
        QStringLiteral("SELECT id, name, state, stage, reason, updated_at FROM listings "
                       "WHERE org_id = ? ORDER BY updated_at DESC, id"),
        {m_wb.actor.orgId});
    QList<QList<QVariantMap>> byTab(TabCount);
    if (rows)
        for (const QVariantMap &r : rows.value())
            if (const int t = tabOf(r.value(QStringLiteral("state")).toString()); t >= 0)
                byTab[t] << r;
    const QStringList titles{tr("Drafts (草稿)"),      tr("Pending (待审核)"),
                             tr("Rejected (已驳回)"),  tr("Listed (已上架)"),
                             tr("Withdrawn (已撤销)"), tr("Delisted (已下架)")};
    for (int t = 0; t < TabCount; ++t) {
        QTableWidget *table = m_tables[t];
        const QSignalBlocker block(table);
        table->setRowCount(int(byTab[t].size()));
        for (int i = 0; i < byTab[t].size(); ++i) {
            const QVariantMap &r = byTab[t][i];
            QString name = r.value(QStringLiteral("name")).toString();
            if (name.isEmpty()) name = tr("(untitled)");
            auto *item = new QTableWidgetItem(name);
            item->setData(Qt::UserRole, r.value(QStringLiteral("id")));
            item->setData(StateRole, r.value(QStringLiteral("state")));
            table->setItem(i, 0, item);
            const QDateTime at =
                QDateTime::fromMSecsSinceEpoch(r.value(QStringLiteral("updated_at")).toLongLong());
            table->setItem(i, 1,
                           new QTableWidgetItem(QLocale().toString(at, QLocale::ShortFormat)));
            int col = 2;
            if (t == Pending || t == Rejected)
                table->setItem(i, col++,
                               new QTableWidgetItem(ListingWidgets::stateText(
                                   r.value(QStringLiteral("state")).toString(),
                                   r.value(QStringLiteral("stage")).toString())));
            if (t == Rejected || t == Delisted)
                table->setItem(i, col,
                               new QTableWidgetItem(r.value(QStringLiteral("reason")).toString()));
        }
        fitColumns(table);
        m_tabs->setTabText(
            t, tr("%1 (%2)", "a tab: its title and count").arg(titles[t]).arg(byTab[t].size()));
    }
    if (!keep.isEmpty()) select(keep);
    updateActions();
}

QStringList MyProducts::ids(Tab tab) const {
    QStringList out;
    const QTableWidget *table = m_tables.at(tab);
    for (int i = 0; i < table->rowCount(); ++i)
        out << table->item(i, 0)->data(Qt::UserRole).toString();
    return out;
}

bool MyProducts::select(const QString &listingId) {
    for (int t = 0; t < TabCount; ++t) {
        const int row = int(ids(Tab(t)).indexOf(listingId));
        if (row < 0) continue;
        m_tabs->setCurrentIndex(t);
        m_tables[t]->selectRow(row);
        updateActions();
        return true;
    }
    return false;
}

QString MyProducts::selectedId() const {
    const QTableWidget *table = m_tables.at(m_tabs->currentIndex());
    const int row = table->currentRow();
    if (row < 0 || table->selectedItems().isEmpty()) return {};
    return table->item(row, 0)->data(Qt::UserRole).toString();
}

QString MyProducts::selectedState() const {
    const QTableWidget *table = m_tables.at(m_tabs->currentIndex());
    const int row = table->currentRow();
    if (row < 0 || table->selectedItems().isEmpty()) return {};
    return table->item(row, 0)->data(StateRole).toString();
}

void MyProducts::updateActions() {
    const bool any = !selectedId().isEmpty();
    const QString state = selectedState();
    // What may be done from the selected listing's state is the workflow table's answer
    // (docs/LISTINGS.md), the same the command processor applies.
    const Workflow &flow = listingWorkflow();
    const TargetScope own{m_wb.actor.orgId, {}};  // the tabs hold the actor's own listings
    const auto may = [&](const QString &command, const QString &variant = {}) {
        return any && flow.allows(m_wb.actor, command, variant, state, own);
    };
    // A provider's listing goes to review, an enterprise's own product is listed at once
    // (variant "self"): whichever this actor may do.
    const bool submittable = may(QStringLiteral("listing.submit")) ||
                             may(QStringLiteral("listing.submit"), QStringLiteral("self"));
    m_edit->setEnabled(may(QStringLiteral("listing.save")));
    // Submitting a delisted listing again is offered as "Relist".
    m_submit->setEnabled(submittable && state != State::Delisted);
    m_relist->setEnabled(submittable && state == State::Delisted);
    m_withdraw->setEnabled(may(QStringLiteral("listing.withdraw")));
    m_delist->setEnabled(may(QStringLiteral("listing.delist")));
    m_preview->setEnabled(any);
}

void MyProducts::perform(const QString &type, const QJsonObject &payload) {
    const QString id = selectedId();
    if (id.isEmpty()) return;
    const Outcome o = m_wb.sync.perform(type, id, 0, payload);
    if (o.status != Outcome::Status::Applied) return setMessage(o.error.message, true);
    setMessage(tr("Done; it is sent to the server at the next sync."), false);
    refresh();
    select(id);
}

QString MyProducts::messageText() const {
    return m_message->text();
}

void MyProducts::setMessage(const QString &text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!text.isEmpty());
}

}  // namespace dx
