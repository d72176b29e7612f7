#pragma once

#include <QWidgetAction>

class QSpinBox;

/// The go-to-page spin box as an action, so that a host toolbar can place it as well as the
/// viewer's own: every spin box it creates follows the current page. Pages count from 0 here
/// and from 1 on screen.
class PageSelectorAction : public QWidgetAction {
    Q_OBJECT
public:
    explicit PageSelectorAction(QObject *parent);

    void setPageCount(int count);
    void setCurrentPage(int page);
    /// Re-reads the translated texts.
    void retranslate() { syncAll(); }

signals:
    void pageRequested(int page);

protected:
    QWidget *createWidget(QWidget *parent) override;

private:
    void syncAll();
    void sync(QSpinBox *spin);

    int m_count = 0;
    int m_page = 0;
};
