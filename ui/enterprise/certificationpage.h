#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

#include <functional>

#include "models/core/error.h"

class QDialog;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dx {

struct Workbench;
class UploadSlot;

/// 企业认证: the application (contact, phone, licence and ID scans, the submitted ones shown
/// read-only), its state as the replica has it (审核中 / 已通过 / 已驳回 with the reason / 已作废 /
/// withdrawn; the workspace's status card shows it), withdraw and resubmit, and after approval
/// the one-time eligibility offer
/// (领取优惠资格). Every action is a command through SyncClient::perform; files are checked by
/// their upload rule before anything is queued.
class CertificationPage : public QWidget {
    Q_OBJECT
public:
    /// Asks the user to confirm a final step; true to go ahead.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;

    explicit CertificationPage(Workbench &wb, QWidget *parent = nullptr);

    /// Re-reads the organisation, its latest application and the outbox from the replica.
    void refresh();

    /// Attaches `path` to a slot (license, id_front, id_back) after its upload rule passed;
    /// on refusal shows the reason beside the slot and returns false. Nothing is queued.
    bool chooseFile(const QString &slot, const QString &path);
    QString slotMessage(const QString &slot) const;
    /// The SHA-256 attached to a slot, empty when none.
    QString slotDocument(const QString &slot) const;

    /// The state line and, while a certification command waits for the server, the sync marker.
    QString statusText() const;
    /// The latest application's state (submitted, approved, rejected, voided, draft), or "".
    QString state() const { return m_state; }
    QString certificationId() const { return m_certId; }
    /// Whether a certification or eligibility command is still in the outbox.
    bool isPendingSync() const { return m_pendingSync; }
    /// The message line under the application (refusals without a field, confirmations).
    QString messageText() const;
    /// The error shown beside the contact or phone field.
    QString fieldError(const QString &field) const;
    UploadSlot *uploadSlot(const QString &slot) const { return m_slots.value(slot); }
    /// Shows a slot's document in the document viewer, in a window of its own; nullptr when the
    /// document is not on this machine.
    QDialog *openDocument(const QString &slot);
    /// certification.withdraw of the application under review (the status card offers it too).
    void withdraw();

    QLineEdit *contactEdit() const { return m_contact; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *declineButton() const { return m_decline; }
    QGroupBox *eligibilityBox() const { return m_eligibility; }
    /// Replaces the confirmation dialog of "我不要" (tests answer it without a dialog).
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

signals:
    /// A refusal names a prerequisite on another page ("profile" or "survey").
    void prerequisiteMissing(const QString &what, const QString &message);

private:
    void buildApplication();
    void buildEligibility();
    void chooseClicked(UploadSlot *slot);
    void submit();
    void decideEligibility(bool accept);
    void showRefusal(const Error &error);
    void clearMessages();
    void setMessage(const QString &text, bool error);
    void showDocuments(const QVariantMap &cert, bool editable);

    Workbench &m_wb;
    QString m_certId;
    QString m_state;
    bool m_pendingSync = false;
    QString m_statusText;
    QGroupBox *m_application = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_contactError = nullptr;
    QLabel *m_phoneError = nullptr;
    QHash<QString, UploadSlot *> m_slots;
    QLabel *m_message = nullptr;
    QPushButton *m_submit = nullptr;
    QGroupBox *m_eligibility = nullptr;
    QLabel *m_eligibilityText = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
    Confirm m_confirm;
    QString m_lastDir;
};

}  // namespace dx
