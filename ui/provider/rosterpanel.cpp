#include "ui/provider/rosterpanel.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "ui/look/columnwidths.h"
#include "ui/look/emptystate.h"
#include "ui/look/look.h"

namespace dx {

namespace {
// The record of a row rides on its first cell.
constexpr int kRecordColumn = 0;
}  // namespace

RosterPanel::RosterPanel(Workbench &wb, QWidget *parent) : QWidget(parent), m_wb(wb) {}

void RosterPanel::build(QWidget *page, QVBoxLayout *layout, const Parts &parts) {
    auto *add = new QPushButton(themeIcon(QStringLiteral("list-add")), parts.addCaption, page);
    add->setObjectName(parts.addName);
    QList<QPushButton *> buttons{add};
    for (const RowAction &action : parts.rowActions)
        m_rowButtons << new QPushButton(action.icon.isEmpty() ? QIcon() : themeIcon(action.icon),
                                        action.caption, page);
    buttons << m_rowButtons;
    layout->addLayout(roster::buttonRow(buttons));
    if (parts.messageAboveTable) {
        m_message = roster::messageLabel(page);
        layout->addWidget(m_message);
    }
    m_views = new QStackedWidget(page);
    m_table = roster::table(parts.tableName, parts.headers, m_views);
    keepColumnWidths(m_table, parts.stretchColumn, parts.tableName);
    m_empty = new EmptyState(parts.emptyIcon, m_views);
    m_empty->setText(parts.emptyTitle, parts.emptyText);
    m_views->addWidget(m_table);
    m_views->addWidget(m_empty);
    layout->addWidget(m_views, 1);
    // After each change of rows (queued: a refresh appends them one by one).
    const auto rowsChanged = [this] {
        fitColumns(m_table);
        m_views->setCurrentWidget(m_table->rowCount() > 0 ? static_cast<QWidget *>(m_table)
                                                          : m_empty);
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_table->model(), signal, this, rowsChanged, Qt::QueuedConnection);
    rowsChanged();
    if (!parts.messageAboveTable) {
        m_message = roster::messageLabel(page);
        layout->addWidget(m_message);
    }

    m_confirm = [this, title = parts.confirmTitle](const QString &question) {
        return roster::askYesNo(this, title, question);
    };
    connect(add, &QPushButton::clicked, this, parts.add);
    for (qsizetype i = 0; i < m_rowButtons.size(); ++i)
        roster::onCurrentRow(m_rowButtons.at(i), m_table, parts.rowActions.at(i).run);
    if (!parts.rowActions.isEmpty())
        connect(m_table, &QTableWidget::cellDoubleClicked, this,
                [edit = parts.rowActions.first().run](int row) { edit(row); });
    roster::enableOnSelection(m_table, m_rowButtons);
    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &RosterPanel::refresh);
}

bool RosterPanel::isShowingEmptyState() const {
    return m_views->currentWidget() == m_empty;
}

QString RosterPanel::messageText() const {
    return m_message->text();
}

void RosterPanel::setMessage(const QString &text) {
    m_message->setText(text);
}

int RosterPanel::rowOf(const QString &key) const {
    return roster::rowOf(m_table, kRecordColumn, key);
}

QList<QVariantMap> RosterPanel::reread(const QString &sql) {
    auto rows = m_wb.replica.db().all(sql, {m_wb.actor.orgId});
    m_table->setRowCount(0);
    if (!rows) {
        m_message->setText(rows.error().message);
        return {};
    }
    return rows.value();
}

int RosterPanel::appendRow(const QStringList &cells, const QVariantMap &record) {
    return roster::appendRow(m_table, cells, kRecordColumn, record);
}

QVariantMap RosterPanel::rowData(int row) const {
    return roster::rowData(m_table, row, kRecordColumn);
}

void RosterPanel::updateRowButtons() {
    roster::updateRowButtons(m_table, m_rowButtons);
}

std::optional<Outcome> RosterPanel::deleteRow(int row, const QString &command,
                                              const QString &question, const QString &done) {
    const QVariantMap record = rowData(row);
    if (record.isEmpty() || !m_confirm(question)) return std::nullopt;
    Outcome out = m_wb.sync.perform(command, record.value(QStringLiteral("id")).toString(), -1, {});
    m_message->setText(out.status == Outcome::Status::Applied ? done : out.error.message);
    return out;
}

}  // namespace dx
