#pragma once

#include <QGroupBox>
#include <QHash>
#include <QJsonObject>
#include <QList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace dx {

struct Workbench;
class ListingFileSlot;

/// One module of the detail page (介绍页): banner, highlights (商品亮点, many), description
/// (商品说明), screenshots/videos (商品截图), three user cases (用户案例) or service support
/// (服务支持), with Move up / Move down buttons; reads and writes its `modules[]` object.
class ModulePanel : public QGroupBox {
    Q_OBJECT
public:
    struct Pair {
        QWidget *row = nullptr;
        QLineEdit *title = nullptr;       ///< highlights
        QPlainTextEdit *text = nullptr;   ///< highlights, user cases
        ListingFileSlot *file = nullptr;  ///< media, user cases
        QLabel *error = nullptr;          ///< errors of `items[j]` and its fields
    };

    ModulePanel(Workbench &wb, const QString &type, QWidget *parent = nullptr);

    QString type() const { return m_type; }
    static QString title(const QString &type);
    void load(const QJsonObject &module);
    QJsonObject store() const;

    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QLabel *errorLine() const { return m_error; }
    /// The error labels of the fields by their path inside the module (`title`, `items[1]`…).
    QHash<QString, QLabel *> errorLabels() const;

    // The fields, by module type (nullptr where the type has none).
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *textEdit() const { return m_text; }
    ListingFileSlot *image() const { return m_image; }
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QList<Pair> &items() { return m_items; }
    /// Adds an item (a highlight, a screenshot) as "Add" does.
    Pair &addItem();

signals:
    void changed();
    void moveRequested(int delta);

private:
    QLineEdit *line(const QString &key);
    QLabel *errorLabel(QWidget *parent);
    QWidget *withError(QWidget *input, const QString &key);
    void removeItem(QWidget *row);

    Workbench &m_wb;
    QString m_type;
    QVBoxLayout *m_body;
    QVBoxLayout *m_itemRows = nullptr;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_error;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_text = nullptr;
    ListingFileSlot *m_image = nullptr;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_fieldErrors;
    QList<Pair> m_items;
};

}  // namespace dx
