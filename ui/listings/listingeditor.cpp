#include "ui/listings/listingeditor.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/listings/listingvalidator.h"
#include "models/sync/replica.h"
#include "ui/listings/attachmentssection.h"
#include "ui/listings/basicsection.h"
#include "ui/listings/casessection.h"
#include "ui/listings/contactsection.h"
#include "ui/listings/listingwidgets.h"
#include "ui/listings/modulessection.h"
#include "ui/listings/specssection.h"
#include "ui/look/look.h"

namespace dx {

ListingEditor::ListingEditor(Workbench &wb, const QString &draftDir, QWidget *parent)
    : QWidget(parent), m_wb(wb), m_draftDir(draftDir) {
    auto *outer = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_back = new QPushButton(tr("← My products"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("listingStatus"));
    m_save = new QPushButton(themeIcon(QStringLiteral("document-save")),
                             tr("Save draft (保存草稿)"), this);
    m_save->setObjectName(QStringLiteral("saveListing"));
    m_preview = new QPushButton(themeIcon(QStringLiteral("document-preview")),
                                tr("Publish preview (发布预览)"), this);
    m_preview->setObjectName(QStringLiteral("previewListing"));
    m_submit =
        new QPushButton(themeIcon(QStringLiteral("document-send")), tr("Submit (提交申请)"), this);
    m_submit->setObjectName(QStringLiteral("submitListing"));
    bar->addWidget(m_back);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_save);
    bar->addWidget(m_preview);
    bar->addWidget(m_submit);
    outer->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("listingMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_basic = new BasicSection(wb, this);
    m_cases = new CasesSection(wb, this);
    m_contact = new ContactSection(wb, this);
    m_modules = new ModulesSection(wb, this);
    m_specs = new SpecsSection(wb, this);
    m_attachments = new AttachmentsSection(wb, this);
    const QList<QPair<ListingSection *, QString>> sections{
        {m_basic, tr("Basic information (基本信息)")}, {m_cases, tr("Customer cases (案例说明)")},
        {m_contact, tr("Contact (联系人信息)")},       {m_modules, tr("Detail page (介绍页)")},
        {m_specs, tr("Specifications (规格)")},        {m_attachments, tr("Attachments (附件)")}};
    for (const auto &[section, title] : sections) {
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(section);
        m_tabs->addTab(scroll, title);
        m_sections << section;
        connect(section, &ListingSection::changed, this, &ListingEditor::onChanged);
    }
    outer->addWidget(m_tabs, 1);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &ListingEditor::flushDraft);
    connect(m_back, &QPushButton::clicked, this, [this] {
        flushDraft();
        emit closeRequested();
    });
    connect(m_save, &QPushButton::clicked, this, &ListingEditor::save);
    connect(m_submit, &QPushButton::clicked, this, &ListingEditor::submit);
    connect(m_preview, &QPushButton::clicked, this, [this] { emit previewRequested(listing()); });
    newListing();
}

QJsonObject ListingEditor::listing() const {
    QJsonObject l;
    for (const ListingSection *s : m_sections) s->store(l);
    return l;
}

void ListingEditor::setListing(const QJsonObject &listing) {
    m_loading = true;
    for (ListingSection *s : std::as_const(m_sections)) {
        s->load(listing);
        s->clearErrors();
    }
    m_loading = false;
}

void ListingEditor::newListing() {
    flushDraft();  // the listing shown so far keeps its unsaved changes
    m_dirty = false;
    m_id.clear();
    setListing(QJsonObject{{QStringLiteral("catalog"), QStringLiteral("solutions_products")}});
    loadDraft();
    setMessage({}, false);
    updateStatus();
    m_tabs->setCurrentIndex(0);
}

void ListingEditor::open(const QString &listingId) {
    flushDraft();  // the listing shown so far keeps its unsaved changes
    m_dirty = false;
    m_id = listingId;
    auto data = m_wb.replica.db().scalar(QStringLiteral("SELECT data FROM listings WHERE id = ?"),
                                         {listingId});
    const QJsonObject l = data && !data->isNull()
                              ? QJsonDocument::fromJson(data->toString().toUtf8()).object()
                              : QJsonObject();
    setListing(l);
    if (loadDraft())
        setMessage(tr("Unsaved changes from the last session were restored."), false);
    else
        setMessage({}, false);
    updateStatus();
    m_tabs->setCurrentIndex(0);
}

void ListingEditor::updateStatus() {
    if (m_id.isEmpty()) return m_status->setText(tr("New listing (商品上架)"));
    auto row = m_wb.replica.db().one(
        QStringLiteral("SELECT state, stage, reason FROM listings WHERE id = ?"), {m_id});
    const QVariantMap r = row && row->has_value() ? **row : QVariantMap();
    QString text = ListingWidgets::stateText(r.value(QStringLiteral("state")).toString(),
                                             r.value(QStringLiteral("stage")).toString());
    if (const QString reason = r.value(QStringLiteral("reason")).toString(); !reason.isEmpty())
        text += QStringLiteral(" — ") + reason;
    m_status->setText(text);
}

void ListingEditor::onChanged() {
    if (m_loading) return;
    m_dirty = true;
    m_autosave->start();
}

QString ListingEditor::draftPath() const {
    return QDir(m_draftDir)
        .filePath(
            QStringLiteral("listing-%1.json").arg(m_id.isEmpty() ? QStringLiteral("new") : m_id));
}

void ListingEditor::flushDraft() {
    m_autosave->stop();
    if (!m_dirty) return;
    m_dirty = false;
    QDir().mkpath(m_draftDir);
    QSaveFile f(draftPath());
    if (!f.open(QIODevice::WriteOnly)) return;
    f.write(QJsonDocument(listing()).toJson(QJsonDocument::Compact));
    f.commit();
}

bool ListingEditor::loadDraft() {
    QFile f(draftPath());
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject()) return false;
    setListing(doc.object());
    return true;
}

void ListingEditor::discardDraft() {
    m_autosave->stop();
    m_dirty = false;
    QFile::remove(draftPath());
}

bool ListingEditor::save() {
    m_autosave->stop();
    const Outcome o = m_wb.sync.perform(QStringLiteral("listing.save"), m_id, 0,
                                        {{QStringLiteral("listing"), listing()}});
    if (o.status != Outcome::Status::Applied) {
        flushDraft();
        showErrors({o.error});
        return false;
    }
    const QString newId = o.result.value(QStringLiteral("listing_id")).toString();
    discardDraft();
    if (m_id.isEmpty()) m_id = newId;
    showErrors({});
    setMessage(tr("Draft saved; it is sent to the server at the next sync."), false);
    updateStatus();
    return true;
}

bool ListingEditor::submit() {
    if (!save()) return false;
    const QList<Error> errors =
        ListingValidator::validate(listing(), ListingValidator::Mode::Submit);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    const Outcome o = m_wb.sync.perform(QStringLiteral("listing.submit"), m_id, 0, {});
    if (o.status != Outcome::Status::Applied) {
        showErrors({o.error});
        return false;
    }
    setMessage(tr("Submitted for review; it is sent to the server at the next sync."), false);
    updateStatus();
    emit submitted(m_id);
    return true;
}

void ListingEditor::showErrors(const QList<Error> &errors) {
    for (ListingSection *s : std::as_const(m_sections)) s->clearErrors();
    QStringList unplaced;
    int firstTab = -1;
    for (const Error &e : errors) {
        bool placed = false;
        for (int i = 0; i < m_sections.size() && !placed; ++i)
            if (!e.field.isEmpty() && m_sections[i]->showError(e.field, e.message)) {
                placed = true;
                if (firstTab < 0) firstTab = i;
            }
        if (!placed) unplaced << e.message;
    }
    if (firstTab >= 0) m_tabs->setCurrentIndex(firstTab);
    if (!unplaced.isEmpty())
        setMessage(unplaced.join(u'\n'), true);
    else if (!errors.isEmpty())
        setMessage(tr("Please correct the marked fields."), true);
    else
        setMessage({}, false);
}

QString ListingEditor::errorText(const QString &path) const {
    for (const ListingSection *s : m_sections)
        if (const QString e = s->errorText(path); !e.isEmpty()) return e;
    return {};
}

QString ListingEditor::messageText() const {
    return m_message->text();
}

void ListingEditor::setMessage(const QString &text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!text.isEmpty());
}

}  // namespace dx
