#include "ui/listings/modulepanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/listings/listingfileslot.h"

namespace dx {

namespace {
const QString kBanner = QStringLiteral("banner");
const QString kHighlights = QStringLiteral("highlights");
const QString kDescription = QStringLiteral("description");
const QString kMedia = QStringLiteral("media");
const QString kUserCases = QStringLiteral("user_cases");
const QString kSupport = QStringLiteral("support");
constexpr int kUserCaseCount = 3;

QPlainTextEdit *textBox(QWidget *parent, int height) {
    auto *t = new QPlainTextEdit(parent);
    t->setMaximumHeight(height);
    return t;
}
}  // namespace

QString ModulePanel::title(const QString &type) {
    if (type == kBanner) return tr("Banner (横幅)");
    if (type == kHighlights) return tr("Highlights (商品亮点)");
    if (type == kDescription) return tr("Description (商品说明)");
    if (type == kMedia) return tr("Screenshots and videos (商品截图)");
    if (type == kUserCases) return tr("User cases (用户案例)");
    if (type == kSupport) return tr("Service support (服务支持)");
    return type;
}

ModulePanel::ModulePanel(Workbench &wb, const QString &type, QWidget *parent)
    : QGroupBox(title(type), parent), m_wb(wb), m_type(type) {
    setObjectName(QStringLiteral("module_") + type);
    auto *outer = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_up = new QPushButton(tr("Move up"), this);
    m_up->setObjectName(QStringLiteral("up"));
    m_down = new QPushButton(tr("Move down"), this);
    m_down->setObjectName(QStringLiteral("down"));
    bar->addStretch(1);
    bar->addWidget(m_up);
    bar->addWidget(m_down);
    outer->addLayout(bar);
    m_body = new QVBoxLayout;
    outer->addLayout(m_body);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    outer->addWidget(m_error);
    connect(m_up, &QPushButton::clicked, this, [this] { emit moveRequested(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { emit moveRequested(1); });

    auto *form = new QFormLayout;
    m_body->addLayout(form);
    auto emitChanged = [this] { emit changed(); };
    if (type == kBanner || type == kDescription) {
        if (type == kBanner) {
            m_title = new QLineEdit(this);
            m_title->setObjectName(QStringLiteral("banner_title"));
            connect(m_title, &QLineEdit::textEdited, this, emitChanged);
            form->addRow(tr("Title"), withError(m_title, QStringLiteral("title")));
        }
        m_text = textBox(this, type == kBanner ? 70 : 140);
        m_text->setObjectName(type + QStringLiteral("_text"));
        connect(m_text, &QPlainTextEdit::textChanged, this, emitChanged);
        form->addRow(type == kBanner ? tr("Introduction") : tr("Text"),
                     withError(m_text, QStringLiteral("text")));
        if (type == kBanner) {
            m_image = new ListingFileSlot(wb, QStringLiteral("listing_image"),
                                          tr("Banner image (横幅图片)"),
                                          QStringLiteral("banner_image"), this);
            connect(m_image, &ListingFileSlot::changed, this, emitChanged);
            form->addRow(withError(m_image, QStringLiteral("image")));
        }
    } else if (type == kSupport) {
        const QList<QPair<QString, QString>> fields{
            {QStringLiteral("hours"), tr("Service hours (售后服务时间)")},
            {QStringLiteral("content"), tr("Service content (售后服务内容)")},
            {QStringLiteral("hotline"), tr("Hotline (服务热线)")},
            {QStringLiteral("email"), tr("E-mail (服务邮箱)")}};
        for (const auto &[key, label] : fields) form->addRow(label, withError(line(key), key));
    } else {
        m_itemRows = new QVBoxLayout;
        m_body->addLayout(m_itemRows);
        if (type == kUserCases) {
            for (int i = 0; i < kUserCaseCount; ++i) addItem();
        } else {
            auto *add = new QPushButton(
                type == kMedia ? tr("Add picture or video") : tr("Add highlight (新增)"), this);
            add->setObjectName(QStringLiteral("add_") + type);
            connect(add, &QPushButton::clicked, this, [this] {
                addItem();
                emit changed();
            });
            m_body->addWidget(add, 0, Qt::AlignLeft);
        }
    }
}

QLabel *ModulePanel::errorLabel(QWidget *parent) {
    auto *l = new QLabel(parent);
    l->setStyleSheet(QStringLiteral("color: #c0392b;"));
    l->setWordWrap(true);
    l->hide();
    return l;
}

QWidget *ModulePanel::withError(QWidget *input, const QString &key) {
    auto *cell = new QWidget(this);
    auto *l = new QVBoxLayout(cell);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(2);
    input->setParent(cell);
    l->addWidget(input);
    QLabel *error = errorLabel(cell);
    l->addWidget(error);
    m_fieldErrors.insert(key, error);
    return cell;
}

QHash<QString, QLabel *> ModulePanel::errorLabels() const {
    QHash<QString, QLabel *> out = m_fieldErrors;
    for (int i = 0; i < m_items.size(); ++i)
        out.insert(QStringLiteral("items[%1]").arg(i), m_items[i].error);
    return out;
}

QLineEdit *ModulePanel::line(const QString &key) {
    auto *e = new QLineEdit(this);
    e->setObjectName(QStringLiteral("support_") + key);
    connect(e, &QLineEdit::textEdited, this, [this] { emit changed(); });
    m_fields.insert(key, e);
    return e;
}

ModulePanel::Pair &ModulePanel::addItem() {
    Pair p;
    p.row = new QWidget(this);
    auto *column = new QVBoxLayout(p.row);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    column->addLayout(row);
    p.error = errorLabel(p.row);
    column->addWidget(p.error);
    auto emitChanged = [this] { emit changed(); };
    if (m_type == kHighlights) {
        p.title = new QLineEdit(p.row);
        p.title->setPlaceholderText(tr("Highlight"));
        connect(p.title, &QLineEdit::textEdited, this, emitChanged);
        row->addWidget(p.title, 1);
    }
    if (m_type == kHighlights || m_type == kUserCases) {
        p.text = textBox(p.row, 60);
        connect(p.text, &QPlainTextEdit::textChanged, this, emitChanged);
        row->addWidget(p.text, 2);
    }
    if (m_type == kMedia || m_type == kUserCases) {
        const bool media = m_type == kMedia;
        p.file = new ListingFileSlot(
            m_wb, media ? QStringLiteral("listing_image") : QStringLiteral("listing_image"),
            media ? tr("Picture or video") : tr("Case image"),
            m_type + QStringLiteral("_%1").arg(m_items.size()), p.row);
        connect(p.file, &ListingFileSlot::changed, this, emitChanged);
        row->addWidget(p.file, 1);
    }
    if (m_type != kUserCases) {
        auto *remove = new QPushButton(tr("Remove"), p.row);
        QWidget *r = p.row;
        connect(remove, &QPushButton::clicked, this, [this, r] {
            removeItem(r);
            emit changed();
        });
        row->addWidget(remove, 0, Qt::AlignTop);
    }
    m_itemRows->addWidget(p.row);
    m_items.append(p);
    return m_items.last();
}

void ModulePanel::removeItem(QWidget *row) {
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items[i].row == row) {
            m_items.removeAt(i);
            break;
        }
    row->deleteLater();
}

void ModulePanel::load(const QJsonObject &m) {
    const QSignalBlocker block(this);
    if (m_title) m_title->setText(m.value(QStringLiteral("title")).toString());
    if (m_text) m_text->setPlainText(m.value(QStringLiteral("text")).toString());
    if (m_image) m_image->setSha256(m.value(QStringLiteral("image")).toString());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(m.value(it.key()).toString());
    if (!m_itemRows) return;
    const QJsonArray items = m.value(QStringLiteral("items")).toArray();
    if (m_type != kUserCases)
        while (!m_items.isEmpty()) removeItem(m_items.last().row);
    for (int i = 0; i < items.size() || (m_type == kUserCases && i < kUserCaseCount); ++i) {
        if (i >= m_items.size()) addItem();
        Pair &p = m_items[i];
        const QJsonValue v = items.at(i);
        if (p.title) p.title->setText(v.toObject().value(QStringLiteral("title")).toString());
        if (p.text) p.text->setPlainText(v.toObject().value(QStringLiteral("text")).toString());
        if (p.file)
            p.file->setSha256(m_type == kMedia
                                  ? v.toString()
                                  : v.toObject().value(QStringLiteral("image")).toString());
    }
}

QJsonObject ModulePanel::store() const {
    QJsonObject m{{QStringLiteral("type"), m_type}};
    if (m_title) m.insert(QStringLiteral("title"), m_title->text().trimmed());
    if (m_text) m.insert(QStringLiteral("text"), m_text->toPlainText().trimmed());
    if (m_image) m.insert(QStringLiteral("image"), m_image->sha256());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        m.insert(it.key(), it.value()->text().trimmed());
    if (!m_itemRows) return m;
    QJsonArray items;
    for (const Pair &p : m_items) {
        if (m_type == kMedia) {
            items.append(p.file->sha256());
            continue;
        }
        QJsonObject o{{QStringLiteral("text"), p.text->toPlainText().trimmed()}};
        if (p.title) o.insert(QStringLiteral("title"), p.title->text().trimmed());
        if (p.file) o.insert(QStringLiteral("image"), p.file->sha256());
        items.append(o);
    }
    m.insert(QStringLiteral("items"), items);
    return m;
}

}  // namespace dx
