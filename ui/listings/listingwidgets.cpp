#include "ui/listings/listingwidgets.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>

#include "models/domain/money.h"
#include "models/forms/formschema.h"
#include "models/listings/listingvalidator.h"
#include "models/workflow/states.h"

namespace dx::ListingWidgets {

namespace {

QList<QPair<QString, QString>> options(const QStringList &codes, const QString &schemaField) {
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const auto schema = FormSchema::load(QStringLiteral("provider_profile"));
    const FormSchema::Field *field = schema ? schema->field(schemaField) : nullptr;
    QList<QPair<QString, QString>> out;
    for (const QString &code : codes) {
        const FormSchema::Option *o = field ? field->option(code) : nullptr;
        out.append({code, o ? (chinese ? o->labelZh : o->label) : code});
    }
    return out;
}

// Two decimals of the typed unit, as an integer count of hundredths (Money's parser).
Result<qint64> hundredths(const QString &text) {
    auto m = Money::parseYuan(text.trimmed());
    if (!m) return m.error();
    return m->fen();
}

}  // namespace

QList<QPair<QString, QString>> categoryOptions() {
    return options(ListingValidator::categories(), QStringLiteral("service_scope"));
}

QList<QPair<QString, QString>> industryOptions() {
    return options(ListingValidator::industries(), QStringLiteral("industries_served"));
}

QListWidget *checkList(const QList<QPair<QString, QString>> &opts, QWidget *parent) {
    auto *list = new QListWidget(parent);
    for (const auto &[code, label] : opts) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(120);
    return list;
}

QJsonArray checkedCodes(const QListWidget *list) {
    QJsonArray out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->data(Qt::UserRole).toString());
    return out;
}

void setCheckedCodes(QListWidget *list, const QJsonArray &codes) {
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

QLineEdit *moneyEdit(QWidget *parent, const QString &placeholder) {
    auto *e = new QLineEdit(parent);
    e->setPlaceholderText(placeholder);
    e->setMaxLength(20);
    return e;
}

QJsonValue moneyValue(const QLineEdit *edit, qint64 unitFen) {
    if (edit->text().trimmed().isEmpty()) return QJsonValue(QJsonValue::Undefined);
    auto h = hundredths(edit->text());
    if (!h) return QJsonValue(QJsonValue::Null);
    return QJsonValue(*h * (unitFen / 100));
}

void setMoney(QLineEdit *edit, const QJsonValue &fen, qint64 unitFen) {
    if (!fen.isDouble()) return edit->clear();
    const qint64 units = fen.toInteger() / (unitFen / 100);
    edit->setText(Money::fromFen(units).formatPlain());
}

QString moneyError(const QLineEdit *edit) {
    if (edit->text().trimmed().isEmpty()) return {};
    auto h = hundredths(edit->text());
    return h ? QString() : h.error().message;
}

QString stageText(const QString &stage) {
    if (stage == ListingStage::Initial)
        return QCoreApplication::translate("Listing", "Initial review (初审)");
    if (stage == ListingStage::Expert)
        return QCoreApplication::translate("Listing", "Expert review (专家评审)");
    if (stage == ListingStage::Final)
        return QCoreApplication::translate("Listing", "Final review (终审)");
    return stage;
}

QString stateText(const QString &state, const QString &stage) {
    if (state == State::Draft) return QCoreApplication::translate("Listing", "Draft (草稿)");
    if (state == State::PendingInitial)
        return QCoreApplication::translate("Listing", "Pending: %1 (待审核)")
            .arg(stageText(ListingStage::Initial));
    if (state == State::PendingExpert)
        return QCoreApplication::translate("Listing", "Pending: %1 (待审核)")
            .arg(stageText(ListingStage::Expert));
    if (state == State::PendingFinal)
        return QCoreApplication::translate("Listing", "Pending: %1 (待审核)")
            .arg(stageText(ListingStage::Final));
    if (state == State::Rejected)
        return QCoreApplication::translate("Listing", "Rejected at %1 (已驳回)")
            .arg(stageText(stage));
    if (state == State::Listed) return QCoreApplication::translate("Listing", "Listed (已上架)");
    if (state == State::Withdrawn)
        return QCoreApplication::translate("Listing", "Withdrawn (已撤销)");
    if (state == State::Delisted)
        return QCoreApplication::translate("Listing", "Delisted (已下架)");
    return state;
}

QJsonArray words(const QString &text) {
    static const QRegularExpression sep(QStringLiteral("[,，、;；\\s]+"));
    QJsonArray out;
    for (const QString &w : text.split(sep, Qt::SkipEmptyParts))
        if (!out.contains(w)) out.append(w);
    return out;
}

}  // namespace dx::ListingWidgets
