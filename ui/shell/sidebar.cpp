#include "ui/shell/sidebar.h"

#include <QApplication>
#include <QEvent>
#include <QHash>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/look/look.h"

namespace dx {

namespace {
enum SidebarRole { IdRole = Qt::UserRole + 1, CountRole, AlertRole, TitleRole };
constexpr int kIconSize = 22;
constexpr int kPad = 8;
const QString kCollapsedKey = QStringLiteral("main/sidebarCollapsed");

// The Breeze icon each workspace stands for; an unknown id gets a neutral one.
QString iconName(const QString &id) {
    static const QHash<QString, QString> names{
        {QStringLiteral("organisation"), QStringLiteral("view-certificate")},
        {QStringLiteral("inbox"), QStringLiteral("mail-folder-inbox")},
        {QStringLiteral("review"), QStringLiteral("document-preview")},
        {QStringLiteral("products"), QStringLiteral("package")},
        {QStringLiteral("listing_review"), QStringLiteral("document-edit-verify")},
        {QStringLiteral("experts"), QStringLiteral("user-group-properties")},
        {QStringLiteral("users"), QStringLiteral("system-users")},
        {QStringLiteral("bank_accounts"), QStringLiteral("view-bank")},
        {QStringLiteral("problems"), QStringLiteral("data-warning")},
    };
    return names.value(id, QStringLiteral("document-preview"));
}

QString badgeText(int count) {
    return count > 99 ? QStringLiteral("99+") : QString::number(count);
}

// Icon, title and a rounded count badge; icon only (badge on its corner) when collapsed.
class SidebarDelegate : public QStyledItemDelegate {
public:
    SidebarDelegate(const bool &collapsed, QObject *parent)
        : QStyledItemDelegate(parent), m_collapsed(collapsed) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        const QFontMetrics fm(option.font);
        const int height = qMax(kIconSize, fm.height()) + 2 * kPad;
        if (m_collapsed) return {kIconSize + 4 * kPad, height};
        const int text = fm.horizontalAdvance(index.data(TitleRole).toString());
        return {
            kPad + kIconSize + kPad + text + kPad + badgeWidth(fm, QStringLiteral("99+")) + kPad,
            height};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *w = opt.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        opt.text.clear();
        opt.icon = QIcon();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, w);

        const QRect r = option.rect;
        const bool selected = option.state & QStyle::State_Selected;
        const QRect iconRect =
            m_collapsed
                ? QRect(r.center().x() - kIconSize / 2 + 1, r.center().y() - kIconSize / 2 + 1,
                        kIconSize, kIconSize)
                : QRect(r.left() + kPad, r.center().y() - kIconSize / 2 + 1, kIconSize, kIconSize);
        index.data(Qt::DecorationRole)
            .value<QIcon>()
            .paint(p, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);

        const int count = index.data(CountRole).toInt();
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        if (m_collapsed) badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.8);
        const QFontMetrics bfm(badgeFont);
        QRect badge;
        if (count > 0) {
            const int bw = badgeWidth(bfm, badgeText(count));
            const int bh = bfm.height() + 2;
            badge = m_collapsed ? QRect(iconRect.right() - bw / 2, iconRect.top() - bh / 2, bw, bh)
                                : QRect(r.right() - kPad - bw, r.center().y() - bh / 2, bw, bh);
        }
        if (!m_collapsed) {
            const QRect textRect(
                iconRect.right() + kPad, r.top(),
                (badge.isNull() ? r.right() : badge.left()) - iconRect.right() - 2 * kPad,
                r.height());
            p->setFont(option.font);
            p->setPen(option.palette.color(
                option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                selected ? QPalette::HighlightedText : QPalette::Text));
            p->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                        option.fontMetrics.elidedText(index.data(TitleRole).toString(),
                                                      Qt::ElideRight, textRect.width()));
        }
        if (!badge.isNull()) {
            const bool alert = index.data(AlertRole).toBool();
            QColor fill =
                alert ? QColor(0xda, 0x44, 0x53) : option.palette.color(QPalette::Highlight);
            QColor text =
                alert ? QColor(Qt::white) : option.palette.color(QPalette::HighlightedText);
            if (selected && !alert) std::swap(fill, text);
            p->save();
            p->setRenderHint(QPainter::Antialiasing);
            QPainterPath path;
            path.addRoundedRect(QRectF(badge), badge.height() / 2.0, badge.height() / 2.0);
            p->fillPath(path, fill);
            p->setPen(text);
            p->setFont(badgeFont);
            p->drawText(badge, Qt::AlignCenter, badgeText(count));
            p->restore();
        }
    }

private:
    static int badgeWidth(const QFontMetrics &fm, const QString &text) {
        return qMax(fm.height() + 2, fm.horizontalAdvance(text) + fm.height() / 2 + 4);
    }
    const bool &m_collapsed;
};
}  // namespace

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_toggle(new QToolButton(this)) {
    setObjectName(QStringLiteral("sidebar"));
    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setItemDelegate(new SidebarDelegate(m_collapsed, m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setIconSize(QSize(kIconSize, kIconSize));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    // The panel takes the window's colour, the workspace the base colour (KeePassXC, Okular).
    m_list->viewport()->setAutoFillBackground(false);
    m_list->setAutoFillBackground(false);
    m_toggle->setObjectName(QStringLiteral("sidebarToggle"));
    m_toggle->setAutoRaise(true);
    m_toggle->setIconSize(QSize(16, 16));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, kPad / 2, 0, kPad / 2);
    layout->setSpacing(kPad / 2);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    connect(m_list, &QListWidget::currentRowChanged, this, &Sidebar::currentRowChanged);
    connect(m_toggle, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    m_collapsed = QSettings(QStringLiteral("dxdesk"), QStringLiteral("ui"))
                      .value(kCollapsedKey, false)
                      .toBool();
    updateToggle();
    updateWidth();
}

void Sidebar::addEntry(const QString &id, const QString &title, const QString &toolTip, int row) {
    auto *item = new QListWidgetItem(themeIcon(iconName(id)), title);
    item->setData(IdRole, id);
    item->setData(TitleRole, title);
    item->setToolTip(toolTip.isEmpty() ? title : title + QStringLiteral("  ") + toolTip);
    if (row < 0 || row > m_list->count()) row = m_list->count();
    m_list->insertItem(row, item);
    updateAccessibleText(row);
    updateWidth();
}

int Sidebar::rowOf(const QString &id) const {
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(IdRole).toString() == id) return i;
    return -1;
}

void Sidebar::setCount(const QString &id, int count, bool alert) {
    const int row = rowOf(id);
    if (row < 0) return;
    QListWidgetItem *item = m_list->item(row);
    item->setData(CountRole, qMax(0, count));
    item->setData(AlertRole, alert);
    updateAccessibleText(row);
}

int Sidebar::count(const QString &id) const {
    const int row = rowOf(id);
    return row < 0 ? 0 : m_list->item(row)->data(CountRole).toInt();
}

int Sidebar::currentRow() const {
    return m_list->currentRow();
}

void Sidebar::setCurrentRow(int row) {
    m_list->setCurrentRow(row);
}

int Sidebar::entryCount() const {
    return m_list->count();
}

void Sidebar::setCollapsed(bool collapsed) {
    if (collapsed == m_collapsed) return;
    m_collapsed = collapsed;
    QSettings(QStringLiteral("dxdesk"), QStringLiteral("ui")).setValue(kCollapsedKey, collapsed);
    m_list->doItemsLayout();  // the delegate's size hints changed
    updateToggle();
    updateWidth();
    emit collapsedChanged(collapsed);
}

void Sidebar::updateWidth() {
    // Long titles (English with its Chinese term) are elided past ~16 Chinese characters; the
    // tooltip has them whole.
    const int items = m_list->count() > 0
                          ? qMin(m_list->sizeHintForColumn(0), fontMetrics().height() * 16)
                          : kIconSize + 4 * kPad;
    const int width = qMax(items, m_toggle->sizeHint().width()) + 2 * m_list->frameWidth();
    m_list->setFixedWidth(width);
    setFixedWidth(width);
}

void Sidebar::updateToggle() {
    const QString text = m_collapsed ? tr("Show the names") : tr("Icons only");
    m_toggle->setIcon(themeIcon(m_collapsed ? QStringLiteral("sidebar-expand-left")
                                            : QStringLiteral("sidebar-collapse-left")));
    m_toggle->setText(text);
    m_toggle->setToolTip(m_collapsed ? tr("Expand the side panel")
                                     : tr("Collapse the side panel to icons"));
    m_toggle->setAccessibleName(m_toggle->toolTip());
    m_toggle->setToolButtonStyle(m_collapsed ? Qt::ToolButtonIconOnly
                                             : Qt::ToolButtonTextBesideIcon);
    if (auto *l = qobject_cast<QVBoxLayout *>(layout()))
        l->setAlignment(m_toggle, m_collapsed ? Qt::AlignHCenter : Qt::AlignLeft);
}

// Screen readers hear the title and the count; the badge alone is only painted.
void Sidebar::updateAccessibleText(int row) {
    QListWidgetItem *item = m_list->item(row);
    const int n = item->data(CountRole).toInt();
    const QString title = item->data(TitleRole).toString();
    item->setData(Qt::AccessibleTextRole,
                  n > 0 ? tr("%1: %n item(s)", nullptr, n).arg(title) : title);
}

void Sidebar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) updateWidth();
    QWidget::changeEvent(event);
}

}  // namespace dx
