#pragma once

#include <QVariantMap>

#include "ui/provider/rosterpanel.h"

namespace dx {

class ExpertEditor;

/// 专家管理 (seed 001 §1.4.8): the provider's expert roster with add (新增专家), edit and
/// delete (after confirmation). Reads the replica's `experts` rows of the organisation.
class ExpertsWorkspace : public RosterPanel {
    Q_OBJECT
public:
    explicit ExpertsWorkspace(Workbench &wb, QWidget *parent = nullptr);

    void refresh() override;

    ExpertEditor *addExpert();
    ExpertEditor *editExpert(int row);
    bool deleteExpert(int row);

private:
    ExpertEditor *openEditor(const QVariantMap &expert);
};

}  // namespace dx
