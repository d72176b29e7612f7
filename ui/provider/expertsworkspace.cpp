#include "ui/provider/expertsworkspace.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "ui/provider/experteditor.h"
#include "ui/provider/rostertable.h"

namespace dx {

namespace {
// The record of a row rides on its name cell.
constexpr int kNameColumn = 0;
}  // namespace

ExpertsWorkspace::ExpertsWorkspace(Workbench &wb, QWidget *parent) : QWidget(parent), m_wb(wb) {
    auto *layout = new QVBoxLayout(this);
    auto *add = new QPushButton(tr("Add expert (新增专家)"), this);
    add->setObjectName(QStringLiteral("addExpert"));
    m_edit = new QPushButton(tr("Edit (编辑)"), this);
    m_delete = new QPushButton(tr("Delete (删除)"), this);
    layout->addLayout(roster::buttonRow({add, m_edit, m_delete}));
    m_table = roster::table(QStringLiteral("experts"),
                            {tr("Name (姓名)"), tr("Age (年龄)"), tr("Gender (性别)"),
                             tr("IIoT field (工业互联网专业领域)"),
                             tr("Industry field (工业行业领域)"), tr("Title (职务)")},
                            this);
    layout->addWidget(m_table, 1);
    m_message = roster::messageLabel(this);
    layout->addWidget(m_message);

    m_confirm = [this](const QString &question) {
        return roster::askYesNo(this, tr("Delete expert (删除专家)"), question);
    };
    connect(add, &QPushButton::clicked, this, [this] { addExpert(); });
    roster::onCurrentRow(m_edit, m_table, [this](int row) { editExpert(row); });
    roster::onCurrentRow(m_delete, m_table, [this](int row) { deleteExpert(row); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { editExpert(row); });
    roster::enableOnSelection(m_table, {m_edit, m_delete});
    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &ExpertsWorkspace::refresh);
    refresh();
}

void ExpertsWorkspace::refresh() {
    auto rows = m_wb.replica.db().all(
        QStringLiteral("SELECT * FROM experts WHERE org_id = ? ORDER BY name"), {m_wb.actor.orgId});
    m_table->setRowCount(0);
    if (!rows) {
        m_message->setText(rows.error().message);
        return;
    }
    for (const QVariantMap &r : rows.value()) {
        const QString gender = r.value(QStringLiteral("gender")).toString();
        roster::appendRow(
            m_table,
            {r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("age")).toString(),
             gender == QStringLiteral("female") ? tr("Female (女)") : tr("Male (男)"),
             r.value(QStringLiteral("iiot_field")).toString(),
             r.value(QStringLiteral("industry_field")).toString(),
             r.value(QStringLiteral("title")).toString()},
            kNameColumn, r);
    }
    roster::updateRowButtons(m_table, {m_edit, m_delete});
}

QString ExpertsWorkspace::messageText() const {
    return m_message->text();
}

int ExpertsWorkspace::rowOf(const QString &name) const {
    return roster::rowOf(m_table, kNameColumn, name);
}

QVariantMap ExpertsWorkspace::rowData(int row) const {
    return roster::rowData(m_table, row, kNameColumn);
}

ExpertEditor *ExpertsWorkspace::openEditor(const QVariantMap &expert) {
    return roster::openDialog(new ExpertEditor(m_wb, expert, this), this, [this] {
        m_message->setText(tr("Saved. It is sent to the server at the next sync."));
    });
}

ExpertEditor *ExpertsWorkspace::addExpert() {
    return openEditor({});
}

ExpertEditor *ExpertsWorkspace::editExpert(int row) {
    const QVariantMap expert = rowData(row);
    return expert.isEmpty() ? nullptr : openEditor(expert);
}

bool ExpertsWorkspace::deleteExpert(int row) {
    const QVariantMap expert = rowData(row);
    if (expert.isEmpty()) return false;
    const QString name = expert.value(QStringLiteral("name")).toString();
    if (!m_confirm(tr("Delete the expert %1 from the roster?").arg(name))) return false;
    const Outcome out = m_wb.sync.perform(QStringLiteral("expert.delete"),
                                          expert.value(QStringLiteral("id")).toString(), -1, {});
    m_message->setText(
        out.status == Outcome::Status::Applied
            ? tr("%1 was deleted. It is sent to the server at the next sync.").arg(name)
            : out.error.message);
    return out.status == Outcome::Status::Applied;
}

}  // namespace dx
