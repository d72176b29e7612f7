#include "ui/review/decisionbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QVBoxLayout>

namespace dx {

namespace {
// These strings moved here from certificationreview.cpp and keep its context, so their
// translations stay valid.
constexpr auto kDeskContext = "dx::CertificationReview";

const char *const kReasonTemplates[] = {
    QT_TRANSLATE_NOOP("dx::CertificationReview",
                      "The business license photo is not clear; please upload it again."),
    QT_TRANSLATE_NOOP("dx::CertificationReview",
                      "The legal representative's ID card does not match the business license."),
    QT_TRANSLATE_NOOP("dx::CertificationReview",
                      "The unified social credit code does not match the business license."),
    QT_TRANSLATE_NOOP("dx::CertificationReview",
                      "The enterprise type or name does not match the business license."),
    QT_TRANSLATE_NOOP("dx::CertificationReview",
                      "The enterprise demand survey has not been filled in."),
};

// tr() in the desk's context, for the strings that moved here (lupdate reads the context).
class DecisionBarDeskTr {
    Q_DECLARE_TR_FUNCTIONS(dx::CertificationReview)
};
}  // namespace

DecisionBar::DecisionBar(QWidget *parent) : QWidget(parent) {
    m_previous = new QPushButton(this);
    m_next = new QPushButton(this);
    m_position = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasonLabel = new QLabel(this);
    m_templates = new QComboBox(this);
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templates->setMinimumContentsLength(24);
    m_reasonText = new QPlainTextEdit(this);
    m_reasonText->setTabChangesFocus(true);
    m_reasonText->setMaximumHeight(m_reasonText->fontMetrics().lineSpacing() * 3 + 12);
    m_reasonLabel->setBuddy(m_reasonText);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();
    m_approve = new QPushButton(this);
    m_reject = new QPushButton(this);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_position);
    navigation->addWidget(m_next);
    navigation->addStretch(1);
    navigation->addWidget(m_status);

    auto *decision = new QHBoxLayout;
    decision->addWidget(m_reasonLabel);
    decision->addWidget(m_templates);
    decision->addWidget(m_reasonText, 1);
    decision->addWidget(m_approve);
    decision->addWidget(m_reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(navigation);
    layout->addLayout(decision);
    layout->addWidget(m_error);

    connect(m_previous, &QPushButton::clicked, this, &DecisionBar::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &DecisionBar::nextRequested);
    connect(m_approve, &QPushButton::clicked, this, &DecisionBar::approveRequested);
    connect(m_reject, &QPushButton::clicked, this, &DecisionBar::rejectRequested);
    connect(m_templates, &QComboBox::currentIndexChanged, this, &DecisionBar::useTemplate);
    retranslate();
}

void DecisionBar::retranslate() {
    m_previous->setText(DecisionBarDeskTr::tr("Previous"));
    m_previous->setToolTip(DecisionBarDeskTr::tr("Previous application (Alt+Left, Ctrl+[)"));
    m_previous->setAccessibleName(tr("Previous application"));
    m_next->setText(DecisionBarDeskTr::tr("Next"));
    m_next->setToolTip(DecisionBarDeskTr::tr("Next application (Alt+Right, Ctrl+])"));
    m_next->setAccessibleName(tr("Next application"));
    m_reasonLabel->setText(DecisionBarDeskTr::tr("&Reason:"));
    m_reasonText->setPlaceholderText(
        DecisionBarDeskTr::tr("Reason for a rejection (sent to the applicant)"));
    m_reasonText->setAccessibleName(tr("Reason for a rejection"));
    m_templates->setAccessibleName(tr("Reason templates"));
    m_templates->setToolTip(tr("Choosing a template puts its text into the reason box"));
    m_approve->setText(DecisionBarDeskTr::tr("Approve"));
    m_approve->setToolTip(tr("Approve this application (Ctrl+Shift+A)"));
    m_approve->setAccessibleName(tr("Approve the application"));
    m_reject->setText(DecisionBarDeskTr::tr("Reject"));
    m_reject->setToolTip(
        tr("Rejecting needs a reason: a template, your own text, or both (Ctrl+Shift+R)"));
    m_reject->setAccessibleName(tr("Reject the application"));

    const QSignalBlocker quiet(m_templates);
    m_templates->clear();
    m_templates->addItem(DecisionBarDeskTr::tr("Reason template…"), QString());
    for (const char *source : kReasonTemplates) {
        const QString reason = QCoreApplication::translate(kDeskContext, source);
        m_templates->addItem(reason, reason);
    }
    m_templates->setCurrentIndex(0);
}

void DecisionBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void DecisionBar::useTemplate(int index) {
    const QString chosen = m_templates->itemData(index).toString();
    if (chosen.isEmpty()) return;
    // The template goes into the box, where it can be edited: what is sent is what is shown.
    // Text of the reviewer's own is kept after it; an earlier template is replaced.
    QString own = m_reasonText->toPlainText().trimmed();
    for (int i = 1; i < m_templates->count(); ++i) {
        const QString other = m_templates->itemData(i).toString();
        if (own.startsWith(other)) {
            own = own.mid(other.size()).trimmed();
            break;
        }
    }
    m_reasonText->setPlainText(own.isEmpty() ? chosen : chosen + u' ' + own);
    m_reasonText->moveCursor(QTextCursor::End);
    const QSignalBlocker quiet(m_templates);
    m_templates->setCurrentIndex(0);  // a menu of texts, not a second reason
}

QString DecisionBar::reason() const {
    return m_reasonText->toPlainText().trimmed();
}

void DecisionBar::clearReason() {
    const QSignalBlocker quiet(m_templates);
    m_templates->setCurrentIndex(0);
    m_reasonText->clear();
}

void DecisionBar::focusReason() {
    m_reasonText->setFocus();
}

void DecisionBar::setPosition(int at, int count) {
    m_previous->setEnabled(at > 0);
    m_next->setEnabled(at >= 0 && at + 1 < count);
    m_position->setText(at >= 0 ? DecisionBarDeskTr::tr("%1 of %2").arg(at + 1).arg(count)
                                : QString());
}

void DecisionBar::setDecisionsEnabled(bool approve, bool reject) {
    m_approve->setEnabled(approve);
    m_reject->setEnabled(reject);
    m_templates->setEnabled(reject);
    m_reasonText->setEnabled(reject);
}

void DecisionBar::setStatus(const QString &text) {
    m_status->setText(text);
}

QString DecisionBar::status() const {
    return m_status->text();
}

void DecisionBar::showError(const QString &text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString DecisionBar::error() const {
    return m_error->text();
}

}  // namespace dx
