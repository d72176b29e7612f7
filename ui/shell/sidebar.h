#pragma once

#include <QWidget>

class QListWidget;
class QToolButton;

namespace dx {

/// The shell's navigation: one entry per workspace with its icon, title and a count (tasks
/// waiting, sync problems …), collapsible to icons only like Okular's side panel. The collapsed
/// state is saved with the UI settings.
class Sidebar : public QWidget {
    Q_OBJECT
public:
    explicit Sidebar(QWidget *parent = nullptr);

    /// Adds an entry; its icon is the one the workspace id stands for (see sidebar.cpp).
    void addEntry(const QString &id, const QString &title, const QString &toolTip = {},
                  int row = -1);  ///< row -1: at the end
    /// The badge beside the entry; 0 hides it. `alert` draws it in the warning colour.
    void setCount(const QString &id, int count, bool alert = false);
    int count(const QString &id) const;

    int currentRow() const;
    void setCurrentRow(int row);
    int entryCount() const;

    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    QListWidget *list() const { return m_list; }
    QToolButton *toggleButton() const { return m_toggle; }

signals:
    void currentRowChanged(int row);
    void collapsedChanged(bool collapsed);

protected:
    void changeEvent(QEvent *event) override;

private:
    int rowOf(const QString &id) const;
    void updateWidth();
    void updateToggle();
    void updateAccessibleText(int row);

    QListWidget *m_list;
    QToolButton *m_toggle;
    bool m_collapsed = false;
};

}  // namespace dx
