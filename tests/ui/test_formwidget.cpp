// FormWidget: one generic widget renders every bundled form; answers come back typed as the
// validator expects; errors appear beside their fields; visible_if is live; drafts autosave.
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/formhelpers.h"
#include "tests/support/serverhelpers.h"
#include "ui/forms/fieldeditor.h"
#include "ui/forms/formwidget.h"

using namespace dx;
using namespace dx::test;
using Mode = FormValidator::Mode;

namespace {

// The survey as the demo seeder answers it, plus the optional fields.
QJsonObject demoSurvey() {
    return json(R"({
        "company_name": "郑州示例精密制造有限公司", "region": "410102",
        "enterprise_type": "private", "industry": "C", "employee_count": 120,
        "last_year_revenue": "3250.5", "digitalisation_level": "level_1",
        "systems_in_use": ["erp", "oa_finance"], "main_needs": ["production", "cloud"],
        "pain_points": "设备数据无法采集。\n排产靠人工。", "budget_range": "from_10_to_50",
        "preferred_services": ["cloud"], "willing_to_pilot": true, "contact_name": "李娜",
        "contact_mobile": "13812345678"})");
}

QJsonObject demoProvider() {
    return json(R"({
        "service_org_type": "social", "name": "郑州示例信息技术有限公司",
        "credit_code": "91410102MA44RJ5B06", "enterprise_type": "private", "industry": "I",
        "region": "410105", "legal_representative": "王强", "registered_capital": "1000",
        "mailing_address": "河南省郑州市金水区花园路8号", "two_integration_certified": true,
        "contact_name": "赵敏", "mobile": "13912345678", "email": "sales@example.com",
        "service_scope": ["diagnosis_consulting", "cloud"], "core_products": "企业上云诊断与实施服务",
        "industries_served": ["C"], "industrial_customers": 120, "operating_since": "2015-06-01",
        "revenue_year_1": "1200.00", "revenue_year_2": "1500.00", "revenue_year_3": "1800.50",
        "average_industrial_sales": "800.00", "average_sales": "900.00",
        "solution_sales_share": "35.5"})");
}

QLabel *errorLabel(FormWidget &form, const QString &field) {
    return form.findChild<QLabel *>(QStringLiteral("error_") + field);
}

}  // namespace

class TestFormWidget : public QObject {
    Q_OBJECT

private slots:
    void rendersEveryFieldOfEachSchema_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("enterprise") << QStringLiteral("enterprise_profile");
        QTest::newRow("provider") << QStringLiteral("provider_profile");
        QTest::newRow("survey") << QStringLiteral("demand_survey");
    }

    void rendersEveryFieldOfEachSchema() {
        QFETCH(QString, name);
        FormWidget form(loadedForm(name));
        QCOMPARE(form.findChildren<QGroupBox *>().size(), form.schema().sections().size());
        for (const FormSchema::Field &f : form.schema().fields()) {
            QVERIFY2(form.editor(f.id) != nullptr, qPrintable(f.id));
            QVERIFY2(form.editor(f.id)->input() != nullptr, qPrintable(f.id));
            auto *label = form.findChild<QLabel *>(QStringLiteral("label_") + f.id);
            QVERIFY2(label != nullptr, qPrintable(f.id));
            QCOMPARE(label->text().contains(u'*'), f.required);
            QVERIFY(label->text().contains(f.label.toHtmlEscaped()));  // the test runs in English
        }
        QVERIFY(form.answers().isEmpty());
    }

    void editorsFollowTheFieldTypes() {
        FormWidget form(loadedForm(QStringLiteral("provider_profile")));
        auto input = [&form](const char *id) {
            return form.editor(QString::fromLatin1(id))->input();
        };
        QVERIFY(qobject_cast<QLineEdit *>(input("name")));
        QCOMPARE(qobject_cast<QLineEdit *>(input("name"))->maxLength(), 100);
        QVERIFY(qobject_cast<QPlainTextEdit *>(input("core_products")));
        QVERIFY(qobject_cast<QComboBox *>(input("service_org_type")));
        QVERIFY(qobject_cast<QListWidget *>(input("service_scope")));
        QVERIFY(qobject_cast<QDateEdit *>(input("operating_since")));
        QCOMPARE(input("two_integration_certified")->findChildren<QRadioButton *>().size(), 2);
        QVERIFY(qobject_cast<QComboBox *>(input("region"))->isEditable());
        QVERIFY(qobject_cast<QComboBox *>(input("region"))->findData(QStringLiteral("410102")) > 0);
        // money_wan shows its unit beside the editor.
        QVERIFY(!form.editor(QStringLiteral("average_sales"))->findChildren<QLabel *>().isEmpty());
        // A decimal editor refuses letters and a third decimal place.
        auto *money = qobject_cast<QLineEdit *>(input("average_sales"));
        QTest::keyClicks(money, QStringLiteral("12a3.456"));
        QCOMPARE(money->text(), QStringLiteral("123.45"));
    }

    void answersRoundTripTheDemoExamples_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("answers");
        QTest::newRow("enterprise") << QStringLiteral("enterprise_profile")
                                    << enterpriseProfile(QStringLiteral("13812345678"));
        QTest::newRow("survey") << QStringLiteral("demand_survey") << demoSurvey();
        QTest::newRow("provider") << QStringLiteral("provider_profile") << demoProvider();
    }

    void answersRoundTripTheDemoExamples() {
        QFETCH(QString, name);
        QFETCH(QJsonObject, answers);
        FormWidget form(loadedForm(name));
        form.setAnswers(answers);
        const QJsonObject back = form.answers();
        QCOMPARE(back, answers);
        QVERIFY(form.validate(Mode::Submit).isEmpty());
        QVERIFY(!form.isModified());
    }

    void valuesAreTypedAsTheValidatorExpects() {
        FormWidget form(loadedForm(QStringLiteral("demand_survey")));
        form.setAnswers(demoSurvey());
        const QJsonObject a = form.answers();
        QVERIFY(a.value(QStringLiteral("employee_count")).isDouble());
        QVERIFY(a.value(QStringLiteral("last_year_revenue")).isString());
        QVERIFY(a.value(QStringLiteral("willing_to_pilot")).isBool());
        QVERIFY(a.value(QStringLiteral("main_needs")).isArray());
        QVERIFY(a.value(QStringLiteral("region")).isString());
    }

    void aMissingRequiredFieldShowsItsErrorBesideIt() {
        FormWidget form(loadedForm(QStringLiteral("enterprise_profile")));
        QJsonObject answers = enterpriseProfile(QStringLiteral("13812345678"));
        answers.remove(QStringLiteral("mobile"));
        form.setAnswers(answers);

        const QList<Error> errors = form.validate(Mode::Submit);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("mobile"));
        QLabel *error = errorLabel(form, QStringLiteral("mobile"));
        QVERIFY(error != nullptr);
        QVERIFY(error->isVisibleTo(&form));
        QCOMPARE(error->text(), errors.first().message);
        QCOMPARE(form.errorText(QStringLiteral("mobile")), errors.first().message);
        // Beside the field: under its editor, in the same cell of the form.
        QCOMPARE(error->parentWidget(), form.editor(QStringLiteral("mobile"))->parentWidget());
        QVERIFY(form.errorText(QStringLiteral("email")).isEmpty());
        QVERIFY(!errorLabel(form, QStringLiteral("email"))->isVisibleTo(&form));

        // Typing into the field clears its error; validating again clears every old one.
        auto *mobile = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("mobile"))->input());
        QTest::keyClicks(mobile, QStringLiteral("13812345678"));
        QVERIFY(form.errorText(QStringLiteral("mobile")).isEmpty());
        QVERIFY(form.validate(Mode::Submit).isEmpty());
        QVERIFY(!error->isVisibleTo(&form));
    }

    void errorsWithoutAFieldGoToTheMessageLine() {
        FormWidget form(loadedForm(QStringLiteral("enterprise_profile")));
        form.showErrors({Error{QStringLiteral("forbidden"), QStringLiteral("No."), {}},
                         Error{QStringLiteral("invalid"), QStringLiteral("Bad code."),
                               QStringLiteral("credit_code")}});
        QCOMPARE(form.messageText(), QStringLiteral("No."));
        QCOMPARE(form.errorText(QStringLiteral("credit_code")), QStringLiteral("Bad code."));
        form.clearErrors();
        QVERIFY(form.messageText().isEmpty());
        QVERIFY(form.errorText(QStringLiteral("credit_code")).isEmpty());
    }

    void aBadChecksumIsAWarningBesideTheCreditCode() {
        FormWidget form(loadedForm(QStringLiteral("enterprise_profile")));
        QJsonObject answers = enterpriseProfile(QStringLiteral("13812345678"));
        answers.insert(QStringLiteral("credit_code"), QStringLiteral("91410102MA44RJ5B07"));
        form.setAnswers(answers);
        // Overridable: not an error, but the user sees it where the code is.
        QVERIFY(form.validate(Mode::Submit).isEmpty());
        QVERIFY(!form.errorText(QStringLiteral("credit_code")).isEmpty());
    }

    void visibleIfHidesAndShowsAsTheUserAnswers() {
        FormWidget form(loadedForm(QStringLiteral("demand_survey")));
        form.show();
        QVERIFY(!form.isFieldVisible(QStringLiteral("other_needs")));
        auto *needs =
            qobject_cast<QListWidget *>(form.editor(QStringLiteral("main_needs"))->input());
        QListWidgetItem *other =
            needs->findItems(QStringLiteral("Other"), Qt::MatchStartsWith).value(0);
        QVERIFY(other != nullptr);

        other->setCheckState(Qt::Checked);
        QVERIFY(form.isFieldVisible(QStringLiteral("other_needs")));
        QVERIFY(form.editor(QStringLiteral("other_needs"))->isVisible());
        auto *otherNeeds =
            qobject_cast<QLineEdit *>(form.editor(QStringLiteral("other_needs"))->input());
        QTest::keyClicks(otherNeeds, QStringLiteral("Digital twin"));
        QCOMPARE(form.answers().value(QStringLiteral("other_needs")).toString(),
                 QStringLiteral("Digital twin"));

        other->setCheckState(Qt::Unchecked);
        QVERIFY(!form.isFieldVisible(QStringLiteral("other_needs")));
        QVERIFY(!form.editor(QStringLiteral("other_needs"))->isVisible());
        QVERIFY(!form.answers().contains(QStringLiteral("other_needs")));  // hidden: not answered
        QVERIFY(form.isModified());

        // Provider profile: an expert gives an ID number instead of a credit code.
        FormWidget provider(loadedForm(QStringLiteral("provider_profile")));
        QVERIFY(provider.isFieldVisible(QStringLiteral("credit_code")));
        QVERIFY(!provider.isFieldVisible(QStringLiteral("id_number")));
        provider.setAnswers({{QStringLiteral("service_org_type"), QStringLiteral("expert")}});
        QVERIFY(!provider.isFieldVisible(QStringLiteral("credit_code")));
        QVERIFY(provider.isFieldVisible(QStringLiteral("id_number")));
    }

    void readOnlyFieldsCannotBeEdited() {
        FormWidget form(loadedForm(QStringLiteral("enterprise_profile")));
        form.setAnswers(enterpriseProfile(QStringLiteral("13812345678")));
        form.setReadOnlyFields({QStringLiteral("credit_code"), QStringLiteral("enterprise_type")});
        auto *code = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("credit_code"))->input());
        QVERIFY(code->isReadOnly());
        QTest::keyClicks(code, QStringLiteral("X"));
        QCOMPARE(form.answers(), enterpriseProfile(QStringLiteral("13812345678")));
        QVERIFY(!form.editor(QStringLiteral("enterprise_type"))->input()->isEnabled());
        QVERIFY(
            !qobject_cast<QLineEdit *>(form.editor(QStringLiteral("name"))->input())->isReadOnly());
        form.setReadOnlyFields({});
        QVERIFY(!code->isReadOnly());
    }

    void labelsAreChineseWhenTheUiIsChinese() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        FormWidget form(loadedForm(QStringLiteral("enterprise_profile")));
        QLocale::setDefault(before);
        QVERIFY(form.findChild<QLabel *>(QStringLiteral("label_credit_code"))
                    ->text()
                    .contains(QStringLiteral("统一社会信用代码")));
        QCOMPARE(form.findChild<QGroupBox *>(QStringLiteral("section_basic"))->title(),
                 QStringLiteral("基本信息"));
        auto *type =
            qobject_cast<QComboBox *>(form.editor(QStringLiteral("enterprise_type"))->input());
        QVERIFY(type->findText(QStringLiteral("私营企业")) > 0);
    }

    void draftsAutosaveAfterASecondAndAreRestored() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts/org1-enterprise_profile.json"));
        QElapsedTimer sinceLastChange;
        {
            FormWidget form(loadedForm(QStringLiteral("enterprise_profile")));
            QVERIFY(!form.setDraftFile(path));  // nothing to restore yet
            form.setAnswers(enterpriseProfile(QStringLiteral("13812345678")));
            QVERIFY(!QFile::exists(path));  // setAnswers is not an edit

            auto *name = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("name"))->input());
            name->clear();
            QTest::keyClicks(name, QStringLiteral("Draft Co. Ltd"));
            sinceLastChange.start();
            QVERIFY(!QFile::exists(path));  // not on every keystroke
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 5000);
            QVERIFY(sinceLastChange.elapsed() >= 900);

            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject draft = QJsonDocument::fromJson(f.readAll()).object();
            QCOMPARE(draft.value(QStringLiteral("form")).toString(),
                     QStringLiteral("enterprise_profile"));
            QCOMPARE(draft.value(QStringLiteral("answers"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString(),
                     QStringLiteral("Draft Co. Ltd"));
        }

        // As after a crash: a new form on the same file shows the draft.
        FormWidget restored(loadedForm(QStringLiteral("enterprise_profile")));
        QVERIFY(restored.setDraftFile(path));
        QJsonObject expected = enterpriseProfile(QStringLiteral("13812345678"));
        expected.insert(QStringLiteral("name"), QStringLiteral("Draft Co. Ltd"));
        QCOMPARE(restored.answers(), expected);
        QVERIFY(restored.isModified());

        // A draft of another form is not shown; a discarded draft is gone.
        FormWidget survey(loadedForm(QStringLiteral("demand_survey")));
        QVERIFY(!survey.setDraftFile(path));
        QVERIFY(survey.answers().isEmpty());
        restored.discardDraft();
        QVERIFY(!QFile::exists(path));
    }

    void closingTheFormWritesAPendingDraft() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("survey.json"));
        {
            FormWidget form(loadedForm(QStringLiteral("demand_survey")));
            form.setDraftFile(path);
            auto *name =
                qobject_cast<QLineEdit *>(form.editor(QStringLiteral("company_name"))->input());
            QTest::keyClicks(name, QStringLiteral("Closing Co. Ltd"));
        }
        FormWidget again(loadedForm(QStringLiteral("demand_survey")));
        QVERIFY(again.setDraftFile(path));
        QCOMPARE(again.answers().value(QStringLiteral("company_name")).toString(),
                 QStringLiteral("Closing Co. Ltd"));
    }
};

QTEST_MAIN(TestFormWidget)
#include "test_formwidget.moc"
