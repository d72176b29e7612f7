#include "models/listings/listingpage.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include "models/domain/money.h"
#include "models/forms/formschema.h"

namespace dx {

namespace {

// The template split once: the page and its named blocks (<!--BLOCK name-->…<!--END-->).
struct Template {
    QString page;
    QHash<QString, QString> blocks;
};

const Template &loadTemplate() {
    static const Template t = [] {
        Template out;
        QFile f(QStringLiteral(":/listing/detail.html"));
        if (!f.open(QIODevice::ReadOnly)) return out;
        QString text = QString::fromUtf8(f.readAll());
        static const QRegularExpression block(
            QStringLiteral("<!--BLOCK ([a-z_]+)-->(.*?)<!--END-->\\n?"),
            QRegularExpression::DotMatchesEverythingOption);
        for (auto it = block.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out.blocks.insert(m.captured(1), m.captured(2));
        }
        text.remove(block);
        out.page = text;
        return out;
    }();
    return t;
}

using Values = QHash<QString, QString>;

// Keeps <!--IF key-->…<!--FI key--> when `key` has a value and drops it otherwise, so the page
// shows no empty section; parts may nest (each marker names its key). Runs on the template
// before the values go in, so a value can never add a marker.
QString resolveConditions(QString text, const Values &values) {
    static const QRegularExpression part(QStringLiteral("<!--IF ([a-z_]+)-->(.*?)<!--FI \\1-->"),
                                         QRegularExpression::DotMatchesEverythingOption);
    for (auto m = part.match(text); m.hasMatch(); m = part.match(text, m.capturedStart())) {
        const bool keep = !values.value(m.captured(1)).trimmed().isEmpty();
        text.replace(m.capturedStart(), m.capturedLength(), keep ? m.captured(2) : QString());
    }
    return text;
}

// Fills {{key}} placeholders in one pass, so a value containing "{{…}}" is never expanded again.
QString fill(const QString &templateText, const Values &values) {
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    const QString text = resolveConditions(templateText, values);
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += values.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString block(const QString &name, const Values &values) {
    return fill(loadTemplate().blocks.value(name), values);
}

// A module is left out of the page when the provider filled none of its parts.
bool allEmpty(const Values &values) {
    for (const QString &v : values)
        if (!v.trimmed().isEmpty()) return false;
    return true;
}

QString esc(const QJsonValue &v) {
    return v.toString().toHtmlEscaped();
}

QString str(const QJsonObject &o, const char *key) {
    return esc(o.value(QLatin1String(key)));
}

QString number(const QJsonObject &o, const char *key) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : QString();
}

QString money(const QJsonValue &v) {
    return v.isDouble() ? Money::fromFen(v.toInteger()).format().toHtmlEscaped() : QString();
}

// Only a SHA-256 reaches a URL: nothing from the listing can inject markup or another scheme.
QString url(const ListingPage::Options &o, const QJsonValue &sha) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QString s = sha.toString();
    if (o.blobUrlPrefix.isEmpty() || !hex.match(s).hasMatch()) return {};
    return QString(o.blobUrlPrefix + s).toHtmlEscaped();
}

QString image(const ListingPage::Options &o, const QJsonValue &sha, const char *name = "image") {
    const QString src = url(o, sha);
    return src.isEmpty() ? QString() : block(QLatin1String(name), {{QStringLiteral("src"), src}});
}

// Chinese labels of the category and industry codes, from the bundled provider profile form.
QString labels(const QJsonArray &codes, const QString &fieldId) {
    static const auto schema = FormSchema::load(QStringLiteral("provider_profile"));
    const FormSchema::Field *field = schema ? schema->field(fieldId) : nullptr;
    QStringList out;
    for (const QJsonValue &v : codes) {
        const FormSchema::Option *opt = field ? field->option(v.toString()) : nullptr;
        out << (opt ? opt->labelZh : v.toString()).toHtmlEscaped();
    }
    return out.join(QStringLiteral("、"));
}

QString modules(const QJsonArray &list, const ListingPage::Options &o) {
    QString html;
    for (const QJsonValue &mv : list) {
        const QJsonObject m = mv.toObject();
        const QString type = m.value(QStringLiteral("type")).toString();
        const QJsonArray items = m.value(QStringLiteral("items")).toArray();
        QString inner;
        Values values;
        if (type == QStringLiteral("banner")) {
            values = {{QStringLiteral("image"), image(o, m.value(QStringLiteral("image")))},
                      {QStringLiteral("title"), str(m, "title")},
                      {QStringLiteral("text"), str(m, "text")}};
        } else if (type == QStringLiteral("highlights")) {
            for (const QJsonValue &iv : items) {
                const Values item{{QStringLiteral("title"), str(iv.toObject(), "title")},
                                  {QStringLiteral("text"), str(iv.toObject(), "text")}};
                if (!allEmpty(item)) inner += block(QStringLiteral("highlight"), item);
            }
            values = {{QStringLiteral("items"), inner}};
        } else if (type == QStringLiteral("description")) {
            values = {{QStringLiteral("text"), str(m, "text")}};
        } else if (type == QStringLiteral("media")) {
            for (const QJsonValue &iv : items) inner += image(o, iv);
            values = {{QStringLiteral("items"), inner}};
        } else if (type == QStringLiteral("user_cases")) {
            for (const QJsonValue &iv : items) {
                const Values item{{QStringLiteral("image"),
                                   image(o, iv.toObject().value(QStringLiteral("image")))},
                                  {QStringLiteral("text"), str(iv.toObject(), "text")}};
                if (!allEmpty(item)) inner += block(QStringLiteral("user_case"), item);
            }
            values = {{QStringLiteral("items"), inner}};
        } else if (type == QStringLiteral("support")) {
            values = {{QStringLiteral("hours"), str(m, "hours")},
                      {QStringLiteral("content"), str(m, "content")},
                      {QStringLiteral("hotline"), str(m, "hotline")},
                      {QStringLiteral("email"), str(m, "email")}};
        }
        if (!allEmpty(values)) html += block(type, values);
    }
    return html;
}

QString cases(const QJsonArray &list) {
    QString html;
    for (const QJsonValue &cv : list) {
        const QJsonObject c = cv.toObject();
        QStringList contact;
        for (const char *key : {"contact_name", "contact_title", "contact_phone"})
            if (!c.value(QLatin1String(key)).toString().isEmpty()) contact << str(c, key);
        html += block(
            QStringLiteral("case"),
            {{QStringLiteral("customer"), str(c, "customer")},
             {QStringLiteral("annual_output"), money(c.value(QStringLiteral("annual_output_fen")))},
             {QStringLiteral("sale_amount"), money(c.value(QStringLiteral("sale_amount_fen")))},
             {QStringLiteral("delivery_months"), number(c, "delivery_months")},
             {QStringLiteral("contact"), contact.join(QStringLiteral(" "))}});
    }
    return html;
}

QString specs(const QJsonArray &list) {
    static const QHash<QString, QString> modes{
        {QStringLiteral("yearly"), QStringLiteral("按年")},
        {QStringLiteral("monthly"), QStringLiteral("按月")},
        {QStringLiteral("quantity"), QStringLiteral("按数量")}};
    QString html;
    for (const QJsonValue &sv : list) {
        const QJsonObject s = sv.toObject();
        const bool free = s.value(QStringLiteral("pricing")).toString() == QStringLiteral("free");
        const QString mode = s.value(QStringLiteral("mode")).toString();
        html +=
            block(QStringLiteral("spec"),
                  {{QStringLiteral("name"), str(s, "name")},
                   {QStringLiteral("mode"), modes.value(mode, mode.toHtmlEscaped())},
                   {QStringLiteral("pricing"),
                    free ? QStringLiteral("免费") : QStringLiteral("简单模式")},
                   {QStringLiteral("price"),
                    free ? QStringLiteral("免费") : money(s.value(QStringLiteral("price_fen")))}});
    }
    return html;
}

}  // namespace

QString ListingPage::render(const QJsonObject &l, const Options &o) {
    QString tags;
    for (const QJsonValue &t : l.value(QStringLiteral("tags")).toArray())
        tags += block(QStringLiteral("tag"), {{QStringLiteral("tag"), esc(t)}});
    QString attachments;
    for (const QJsonValue &av : l.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject a = av.toObject();
        attachments += block(QStringLiteral("attachment"),
                             {{QStringLiteral("src"), url(o, a.value(QStringLiteral("blob")))},
                              {QStringLiteral("name"), str(a, "name")}});
    }
    const QJsonValue low = l.value(QStringLiteral("price_low_fen"));
    const QJsonValue high = l.value(QStringLiteral("price_high_fen"));
    const QJsonObject contact = l.value(QStringLiteral("contact")).toObject();
    const bool anyContact =
        !QString(str(contact, "name") + str(contact, "phone") + str(contact, "email"))
             .trimmed()
             .isEmpty();
    const Values values{
        {QStringLiteral("contact"), anyContact ? QStringLiteral("1") : QString()},
        {QStringLiteral("name"), str(l, "name")},
        {QStringLiteral("product"), str(l, "product")},
        {QStringLiteral("org_name"), o.orgName.toHtmlEscaped()},
        {QStringLiteral("display_image"),
         image(o, l.value(QStringLiteral("display_image")), "display_image")},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("categories"),
         labels(l.value(QStringLiteral("categories")).toArray(), QStringLiteral("service_scope"))},
        {QStringLiteral("industries"), labels(l.value(QStringLiteral("industries")).toArray(),
                                              QStringLiteral("industries_served"))},
        {QStringLiteral("price_range"),
         low.isDouble() || high.isDouble()
             ? QString(money(low) + QStringLiteral(" – ") + money(high))
             : QString()},
        {QStringLiteral("delivery_days"), number(l, "delivery_days")},
        {QStringLiteral("person_days"), number(l, "person_days")},
        {QStringLiteral("discount_note"), str(l, "discount_note")},
        {QStringLiteral("modules"), modules(l.value(QStringLiteral("modules")).toArray(), o)},
        {QStringLiteral("cases"), cases(l.value(QStringLiteral("cases")).toArray())},
        {QStringLiteral("specs"), specs(l.value(QStringLiteral("specs")).toArray())},
        {QStringLiteral("contact_name"), str(contact, "name")},
        {QStringLiteral("contact_phone"), str(contact, "phone")},
        {QStringLiteral("contact_email"), str(contact, "email")},
        {QStringLiteral("attachments"), attachments},
    };
    return fill(loadTemplate().page, values);
}

}  // namespace dx
