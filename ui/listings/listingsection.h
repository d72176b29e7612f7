#pragma once

#include <QHash>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace dx {

struct Workbench;

/// One section of the listing editor (基本信息, 案例说明, 联系人信息, 介绍页, 规格, 附件): it shows
/// its part of the `listing` object (docs/LISTINGS.md), writes it back, and shows the domain's
/// errors beside the field their path names (`cases[1].customer`). No business rules here.
class ListingSection : public QWidget {
    Q_OBJECT
public:
    explicit ListingSection(Workbench &wb, QWidget *parent = nullptr);

    /// Shows this section's keys of `listing`; not an edit (no changed()).
    virtual void load(const QJsonObject &listing) = 0;
    /// Writes this section's keys into `listing`.
    virtual void store(QJsonObject &listing) const = 0;

    /// Shows `message` beside the field named by `path` (or its nearest enclosing field this
    /// section has); false when the path is not this section's.
    bool showError(const QString &path, const QString &message);
    void clearErrors();
    /// The error shown for exactly `path`, empty when none.
    QString errorText(const QString &path) const;

signals:
    /// The user changed something.
    void changed();

protected:
    /// Re-registers error labels whose paths depend on rows added, removed or moved since.
    virtual void updateErrorPaths() {}
    /// A cell holding `input` with a red error line under it, registered for `path`.
    QWidget *withError(QWidget *input, const QString &path);
    /// Registers an error label made elsewhere for `path`.
    QLabel *errorLabel(const QString &path, QWidget *parent);
    /// Registers (or moves, when rows were renumbered) an error label for `path`.
    void registerError(const QString &path, QLabel *label) { m_errors.insert(path, label); }
    /// Removes the error labels registered under `prefix` (rows that were removed or moved).
    void forgetErrors(const QString &prefix);
    /// Emits changed() whenever a child editor of `w` changes (line edits, combos, spins…).
    void watch(QWidget *w);

    Workbench &m_wb;

private:
    QHash<QString, QPointer<QLabel>> m_errors;  ///< rows removed later leave null pointers
};

}  // namespace dx
