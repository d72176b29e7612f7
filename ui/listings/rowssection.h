#pragma once

#include <QLabel>
#include <QList>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

#include "ui/listings/listingsection.h"

namespace dx {

/// A section whose part of the listing is an array of rows the user adds and removes (规格
/// `specs`, 附件 `attachments`). Each `Row` holds its widget in `row`; the rows stack between
/// the line for errors of the whole array (`specs`) and the add button. Errors of a row follow
/// its position: `specs[1]` and its fields land on the second row's rowErrorLabel() (named
/// `errorName`), and are renumbered whenever rows come and go.
template <typename Row>
class RowsSection : public ListingSection {
public:
    int count() const { return int(m_rows.size()); }
    const Row &at(int i) const { return m_rows.at(i); }
    QPushButton *addButton() const { return m_add; }

protected:
    /// `key` is the listing's array (`specs`).
    RowsSection(Workbench &wb, const QString &key, const QString &errorName, QWidget *parent)
        : ListingSection(wb, parent), m_key(key), m_errorName(errorName) {}

    /// Adds to `layout` the error line of the array, the rows, and the add button (`caption`,
    /// named `objectName`) that runs `add` and emits changed().
    void addRowsTo(QVBoxLayout *layout, const QString &caption, const QString &objectName,
                   std::function<void()> add) {
        layout->addWidget(errorLabel(m_key, this));
        m_list = new QVBoxLayout;
        layout->addLayout(m_list);
        m_add = new QPushButton(caption, this);
        m_add->setObjectName(objectName);
        layout->addWidget(m_add, 0, Qt::AlignLeft);
        connect(m_add, &QPushButton::clicked, this, [this, add = std::move(add)] {
            add();
            emit changed();
        });
    }

    /// The label for the errors of a row (red, hidden until an error shows), in `row`.
    QLabel *rowErrorLabel(QWidget *row) const {
        auto *error = new QLabel(row);
        error->setObjectName(m_errorName);
        error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        error->hide();
        return error;
    }

    /// Appends `r` below the other rows; its `remove` button removes it and emits changed().
    /// Returns the row as kept.
    Row &appendRow(const Row &r, QPushButton *remove) {
        QWidget *row = r.row;
        connect(remove, &QPushButton::clicked, this, [this, row] {
            removeRow(row);
            emit changed();
        });
        m_list->addWidget(row);
        m_rows.append(r);
        renumber();
        return m_rows.last();
    }

    void removeRow(QWidget *row) {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].row == row) {
                m_rows.removeAt(i);
                break;
            }
        row->deleteLater();
        renumber();
    }

    void clearRows() {
        while (!m_rows.isEmpty()) removeRow(m_rows.last().row);
    }

    const QList<Row> &rows() const { return m_rows; }

private:
    void renumber() {
        forgetErrors(m_key + u'[');
        for (int i = 0; i < m_rows.size(); ++i) {
            const QWidget *row = m_rows[i].row;
            registerError(QStringLiteral("%1[%2]").arg(m_key).arg(i),
                          row->findChild<QLabel *>(m_errorName));
        }
    }

    const QString m_key;
    const QString m_errorName;
    QVBoxLayout *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QList<Row> m_rows;
};

}  // namespace dx
