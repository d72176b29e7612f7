#include "ui/provider/rostertable.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace dx::roster {

QHBoxLayout *buttonRow(const QList<QPushButton *> &buttons) {
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons) row->addWidget(b);
    row->addStretch(1);
    return row;
}

QTableWidget *table(const QString &objectName, const QStringList &headers, QWidget *parent) {
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

QLabel *messageLabel(QWidget *parent) {
    auto *message = new QLabel(parent);
    message->setObjectName(QStringLiteral("message"));
    message->setWordWrap(true);
    return message;
}

void onCurrentRow(QPushButton *button, QTableWidget *table, std::function<void(int)> action) {
    QObject::connect(button, &QPushButton::clicked, table,
                     [table, action = std::move(action)] { action(table->currentRow()); });
}

void enableOnSelection(QTableWidget *table, const QList<QPushButton *> &rowButtons) {
    QObject::connect(table, &QTableWidget::itemSelectionChanged, table,
                     [table, rowButtons] { updateRowButtons(table, rowButtons); });
}

void updateRowButtons(const QTableWidget *table, const QList<QPushButton *> &rowButtons) {
    const bool one = table->currentRow() >= 0;
    for (QPushButton *b : rowButtons) b->setEnabled(one);
}

int appendRow(QTableWidget *table, const QStringList &cells, int keyColumn,
              const QVariantMap &record) {
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < table->columnCount(); ++c) {
        auto *item = new QTableWidgetItem(cells.value(c));
        if (c == keyColumn) item->setData(Qt::UserRole, record);
        table->setItem(row, c, item);
    }
    return row;
}

QVariantMap rowData(const QTableWidget *table, int row, int keyColumn) {
    const QTableWidgetItem *item = row >= 0 ? table->item(row, keyColumn) : nullptr;
    return item != nullptr ? item->data(Qt::UserRole).toMap() : QVariantMap();
}

int rowOf(const QTableWidget *table, int column, const QString &text) {
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, column)->text() == text) return r;
    return -1;
}

void openDialog(QDialog *dialog, QObject *context, std::function<void()> onAccepted) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, context, std::move(onAccepted));
    dialog->open();
}

bool askYesNo(QWidget *parent, const QString &title, const QString &question) {
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

}  // namespace dx::roster
