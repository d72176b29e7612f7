#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "models/forms/formschema.h"
#include "models/forms/formvalidator.h"
#include "tests/support/formhelpers.h"
#include "tests/support/serverhelpers.h"

using namespace dx;
using namespace dx::test;
using namespace Qt::StringLiterals;
using Mode = FormValidator::Mode;

namespace {

QStringList codes(const QList<Error> &errors) {
    QStringList out;
    for (const Error &e : errors) out.append(e.code + u':' + e.field);
    return out;
}

QString code(const char *c, const char *field) {
    return QString::fromLatin1(c) + u':' + QString::fromLatin1(field);
}

QJsonObject oneFieldSchema(const QJsonObject &field) {
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("probe")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("title"), QStringLiteral("Probe")},
                       {QStringLiteral("title_zh"), QStringLiteral("探针")},
                       {QStringLiteral("sections"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("main")},
                                               {QStringLiteral("title"), QStringLiteral("Main")},
                                               {QStringLiteral("title_zh"), QStringLiteral("主")},
                                               {QStringLiteral("fields"), QJsonArray{field}}}}}};
}

}  // namespace

/// FormSchema and FormValidator: the bundled forms load, and answers are judged as documented.
class TestForms : public QObject {
    Q_OBJECT

private slots:
    void theBundledSchemasLoad_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("someField");
        QTest::newRow("enterprise") << u"enterprise_profile"_s << u"two_integration_certified"_s;
        QTest::newRow("provider") << u"provider_profile"_s << u"service_scope"_s;
        QTest::newRow("survey") << u"demand_survey"_s << u"main_needs"_s;
    }

    void theBundledSchemasLoad() {
        QFETCH(QString, name);
        QFETCH(QString, someField);
        const Result<FormSchema> schema = FormSchema::load(name);
        QVERIFY2(
            schema.ok(),
            qPrintable(schema ? QString() : schema.error().field + u' ' + schema.error().message));
        QCOMPARE(schema->id(), name);
        QCOMPARE(schema->version(), 1);
        QVERIFY(!schema->title().isEmpty() && !schema->titleZh().isEmpty());
        QVERIFY(schema->field(someField) != nullptr);
        for (const FormSchema::Field &f : schema->fields())
            QVERIFY(!f.label.isEmpty() && !f.labelZh.isEmpty());
    }

    void anUnknownFormIsNotFound() {
        QCOMPARE(FormSchema::load(u"no_such_form"_s).error().code,
                 QLatin1String(ErrorCode::NotFound));
        QCOMPARE(FormSchema::load(u"../forms/enterprise_profile"_s).error().code,
                 QLatin1String(ErrorCode::NotFound));
    }

    void enterpriseProfileHasTheSeedChoices() {
        const FormSchema schema = loadedForm(QStringLiteral("enterprise_profile"));
        QCOMPARE(schema.field(u"industry"_s)->options.size(), 20);  // GB/T 4754 sections A–T
        QCOMPARE(schema.field(u"industry"_s)->option(u"C"_s)->labelZh, u"制造业"_s);
        QCOMPARE(schema.field(u"enterprise_type"_s)->options.size(), 7);
        QCOMPARE(schema.field(u"name"_s)->maxLength, 100);
        QCOMPARE(schema.field(u"registered_capital"_s)->scale, 2);
    }

    void aCompleteEnterpriseAnswerSetPasses() {
        const FormSchema schema = loadedForm(QStringLiteral("enterprise_profile"));
        QCOMPARE(codes(FormValidator::validate(
                     schema, enterpriseProfile(QStringLiteral("13812345678")), Mode::Submit)),
                 QStringList());
        QVERIFY(FormValidator::warnings(schema, enterpriseProfile(QStringLiteral("13812345678")))
                    .isEmpty());
    }

    void aMissingRequiredFieldIsNamed() {
        QJsonObject answers = enterpriseProfile(QStringLiteral("13812345678"));
        answers.remove(u"mobile"_s);
        answers.insert(u"contact_name"_s, u"  "_s);
        QCOMPARE(codes(FormValidator::validate(loadedForm(QStringLiteral("enterprise_profile")),
                                               answers, Mode::Submit)),
                 QStringList({code("required", "contact_name"), code("required", "mobile")}));
    }

    void aTooLongNameIsRefused() {
        QJsonObject answers = enterpriseProfile(QStringLiteral("13812345678"));
        answers.insert(u"name"_s, QString(101, u'企'));
        const QList<Error> errors = FormValidator::validate(
            loadedForm(QStringLiteral("enterprise_profile")), answers, Mode::Submit);
        QCOMPARE(codes(errors), QStringList{code("too_long", "name")});
        QCOMPARE(errors.first().message, u"At most 100 characters are allowed; this has 101."_s);
        answers.insert(u"name"_s, QString(100, u'企'));
        QVERIFY(FormValidator::validate(loadedForm(QStringLiteral("enterprise_profile")), answers,
                                        Mode::Submit)
                    .isEmpty());
    }

    void aMalformedCreditCodeIsAnError() {
        QJsonObject answers = enterpriseProfile(QStringLiteral("13812345678"));
        answers.insert(u"credit_code"_s, u"91410102MA44"_s);
        const QList<Error> errors = FormValidator::validate(
            loadedForm(QStringLiteral("enterprise_profile")), answers, Mode::Submit);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, u"credit_code"_s);
        QVERIFY(!errors.first().message.isEmpty());
    }

    void aCreditCodeFailingItsChecksumIsOnlyAWarning() {
        const FormSchema schema = loadedForm(QStringLiteral("enterprise_profile"));
        QJsonObject answers = enterpriseProfile(QStringLiteral("13812345678"));
        answers.insert(u"credit_code"_s, u"91410102MA44RJ5B07"_s);
        QVERIFY(FormValidator::validate(schema, answers, Mode::Submit).isEmpty());
        QCOMPARE(codes(FormValidator::warnings(schema, answers)),
                 QStringList{code("checksum", "credit_code")});
    }

    void unknownKeysAreRefused() {
        QJsonObject answers = enterpriseProfile(QStringLiteral("13812345678"));
        answers.insert(u"favourite_colour"_s, u"blue"_s);
        for (Mode mode : {Mode::Draft, Mode::Submit}) {
            QCOMPARE(codes(FormValidator::validate(loadedForm(QStringLiteral("enterprise_profile")),
                                                   answers, mode)),
                     QStringList{code("invalid", "favourite_colour")});
        }
    }

    void aHiddenFieldIsNotRequired() {
        const FormSchema survey = loadedForm(QStringLiteral("demand_survey"));
        QJsonObject answers = json(R"({
            "company_name": "郑州示例精密制造有限公司", "region": "410102",
            "enterprise_type": "hk_macao_taiwan", "industry": "C", "employee_count": 120,
            "digitalisation_level": "level_1", "main_needs": ["diagnosis", "production"],
            "budget_range": "from_10_to_50", "preferred_services": ["diagnosis_consulting"],
            "willing_to_pilot": true, "contact_name": "李娜", "contact_mobile": "13812345678"})");
        QCOMPARE(codes(FormValidator::validate(survey, answers, Mode::Submit)), QStringList());

        answers.insert(u"main_needs"_s, QJsonArray{u"diagnosis"_s, u"other"_s});
        QCOMPARE(codes(FormValidator::validate(survey, answers, Mode::Submit)),
                 QStringList{code("required", "other_needs")});
        answers.insert(u"other_needs"_s, u"质量追溯"_s);
        QVERIFY(FormValidator::validate(survey, answers, Mode::Submit).isEmpty());
    }

    void anExpertProviderNeedsAnIdNumberNotACreditCode() {
        const FormSchema provider = loadedForm(QStringLiteral("provider_profile"));
        QJsonObject answers = json(R"({
            "service_org_type": "expert", "name": "王磊", "id_number": "11010519491231002X",
            "industry": "I", "region": "410105", "mailing_address": "郑州市金水区",
            "two_integration_certified": false, "contact_name": "王磊",
            "mobile": "13912345678", "email": "wang@example.com",
            "service_scope": ["diagnosis_consulting"], "core_products": "数字化转型诊断",
            "industries_served": ["C"], "industrial_customers": 35,
            "operating_since": "2018-05-01", "revenue_year_1": "120", "revenue_year_2": "98.5",
            "revenue_year_3": "80", "average_industrial_sales": "90",
            "average_sales": "99.5"})");
        QCOMPARE(codes(FormValidator::validate(provider, answers, Mode::Submit)), QStringList());
        answers.insert(u"service_org_type"_s, u"saas"_s);
        QCOMPARE(codes(FormValidator::validate(provider, answers, Mode::Submit)),
                 QStringList({code("required", "credit_code"), code("required", "enterprise_type"),
                              code("required", "legal_representative"),
                              code("required", "registered_capital")}));
    }

    void decimalsAreExact() {
        const FormSchema schema = loadedForm(QStringLiteral("enterprise_profile"));
        QJsonObject answers = enterpriseProfile(QStringLiteral("13812345678"));
        answers.insert(u"registered_capital"_s, u"500.125"_s);
        QCOMPARE(codes(FormValidator::validate(schema, answers, Mode::Draft)),
                 QStringList{code("invalid", "registered_capital")});
        answers.insert(u"registered_capital"_s, 500.5);  // a fraction in a JSON number
        QCOMPARE(codes(FormValidator::validate(schema, answers, Mode::Submit)),
                 QStringList{code("invalid", "registered_capital")});
        answers.insert(u"registered_capital"_s, 500);
        QVERIFY(FormValidator::validate(schema, answers, Mode::Submit).isEmpty());
        answers.insert(u"last_year_revenue"_s, u"-0.01"_s);
        QCOMPARE(codes(FormValidator::validate(schema, answers, Mode::Submit)),
                 QStringList{code("out_of_range", "last_year_revenue")});
        answers.insert(u"last_year_revenue"_s, u"12x"_s);
        QCOMPARE(codes(FormValidator::validate(schema, answers, Mode::Submit)),
                 QStringList{code("invalid", "last_year_revenue")});
        answers.insert(u"last_year_profit_tax"_s, u"-12.5"_s);  // a loss is allowed
        answers.insert(u"last_year_revenue"_s, u"0"_s);
        QVERIFY(FormValidator::validate(schema, answers, Mode::Submit).isEmpty());
    }

    void decimalStringsConvertWithIntegers() {
        QCOMPARE(*FormSchema::parseDecimal(u"123.45"_s, 2), 12345);
        QCOMPARE(*FormSchema::parseDecimal(u"-0.5"_s, 2), -50);
        QCOMPARE(*FormSchema::parseDecimal(u"7"_s, 3), 7000);
        QCOMPARE(*FormSchema::parseDecimal(u"9999999999999999.99"_s, 2), 999999999999999999LL);
        QCOMPARE(FormSchema::parseDecimal(u"99999999999999999.99"_s, 2).error().code,
                 QLatin1String(ErrorCode::OutOfRange));
        QVERIFY(!FormSchema::parseDecimal(u"1.234"_s, 2).ok());
        QVERIFY(!FormSchema::parseDecimal(u"1e3"_s, 2).ok());
        QVERIFY(!FormSchema::parseDecimal(u".5"_s, 2).ok());
        QVERIFY(!FormSchema::parseDecimal(u"1."_s, 2).ok());
        QCOMPARE(FormSchema::formatDecimal(12345, 2), u"123.45"_s);
        QCOMPARE(FormSchema::formatDecimal(-50, 2), u"-0.5"_s);
        QCOMPARE(FormSchema::formatDecimal(1000, 2), u"10"_s);
        QCOMPARE(FormSchema::formatDecimal(7, 0), u"7"_s);
    }

    void theRegionMustBeACounty() {
        QJsonObject answers = enterpriseProfile(QStringLiteral("13812345678"));
        answers.insert(u"region"_s, u"410100"_s);  // 郑州市, a prefecture
        QCOMPARE(codes(FormValidator::validate(loadedForm(QStringLiteral("enterprise_profile")),
                                               answers, Mode::Submit)),
                 QStringList{code("invalid", "region")});
        answers.insert(u"region"_s, u"999999"_s);
        QCOMPARE(codes(FormValidator::validate(loadedForm(QStringLiteral("enterprise_profile")),
                                               answers, Mode::Submit)),
                 QStringList{code("invalid", "region")});
    }

    void valuesOfTheWrongKindAreRefused() {
        QJsonObject answers = enterpriseProfile(QStringLiteral("13812345678"));
        answers.insert(u"two_integration_certified"_s, u"yes"_s);
        answers.insert(u"industry"_s, u"Z"_s);
        answers.insert(u"name"_s, 42);
        answers.insert(u"mobile"_s, u"0371-1234567"_s);
        QCOMPARE(
            codes(FormValidator::validate(loadedForm(QStringLiteral("enterprise_profile")), answers,
                                          Mode::Submit)),
            QStringList({code("invalid", "name"), code("invalid", "industry"),
                         code("invalid", "two_integration_certified"), code("invalid", "mobile")}));
    }

    void multipleChoicesAreOptionsChosenOnce() {
        const FormSchema provider = loadedForm(QStringLiteral("provider_profile"));
        const auto scopeErrors = [&](const QJsonArray &scope, Mode mode) {
            return codes(FormValidator::validate(
                provider, QJsonObject{{QStringLiteral("service_scope"), scope}}, mode));
        };
        QCOMPARE(scopeErrors({u"cloud"_s, u"cloud"_s}, Mode::Draft),
                 QStringList{code("invalid", "service_scope")});
        QCOMPARE(scopeErrors({u"cloud"_s, u"astrology"_s}, Mode::Draft),
                 QStringList{code("invalid", "service_scope")});
        QCOMPARE(scopeErrors({u"cloud"_s, u"training_branding"_s}, Mode::Draft), QStringList());
    }

    void aDraftMayBeIncomplete() {
        const FormSchema schema = loadedForm(QStringLiteral("enterprise_profile"));
        const QJsonObject draft = json(R"({"name": "郑州示例", "credit_code": "9141",
                                            "region": "41", "email": "contact@",
                                            "registered_capital": "12.5"})");
        QCOMPARE(codes(FormValidator::validate(schema, draft, Mode::Draft)), QStringList());
        const QList<Error> submitted = FormValidator::validate(schema, draft, Mode::Submit);
        QVERIFY(codes(submitted).contains(code("required", "mobile")));
        QVERIFY(codes(submitted).contains(code("invalid", "region")));
        QVERIFY(FormValidator::validate(schema, {}, Mode::Draft).isEmpty());

        QJsonObject tooLong = draft;
        tooLong.insert(u"name"_s, QString(101, u'x'));
        QCOMPARE(codes(FormValidator::validate(schema, tooLong, Mode::Draft)),
                 QStringList{code("too_long", "name")});
    }

    void aSchemaWithAnUnknownFieldTypeIsRefused() {
        const QJsonObject field = json(R"({"id": "colour", "type": "colour", "label": "Colour",
                                            "label_zh": "颜色"})");
        const Result<FormSchema> schema = FormSchema::fromJson(oneFieldSchema(field));
        QVERIFY(!schema.ok());
        QCOMPARE(schema.error().code, QLatin1String(ErrorCode::Invalid));
        QCOMPARE(schema.error().field, u"sections[0].fields[0].type"_s);
    }

    void malformedSchemasAreRefused_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("path");
        QTest::newRow("misspelt constraint")
            << uR"({"id": "a", "type": "text", "label": "A", "label_zh": "甲", "maxlength": 5})"_s
            << u"sections[0].fields[0].maxlength"_s;
        QTest::newRow("constraint of another type")
            << uR"({"id": "a", "type": "bool", "label": "A", "label_zh": "甲", "max": 5})"_s
            << u"sections[0].fields[0].max"_s;
        QTest::newRow("no Chinese label") << uR"({"id": "a", "type": "text", "label": "A"})"_s
                                          << u"sections[0].fields[0].label_zh"_s;
        QTest::newRow("camelCase id")
            << uR"({"id": "creditCode", "type": "text", "label": "A", "label_zh": "甲"})"_s
            << u"sections[0].fields[0].id"_s;
        QTest::newRow("choice without options")
            << uR"({"id": "a", "type": "choice", "label": "A", "label_zh": "甲"})"_s
            << u"sections[0].fields[0].options"_s;
        QTest::newRow("decimal without scale")
            << uR"({"id": "a", "type": "decimal", "label": "A", "label_zh": "甲"})"_s
            << u"sections[0].fields[0].scale"_s;
        QTest::newRow("bound with too many places")
            << uR"({"id": "a", "type": "money_wan", "label": "A", "label_zh": "甲", "min": "0.001"})"_s
            << u"sections[0].fields[0].min"_s;
        QTest::newRow("condition on itself")
            << uR"({"id": "a", "type": "text", "label": "A", "label_zh": "甲",
                    "visible_if": {"field": "a", "equals": "x"}})"_s
            << u"sections[0].fields[0].visible_if.field"_s;
        QTest::newRow("bad pattern")
            << uR"({"id": "a", "type": "text", "label": "A", "label_zh": "甲", "pattern": "*x"})"_s
            << u"sections[0].fields[0].pattern"_s;
    }

    void malformedSchemasAreRefused() {
        QFETCH(QString, field);
        QFETCH(QString, path);
        const QJsonObject f = QJsonDocument::fromJson(field.toUtf8()).object();
        QVERIFY(!f.isEmpty());
        const Result<FormSchema> schema = FormSchema::fromJson(oneFieldSchema(f));
        QVERIFY(!schema.ok());
        QCOMPARE(schema.error().field, path);
    }

    void textPatternsAndMinimumsApplyOnSubmit() {
        const QJsonObject field = json(R"({"id": "postcode", "type": "text", "label": "Postcode",
                                            "label_zh": "邮编", "pattern": "[0-9]{6}",
                                            "min_length": 6})");
        const Result<FormSchema> schema = FormSchema::fromJson(oneFieldSchema(field));
        QVERIFY(schema.ok());
        const QJsonObject partial{{QStringLiteral("postcode"), QStringLiteral("4500")}};
        QVERIFY(FormValidator::validate(*schema, partial, Mode::Draft).isEmpty());
        QCOMPARE(codes(FormValidator::validate(*schema, partial, Mode::Submit)),
                 QStringList{code("too_short", "postcode")});
        const QJsonObject letters{{QStringLiteral("postcode"), QStringLiteral("45000a")}};
        QCOMPARE(codes(FormValidator::validate(*schema, letters, Mode::Submit)),
                 QStringList{code("invalid", "postcode")});
        const QJsonObject good{{QStringLiteral("postcode"), QStringLiteral("450000")}};
        QVERIFY(FormValidator::validate(*schema, good, Mode::Submit).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestForms)
#include "test_forms.moc"
