#pragma once

#include <QVariantMap>
#include <QWidget>

#include "ui/provider/rostertable.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace dx {

struct Workbench;
class ExpertEditor;

/// 专家管理 (seed 001 §1.4.8): the provider's expert roster with add (新增专家), edit and
/// delete (after confirmation). Reads the replica's `experts` rows of the organisation.
class ExpertsWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit ExpertsWorkspace(Workbench &wb, QWidget *parent = nullptr);

    void refresh();
    /// Asks before deleting; tests answer for the user. Default: a message box.
    void setConfirm(ConfirmFn confirm) { m_confirm = std::move(confirm); }

    QTableWidget *table() const { return m_table; }
    QString messageText() const;
    int rowOf(const QString &name) const;

    ExpertEditor *addExpert();
    ExpertEditor *editExpert(int row);
    bool deleteExpert(int row);

private:
    QVariantMap rowData(int row) const;
    ExpertEditor *openEditor(const QVariantMap &expert);

    Workbench &m_wb;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    ConfirmFn m_confirm;
};

}  // namespace dx
