#include "ui/look/columnwidths.h"

#include <QApplication>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QVariantList>

namespace dx {

namespace {
const char *const kKeyProperty = "dxColumnsKey";
const char *const kUserSizedProperty = "dxColumnsUserSized";

QSettings uiSettings() {
    return QSettings(QStringLiteral("dxdesk"), QStringLiteral("ui"));
}
}  // namespace

void keepColumnWidths(QTableView *view, int stretch, const QString &key) {
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    view->setProperty(kKeyProperty, key);
    const QString settingsKey = QStringLiteral("tables/") + key;
    // Only widths of this very column layout: a model with other columns starts afresh.
    const QVariantList saved = uiSettings().value(settingsKey).toList();
    if (!saved.isEmpty() && saved.size() == header->count()) {
        for (int c = 0; c < header->count(); ++c)
            if (c != stretch && saved.at(c).toInt() > 0)
                header->resizeSection(c, saved.at(c).toInt());
        view->setProperty(kUserSizedProperty, true);
    }
    // Programmatic resizes (fitting, restoring) are not the user's choice: only a drag is saved.
    QObject::connect(header, &QHeaderView::sectionResized, view, [view, header, settingsKey] {
        if (QApplication::mouseButtons() == Qt::NoButton) return;
        QVariantList widths;
        for (int c = 0; c < header->count(); ++c) widths << header->sectionSize(c);
        uiSettings().setValue(settingsKey, widths);
        view->setProperty(kUserSizedProperty, true);
    });
}

void fitColumns(QTableView *view) {
    if (view->property(kUserSizedProperty).toBool()) return;
    QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        if (header->sectionResizeMode(c) != QHeaderView::Stretch) view->resizeColumnToContents(c);
}

}  // namespace dx
