#include "ui/viewer/pageselectoraction.h"

#include <QSpinBox>

PageSelectorAction::PageSelectorAction(QObject *parent) : QWidgetAction(parent) {}

void PageSelectorAction::setPageCount(int count) {
    m_count = count;
    m_page = qBound(0, m_page, qMax(0, count - 1));
    syncAll();
}

void PageSelectorAction::setCurrentPage(int page) {
    m_page = page;
    syncAll();
}

QWidget *PageSelectorAction::createWidget(QWidget *parent) {
    auto *spin = new QSpinBox(parent);
    spin->setKeyboardTracking(false);  // typing "12" goes to 12, not to 1 first
    spin->setAccelerated(true);
    spin->setAlignment(Qt::AlignRight);
    connect(spin, &QSpinBox::valueChanged, this, [this](int value) {
        if (value - 1 != m_page) emit pageRequested(value - 1);
    });
    sync(spin);
    return spin;
}

void PageSelectorAction::syncAll() {
    for (QWidget *widget : createdWidgets()) {
        if (auto *spin = qobject_cast<QSpinBox *>(widget)) sync(spin);
    }
}

void PageSelectorAction::sync(QSpinBox *spin) {
    const QSignalBlocker blocker(spin);
    spin->setRange(1, qMax(1, m_count));
    spin->setValue(m_page + 1);
    spin->setSuffix(tr(" of %1").arg(m_count));
    spin->setToolTip(tr("Go to page"));
    spin->setEnabled(m_count > 0);
}
