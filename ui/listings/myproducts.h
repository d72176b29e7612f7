#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace dx {

struct Workbench;

/// 我的商品: the organisation's listings from the replica in six tabs with their counts —
/// 草稿, 待审核 (with the stage), 已驳回 (stage and reason), 已上架, 已撤销, 已下架 — and the
/// actions New, Edit, Submit, Withdraw (pending), Delist (listed), Relist (delisted), Preview.
/// Every action is a command through SyncClient::perform.
class MyProducts : public QWidget {
    Q_OBJECT
public:
    enum Tab { Drafts, Pending, Rejected, Listed, Withdrawn, Delisted, TabCount };
    /// Asks for the reason of a delisting; empty cancels.
    using ReasonPrompt = std::function<QString()>;

    explicit MyProducts(Workbench &wb, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *table(Tab tab) const;
    /// Listing ids shown in a tab, in table order.
    QStringList ids(Tab tab) const;
    int count(Tab tab) const { return int(ids(tab).size()); }
    /// Selects a listing (switching to its tab); false when it is not shown.
    bool select(const QString &listingId);
    QString selectedId() const;
    QString messageText() const;

    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *delistButton() const { return m_delist; }
    QPushButton *relistButton() const { return m_relist; }
    QPushButton *previewButton() const { return m_preview; }
    void setReasonPrompt(ReasonPrompt prompt) { m_prompt = std::move(prompt); }

public slots:
    void refresh();

signals:
    void newRequested();
    void editRequested(const QString &listingId);
    void previewRequested(const QString &listingId);

private:
    void perform(const QString &type, const QJsonObject &payload);
    void updateActions();
    QString selectedState() const;
    void setMessage(const QString &text, bool error);

    Workbench &m_wb;
    QTabWidget *m_tabs;
    QList<QTableWidget *> m_tables;
    QLabel *m_message;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_submit;
    QPushButton *m_withdraw;
    QPushButton *m_delist;
    QPushButton *m_relist;
    QPushButton *m_preview;
    ReasonPrompt m_prompt;
};

}  // namespace dx
