#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dx {

struct Workbench;
class FieldErrors;
class UploadSlot;

/// 专家录入 (seed 001 §1.4.8, 表 1-3): every field of the expert record — name, age, gender, the
/// three fields of expertise, years of service, experience with a live "n / 200" counter,
/// title, education, photo and introduction. The photo's rule (jpeg/jpg/png ≤2048 KB) is
/// checked on its bytes when chosen, before anything is queued or uploaded. Saving is
/// expert.save through the outbox; the command's errors appear beside their fields.
class ExpertEditor : public QDialog {
    Q_OBJECT
public:
    /// `expert` is the experts row to edit, empty to add one.
    ExpertEditor(Workbench &wb, const QVariantMap &expert, QWidget *parent = nullptr);

    /// The input of a field of the `expert` object (name, age, …; photo excluded), or nullptr.
    QWidget *input(const QString &field) const { return m_inputs.value(field); }
    QComboBox *genderBox() const { return m_gender; }
    QPlainTextEdit *experienceEdit() const { return m_experience; }
    QString experienceCounter() const;
    UploadSlot *photoSlot() const { return m_photo; }
    FieldErrors *errors() const { return m_errors; }

    /// What "Choose file…" does after the file dialog; false when the file is refused.
    bool choosePhoto(const QString &path);
    /// What 提交 does: expert.save; accepts the dialog when it is applied.
    bool submit();

private:
    QJsonObject expert() const;
    QLineEdit *line(const QString &field, const QString &text);

    Workbench &m_wb;
    QString m_id;
    QHash<QString, QWidget *> m_inputs;
    QComboBox *m_gender = nullptr;
    QPlainTextEdit *m_experience = nullptr;
    QLabel *m_counter = nullptr;
    QPlainTextEdit *m_introduction = nullptr;
    UploadSlot *m_photo = nullptr;
    FieldErrors *m_errors = nullptr;
};

}  // namespace dx
