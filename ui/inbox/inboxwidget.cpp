#include "ui/inbox/inboxwidget.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "models/workflow/states.h"
#include "ui/inbox/taskmodel.h"

namespace dx {

namespace {
const QStringList kBoxes{InboxBox::Pending, InboxBox::Mine, InboxBox::History};
const QDate kAnyDate(2000, 1, 1);  // the minimum of the date edits stands for "any"

void makeAnyDateEdit(QDateEdit *edit) {
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setDate(kAnyDate);
}

qint64 startOfDayMs(const QDate &date) {
    return date.startOfDay().toMSecsSinceEpoch();
}
}  // namespace

InboxWidget::InboxWidget(Workbench &wb, QWidget *parent)
    : QWidget(parent),
      m_wb(wb),
      m_model(new TaskModel(wb.replica.db(), wb.actor, this)),
      m_tabs(new QTabWidget(this)),
      m_content(new QWidget(this)),
      m_text(new QLineEdit(m_content)),
      m_applicant(new QLineEdit(m_content)),
      m_type(new QComboBox(m_content)),
      m_from(new QDateEdit(m_content)),
      m_to(new QDateEdit(m_content)),
      m_summary(new QLabel(m_content)),
      m_table(new QTableView(m_content)) {
    // One filter bar and table, moved into whichever tab is current.
    for (int i = 0; i < kBoxes.size(); ++i) {
        auto *page = new QWidget(m_tabs);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(page, QString());
    }

    m_text->setClearButtonEnabled(true);
    m_applicant->setClearButtonEnabled(true);
    m_text->setMaxLength(100);
    m_applicant->setMaxLength(100);
    makeAnyDateEdit(m_from);
    makeAnyDateEdit(m_to);
    auto *clear = new QPushButton(m_content);
    clear->setObjectName(QStringLiteral("clearFilters"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 3);
    bar->addWidget(m_applicant, 2);
    bar->addWidget(m_type, 2);
    bar->addWidget(m_from, 1);
    bar->addWidget(m_to, 1);
    bar->addWidget(clear);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Uniform row heights: the view never measures rows it has not shown.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(TaskModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TaskModel::ApplicantColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicator(TaskModel::SubmittedColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_table, 1);
    contentLayout->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    moveContentTo(0);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &InboxWidget::applyFilters);
    const auto later = [this] { m_debounce.start(); };
    connect(m_text, &QLineEdit::textChanged, this, later);
    connect(m_applicant, &QLineEdit::textChanged, this, later);
    connect(m_type, &QComboBox::currentIndexChanged, this, later);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(clear, &QPushButton::clicked, this, &InboxWidget::clearFilters);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        moveContentTo(tab);
        applyFilters();
    });
    // activated: double-click, and Enter/Return on the current row.
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_model, &TaskModel::countsChanged, this, [this] {
        updateTabTitles();
        updateSummary();
    });
    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &InboxWidget::refresh);
    // Whether each item's documents are on this machine (offline work).
    m_model->setBlobStore(&m_wb.blobs);
    connect(&m_wb.sync, &SyncClient::blobReady, m_model, &TaskModel::documentsChanged);
    connect(&m_wb.sync, &SyncClient::prefetchFinished, m_model, &TaskModel::documentsChanged);

    retranslate();
    applyFilters();
}

int InboxWidget::rowCount() const {
    return m_model->rowCount();
}

void InboxWidget::moveContentTo(int tab) {
    QWidget *page = m_tabs->widget(tab);
    if (!page || m_content->parentWidget() == page) return;
    page->layout()->addWidget(m_content);
    m_content->show();
}

void InboxWidget::applyFilters() {
    m_debounce.stop();
    TaskFilter f;
    f.box = kBoxes.value(m_tabs->currentIndex(), kBoxes.first());
    f.text = m_text->text();
    f.applicant = m_applicant->text();
    f.kind = m_type->currentData().toString();
    f.from = m_from->date() > kAnyDate ? startOfDayMs(m_from->date()) : 0;
    f.to = m_to->date() > kAnyDate ? startOfDayMs(m_to->date().addDays(1)) : 0;  // inclusive
    m_model->setFilter(f);
}

void InboxWidget::refresh() {
    const int current = m_table->currentIndex().row();
    m_model->refresh();
    if (current >= 0 && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(qMin(current, m_model->rowCount() - 1), 0));
}

void InboxWidget::clearFilters() {
    const QSignalBlocker blockText(m_text), blockApplicant(m_applicant), blockType(m_type),
        blockFrom(m_from), blockTo(m_to);
    m_text->clear();
    m_applicant->clear();
    m_type->setCurrentIndex(0);
    m_from->setDate(kAnyDate);
    m_to->setDate(kAnyDate);
    applyFilters();
}

void InboxWidget::openRow(int row) {
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid()) return;
    emit openRequested(index.data(TaskModel::EntityRole).toString(),
                       index.data(TaskModel::EntityIdRole).toString(), m_model->entityIds());
}

void InboxWidget::updateTabTitles() {
    m_tabs->setTabText(0, tr("Pending my approval (%1)").arg(m_model->boxCount(kBoxes[0])));
    m_tabs->setTabText(1, tr("My applications (%1)").arg(m_model->boxCount(kBoxes[1])));
    m_tabs->setTabText(2, tr("History (%1)").arg(m_model->boxCount(kBoxes[2])));
}

void InboxWidget::updateSummary() {
    if (!m_model->errorString().isEmpty()) {
        m_summary->setText(tr("The inbox cannot be read: %1").arg(m_model->errorString()));
        return;
    }
    m_summary->setText(tr("%n item(s)", nullptr, m_model->rowCount()));
}

// Widths from sample texts, never from the rows: a box may hold 100,000 of them.
void InboxWidget::sizeColumns() {
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    const QString sampleTime =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat);
    int typeWidth =
        fm.horizontalAdvance(m_model->headerData(TaskModel::TypeColumn, Qt::Horizontal).toString());
    for (const QString &k : TaskModel::knownKinds())
        typeWidth = qMax(typeWidth, fm.horizontalAdvance(TaskModel::kindName(k)));
    int stateWidth = fm.horizontalAdvance(
        m_model->headerData(TaskModel::StateColumn, Qt::Horizontal).toString());
    for (QLatin1StringView state : {TaskState::Open, TaskState::Cancelled, TaskState::Done})
        for (const char *outcome : {"", "approve", "reject"})
            stateWidth = qMax(stateWidth, fm.horizontalAdvance(TaskModel::stateName(
                                              state, QString::fromLatin1(outcome))));
    m_table->setColumnWidth(TaskModel::TypeColumn, typeWidth + pad);
    m_table->setColumnWidth(TaskModel::SubmittedColumn, fm.horizontalAdvance(sampleTime) + pad);
    m_table->setColumnWidth(TaskModel::DueColumn, fm.horizontalAdvance(sampleTime) + pad);
    m_table->setColumnWidth(TaskModel::StateColumn, stateWidth + pad);
}

void InboxWidget::retranslate() {
    m_text->setPlaceholderText(tr("Organisation or applicant"));
    m_text->setToolTip(tr("Filter by organisation name or applicant"));
    m_applicant->setPlaceholderText(tr("Applicant"));
    m_from->setSpecialValueText(tr("From: any"));
    m_from->setToolTip(tr("Submitted on or after"));
    m_to->setSpecialValueText(tr("To: any"));
    m_to->setToolTip(tr("Submitted on or before"));
    if (auto *clear = findChild<QPushButton *>(QStringLiteral("clearFilters")))
        clear->setText(tr("Clear filters"));

    const QString kind = m_type->currentData().toString();
    const QSignalBlocker block(m_type);
    m_type->clear();
    m_type->addItem(tr("Any type"), QString());
    for (const QString &k : TaskModel::knownKinds()) m_type->addItem(TaskModel::kindName(k), k);
    m_type->setCurrentIndex(qMax(0, m_type->findData(kind)));

    updateTabTitles();
    updateSummary();
    sizeColumns();
}

void InboxWidget::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace dx
