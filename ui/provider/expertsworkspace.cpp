#include "ui/provider/expertsworkspace.h"

#include <QVBoxLayout>

#include "ui/provider/experteditor.h"

namespace dx {

ExpertsWorkspace::ExpertsWorkspace(Workbench &wb, QWidget *parent) : RosterPanel(wb, parent) {
    build(this, new QVBoxLayout(this),
          {.addCaption = tr("Add expert (新增专家)"),
           .addName = QStringLiteral("addExpert"),
           .add = [this] { addExpert(); },
           .rowActions = {{tr("Edit (编辑)"), [this](int row) { editExpert(row); },
                           QStringLiteral("document-edit")},
                          {tr("Delete (删除)"), [this](int row) { deleteExpert(row); },
                           QStringLiteral("edit-delete")}},
           .tableName = QStringLiteral("experts"),
           .headers = {tr("Name (姓名)"), tr("Age (年龄)"), tr("Gender (性别)"),
                       tr("IIoT field (工业互联网专业领域)"), tr("Industry field (工业行业领域)"),
                       tr("Title (职务)")},
           .confirmTitle = tr("Delete expert (删除专家)"),
           .emptyIcon = QStringLiteral("user-group-properties"),
           .emptyTitle = tr("No expert on your roster yet"),
           .emptyText = tr("The experts of your organisation appear here with their fields "
                           "of expertise. Add one with the button above.")});
    refresh();
}

void ExpertsWorkspace::refresh() {
    for (const QVariantMap &r :
         reread(QStringLiteral("SELECT * FROM experts WHERE org_id = ? ORDER BY name"))) {
        const QString gender = r.value(QStringLiteral("gender")).toString();
        appendRow(
            {r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("age")).toString(),
             gender == QStringLiteral("female") ? tr("Female (女)") : tr("Male (男)"),
             r.value(QStringLiteral("iiot_field")).toString(),
             r.value(QStringLiteral("industry_field")).toString(),
             r.value(QStringLiteral("title")).toString()},
            r);
    }
    updateRowButtons();
}

ExpertEditor *ExpertsWorkspace::openEditor(const QVariantMap &expert) {
    return roster::openDialog(new ExpertEditor(m_wb, expert, this), this, [this] {
        setMessage(tr("Saved. It is sent to the server at the next sync."));
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
    const QString name = rowData(row).value(QStringLiteral("name")).toString();
    return applied(deleteRow(
        row, QStringLiteral("expert.delete"), tr("Delete the expert %1 from the roster?").arg(name),
        tr("%1 was deleted. It is sent to the server at the next sync.").arg(name)));
}

}  // namespace dx
