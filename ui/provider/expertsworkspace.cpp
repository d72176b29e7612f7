#include "expertsworkspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "experteditor.h"
#include "sync/replica.h"
#include "syncclient.h"
#include "workbench.h"

namespace dx {

namespace {
enum Column { Name, Age, Gender, IiotField, IndustryField, Title, ColumnCount };
}  // namespace

ExpertsWorkspace::ExpertsWorkspace(Workbench &wb, QWidget *parent) : QWidget(parent), m_wb(wb) {
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add expert (新增专家)"), this);
    add->setObjectName(QStringLiteral("addExpert"));
    m_edit = new QPushButton(tr("Edit (编辑)"), this);
    m_delete = new QPushButton(tr("Delete (删除)"), this);
    for (QPushButton *b : {add, m_edit, m_delete}) buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("experts"));
    m_table->setHorizontalHeaderLabels({tr("Name (姓名)"), tr("Age (年龄)"), tr("Gender (性别)"),
                                        tr("IIoT field (工业互联网专业领域)"),
                                        tr("Industry field (工业行业领域)"), tr("Title (职务)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete expert (删除专家)"), question) ==
               QMessageBox::Yes;
    };
    connect(add, &QPushButton::clicked, this, [this] { addExpert(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editExpert(m_table->currentRow()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteExpert(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { editExpert(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(m_table->currentRow() >= 0);
        m_delete->setEnabled(m_table->currentRow() >= 0);
    });
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
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString gender = r.value(QStringLiteral("gender")).toString();
        const QStringList cells{
            r.value(QStringLiteral("name")).toString(),
            r.value(QStringLiteral("age")).toString(),
            gender == QStringLiteral("female") ? tr("Female (女)") : tr("Male (男)"),
            r.value(QStringLiteral("iiot_field")).toString(),
            r.value(QStringLiteral("industry_field")).toString(),
            r.value(QStringLiteral("title")).toString()};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == Name) item->setData(Qt::UserRole, r);
            m_table->setItem(row, c, item);
        }
    }
    m_edit->setEnabled(m_table->currentRow() >= 0);
    m_delete->setEnabled(m_table->currentRow() >= 0);
}

QString ExpertsWorkspace::messageText() const {
    return m_message->text();
}

int ExpertsWorkspace::rowOf(const QString &name) const {
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, Name)->text() == name) return r;
    return -1;
}

QVariantMap ExpertsWorkspace::rowData(int row) const {
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, Name) : nullptr;
    return item != nullptr ? item->data(Qt::UserRole).toMap() : QVariantMap();
}

ExpertEditor *ExpertsWorkspace::openEditor(const QVariantMap &expert) {
    auto *editor = new ExpertEditor(m_wb, expert, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this] {
        m_message->setText(tr("Saved. It is sent to the server at the next sync."));
    });
    editor->open();
    return editor;
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
