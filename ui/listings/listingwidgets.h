#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

class QLineEdit;
class QListWidget;
class QWidget;

namespace dx {

/// Small helpers the listing editor's sections share: the option lists with their labels,
/// money fields typed in yuan or 万元 and stored in fen (integer arithmetic, Money), and
/// checkable lists for multi-choice answers.
namespace ListingWidgets {

/// Solution categories (方案分类) and industries (适用行业): code → label in the UI language,
/// the codes from ListingValidator, the labels from the provider profile schema.
QList<QPair<QString, QString>> categoryOptions();
QList<QPair<QString, QString>> industryOptions();

/// A checkable list of `options`; checked codes as a JSON array.
QListWidget *checkList(const QList<QPair<QString, QString>> &options, QWidget *parent);
QJsonArray checkedCodes(const QListWidget *list);
void setCheckedCodes(QListWidget *list, const QJsonArray &codes);

/// A line edit for an amount; `unitFen` is 100 for yuan (元), 1,000,000 for 万元.
QLineEdit *moneyEdit(QWidget *parent, const QString &placeholder);
/// The typed amount in fen; undefined when empty, null when it does not parse.
QJsonValue moneyValue(const QLineEdit *edit, qint64 unitFen);
void setMoney(QLineEdit *edit, const QJsonValue &fen, qint64 unitFen);
/// Why the typed amount does not parse, empty when it does (or is empty).
QString moneyError(const QLineEdit *edit);

/// A listing state as the UI shows it: 草稿, 待审核 (with the stage), 已驳回, 已上架, 已撤销,
/// 已下架.
QString stateText(const QString &state, const QString &stage = {});
/// A review stage (initial, expert, final) as the UI shows it.
QString stageText(const QString &stage);

/// Comma, 、 or whitespace separated words (tags).
QJsonArray words(const QString &text);

}  // namespace ListingWidgets

}  // namespace dx
