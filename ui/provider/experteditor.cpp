#include "ui/provider/experteditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/domain/uploadrule.h"
#include "ui/enterprise/uploadslot.h"
#include "ui/forms/fielderrors.h"

namespace dx {

namespace {
const QString kPhotoPurpose = QStringLiteral("expert_photo");
constexpr int kExperienceChars = 200;  // the counter's denominator, as on the seed's form
const QStringList kNumbers{QStringLiteral("age"), QStringLiteral("iiot_years"),
                           QStringLiteral("industry_years")};
}  // namespace

ExpertEditor::ExpertEditor(Workbench &wb, const QVariantMap &expert, QWidget *parent)
    : QDialog(parent), m_wb(wb), m_id(expert.value(QStringLiteral("id")).toString()) {
    setWindowTitle(tr("Expert record (专家录入)"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);
    auto *message = new QLabel(this);
    message->setObjectName(QStringLiteral("message"));
    m_errors = new FieldErrors(message, this);
    auto text = [&expert](const char *key) {
        return expert.value(QString::fromLatin1(key)).toString();
    };
    auto add = [this, form](const QString &label, const QString &field, QWidget *w) {
        w->setObjectName(field);
        m_inputs.insert(field, w);
        form->addRow(label, m_errors->row(field, w));
    };

    add(tr("Name (姓名)"), QStringLiteral("name"), line(QStringLiteral("name"), text("name")));
    add(tr("Age (年龄, 岁)"), QStringLiteral("age"), line(QStringLiteral("age"), text("age")));
    m_gender = new QComboBox(page);
    m_gender->addItem(tr("Male (男)"), QStringLiteral("male"));
    m_gender->addItem(tr("Female (女)"), QStringLiteral("female"));
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(text("gender"))));
    add(tr("Gender (性别)"), QStringLiteral("gender"), m_gender);
    add(tr("IIoT field (工业互联网专业领域)"), QStringLiteral("iiot_field"),
        line(QStringLiteral("iiot_field"), text("iiot_field")));
    add(tr("Industry field (工业行业领域)"), QStringLiteral("industry_field"),
        line(QStringLiteral("industry_field"), text("industry_field")));
    add(tr("Operations field (工业运行领域)"), QStringLiteral("operations_field"),
        line(QStringLiteral("operations_field"), text("operations_field")));
    add(tr("Years in IIoT service (工业互联网服务年限)"), QStringLiteral("iiot_years"),
        line(QStringLiteral("iiot_years"), text("iiot_years")));
    add(tr("Years in industry (工业领域服务年限)"), QStringLiteral("industry_years"),
        line(QStringLiteral("industry_years"), text("industry_years")));

    auto *exp = new QWidget(page);
    auto *el = new QVBoxLayout(exp);
    el->setContentsMargins(0, 0, 0, 0);
    m_experience = new QPlainTextEdit(exp);
    m_experience->setObjectName(QStringLiteral("experience_text"));
    m_experience->setPlainText(text("experience"));
    m_experience->setMaximumHeight(90);
    m_counter = new QLabel(exp);
    m_counter->setObjectName(QStringLiteral("experienceCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    el->addWidget(m_experience);
    el->addWidget(m_counter);
    auto count = [this] {
        const int n = int(m_experience->toPlainText().size());
        m_counter->setText(QStringLiteral("%1 / %2").arg(n).arg(kExperienceChars));
        m_counter->setStyleSheet(n > kExperienceChars ? QStringLiteral("color: #c0392b;")
                                                      : QString());
    };
    connect(m_experience, &QPlainTextEdit::textChanged, this, count);
    count();
    add(tr("Experience and achievements (经验与业绩)"), QStringLiteral("experience"), exp);

    add(tr("Title (职务)"), QStringLiteral("title"), line(QStringLiteral("title"), text("title")));
    add(tr("Education (学历)"), QStringLiteral("education"),
        line(QStringLiteral("education"), text("education")));

    m_photo = new UploadSlot(kPhotoPurpose, tr("Photo (照片): jpeg/jpg/png, under 2048 KB"), page);
    const QString photo = text("photo_blob");
    if (!photo.isEmpty()) m_photo->setDocument(photo, m_wb.sync.blobPath(photo));
    form->addRow(tr("Photo (照片)"), m_errors->row(QStringLiteral("photo"), m_photo));
    connect(m_photo, &UploadSlot::chooseClicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the expert's photo"), {},
                                                          tr("Images (*.jpg *.jpeg *.png)"));
        if (!path.isEmpty()) choosePhoto(path);
    });
    connect(&m_wb.sync, &SyncClient::blobReady, this, [this](const QString &sha) {
        if (sha == m_photo->sha256()) m_photo->setDocument(sha, m_wb.blobs.pathOf(sha));
    });

    m_introduction = new QPlainTextEdit(page);
    m_introduction->setPlainText(text("introduction"));
    add(tr("Introduction (专家介绍)"), QStringLiteral("introduction"), m_introduction);

    outer->addWidget(message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Submit (提交)"));
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExpertEditor::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Tall enough for the whole form where the screen allows; it scrolls on a 700 px screen.
    const QRect screenArea = screen()->availableGeometry();
    resize(qMin(640, screenArea.width()), qMin(720, screenArea.height() * 9 / 10));
}

QLineEdit *ExpertEditor::line(const QString &field, const QString &text) {
    auto *e = new QLineEdit(this);
    if (kNumbers.contains(field)) e->setValidator(new QIntValidator(0, 999, e));
    e->setText(text);
    return e;
}

QString ExpertEditor::experienceCounter() const {
    return m_counter->text();
}

bool ExpertEditor::choosePhoto(const QString &path) {
    const std::optional<UploadRule> rule = UploadRule::forPurpose(kPhotoPurpose);
    if (!rule) return false;
    // The rule reads the bytes here, before anything is queued or uploaded.
    const Result<QString> sha = m_wb.sync.attachFile(path, *rule, QStringLiteral("photo"));
    if (!sha) {
        m_photo->setMessage(sha.error().message);
        return false;
    }
    m_photo->setDocument(*sha, m_wb.blobs.pathOf(*sha), QFileInfo(path).fileName());
    m_photo->setMessage({});
    return true;
}

QJsonObject ExpertEditor::expert() const {
    QJsonObject e;
    for (auto it = m_inputs.begin(); it != m_inputs.end(); ++it) {
        const auto *l = qobject_cast<const QLineEdit *>(it.value());
        if (l == nullptr) continue;
        const QString v = l->text().trimmed();
        if (kNumbers.contains(it.key())) {
            if (!v.isEmpty()) e.insert(it.key(), v.toInt());  // empty: the command says required
        } else {
            e.insert(it.key(), v);
        }
    }
    e.insert(QStringLiteral("gender"), m_gender->currentData().toString());
    e.insert(QStringLiteral("experience"), m_experience->toPlainText().trimmed());
    e.insert(QStringLiteral("introduction"), m_introduction->toPlainText().trimmed());
    e.insert(QStringLiteral("photo"), m_photo->sha256());
    return e;
}

bool ExpertEditor::submit() {
    m_errors->clear();
    m_photo->setMessage({});
    const Outcome out = m_wb.sync.perform(QStringLiteral("expert.save"), m_id, -1,
                                          {{QStringLiteral("expert"), expert()}});
    if (out.status != Outcome::Status::Applied) {
        m_errors->show(out.error);
        return false;
    }
    accept();
    return true;
}

}  // namespace dx
