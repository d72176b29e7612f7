// Untrusted JSON from the network: a push body's commands and the forms inside their payloads.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "models/commands/command.h"
#include "models/forms/formschema.h"
#include "models/forms/formvalidator.h"

QList<QByteArray> fuzzSeeds() {
    return {
        R"({"id":"6f1c2a9e-7d7b-4a55-9b7e-1f7d0a1f2b3c","seq":1,"type":"certification.decide","target":"x","base_rev":42,"payload":{"decision":"reject","reason":"r"}})",
        R"({"name":"郑州示例精密制造有限公司","credit_code":"91410102MA44RJ5B06","enterprise_type":"private","industry":"C","region":"410102","registered_capital":"500.00","two_integration_certified":false,"mobile":"13812345678","landline":"0371-12345678","email":"a@b.cn"})",
        R"({"main_needs":["cloud","production"],"employee_count":12,"budget_range":"from_10_to_50"})",
        "[]",
        "{}",
        "",
        "{\"a\":[[[[[[1]]]]]]}"};
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const auto enterprise = dx::FormSchema::load(QStringLiteral("enterprise_profile"));
    static const auto survey = dx::FormSchema::load(QStringLiteral("demand_survey"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    auto c = dx::Command::fromJson(o);
    if (c) (void)c->toJson();
    for (auto mode : {dx::FormValidator::Mode::Draft, dx::FormValidator::Mode::Submit}) {
        if (enterprise) (void)dx::FormValidator::validate(*enterprise, o, mode);
        if (survey) (void)dx::FormValidator::validate(*survey, o, mode);
    }
    if (enterprise) (void)dx::FormValidator::warnings(*enterprise, o);
    (void)dx::FormSchema::fromJson(o);
    return 0;
}
