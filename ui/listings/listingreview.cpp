#include "ui/listings/listingreview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "models/workflow/listingworkflow.h"
#include "models/workflow/states.h"
#include "ui/listings/listingpreview.h"
#include "ui/listings/listingwidgets.h"

namespace dx {

namespace {
QGroupBox *box(const QString &title, QWidget *parent) {
    auto *b = new QGroupBox(title, parent);
    return b;
}
}  // namespace

ListingReview::ListingReview(Workbench &wb, QWidget *parent) : QWidget(parent), m_wb(wb) {
    auto *outer = new QHBoxLayout(this);
    auto *split = new QSplitter(this);
    m_preview = new ListingPreview(wb, split);
    auto *panel = new QWidget(split);
    panel->setMinimumWidth(340);
    auto *l = new QVBoxLayout(panel);
    m_title = new QLabel(panel);
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: bold;"));
    m_status = new QLabel(panel);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    l->addWidget(m_title);
    l->addWidget(m_status);

    m_expertBox = box(tr("Experts to ask (评审专家)"), panel);
    auto *el = new QVBoxLayout(m_expertBox);
    m_experts = new QListWidget(m_expertBox);
    m_experts->setObjectName(QStringLiteral("experts"));
    el->addWidget(m_experts);
    l->addWidget(m_expertBox);

    m_opinionsBox = box(tr("Expert opinions (专家意见)"), panel);
    auto *ol = new QVBoxLayout(m_opinionsBox);
    m_opinionList = new QListWidget(m_opinionsBox);
    m_opinionList->setWordWrap(true);
    ol->addWidget(m_opinionList);
    l->addWidget(m_opinionsBox);

    m_scoreBox = box(tr("Your opinion (评审意见)"), panel);
    auto *sf = new QFormLayout(m_scoreBox);
    m_score = new QSpinBox(m_scoreBox);
    m_score->setObjectName(QStringLiteral("score"));
    m_score->setRange(0, 100);
    m_opinion = new QPlainTextEdit(m_scoreBox);
    m_opinion->setObjectName(QStringLiteral("opinion"));
    m_opinion->setMaximumHeight(120);
    sf->addRow(tr("Score, 0–100 (评分)"), m_score);
    sf->addRow(tr("Opinion (意见)"), m_opinion);
    l->addWidget(m_scoreBox);

    m_reasonBox = box(tr("Reason for a rejection (驳回原因)"), panel);
    auto *rl = new QVBoxLayout(m_reasonBox);
    m_templates = new QComboBox(m_reasonBox);
    m_templates->addItem(tr("— reason template —"));
    m_templates->addItem(tr("The customer cases are incomplete or cannot be verified."));
    m_templates->addItem(tr("The detail page does not describe the solution clearly."));
    m_templates->addItem(tr("The prices or specifications are inconsistent."));
    m_reason = new QPlainTextEdit(m_reasonBox);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaximumHeight(90);
    rl->addWidget(m_templates);
    rl->addWidget(m_reason);
    l->addWidget(m_reasonBox);

    m_error = new QLabel(panel);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    l->addWidget(m_error);
    auto *decide = new QHBoxLayout;
    m_pass = new QPushButton(panel);
    m_pass->setObjectName(QStringLiteral("passListing"));
    m_reject = new QPushButton(tr("Reject (驳回)"), panel);
    m_reject->setObjectName(QStringLiteral("rejectListing"));
    decide->addWidget(m_pass);
    decide->addWidget(m_reject);
    l->addLayout(decide);
    l->addStretch(1);
    auto *nav = new QHBoxLayout;
    m_previous = new QPushButton(tr("← Previous"), panel);
    m_next = new QPushButton(tr("Next →"), panel);
    m_position = new QLabel(panel);
    nav->addWidget(m_previous);
    nav->addWidget(m_position, 1, Qt::AlignCenter);
    nav->addWidget(m_next);
    l->addLayout(nav);
    split->addWidget(m_preview);
    split->addWidget(panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    outer->addWidget(split);

    connect(m_pass, &QPushButton::clicked, this, &ListingReview::pass);
    connect(m_reject, &QPushButton::clicked, this, &ListingReview::reject);
    connect(m_next, &QPushButton::clicked, this, &ListingReview::next);
    connect(m_previous, &QPushButton::clicked, this, &ListingReview::previous);
    auto *n = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    connect(n, &QShortcut::activated, this, &ListingReview::next);
    auto *p = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    connect(p, &QShortcut::activated, this, &ListingReview::previous);
    connect(&m_wb.sync, &SyncClient::replicaChanged, this, [this] {
        if (!m_id.isEmpty()) updatePanel();
    });
    if (m_wb.actor.role == Role::Operator || m_wb.actor.role == Role::Admin) loadExperts();
    updatePanel();
}

void ListingReview::loadExperts() {
    m_wb.sync.getJson(QStringLiteral("/api/v1/experts"), [this](const QJsonObject &o) {
        const QJsonArray experts = o.value(QStringLiteral("experts")).toArray();
        if (experts.isEmpty()) return;
        m_experts->clear();
        for (const QJsonValue &v : experts) {
            const QJsonObject e = v.toObject();
            const QString name = e.value(QStringLiteral("display_name")).toString();
            auto *item =
                new QListWidgetItem(tr("%1 (%2)", "an expert: name and username")
                                        .arg(name, e.value(QStringLiteral("username")).toString()),
                                    m_experts);
            item->setData(Qt::UserRole, e.value(QStringLiteral("id")).toString());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    });
}

void ListingReview::open(const QString &listingId, const QStringList &queue) {
    m_id = listingId;
    if (!queue.isEmpty()) m_queue = queue;
    m_reason->clear();
    m_templates->setCurrentIndex(0);
    m_opinion->clear();
    m_score->setValue(0);
    setError({});
    m_preview->showListing(listingId);
    updatePanel();
}

void ListingReview::reload() {
    if (!m_id.isEmpty()) open(m_id);
}

void ListingReview::updatePanel() {
    Database &db = m_wb.replica.db();
    const QString role = m_wb.actor.role;
    const bool expert = role == Role::Expert;
    // An expert's replica holds their assignment, not the listing: while it is theirs to
    // answer, the listing is in expert review.
    auto row = expert ? db.one(QStringLiteral("SELECT name, state AS assignment, round, rev, "
                                              "? AS state, '' AS stage FROM "
                                              "listing_assignments WHERE listing_id = ? "
                                              "ORDER BY round DESC LIMIT 1"),
                               {State::PendingExpert, m_id})
                      : db.one(QStringLiteral("SELECT name, state, stage, reason, round, rev "
                                              "FROM listings WHERE id = ?"),
                               {m_id});
    m_row = row && row->has_value() ? **row : QVariantMap();
    const QString st = state();
    const bool opinionGiven =
        expert && m_row.value(QStringLiteral("assignment")).toString() != OpinionState::Pending;
    const QString name = m_row.value(QStringLiteral("name")).toString();
    m_title->setText(name.isEmpty() ? m_id : name);
    m_status->setText(m_id.isEmpty() ? tr("Open a listing from the inbox (待办).")
                      : opinionGiven ? tr("Your opinion is recorded.")
                                     : ListingWidgets::stateText(
                                           st, m_row.value(QStringLiteral("stage")).toString()));

    const bool initial = !expert && st == State::PendingInitial;
    const bool second = !expert && st == State::PendingExpert;
    const bool final = !expert && st == State::PendingFinal;
    // Which actions this actor may take here is the workflow table's answer (docs/LISTINGS.md),
    // the same the command processor applies: an admin may read the listing, not decide it.
    const Workflow &flow = listingWorkflow();
    const auto may = [&](const QString &command, const QString &variant) {
        return !m_id.isEmpty() && flow.allows(m_wb.actor, command, variant, st, {});
    };
    const bool canPass = expert ? !opinionGiven && may(QStringLiteral("listing.expert_opinion"), {})
                         : final ? may(QStringLiteral("listing.final"), QStringLiteral("approve"))
                                 : may(QStringLiteral("listing.review"), QStringLiteral("pass"));
    const bool canReject =
        !expert && (final ? may(QStringLiteral("listing.final"), QStringLiteral("reject"))
                          : may(QStringLiteral("listing.review"), QStringLiteral("reject")));
    const bool readsOpinions =
        role == Role::Operator || role == Role::Admin || role == Role::Department;
    m_expertBox->setVisible(canPass && initial);
    const bool showOpinions = readsOpinions && (second || final);
    m_opinionsBox->setVisible(showOpinions);
    m_scoreBox->setVisible(canPass && expert);
    m_reasonBox->setVisible(canReject);
    m_reject->setVisible(!expert);
    m_pass->setText(expert   ? tr("Submit opinion (提交意见)")
                    : final  ? tr("Approve and list (通过)")
                    : second ? tr("Pass to final review (提交终审)")
                             : tr("Pass to expert review (通过初审)"));
    m_pass->setEnabled(canPass);
    m_reject->setEnabled(canReject);

    m_opinionList->clear();
    if (showOpinions) {
        auto ops = db.all(QStringLiteral("SELECT expert_name, score, opinion, state FROM "
                                         "listing_opinions WHERE listing_id = ? AND round = ? "
                                         "ORDER BY expert_name"),
                          {m_id, m_row.value(QStringLiteral("round"))});
        if (ops)
            for (const QVariantMap &o : ops.value())
                m_opinionList->addItem(
                    o.value(QStringLiteral("state")).toString() == OpinionState::Pending
                        ? tr("%1: waiting for the opinion")
                              .arg(o.value(QStringLiteral("expert_name")).toString())
                        : tr("%1: %2 points — %3")
                              .arg(o.value(QStringLiteral("expert_name")).toString())
                              .arg(o.value(QStringLiteral("score")).toInt())
                              .arg(o.value(QStringLiteral("opinion")).toString()));
    }
    const int at = int(m_queue.indexOf(m_id));
    m_previous->setEnabled(at > 0);
    m_next->setEnabled(at >= 0 && at + 1 < m_queue.size());
    m_position->setText(at >= 0 ? tr("%1 of %2").arg(at + 1).arg(m_queue.size()) : QString());
}

QString ListingReview::composedReason() const {
    QStringList parts;
    if (m_templates->currentIndex() > 0) parts << m_templates->currentText();
    if (const QString t = m_reason->toPlainText().trimmed(); !t.isEmpty()) parts << t;
    return parts.join(u' ');
}

void ListingReview::pass() {
    const QString role = m_wb.actor.role;
    if (role == Role::Expert)
        return decide(QStringLiteral("listing.expert_opinion"),
                      {{QStringLiteral("score"), m_score->value()},
                       {QStringLiteral("opinion"), m_opinion->toPlainText().trimmed()}},
                      QStringLiteral("opinion"));
    if (state() == State::PendingFinal)
        return decide(QStringLiteral("listing.final"),
                      {{QStringLiteral("decision"), QStringLiteral("approve")}},
                      QStringLiteral("approve"));
    QJsonArray experts;
    if (state() == State::PendingInitial)
        for (int i = 0; i < m_experts->count(); ++i)
            if (m_experts->item(i)->checkState() == Qt::Checked)
                experts.append(m_experts->item(i)->data(Qt::UserRole).toString());
    QJsonObject payload{{QStringLiteral("decision"), QStringLiteral("pass")}};
    if (!experts.isEmpty()) payload.insert(QStringLiteral("experts"), experts);
    decide(QStringLiteral("listing.review"), payload, QStringLiteral("pass"));
}

void ListingReview::reject() {
    const QJsonObject payload{{QStringLiteral("decision"), QStringLiteral("reject")},
                              {QStringLiteral("reason"), composedReason()}};
    decide(state() == State::PendingFinal ? QStringLiteral("listing.final")
                                          : QStringLiteral("listing.review"),
           payload, QStringLiteral("reject"));
}

void ListingReview::decide(const QString &type, const QJsonObject &payload,
                           const QString &decision) {
    if (type == QLatin1String("listing.expert_opinion")) {
        // An expert's replica holds the assignment, not the listing the command needs: the
        // opinion goes to the server at once (and needs a connection).
        m_pass->setEnabled(false);
        m_status->setText(tr("Sending your opinion…"));
        QPointer<ListingReview> self(this);
        const QString id = m_id;
        m_wb.sync.performOnline(type, id, payload, [self, id, decision](const Outcome &o) {
            if (self.isNull()) return;
            if (o.status != Outcome::Status::Applied) {
                self->updatePanel();
                return self->setError(o.error.message);
            }
            self->applied(id, decision);
        });
        return;
    }
    const Outcome o =
        m_wb.sync.perform(type, m_id, m_row.value(QStringLiteral("rev")).toLongLong(), payload);
    if (o.status != Outcome::Status::Applied) return setError(o.error.message);
    applied(m_id, decision);
}

void ListingReview::applied(const QString &listingId, const QString &decision) {
    setError({});
    emit decided(listingId, decision);
    const int at = int(m_queue.indexOf(listingId));
    if (listingId == m_id && at >= 0 && at + 1 < m_queue.size())
        open(m_queue.at(at + 1));
    else
        updatePanel();
}

void ListingReview::next() {
    const int at = int(m_queue.indexOf(m_id));
    if (at >= 0 && at + 1 < m_queue.size()) open(m_queue.at(at + 1));
}

void ListingReview::previous() {
    const int at = int(m_queue.indexOf(m_id));
    if (at > 0) open(m_queue.at(at - 1));
}

QString ListingReview::errorText() const {
    return m_error->text();
}

QString ListingReview::statusText() const {
    return m_status->text();
}

QStringList ListingReview::opinions() const {
    QStringList out;
    for (int i = 0; i < m_opinionList->count(); ++i) out << m_opinionList->item(i)->text();
    return out;
}

void ListingReview::setError(const QString &text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

}  // namespace dx
