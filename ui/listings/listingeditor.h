#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWidget>

#include "models/core/error.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace dx {

struct Workbench;
class AttachmentsSection;
class BasicSection;
class CasesSection;
class ContactSection;
class ListingSection;
class ModulesSection;
class SpecsSection;

/// 商品编辑: one listing in six sections (基本信息, 案例说明, 联系人信息, 介绍页, 规格, 附件).
/// Changes are autosaved to a local draft file a second after the last keystroke (a crash loses
/// at most that second); "Save draft" is `listing.save`, "Submit" saves and `listing.submit`s;
/// the domain's errors are shown beside the field their path names. No business rules here.
class ListingEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int kAutosaveMs = 1000;

    ListingEditor(Workbench &wb, const QString &draftDir, QWidget *parent = nullptr);

    /// Starts a new listing (or resumes the unsaved new one from its draft file).
    void newListing();
    /// Edits a listing of the replica (its draft file wins when one is left over).
    void open(const QString &listingId);
    QString listingId() const { return m_id; }

    /// The listing object as the sections hold it now.
    QJsonObject listing() const;
    void setListing(const QJsonObject &listing);

    /// `listing.save`; true when applied locally (the id is known from then on).
    bool save();
    /// Saves, checks everything the domain checks on submit (all errors at once), then
    /// `listing.submit`; true when applied locally.
    bool submit();

    /// Shows errors beside their fields (old ones cleared); unknown paths go to the message line.
    void showErrors(const QList<Error> &errors);
    /// The error beside `path` (e.g. "cases[1].customer"), empty when none.
    QString errorText(const QString &path) const;
    QString messageText() const;
    /// Writes the pending autosave now.
    void flushDraft();
    QString draftPath() const;

    BasicSection *basic() const { return m_basic; }
    CasesSection *cases() const { return m_cases; }
    ContactSection *contact() const { return m_contact; }
    ModulesSection *modules() const { return m_modules; }
    SpecsSection *specs() const { return m_specs; }
    AttachmentsSection *attachments() const { return m_attachments; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *submitButton() const { return m_submit; }

signals:
    /// "Publish preview" (发布预览) with the editor's current content.
    void previewRequested(const QJsonObject &listing);
    /// The listing was submitted (queued for the server).
    void submitted(const QString &listingId);
    /// "Back to my products".
    void closeRequested();

private:
    void onChanged();
    void setMessage(const QString &text, bool error);
    void updateStatus();
    bool loadDraft();
    void discardDraft();

    Workbench &m_wb;
    QString m_draftDir;
    QString m_id;
    bool m_loading = false;
    bool m_dirty = false;  ///< changed since the last draft write or save
    QTimer *m_autosave;
    QTabWidget *m_tabs;
    QList<ListingSection *> m_sections;
    BasicSection *m_basic;
    CasesSection *m_cases;
    ContactSection *m_contact;
    ModulesSection *m_modules;
    SpecsSection *m_specs;
    AttachmentsSection *m_attachments;
    QLabel *m_status;
    QLabel *m_message;
    QPushButton *m_back;
    QPushButton *m_save;
    QPushButton *m_preview;
    QPushButton *m_submit;
};

}  // namespace dx
