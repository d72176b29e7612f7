#pragma once
// Forms as data (models/forms/) in the unit and widget tests: JSON written inline, and a bundled
// schema (resources/forms/*.json) loaded or the test stopped.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <utility>

#include "models/forms/formschema.h"

namespace dx::test {

/// The object a JSON text holds ({} when it is not an object).
inline QJsonObject json(const char *text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

/// The bundled schema `name` (e.g. "enterprise_profile"); stops the test when it does not load.
inline FormSchema loadedForm(const QString &name) {
    Result<FormSchema> schema = FormSchema::load(name);
    if (!schema) qFatal("%s: %s", qPrintable(name), qPrintable(schema.error().message));
    return std::move(schema).value();
}

}  // namespace dx::test
