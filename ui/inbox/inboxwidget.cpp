#include "ui/inbox/inboxwidget.h"

#include <QCalendarWidget>
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
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "models/workflow/states.h"
#include "ui/inbox/taskmodel.h"
#include "ui/look/columnwidths.h"
#include "ui/look/emptystate.h"
#include "ui/look/look.h"

namespace dx {

namespace {
const QStringList kBoxes{InboxBox::Pending, InboxBox::Mine, InboxBox::History};
const QDate kAnyDate(2000, 1, 1);  // the minimum of the date edits stands for "any"

// The popup selects the edit's date when it opens; on "any" (the minimum) that would be
// January 2000, so it turns to the current month instead, selecting nothing.
class OpenOnToday : public QObject {
public:
    OpenOnToday(QDateEdit *edit, QCalendarWidget *calendar) : QObject(calendar), m_edit(edit) {}
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Show && m_edit->date() == m_edit->minimumDate()) {
            const QDate today = QDate::currentDate();
            static_cast<QCalendarWidget *>(watched)->setCurrentPage(today.year(), today.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit *m_edit;
};

void makeAnyDateEdit(QDateEdit *edit) {
    edit->setCalendarPopup(true);
    auto *calendar = new QCalendarWidget(edit);
    calendar->installEventFilter(new OpenOnToday(edit, calendar));
    edit->setCalendarWidget(calendar);
    edit->setMinimumDate(kAnyDate);
    edit->setDate(kAnyDate);
    // As wide as its "From: any" text needs, never squeezed by the text filters beside it.
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
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
      m_views(new QStackedWidget(m_content)),
      m_table(new QTableView(m_views)),
      m_empty(new EmptyState(QStringLiteral("mail-folder-inbox"), m_views)) {
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
    auto *clear =
        new QPushButton(themeIcon(QStringLiteral("edit-clear-all")), QString(), m_content);
    clear->setObjectName(QStringLiteral("clearFilters"));
    // The text filters give way first when the window is narrow (1024 px with the sidebar).
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    m_applicant->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 3);
    bar->addWidget(m_applicant, 2);
    bar->addWidget(m_type);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
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
    m_table->horizontalHeader()->setSortIndicator(TaskModel::SubmittedColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addLayout(bar);
    m_views->addWidget(m_table);
    m_views->addWidget(m_empty);
    contentLayout->addWidget(m_views, 1);
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
        emit pendingCountChanged(pendingCount());
    });
    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &InboxWidget::refresh);
    // Whether each item's documents are on this machine (offline work).
    m_model->setBlobStore(&m_wb.blobs);
    connect(&m_wb.sync, &SyncClient::blobReady, m_model, &TaskModel::documentsChanged);
    connect(&m_wb.sync, &SyncClient::prefetchFinished, m_model, &TaskModel::documentsChanged);

    retranslate();
    // After the sample-text widths of retranslate(): the user's own widths win.
    keepColumnWidths(m_table, TaskModel::TitleColumn, QStringLiteral("inbox"));
    applyFilters();
}

int InboxWidget::pendingCount() const {
    return m_model->boxCount(kBoxes[0]);
}

bool InboxWidget::isShowingEmptyState() const {
    return m_views->currentWidget() == m_empty;
}

QString InboxWidget::emptyStateText() const {
    return m_empty->title() + u'\n' + m_empty->explanation();
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
    updateEmptyState();
}

// An empty box says what will appear in it and why it is empty, instead of an empty grid.
void InboxWidget::updateEmptyState() {
    const bool empty = m_model->rowCount() == 0 && m_model->errorString().isEmpty();
    m_views->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
    if (!empty) return;
    const bool filtered = !m_text->text().isEmpty() || !m_applicant->text().isEmpty() ||
                          m_type->currentIndex() > 0 || m_from->date() > kAnyDate ||
                          m_to->date() > kAnyDate;
    if (filtered) {
        m_empty->setText(tr("Nothing matches the filters"),
                         tr("Other items of this box are hidden by the filters above. "
                            "Clear the filters to see them all."));
        return;
    }
    switch (m_tabs->currentIndex()) {
        case 0:
            m_empty->setText(
                tr("Nothing is waiting for your approval"),
                tr("Applications and listings assigned to you appear here when they are "
                   "submitted; the inbox is brought up to date at each sync."));
            break;
        case 1:
            m_empty->setText(
                tr("You have not submitted anything yet"),
                tr("What you submit for approval appears here, with its state, until it "
                   "is decided."));
            break;
        default:
            m_empty->setText(tr("No history yet"),
                             tr("Items that were decided or withdrawn appear here."));
            break;
    }
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
    // An applicant is a person or a whole company name: room for about 11 Chinese characters.
    m_table->setColumnWidth(TaskModel::ApplicantColumn, fm.height() * 11 + pad);
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
    m_from->calendarWidget()->setAccessibleName(tr("Submitted on or after"));
    m_to->calendarWidget()->setAccessibleName(tr("Submitted on or before"));

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
